import type { Period } from '../../dataset/schema.ts'
import type { DraftFigure } from '../draft-types.ts'
import type { Decision, ParagraphYear } from './decide-role.ts'
import type { Phrase } from './governing.ts'
import type { Why } from './reasons.ts'
import type { ReportYears } from './report-years.ts'
import type { TimeExpression } from './time-expressions.ts'
import { carryingOutOpens } from './year-signals.ts'

/**
 * The year a sentence that gives no result or target names for the rest of its paragraph, or undefined when it names
 * none. "Trong năm 2019, huyện đề ra mục tiêu …" names the year the paragraph aims at; so does "Nhiệm kỳ mới, Đảng bộ
 * huyện đề ra 4 nhóm và 22 chỉ tiêu chủ yếu.", which counts only the plan's parts, and "Đại hội … nhiệm kỳ 2025-2030 đã
 * thông qua các chỉ tiêu chủ yếu." in a year's report; "Năm 2025, xã đã thực hiện quyết
 * liệt các giải pháp." names the year whose results follow.
 */
export function yearOfSentenceWithoutFigures(
  times: readonly TimeExpression[],
  phrases: readonly Phrase[],
  years: ReportYears,
  sentence?: { start: number; text: string },
): ParagraphYear | undefined {
  const newTerm = times.find((t) => t.isNewTerm === true)
  // "Đại hội Đảng bộ phường nhiệm kỳ 2025-2030 đã thông qua các chỉ tiêu chủ yếu.": a term after the results' year.
  const comingTerm = times.find(
    (t) =>
      t.kind === 'term' && t.year !== undefined && years.results !== undefined && t.year > years.results.year,
  )
  // ("… nghe báo cáo kết quả 06 tháng đầu năm 2023; báo cáo chương trình giám sát năm 2022": the first named, part of a
  // year or whole.)
  // ("Trên cơ sở dự báo … năm 2022, dự kiến mục tiêu tăng trưởng … năm 2023 như sau:": the year aimed at, after the
  // aim's words.)
  const firstAim = phrases.find((p) => p.kind === 'aim')
  const isYearOf = (t: TimeExpression) =>
    (t.kind === 'period' || t.kind === 'part-of-year') && t.year !== undefined
  // ("Nhiệm kỳ 2020-2025, Đảng bộ xã … đạt được nhiều thành tựu.": the term looked back on, opening the sentence.)
  const opensWithPastTerm = (t: TimeExpression) =>
    t.kind === 'term' &&
    t.year !== undefined &&
    years.results !== undefined &&
    t.year <= years.results.year &&
    sentence !== undefined &&
    /^\s*(?:trong\s+)?$/iu.test(sentence.text.slice(0, t.start - sentence.start))
  const named =
    (firstAim ? times.find((t) => isYearOf(t) && t.start >= firstAim.end) : undefined) ??
    times.find(isYearOf) ??
    times.find(opensWithPastTerm) ??
    (newTerm && years.newTerm ? { ...newTerm, year: years.newTerm.year } : undefined) ??
    (comingTerm && phrases.some((p) => p.kind === 'aim') ? comingTerm : undefined)
  if (named?.year === undefined) {
    // "Đến năm 2030 trở thành tỉnh khá, …. GRDP bình quân đầu người đạt 170 triệu đồng/năm; …": a year to come, opening a
    // sentence that says nothing done, is the one the paragraph goes on aiming at.
    const deadlineOpening = times.find(
      (t) =>
        t.kind === 'deadline' &&
        !t.isSpan &&
        t.year !== undefined &&
        (years.results === undefined || t.year > years.results.year) &&
        sentence !== undefined &&
        (/^\s*(?:[-–•]\s*)?$/u.test(sentence.text.slice(0, t.start - sentence.start)) ||
          // ("Tỉnh phấn đấu đến năm 2025, có huyện … đạt chuẩn …. Các huyện …; có ít nhất 80% xã …": the year the
          // sentence's first aim reaches for, first of its times.)
          (firstAim !== undefined &&
            t.start >= firstAim.end &&
            times.every((other) => other.start >= t.start))),
    )
    return deadlineOpening?.year !== undefined && !phrases.some((p) => p.kind === 'done')
      ? { year: deadlineOpening.year, role: 'target', words: deadlineOpening.words }
      : undefined
  }
  // "Năm 2019, Sở Công thương dự báo …": what is foreseen for a year after the results' is aimed at.
  // ("Thực hiện nhiệm vụ chính trị năm 2026, Đảng ủy … tiếp tục tập trung …": carrying a year's tasks out, ahead.)
  const aims =
    phrases.some((p) => p.kind === 'aim') ||
    (sentence !== undefined &&
      carryingOutOpens(
        sentence.text.slice(0, named.start - sentence.start),
        sentence.text.slice(named.end - sentence.start),
      )) ||
    (phrases.some((p) => p.kind === 'expect') &&
      years.results !== undefined &&
      named.year > years.results.year)
  // ("Với kết quả đó, năm 2026 huyện phấn đấu …", "Từ những kết quả trên, …": the results just said, pointed back
  // to, are no results of this sentence.)
  const isPointedBack = (p: Phrase) =>
    sentence !== undefined &&
    /(?:^|[\s,])(?:với|từ|trên cơ sở)\s+(?:những\s+|các\s+)?$/iu.test(
      sentence.text.slice(0, p.start - sentence.start),
    ) &&
    /^\s*(?:đó|trên|này|ấy)(?![\p{L}])/iu.test(sentence.text.slice(p.end - sentence.start))
  const isDone = phrases.some((p) => p.kind === 'done' && !isPointedBack(p))
  if (aims && !isDone) return { year: named.year, role: 'target', words: named.words }
  // "Trong quý đầu năm 2023, kinh tế-xã hội của huyện tiếp tục ổn định và phát triển.", after the results of 2022: part
  // of a later year, opening its sentence, is the time of what follows.
  const opensWithLaterPart =
    named.kind === 'part-of-year' &&
    sentence !== undefined &&
    /^\s*(?:[-–•]\s*)?(?:trong\s+)?$/iu.test(sentence.text.slice(0, named.start - sentence.start)) &&
    years.results !== undefined &&
    named.year > years.results.year
  // "Năm 2022, kinh tế quận tiếp tục phát triển …" before a text's 2023: a year before the results', opening its sentence,
  // is the time of what follows though no word of achievement is said.
  const opensWithEarlierYear =
    named.kind === 'period' &&
    sentence !== undefined &&
    /^\s*(?:[-–•]\s*)?(?:trong\s+)?$/iu.test(sentence.text.slice(0, named.start - sentence.start)) &&
    /^\s*,/u.test(sentence.text.slice(named.end - sentence.start)) &&
    years.results !== undefined &&
    named.year < years.results.year
  if ((isDone || opensWithLaterPart || opensWithEarlierYear) && !aims)
    return {
      year: named.year,
      role: 'actual',
      words: named.words,
      ...(named.kind === 'part-of-year' ? { partOfYear: named.words } : {}),
      isOpening: true,
    }
  return undefined
}

type Figure = {
  role: DraftFigure['role']
  period: Period | undefined
  why: Why
  decision: Pick<Decision, 'partOfYear' | 'yearTime'>
  /** The paragraph's year before this figure. */
  paragraphYear: ParagraphYear | null
  /** Where the figure's number is, and the sentence's brackets, offsets in the whole text. */
  numberAt: number
  brackets: readonly { start: number; end: number }[]
  /** The sentence's words up to an offset. */
  sentenceBefore: (at: number) => string
  /** The year the report gives results for, if it names one. */
  resultsYear: number | undefined
}

/**
 * The year a result or a target written with its own year names for the rest of its paragraph, or undefined when the
 * paragraph goes on with the year it had.
 */
export function yearNamedForParagraph(figure: Figure): ParagraphYear | undefined {
  const { role, period, why, decision, paragraphYear, numberAt, brackets } = figure
  if ((role !== 'actual' && role !== 'target') || why.year.rule !== 'written' || !period) return undefined
  const time = decision.yearTime
  // "(năm 2023 tăng 5,00%)": a year said in a bracket is no year for what follows.
  const isBracketed = time !== undefined && brackets.some((b) => time.start > b.start && time.start < b.end)
  // "Năm 2023, … lượt khách …; 2 tháng đầu năm 2024 đạt …": part of a later year said after a semicolon is an
  // aside; the paragraph goes on with its whole year.
  const isAside =
    decision.partOfYear !== undefined &&
    paragraphYear !== null &&
    paragraphYear.partOfYear === undefined &&
    period.year > paragraphYear.year &&
    time !== undefined &&
    figure.sentenceBefore(time.start).includes(';')
  // "… tăng 6,33%, cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021": an earlier year said after its amount is
  // that amount's alone; the paragraph goes on with its own year, or the report's.
  const goesOnWith = paragraphYear?.year ?? figure.resultsYear
  const isEarlierAfter =
    time !== undefined && time.start > numberAt && goesOnWith !== undefined && period.year < goesOnWith
  // "… ước đạt 12,59%/năm (chỉ tiêu của Nghị quyết tăng 12,5% trở lên).": a plan set beside a result in brackets is
  // that result's; the paragraph goes on with results.
  // So is a level of an earlier year listed in brackets ("(tương ứng năm 2022: 75,92% - 17,64%)"): the paragraph goes on.
  const isPlanBeside = brackets.some((b) => numberAt > b.start && numberAt < b.end)
  // "Nhiệm kỳ 2020-2025, … thu nhập bình quân đầu người đến năm 2025 ước đạt 72 triệu đồng. Tổng thu ngân sách …": the
  // term's last year named for a level; the paragraph goes on looking back on the term.
  const isTermsEnd =
    paragraphYear !== null && /^nhiệm kỳ\s/iu.test(paragraphYear.words) && period.year === paragraphYear.year
  if (isBracketed || isAside || isEarlierAfter || isPlanBeside || isTermsEnd) return undefined
  return {
    year: period.year,
    role,
    words: why.year.words,
    ...(decision.partOfYear ? { partOfYear: decision.partOfYear } : {}),
  }
}
