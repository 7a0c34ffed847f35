import type { Unit } from '../dataset/schema.ts'

type UnitInfo = {
  /** Written after the number in Vietnamese ("702,2 tỷ đồng"); `null` when the symbol sticks to it ("9,77%"). */
  vi: string
  /** English: `prefix` goes before the number ("VND 702.2 billion"), the rest after. */
  en: string
  enPrefix?: string
  /** Joined to the number without a space ("9,77%"). */
  isSymbol?: boolean
  /** The words a Vietnamese report writes after a number in this unit; the verifier accepts these. */
  sourceWords: readonly string[]
}

export const units: Record<Unit, UnitInfo> = {
  percent: { vi: '%', en: '%', isSymbol: true, sourceWords: ['%'] },
  'percentage-point': { vi: 'điểm phần trăm', en: 'percentage points', sourceWords: ['%', 'điểm phần trăm', 'điểm %'] },
  'percent-of-plan': { vi: '% kế hoạch', en: '% of plan', isSymbol: true, sourceWords: ['% kế hoạch'] },
  'billion-vnd': { vi: 'tỷ đồng', en: 'billion', enPrefix: 'VND', sourceWords: ['tỷ đồng', 'tỉ đồng'] },
  'million-vnd-per-ha': {
    vi: 'triệu đồng/ha',
    en: 'million/ha',
    enPrefix: 'VND',
    sourceWords: ['triệu đồng/ha', 'triệu đồng'],
  },
  km2: { vi: 'km²', en: 'km²', sourceWords: ['km2', 'km²'] },
  'person-per-km2': { vi: 'người/km²', en: 'people/km²', sourceWords: ['người/km2', 'người/km²'] },
  person: { vi: 'người', en: 'people', sourceWords: ['người'] },
  worker: { vi: 'lao động', en: 'workers', sourceWords: ['lao động'] },
  'party-member': { vi: 'đảng viên', en: 'members', sourceWords: ['đồng chí', 'đảng viên'] },
  ward: { vi: 'phường', en: 'wards', sourceWords: ['phường'] },
  street: { vi: 'tuyến phố', en: 'streets', sourceWords: ['tuyến phố'] },
  school: { vi: 'trường', en: 'schools', sourceWords: ['trường'] },
  organisation: { vi: 'tổ chức', en: 'organisations', sourceWords: ['tổ chức'] },
  'party-committee': { vi: 'đảng bộ', en: 'party committees', sourceWords: ['Đảng bộ', 'đảng bộ'] },
  'party-cell': { vi: 'chi bộ', en: 'party cells', sourceWords: ['chi bộ'] },
  indicator: { vi: 'chỉ tiêu', en: 'indicators', sourceWords: ['chỉ tiêu'] },
  'task-group': { vi: 'nhóm', en: 'groups', sourceWords: ['nhóm'] },
  tonne: { vi: 'tấn', en: 'tonnes', sourceWords: ['tấn'] },
  visit: { vi: 'lượt', en: 'visits', sourceWords: ['lượt', 'lượt khách'] },
  commune: { vi: 'xã', en: 'communes', sourceWords: ['xã', 'xã, thị trấn'] },
}
