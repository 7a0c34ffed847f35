import ComparisonChart from '../charts/comparison-chart.tsx'
import { useChartFormat } from '../charts/chart-config.ts'
import { RequiredChange } from '../views/required-change.tsx'
import type { Comparison } from '../../dataset/derive.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { comparisonRows, comparisonSummary } from '../../model/chart-rows.ts'

export function ComparisonSlide({ comparison }: { comparison: Comparison }) {
  const { language, t } = useI18n()
  const format = useChartFormat()
  return (
    <div className="grid h-full grid-cols-[1000px_1fr] gap-12">
      <ComparisonChart
        rows={comparisonRows(comparison, language, t)}
        axisLabel={unitLabel(comparison.target.unit, language)}
        formatTick={format.compact}
        size="slide"
        width={1000}
        height={720}
      />
      <div className="flex flex-col justify-center gap-8">
        <RequiredChange comparison={comparison} size="slide" />
        <p className="text-[34px] leading-snug">{comparisonSummary(comparison, language, t)}</p>
      </div>
    </div>
  )
}
