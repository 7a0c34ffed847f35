import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import type { LabelProps } from 'recharts'
import { WrappedTick } from '../../components/charts/wrapped-tick.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { formatNumber } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { percentChartSummary, percentTargetRows } from '../../model/chart-rows.ts'

const margin = { top: 0, right: 190, bottom: 0, left: 10 }
const ticks = [0, 25, 50, 75, 100]

function EndLabel({ x, y, width, height, value }: LabelProps) {
  return (
    <text
      x={Number(x) + Number(width) + 14}
      y={Number(y) + Number(height) / 2}
      dominantBaseline="middle"
      fill="var(--slide-fg)"
      fontSize={34}
      fontWeight={600}
    >
      {value}
    </text>
  )
}

export function PercentTargetsSlide({ dataset }: { dataset: Dataset }) {
  const { language, t } = useI18n()
  const rows = percentTargetRows(dataset, language)
  return (
    <div className="flex h-full flex-col">
      <p className="text-[34px] leading-snug">{percentChartSummary(rows, t)}</p>
      <div className="mt-4 flex gap-10 text-[34px]" aria-hidden="true">
        <span className="flex items-center gap-3">
          <span className="inline-block size-7 bg-(--slide-target)" /> {t('legendHigher')}
        </span>
        <span className="flex items-center gap-3">
          <span className="inline-block size-7 border-4 border-(--slide-lower) bg-(--slide-lower-fill)" />{' '}
          {t('legendLower')}
        </span>
      </div>
      <BarChart width={1720} height={590} data={rows} layout="vertical" margin={margin}>
        <CartesianGrid horizontal={false} stroke="var(--slide-rule)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={ticks}
          tickFormatter={(value: number) => `${formatNumber(value, language)}%`}
          tick={{ fill: 'var(--slide-fg)', fontSize: 34 }}
          stroke="var(--slide-muted)"
          height={50}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={560}
          interval={0}
          stroke="var(--slide-muted)"
          tick={<WrappedTick width={540} fontSize={34} colour="var(--slide-fg)" />}
        />
        <Bar dataKey="value" isAnimationActive={false} barSize={40}>
          {rows.map((row) => (
            <Cell
              key={row.id}
              fill={row.isLowerBetter ? 'var(--slide-lower-fill)' : 'var(--slide-target)'}
              stroke={row.isLowerBetter ? 'var(--slide-lower)' : 'none'}
              strokeWidth={5}
            />
          ))}
          <LabelList dataKey="label" content={EndLabel} />
        </Bar>
      </BarChart>
    </div>
  )
}
