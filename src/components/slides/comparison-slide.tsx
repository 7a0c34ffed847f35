import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import type { LabelProps } from 'recharts'
import type { Comparison } from '../../dataset/derive.ts'
import { formatCompactNumber } from '../../lib/format.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { changeLabel, comparisonRows, comparisonSummary, niceTicks } from '../../model/chart-rows.ts'

const chartWidth = 1000
const chartHeight = 720
const margin = { top: 70, right: 20, bottom: 10, left: 30 }
const tick = { fill: 'var(--slide-fg)', fontSize: 34 }

function SlideBarLabel({ x, y, width, value }: LabelProps) {
  return (
    <text
      x={Number(x) + Number(width) / 2}
      y={Number(y) - 18}
      textAnchor="middle"
      fill="var(--slide-fg)"
      fontSize={36}
      fontWeight={600}
    >
      {value}
    </text>
  )
}

export function ComparisonSlide({ comparison }: { comparison: Comparison }) {
  const { language, t } = useI18n()
  const rows = comparisonRows(comparison, language, t)
  const ticks = niceTicks(Math.max(...rows.map((row) => row.value)))
  const isBelow = comparison.change.isTargetBelowActual
  return (
    <div className="grid h-full grid-cols-[1000px_1fr] gap-12">
      <BarChart width={chartWidth} height={chartHeight} data={rows} margin={margin}>
        <CartesianGrid vertical={false} stroke="var(--slide-rule)" />
        <XAxis dataKey="period" tick={tick} tickLine={false} stroke="var(--slide-muted)" height={56} />
        <YAxis
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={(value: number) => formatCompactNumber(value, language)}
          tick={tick}
          stroke="var(--slide-muted)"
          width={150}
        />
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={260}>
          {rows.map((row) => (
            <Cell
              key={row.kind}
              fill={row.kind === 'actual' ? 'var(--slide-actual)' : 'var(--slide-target)'}
              stroke="var(--slide-fg)"
              strokeWidth={row.kind === 'target' ? 3 : 0}
              strokeDasharray={row.kind === 'target' ? '12 6' : undefined}
            />
          ))}
          <LabelList dataKey="label" content={SlideBarLabel} />
        </Bar>
      </BarChart>
      <div className="flex flex-col justify-center gap-8">
        <p className="text-[34px] text-(--slide-muted)">{unitLabel(comparison.target.unit, language)}</p>
        <p
          data-testid="slide-required-change"
          className={`border-l-8 pl-6 text-[44px] leading-snug font-semibold ${isBelow ? 'border-(--slide-muted)' : 'border-(--slide-target)'}`}
        >
          {changeLabel(comparison, language, t)}
        </p>
        <p className="text-[34px] leading-snug">{comparisonSummary(comparison, language, t)}</p>
      </div>
    </div>
  )
}
