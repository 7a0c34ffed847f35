import { letter } from '../../lib/reg-exp.ts'
import { readScorecards } from '../../dataset/reading/read-scorecard.ts'
import { findPhrases } from './governing.ts'
import type { Reason, YearRule } from './reasons.ts'
import { findTimeExpressions, type TimeExpression } from './time-expressions.ts'
import { isEventYear, type Signal, signals } from './year-signals.ts'
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
  resultsBeforePlanBuiltOn,
  periodYears,
  plansAnything,
  soFarAtCongress,
  soFarInOnlyYear,
  thisYearAfterBase,
} from './years-without-results.ts'

/** "5 năm gần đây, tính từ năm 2015 đến nay", "3 năm qua, kể từ năm 2021 đến nay": years counted from one up to now. */
const yearsCountedToNow = new RegExp(
  String.raw`(?<![\p{L}\d])(\d|hai|ba|bốn|năm|mười)\s+năm\s+(?:gần đây|qua|vừa qua)[^.;]{0,20}?(?:tính|kể)?\s*từ\s+(?:năm\s+)?((?:19|20)\d{2})\s+(?:đến|tới)\s+(?:nay|hiện nay)(?![\p{L}])`,
  'iu',
)
const yearCounts: Readonly<Record<string, number>> = { hai: 2, ba: 3, bốn: 4, năm: 5, mười: 10 }

/** The year (and part of a year) a report gives results for, and the year it sets targets for. */
export type ReportYears = {
  /** `isPast`: the text calls the year of its results the year past ("trong năm qua"); "năm nay" is the year after. */
  results?: { year: number; partOfYear?: string; why: Reason<YearRule>; isPast?: true }
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

/** "quyết toán ngân sách Nhà nước năm 2019": the accounts of a year that is over, settled. */
const settledAccounts =
  /(?<![\p{L}])quyết toán(?:\s+(?:thu,?\s*chi\s+)?ngân sách(?:\s+nhà nước)?)?(?:\s+(?:của\s+)?(?:tỉnh|huyện|thành phố|thị xã|xã))?\s*$/iu

/** "so với cả giai đoạn 2020 - 2025", "so với nhiệm kỳ trước": a comparison with a span of years. */
const comparedSpan = /(?:giai đoạn|nhiệm kỳ|thời kỳ)|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}(?!\d)/iu

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

/** The year most said; on a tie the latest or the earliest, as asked. */
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

/** "đến ngày 23.11.2021", "tính đến nay", "hiện nay": what is reached so far. */
const soFar = new RegExp(
  String.raw`(?<![${letter}])(?:(?:tính\s+)?(?:đến|tới)\s+(?:ngày\s+\d|nay|hết\s+tháng)|hiện nay)`,
  'iu',
)

/** "hiện nay", "đến nay": the time of what is said, now. */
const saidNow = new RegExp(
  String.raw`(?<![${letter}])(?:hiện nay|hiện tại|đến nay|tới nay)(?![${letter}])`,
  'iu',
)

/** "hiện đạt", "hiện nay … là", "đến nay đạt": a level said of now. */
const levelOfNow = new RegExp(
  String.raw`(?<![${letter}])(?:hiện(?:\s+nay)?|đến nay|tới nay)(?![${letter}])[^.;]{0,40}?(?<![${letter}])(?:đạt|là|còn|có)(?![${letter}])`,
  'iu',
)

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
  // "… trong 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024", "… 6 tháng đầu năm; … thực hiện chỉ
  // tiêu, nhiệm vụ còn lại của năm 2020": the months still ahead are of the year whose first months the text reports,
  // though it names no year for those.
  const partWithNoYear = said.find(
    (signal) => signal.kind === 'results' && signal.partOfYear && signal.year === undefined,
  )
  const restOfYear = partWithNoYear
    ? said
        // (not "… trong tháng cuối năm và năm 2021": the year after named beside them)
        .filter(
          (signal) =>
            signal.kind === 'plan' &&
            /(?:tháng\s+cuối|còn lại(?:\s+của)?)\s+năm(?:\s+(?:19|20)\d{2})?\s*$/iu.test(signal.words),
        )
        .map((signal): Signal => ({
          ...signal,
          kind: 'results',
          weight: 1.5,
          words: `${partWithNoYear.words} · ${signal.words}`,
        }))
    : []
  // "Số người tham gia … đến ngày 23.11.2021 là 1.427.535 người …. Trong 2 tháng cuối năm 2021, …": the last months of a
  // year still ahead, in a text of what is reached so far, make that year the one reported.
  const restOfNamedYear =
    partWithNoYear || !sentences.some((sentence) => soFar.test(sentence))
      ? []
      : said
          .filter(
            (signal) =>
              signal.kind === 'plan' &&
              signal.year !== undefined &&
              /tháng\s+cuối\s+năm\s+(?:19|20)\d{2}\s*$/iu.test(signal.words),
          )
          .map((signal): Signal => ({ ...signal, kind: 'results', weight: 1.5 }))
  // "Năm 2021, Nghị quyết HĐND huyện thông qua 14 chỉ tiêu …. Kết quả, UBND huyện … đạt và vượt 9/14 chỉ tiêu": the
  // results of the plan the sentence before set, of its year.
  // Each sentence's scorecards, read once for the signals below.
  const cardsOf = sentences.map((sentence) => readScorecards(sentence))
  const resultsOfPlanBefore = sentences.flatMap((sentence, i): Signal[] => {
    if (i === 0 || !/^\s*Kết quả\s*(?:thực hiện\s*)?[,:]/u.test(sentence) || cardsOf[i]?.length === 0)
      return []
    const plan = signals(sentences[i - 1] ?? '').find(
      (signal) => signal.kind === 'plan' && signal.year !== undefined,
    )
    // ("Nhiệm kỳ 2015-2020, Đảng bộ huyện đã tập trung lãnh đạo thực hiện … các chỉ tiêu …. Kết quả, 15/16 nhóm chỉ tiêu
    // … đạt và vượt", published in 2021: a term over, then its results.)
    const term = findTimeExpressions(sentences[i - 1] ?? '').find(
      (time) =>
        time.kind === 'term' &&
        time.isSpan === true &&
        time.year !== undefined &&
        (published === undefined || time.year < published.year),
    )
    const year = plan?.year ?? term?.year
    return year !== undefined
      ? [{ year, kind: 'results', weight: 3, words: `${plan?.words ?? term?.words ?? ''} · Kết quả` }]
      : []
  })
  // "Năm 2022, tình hình KT-XH trên địa bàn huyện … từng bước phục hồi. 12/12 chỉ tiêu KT-XH huyện đặt ra đều đạt và
  // vượt kế hoạch.": a scorecard with no year of its own, right after a sentence opened by a year, sums that year up.
  const scorecardAfterYear = sentences.flatMap((sentence, i): Signal[] => {
    const card = cardsOf[i]?.[0]
    if (i === 0 || !card) return []
    if (findTimeExpressions(sentence).some((time) => time.year !== undefined)) return []
    const opening = /^\s*(?:Trong\s+)?năm\s+((?:19|20)\d{2})\s*,/iu.exec(sentences[i - 1] ?? '')
    const year = Number(opening?.[1])
    return opening && !findPhrases(sentences[i - 1] ?? '').some((phrase) => phrase.kind === 'aim')
      ? [
          {
            year,
            kind: 'results',
            weight: 3,
            words: `${opening[0].replace(/[\s,]+$/u, '')} · ${card.valueText}`,
          },
        ]
      : []
  })
  // "6 tháng đầu năm nay, TP. Phổ Yên đạt …" under a date line of 10/07/2024: part of a year with no year written is of
  // the year the text was published in, and weighs as its results against any other year said in passing ("Phê chuẩn
  // quyết toán ngân sách … năm 2023").
  const dated = (signal: Signal): Signal =>
    published !== undefined && signal.kind === 'results' && signal.partOfYear && signal.year === undefined
      ? { ...signal, year: published.year, isDated: true }
      : signal
  const all = [...said, ...restOfYear, ...restOfNamedYear, ...resultsOfPlanBefore, ...scorecardAfterYear].map(
    dated,
  )
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
  // ("Nhiệm kỳ qua, … đã đạt được nhiều thành tựu …; Tỷ lệ hộ nghèo giảm … xuống còn 21,59% (năm 2024)": the term before,
  // looked back on without its years.)
  const lookedBack = congress
    ? (previousTermEnd(sentences, congress) ?? pastTermEnd(sentences, congress))
    : undefined
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
  // ("Năm 2020, huyện … được công nhận đạt chuẩn NTM. … Đến nay, huyện … có 10/18 xã …", published in 2025: a year only
  // weakly said, two years or more before the page's, in a text that tells what there is now, is history.)
  const isLongPast = (signal: Signal) =>
    published !== undefined &&
    signal.weight < 1 &&
    !signal.partOfYear &&
    signal.year !== undefined &&
    signal.year + 1 < published.year &&
    sentences.some((sentence) => saidNow.test(sentence))
  const candidates = all.filter(
    (signal) =>
      signal.kind === 'results' &&
      !isTooEarly(signal) &&
      !isLongPast(signal) &&
      !isOfOpenedTerm(signal) &&
      !isInTermLookedBack(signal) &&
      !isPlannedOnly(signal) &&
      !isAimedAhead(signal) &&
      // ("… đánh giá kết quả công tác quí I …; trao giấy khen cho … hoàn thành xuất sắc nhiệm vụ năm 2022": a year said
      // in passing is not the year of part-year results that name none.)
      !(partWithNoYear && signal.weight < 0.5 && !signal.partOfYear),
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
  // ("Thu nhập bình quân đầu người … hiện đạt 38,5 triệu đồng, tăng 11 triệu đồng so với năm 2015", published in 2018:
  // a level of now, measured from years back, is no result of the year after the one compared with.)
  const isNowSinceCompared =
    published !== undefined &&
    latestCompared?.year !== undefined &&
    latestCompared.year + 1 < published.year &&
    sentences.some(
      (sentence) =>
        sentence.includes(latestCompared.words) &&
        levelOfNow.test(sentence.slice(0, sentence.indexOf(latestCompared.words))),
    )
  const afterCompared =
    !results &&
    !isNowSinceCompared &&
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
      ? {
          year: latestCompared.year + 1,
          why: { rule: 'after-compared' as const, words: latestCompared.words },
        }
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
        .map((time): Signal => {
          // ("… 6 tháng đầu năm, …; báo cáo quyết toán ngân sách Nhà nước năm 2019": a year whose accounts are settled is
          // over; the months reported are of the year after it.)
          const isSettled = settledAccounts.test(sentence.slice(Math.max(0, time.start - 60), time.start))
          const isAfter = (time.kind === 'base' && !time.isPlan) || isSettled
          return {
            // ("đạt 75% so với dự toán năm 2020": the plan a share reached is of the year itself.)
            year: isAfter ? (time.year ?? 0) + 1 : time.year,
            kind: 'results',
            // "… 9 tháng, triển khai nhiệm vụ những tháng cuối năm 2018": the months left are of the results' year.
            weight: isAfter
              ? 0.5
              : (time.kind === 'point' && /cuối/iu.test(time.words)) || time.isPlan
                ? 1.5
                : 1,
            words: time.words,
            ...(isAfter ? { isBase: true } : {}),
            ...(time.kind === 'base' && time.partOfYear ? { partOfYear: time.partOfYear } : {}),
          }
        }),
    ),
    false,
  )
  // "9 tháng đầu năm, … theo Nghị quyết số 143/NQ-CP, ngày 17/9/2024": with no year named, the first months are of the
  // year of the latest day the text writes in full, since a text is written on or after every day it names.
  const fullDate = latestFullDate(sentences)
  const session = firstSessionYear(sentences)
  // "Tổng cộng trong 5 năm gần đây, tính từ năm 2015 đến nay, …": years counted from one named up to now end now.
  const countedFrom = sentences
    .map((sentence) => yearsCountedToNow.exec(sentence))
    .find((match) => match !== null)
  const countedFromYear = countedFrom
    ? {
        year:
          Number(countedFrom[2]) +
          (yearCounts[countedFrom[1]?.toLocaleLowerCase('vi') ?? ''] ?? Number(countedFrom[1])),
        words: countedFrom[0],
      }
    : undefined
  const aimedEnd = endOfYearAimedAt(sentences)
  // The news of a congress: the term it opens, and the results of the term it looks back on ("Đến nay, …", the term
  // before named, "Nhiệm kỳ qua, … đạt 7,2%/năm"), each of the year that term ended.
  const termLookedBack =
    (congress && (soFarAtCongress(sentences, congress) ?? previousTermEnd(sentences, congress))) ??
    pastTermEnd(sentences, congress)
  // "… hiện nay, toàn tỉnh … duy trì phổ cập …; có 8/9 huyện đạt chuẩn …. Toàn tỉnh phấn đấu năm 2023 …", published in
  // July 2023: what is reached now, in the year a text aims at, is that year's so far.
  const isNowInPlanYear =
    published !== undefined &&
    plan?.year === published.year &&
    // (Not early in the year: "hiện nay" in January is the year before's end.)
    (published.month === undefined || published.month > 3) &&
    sentences.some((sentence) => saidNow.test(sentence))
  // The parts of a year the text gives, of the year a date, a session or an end aimed at names.
  const partsOfYear = (named: { year: number; words: string }) => ({
    year: named.year,
    partOfYear: mostCommon(parts.map((p) => p.partOfYear ?? '')),
    why: { rule: 'results' as const, words: `${parts[0]?.words ?? ''} · ${named.words}` },
  })
  const resultsEntry =
    resultsYear !== undefined && results
      ? {
          year: resultsYear,
          ...(partOfYear ? { partOfYear } : {}),
          // (A part of a year dated by the page says so: the date is why.)
          why:
            results.isDated && published
              ? { rule: 'published' as const, words: published.words }
              : { rule: 'results' as const, words: results.words },
        }
      : countedFromYear && !published
        ? { year: countedFromYear.year, why: { rule: 'results' as const, words: countedFromYear.words } }
        : afterCompared
          ? afterCompared
          : (isNowSinceCompared || isNowInPlanYear) && published
            ? { year: published.year, why: { rule: 'published' as const, words: published.words } }
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
                    why: {
                      rule: namedYear.isBase ? ('after-compared' as const) : ('results' as const),
                      words: `${parts[0]?.words ?? ''} · ${namedYear.words}`,
                    },
                  }
                : // "… sản xuất phân bón năm 2022 tiếp tục là điểm sáng": a text that plans nothing and names one
                  // year reports on that year; one that names no year but the one its results are compared with
                  // ("ước tăng 11,07% so với năm 2021") reports on the year after.
                  // Not the end of the term a congress opens ("… dưới 0,2% vào năm 2030", Đại hội … 2025 - 2030): a plan's.
                  all.length === 0 &&
                    namedYear?.year !== undefined &&
                    !(congress !== undefined && namedYear.year >= congress.year) &&
                    ((isOnlyYear(sentences, namedYear.year) &&
                      (!plansAnything(sentences) ||
                        (cardsOf.some((cards) => cards.length > 0) &&
                          isNeverAimedAt(sentences, namedYear.year)))) ||
                      (namedYear.isBase === true &&
                        !isNowSinceCompared &&
                        periodYears(sentences).size === 0 &&
                        !plansAnything(sentences) &&
                        // ("… gấp 1,3 lần so với năm 2015; … giai đoạn 2016 - 2020": a term's growth since its start.)
                        !sentences.some((sentence) =>
                          findTimeExpressions(sentence).some(
                            (time) => time.isSpan === true && (time.year ?? 0) > (namedYear.year ?? 0),
                          ),
                        )))
                  ? {
                      year: namedYear.year,
                      ...(namedYear.isBase && namedYear.partOfYear
                        ? { partOfYear: namedYear.partOfYear }
                        : {}),
                      why: {
                        rule: namedYear.isBase ? ('after-compared' as const) : ('results' as const),
                        words: namedYear.words,
                      },
                    }
                  : parts.length > 0 && fullDate
                    ? partsOfYear(fullDate)
                    : parts.length > 0 && session
                      ? partsOfYear(session)
                      : parts.length > 0 && aimedEnd
                        ? partsOfYear(aimedEnd)
                        : ((congress ? termLookedBack : undefined) ??
                          soFarInOnlyYear(sentences) ??
                          planBesideResults(sentences) ??
                          yearBeforePlanOpened(sentences, plan?.year) ??
                          resultsBeforePlanBuiltOn(sentences, plan?.year) ??
                          termLookedBack ??
                          endingYearPublished(sentences, published, plan?.year) ??
                          (all.length === 0 && !plan ? thisYearAfterBase(sentences) : undefined))
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
    ? (times.find(
        (time) =>
          (time.kind === 'term' || time.kind === 'deadline') &&
          time.isSpan &&
          time.year === resultsEntry.year,
      ) ??
      times.find((time) => time.kind === 'term' && time.isSpan && time.yearOffset === 0) ??
      // ("… kết quả thực hiện các mục tiêu … 5 năm 2021 – 2025" reviewed in 2024: the span the results fall in, whose
      // end "ước thực hiện đến cuối nhiệm kỳ" is.)
      times.find(
        (time) =>
          (time.kind === 'term' || time.kind === 'deadline') &&
          time.isSpan &&
          time.year !== undefined &&
          time.year > resultsEntry.year &&
          Number(/(?:19|20)\d{2}/u.exec(time.words)?.[0]) < resultsEntry.year,
      ))
    : undefined
  const isSpanAimedAt = (time: TimeExpression) =>
    published === undefined &&
    time.isSpan === true &&
    sentences.some((sentence) => {
      const at = sentence.indexOf(time.words)
      return (
        at >= 0 &&
        findPhrases(sentence.slice(0, at)).some(
          (phrase) => phrase.kind === 'aim' && /mục tiêu|phấn đấu/iu.test(phrase.words),
        )
      )
    })
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
                    // ("Đà Nẵng đặt mục tiêu giai đoạn 2026-2030 tăng trưởng 11% mỗi năm": a span aimed at is as a
                    // year aimed at, where the text names nothing else and gives no date to tell what is past.)
                    isDeadline: (time.kind === 'deadline' && !time.isSpan) || isSpanAimedAt(time),
                    isVision: time.isVision === true,
                  },
                ],
          )
          // ("Mục tiêu phát triển đến năm 2030, … Tầm nhìn đến năm 2050, …": the vision is beyond the plan's horizon.)
          .sort((a, b) => Number(a.isVision) - Number(b.isVision) || b.year - a.year)
          .map(({ year, words, isDeadline }) => ({ year, words, isDeadline }))[0]
  const newTerm = times
    .filter(
      (time) =>
        time.kind === 'term' &&
        time.isSpan &&
        time.year !== undefined &&
        (resultsEntry === undefined || time.year > resultsEntry.year),
    )
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]
  // "… trong năm qua, … đạt được nhiều kết quả …. Năm nay, huyện … phấn đấu …": a text that calls its year of results
  // the year past is written in the year after it (not "5 năm qua", years looked back on).
  const isResultsYearPast =
    resultsEntry !== undefined &&
    (planEntry === undefined || planEntry.year > resultsEntry.year) &&
    !('partOfYear' in resultsEntry && resultsEntry.partOfYear !== undefined) &&
    sentences.some((sentence) =>
      /(?<![\p{L}])(?<!(?:\d|những|các|mấy|hai|ba|bốn|nhiều)\s*)năm\s+(?:vừa\s+)?qua(?![\p{L}])/iu.test(
        sentence,
      ),
    )
  return {
    ...(newTerm?.year !== undefined ? { newTerm: { year: newTerm.year, words: newTerm.words } } : {}),
    ...(resultsEntry ? { results: { ...resultsEntry, ...(isResultsYearPast ? { isPast: true } : {}) } } : {}),
    ...(planEntry ? { plan: planEntry } : {}),
    ...(term
      ? { term: { words: term.words, ...(term.year === undefined ? { isLookedBack: true } : {}) } }
      : {}),
    ...(horizon ? { horizon } : {}),
  }
}

/**
 * "Năm 2023, trong điều kiện … khó lường. … đạt và vượt 18/18 nhóm chỉ tiêu chủ yếu đề ra.": in a text that names one
 * year and never aims at it, a scorecard with no year of its own sums that year up, whatever else it plans.
 */
function isNeverAimedAt(sentences: readonly string[], year: number): boolean {
  return !sentences.some(
    (sentence) =>
      findTimeExpressions(sentence).some((time) => time.year === year) &&
      findPhrases(sentence).some((phrase) => phrase.kind === 'aim'),
  )
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
