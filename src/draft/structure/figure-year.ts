import { letter } from '../../lib/reg-exp.ts'
import type { Period } from '../../dataset/schema.ts'
import type { Decision, ParagraphYear, Scope } from './decide-role.ts'
import type { Reason, RoleRule, YearRule } from './reasons.ts'
import type { ReportYears } from './report-years.ts'
import type { TimeExpression } from './time-expressions.ts'

/** What `yearOfFigure` weighs: the role decided, the time its sentence gives, and the years around it. */
type YearInputs = {
  role: Reason<RoleRule> & { role: Decision['role'] }
  time: TimeExpression | undefined
  timeYear: number | undefined
  /** The time is a year of results an aim builds on, not the year it aims at. */
  isResultsBeforeAim: boolean
  scope: Scope | null
  section?: Scope | null
  paragraphYear: ParagraphYear | null
  years: ReportYears
  wordsBefore: string
  published?: { year: number; month?: number; words: string }
}

/**
 * The year of a figure whose role is decided: the time its sentence writes, else its list's lead, its section, its
 * paragraph, or the years the report gives results and plans for.
 */
export function yearOfFigure({
  role,
  time,
  timeYear,
  isResultsBeforeAim,
  scope,
  section,
  paragraphYear,
  years,
  wordsBefore,
  published,
}: YearInputs): Reason<YearRule> & { period?: Period; partOfYear?: string } {
  if (time && timeYear !== undefined && !isResultsBeforeAim) {
    return {
      rule: 'written',
      words: time.words,
      period: { year: timeYear, ...(time.point ? { point: time.point } : {}) },
      ...(time.kind === 'part-of-year' && time.partOfYear ? { partOfYear: time.partOfYear } : {}),
    }
  }
  // ("Giai đoạn sau năm 2020, …": the years after one, with no end, name no year of their own.)
  if (time?.kind === 'deadline' && time.isSpan === true && timeYear === undefined && role.rule === 'deadline')
    return { rule: 'written', words: time.words }
  // A plan's level written beside a result is for the result's year.
  if (role.rule === 'plan-level' && years.results)
    return {
      rule: years.results.why.rule,
      words: years.results.why.words,
      period: { year: years.results.year },
    }
  // ("Năm 2023, huyện đề ra 12 chỉ tiêu phấn đấu thực hiện; trong đó, thu nhập … đạt 39 triệu đồng": the aim said in
  // the lead, the year too.)
  if (
    scope?.year !== undefined &&
    (role.rule === 'lead' || (role.role === 'target' && scope.role === 'target' && !scope.isCarried))
  )
    return { rule: 'lead', words: scope.words, period: { year: scope.year } }
  if (section?.year !== undefined && role.rule === 'section')
    return { rule: 'section', words: section.words, period: { year: section.year } }
  // "9 tháng năm 2023 giá trị … đạt 2.129 tỷ đồng. Giá trị … đạt 6.110 tỷ đồng": the part of the year goes on too.
  if (paragraphYear && paragraphYear.role === role.role)
    return {
      rule: 'paragraph',
      words: paragraphYear.words,
      period: { year: paragraphYear.year },
      ...(paragraphYear.partOfYear && role.role === 'actual' ? { partOfYear: paragraphYear.partOfYear } : {}),
    }
  if (role.role === 'target') {
    // "phấn đấu đến cuối ngày 31/12, số thu ngân sách sẽ đạt 12.800 tỷ đồng": a day the aim runs to, named with no
    // year, is of the year reported.
    const dayAhead = new RegExp(
      String.raw`(?<![${letter}])(?:đến|tới|trước)\s+(?:hết\s+|cuối\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?!\s*[/.-]\s*\d)`,
      'iu',
    ).exec(wordsBefore)
    if (dayAhead && years.results)
      return { rule: 'results', words: dayAhead[0], period: { year: years.results.year } }
    if (years.plan) return { rule: 'plan', words: years.plan.why.words, period: { year: years.plan.year } }
    if (years.results?.partOfYear)
      return {
        rule: years.results.why.rule,
        words: years.results.why.words,
        period: { year: years.results.year },
      }
    // (An aim with no year of its own, in a text of a year's results, is for the year after: said as such.)
    if (years.results)
      return {
        rule: 'after-results',
        words: years.results.why.words,
        period: { year: years.results.year + 1 },
      }
    if (years.horizon)
      return { rule: 'plan', words: years.horizon.words, period: { year: years.horizon.year } }
  } else if (years.results) {
    return {
      rule: years.results.why.rule,
      words: years.results.why.words,
      period: { year: years.results.year },
      ...(years.results.partOfYear ? { partOfYear: years.results.partOfYear } : {}),
    }
  }
  // (A result in a text of a year's first three months, with no year of its own, sums up the year before: that year's
  // whole results are not known yet.)
  if (published)
    return {
      rule: 'published',
      words: published.words,
      period: {
        year:
          role.role === 'actual' && published.month !== undefined && published.month <= 3
            ? published.year - 1
            : published.year,
      },
    }
  return { rule: 'none', words: '' }
}

/** The year a time expression names, or counts from the report's own ("cả năm", "năm tới"). */
export function yearOf(
  time: TimeExpression,
  years: ReportYears,
  published?: { year: number },
): number | undefined {
  // "tỷ lệ giải ngân ước tính đến đầu năm 2025 đạt 95,81%" after the results of 2024: counted up to the day the year
  // before ended.
  if (
    time.kind === 'point' &&
    time.point === 'start' &&
    time.year !== undefined &&
    years.results?.year === time.year - 1 &&
    /(?:đến|tới)\s+đầu\s+năm/iu.test(time.words)
  )
    return time.year - 1
  if (time.year !== undefined) return time.year
  if (time.isNewTerm) return years.newTerm?.year
  if (time.isTermEnd) {
    const lookedBack = Number(/(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})/u.exec(years.term?.words ?? '')?.[1])
    return years.newTerm?.year ?? (Number.isNaN(lookedBack) ? undefined : lookedBack)
  }
  if (time.isTermStart) {
    const lookedBack = Number(/((?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}/u.exec(years.term?.words ?? '')?.[1])
    return Number.isNaN(lookedBack) ? undefined : lookedBack
  }
  if (time.yearOffset === undefined) return undefined
  if (years.results?.isPast && /năm nay/iu.test(time.words)) return years.results.year + 1 + time.yearOffset
  const base = years.results?.year ?? published?.year
  return base === undefined ? undefined : base + time.yearOffset
}
