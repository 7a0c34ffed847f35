import { type ComparisonRow } from '../../model/chart-rows.ts'
import { axisTicks, type ColumnSpec, layoutColumns } from '../../model/chart-layout.ts'
import { chartTokens, type ViewSize } from '../views/view-size.ts'
import { type AxisFormat, comparisonChartConfig as config, seriesOf } from './chart-config.ts'
import { BarLabel, ChartFrame, GridTick } from './chart-frame.tsx'

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

const specs = {
  screen: { margin: { top: 28, right: 8, bottom: 4, left: 8 }, axisWidth: 56, maxBar: 96, nameHeight: 26 },
  export: { margin: { top: 44, right: 10, bottom: 4, left: 10 }, axisWidth: 80, maxBar: 150, nameHeight: 34 },
} as const satisfies Record<ViewSize, Partial<ColumnSpec>>

/** Two bars on one axis of one unit: the actual and the target, the target outlined with a dash. */
export default function ComparisonChart({
  rows,
  axisLabel,
  formatTick,
  size,
  height,
  width,
}: ComparisonChartProps) {
  const { fontSize, labelSize, labelGap, dash, dashWidth } = chartTokens[size]
  const values = rows.map((row) => row.value)
  const maxima = rows.map((row) => row.max)
  // (The axis reaches a range's top.)
  const ticks = axisTicks([...values, ...maxima.filter((max) => max !== undefined)], formatTick)
  const spec: ColumnSpec = { ...specs[size], barShare: 0.8, tickSize: fontSize, labelSize, labelGap }
  return (
    <ChartFrame kind="comparison" width={width} fallbackWidth={480} height={height}>
      {(drawn) => {
        const layout = layoutColumns(values, ticks, { width: drawn, height }, spec, maxima)
        const { plot } = layout
        return (
          <>
            <text x={spec.margin.left} y={layout.titleBaseline} fill="var(--color-muted)" fontSize={fontSize}>
              {axisLabel}
            </text>
            {layout.ticks.map((tick) => (
              <GridTick
                key={tick.value}
                line={{ x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y }}
                at={{ x: layout.tickRight, y: tick.y, anchor: 'end' }}
                fontSize={fontSize}
              >
                {tick.label}
              </GridTick>
            ))}
            <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="var(--color-muted)" />
            {rows.map((row, i) => {
              const series = seriesOf(config, row.kind)
              const column = layout.columns[i]
              if (!column) return null
              return (
                <g key={row.kind}>
                  <rect
                    className="chart-bar"
                    data-kind={row.kind}
                    x={column.x}
                    y={column.y}
                    width={column.w}
                    height={column.h}
                    fill={series.colour}
                    stroke={series.isDashed ? 'var(--color-fg)' : 'none'}
                    strokeWidth={series.isDashed ? dashWidth : 0}
                    strokeDasharray={series.isDashed ? dash : undefined}
                  />
                  {column.rangeH > 0 ? (
                    // A range's upper part, outlined: "8,5–9%" reaches 9 but promises only 8,5.
                    <rect
                      className="chart-range"
                      x={column.x + 1}
                      y={column.y - column.rangeH + 1}
                      width={Math.max(0, column.w - 2)}
                      height={Math.max(0, column.rangeH - 2)}
                      fill="none"
                      stroke={series.colour}
                      strokeWidth={2}
                    />
                  ) : null}
                  <BarLabel x={column.centre} y={column.labelBaseline} fontSize={labelSize} anchor="middle">
                    {row.shortLabel}
                  </BarLabel>
                  <text
                    x={column.centre}
                    y={layout.nameBaseline}
                    textAnchor="middle"
                    fill="var(--color-fg)"
                    fontSize={fontSize}
                  >
                    {row.period}
                  </text>
                </g>
              )
            })}
            {/* Zero, the line the bars stand on or hang from. */}
            <line
              data-zero-line
              x1={plot.left}
              x2={plot.right}
              y1={layout.zero}
              y2={layout.zero}
              stroke="var(--color-muted)"
            />
          </>
        )
      }}
    </ChartFrame>
  )
}
