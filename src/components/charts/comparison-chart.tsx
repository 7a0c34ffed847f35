import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import { type ComparisonRow, niceTicks } from '../../model/chart-rows.ts'
import { chartTokens, type ViewSize } from '../views/view-size.ts'
import { topLabel } from './bar-labels.tsx'
import { type AxisFormat, comparisonChartConfig as config, seriesOf } from './chart-config.ts'
import { SizedChart } from './sized-chart.tsx'

type ComparisonChartProps = {
  rows: ComparisonRow[]
  /** The unit, named once at the top of the value axis. */
  axisLabel: string
  formatTick: AxisFormat
  size: ViewSize
  height: number
  /** A fixed width for slides and exports; without it the chart fills its container. */
  width?: number
}

const layouts = {
  screen: {
    margin: { top: 28, right: 8, bottom: 4, left: 8 },
    axisWidth: 64,
    maxBarSize: 96,
    tickHeight: 30,
  },
  slide: {
    margin: { top: 96, right: 20, bottom: 10, left: 20 },
    axisWidth: 150,
    maxBarSize: 260,
    tickHeight: 56,
  },
  export: {
    margin: { top: 44, right: 10, bottom: 4, left: 10 },
    axisWidth: 90,
    maxBarSize: 150,
    tickHeight: 36,
  },
} as const satisfies Record<ViewSize, object>

/** Two bars on one axis of one unit: the actual and the target. No animation: it is complete when shown. */
export default function ComparisonChart(props: ComparisonChartProps) {
  const { rows, axisLabel, formatTick, size, height, width } = props
  const { margin, axisWidth, maxBarSize, tickHeight } = layouts[size]
  const { fontSize, dash, dashWidth } = chartTokens[size]
  const tick = { fill: 'var(--color-muted)', fontSize }
  const ticks = niceTicks(Math.max(...rows.map((row) => row.value)))
  return (
    <SizedChart width={width} height={height}>
      {/* The card's title, summary and table say what the chart shows; recharts' keyboard layer is off. */}
      <BarChart
        data={rows}
        margin={margin}
        width={width}
        height={width ? height : undefined}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--color-grid)" />
        <XAxis
          dataKey="period"
          tick={{ ...tick, fill: 'var(--color-fg)' }}
          tickLine={false}
          stroke="var(--color-muted)"
          height={tickHeight}
        />
        <YAxis
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={formatTick(ticks.at(-1) ?? 0)}
          tick={tick}
          stroke="var(--color-muted)"
          width={axisWidth}
          label={{
            value: axisLabel,
            position: 'insideTopLeft',
            // Above the top tick, whose label is centred on the axis's top.
            dy: -Math.round(fontSize * 2),
            fill: 'var(--color-muted)',
            fontSize,
          }}
        />
        {/* minPointSize keeps a zero bar visible, and so its label. */}
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={maxBarSize} minPointSize={2}>
          {rows.map((row) => {
            const series = seriesOf(config, row.kind)
            return (
              <Cell
                key={row.kind}
                fill={series.colour}
                stroke="var(--color-fg)"
                strokeWidth={series.isDashed ? dashWidth : 0}
                strokeDasharray={series.isDashed ? dash : undefined}
              />
            )
          })}
          <LabelList dataKey="shortLabel" content={topLabel(size)} />
        </Bar>
      </BarChart>
    </SizedChart>
  )
}
