import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n-context.ts'
import type { ComparisonRow } from '../../model/chart-rows.ts'
import { ChartCard } from '../chart-card.tsx'
import { DataTable } from '../data-table.tsx'
import { useChartFormat } from './chart-config.ts'
import ComparisonChart from './comparison-chart.tsx'

type ComparisonCardProps = {
  title: string
  /** The unit, under the title and over the value axis. */
  unit: string
  summary: string
  rows: ComparisonRow[]
  height: number
  note?: ReactNode
  exportId?: string
}

/**
 * Periods of one indicator side by side, as a chart card: the columns (an actual and its target, or a target's
 * years), and the same numbers as a table. The dashboard's comparisons and the record draw it.
 */
export function ComparisonCard({ title, unit, summary, rows, height, note, exportId }: ComparisonCardProps) {
  const { t } = useI18n()
  const format = useChartFormat()
  return (
    <ChartCard
      title={title}
      subtitle={unit}
      summary={summary}
      {...(note ? { note } : {})}
      {...(exportId ? { exportId } : {})}
      height={height}
      chart={(width) => (
        <ComparisonChart
          rows={rows}
          axisLabel={unit}
          formatTick={format.compact}
          size="screen"
          height={height}
          width={width}
        />
      )}
      table={
        <DataTable
          caption={title}
          headers={[t('tablePeriod'), t('tableValue')]}
          rows={rows.map((row) => ({ key: `${row.kind}-${row.period}`, cells: [row.period, row.label] }))}
        />
      }
    />
  )
}
