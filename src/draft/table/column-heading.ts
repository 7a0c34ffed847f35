import { letter } from '../../lib/reg-exp.ts'

/**
 * What a table's column holds, read from its heading, as a report's tables head them: "TH 2023" (results of 2023),
 * "KH 2024" (the plan), "ƯTH 2024" (results estimated), "6 tháng đầu năm 2024", "ƯTH/KH (%)" (the share of the plan
 * reached), "ƯTH 2024/TH 2023 (%)" (the level against the year before's). One row of the table per way of heading.
 */
export type ColumnKind =
  | { kind: 'stt' }
  | { kind: 'name' }
  | { kind: 'unit' }
  | { kind: 'note' }
  | {
      kind: 'level'
      role: 'actual' | 'target'
      year?: number
      isEstimate?: boolean
      partOfYear?: string
    }
  /** A share of the plan reached: "ƯTH/KH", "So với KH (%)"; `ofEstimate` for a budget estimate ("% dự toán"). */
  | { kind: 'share-of-plan'; year?: number; ofEstimate?: boolean }
  /** The level against an earlier one's: "ƯTH 2024/TH 2023", "So cùng kỳ (%)". */
  | { kind: 'share-of-earlier'; year?: number; from?: number }
  | { kind: 'unknown' }

const w = (words: string) => new RegExp(String.raw`(?<![${letter}])(?:${words})(?![${letter}])`, 'iu')

const sttWords = /^(?:s?tt|số\s*tt|số thứ tự|stt\.?)$/iu
const nameWords = w('chỉ tiêu|nội dung|danh mục|tên chỉ tiêu|hạng mục|lĩnh vực')
const unitWords = /^(?:đvt|đ\.v\.t|đơn vị(?:\s*tính)?)\.?$/iu
const noteWords = w('ghi chú|đánh giá|kết quả đánh giá|nguyên nhân')
const planWords = w('kh|kế hoạch|nq|nghị quyết|chỉ tiêu|mục tiêu|phấn đấu|dự toán|dt|giao')
const estimateWords = w('dt')
const budgetWords = w('dự toán|dt')
const estimateOfResults = w('ưth|ước th|ước thực hiện|ước tính|ước đạt|ước|uth|ư\\.th')
const resultWords = w('th|thực hiện|kết quả|cùng kỳ|ck|năm|cả năm')
const sameTimeLastYear = w('cùng kỳ|ck')
const partOfYear = new RegExp(
  String.raw`(?<![${letter}])(?:(\d{1,2})\s*tháng(?:\s*đầu\s*năm)?|quý\s*([IV]{1,3}|\d))(?![${letter}])`,
  'iu',
)
const yearPattern = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu
const comparedWords = w('so sánh|so với|so|tỷ lệ|tỉ lệ|đạt|tăng\\s*/\\s*giảm|tăng giảm|%')

const slashed = new RegExp(String.raw`^(.*?[${letter}\d)])\s*\/\s*([${letter}\d(].*)$`, 'u')
const comparedSaid = new RegExp(String.raw`^(.*?)(?<![${letter}])(?:so\s+với|so)(?![${letter}])(.*)$`, 'iu')

/** The years a text names, in order. */
export const yearsIn = (text: string) => [...text.matchAll(yearPattern)].map((m) => Number(m[0]))

/** "6 tháng đầu năm", "9 tháng", "quý I": the part of a year a column's results cover. */
function partOfYearIn(heading: string): string | undefined {
  const match = partOfYear.exec(heading)
  if (!match) return undefined
  if (match[2]) return `quý ${match[2].toUpperCase()}`
  return Number(match[1]) === 6 ? '6 tháng đầu năm' : `${match[1]} tháng`
}

/** A level: results (estimated or not), of a part of a year or whole, or a plan's. */
function levelOf(heading: string): ColumnKind {
  const years = yearsIn(heading)
  const year = years.at(-1)
  const part = partOfYearIn(heading)
  const isEstimate = estimateOfResults.test(heading)
  const isPlan = planWords.test(heading) && !isEstimate
  if (!isPlan && !isEstimate && !resultWords.test(heading) && !part && years.length === 0)
    return { kind: 'unknown' }
  return {
    kind: 'level',
    role: isPlan ? 'target' : 'actual',
    ...(year ? { year } : {}),
    ...(isEstimate ? { isEstimate: true } : {}),
    ...(part ? { partOfYear: part } : {}),
  }
}

/** "ƯTH/KH", "TH 2024 so với KH 2024", "So cùng kỳ (%)", "Tỷ lệ % so KH". */
function comparisonOf(heading: string): ColumnKind | undefined {
  // "Quý I/2025", "tháng 6/2024": a part of a year written with its year, not one level over another.
  const dated = heading.replace(/((?:quý|tháng)\s*[IV\d]+)\s*\/\s*((?:19|20)\d{2})/giu, '$1 năm $2')
  const slash = slashed.exec(dated.replace(/\(\s*%\s*\)/gu, ''))
  const said = comparedSaid.exec(heading)
  const [numerator, denominator] = slash
    ? [slash[1] ?? '', slash[2] ?? '']
    : said
      ? [said[1] ?? '', said[2] ?? '']
      : []
  if (denominator === undefined || numerator === undefined) return undefined
  const year = yearsIn(numerator).at(-1)
  if (planWords.test(denominator))
    return {
      kind: 'share-of-plan',
      ...(year ? { year } : {}),
      ...(budgetWords.test(denominator) || estimateWords.test(denominator) ? { ofEstimate: true } : {}),
    }
  const from = yearsIn(denominator).at(-1)
  if (from !== undefined || resultWords.test(denominator) || sameTimeLastYear.test(denominator))
    return { kind: 'share-of-earlier', ...(year ? { year } : {}), ...(from ? { from } : {}) }
  return { kind: 'unknown' }
}

/** What a column holds, from its heading's words (the headings of its rows joined). */
export function columnKind(heading: string): ColumnKind {
  const text = heading.replace(/\s+/gu, ' ').trim()
  if (text === '') return { kind: 'unknown' }
  if (sttWords.test(text)) return { kind: 'stt' }
  if (unitWords.test(text)) return { kind: 'unit' }
  if (noteWords.test(text)) return { kind: 'note' }
  const compared = comparisonOf(text)
  if (compared) return compared
  // "So sánh (%)" alone: compared with what, its sub-heading would say.
  if (comparedWords.test(text) && !/\d{4}/u.test(text) && !planWords.test(text)) return { kind: 'unknown' }
  if (
    nameWords.test(text) &&
    !yearsIn(text).length &&
    !estimateOfResults.test(text) &&
    !/^(?:kh|th)\b/iu.test(text)
  )
    return /^chỉ tiêu\s/iu.test(text) && planWords.test(text.replace(/^chỉ tiêu/iu, ''))
      ? levelOf(text)
      : { kind: 'name' }
  return levelOf(text)
}
