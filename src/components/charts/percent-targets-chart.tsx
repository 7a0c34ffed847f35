import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import type { LabelProps } from 'recharts'
import type { PercentTargetRow } from '../../model/chart-rows.ts'
import { chartTokens, type ViewSize } from '../views/view-size.ts'
import { endLabel } from './bar-labels.tsx'
import { type AxisFormat, percentChartConfig as config } from './chart-config.ts'
import { percentChartLayout } from './percent-chart-layout.ts'
import { SizedChart } from './sized-chart.tsx'
import { WrappedLines, WrappedTick, wrapWords } from './wrapped-tick.tsx'

type PercentTargetsChartProps = {
  rows: PercentTargetRow[]
  formatTick: AxisFormat
  size: ViewSize
  width: number
  /** A slide gives the chart the height its frame leaves. */
  slideHeight?: number
}

const ticks = [0, 25, 50, 75, 100]

/** Horizontal bars on a 0–100% axis; the lower-is-better targets are hatched, violet and last. */
export default function PercentTargetsChart(props: PercentTargetsChartProps) {
  const { rows, formatTick, size, width, slideHeight } = props
  const layout = percentChartLayout(rows, size, width, slideHeight)
  const { fontSize, dashWidth } = chartTokens[size]
  const hatchId = `lower-is-better-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const tick = { fill: 'var(--color-muted)', fontSize }
  const isNamesAbove = layout.nameWidth === 0
  // A name drawn above its bar, wrapped to the chart's width (phones).
  const NameAbove = ({ x, y, index }: LabelProps) => (
    <WrappedLines
      x={Number(x)}
      y={Number(y) - 8}
      lines={wrapWords(rows[Number(index)]?.name ?? '', layout.lineChars)}
      fontSize={fontSize}
      colour="var(--color-fg)"
      anchor="start"
    />
  )
  return (
    <SizedChart width={width} height={layout.height}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={layout.margin}
        width={width}
        height={layout.height}
        accessibilityLayer={false}
      >
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
        <CartesianGrid horizontal={false} stroke="var(--color-grid)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={ticks}
          tickFormatter={formatTick(100)}
          tick={tick}
          stroke="var(--color-muted)"
        />
        <YAxis
          type="category"
          dataKey="name"
          width={layout.nameWidth}
          hide={isNamesAbove}
          interval={0}
          stroke="var(--color-muted)"
          tick={<WrappedTick width={layout.nameWidth - 6} fontSize={fontSize} colour="var(--color-fg)" />}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={layout.barSize} minPointSize={2}>
          {rows.map((row) => (
            <Cell
              key={row.id}
              fill={row.isLowerBetter ? `url(#${hatchId})` : config.higher.colour}
              stroke={row.isLowerBetter ? config.lower.colour : 'none'}
              strokeWidth={dashWidth}
            />
          ))}
          <LabelList dataKey="label" content={endLabel(size)} />
          {isNamesAbove && <LabelList dataKey="name" content={NameAbove} />}
        </Bar>
      </BarChart>
    </SizedChart>
  )
}
