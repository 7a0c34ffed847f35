import { niceTicks, type AxisFormat } from './chart-rows.ts'
import { textWidth } from './measure-text.ts'

/**
 * One layout for each chart, drawn three ways: the screen's SVG (px), the slide document's PDF (pt) and, for the
 * .pptx, the native chart fed the same ticks. A pure function from the chart's values and a box to placed
 * primitives; each medium only draws them.
 */

export type Edges = { top: number; right: number; bottom: number; left: number }
export type Plot = { left: number; right: number; top: number; bottom: number }

/** The value axis's ticks from below the lowest value (and 0) to past the highest, and their words. */
export type AxisTicks = { values: number[]; labels: string[] }

export function axisTicks(values: readonly number[], format: AxisFormat): AxisTicks {
  const ticks = niceTicks(Math.max(0, ...values), 4, Math.min(0, ...values))
  const write = format(Math.max(...ticks.map(Math.abs)))
  return { values: ticks, labels: ticks.map(write) }
}

/** What a column chart's look sets, in its medium's units (px on screen, pt in a document). */
export type ColumnSpec = {
  margin: Edges
  /** The least width of the value axis's words; wider when its longest tick needs it. */
  axisWidth: number
  maxBar: number
  /** The share of its band a bar takes. */
  barShare: number
  /** Room under the plot for the bars' names. */
  nameHeight: number
  tickSize: number
  labelSize: number
  labelGap: number
}

export type PlacedTick = { value: number; label: string; y: number }
export type PlacedColumn = {
  x: number
  y: number
  w: number
  h: number
  centre: number
  /** The baseline of the amount written at the bar's end: above a bar up from zero, below one down from it. */
  labelBaseline: number
}
export type ColumnLayout = {
  plot: Plot
  /** Where zero is: the line the bars stand on, or hang from. */
  zero: number
  /** Where the tick labels end, right-aligned, left of the plot. */
  tickRight: number
  /** The baseline of the unit's name above the axis. */
  titleBaseline: number
  /** The baseline of the bars' names under the plot. */
  nameBaseline: number
  ticks: PlacedTick[]
  columns: PlacedColumn[]
}

/** A zero still shows as a sliver, so that its bar and its label are there. */
const sliver = 2

/**
 * Columns over a value axis that names its unit: an actual and its target, each from zero, up for a value above
 * it and down for one below (a growth of −2,5%), with its amount at its end.
 */
export function layoutColumns(
  values: readonly number[],
  ticks: AxisTicks,
  box: { width: number; height: number },
  spec: ColumnSpec,
): ColumnLayout {
  const { margin, tickSize, labelSize, labelGap } = spec
  // The value axis is as wide as its longest tick ("7.5 thousand" needs more room than "7,5 nghìn").
  const longest = Math.max(0, ...ticks.labels.map((label) => textWidth(label, tickSize)))
  const axisWidth = Math.max(spec.axisWidth, Math.ceil(longest) + 10)
  // A bar below zero carries its amount under its end: room for it above the bars' names.
  const labelRoom = values.some((value) => value < 0) ? labelGap + labelSize : 0
  const plot = {
    left: margin.left + axisWidth,
    right: box.width - margin.right,
    top: margin.top,
    bottom: box.height - margin.bottom - spec.nameHeight - labelRoom,
  }
  const low = ticks.values[0] ?? 0
  const high = ticks.values.at(-1) ?? 1
  const span = high - low || 1
  const y = (value: number) =>
    plot.top + ((plot.bottom - plot.top) * (high - Math.min(high, Math.max(low, value)))) / span
  const zero = y(0)
  const band = (plot.right - plot.left) / Math.max(1, values.length)
  const w = Math.min(spec.maxBar, band * spec.barShare)
  return {
    plot,
    zero,
    tickRight: plot.left - 8,
    titleBaseline: margin.top - tickSize * 1.6,
    nameBaseline: plot.bottom + labelRoom + tickSize + 6,
    ticks: ticks.values.map((value, i) => ({ value, label: ticks.labels[i] ?? '', y: y(value) })),
    columns: values.map((value, i) => {
      const centre = plot.left + band * (i + 0.5)
      const isDown = value < 0
      const end = isDown ? Math.max(y(value), zero + sliver) : Math.min(y(value), zero - sliver)
      const top = Math.min(end, zero)
      return {
        x: centre - w / 2,
        y: top,
        w,
        h: Math.abs(zero - end),
        centre,
        labelBaseline: isDown ? end + labelGap + labelSize * 0.8 : end - labelGap,
      }
    }),
  }
}
