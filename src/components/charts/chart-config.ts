import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { type AxisFormat, axisFormats, percentKinds } from '../../model/chart-rows.ts'

/** A series of a chart: what the legend calls it and how it is drawn, in the palette's tokens. */
export type ChartSeries = {
  labelKey?: PlainMessageKey
  colour: string
  /** Outlined with a dashed line: a target, not yet an actual. */
  isDashed?: boolean
  /** Hatched in the colour over its light fill: lower is better. */
  isHatched?: boolean
}

export type ChartConfig = Record<string, ChartSeries>

/** One series of a config, read through the general shape (a `satisfies` config keeps only the keys it sets). */
export const seriesOf = <K extends string>(config: Record<K, ChartSeries>, key: K): ChartSeries => config[key]

export const comparisonChartConfig = {
  actual: { colour: 'var(--color-actual)' },
  target: { colour: 'var(--color-target)', isDashed: true },
} satisfies ChartConfig

export const percentChartConfig = {
  higher: { labelKey: 'legendHigher', colour: 'var(--color-target)' },
  lower: { labelKey: 'legendLower', colour: 'var(--color-lower)', isHatched: true },
  neither: { labelKey: 'legendNeither', colour: 'var(--color-muted)' },
} satisfies ChartConfig

/**
 * The percent chart's legend for the rows it draws: only the kinds of bar it has (a chart of one share with no better
 * way names no "càng cao càng tốt"), each in its own colour.
 */
export function percentLegend(
  rows: readonly { isLowerBetter: boolean; hasNoBetter: boolean }[],
): ChartConfig {
  const { higher, lower, neither } = percentChartConfig
  const kinds = percentKinds(rows)
  return {
    ...(kinds.higher ? { higher } : {}),
    ...(kinds.lower ? { lower } : {}),
    ...(kinds.neither ? { neither } : {}),
  }
}

export type { AxisFormat, ValueFormat } from '../../model/chart-rows.ts'

/** The axis formatters of the current language, so that charts take a formatter and never a language. */
export function useChartFormat(): { compact: AxisFormat; percent: AxisFormat } {
  return axisFormats(useI18n().language)
}
