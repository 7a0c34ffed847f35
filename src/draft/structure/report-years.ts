import { findPhrases } from './governing.ts'
import type { Reason, YearRule } from './reasons.ts'
import { findTimeExpressions, type TimeExpression } from './time-expressions.ts'

/** The year (and part of a year) a report gives results for, and the year it sets targets for. */
export type ReportYears = {
  results?: { year: number; partOfYear?: string; why: Reason<YearRule> }
  plan?: { year: number; why: Reason<YearRule> }
}

/** Words just before a year that make it the year of the results ("tổng kết năm 2024", "kết quả … năm 2024"). */
const resultWords =
  /(?:tổng kết|kết quả|thực hiện|đánh giá|tình hình|ước đạt|đạt được|đã đạt)(?:\s+[^\s,;.:]+){0,8}\s*$/iu
/** Words just before a year that make it the year of the targets ("nhiệm vụ năm 2025", "mục tiêu năm 2025"). */
const planWords =
  /(?:nhiệm vụ|mục tiêu|phương hướng|kế hoạch|chỉ tiêu|dự toán|phấn đấu|triển khai|đề ra|giao)(?:\s+[^\s,;.:]+){0,8}\s*$/iu

type Signal = {
  year: number | undefined
  kind: 'results' | 'plan'
  weight: number
  words: string
  partOfYear?: string
}

/** What one sentence says of the years it names. */
function signals(sentence: string): Signal[] {
  const phrases = findPhrases(sentence)
  return findTimeExpressions(sentence)
    .filter((time) => time.kind === 'period' || time.kind === 'part-of-year')
    .filter((time) => time.year !== undefined || time.kind === 'part-of-year')
    .flatMap((time): Signal[] => {
      const before = sentence.slice(Math.max(0, time.start - 60), time.start)
      const lastResult = resultWords.exec(before)
      const lastPlan = planWords.exec(before)
      const part = time.kind === 'part-of-year' ? { partOfYear: time.partOfYear ?? '' } : {}
      const words = sentence.slice(
        Math.min(lastResult?.index ?? time.start, lastPlan?.index ?? time.start) +
          Math.max(0, time.start - 60),
        time.end,
      )
      if (lastResult && (!lastPlan || lastResult.index <= lastPlan.index))
        return [{ year: time.year, kind: 'results', weight: 3, words: words.trim(), ...part }]
      if (lastPlan) return [{ year: time.year, kind: 'plan', weight: 3, words: words.trim() }]
      // "Năm 2024, … đạt …": what follows the year in its sentence says. An achievement said strongly outweighs a
      // plan's name ("có 8/13 chỉ tiêu chủ yếu đạt và vượt"), an aim before it does not.
      const after = phrases.filter((phrase) => phrase.start >= time.end)
      const aim = after.find((phrase) => phrase.kind === 'aim')
      const planNoun = after.find((phrase) => phrase.kind === 'plan-noun')
      const done = after.find((phrase) => phrase.kind === 'done')
      const weak = after.find((phrase) => phrase.kind === 'weak-done')
      if (aim && (!done || aim.start < done.start))
        return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
      if (done) return [{ year: time.year, kind: 'results', weight: 1, words: time.words, ...part }]
      if (planNoun) return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
      if (weak) return [{ year: time.year, kind: 'results', weight: 0.5, words: time.words, ...part }]
      return []
    })
}

/** The year most said; on a tie the earliest for results (a report sums up before it plans), the latest for a plan. */
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
  published?: { year: number; words: string },
): ReportYears {
  const all = sentences.flatMap(signals)
  const results = heaviest(
    all.filter((signal) => signal.kind === 'results'),
    false,
  )
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
  const resultsEntry =
    resultsYear !== undefined && results
      ? {
          year: resultsYear,
          ...(partOfYear ? { partOfYear } : {}),
          why: { rule: 'results' as const, words: results.words },
        }
      : parts.length > 0 && published
        ? {
            year: published.year,
            partOfYear: mostCommon(parts.map((p) => p.partOfYear ?? '')),
            why: { rule: 'published' as const, words: published.words },
          }
        : undefined
  const planEntry =
    plan?.year !== undefined
      ? { year: plan.year, why: { rule: 'plan' as const, words: plan.words } }
      : undefined
  return {
    ...(resultsEntry ? { results: resultsEntry } : {}),
    ...(planEntry ? { plan: planEntry } : {}),
  }
}

function mostCommon(words: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
}

export type { TimeExpression }
