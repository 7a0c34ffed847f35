import { letter } from '../lib/reg-exp.ts'
import { indicatorWord, isTimeOfScorecard, type ScorecardReading } from '../dataset/reading/read-scorecard.ts'
import { beforeAt } from './clause-reading.ts'
import type { DraftScorecard } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'
import type { Sentence } from './split-text.ts'
import { yearOf } from './structure/figure-year.ts'
import type { Phrase } from './structure/governing.ts'
import type { ReportYears } from './structure/report-years.ts'
import type { TimeExpression } from './structure/time-expressions.ts'

/** A scorecard of a term or a span of years ("nhiệm kỳ 2021 - 2025", "giai đoạn 2021-2025"), or of a year not the results'. */
export function isTermScorecard(card: DraftScorecard, resultsYear: number | undefined): boolean {
  const before = card.quote.slice(0, Math.max(0, card.quote.indexOf(card.valueText)))
  if (/nhiệm kỳ|giai đoạn|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}/iu.test(before)) return true
  return resultsYear !== undefined && card.period !== undefined && card.period.year !== resultsYear
}

/** A sentence as the scorecard reader needs it: its clauses, and its times and words, offsets in the whole text. */
type ReadSentence = Sentence & { times: readonly TimeExpression[]; phrases: readonly Phrase[] }

/**
 * The scorecard of the results' year, in digits ("8/13 chỉ tiêu") or in words ("có mười chín chỉ tiêu đạt"): the first
 * the text gives, unless it is a term's ("cả nhiệm kỳ 2021 - 2025, đạt 15/17") or another year's and a later one is
 * the results year's own. `cards` are the sentence's, offsets in the whole text.
 */
export function chooseScorecard(
  chosen: DraftScorecard | undefined,
  cards: readonly ScorecardReading[],
  sentence: ReadSentence,
  years: ReportYears,
  published: { year: number; month?: number } | undefined,
): DraftScorecard | undefined {
  const card = cards[0]
  const isSettled = chosen !== undefined && !isTermScorecard(chosen, years.results?.year)
  if (!card || isSettled) return chosen
  const before = beforeAt(card.start, sentence.times, sentence.phrases)
  const isPeriod = (t: TimeExpression) => t.kind === 'period' || t.kind === 'part-of-year'
  // Its own time said right after it, if any ("… dựa trên nền tảng 17/17 chỉ tiêu đã hoàn thành trong năm nay", after
  // an aim "trong năm 2026"), else the last before it.
  const timeAfter = sentence.times.find(
    (t) =>
      isPeriod(t) &&
      t.start >= card.end &&
      isTimeOfScorecard(sentence.text.slice(card.end - sentence.start, t.start - sentence.start)),
  )
  const time = timeAfter ?? before.times.filter(isPeriod).at(-1)
  const year = (time && yearOf(time, years, published)) ?? years.results?.year
  const inClause = sentence.clauses.find((c) => card.start >= c.start && card.end <= c.start + c.text.length)
  const found: DraftScorecard = {
    ...(year ? { period: { year } } : {}),
    achieved: card.achieved,
    total: card.total,
    quote: (inClause ?? sentence).text,
    valueText: card.valueText,
    ...(card.isEstimate ? { isEstimate: true } : {}),
  }
  return !chosen || !isTermScorecard(found, years.results?.year) ? found : chosen
}

/**
 * "Có 25/25 chỉ tiêu đạt và vượt, trong đó 18 chỉ tiêu vượt, 7 chỉ tiêu đạt": how many of the scorecard's targets were
 * exceeded, or just met, is a figure of its own. The words after the count that say which ("vượt", "đạt"), or null.
 */
export function outcomeOf(after: string): string | null {
  // ("có 3 chỉ tiêu đã hoàn thành KH, 6 chỉ tiêu cận hoàn thành KH": completed is reached; "3/19 chỉ tiêu kinh tế quan
  // trọng đều hoàn thành vượt kế hoạch": all of them.)
  const reached = new RegExp(
    String.raw`^\s*(?:(?:[${letter}]+\s+){0,3}?|(?:[${letter}]+\s+){0,4}?đều\s+)(vượt|đạt|hoàn thành)(?![${letter}])`,
    'iu',
  ).exec(after)
  const isShort = new RegExp(String.raw`^\s*(?:[${letter}]+\s+){0,3}?(?:không|chưa|cơ bản)\s`, 'iu').test(
    after,
  )
  return reached?.[1] && !isShort ? reached[1] : null
}

/** "trong đó, vượt 5 chỉ tiêu": the outcome said right before a count that is no scorecard's ("vượt", or null). */
function outcomeBefore(upToCount: string, countWords: string): string | null {
  const count = countWords.replace(/^(?:vượt|đạt)\s+/iu, '')
  if (/\d\s*\/\s*\d/u.test(count) || !upToCount.endsWith(count)) return null
  const before = upToCount.slice(0, upToCount.length - count.length)
  return /(?:^|[,;:]\s*|trong đó,?\s+)(?:đã\s+)?(vượt|đạt)\s+(?:được\s+)?$/iu.exec(before)?.[1] ?? null
}

/** What a count of targets is, beside the scorecards of its sentence. */
export type CountOfTargets =
  /** Part of a scorecard ("8/13 chỉ tiêu", "…, trong đó có 12 chỉ tiêu"): no figure of its own. */
  | { kind: 'in-scorecard' }
  /** "11 chỉ tiêu kinh tế gồm …": a group of the targets. */
  | { kind: 'group'; announcesList: boolean }
  /** Any other amount; `outcome` says which of a scorecard's targets it counts ("18 chỉ tiêu vượt"). */
  | { kind: 'other'; outcome: string | null; announcesList: boolean }

/** An amount of a clause, as the counts of targets need it: offsets in the clause. */
type ClauseAmount = Pick<FoundAmount, 'kind' | 'unitText' | 'valueText' | 'start' | 'end'>

/**
 * What an amount is among the counts of targets of its clause. `cards` are its sentence's scorecards and `digitAt`
 * the amount's first digit, offsets in the whole text; `hasScorecard` and `hasTargetCount` say what the text gave
 * before.
 */
export function countOfTargets(
  clause: { text: string; isLead: boolean },
  amounts: readonly ClauseAmount[],
  i: number,
  digitAt: number,
  cards: readonly ScorecardReading[],
  had: { scorecard: boolean; targetCount: boolean },
): CountOfTargets {
  const amount = amounts[i]!
  // ("Trong 16 nhóm chỉ tiêu giao có 13/16 nhóm chỉ tiêu …": groups of targets, counted as the scorecard counts them.)
  const isOfTargets = indicatorWord.test(amount.unitText)
  const isCount = isOfTargets && amount.kind === 'amount'
  // "Có 25/25 chỉ tiêu đạt và vượt, trong đó 18 chỉ tiêu vượt": how many of the scorecard's targets were
  // exceeded, or met, is a result of its own ("… và 12/47 chỉ tiêu đạt", a part of a whole, too).
  // ("08 chỉ tiêu đạt và vượt …; 08 chỉ tiêu đạt trên 90% …; 01 chỉ tiêu trên 50% …": a band short of the aim is a count
  // of its own, whatever number it shares with the scorecard's.)
  const isBand =
    /^chỉ tiêu/iu.test(amount.unitText) &&
    /^\s*(?:đạt\s+)?(?:trên|dưới|từ|khoảng|gần)\s+\d{1,2}(?:[.,]\d+)?\s*%/iu.test(
      clause.text.slice(amount.end),
    )
  // ("hoàn thành 11/12 chỉ tiêu …, trong đó, vượt 5 chỉ tiêu (thu ngân sách, …)": the outcome said before the count.)
  // ("… hoàn thành hầu hết các chỉ tiêu …, trong đó có 14 chỉ tiêu chủ yếu đạt và vượt": with no scorecard, the targets
  // of a subset said reached are counted by that outcome too.)
  // ("…, trong đó, có 7 chỉ tiêu hoàn thành và 10 chỉ tiêu hoàn thành vượt mức": each count of the subset, in turn.)
  const isSubsetReached =
    /(?<![\p{L}])trong đó(?:\s*,)?(?:\s+có)?\s*(?:\d{1,3}\s+chỉ tiêu[^\d;.]{0,60}?(?:,|\s+và)\s*)?$/iu.test(
      clause.text.slice(0, amount.start),
    ) && !/^\s*(?:[\p{L}]+\s+){0,3}?(?:phấn đấu|sẽ|cần|phải)(?![\p{L}])/iu.test(clause.text.slice(amount.end))
  const outcome =
    (had.scorecard || cards[0] || isSubsetReached) && isOfTargets
      ? (outcomeOf(clause.text.slice(amount.end)) ??
        outcomeBefore(clause.text.slice(0, amount.end), amount.valueText) ??
        (isBand ? 'đạt' : null))
      : null
  // "vượt 17 trong số 20 chỉ tiêu": the amount's words may start before the scorecard's, its number not.
  // ("Có 19/22 chỉ tiêu đạt và 7/22 chỉ tiêu vượt", "33/47 chỉ tiêu vượt và 12/47 chỉ tiêu đạt": a count of the targets
  // exceeded or met, neither the scorecard's achieved nor its total, breaks it down: a figure of its own.)
  const counted = Number(/\d+/u.exec(amount.valueText)?.[0])
  const isInCard =
    !isBand &&
    cards.some(
      (c) =>
        digitAt >= c.start &&
        digitAt < c.end &&
        (counted === c.achieved || counted === c.total || outcome === null),
    )
  // "…, trong đó có 12 chỉ tiêu" (said of no outcome): a count of the scorecard's targets is part of it.
  if (isInCard || (isCount && outcome === null && cards[0])) return { kind: 'in-scorecard' }
  // "trong 13 chỉ tiêu … có 5 chỉ tiêu quan trọng gồm:": the count right before a list announces it.
  const untilNext = clause.text.slice(amount.end, amounts[i + 1]?.start ?? clause.text.length)
  const isLaterCount = amounts.slice(i + 1).some((later) => /^chỉ tiêu/iu.test(later.unitText))
  const announcesList = (clause.isLead && !isLaterCount) || /bao gồm|gồm|trong đó|như sau/iu.test(untilNext)
  // "11 chỉ tiêu kinh tế gồm …", "8 chỉ tiêu xã hội": a group of the targets, once their number is known.
  const isGroupCount =
    outcome === null &&
    /^chỉ tiêu$/iu.test(amount.unitText) &&
    amount.kind === 'amount' &&
    (had.targetCount ||
      /^\s*(?:kinh tế|xã hội|môi trường|văn hóa|văn hoá|quốc phòng|an ninh|thuộc|về|lĩnh vực|xây dựng đảng)/iu.test(
        clause.text.slice(amount.end),
      ))
  return isGroupCount ? { kind: 'group', announcesList } : { kind: 'other', outcome, announcesList }
}
