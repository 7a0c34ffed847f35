import type { Period } from '../dataset/schema.ts'
import { findNonFigureSpans } from './non-figures.ts'

/**
 * A year a clause names. `context`: the year its figures belong to ("Năm 2023, …", "Trong 6 tháng đầu năm 2025");
 * `base`: what a change is measured against ("so với năm 2022", "gấp 1,3 lần năm 2024");
 * `point`: the start or end of a year ("đến cuối năm 2023").
 */
export type YearMention = {
  kind: 'context' | 'base' | 'point'
  period: Period
  index: number
  /** "6 tháng đầu năm": the figures cover part of the year. */
  partOfYear?: string
  /** "6 tháng cuối năm", "cả năm" with no year written: the year named before, or the report's. */
  isImplicit?: boolean
}

export type Role = 'actual' | 'target'

const yearPattern =
  /(?<![\p{L}\p{M}])(?:(\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+)|((?:đầu|cuối)\s+))?năm\s+((?:19|20)\d{2})(?!\d|[.,]\d|\s*[-–—]\s*\d)/giu
const baseBefore = /(?:(?<![\p{L}\p{M}])(?:so với|lần|bằng|hơn)(?:\s+cùng kỳ)?|cùng kỳ)\s*$/iu

/** "giai đoạn 2021 - 2025", "đến năm 2030": a plan's span, whose figures belong to its last year. */
const spanPattern = /(?<![\p{L}\p{M}])giai đoạn\s+(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/giu

/** "6 tháng cuối năm", "cả năm" without a year after it. */
const implicitYearPattern =
  /(?<![\p{L}\p{M}])(?:(\d{1,2}\s+tháng\s+(?:đầu|cuối))\s+năm|cả\s+năm)(?![\p{L}\p{M}]|\s+(?:19|20)\d{2})/giu

export function findYearMentions(text: string): YearMention[] {
  const spans = [...text.matchAll(spanPattern)].map((match): YearMention => ({
    kind: 'context',
    period: { year: Number(match[1]) },
    index: match.index,
  }))
  const implicit = [...text.matchAll(implicitYearPattern)].map((match): YearMention => ({
    kind: 'context',
    period: { year: 0 },
    index: match.index,
    isImplicit: true,
    ...(match[1] ? { partOfYear: match[1] } : {}),
  }))
  const explicit = [...spans, ...yearMentions(text)]
  // "6 tháng cuối năm 2025 … cả năm": a year written in the clause wins over one implied.
  const hasContext = explicit.some((mention) => mention.kind === 'context')
  return [...explicit, ...(hasContext ? [] : implicit)].sort((a, b) => a.index - b.index)
}

function yearMentions(text: string): YearMention[] {
  const dates = findNonFigureSpans(text).filter((span) => span.reason === 'date')
  return [...text.matchAll(yearPattern)]
    .filter((match) => !dates.some((date) => match.index >= date.start && match.index < date.end))
    .map((match): YearMention => {
      const [, partOfYear, edge, yearText] = match
      const year = Number(yearText)
      const point = edge?.trim().toLocaleLowerCase('vi') === 'đầu' ? 'start' : edge ? 'end' : undefined
      const period: Period = point ? { year, point } : { year }
      if (baseBefore.test(text.slice(0, match.index))) return { kind: 'base', period, index: match.index }
      if (point) return { kind: 'point', period, index: match.index }
      return {
        kind: 'context',
        period,
        index: match.index,
        ...(partOfYear ? { partOfYear: partOfYear.trim() } : {}),
      }
    })
}

/** Words that report what happened: they win over plan words ("8/13 chỉ tiêu … đạt và vượt kế hoạch"). */
const reportedWords =
  /đạt và vượt|ước đạt|ước thực hiện|ước tính|đã đạt|đã thực hiện|thực hiện được|kết quả|hoàn thành vượt/iu
const planWords = /phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|xác định|dự kiến|định hướng|đề ra|phải đạt/iu
const doneWords = /(?<![\p{L}\p{M}])(?:đạt|thực hiện|tăng|giảm)(?![\p{L}\p{M}])/iu

/**
 * Whether figures in the context of `year` are results or targets. A year before the report's own is
 * a result, a year after it a target; for the report's own year (or an unknown one) the words decide:
 * "Năm 2023 … đạt/thực hiện" → actual, "Năm 2024 … chỉ tiêu / phấn đấu / kế hoạch / xác định" → target.
 * `words` is the sentence from the year on. Null when nothing says.
 */
export function classifyRole(words: string, year: number, publishedYear?: number): Role | null {
  if (publishedYear !== undefined && year < publishedYear) return 'actual'
  if (publishedYear !== undefined && year > publishedYear) return 'target'
  if (reportedWords.test(words)) return 'actual'
  if (planWords.test(words)) return 'target'
  if (doneWords.test(words)) return 'actual'
  return null
}
