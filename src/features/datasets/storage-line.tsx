import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n-context.ts'
import { formatNumber } from '../../lib/format.ts'
import type { Language } from '../../lib/language.ts'
import { storageUse } from '../../lib/store-fault.ts'

/** "12,4 MB", "850 kB": the size of what is stored, as a reader says it. */
export function formatBytes(bytes: number, language: Language): string {
  const megabytes = bytes / 1_000_000
  if (megabytes >= 1000) return `${formatNumber(Math.round(megabytes / 100) / 10, language)} GB`
  if (megabytes >= 1) return `${formatNumber(Math.round(megabytes * 10) / 10, language)} MB`
  return `${formatNumber(Math.max(1, Math.round(bytes / 1000)), language)} kB`
}

/** What this browser keeps for the page, what it may still keep, and whether it promised not to clear it. */
export function StorageLine() {
  const { language, t } = useI18n()
  const use = useQuery({ queryKey: ['storage-use'], queryFn: storageUse, staleTime: 0 })
  if (!use.data) return null
  const { used, left, isPersisted } = use.data
  return (
    <p className="text-muted text-sm" data-testid="storage-line">
      {t('storageUsed', { used: formatBytes(used, language), left: formatBytes(left, language) })}{' '}
      {t(isPersisted ? 'storagePersisted' : 'storageNotPersisted')}
    </p>
  )
}
