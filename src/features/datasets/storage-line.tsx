import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n-context.ts'
import { formatBytes } from '../../lib/format.ts'
import { storageUse } from '../../lib/store-fault.ts'

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
