import { useState } from 'react'
import { ChartCard } from '../../components/chart-card.tsx'
import { ChartLegend } from '../../components/charts/chart-legend.tsx'
import { percentLegend, useChartFormat } from '../../components/charts/chart-config.ts'
import { percentChartLayout } from '../../components/charts/percent-chart-layout.ts'
import PercentTargetsChart from '../../components/charts/percent-targets-chart.tsx'
import { DataTable } from '../../components/data-table.tsx'
import { FoldButton } from '../../components/fold.tsx'
import { useI18n } from '../../lib/i18n-context.ts'
import { percentChartSummary, type PercentTargetRow } from '../../model/chart-rows.ts'

/** Wider, the bars only grow longer; narrower, the chart also prints at a readable size. */
const maxChartWidth = 900
/** More bars than this make a chart taller than a screen: it waits to be asked for. */
const foldAbove = 16

/** The targets in % as bars on 0–100 %; where there are many, its summary first and the chart on request. */
export function PercentTargetsCard({
  rows,
  year,
  canExport = true,
}: {
  rows: PercentTargetRow[]
  year: number
  /** Not in an embedded item, where the export dialog is not at hand. */
  canExport?: boolean
}) {
  const { t } = useI18n()
  const format = useChartFormat()
  const [isOpen, setIsOpen] = useState(false)
  const isFolded = rows.length > foldAbove && !isOpen
  // The card keeps the wide layout's height while the chart loads; a phone's chart grows from there.
  const chartHeight = percentChartLayout(rows, 'screen', 1000).height
  const title = t('percentChartTitle', { year })
  if (isFolded)
    return (
      <div className="bg-surface border-grid mt-6 rounded-xl border p-5">
        <h3 className="font-semibold">{title}</h3>
        <p className="text-muted mt-1">{percentChartSummary(rows, t)}</p>
        <FoldButton
          isOpen={false}
          onToggle={() => setIsOpen(true)}
          openLabel={t('percentChartShow', { count: rows.length })}
          closeLabel={t('seeFewer')}
        />
      </div>
    )
  return (
    <div className="mt-6">
      <ChartCard
        title={title}
        summary={percentChartSummary(rows, t)}
        note={
          <div className="mt-2">
            <ChartLegend config={percentLegend(rows)} size="screen" />
          </div>
        }
        height={chartHeight}
        {...(canExport ? { exportId: 'percent-targets' } : {})}
        chart={(width) => (
          <PercentTargetsChart
            rows={rows}
            formatTick={format.percent}
            size="screen"
            width={width && Math.min(width, maxChartWidth)}
          />
        )}
        table={
          <DataTable
            caption={title}
            headers={[t('tableIndicator'), t('tableValue'), t('legendLower')]}
            rows={rows.map((row) => ({
              key: row.id,
              cells: [row.name, row.label, row.isLowerBetter ? '✓' : ''],
            }))}
          />
        }
      />
    </div>
  )
}
