import type { UnitInfo } from './unit-kinds.ts'

/** The rows of the unit vocabulary (see `units.ts`): adding a unit is one row here. */
const count = (vi: string, one: string, other: string, words: readonly string[]): UnitInfo => ({
  kind: 'count',
  vi,
  en: { one, other },
  words,
  scale: 0,
})

/** A currency, as its amounts are written and named. */
type Currency = { vi: string; enPrefix: string; words: readonly string[] }
// "thu nhập từ 80 - 500 triệu đồng/năm": money earned in a year is money; "50.000đ", "70 tr.đ/người": "đ" is its short
// form (the reader reads it as "đồng" in every unit it opens).
// ("hơn 2 tỷ dồng": a page that lost the bar of "đ" still writes the currency.)
const dong: Currency = { vi: 'đồng', enPrefix: 'VND', words: ['đồng', 'đ', 'VNĐ', 'VND', 'đồng/năm', 'dồng'] }
const dollar: Currency = {
  vi: 'USD',
  enPrefix: 'US$',
  words: ['USD', 'đô la Mỹ', 'đô-la Mỹ', 'đô la', 'đô-la'],
}
const scaleNames = {
  0: { vi: '', en: '' },
  6: { vi: 'triệu ', en: 'million' },
  9: { vi: 'tỷ ', en: 'billion' },
}

/** Amounts of a currency in one of its scales: "tỷ đồng" is đồng × 10⁹, written with the same words. */
const money = ({ vi, enPrefix, words }: Currency, scale: 0 | 6 | 9): UnitInfo => ({
  kind: 'money',
  vi: `${scaleNames[scale].vi}${vi}`,
  en: { one: scaleNames[scale].en, other: scaleNames[scale].en },
  enPrefix,
  words,
  scale,
})

export const units = {
  percent: {
    kind: 'percent',
    vi: '%',
    en: { one: '%', other: '%' },
    isSymbol: true,
    // "chi cho khoa học và công nghệ đạt trên 1%/GRDP": a share of the economy; "83,47%/tổng dân số", of a whole.
    words: ['%', 'phần trăm', '%/GRDP', '%/tổng'],
    scale: 0,
  },
  'percentage-point': {
    kind: 'points',
    vi: 'điểm phần trăm',
    en: { one: 'percentage point', other: 'percentage points' },
    // "làm giảm 0,6 điểm% vào tăng trưởng": a page may glue the percent sign on.
    words: ['điểm phần trăm', 'điểm %', 'điểm%', '%'],
    // "cao hơn 1 điểm so với kịch bản": after a rate, points alone are percentage points (the draft decides).
    bareWords: ['điểm'],
    scale: 0,
  },
  'percent-per-year': {
    kind: 'percent-per-year',
    vi: '%/năm',
    en: { one: '% a year', other: '% a year' },
    isSymbol: true,
    // "tăng bình quân hàng năm 16%": a rate a year written with "%" alone, the year said before it.
    words: ['%/năm', '%'],
    scale: 0,
  },
  'percent-of-plan': {
    kind: 'share-of-plan',
    vi: '% kế hoạch',
    en: { one: '% of plan', other: '% of plan' },
    isSymbol: true,
    words: [
      '% kế hoạch',
      '% tổng kế hoạch',
      '% KH',
      '% so với kế hoạch',
      '% so kế hoạch',
      '% so với KH',
      '% so KH',
      // "tăng 3,38% với KH": a page that lost its "so".
      '% với kế hoạch',
      '% với KH',
      '% chỉ tiêu',
      '% so với chỉ tiêu',
      '% so chỉ tiêu',
      '% nghị quyết',
      '% so với nghị quyết',
      '% so nghị quyết',
      '% NQ',
      '% so với NQ',
      '% so NQ',
      '% kịch bản',
      '% so với kịch bản',
      '% mục tiêu',
      '% so với mục tiêu',
      '% so mục tiêu',
    ],
    scale: 0,
  },
  'percent-of-estimate': {
    kind: 'share-of-plan',
    vi: '% dự toán',
    en: { one: '% of the budget estimate', other: '% of the budget estimate' },
    isSymbol: true,
    // "đạt 52,74% so tổng dự toán 2022": of the whole estimate.
    words: [
      '% dự toán',
      '% so với dự toán',
      '% so dự toán',
      '% với dự toán',
      '% tổng dự toán',
      '% so với tổng dự toán',
      '% so tổng dự toán',
    ],
    scale: 0,
  },
  multiple: { kind: 'multiple', vi: 'lần', en: { one: 'times', other: 'times' }, words: ['lần'], scale: 0 },
  vnd: money(dong, 0),
  'million-vnd': money(dong, 6),
  'billion-vnd': money(dong, 9),
  usd: money(dollar, 0),
  'million-usd': money(dollar, 6),
  'billion-usd': money(dollar, 9),
  'vnd-per-person': {
    kind: 'money-per',
    vi: 'đồng/người',
    en: { one: 'per person', other: 'per person' },
    enPrefix: 'VND',
    words: ['đồng/người'],
    scale: 0,
  },
  // "GRDP bình quân đầu người đạt 3.950 USD": a year's output or income per person, in dollars.
  'usd-per-person': {
    kind: 'money-per',
    vi: 'USD/người',
    en: { one: 'per person', other: 'per person' },
    enPrefix: 'US$',
    words: ['USD/người', 'USD/người/năm'],
    bareWords: ['USD'],
    scale: 0,
  },
  'million-vnd-per-person-year': {
    kind: 'money-per',
    vi: 'triệu đồng/người/năm',
    en: { one: 'million per person a year', other: 'million per person a year' },
    enPrefix: 'VND',
    words: ['đồng/người/năm', 'đồng/năm/người'],
    bareWords: ['đồng', 'đồng/năm', 'đồng/người'],
    scale: 6,
  },
  'million-vnd-per-ha': {
    kind: 'money-per',
    vi: 'triệu đồng/ha',
    en: { one: 'million/ha', other: 'million/ha' },
    enPrefix: 'VND',
    words: ['đồng/ha', 'đồng/héc-ta', 'đồng/ha/năm', 'đồng/héc-ta/năm'],
    bareWords: ['đồng'],
    scale: 6,
  },
  km2: { kind: 'area', vi: 'km²', en: { one: 'km²', other: 'km²' }, words: ['km2', 'km²'], scale: 0 },
  hectare: {
    kind: 'area',
    vi: 'ha',
    en: { one: 'ha', other: 'ha' },
    // "gieo trồng 1.300ha/vụ": the area sown each crop season is an area.
    words: ['ha', 'héc-ta', 'héc ta', 'hecta', 'hec-ta', 'ha/vụ'],
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
  tonne: {
    kind: 'mass',
    vi: 'tấn',
    en: { one: 'tonne', other: 'tonnes' },
    // "sản lượng lương thực từ 117.000 tấn/năm": a year's output, as "đồng/năm" is a year's money.
    words: ['tấn', 'tấn/năm'],
    scale: 0,
  },
  'quintal-per-ha': {
    kind: 'yield',
    vi: 'tạ/ha',
    en: { one: 'quintal/ha', other: 'quintals/ha' },
    words: ['tạ/ha', 'tạ/héc-ta', 'ta/ha'],
    scale: 0,
  },
  'tonne-per-ha': {
    kind: 'yield',
    vi: 'tấn/ha',
    en: { one: 'tonne/ha', other: 'tonnes/ha' },
    words: ['tấn/ha', 'tấn/héc-ta'],
    scale: 0,
  },
  // "trên 15 vạn dân": residents are people.
  person: count('người', 'person', 'people', [
    'người',
    'nhân khẩu',
    'đối tượng',
    'cá nhân',
    'dân',
    'công dân',
    // "tập huấn cho 323 nông dân": farmers counted are people; so are the young called up ("234 thanh niên lên đường
    // nhập ngũ", "92 tân binh").
    'nông dân',
    'thanh niên',
    'tân binh',
  ]),
  // "giải quyết việc làm cho hơn 17.000 công nhân": factory hands are workers.
  worker: count('lao động', 'worker', 'workers', ['lao động', 'lượt lao động', 'công nhân']),
  // "có 128 đ/c được đánh giá …": a party report writes its comrades short ("đ/c", "Đ/c"), never money per "c".
  'party-member': count('đảng viên', 'member', 'members', ['đồng chí', 'đảng viên', 'đ/c']),
  household: count('hộ', 'household', 'households', ['hộ', 'hộ gia đình', 'hộ dân']),
  visit: count('lượt', 'visit', 'visits', ['lượt', 'lượt khách', 'lượt người', 'khách']),
  // "146,9 ngàn ngày khách": the nights guests stayed, a tourism report's count beside its visits.
  'guest-night': count('ngày khách', 'guest night', 'guest nights', ['ngày khách', 'ngày lưu trú']),
  ward: count('phường', 'ward', 'wards', ['phường']),
  commune: count('xã', 'commune', 'communes', ['xã']),
  'commune-level-unit': count('xã, phường, thị trấn', 'commune-level unit', 'commune-level units', [
    'xã, phường, thị trấn',
    'phường, xã, thị trấn',
    'xã, phường',
    'phường, xã',
    'xã, thị trấn',
    'đơn vị hành chính cấp xã',
    'đơn vị cấp xã',
    // "huyện có 20 đơn vị hành chính": a place's own units, which since 2025 are communes, wards and towns at every
    // level; "đơn vị hành chính cấp huyện" is a longer word, read first.
    'đơn vị hành chính',
  ]),
  district: count('huyện', 'district', 'districts', ['huyện']),
  'district-level-unit': count('huyện, thị xã, thành phố', 'district-level unit', 'district-level units', [
    'huyện, thị xã, thành phố',
    'huyện, thành phố, thị xã',
    'huyện, thành phố',
    'huyện, thị xã',
    'huyện, thị, thành phố',
    'thị xã, thành phố',
    'huyện thị xã',
    'đơn vị hành chính cấp huyện',
    'đơn vị cấp huyện',
  ]),
  house: count('căn nhà', 'house', 'houses', ['căn nhà', 'ngôi nhà', 'căn', 'nhà', 'nhà ở']),
  street: count('tuyến phố', 'street', 'streets', ['tuyến phố']),
  school: count('trường', 'school', 'schools', ['trường']),
  // "có 15 công ty đang hoạt động": companies are enterprises.
  enterprise: count('doanh nghiệp', 'enterprise', 'enterprises', ['doanh nghiệp', 'DN', 'công ty']),
  project: count('dự án', 'project', 'projects', ['dự án']),
  organisation: count('tổ chức', 'organisation', 'organisations', ['tổ chức']),
  'party-committee': count('đảng bộ', 'party committee', 'party committees', ['đảng bộ']),
  'party-cell': count('chi bộ', 'party cell', 'party cells', ['chi bộ']),
  indicator: count('chỉ tiêu', 'indicator', 'indicators', ['chỉ tiêu', 'nhóm chỉ tiêu']),
  'task-group': count('nhóm', 'group', 'groups', ['nhóm']),
  /** "Chỉ số chất lượng không khí (AQI) < 100": a number the report writes with no unit; nothing is written after it. */
  index: { kind: 'index', vi: '', en: { one: '', other: '' }, words: [], scale: 0 },
  /** The words come from the figure's `otherUnit` ("con", "suất"); any words are accepted there. */
  other: { kind: 'other', vi: '', en: { one: '', other: '' }, words: [], scale: 0 },
} as const satisfies Record<string, UnitInfo>
