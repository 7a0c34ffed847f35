import PercentTargetsChart from '../charts/percent-targets-chart.tsx'
import { ChartLegend } from '../charts/chart-legend.tsx'
import { percentChartConfig, useChartFormat } from '../charts/chart-config.ts'
import type { Dataset, Figure } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { percentChartSummary, percentTargetRows } from '../../model/chart-rows.ts'

export function PercentTargetsSlide({ dataset, targets }: { dataset: Dataset; targets: Figure[] }) {
  const { language, t } = useI18n()
  const format = useChartFormat()
  const rows = percentTargetRows(dataset, language, targets)
  return (
    <div className="flex h-full flex-col gap-4">
      <p className="text-[34px] leading-snug">{percentChartSummary(rows, t)}</p>
      <ChartLegend config={percentChartConfig} size="slide" />
      <PercentTargetsChart
        rows={rows}
        formatTick={format.percent}
        size="slide"
        width={1720}
        slideHeight={540}
      />
    </div>
  )
}
