/**
 * The one vocabulary of units. The schema's enum, the formatter, the amount reader, the verifier and the
 * draft all derive from this table: adding a unit is one row.
 */
export const unitKinds = {
  /** A share of a whole or a rate of change, in percent ("chiếm 74%", "tăng 12%"). */
  percent: { isCount: false, mayBeNegative: true, isRate: true },
  /** A change of a rate, in percentage points ("tỷ lệ hộ nghèo giảm 0,25%"). */
  points: { isCount: false, mayBeNegative: true, isRate: true },
  /** A rate per year ("tăng bình quân 9%/năm"). */
  'percent-per-year': { isCount: false, mayBeNegative: true, isRate: true },
  /** A share of a plan or a budget estimate ("bằng 64,2% kế hoạch", "đạt 100,6% dự toán"). */
  'share-of-plan': { isCount: false, mayBeNegative: false, isRate: true },
  /** A multiple of another amount ("gấp 2 lần", "bằng 1,5 lần"). */
  multiple: { isCount: false, mayBeNegative: false, isRate: false },
  money: { isCount: false, mayBeNegative: false, isRate: false },
  /** Money for each of something ("105 triệu đồng/ha", "68,5 triệu đồng/người/năm"). */
  'money-per': { isCount: false, mayBeNegative: false, isRate: false },
  count: { isCount: true, mayBeNegative: false, isRate: false },
  area: { isCount: false, mayBeNegative: false, isRate: false },
  length: { isCount: false, mayBeNegative: false, isRate: false },
  density: { isCount: false, mayBeNegative: false, isRate: false },
  mass: { isCount: false, mayBeNegative: false, isRate: false },
  /** A crop yield ("62,5 tạ/ha"). */
  yield: { isCount: false, mayBeNegative: false, isRate: false },
  /** Any other noun a report counts or measures by ("42.600 con", "4.320 suất"): its words travel with the figure. */
  other: { isCount: false, mayBeNegative: false, isRate: false },
} as const satisfies Record<string, { isCount: boolean; mayBeNegative: boolean; isRate: boolean }>
export type UnitKind = keyof typeof unitKinds

export type UnitInfo = {
  kind: UnitKind
  /** Written after the number in Vietnamese ("702,2 tỷ đồng"). */
  vi: string
  /** English after the number, singular and plural ("1 school", "3 schools"); `enPrefix` goes before it ("VND"). */
  en: { one: string; other: string }
  enPrefix?: string
  /** Joined to the number without a space ("9,77%"). */
  isSymbol?: boolean
  /**
   * The words a report writes after the number and any scale word ("đồng" in "447,229 tỷ đồng"), matched
   * without regard to case. The first is how the draft recognises the unit.
   */
  words: readonly string[]
  /** Words the unit is also written with when the sentence says the rest elsewhere ("Giá trị trên 1 ha … 105 triệu đồng"). */
  bareWords?: readonly string[]
  /** A stored value × 10^scale is the amount in `words`: 1 billion-vnd is 10⁹ đồng. */
  scale: number
}

const count = (vi: string, one: string, other: string, words: readonly string[]): UnitInfo => ({
  kind: 'count',
  vi,
  en: { one, other },
  words,
  scale: 0,
})

export const units = {
  percent: {
    kind: 'percent',
    vi: '%',
    en: { one: '%', other: '%' },
    isSymbol: true,
    words: ['%', 'phần trăm'],
    scale: 0,
  },
  'percentage-point': {
    kind: 'points',
    vi: 'điểm phần trăm',
    en: { one: 'percentage point', other: 'percentage points' },
    words: ['điểm phần trăm', 'điểm %', '%'],
    scale: 0,
  },
  'percent-per-year': {
    kind: 'percent-per-year',
    vi: '%/năm',
    en: { one: '% a year', other: '% a year' },
    isSymbol: true,
    words: ['%/năm'],
    scale: 0,
  },
  'percent-of-plan': {
    kind: 'share-of-plan',
    vi: '% kế hoạch',
    en: { one: '% of plan', other: '% of plan' },
    isSymbol: true,
    words: ['% kế hoạch', '% KH', '% so với kế hoạch', '% chỉ tiêu'],
    scale: 0,
  },
  'percent-of-estimate': {
    kind: 'share-of-plan',
    vi: '% dự toán',
    en: { one: '% of the budget estimate', other: '% of the budget estimate' },
    isSymbol: true,
    words: ['% dự toán', '% so với dự toán'],
    scale: 0,
  },
  multiple: { kind: 'multiple', vi: 'lần', en: { one: 'times', other: 'times' }, words: ['lần'], scale: 0 },
  vnd: {
    kind: 'money',
    vi: 'đồng',
    en: { one: '', other: '' },
    enPrefix: 'VND',
    words: ['đồng', 'VNĐ', 'VND'],
    scale: 0,
  },
  'million-vnd': {
    kind: 'money',
    vi: 'triệu đồng',
    en: { one: 'million', other: 'million' },
    enPrefix: 'VND',
    words: ['đồng', 'VNĐ', 'VND'],
    scale: 6,
  },
  'billion-vnd': {
    kind: 'money',
    vi: 'tỷ đồng',
    en: { one: 'billion', other: 'billion' },
    enPrefix: 'VND',
    words: ['đồng', 'VNĐ', 'VND'],
    scale: 9,
  },
  usd: {
    kind: 'money',
    vi: 'USD',
    en: { one: '', other: '' },
    enPrefix: 'US$',
    words: ['USD', 'đô la Mỹ', 'đô-la Mỹ'],
    scale: 0,
  },
  'million-usd': {
    kind: 'money',
    vi: 'triệu USD',
    en: { one: 'million', other: 'million' },
    enPrefix: 'US$',
    words: ['USD', 'đô la Mỹ', 'đô-la Mỹ'],
    scale: 6,
  },
  'vnd-per-person': {
    kind: 'money-per',
    vi: 'đồng/người',
    en: { one: 'per person', other: 'per person' },
    enPrefix: 'VND',
    words: ['đồng/người'],
    scale: 0,
  },
  'million-vnd-per-person-year': {
    kind: 'money-per',
    vi: 'triệu đồng/người/năm',
    en: { one: 'million per person a year', other: 'million per person a year' },
    enPrefix: 'VND',
    words: ['đồng/người/năm'],
    bareWords: ['đồng'],
    scale: 6,
  },
  'million-vnd-per-ha': {
    kind: 'money-per',
    vi: 'triệu đồng/ha',
    en: { one: 'million/ha', other: 'million/ha' },
    enPrefix: 'VND',
    words: ['đồng/ha', 'đồng/héc-ta'],
    bareWords: ['đồng'],
    scale: 6,
  },
  km2: { kind: 'area', vi: 'km²', en: { one: 'km²', other: 'km²' }, words: ['km2', 'km²'], scale: 0 },
  hectare: {
    kind: 'area',
    vi: 'ha',
    en: { one: 'ha', other: 'ha' },
    words: ['ha', 'héc-ta', 'hecta'],
    scale: 0,
  },
  km: { kind: 'length', vi: 'km', en: { one: 'km', other: 'km' }, words: ['km'], scale: 0 },
  'person-per-km2': {
    kind: 'density',
    vi: 'người/km²',
    en: { one: 'person/km²', other: 'people/km²' },
    words: ['người/km2', 'người/km²'],
    scale: 0,
  },
  tonne: { kind: 'mass', vi: 'tấn', en: { one: 'tonne', other: 'tonnes' }, words: ['tấn'], scale: 0 },
  'quintal-per-ha': {
    kind: 'yield',
    vi: 'tạ/ha',
    en: { one: 'quintal/ha', other: 'quintals/ha' },
    words: ['tạ/ha'],
    scale: 0,
  },
  'tonne-per-ha': {
    kind: 'yield',
    vi: 'tấn/ha',
    en: { one: 'tonne/ha', other: 'tonnes/ha' },
    words: ['tấn/ha'],
    scale: 0,
  },
  person: count('người', 'person', 'people', ['người']),
  worker: count('lao động', 'worker', 'workers', ['lao động']),
  'party-member': count('đảng viên', 'member', 'members', ['đồng chí', 'đảng viên']),
  household: count('hộ', 'household', 'households', ['hộ', 'hộ gia đình', 'hộ dân']),
  visit: count('lượt', 'visit', 'visits', ['lượt', 'lượt khách', 'lượt người']),
  ward: count('phường', 'ward', 'wards', ['phường']),
  commune: count('xã', 'commune', 'communes', ['xã']),
  'commune-level-unit': count('xã, phường, thị trấn', 'commune-level unit', 'commune-level units', [
    'xã, phường, thị trấn',
    'xã, phường',
    'xã, thị trấn',
    'đơn vị hành chính cấp xã',
  ]),
  district: count('huyện', 'district', 'districts', ['huyện']),
  'district-level-unit': count('huyện, thị xã, thành phố', 'district-level unit', 'district-level units', [
    'huyện, thị xã, thành phố',
    'huyện, thị xã',
    'đơn vị hành chính cấp huyện',
  ]),
  house: count('căn nhà', 'house', 'houses', ['căn nhà', 'ngôi nhà', 'căn']),
  street: count('tuyến phố', 'street', 'streets', ['tuyến phố']),
  school: count('trường', 'school', 'schools', ['trường']),
  enterprise: count('doanh nghiệp', 'enterprise', 'enterprises', ['doanh nghiệp']),
  project: count('dự án', 'project', 'projects', ['dự án']),
  organisation: count('tổ chức', 'organisation', 'organisations', ['tổ chức']),
  'party-committee': count('đảng bộ', 'party committee', 'party committees', ['đảng bộ']),
  'party-cell': count('chi bộ', 'party cell', 'party cells', ['chi bộ']),
  indicator: count('chỉ tiêu', 'indicator', 'indicators', ['chỉ tiêu']),
  'task-group': count('nhóm', 'group', 'groups', ['nhóm']),
  /** The words come from the figure's `otherUnit` ("con", "suất"); any words are accepted there. */
  other: { kind: 'other', vi: '', en: { one: '', other: '' }, words: [], scale: 0 },
} as const satisfies Record<string, UnitInfo>

export type Unit = keyof typeof units
export const unitCodes = Object.keys(units) as [Unit, ...Unit[]]

export function unitInfo(unit: Unit): UnitInfo {
  return units[unit]
}

const sameWord = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi')

/** The units a report may mean by these words ("đồng" → vnd, million-vnd, billion-vnd), `bareWords` included or not. */
export function unitsWrittenAs(unitText: string, { withBareWords = false } = {}): Unit[] {
  return unitCodes.filter((code) => {
    const info = unitInfo(code)
    const words = withBareWords ? [...info.words, ...(info.bareWords ?? [])] : info.words
    return words.some((word) => sameWord(word, unitText))
  })
}

/** Whether a unit counts things, whose values are whole numbers. */
export function isCountUnit(unit: Unit): boolean {
  return unitKinds[unitInfo(unit).kind].isCount
}

/** Whether a value of this unit may be below zero: a rate, a growth, a change. */
export function mayBeNegative(unit: Unit): boolean {
  return unitKinds[unitInfo(unit).kind].mayBeNegative
}

/** Whether a unit is a rate in percent, whose changes are measured in points, not relatively. */
export function isRateUnit(unit: Unit): boolean {
  return unitKinds[unitInfo(unit).kind].isRate
}
