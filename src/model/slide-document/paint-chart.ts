import { type BarSpec, type ColumnSpec, layoutBars, layoutColumns } from '../chart-layout.ts'
import { type Box, type ChartBar, type ChartMark, chartTypeScale, type Tone } from './marks.ts'
import { type LinePaint, type Paint, paintHatch, type TextPaint } from './primitives.ts'

/** A document chart's look, in points; the layout is the screen's (model/chart-layout.ts). */
const columnSpec: ColumnSpec = {
  margin: { top: 40, right: 8, bottom: 0, left: 0 },
  axisWidth: 56,
  maxBar: 140,
  barShare: 0.5,
  nameHeight: 34,
  tickSize: chartTypeScale.axis,
  labelSize: chartTypeScale.label,
  labelGap: 8,
}

const line = (
  text: string,
  x: number,
  baseline: number,
  size: number,
  tone: Tone,
  align: TextPaint['align'] = 'left',
  isBold = false,
): TextPaint => ({
  kind: 'text',
  text,
  x,
  baseline,
  size,
  tone,
  align,
  ...(isBold ? { isBold, part: 'bar-label' } : {}),
})

/** A rule of the chart: a grid line, the value axis, the zero line. */
const rule = (
  [x1, y1, x2, y2]: readonly [number, number, number, number],
  tone: Tone,
  width: number,
  part?: LinePaint['part'],
): LinePaint => ({ kind: 'line', x1, y1, x2, y2, tone, width, ...(part ? { part } : {}) })

/** Where the chart's own coordinates land on the page, and its ticks as the layout takes them. */
function placed(chart: ChartMark) {
  return {
    at: (x: number) => chart.x + x,
    down: (y: number) => chart.y + y,
    ticks: { values: chart.ticks, labels: chart.tickLabels },
    box: { width: chart.w, height: chart.h },
  }
}

/** Actual: solid. Target: solid, outlined with a dashed line. Lower is better: hatched. Neither is better: slate. */
/** A bar's colour: its fill, or its hatching's and outline's where lower is better. */
const barTone: Record<ChartBar['style'], Tone> = {
  actual: 'actual',
  target: 'target',
  higher: 'target',
  lower: 'lower',
  neither: 'muted',
}

function paintBar(bar: ChartBar, box: Box): Paint[] {
  if (bar.style === 'lower') return paintHatch(box, barTone.lower)
  return [
    { kind: 'box', ...box, fill: barTone[bar.style], part: 'bar' },
    ...(bar.style === 'target'
      ? [{ kind: 'box', ...box, stroke: 'fg', lineWidth: 2, dash: [6, 4] } satisfies Paint]
      : []),
  ]
}

/** A range's upper part ("35–40%", "8,5–9%"), beyond the bar's end: outlined in the bar's colour, unfilled. */
function rangeOutline(bar: ChartBar, box: Box): Paint[] {
  return [{ kind: 'box', ...box, stroke: barTone[bar.style], lineWidth: 2 }]
}

/** Actual against target, as columns over a value axis that names its unit, from zero up or down. */
function paintColumns(chart: ChartMark): Paint[] {
  const { at, down, ticks, box } = placed(chart)
  const layout = layoutColumns(
    chart.bars.map((bar) => bar.value),
    ticks,
    box,
    columnSpec,
    chart.bars.map((bar) => bar.max),
  )
  const { plot } = layout
  const { axis, label, name } = chartTypeScale
  return [
    line(chart.axisTitle, chart.x, chart.y + axis, axis, 'muted'),
    ...layout.ticks.flatMap((tick): Paint[] => [
      rule([at(plot.left), down(tick.y), at(plot.right), down(tick.y)], 'grid', 1),
      line(tick.label, at(layout.tickRight), down(tick.y) + axis * 0.35, axis, 'muted', 'right'),
    ]),
    ...chart.bars.flatMap((bar, i): Paint[] => {
      const column = layout.columns[i]
      if (!column) return []
      return [
        ...paintBar(bar, { x: at(column.x), y: down(column.y), w: column.w, h: column.h }),
        ...(column.rangeH > 0
          ? rangeOutline(bar, {
              x: at(column.x),
              y: down(column.y - column.rangeH),
              w: column.w,
              h: column.rangeH,
            })
          : []),
        line(bar.label, at(column.centre), down(column.labelBaseline), label, 'fg', 'center', true),
        line(bar.category, at(column.centre), down(layout.nameBaseline) + 4, name, 'fg', 'center'),
      ]
    }),
    rule([at(plot.left), down(plot.top), at(plot.left), down(plot.bottom)], 'muted', 1.5),
    rule([at(plot.left), down(layout.zero), at(plot.right), down(layout.zero)], 'muted', 1.5, 'zero'),
  ]
}

/** The percent targets as bars on the whole 0–100 % axis, names on the left, amounts at the bars' ends. */
function paintBars(chart: ChartMark): Paint[] {
  const { at, down, ticks, box } = placed(chart)
  const { axis, label, name } = chartTypeScale
  const spec: BarSpec = {
    margin: { top: 0, right: 90, bottom: 0, left: 0 },
    nameWidth: Math.min(chart.w * 0.4, 320),
    nameGap: 12,
    maxBar: 26,
    barShare: 0.6,
    axisHeight: 22,
    nameSize: name,
    tickSize: axis,
    labelGap: 6,
  }
  const layout = layoutBars(
    chart.bars.map((bar) => ({ value: bar.value, max: bar.max, name: bar.category })),
    ticks,
    box,
    spec,
  )
  const { plot } = layout
  return [
    ...layout.ticks.flatMap((tick): Paint[] => [
      rule([at(tick.x), down(plot.top), at(tick.x), down(plot.bottom)], 'grid', 1),
      line(tick.label, at(tick.x), down(layout.tickBaseline), axis, 'muted', 'center'),
    ]),
    ...chart.bars.flatMap((bar, i): Paint[] => {
      const placed = layout.bars[i]
      if (!placed) return []
      return [
        ...placed.nameLines.map((text, n) =>
          line(
            text,
            at(placed.nameX),
            down(placed.nameBaseline + n * layout.lineHeight),
            layout.nameSize,
            'fg',
            placed.nameAnchor === 'end' ? 'right' : 'left',
          ),
        ),
        ...paintBar(bar, { x: at(placed.x), y: down(placed.y), w: placed.w, h: placed.h }),
        ...(placed.rangeW > 0
          ? rangeOutline(bar, {
              x: at(placed.x + placed.w),
              y: down(placed.y),
              w: placed.rangeW,
              h: placed.h,
            })
          : []),
        line(bar.label, at(placed.labelX), down(placed.centre) + label * 0.35, label, 'fg', 'left', true),
      ]
    }),
    rule([at(plot.left), down(plot.top), at(plot.left), down(plot.bottom)], 'muted', 1.5),
  ]
}

/** A chart as shapes and lines of text, as the app draws it. */
export function paintChart(chart: ChartMark): Paint[] {
  return chart.direction === 'column' ? paintColumns(chart) : paintBars(chart)
}
