import { comparators } from '../dataset/comparators.ts'
import type { Comparison, RequiredChange } from '../dataset/derive.ts'
import { periodWords } from './period-words.ts'
import { lookup } from '../dataset/lookup.ts'
import type { Dataset, Figure } from '../dataset/schema.ts'
import { formatCompactNumber, formatNumber, formatSignedNumber } from '../lib/format.ts'
import { formatAmount, formatShortAmount, formatUnit } from '../dataset/format-amount.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'

/** One bar of an actual-against-target chart, with the text its label and its table row show. */
export type ComparisonRow = {
  kind: 'actual' | 'target'
  period: string
  value: number
  /** The amount with its unit, for tables and summaries. */
  label: string
  /** The amount without a worded unit, for a bar under an axis that names it. */
  shortLabel: string
  /** A range's top ("8,5–9%"): the bar runs to its amount, an outline on to this. */
  max?: number | undefined
  figureId: string
}

export function comparisonRows(comparison: Comparison, language: Language, t: Translate): ComparisonRow[] {
  const { actual, target, periods } = comparison
  return [
    {
      kind: 'actual',
      period: t('actualLabel', {
        year: actual.period ? periodWords({ periods }, actual.period.year, language) : '',
      }),
      value: actual.value,
      label: formatAmount(actual, language),
      shortLabel: formatShortAmount(actual, language),
      max: actual.comparator === 'range' ? actual.max : undefined,
      figureId: actual.id,
    },
    {
      kind: 'target',
      period: t('targetLabel', { year: target.period?.year ?? '' }),
      value: target.value,
      label: formatAmount(target, language),
      shortLabel: formatShortAmount(target, language),
      max: target.comparator === 'range' ? target.max : undefined,
      figureId: target.id,
    },
  ]
}

/** The unit a change is in, when it is an amount's difference: the actual's. */
type ChangeUnit = Pick<Figure, 'unit' | 'otherUnit'>

/**
 * A change as a signed number: "+57%" for an amount, "+3,23" (points) for a rate, "+50 tỷ đồng" from an amount of
 * zero or below.
 */
export function signedChange(change: RequiredChange, language: Language, of: ChangeUnit): string {
  // "< +11,4%": from a result of more than its amount, the change asked for is less than the difference.
  const bound = change.bound ? `${comparators[change.bound].sign}\u00a0` : ''
  const signed = (value: number) => {
    if (change.kind === 'amount') {
      const sign = value > 0 ? '+' : value < 0 ? '−' : ''
      return `${sign}${formatAmount({ ...of, value: Math.abs(value), comparator: 'exact' }, language)}`
    }
    return change.kind === 'relative'
      ? `${formatSignedNumber(value, language, 1)}%`
      : formatSignedNumber(value, language, 2)
  }
  // "−1,38 – −0,38": to a range, the change to each of its ends.
  const toMax = change.toMax === undefined ? '' : ` – ${signed(change.toMax)}`
  return `${bound}${signed(change.value)}${toMax}`
}

/** A change in a table's cell: "+57%", "+50 tỷ đồng", or "+3,23 điểm phần trăm" with its unit. */
export function shortChange(change: RequiredChange, language: Language, of: ChangeUnit): string {
  const signed = signedChange(change, language, of)
  return change.kind === 'points' ? formatUnit(signed, 'percentage-point', language, change.value) : signed
}

/** A result and the plan of the same year: what is left to ask for is nothing. */
export const isSameYear = ({ actual, target }: Pick<Comparison, 'actual' | 'target'>) =>
  actual.period?.year !== undefined && actual.period.year === target.period?.year

/** "Chỉ tiêu 2024 đòi hỏi +57% so với 2023", or, read honestly, that the target is below what was achieved. */
export function changeLabel(comparison: Comparison, language: Language, t: Translate): string {
  const { actual, target, change } = comparison
  const years = { actual: actual.period?.year ?? '', target: target.period?.year ?? '' }
  // A result beside its own year's plan asks for nothing any more: it fell short of it, met it or passed it.
  if (isSameYear(comparison)) {
    // A plan of a range ("55 - 56 triệu đồng") is met by a result inside it, passed or missed only beyond it.
    const top = target.comparator === 'range' ? target.max : undefined
    const isWithin = top !== undefined && actual.value >= target.value && actual.value <= top
    const isBeyondTop = top !== undefined && actual.value > top
    const isAbove =
      top === undefined
        ? change.isTargetBelowActual
        : comparison.indicator.better === 'lower'
          ? actual.value < target.value
          : isBeyondTop
    return t(
      isWithin
        ? 'resultWithinPlan'
        : change.value === 0
          ? 'resultMetPlan'
          : isAbove
            ? 'resultAbovePlan'
            : 'resultBelowPlan',
      { ...years, actualValue: formatAmount(actual, language), targetValue: formatAmount(target, language) },
    )
  }
  // A target equal to what was achieved asks for no change: say so, not "+0%".
  if (change.value === 0) return t('keepsActual', years)
  const signed = signedChange(change, language, actual)
  if (change.isTargetBelowActual) {
    const values = {
      targetValue: formatAmount(target, language),
      actualValue: formatAmount(actual, language),
    }
    return t(change.kind === 'points' ? 'belowActual' : 'belowActualRelative', {
      ...years,
      ...values,
      change: signed,
    })
  }
  return t(change.kind === 'points' ? 'asksPoints' : 'asksRelative', { ...years, change: signed })
}

export function comparisonSummary(comparison: Comparison, language: Language, t: Translate): string {
  const { indicator, actual, target, periods } = comparison
  // "… 68 triệu đồng/người/năm năm 2024" said "năm" twice: the period leads its value.
  return t('comparisonSummary', {
    name: indicator.name[language],
    actual: actual.period ? periodWords({ periods }, actual.period.year, language, { named: true }) : '',
    target: target.period?.year ?? '',
    actualValue: formatAmount(actual, language),
    targetValue: formatAmount(target, language),
  })
}

export type PercentTargetRow = {
  id: string
  name: string
  value: number
  /** A range's top ("35–40%"). */
  max?: number | undefined
  label: string
  isLowerBetter: boolean
  /** A share of a whole (a sector's of the economy) that has no better way of its own. */
  hasNoBetter: boolean
}

/**
 * The target year's targets that are shares of a whole in % (growth rates are not), higher-is-better first,
 * the lower-is-better ones last and marked.
 */
export function percentTargetRows(
  dataset: Dataset,
  language: Language,
  /** Only these targets (a trimmed deck's), when given. */
  only?: readonly Figure[],
): PercentTargetRow[] {
  const rows = dataset.figures.flatMap((figure): PercentTargetRow[] => {
    const indicator = lookup(dataset).indicator(figure.indicatorId)
    if (figure.role !== 'target' || figure.unit !== 'percent' || !indicator || indicator.isGrowthRate)
      return []
    if (only && !only.includes(figure)) return []
    if (figure.period?.year !== dataset.periods.target) return []
    return [
      {
        id: figure.id,
        name: indicator.name[language],
        value: figure.value,
        max: figure.comparator === 'range' ? figure.max : undefined,
        label: formatAmount(figure, language),
        isLowerBetter: indicator.better === 'lower',
        hasNoBetter: indicator.better === 'neither',
      },
    ]
  })
  return [...rows.filter((r) => !r.isLowerBetter), ...rows.filter((r) => r.isLowerBetter)]
}

/** Which kinds of bar a percent chart draws: higher is better, lower is better, neither. */
export function percentKinds(rows: readonly { isLowerBetter: boolean; hasNoBetter: boolean }[]) {
  return {
    higher: rows.some((row) => !row.isLowerBetter && !row.hasNoBetter),
    lower: rows.some((row) => row.isLowerBetter),
    neither: rows.some((row) => row.hasNoBetter),
  }
}

export function percentChartSummary(rows: PercentTargetRow[], t: Translate): string {
  const lower = rows.filter((r) => r.isLowerBetter).map((r) => r.name)
  // "đều là càng cao càng tốt" only where it is so: a sector's share has no better way.
  const neither = rows.filter((r) => r.hasNoBetter).map((r) => r.name)
  const count = rows.length
  if (neither.length > 0)
    return lower.length > 0
      ? t('percentChartSummaryBoth', { count, lower: lower.join(', '), neither: neither.join(', ') })
      : t('percentChartSummaryNeither', { count, neither: neither.join(', ') })
  return lower.length > 0
    ? t('percentChartSummary', { count, lower: lower.join(', ') })
    : t('percentChartSummaryNone', { count })
}

/**
 * Round axis ticks through 0 from below `min` to past `max`: steps of 1, 2, 2.5 or 5 times a power of ten,
 * about four of them. A fall (−2,5%) gets ticks below zero; nothing at all gets 0 and 1.
 */
export function niceTicks(max: number, count = 4, min = 0): number[] {
  const low = Math.min(0, min)
  const high = Math.max(0, max)
  if (!(high - low > 0) || !Number.isFinite(high - low)) return [0, 1]
  const raw = (high - low) / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude
  const ticks: number[] = []
  for (let i = Math.floor(low / step); ticks.length === 0 || (ticks.at(-1) ?? 0) < high; i += 1)
    ticks.push(Number((i * step).toPrecision(12)) + 0)
  return ticks
}

export type ValueFormat = (value: number) => string
/** The formatter of an axis's ticks, chosen once for the axis from its top tick. */
export type AxisFormat = (top: number) => ValueFormat

/** How a language writes a chart's ticks: on screen, on slides and in the exported documents alike. */
export function axisFormats(language: Language): { compact: AxisFormat; percent: AxisFormat } {
  return {
    // Every tick in one style: "2.500, 5.000, 7.500" or "2,5 nghìn … 10 nghìn", never both on one axis.
    compact: (top) => (value) => formatCompactNumber(value, language, top >= 10_000 ? 1 : Infinity),
    percent: () => (value) => `${formatNumber(value, language)}%`,
  }
}

/** The percent chart's axis: the whole of 0–100 %, so that bars on different slides compare by eye. */
export const percentTicks = [0, 25, 50, 75, 100]
