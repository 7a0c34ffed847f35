import { letter } from '../lib/reg-exp.ts'
import { presentSections } from '../dataset/derive.ts'
import type { Dataset, Figure } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'
import { formatPeriod } from './format-period.ts'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const quarters: Record<string, number> = { i: 1, '1': 1, ii: 2, '2': 2, iii: 3, '3': 3, iv: 4, '4': 4 }

/** "9 tháng năm 2019", "quý III/2019" of 2019, as a person may type them: the part without the year it is of. */
const withoutOwnYear = (part: string, year: number) =>
  part.replace(new RegExp(String.raw`\s*(?:(?<![${letter}])năm\s+|\s*\/\s*)?${year}\s*$`, 'iu'), '').trim() ||
  part

/** "9 tháng đầu năm" of 2024 in English: "Jan–Sep 2024"; a form the table lacks keeps its words. */
function partInEnglish(written: string, year: number): string {
  const part = withoutOwnYear(written, year)
  const words = part.toLocaleLowerCase('vi').trim()
  const firstMonths = /^(\d{1,2}) tháng(?: đầu năm)?$/u.exec(words)
  const count = Number(firstMonths?.[1])
  if (count >= 1 && count <= 11) return `${months[0]}–${months[count - 1] ?? ''} ${year}`
  const quarter = /^quý ([iv]+|[1-4])$/u.exec(words)?.[1]
  if (quarter && quarters[quarter]) return `Q${quarters[quarter]} ${year}`
  if (/^(?:từ đầu năm )?đến nay$|^từ đầu năm đến nay$/u.test(words)) return `${year} to date`
  return `${year} (“${part}”)`
}

/** "6 tháng đầu năm" of 2024 in Vietnamese: "6 tháng đầu năm 2024"; "quý I" → "quý I năm 2024". */
function partInVietnamese(written: string, year: number): string {
  const part = withoutOwnYear(written, year)
  const at = part.search(new RegExp(String.raw`(?<![${letter}])năm(?![${letter}])`, 'u'))
  return at < 0 ? `${part} năm ${year}` : `${part.slice(0, at + 3)} ${year}${part.slice(at + 3)}`
}

/**
 * The period a year's figures cover, as every screen and file says it: the year alone ("2024"), or with the part
 * of it the results cover ("9 tháng đầu năm 2024", "Jan–Sep 2024"). `named` puts "năm" before a whole year, for
 * sentences that say it ("Các con số năm 2024"). Only the results' own year has a part.
 */
export function periodWords(
  dataset: Pick<Dataset, 'periods'>,
  year: number,
  language: Language,
  { named = false } = {},
): string {
  const part = year === dataset.periods.actual ? dataset.periods.actualPart : undefined
  if (!part) return language === 'vi' && named ? `năm ${year}` : String(year)
  return language === 'vi' ? partInVietnamese(part, year) : partInEnglish(part, year)
}

/**
 * What a result is measured against: for a result of part of the year, the same part of the year before ("so với 6
 * tháng đầu năm 2023": the report's "so với cùng kỳ"), not the whole of it; otherwise the period as written.
 */
export function changeFromWords(
  dataset: Pick<Dataset, 'periods'>,
  figure: Pick<Figure, 'period' | 'changeFrom'>,
  language: Language,
  t: Translate,
): string {
  const from = figure.changeFrom
  if (!from) return ''
  const part =
    figure.period?.year === dataset.periods.actual && from.point === undefined
      ? dataset.periods.actualPart
      : undefined
  if (!part) return formatPeriod(from, t)
  return language === 'vi' ? partInVietnamese(part, from.year) : partInEnglish(part, from.year)
}

/** The results' period: "2024", or "9 tháng đầu năm 2024" where they cover part of the year. */
export const actualPeriod = (dataset: Pick<Dataset, 'periods'>, language: Language, options = {}) =>
  periodWords(dataset, dataset.periods.actual, language, options)

/**
 * The line under a report's title: what it compares ("So sánh kết quả 2024 với chỉ tiêu 2025"), or, for a report
 * of results only or of targets only, the one it gives: never a comparison with nothing. A report of neither (a
 * place's profile) has no such line: empty.
 */
export function periodsLine(dataset: Dataset, t: Translate, language: Language): string {
  const sections = presentSections(dataset)
  const actual = actualPeriod(dataset, language)
  const target = String(dataset.periods.target)
  const hasResults = sections.has('results')
  const hasTargets = sections.has('targets') || sections.has('comparisons')
  if (hasResults && !hasTargets) return t('periodsLineResults', { actual })
  if (hasTargets && !hasResults) return t('periodsLineTargets', { target })
  if (!hasTargets && !hasResults) return ''
  return t('periodsLine', { actual, target })
}
