import { useI18n } from '../lib/i18n-context.ts'
import { useExportParam } from '../stores/url-state.ts'

type ExportButtonProps = { itemId: string; itemName: string; className?: string }

/** Opens the export panel for one item (the panel itself loads only when first used). */
export function ExportButton({ itemId, itemName, className = '' }: ExportButtonProps) {
  const { t } = useI18n()
  const [, setExport] = useExportParam()
  return (
    <button
      type="button"
      data-print="hidden"
      aria-label={t('exportLabel', { item: itemName })}
      onClick={() => void setExport(itemId)}
      className={`border-rule bg-surface text-fg hover:bg-hover shrink-0 rounded border px-2 py-1 text-sm ${className}`}
    >
      {t('exportButton')}
    </button>
  )
}
