import { letter } from '../../lib/reg-exp.ts'
import type { Scope } from './decide-role.ts'
import type { ReportYears } from './report-years.ts'

/** A heading's numbering ("II.", "2.", "B -") or a line in capitals: how a report marks its parts. */
const numbering = /^\s*(?:[IVX]{1,4}|[A-Đ]|\d{1,2})\s*[./)–-]\s*/u
const numbered = new RegExp(`${numbering.source}\\S`, 'u')
/** A top-level heading ("III. KIẾN NGHỊ"): whatever it heads, the part before it is over. */
const topLevel = /^\s*[IVX]{1,4}\s*[./)–-]/u
const aimWords = /phương hướng|nhiệm vụ|mục tiêu|kế hoạch|giải pháp|chỉ tiêu|định hướng|quy hoạch/iu
const resultWords = /kết quả|tình hình|thực hiện|đánh giá|tổng kết|sơ kết/iu

/** "kết quả thực hiện một số chỉ tiêu", "tình hình thực hiện nhiệm vụ": what was carried out, named. */
const targetsCarriedOut = new RegExp(
  String.raw`(?<![${letter}])(?:kết quả|tình hình)\s+thực hiện(?:\s+[${letter}]+){0,3}?\s+(?:chỉ tiêu|nhiệm vụ|kế hoạch|nghị quyết|mục tiêu)(?![${letter}])`,
  'giu',
)

const targetsTitle = new RegExp(
  String.raw`^(?:(?:các|một số|những)\s+)?(?:chỉ tiêu|mục tiêu)(?![${letter}])`,
  'iu',
)

const isCapitals = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 8 && letters === letters.toLocaleUpperCase('vi')
}

/**
 * The part of a report a heading line opens: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" opens the targets of 2025, "I.
 * KẾT QUẢ THỰC HIỆN NĂM 2024" the results of 2024; a report's title, only when it names a list of targets. Null for a
 * line that is no such heading (a report's title that names both, a heading of neither). Its year is the one it names,
 * else the report's year for that role.
 */
export function sectionOf(line: string, years: ReportYears, isTitle = false): Scope | null {
  const text = line.trim()
  // A title that names a list of targets ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)") heads that list.
  const isListTitle = isTitle && targetsTitle.test(text)
  // ("THỦ TƯỚNG PHÊ DUYỆT … QUY HOẠCH TỔNG THỂ … ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030": a title may run longer.)
  if (text.length > (isTitle ? 200 : 120) || !(numbered.test(text) || isCapitals(text) || isListTitle))
    return null
  // "I. Kết quả thực hiện một số chỉ tiêu kinh tế tổng hợp (tính hết năm 2016)": the targets whose results it gives are
  // no aim of its own.
  const isAim = aimWords.test(text.replace(targetsCarriedOut, ''))
  const isResult = resultWords.test(text)
  if (isAim === isResult) return null
  const named = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((match) => Number(match[1]))
  const year = named.at(-1) ?? (isAim ? years.plan?.year : years.results?.year)
  const words = text.replace(numbering, '')
  // "… ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030": a plan that runs over years names its first.
  const from = named.length > 1 ? Math.min(...named) : undefined
  return {
    role: isAim ? 'target' : 'actual',
    ...(year === undefined ? {} : { year }),
    ...(from === undefined ? {} : { from }),
    words,
    items: 0,
  }
}

/**
 * The part of the report after a heading line: the one it opens, none after a top-level heading of neither
 * results nor plans ("III. KIẾN NGHỊ"), else the part it stands in goes on ("Về kinh tế").
 */
export function sectionAfter(line: string, years: ReportYears, current: Scope | null): Scope | null {
  const opened = sectionOf(line, years)
  // "I. Kết quả thực hiện một số chỉ tiêu kinh tế tổng hợp (tính hết năm 2016)", then "1. Các chỉ tiêu kinh tế": a part of
  // the results that names the targets they reach, with no aim or year of its own.
  const isPartOfResults =
    opened?.role === 'target' && current?.role === 'actual' && !topLevel.test(line) && namesTargetsOnly(line)
  if (isPartOfResults) return current
  return opened ?? (topLevel.test(line) ? null : current)
}

/**
 * "1. Các chỉ tiêu kinh tế", "2. Các chỉ tiêu văn hóa - xã hội - môi trường:": a heading that names targets by their
 * field, with no aim or year of its own. In a part of results it heads the results of those targets.
 */
export function namesTargetsOnly(line: string): boolean {
  const words = line.trim().replace(numbering, '')
  return (
    targetsTitle.test(words) &&
    !/phương hướng|nhiệm vụ|mục tiêu|kế hoạch|giải pháp|định hướng|quy hoạch|\d{4}/iu.test(words)
  )
}
