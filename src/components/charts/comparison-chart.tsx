import { type ComparisonRow, niceTicks } from '../../model/chart-rows.ts'
import { chartTokens, type ViewSize } from '../views/view-size.ts'
import { type AxisFormat, comparisonChartConfig as config, seriesOf } from './chart-config.ts'
import { AxisLines, BarLabel, ChartFrame, ValueGrid } from './chart-frame.tsx'

type ComparisonChartProps = {
  rows: ComparisonRow[]
  /** The unit, named once at the top of the value axis. */
  axisLabel: string
  formatTick: AxisFormat
  size: ViewSize
  height: number
  /** The width to draw for; without it, a width that scales to the box until it is measured. */
  width?: number | undefined
}

const layouts = {
  screen: { margin: { top: 28, right: 8, bottom: 4, left: 8 }, axisWidth: 56, maxBar: 96, tickHeight: 26 },
  slide: {
    margin: { top: 96, right: 20, bottom: 10, left: 20 },
    axisWidth: 130,
    maxBar: 260,
    tickHeight: 56,
  },
  export: { margin: { top: 44, right: 10, bottom: 4, left: 10 }, axisWidth: 80, maxBar: 150, tickHeight: 34 },
} as const satisfies Record<ViewSize, object>

/** Two bars on one axis of one unit: the actual and the target, the target outlined with a dash. */
export default function ComparisonChart({
  rows,
  axisLabel,
  formatTick,
  size,
  height,
  width,
}: ComparisonChartProps) {
  const { margin, maxBar, tickHeight } = layouts[size]
  const { fontSize, labelSize, labelGap, dash, dashWidth } = chartTokens[size]
  const ticks = niceTicks(Math.max(...rows.map((row) => row.value)))
  const top = ticks.at(-1) ?? 1
  const format = formatTick(top)
  // The value axis is as wide as its longest tick ("7.5 thousand" needs more room than "7,5 nghìn").
  const longest = Math.max(...ticks.map((tick) => format(tick).length))
  const axisWidth = Math.max(layouts[size].axisWidth, Math.ceil(longest * fontSize * 0.6) + 10)
  return (
    <ChartFrame kind="comparison" width={width} fallbackWidth={480} height={height}>
      {(drawn) => {
        const left = margin.left + axisWidth
        const plotWidth = drawn - left - margin.right
        const bottom = height - margin.bottom - tickHeight
        const y = (value: number) => margin.top + (bottom - margin.top) * (1 - value / top)
        const plot = { left, right: drawn - margin.right, top: margin.top, bottom }
        const band = plotWidth / rows.length
        const barWidth = Math.min(maxBar, band * 0.8)
        return (
          <>
            <text
              x={margin.left}
              y={margin.top - fontSize * 1.6}
              fill="var(--color-muted)"
              fontSize={fontSize}
            >
              {axisLabel}
            </text>
            <ValueGrid ticks={ticks} at={y} format={format} plot={plot} fontSize={fontSize} along="left" />
            <AxisLines plot={plot} />
            {rows.map((row, i) => {
              const series = seriesOf(config, row.kind)
              const centre = left + band * (i + 0.5)
              // A zero still shows as a sliver, so that its bar and its label are there.
              const barTop = Math.min(y(row.value), bottom - 2)
              return (
                <g key={row.kind}>
                  <rect
                    className="chart-bar"
                    data-kind={row.kind}
                    x={centre - barWidth / 2}
                    y={barTop}
                    width={barWidth}
                    height={bottom - barTop}
                    fill={series.colour}
                    stroke={series.isDashed ? 'var(--color-fg)' : 'none'}
                    strokeWidth={series.isDashed ? dashWidth : 0}
                    strokeDasharray={series.isDashed ? dash : undefined}
                  />
                  <BarLabel x={centre} y={barTop - labelGap} fontSize={labelSize} anchor="middle">
                    {row.shortLabel}
                  </BarLabel>
                  <text
                    x={centre}
                    y={bottom + fontSize + 6}
                    textAnchor="middle"
                    fill="var(--color-fg)"
                    fontSize={fontSize}
                  >
                    {row.period}
                  </text>
                </g>
              )
            })}
          </>
        )
      }}
    </ChartFrame>
  )
}
