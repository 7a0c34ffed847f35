import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import type { Unit } from '../../dataset/schema.ts'
import { formatCompactNumber } from '../../lib/format.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import type { Language } from '../../lib/language.ts'
import { type ComparisonRow, niceTicks } from '../../model/chart-rows.ts'
import { TopLabel } from './bar-labels.tsx'
import { SizedChart } from './sized-chart.tsx'

type ComparisonChartProps = {
  rows: ComparisonRow[]
  unit: Unit
  language: Language
  height: number
  /** A fixed width for exports; without it the chart fills its container. */
  width?: number
}

const colours = { actual: 'var(--chart-actual)', target: 'var(--chart-target)' } as const
const margin = { top: 28, right: 8, bottom: 4, left: 8 }
const tick = { fill: 'var(--chart-muted)', fontSize: 12 }

/** Two bars on one axis of one unit: the actual and the target. No animation: it is complete when shown. */
export default function ComparisonChart({ rows, unit, language, height, width }: ComparisonChartProps) {
  const ticks = niceTicks(Math.max(...rows.map((row) => row.value)))
  return (
    <SizedChart width={width} height={height}>
      <BarChart data={rows} margin={margin} width={width} height={width ? height : undefined}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="period" tick={{ ...tick, fill: 'var(--chart-fg)', fontSize: 13 }} tickLine={false} />
        <YAxis
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={(value: number) => formatCompactNumber(value, language)}
          tick={tick}
          width={64}
          label={{
            value: unitLabel(unit, language),
            position: 'insideTopLeft',
            dy: -26,
            fill: 'var(--chart-muted)',
            fontSize: 12,
          }}
        />
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={96}>
          {rows.map((row) => (
            <Cell
              key={row.kind}
              fill={colours[row.kind]}
              stroke="var(--chart-fg)"
              strokeWidth={row.kind === 'target' ? 1.5 : 0}
              strokeDasharray={row.kind === 'target' ? '5 3' : undefined}
            />
          ))}
          <LabelList dataKey="shortLabel" content={TopLabel} />
        </Bar>
      </BarChart>
    </SizedChart>
  )
}
