import { useId } from 'react'
import { type PercentTargetRow, percentTicks } from '../../model/chart-rows.ts'
import { chartTokens, type ViewSize } from '../views/view-size.ts'
import { type AxisFormat, percentChartConfig as config } from './chart-config.ts'
import { type BarSpec, layoutBars } from '../../model/chart-layout.ts'
import { AxisLines, BarLabel, ChartFrame, GridTick } from './chart-frame.tsx'
import { percentChartLayout } from './percent-chart-layout.ts'

type PercentTargetsChartProps = {
  rows: PercentTargetRow[]
  formatTick: AxisFormat
  size: ViewSize
  /** The width to draw for; without it, a wide layout that scales to the box until it is measured. */
  width?: number | undefined
}

const fallbackWidth = 900

/**
 * Horizontal bars on a 0–100% axis; the lower-is-better targets are hatched, violet and last; a share with no better
 * way is slate, not the colour of "higher is better". Before its box
 * is measured (the prerendered page), both layouts are drawn and the box's width chooses one (a container
 * query), so a phone paints the names-above layout at once and nothing moves when it is measured.
 */
export default function PercentTargetsChart(props: PercentTargetsChartProps) {
  if (props.width !== undefined || props.size !== 'screen') return <PercentBars {...props} />
  return (
    <div className="@container">
      <div className="@min-[560px]:hidden">
        <PercentBars {...props} width={undefined} fallback={narrowFallback} />
      </div>
      <div className="hidden @min-[560px]:block">
        <PercentBars {...props} width={undefined} fallback={fallbackWidth} />
      </div>
    </div>
  )
}

const narrowFallback = 360

function PercentBars(props: PercentTargetsChartProps & { fallback?: number }) {
  const { rows, formatTick, size, width, fallback = fallbackWidth } = props
  const sizing = percentChartLayout(rows, size, width ?? fallback)
  const { fontSize, labelSize, labelGap, dashWidth } = chartTokens[size]
  const hatchId = `lower-is-better-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const format = formatTick(100)
  const ticks = { values: percentTicks, labels: percentTicks.map(format) }
  const spec: BarSpec = {
    margin: sizing.margin,
    nameWidth: sizing.nameWidth,
    nameGap: 8,
    maxBar: sizing.barSize,
    barShare: 1,
    axisHeight: sizing.axis,
    nameSize: fontSize,
    tickSize: fontSize,
    labelGap,
  }
  return (
    <ChartFrame kind="percent-targets" width={width} fallbackWidth={fallback} height={sizing.height}>
      {(drawn) => {
        const layout = layoutBars(rows, ticks, { width: drawn, height: sizing.height }, spec)
        const { plot } = layout
        return (
          <>
            <defs>
              <pattern
                id={hatchId}
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="8" height="8" fill="var(--color-lower-fill)" />
                <line x1="0" y1="0" x2="0" y2="8" stroke={config.lower.colour} strokeWidth="4" />
              </pattern>
            </defs>
            {layout.ticks.map((tick) => (
              <GridTick
                key={tick.value}
                line={{ x1: tick.x, x2: tick.x, y1: plot.top, y2: plot.bottom }}
                at={{ x: tick.x, y: layout.tickBaseline, anchor: 'middle' }}
                fontSize={fontSize}
              >
                {tick.label}
              </GridTick>
            ))}
            {/* With the names above the bars, an axis line would run through their first letters. */}
            <AxisLines plot={plot} hasLeft={sizing.nameWidth > 0} />
            {rows.map((row, i) => {
              const bar = layout.bars[i]
              if (!bar) return null
              const colour = row.isLowerBetter
                ? config.lower.colour
                : row.hasNoBetter
                  ? config.neither.colour
                  : config.higher.colour
              return (
                <g key={row.id}>
                  <text
                    x={bar.nameX}
                    y={bar.nameBaseline}
                    textAnchor={bar.nameAnchor}
                    fill="var(--color-fg)"
                    fontSize={layout.nameSize}
                  >
                    {bar.nameLines.map((line, n) => (
                      <tspan key={n} x={bar.nameX} dy={n === 0 ? 0 : layout.lineHeight}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <rect
                    className="chart-bar"
                    x={bar.x}
                    y={bar.y}
                    width={bar.w}
                    height={bar.h}
                    fill={row.isLowerBetter ? `url(#${hatchId})` : colour}
                    stroke={row.isLowerBetter ? colour : 'none'}
                    strokeWidth={row.isLowerBetter ? dashWidth : 0}
                  />
                  {bar.rangeW > 0 ? (
                    // A range's upper part, outlined: "35–40%" reaches 40 but promises only 35.
                    <rect
                      className="chart-range"
                      x={bar.x + bar.w + 1}
                      y={bar.y + 1}
                      width={Math.max(0, bar.rangeW - 2)}
                      height={bar.h - 2}
                      fill="none"
                      stroke={colour}
                      strokeWidth={2}
                    />
                  ) : null}
                  <BarLabel x={bar.labelX} y={bar.centre} fontSize={labelSize} anchor="start">
                    {row.label}
                  </BarLabel>
                </g>
              )
            })}
          </>
        )
      }}
    </ChartFrame>
  )
}
