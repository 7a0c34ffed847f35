import { type ReactNode, useId, useRef, useState } from 'react'
import { useI18n } from '../lib/i18n-context.ts'
import { ExportButton } from './export-button.tsx'
import { useWidth } from './use-width.ts'

type ChartCardProps = {
  title: string
  subtitle?: string
  summary: string
  /** Drawn above the chart, in HTML so it is read first and never clipped. */
  note?: ReactNode
  height: number
  /** The export panel's id for this chart; a chart without one has its exports beside it. */
  exportId?: string
  /** The chart for the width available; `undefined` until that width is measured. */
  chart: (width: number | undefined) => ReactNode
  table: ReactNode
}

/**
 * A titled chart with a one-sentence summary and a switch to a data table of the same numbers. The chart
 * is plain SVG, so it is in the prerendered page and paints with it.
 */
export function ChartCard({
  title,
  subtitle,
  summary,
  note,
  height,
  exportId,
  chart,
  table,
}: ChartCardProps) {
  const { t } = useI18n()
  const [isTable, setIsTable] = useState(false)
  const chartRef = useRef<HTMLDivElement>(null)
  const width = useWidth(chartRef)
  const titleId = useId()
  const summaryId = useId()
  return (
    <figure
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="border-grid bg-surface flex min-w-0 flex-col rounded-xl border p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold text-balance">
            {title}
          </h3>
          {subtitle && <p className="text-muted text-sm">{subtitle}</p>}
        </div>
        <div data-print="hidden" className="flex shrink-0 gap-2">
          <button
            type="button"
            onClick={() => setIsTable((value) => !value)}
            className="border-rule text-fg hover:bg-hover rounded border px-2 py-1 text-sm"
          >
            {isTable ? t('showChart') : t('showTable')}
          </button>
          {exportId && <ExportButton itemId={exportId} itemName={title} />}
        </div>
      </div>
      {note}
      <figcaption id={summaryId} className="text-muted mt-1 text-sm">
        {summary}
      </figcaption>
      <div ref={chartRef} className="mt-auto box-content pt-2" style={{ minHeight: height }}>
        {/* Before its box is measured (the prerendered page), the chart scales to the box's width. */}
        {isTable ? table : chart(width > 0 ? width : undefined)}
      </div>
    </figure>
  )
}
