import { useId } from 'react'
import { type PercentTargetRow, percentTicks } from '../../model/chart-rows.ts'
import { chartTokens, type ViewSize } from '../views/view-size.ts'
import { type AxisFormat, percentChartConfig as config } from './chart-config.ts'
import { AxisLines, BarLabel, ChartFrame, ValueGrid } from './chart-frame.tsx'
import { percentChartLayout } from './percent-chart-layout.ts'
import { WrappedLines, wrapWords } from './wrapped-lines.tsx'

type PercentTargetsChartProps = {
  rows: PercentTargetRow[]
  formatTick: AxisFormat
  size: ViewSize
  /** The width to draw for; without it, a wide layout that scales to the box until it is measured. */
  width?: number | undefined
  /** A slide gives the chart the height its frame leaves. */
  slideHeight?: number
}

const fallbackWidth = 900

/**
 * Horizontal bars on a 0–100% axis; the lower-is-better targets are hatched, violet and last. Before its box
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
  const { rows, formatTick, size, width, slideHeight, fallback = fallbackWidth } = props
  const layout = percentChartLayout(rows, size, width ?? fallback, slideHeight)
  const { fontSize, labelSize, labelGap, dashWidth } = chartTokens[size]
  const hatchId = `lower-is-better-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const format = formatTick(100)
  const isNamesAbove = layout.nameWidth === 0
  return (
    <ChartFrame kind="percent-targets" width={width} fallbackWidth={fallback} height={layout.height}>
      {(drawn) => {
        const { margin } = layout
        const left = margin.left + layout.nameWidth
        const plotWidth = drawn - left - margin.right
        const bottom = layout.height - margin.bottom - layout.axis
        const band = (bottom - margin.top) / Math.max(1, rows.length)
        const plot = { left, right: drawn - margin.right, top: margin.top, bottom }
        const x = (value: number) => left + (plotWidth * Math.min(100, Math.max(0, value))) / 100
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
            <ValueGrid
              ticks={percentTicks}
              at={x}
              format={format}
              plot={plot}
              fontSize={fontSize}
              along="bottom"
            />
            {/* With the names above the bars, an axis line would run through their first letters. */}
            <AxisLines plot={plot} hasLeft={!isNamesAbove} />
            {rows.map((row, i) => {
              const centre = margin.top + band * (i + 0.5)
              const barTop = centre - layout.barSize / 2
              // A zero still shows as a sliver, so that its bar and its label are there.
              const end = Math.max(x(row.value), left + 2)
              const lines = wrapWords(row.name, layout.lineWidth, fontSize)
              return (
                <g key={row.id}>
                  {isNamesAbove ? (
                    <WrappedLines
                      x={left}
                      y={barTop - 8}
                      lines={lines}
                      fontSize={fontSize}
                      colour="var(--color-fg)"
                      anchor="start"
                    />
                  ) : (
                    <WrappedLines
                      x={left - 8}
                      y={centre}
                      lines={lines}
                      fontSize={fontSize}
                      colour="var(--color-fg)"
                      anchor="end"
                    />
                  )}
                  <rect
                    className="chart-bar"
                    x={left}
                    y={barTop}
                    width={end - left}
                    height={layout.barSize}
                    fill={row.isLowerBetter ? `url(#${hatchId})` : config.higher.colour}
                    stroke={row.isLowerBetter ? config.lower.colour : 'none'}
                    strokeWidth={row.isLowerBetter ? dashWidth : 0}
                  />
                  <BarLabel x={end + labelGap} y={centre} fontSize={labelSize} anchor="start">
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
