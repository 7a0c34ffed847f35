import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { formatNumber } from '../../lib/format.ts'
import type { Language } from '../../lib/language.ts'
import { EndLabel } from './bar-labels.tsx'
import type { PercentTargetRow } from '../../model/chart-rows.ts'
import { WrappedTick } from './wrapped-tick.tsx'

type PercentTargetsChartProps = { rows: PercentTargetRow[]; language: Language; height: number }

const margin = { top: 4, right: 72, bottom: 4, left: 4 }
const ticks = [0, 25, 50, 75, 100]

/** Horizontal bars on a 0–100% axis; the lower-is-better targets are hatched, violet and last. */
export default function PercentTargetsChart({ rows, language, height }: PercentTargetsChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={margin}>
        <defs>
          <pattern
            id="lower-is-better"
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#ede9fe" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#6d28d9" strokeWidth="4" />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={ticks}
          tickFormatter={(value: number) => `${formatNumber(value, language)}%`}
          tick={{ fill: '#475569', fontSize: 12 }}
        />
        <YAxis type="category" dataKey="name" width={190} tick={<WrappedTick width={184} />} interval={0} />
        <Bar dataKey="value" isAnimationActive={false} barSize={18}>
          {rows.map((row) => (
            <Cell
              key={row.id}
              fill={row.isLowerBetter ? 'url(#lower-is-better)' : 'var(--color-target)'}
              stroke={row.isLowerBetter ? '#6d28d9' : 'none'}
              strokeWidth={2}
            />
          ))}
          <LabelList dataKey="label" content={EndLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
