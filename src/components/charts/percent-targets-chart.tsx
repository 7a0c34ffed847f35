import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import { formatNumber } from '../../lib/format.ts'
import type { Language } from '../../lib/language.ts'
import type { PercentTargetRow } from '../../model/chart-rows.ts'
import { EndLabel } from './bar-labels.tsx'
import { WrappedTick } from './wrapped-tick.tsx'
import { SizedChart } from './sized-chart.tsx'

type PercentTargetsChartProps = {
  rows: PercentTargetRow[]
  language: Language
  height: number
  width?: number
}

const margin = { top: 4, right: 72, bottom: 4, left: 4 }
const ticks = [0, 25, 50, 75, 100]

/** Horizontal bars on a 0–100% axis; the lower-is-better targets are hatched, violet and last. */
export default function PercentTargetsChart({ rows, language, height, width }: PercentTargetsChartProps) {
  return (
    <SizedChart width={width} height={height}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={margin}
        width={width}
        height={width ? height : undefined}
      >
        <defs>
          <pattern
            id="lower-is-better"
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="var(--chart-lower-fill)" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="var(--chart-lower)" strokeWidth="4" />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={ticks}
          tickFormatter={(value: number) => `${formatNumber(value, language)}%`}
          tick={{ fill: 'var(--chart-muted)', fontSize: 12 }}
        />
        <YAxis type="category" dataKey="name" width={190} tick={<WrappedTick width={184} />} interval={0} />
        <Bar dataKey="value" isAnimationActive={false} barSize={18}>
          {rows.map((row) => (
            <Cell
              key={row.id}
              fill={row.isLowerBetter ? 'url(#lower-is-better)' : 'var(--chart-target)'}
              stroke={row.isLowerBetter ? 'var(--chart-lower)' : 'none'}
              strokeWidth={2}
            />
          ))}
          <LabelList dataKey="label" content={EndLabel} />
        </Bar>
      </BarChart>
    </SizedChart>
  )
}
