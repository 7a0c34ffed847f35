import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { Unit } from '../../dataset/schema.ts'
import { formatNumber, unitLabel } from '../../lib/format.ts'
import type { Language } from '../../lib/language.ts'
import { TopLabel } from './bar-labels.tsx'
import { type ComparisonRow, niceTicks } from '../../model/chart-rows.ts'

type ComparisonChartProps = { rows: ComparisonRow[]; unit: Unit; language: Language; height: number }

const colours = { actual: 'var(--color-actual)', target: 'var(--color-target)' } as const
const margin = { top: 28, right: 8, bottom: 4, left: 8 }

/** Two bars on one axis of one unit: the actual and the target. No animation: it is complete when shown. */
export default function ComparisonChart({ rows, unit, language, height }: ComparisonChartProps) {
  const ticks = niceTicks(Math.max(...rows.map((row) => row.value)))
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} margin={margin}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="period" tick={{ fill: '#334155', fontSize: 13 }} tickLine={false} />
        <YAxis
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={(value: number) => formatNumber(value, language)}
          tick={{ fill: '#475569', fontSize: 12 }}
          width={64}
          label={{
            value: unitLabel(unit, language),
            angle: 0,
            position: 'insideTopLeft',
            dy: -26,
            dx: 0,
            fill: '#475569',
            fontSize: 12,
          }}
        />
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={96}>
          {rows.map((row) => (
            <Cell
              key={row.kind}
              fill={colours[row.kind]}
              stroke="#1e293b"
              strokeWidth={row.kind === 'target' ? 1.5 : 0}
              strokeDasharray={row.kind === 'target' ? '5 3' : undefined}
            />
          ))}
          <LabelList dataKey="shortLabel" content={TopLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
