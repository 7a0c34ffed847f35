import { hasLetter, letter } from '../../lib/reg-exp.ts'
import { readScorecards } from '../../dataset/reading/read-scorecard.ts'
import { findPhrases, type Phrase } from './governing.ts'
import type { Reason, YearRule } from './reasons.ts'
import { findTimeExpressions, type TimeExpression } from './time-expressions.ts'
import {
  congressTermEnd,
  endOfYearAimedAt,
  isOnlyYear,
  latestFullDate,
  pastTermEnd,
  planBesideResults,
  endingYearPublished,
  firstSessionYear,
  yearBeforePlanOpened,
  previousTermEnd,
  periodYears,
  plansAnything,
  soFarAtCongress,
  soFarInOnlyYear,
} from './years-without-results.ts'

/** The year (and part of a year) a report gives results for, and the year it sets targets for. */
export type ReportYears = {
  results?: { year: number; partOfYear?: string; why: Reason<YearRule> }
  /** `isOpenedTerm`: the plan is the term a congress opens, read from the congress alone ("Đại hội … nhiệm kỳ 2025-2030"). */
  plan?: { year: number; why: Reason<YearRule>; isOpenedTerm?: true }
  /** A term the text names that ends in the results' year ("thành tựu … trong nhiệm kỳ 2015-2020"). */
  term?: {
    words: string
    /** Named by the years looked back on, no year of its own ("5 năm qua"): only a yearly average is of it. */
    isLookedBack?: boolean
  }
  /**
   * In a text that names neither a year of results nor of a plan: the end of the latest span it names ("bình quân
   * 5 năm (2021-2025)"), the year its targets "đến cuối nhiệm kỳ" are for.
   */
  horizon?: { year: number; words: string; isDeadline: boolean }
  /** The latest term the text names that ends after its results ("nhiệm kỳ 2020 – 2025"): what "nhiệm kỳ mới" is. */
  newTerm?: { year: number; words: string }
}

/** "so với cả giai đoạn 2020 - 2025", "so với nhiệm kỳ trước": a comparison with a span of years. */
const comparedSpan = /(?:giai đoạn|nhiệm kỳ|thời kỳ)|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}(?!\d)/iu

/**
 * The nearest governing word before a year says what the year is: "tổng kết năm 2024", "kết quả … năm 2024",
 * "những thành tựu nổi bật về kinh tế - xã hội trong năm 2024" are the results' year, "nhiệm vụ năm 2025", "mục tiêu … năm 2025" the plan's, except that a plan carried out
 * ("tình hình thực hiện nhiệm vụ … năm 2024") is the results' again ("củng cố tình hình an ninh … năm 2024" is a task).
 */
const governingWords = new RegExp(
  String.raw`(?<![${letter}])(?:(tổng kết|kết quả|thực hiện|đánh giá|(?<!(?:củng cố|giữ vững|giữ ổn định|ổn định|bảo đảm|đảm bảo)\s+)tình hình|ước đạt|đạt được|đã đạt|thành tựu)|(nhiệm vụ|mục tiêu|phương hướng|phương án|kịch bản|kế hoạch|chỉ tiêu|dự toán|phấn đấu|triển khai|đề ra|(?<!bàn\s)giao(?!\s+(?:tiếp|thông|dịch|lưu|nhận|hàng|thương|ban|diện))))(?![${letter}])`,
  'giu',
)
// "chỉ đạo, điều hành thực hiện các nhiệm vụ … năm 2018", "ra sức thi đua thực hiện các chỉ tiêu … năm 2024" carry a
// plan out still: only a report of it looks back
// ("báo cáo … về thực hiện các nhiệm vụ, mục tiêu … 6 tháng đầu năm").
const carriedOut = new RegExp(
  String.raw`(?:(?<!(?:chỉ đạo|điều hành|tập trung|tổ chức|triển khai|quyết liệt|để|nhằm|thi đua|ra sức|nỗ lực|cố gắng|đang)(?:,?\s+[${letter}]+)?\s+)thực hiện|tình hình|kết quả|đánh giá)\s+(?:[${letter}]+,?\s+){0,3}$`,
  'iu',
)

function governingBefore(before: string): { kind: 'results' | 'plan'; index: number } | null {
  const last = [...before.matchAll(governingWords)].at(-1)
  if (!last) return null
  if (last[1]) return { kind: 'results', index: last.index }
  const said = before.slice(0, last.index)
  return {
    kind: carriedOut.test(said) || shareReached.test(said) || planReached.test(said) ? 'results' : 'plan',
    index: last.index,
  }
}
/** "thực hiện nhiều chỉ tiêu vượt kế hoạch năm 2022": a plan exceeded or reached is of the results' year. */
const planReached = new RegExp(
  String.raw`(?<![${letter}])(?:vượt|đạt và vượt|hoàn thành và vượt|hoàn thành vượt)\s+(?:mức\s+|so với\s+)?$`,
  'iu',
)
/** "đạt 95,3% kế hoạch năm 2021", "đạt 93,2% so kế hoạch 2021": the plan a share reached is of the results' year. */
const shareReached = /\d\s*%\s*(?:so\s+(?:với\s+)?)?$/u

type Signal = {
  year: number | undefined
  kind: 'results' | 'plan'
  weight: number
  words: string
  partOfYear?: string
  /** Read from what a change is measured against ("so với năm 2021"): the year after it. */
  isBase?: boolean
}

/**
 * "Thu nhập … từ 10 triệu đồng năm 2011 tăng lên 16,7 triệu đồng trong năm 2015", "Thu ngân sách năm 2011 gần 13
 * tỷ đồng, đến năm 2015 đạt 47 tỷ đồng": where a change over years started says nothing of the year reported,
 * the later year it went to does (a year of results when the change is said done).
 */
function changedTo(sentence: string, time: TimeExpression): number | undefined {
  if (time.year === undefined) return undefined
  // ("Năm 2023, Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt": a document's name goes
  // nowhere.)
  const cited = findTimeExpressions(sentence).filter((t) => t.kind === 'cited' && t.start >= time.end)
  const unnamed = cited.reduceRight(
    (text, t) => text.slice(0, t.start) + ' '.repeat(t.end - t.start) + text.slice(t.end),
    sentence,
  )
  // ("Tổng vốn … năm 2024 … đạt hơn 277 tỷ đồng, tỷ lệ giải ngân ước tính đến đầu năm 2025 đạt 95,81%": a day results
  // are counted up to is no year they went to.)
  const after = unnamed.slice(time.end, time.end + 80).split(/[;.!?]/u)[0] ?? ''
  const later = new RegExp(
    String.raw`(?<![${letter}])(?<!tính\s+)(?:đến|tới|lên|xuống)(?:\s+(?:còn|mức))?[^;]{0,40}?(?:năm\s+)?((?:19|20)\d{2})`,
    'iu',
  ).exec(after)
  const year = Number(later?.[1])
  return year > time.year ? year : undefined
}

/** What one sentence says of the years it names. */
function signals(sentence: string): Signal[] {
  const phrases = findPhrases(sentence)
  // A scorecard says how a year's targets were met: its year is a year of results.
  const hasScorecard = readScorecards(sentence).length > 0
  const times = findTimeExpressions(sentence)
  return [
    ...times
      .filter((time) => time.kind === 'term')
      .flatMap((time) => termLookedBack(sentence, time, phrases)),
    // "Tính đến cuối năm 2024, quy mô kinh tế ước đạt …": the end of a year a result is said at sums that year up.
    ...times
      .filter(
        (time) =>
          time.kind === 'period' ||
          time.kind === 'part-of-year' ||
          (time.kind === 'point' &&
            (/^tính\s+(?:đến|tới)\s+cuối\s+năm/iu.test(time.words) ||
              // "Ước đến cuối năm 2023, …": an estimate of the year up to its end (not "ước tính đến đầu năm 2025",
              // the day the year before is counted up to)
              (time.point !== 'start' && estimatedBefore.test(sentence.slice(0, time.start))))),
      )
      .filter((time) => time.year !== undefined || time.kind === 'part-of-year')
      .flatMap((time) => periodSignals(sentence, time, phrases, hasScorecard)),
  ]
}

/**
 * "…; xã đạt chuẩn nông thôn mới vào năm 2018 (hoàn thành sớm 2 năm so với Nghị quyết); …": the year an event of a list
 * happened in, closing its item, sums up no year of the text.
 */
function isEventYear(sentence: string, time: TimeExpression): boolean {
  return (
    /(?<![\p{L}])vào\s*$/iu.test(sentence.slice(Math.max(0, time.start - 8), time.start)) &&
    /^\s*(?:\([^()]*\)\s*)?[;.]/u.test(sentence.slice(time.end))
  )
}

/** "sẽ": what is still to come. */
const willWord = new RegExp(String.raw`(?<![${letter}])sẽ(?![${letter}])`, 'iu')
/** "dự tính năm 2022, …": an estimate of the year named next. */
const estimateBefore = /(?:dự tính|ước tính|ước|dự kiến)\s*$/iu

/** What a sentence says of a year (or part of one) it names as a period. */
function periodSignals(
  sentence: string,
  time: TimeExpression,
  phrases: readonly Phrase[],
  hasScorecard: boolean,
): Signal[] {
  // "… tăng 6,48%, cao hơn mức tăng 4,71% của quý I/2024", "GRDP đã tăng cao hơn quý I năm 2020": the period compared
  // with is no period reported.
  const said = sentence.slice(Math.max(0, time.start - 60), time.start)
  if (
    new RegExp(
      String.raw`(?<![${letter}])(?:cao|thấp)\s+hơn\s+(?:so với\s+)?(?:mức\s+(?:tăng|giảm)(?:\s+trưởng)?\s+(?:khoảng\s+)?[\d.,]+\s*%\s+(?:của|trong)\s*)?$`,
      'iu',
    ).test(said)
  )
    return []
  // (An aim to reach something "vào năm 2030;" is a plan's year.)
  if (
    !phrases.some((phrase) => phrase.kind === 'aim' && phrase.start < time.start) &&
    isEventYear(sentence, time)
  )
    return []
  // "Năm 2024 khép lại với không ít khó khăn nhưng để lại nhiều dấu ấn …": a year said to have closed is summed up.
  const closed = /^\s+(?:đã\s+)?(?:khép lại|kết thúc|đi qua|qua đi|vừa qua)(?![\p{L}])/iu.exec(
    sentence.slice(time.end),
  )
  if (time.year !== undefined && closed)
    return [{ year: time.year, kind: 'results', weight: 1, words: `${time.words}${closed[0]}` }]
  // "… phấn đấu tăng lên khoảng 4.710 USD/năm (năm 2024 là 4.460 USD/năm)": a year's own level, bracketed, is its result.
  if (
    time.year !== undefined &&
    /\(\s*$/u.test(sentence.slice(Math.max(0, time.start - 3), time.start)) &&
    /^\s+(?:là|đạt)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d/iu.test(sentence.slice(time.end))
  )
    return [{ year: time.year, kind: 'results', weight: 1, words: time.words }]
  const wentTo = changedTo(sentence, time)
  if (wentTo !== undefined) {
    const isDone = phrases.some(
      (phrase) => (phrase.kind === 'done' || phrase.kind === 'weak-done') && phrase.start >= time.end,
    )
    return isDone ? [{ year: wentTo, kind: 'results', weight: 1, words: `năm ${wentTo}` }] : []
  }
  // The words before the year in its clause, up to 120 characters back.
  const from = Math.max(0, time.start - 120)
  const before =
    sentence
      .slice(from, time.start)
      .split(/[;.!?]/u)
      .at(-1) ?? ''
  // "Phát huy kết quả đạt được, trong năm 2025, huyện tập trung …": a year that opens its clause after a comma
  // is said of what follows it, not of the words before the comma.
  // ("… tỷ lệ đô thị hóa từ 7% năm 2004 đã đạt đến 28% năm 2022": a year right after an amount is that amount's; the
  // word before the amount governs the amount, not the text's year.)
  // ("Trên cơ sở những kết quả đạt được trong phát triển kinh tế năm 2023, thị xã đề ra 29 chỉ tiêu": the results a
  // plan is built on name no year of theirs; the year is the plan's, which the clause after sets.)
  const isBasis =
    new RegExp(
      String.raw`(?<![${letter}])(?:trên cơ sở|căn cứ(?:\s+vào)?|từ)\s+(?:những\s+|các\s+)?kết quả[^,;]*$`,
      'iu',
    ).test(before) && phrases.some((phrase) => phrase.kind === 'aim' && phrase.start >= time.end)
  // ("Đây là tiền đề để huyện tiếp tục phát triển trong năm 2023", "Đề án … để báo cáo Trung ương trong quý I/2025":
  // what something is for is ahead.)
  const isPurpose =
    new RegExp(
      String.raw`(?<![${letter}])(?:để|nhằm)\s+(?:[^,;\d]*?\s)?(?:tiếp tục|phát triển|hoàn thành|thực hiện|phấn đấu|báo cáo|trình)(?![${letter}])[^,;\d]*$`,
      'iu',
    ).test(before) &&
    // (not "nhằm đánh giá kết quả thực hiện nhiệm vụ … năm 2020", "để báo cáo kết quả năm 2024": a look back)
    !/(?:kết quả|đánh giá|tổng kết|sơ kết|tình hình)/iu.test(before.slice(before.search(/(?:để|nhằm)\s/iu)))
  // "Ước đến cuối năm 2023, tỷ lệ trường đạt chuẩn quốc gia đạt 68,18%": an estimate of the year up to its end.
  if (time.kind !== 'part-of-year' && estimatedBefore.test(before))
    return [
      {
        year: time.year,
        kind: 'results',
        weight: 3,
        words: `${before.trim().split(/\s+/u).at(-1) ?? ''} ${time.words}`.trim(),
      },
    ]
  const governed = /,\s*(?:trong|sang|cho|đến)?\s*$/iu.test(before)
    ? null
    : isBasis || isPurpose
      ? { kind: 'plan' as const, index: before.length }
      : governingBefore(before)
  const governing = governed && /\d/u.test(before.slice(governed.index)) ? null : governed
  const part = time.kind === 'part-of-year' ? { partOfYear: time.partOfYear ?? '' } : {}
  // "thống nhất các chỉ tiêu … năm 2026, trong đó tốc độ tăng trưởng ước đạt từ 11%": an estimate under a plan's
  // name is the plan's level, not a result that sums the plan up.
  // "… trong năm 2019, …, phấn đấu hoàn thành tốt các chỉ tiêu", "… ngay từ những tháng đầu năm để đạt kết quả cao
  // nhất": an achievement aimed at, or one to be reached, sums nothing up.
  const strongAfter = phrases.find(
    (phrase) =>
      phrase.kind === 'done' &&
      phrase.start >= time.end &&
      !/^ước/iu.test(phrase.words) &&
      !phrases.some((aim) => aim.kind === 'aim' && aim.start >= time.end && aim.end <= phrase.start) &&
      !new RegExp(String.raw`(?<![${letter}])(?:để|nhằm)\s+(?:[${letter}]+\s+){0,2}$`, 'iu').test(
        sentence.slice(Math.max(0, phrase.start - 24), phrase.start),
      ),
  )
  // "Năm 2025 có ý nghĩa đặc biệt quan trọng … khi đây là năm cuối thực hiện kế hoạch …", "năm 2023 là năm bản lề": a
  // year's place in a term, told of the year the text is in; its results if no other year's are said.
  if (
    !governing &&
    !hasScorecard &&
    strongAfter === undefined &&
    new RegExp(
      String.raw`^[^.;]{0,80}?(?<![${letter}])là\s+năm\s+(?:cuối|đầu|cuối cùng|thứ\s+[${letter}]+|bản lề|tăng tốc|bứt phá|về đích)(?![${letter}])`,
      'iu',
    ).test(sentence.slice(time.end))
  )
    return [{ year: time.year, kind: 'results', weight: 0.25, words: time.words, ...part }]
  // "6 tháng cuối năm 2025", "những tháng cuối năm": the months still ahead are planned, never reported.
  if (time.kind === 'part-of-year' && /cuối/iu.test(time.words))
    return [{ year: time.year, kind: 'plan', weight: governing ? 3 : 1, words: time.words }]
  if (governing || hasScorecard) {
    const words = governing
      ? [before.slice(governing.index).trim(), time.words].filter((part) => part !== '').join(' ')
      : time.words
    // "chỉ tiêu … giao cho năm 2024, có 19 chỉ tiêu đạt và vượt": the plan's year, summed up, is the results'.
    const isResults = governing?.kind === 'results' || hasScorecard || strongAfter !== undefined
    return [
      isResults
        ? { year: time.year, kind: 'results', weight: 3, words, ...part }
        : { year: time.year, kind: 'plan', weight: 3, words },
    ]
  }
  // "Năm 2024, … đạt …": what follows the year in its sentence says. An achievement said strongly outweighs a
  // plan's name ("có 8/13 chỉ tiêu chủ yếu đạt và vượt"), an aim before it does not.
  // "Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra một số chỉ tiêu chủ yếu, như: …; đạt chuẩn nông thôn mới vào năm 2027",
  // "Nghị quyết đề ra 14 chỉ tiêu chủ yếu, trong đó … năm 2030 đạt …": a year inside what the sentence has set out to
  // aim at is a plan's, whatever its item says.
  const aimBefore = phrases.findLast((phrase) => phrase.kind === 'aim' && phrase.end <= time.start)
  const isAimed =
    aimBefore !== undefined &&
    !phrases.some(
      (phrase) => phrase.kind === 'done' && phrase.start >= aimBefore.end && phrase.end <= time.start,
    ) &&
    new RegExp(String.raw`:|(?<![${letter}])trong đó(?![${letter}])`, 'iu').test(
      sentence.slice(aimBefore.end, time.start),
    )
  if (isAimed) return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  const after = phrases.filter((phrase) => phrase.start >= time.end)
  // "6 tháng đầu năm 2025, huyện phấn đấu …": a part of a year that opens its clause is aimed at by what follows;
  // "Hải Phòng bứt phá 6 tháng đầu năm, dồn lực cho mục tiêu …": one inside its clause, only by an aim of that clause.
  const clauseStart = Math.max(...[',', ';', ':', '.'].map((mark) => sentence.lastIndexOf(mark, time.start)))
  const opensClause = !hasLetter.test(sentence.slice(clauseStart + 1, time.start))
  const clauseEnd = sentence.slice(time.end).search(/[,;:]/u)
  const isOwnClause = (phrase: Phrase) =>
    time.kind !== 'part-of-year' || opensClause || clauseEnd < 0 || phrase.start < time.end + clauseEnd
  const aim = after.find((phrase) => phrase.kind === 'aim' && isOwnClause(phrase))
  const planNoun = after.find((phrase) => phrase.kind === 'plan-noun')
  const done = after.find((phrase) => phrase.kind === 'done')
  const weak = after.find((phrase) => phrase.kind === 'weak-done')
  if (aim && (!done || aim.start < done.start))
    return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  // "Cụ thể, trong năm 2025, tỉnh … sẽ tiếp tục duy trì đà tăng trưởng": what a year will see is planned (not "dự tính
  // năm 2022, Đồng Nai sẽ có 13 chỉ tiêu vượt kế hoạch": the year's results, estimated).
  const will = willWord.exec(sentence.slice(time.end))
  const firstDone = after.find((phrase) => phrase.kind === 'done' || phrase.kind === 'weak-done')
  const isEstimate =
    estimateBefore.test(before) || /kế hoạch|chỉ tiêu|dự toán/iu.test(sentence.slice(time.end))
  if (
    will &&
    time.kind === 'period' &&
    !isEstimate &&
    (!firstDone || time.end + will.index < firstDone.start)
  )
    return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  // "THỐNG KÊ … 9 THÁNG ĐẦU NĂM 2017": part of a year named with no aim is the part the text reports.
  if (time.kind === 'part-of-year' && !/cuối/iu.test(time.words))
    return [{ year: time.year, kind: 'results', weight: 1, words: time.words, ...part }]
  if (done) return [{ year: time.year, kind: 'results', weight: 1, words: time.words, ...part }]
  if (planNoun) return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  if (weak) return [{ year: time.year, kind: 'results', weight: 0.5, words: time.words, ...part }]
  return []
}

/**
 * "Nhiệm kỳ 2020 - 2025, Đảng bộ xã đã …": a term that opens its sentence with no aim after it is looked back on; its
 * results are of the year it ended.
 */
function termLookedBack(sentence: string, time: TimeExpression, phrases: readonly Phrase[]): Signal[] {
  if (time.year === undefined || !time.isSpan || !/^\s*(?:trong\s+)?$/iu.test(sentence.slice(0, time.start)))
    return []
  const after = phrases.filter((phrase) => phrase.start >= time.end)
  const done = after.find((phrase) => phrase.kind === 'done')
  const aim = after.find((phrase) => phrase.kind === 'aim')
  if (aim && (!done || aim.start < done.start)) return []
  // "Nhiệm kỳ 2020 - 2025, Đảng bộ xã không ngừng nâng cao …." with its results in the sentences after: a past told.
  return [{ year: time.year, kind: 'results', weight: done ? 1 : 0.5, words: time.words }]
}

/** The year most said; on a tie the latest or the earliest, as asked. */
/**
 * The earliest year a text aims to reach, said right after the aim's words ("phấn đấu đến năm 2025"), or Infinity
 * ("… mục tiêu kép …, đến hết năm 2021, huyện đã hoàn thành …": only a deadline the aim's words lead to).
 */
function firstDeadlineAimedAt(sentences: readonly string[]): number {
  return Math.min(
    ...sentences.flatMap((sentence) => {
      const aims = findPhrases(sentence).filter((phrase) => phrase.kind === 'aim')
      return findTimeExpressions(sentence).flatMap((time) =>
        time.kind === 'deadline' &&
        time.year !== undefined &&
        aims.some((aim) => aim.end <= time.start && /^\s*$/u.test(sentence.slice(aim.end, time.start)))
          ? [time.year]
          : [],
      )
    }),
  )
}

/** "Ước đến cuối năm 2023", "ước tính năm 2024": an estimate said right before the time it is of. */
const estimatedBefore = new RegExp(String.raw`(?<![${letter}])ước(?:\s+tính)?\s*$`, 'iu')

function heaviest(list: readonly Signal[], preferLater: boolean): Signal | undefined {
  const weights = new Map<number, { weight: number; first: Signal }>()
  for (const signal of list) {
    if (signal.year === undefined) continue
    const entry = weights.get(signal.year)
    if (entry) entry.weight += signal.weight
    else weights.set(signal.year, { weight: signal.weight, first: signal })
  }
  const order = preferLater ? 1 : -1
  return [...weights.values()].sort(
    (a, b) => b.weight - a.weight || order * ((b.first.year ?? 0) - (a.first.year ?? 0)),
  )[0]?.first
}

/**
 * The report's own years, from the whole text: where it sums up a year ("tổng kết năm 2024", "Năm 2024, … đạt"),
 * where it sets the next ("nhiệm vụ năm 2025", "phấn đấu năm 2025"), and the date it was published when the text
 * says neither. An excerpt of a web page often has no date: the words decide.
 */
export function readReportYears(
  sentences: readonly string[],
  published?: { year: number; month?: number; words: string },
): ReportYears {
  const said = sentences.flatMap(signals)
  // "… trong 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024": the months still ahead are of the year
  // whose first months the text reports, though it names no year for those.
  const partWithNoYear = said.find(
    (signal) => signal.kind === 'results' && signal.partOfYear && signal.year === undefined,
  )
  const restOfYear = partWithNoYear
    ? said
        // (not "… trong tháng cuối năm và năm 2021": the year after named beside them)
        .filter(
          (signal) =>
            signal.kind === 'plan' && /tháng\s+cuối\s+năm(?:\s+(?:19|20)\d{2})?\s*$/iu.test(signal.words),
        )
        .map((signal): Signal => ({
          ...signal,
          kind: 'results',
          weight: 1.5,
          words: `${partWithNoYear.words} · ${signal.words}`,
        }))
    : []
  // "Năm 2021, Nghị quyết HĐND huyện thông qua 14 chỉ tiêu …. Kết quả, UBND huyện … đạt và vượt 9/14 chỉ tiêu": the
  // results of the plan the sentence before set, of its year.
  const resultsOfPlanBefore = sentences.flatMap((sentence, i): Signal[] => {
    if (
      i === 0 ||
      !/^\s*Kết quả\s*(?:thực hiện\s*)?[,:]/u.test(sentence) ||
      readScorecards(sentence).length === 0
    )
      return []
    const plan = signals(sentences[i - 1] ?? '').find(
      (signal) => signal.kind === 'plan' && signal.year !== undefined,
    )
    return plan ? [{ year: plan.year, kind: 'results', weight: 3, words: `${plan.words} · Kết quả` }] : []
  })
  const all = [...said, ...restOfYear, ...resultsOfPlanBefore]
  // A year's whole results are not known in its first months: a text published then plans that year ("Năm 2024, Hải
  // Phòng đặt mục tiêu …", on 10/01/2024); its part-of-year results stay.
  // Nor are a later year's results known at all: a text of 15/10/2020 that names "năm 2025" plans it.
  const isTooEarly = (signal: Signal) =>
    (published !== undefined && signal.year !== undefined && signal.year > published.year) ||
    (published?.month !== undefined &&
      published.month <= 3 &&
      signal.year === published.year &&
      !signal.partOfYear)
  // "… về cơ cấu kinh tế năm 2003, …. So với năm 2022, tỷ trọng …": no year of results comes before a year its figures
  // are compared with (a page's slip, or a year told as history).
  const latestCompared = sentences
    .flatMap((sentence) =>
      findPhrases(sentence).some((phrase) => phrase.kind === 'aim' || phrase.kind === 'expect')
        ? []
        : findTimeExpressions(sentence).filter(
            (time) =>
              time.kind === 'base' &&
              time.year !== undefined &&
              !time.isPlan &&
              // "dự toán … tăng 11% so với thực hiện năm 2019": a plan measured from a year's results names that
              // year as the one summed up, not as one before it.
              !/(?:ước\s+)?thực hiện\s+(?:năm\s+)?(?:19|20)\d{2}/iu.test(time.words) &&
              // "(đạt 105% so với cả giai đoạn 2020 - 2025)", "so với giai đoạn 2016-2020": a span compared with is
              // no year before the results.
              !comparedSpan.test(time.words),
          ),
    )
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]
  // "… năm 2015 … đạt 242,5 tỷ đồng, năm 2019 đạt 517,92 tỷ đồng (tăng 1,5 lần so với năm 2015)": the year compared
  // with is no year reported either, where a later one is.
  const isBeforeCompared = (signal: Signal) =>
    signal.year !== undefined &&
    (signal.year < (latestCompared?.year ?? 0) ||
      (signal.year === latestCompared?.year &&
        all.some((other) => other.kind === 'results' && (other.year ?? 0) > signal.year!)))
  // The news of a congress reports nothing of the term it opens beyond that term's first year ("Trong nhiệm kỳ
  // 2025-2030, Đảng bộ xã … tiếp tục …" at the congress of 2025 - 2030 looks ahead).
  const congress = congressTermEnd(sentences)
  const isOfOpenedTerm = (signal: Signal) =>
    congress !== undefined && signal.year !== undefined && signal.year > congress.start
  // "Đại hội … nhiệm kỳ 2020-2025 … Báo cáo chính trị … nhiệm kỳ 2015-2020 …: trong nhiệm kỳ qua, … Năm 2016, toàn
  // phường còn 44 hộ nghèo": a year inside the term a congress looks back on is history told, not the year it sums up.
  const lookedBack = congress ? previousTermEnd(sentences, congress) : undefined
  const isInTermLookedBack = (signal: Signal) =>
    lookedBack !== undefined && signal.year !== undefined && signal.year < lookedBack.year
  // "… đã xây dựng phương án tăng trưởng kinh tế năm 2025. Theo đó, tốc độ tăng trưởng … năm 2025 tăng từ 7,5 - 8,5% …
  // (năm 2024 là 4.460 USD/năm)": a year a plan is said for, with no more than a weak word of results, is the plan's
  // where an earlier year has results too.
  const weightOf = (kind: Signal['kind'], year: number | undefined) =>
    all.filter((s) => s.kind === kind && s.year === year).reduce((sum, s) => sum + s.weight, 0)
  const isPlannedOnly = (signal: Signal) =>
    weightOf('plan', signal.year) >= 3 &&
    weightOf('results', signal.year) < 1 &&
    all.some((s) => s.kind === 'results' && s.year !== undefined && s.year < (signal.year ?? 0))
  // "Tỉnh phấn đấu đến năm 2025 …. Thu nhập … năm 2025 tăng 1,6 đến 1,8 lần so với cuối năm 2020 và năm 2030 tăng
  // khoảng 1,6 lần": a year no more than grown in, at or after one the text aims to reach, is aimed at too.
  const hasWeakResults = all.some(
    (signal) => signal.kind === 'results' && signal.weight < 1 && !signal.partOfYear,
  )
  const firstAimedAt = hasWeakResults ? firstDeadlineAimedAt(sentences) : Infinity
  const isAimedAhead = (signal: Signal) =>
    signal.weight < 1 && !signal.partOfYear && (signal.year ?? 0) >= firstAimedAt
  const candidates = all.filter(
    (signal) =>
      signal.kind === 'results' &&
      !isTooEarly(signal) &&
      !isOfOpenedTerm(signal) &&
      !isInTermLookedBack(signal) &&
      !isPlannedOnly(signal) &&
      !isAimedAhead(signal),
  )
  // The news of a congress sums up the term that ends as the new one begins: of the years it gives results for, that
  // last year weighs most ("năm 2019 đạt …; Tổng thu ngân sách năm 2020 ước đạt …" at the congress of 2020 - 2025).
  // Of two years said as much, the later: "Năm 2022, … đạt 19,3%; năm 2023 đạt 13,45%" tells the earlier to show the
  // later.
  const results = heaviest(
    candidates
      .filter((signal) => !isBeforeCompared(signal))
      .map((signal) =>
        congress && signal.year === congress.start ? { ...signal, weight: signal.weight + 1 } : signal,
      ),
    true,
  )
  // Set aside so, the results are of the year after the one compared with, as a change over a year says.
  // So are the results of a text that names no year of its own results, only the year its changes are measured from
  // ("… ước đạt 67.948 tỷ đồng, tăng 7,37% so với năm 2022", under "Năm 2023 là năm bản lề thực hiện … mục tiêu"); not
  // the news of a congress, which looks back on its term.
  const afterCompared =
    !results &&
    latestCompared?.year !== undefined &&
    (candidates.some(isBeforeCompared) ||
      (candidates.length === 0 &&
        congress === undefined &&
        // ("Quyết tâm đạt chỉ tiêu năm 2024 … GRDP … 100 triệu đồng (tăng 6,5% so với năm 2023)": the year after is
        // the one a plan's words name.)
        all
          .filter((signal) => signal.kind === 'plan' && signal.year === (latestCompared.year ?? 0) + 1)
          .reduce((sum, signal) => sum + signal.weight, 0) < 3 &&
        measuredFrom(sentences, latestCompared)))
      ? { year: latestCompared.year + 1, why: { rule: 'results' as const, words: latestCompared.words } }
      : undefined
  const resultsYear = results?.year ?? undefined
  const plan = heaviest(
    all.filter(
      (signal) => signal.kind === 'plan' && (resultsYear === undefined || (signal.year ?? 0) >= resultsYear),
    ),
    true,
  )
  const parts = all.filter(
    (signal) =>
      signal.kind === 'results' &&
      signal.partOfYear &&
      (signal.year === undefined || signal.year === resultsYear),
  )
  const wholeYear = all.filter(
    (signal) => signal.kind === 'results' && !signal.partOfYear && signal.year === resultsYear,
  )
  const partOfYear =
    parts.length > 0 && parts.length >= wholeYear.length
      ? mostCommon(parts.map((p) => p.partOfYear ?? ''))
      : undefined
  // Results for part of a year with no year written ("6 tháng đầu năm"): the year the text names most, or the
  // year after the one its changes are measured from ("tăng 7,92% so với cùng kỳ năm 2022" is of 2023).
  const namedYear = heaviest(
    sentences.flatMap((sentence) =>
      findTimeExpressions(sentence)
        .filter(
          (time) =>
            !isEventYear(sentence, time) &&
            (time.kind === 'period' ||
              time.kind === 'part-of-year' ||
              time.kind === 'base' ||
              time.kind === 'point') &&
            time.year !== undefined,
        )
        .map((time): Signal => ({
          // ("đạt 75% so với dự toán năm 2020": the plan a share reached is of the year itself.)
          year: time.kind === 'base' && !time.isPlan ? (time.year ?? 0) + 1 : time.year,
          kind: 'results',
          // "… 9 tháng, triển khai nhiệm vụ những tháng cuối năm 2018": the months left are of the results' year.
          weight:
            time.kind === 'base' && !time.isPlan
              ? 0.5
              : (time.kind === 'point' && /cuối/iu.test(time.words)) || time.isPlan
                ? 1.5
                : 1,
          words: time.words,
          ...(time.kind === 'base' ? { isBase: true } : {}),
        })),
    ),
    false,
  )
  // "9 tháng đầu năm, … theo Nghị quyết số 143/NQ-CP, ngày 17/9/2024": with no year named, the first months are of the
  // year of the latest day the text writes in full, since a text is written on or after every day it names.
  const fullDate = latestFullDate(sentences)
  const session = firstSessionYear(sentences)
  const aimedEnd = endOfYearAimedAt(sentences)
  // The news of a congress: the term it opens, and the results of the term it looks back on ("Đến nay, …", the term
  // before named, "Nhiệm kỳ qua, … đạt 7,2%/năm"), each of the year that term ended.
  const termLookedBack =
    (congress && (soFarAtCongress(sentences, congress) ?? previousTermEnd(sentences, congress))) ??
    pastTermEnd(sentences)
  const resultsEntry =
    resultsYear !== undefined && results
      ? {
          year: resultsYear,
          ...(partOfYear ? { partOfYear } : {}),
          why: { rule: 'results' as const, words: results.words },
        }
      : afterCompared
        ? afterCompared
        : parts.length > 0 && published
          ? {
              year: published.year,
              partOfYear: mostCommon(parts.map((p) => p.partOfYear ?? '')),
              why: { rule: 'published' as const, words: published.words },
            }
          : parts.length > 0 && namedYear?.year !== undefined
            ? {
                year: namedYear.year,
                partOfYear: mostCommon(parts.map((p) => p.partOfYear ?? '')),
                why: { rule: 'results' as const, words: `${parts[0]?.words ?? ''} · ${namedYear.words}` },
              }
            : // "… sản xuất phân bón năm 2022 tiếp tục là điểm sáng": a text that plans nothing and names one
              // year reports on that year; one that names no year but the one its results are compared with
              // ("ước tăng 11,07% so với năm 2021") reports on the year after.
              // Not the end of the term a congress opens ("… dưới 0,2% vào năm 2030", Đại hội … 2025 - 2030): a plan's.
              all.length === 0 &&
                namedYear?.year !== undefined &&
                !(congress !== undefined && namedYear.year >= congress.year) &&
                ((isOnlyYear(sentences, namedYear.year) && !plansAnything(sentences)) ||
                  (namedYear.isBase === true &&
                    periodYears(sentences).size === 0 &&
                    !plansAnything(sentences) &&
                    // ("… gấp 1,3 lần so với năm 2015; … giai đoạn 2016 - 2020": a term's growth since its start.)
                    !sentences.some((sentence) =>
                      findTimeExpressions(sentence).some(
                        (time) => time.isSpan === true && (time.year ?? 0) > (namedYear.year ?? 0),
                      ),
                    )))
              ? { year: namedYear.year, why: { rule: 'results' as const, words: namedYear.words } }
              : parts.length > 0 && fullDate
                ? {
                    year: fullDate.year,
                    partOfYear: mostCommon(parts.map((p) => p.partOfYear ?? '')),
                    why: { rule: 'results' as const, words: `${parts[0]?.words ?? ''} · ${fullDate.words}` },
                  }
                : parts.length > 0 && session
                  ? {
                      year: session.year,
                      partOfYear: mostCommon(parts.map((p) => p.partOfYear ?? '')),
                      why: { rule: 'results' as const, words: `${parts[0]?.words ?? ''} · ${session.words}` },
                    }
                  : parts.length > 0 && aimedEnd
                    ? {
                        year: aimedEnd.year,
                        partOfYear: mostCommon(parts.map((p) => p.partOfYear ?? '')),
                        why: {
                          rule: 'results' as const,
                          words: `${parts[0]?.words ?? ''} · ${aimedEnd.words}`,
                        },
                      }
                    : ((congress ? termLookedBack : undefined) ??
                      soFarInOnlyYear(sentences) ??
                      planBesideResults(sentences) ??
                      yearBeforePlanOpened(sentences, plan?.year) ??
                      termLookedBack ??
                      endingYearPublished(sentences, published, plan?.year))
  const times = sentences.flatMap(findTimeExpressions)
  // "Các chỉ tiêu chủ yếu đến năm 2025", published on 15/10/2020, with no results, every year it names still ahead:
  // it plans the latest year it runs to.
  const named = times.filter(
    (time) => !['cited', 'price-base', 'date'].includes(time.kind) && time.year !== undefined,
  )
  const ahead =
    resultsEntry ||
    plan?.year !== undefined ||
    published === undefined ||
    named.some((time) => (time.year ?? 0) <= published.year)
      ? undefined
      : named.filter((time) => time.kind === 'deadline').sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]
  // The news of a congress that names no plan's year of its own: the term it opens, when its results (if any) are the
  // term it looks back on.
  const isPastTerm = resultsEntry !== undefined && resultsEntry === termLookedBack
  const opened =
    plan?.year === undefined && ahead === undefined && (!resultsEntry || isPastTerm) ? congress : undefined
  const planEntry =
    plan?.year !== undefined
      ? { year: plan.year, why: { rule: 'plan' as const, words: plan.words } }
      : ahead?.year !== undefined
        ? { year: ahead.year, why: { rule: 'plan' as const, words: ahead.words } }
        : opened && opened.year > (resultsEntry?.year ?? 0)
          ? {
              year: opened.year,
              why: { rule: 'plan' as const, words: opened.words },
              isOpenedTerm: true as const,
            }
          : undefined
  // "5 năm qua, …" looks back on the years up to the results' too.
  const term = resultsEntry
    ? (times.find((time) => time.kind === 'term' && time.isSpan && time.year === resultsEntry.year) ??
      times.find((time) => time.kind === 'term' && time.isSpan && time.yearOffset === 0))
    : undefined
  const horizon =
    resultsEntry || planEntry
      ? undefined
      : times
          // "Phấn đấu đến năm 2020, 50% số xã đạt chuẩn …": a single year aimed at is a horizon too.
          .filter((time) => time.kind === 'deadline' || (time.kind === 'term' && time.isSpan))
          .flatMap((time) =>
            time.year === undefined
              ? []
              : [
                  {
                    year: time.year,
                    words: time.words,
                    isDeadline: time.kind === 'deadline' && !time.isSpan,
                  },
                ],
          )
          .sort((a, b) => b.year - a.year)[0]
  const newTerm = times
    .filter(
      (time) =>
        time.kind === 'term' &&
        time.isSpan &&
        time.year !== undefined &&
        (resultsEntry === undefined || time.year > resultsEntry.year),
    )
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]
  return {
    ...(newTerm?.year !== undefined ? { newTerm: { year: newTerm.year, words: newTerm.words } } : {}),
    ...(resultsEntry ? { results: resultsEntry } : {}),
    ...(planEntry ? { plan: planEntry } : {}),
    ...(term
      ? { term: { words: term.words, ...(term.year === undefined ? { isLookedBack: true } : {}) } }
      : {}),
    ...(horizon ? { horizon } : {}),
  }
}

function mostCommon(words: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
}

export type { TimeExpression }

/**
 * Whether the text names a council's or a Party's term that starts after `year` ("nhiệm kỳ 2021-2026" under a page
 * dated 16/06/2020): a sign that a date line it carries may be some other time's (a site's stale header).
 */
export function namesLaterTerm(sentences: readonly string[], year: number): boolean {
  return sentences.some(
    (sentence) =>
      /nhiệm kỳ/iu.test(sentence) &&
      findTimeExpressions(sentence).some((time) => {
        const start = /((?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}/u.exec(time.words)?.[1]
        return /nhiệm kỳ/iu.test(time.words) && start !== undefined && Number(start) > year
      }),
  )
}

/**
 * Whether a result is said measured from the year compared with ("ước đạt …, tăng 7,37% so với năm 2022"), in a text
 * that names the year after it ("Năm 2023 là năm bản lề …"): not a term's growth since its start ("gấp 1,35 lần so với
 * năm 2015" at a congress of 2020).
 */
function measuredFrom(sentences: readonly string[], compared: TimeExpression): boolean {
  const year = (compared.year ?? 0) + 1
  const namesYearAfter = sentences.some((sentence) =>
    findTimeExpressions(sentence).some(
      (time) => time.kind === 'period' && !time.isSpan && time.year === year,
    ),
  )
  return (
    namesYearAfter &&
    sentences.some(
      (sentence) =>
        sentence.includes(compared.words) &&
        new RegExp(String.raw`(?<![${letter}])(?:ước đạt|ước tính|đạt|tăng|giảm)(?![${letter}])`, 'iu').test(
          sentence.slice(0, sentence.indexOf(compared.words)),
        ),
    )
  )
}
