import { headlineResults } from '../dataset/derive.ts'
import type { Dataset, Figure, Indicator } from '../dataset/schema.ts'
import { foldText } from './indicator-filter.ts'
import { statedWords } from './stated-verdict.ts'
import { type VerdictResult, verdictOf } from './verdict.ts'

/** A place as a person reads it, marks and case aside: its kind, name and province. */
export const placeKey = (kind: string, name: string, province: string) =>
  `${foldText(kind)}|${foldText(name)}|${foldText(province)}`

const placeOf = ({ report: { place } }: Dataset) => placeKey(place.kind.vi, place.name.vi, place.province.vi)

/** The same place in two reports. */
export const isSamePlace = (a: Dataset, b: Dataset): boolean => placeOf(a) === placeOf(b)

/** A target followed into the report that gives its year's result, with what the numbers and the words say. */
export type FollowedTarget = {
  indicator: Indicator
  year: number
  target: Figure
  /** The report that set the target. */
  setIn: Dataset
  /** The result of that year and the report that gives it; absent where no later report of the series does. */
  actual?: Figure
  reportedIn?: Dataset
  /** Computed from the two figures' comparators and the better direction; absent without a result. */
  computed?: VerdictResult
  /** What the result's own sentence says ("vượt kế hoạch", "không đạt chỉ tiêu"), if it says. */
  stated: 'reached' | 'missed' | null
  /** Those words, as they stand in the report. */
  statedWords: string | null
  /** The report's words and the numbers disagree: shown, never settled silently. */
  isDisputed: boolean
  /**
   * Other reports of the place that give the same year's result with other numbers (a revised report, a second
   * source), each with the verdict its number gives. The result above is from the latest publication.
   */
  conflicts: Conflict[]
}

/** A result another report gives for the same year and indicator, with other numbers. */
export type Conflict = { actual: Figure; reportedIn: Dataset; computed: VerdictResult }

/**
 * The same indicator in a later report: the same id, or linked either way in the dataset maker (`sameAs`), or
 * else the same name, marks and case aside.
 */
function sameIndicator(indicator: Indicator, later: Dataset): Indicator | undefined {
  return (
    later.indicators.find((i) => i.id === indicator.id) ??
    later.indicators.find(
      (i) => i.sameAs === indicator.id || (indicator.sameAs !== undefined && i.id === indicator.sameAs),
    ) ??
    later.indicators.find((i) => foldText(i.name.vi) === foldText(indicator.name.vi))
  )
}

/**
 * Every target of a series of one place's reports, with the result a later report gives for its year: the
 * verdict from the numbers, the report's own words beside it, and a flag where the two disagree.
 */
export function followTargets(series: Dataset[]): FollowedTarget[] {
  return series.flatMap((earlier) =>
    earlier.figures.flatMap((target): FollowedTarget[] => {
      const indicator = earlier.indicators.find((i) => i.id === target.indicatorId)
      const year = target.period?.year
      if (target.role !== 'target' || !indicator || year === undefined) return []
      // Every report of the place that gives this year's result, the latest publication first.
      const results = latestFirst(
        series.filter((later) => later.periods.actual === year && isSamePlace(earlier, later)),
      ).flatMap((reportedIn) => {
        const laterIndicator = sameIndicator(indicator, reportedIn)
        const actual =
          laterIndicator &&
          headlineResults(reportedIn).find((r) => r.indicator.id === laterIndicator.id)?.figures[0]
        return actual ? [{ actual, reportedIn, computed: verdictOf(target, actual, indicator.better) }] : []
      })
      const [first, ...rest] = results
      const none = { stated: null, statedWords: null, isDisputed: false, conflicts: [] }
      if (!first) return [{ indicator, year, target, setIn: earlier, ...none }]
      const { actual, reportedIn, computed } = first
      const said = statedWords(actual.quote)
      const stated = said?.verdict ?? null
      const isDisputed = stated !== null && computed.verdict !== 'cannot-say' && stated !== computed.verdict
      return [
        {
          indicator,
          year,
          target,
          setIn: earlier,
          actual,
          reportedIn,
          computed,
          stated,
          statedWords: said?.words ?? null,
          isDisputed,
          conflicts: rest.filter((other) => !isSameAmount(other.actual, actual)),
        },
      ]
    }),
  )
}

/** Reports by the date they were published, the latest first; those that give no date after, in their order. */
function latestFirst(reports: Dataset[]): Dataset[] {
  return [...reports].sort((a, b) => (b.report.publishedAt ?? '').localeCompare(a.report.publishedAt ?? ''))
}

const isSameAmount = (a: Figure, b: Figure) =>
  a.value === b.value && a.max === b.max && a.unit === b.unit && a.comparator === b.comparator
