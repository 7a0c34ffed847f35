import { buttonClass } from '../../components/controls.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import type { ExportItem } from '../../model/export-items.ts'
import type { ExportJob, ImageOptions } from './export-files.ts'
import type { ExportRequest } from './use-export.ts'

type ExportActionsProps = {
  item: ExportItem
  options: ImageOptions
  isPending: boolean
  onRun: (request: ExportRequest) => void
}

type Action = { label: PlainMessageKey; request: ExportRequest }

function itemActions(item: ExportItem, options: ImageOptions): Action[] {
  const job = (format: 'png' | 'csv' | 'csv-excel' | 'json'): ExportJob => ({
    scope: 'item',
    item,
    format,
    options,
  })
  return [
    { label: 'downloadPng', request: { job: job('png') } },
    { label: 'copyPng', request: { job: job('png'), delivery: 'clipboard' } },
    { label: 'downloadCsv', request: { job: job('csv') } },
    { label: 'downloadCsvExcel', request: { job: job('csv-excel') } },
    { label: 'downloadJson', request: { job: job('json') } },
  ]
}

const datasetActions: Action[] = [
  { label: 'downloadDatasetCsv', request: { job: { scope: 'dataset', format: 'csv' } } },
  { label: 'downloadDatasetCsvExcel', request: { job: { scope: 'dataset', format: 'csv-excel' } } },
  { label: 'downloadDatasetJson', request: { job: { scope: 'dataset', format: 'json' } } },
]

/** The item's exports, then the whole dataset's; all wait while one is running. */
export function ExportActions({ item, options, isPending, onRun }: ExportActionsProps) {
  const { t } = useI18n()
  const row = (actions: Action[], className: string) => (
    <div className={className}>
      {actions.map(({ label, request }) => (
        <button
          key={label}
          type="button"
          className={buttonClass}
          disabled={isPending}
          onClick={() => onRun(request)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  )
  return (
    <>
      {row(itemActions(item, options), 'flex flex-wrap content-end gap-2')}
      {row(datasetActions, 'flex flex-wrap gap-2 md:col-span-4')}
    </>
  )
}
