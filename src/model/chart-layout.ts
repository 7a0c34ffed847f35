import { niceTicks, type AxisFormat } from './chart-rows.ts'
import { textWidth, type Weight } from './measure-text.ts'

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
  /** A range's upper part ("8,5–9%"), from the bar's end up to the range's top: drawn outlined; 0 for one amount. */
  rangeH: number
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
 * it and down for one below (a growth of −2,5%), with its amount at its end. A range ("8,5–9%", its top in `maxima`)
 * is a bar to the amount it promises and an outline on to its top, its amount written over the top.
 */
export function layoutColumns(
  values: readonly number[],
  ticks: AxisTicks,
  box: { width: number; height: number },
  spec: ColumnSpec,
  maxima: readonly (number | undefined)[] = [],
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
      const max = maxima[i]
      // (Only a range up from zero runs on upwards; its top is never past the axis.)
      const rangeTop = !isDown && max !== undefined && max > value ? Math.min(y(max), end) : end
      return {
        x: centre - w / 2,
        y: top,
        w,
        h: Math.abs(zero - end),
        rangeH: end - rangeTop,
        centre,
        labelBaseline: isDown ? end + labelGap + labelSize * 0.8 : rangeTop - labelGap,
      }
    }),
  }
}

/** What a bar chart's look sets (horizontal bars on the 0–100% axis), in its medium's units. */
export type BarSpec = {
  margin: Edges
  /** The names' column left of the bars; 0 puts each name above its bar (a phone's narrow chart). */
  nameWidth: number
  /** Between a name and its bar. */
  nameGap: number
  maxBar: number
  /** The share of its band a bar takes. */
  barShare: number
  /** Room under the plot for the ticks' words. */
  axisHeight: number
  nameSize: number
  tickSize: number
  labelGap: number
}

export type PlacedBar = {
  x: number
  y: number
  w: number
  h: number
  /** A range's upper part ("35–40%"), from the bar's end to the range's top: drawn outlined; 0 for one amount. */
  rangeW: number
  centre: number
  /** Where the amount is written, after the bar's end (a range's top), centred on it. */
  labelX: number
  /** The name's lines, and the baseline of the first: right-aligned beside the bar, or left-aligned above it. */
  nameLines: string[]
  nameX: number
  nameBaseline: number
  nameAnchor: 'start' | 'end'
}
export type BarLayout = {
  plot: Plot
  ticks: { value: number; label: string; x: number }[]
  /** The baseline of the ticks' words under the plot. */
  tickBaseline: number
  lineHeight: number
  /** The names' type size: the spec's, or smaller where their lines would not fit their bands beside the bars. */
  nameSize: number
  bars: PlacedBar[]
}

/**
 * A name cut into lines no wider than `width` in the app's font, at spaces; a longer word keeps a line of its own.
 * A no-break space never breaks ("447,229 tỷ đồng" stays whole).
 */
export function wrapWords(text: string, width: number, size: number, weight: Weight = 'regular'): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.trim().split(/[^\S\u00a0\u202f]+/u)) {
    if (line && textWidth(`${line} ${word}`, size, weight) > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The same lines as `wrapWords`, as even as they can be: the narrowest width that keeps their number, so a short
 * text never leaves one word alone on its last line ("Tổng thu ngân sách / trên địa bàn", not "… trên địa / bàn").
 */
export function balanceWords(
  text: string,
  width: number,
  size: number,
  weight: Weight = 'regular',
): string[] {
  const lines = wrapWords(text, width, size, weight)
  if (lines.length < 2) return lines
  let [low, high] = [width / 2, width]
  let best = lines
  for (let step = 0; step < 12; step += 1) {
    const middle = (low + high) / 2
    const tried = wrapWords(text, middle, size, weight)
    if (tried.length === lines.length) {
      best = tried
      high = middle
    } else low = middle
  }
  return best
}

/** The largest size, down to three quarters of `size`, at which every name's lines fit a band beside its bar. */
function besideSize(rows: readonly { name: string }[], width: number, band: number, size: number): number {
  const smallest = Math.ceil(size * 0.75)
  for (let step = size; step > smallest; step -= 1) {
    const height = Math.round(step * 1.2)
    // (A fifth of a line between two names: the marks above a Vietnamese capital reach past the line's height.)
    const gap = Math.round(step * 0.2)
    if (rows.every((row) => balanceWords(row.name, width, step).length * height + gap <= band)) return step
  }
  return smallest
}

/**
 * Bars from the left on an axis from its first tick to its last (the percent targets' 0–100%), one band each,
 * the name beside the bar or above it, the amount after its end. A zero keeps a sliver; a range ("35–40%") is a bar
 * to its lower end and runs on, outlined, to its top.
 */
export function layoutBars(
  rows: readonly { value: number; max?: number | undefined; name: string }[],
  ticks: AxisTicks,
  box: { width: number; height: number },
  spec: BarSpec,
): BarLayout {
  const { margin, nameWidth, nameGap } = spec
  const isNamesAbove = nameWidth === 0
  const plot = {
    left: margin.left + nameWidth + (isNamesAbove ? 0 : nameGap),
    right: box.width - margin.right,
    top: margin.top,
    bottom: box.height - margin.bottom - spec.axisHeight,
  }
  const low = ticks.values[0] ?? 0
  const high = ticks.values.at(-1) ?? 100
  const x = (value: number) =>
    plot.left + ((plot.right - plot.left) * (Math.min(high, Math.max(low, value)) - low)) / (high - low || 1)
  const band = (plot.bottom - plot.top) / Math.max(1, rows.length)
  const h = Math.min(spec.maxBar, band * spec.barShare)
  // Names beside their bars take no more than their band: a slide of nine long names steps their type down (to three
  // quarters at most) before two of them would overlap.
  const nameSize = isNamesAbove ? spec.nameSize : besideSize(rows, nameWidth, band, spec.nameSize)
  const lineHeight = Math.round(nameSize * 1.2)
  return {
    plot,
    ticks: ticks.values.map((value, i) => ({ value, label: ticks.labels[i] ?? '', x: x(value) })),
    tickBaseline: plot.bottom + spec.tickSize + 6,
    lineHeight,
    nameSize,
    bars: rows.map((row, i) => {
      const centre = plot.top + band * (i + 0.5)
      const y = centre - h / 2
      const end = Math.max(x(row.value), plot.left + sliver)
      const top = row.max !== undefined && row.max > row.value ? Math.max(x(row.max), end) : end
      const nameLines = balanceWords(row.name, isNamesAbove ? plot.right - plot.left : nameWidth, nameSize)
      return {
        x: plot.left,
        y,
        w: end - plot.left,
        h,
        rangeW: top - end,
        centre,
        labelX: top + spec.labelGap,
        nameLines,
        ...(isNamesAbove
          ? {
              nameX: plot.left,
              nameBaseline: y - 8 - (nameLines.length - 1) * lineHeight,
              nameAnchor: 'start' as const,
            }
          : {
              nameX: plot.left - nameGap,
              // The lines centred on the bar: the first's baseline a third of a line under its top.
              nameBaseline: centre - ((nameLines.length - 1) * lineHeight) / 2 + nameSize * 0.35,
              nameAnchor: 'end' as const,
            }),
      }
    }),
  }
}
