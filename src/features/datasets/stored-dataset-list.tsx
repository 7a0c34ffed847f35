import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { announceDatasetsChanged } from '../../dataset/datasets-sync.ts'
import { listStoredDatasets, removeStoredDataset } from '../../dataset/stored-datasets.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass } from './button-class.ts'

type StoredDatasetListProps = { currentId: string | null; onOpen: (id: string) => void }

/** The datasets kept in this browser, each to open or remove (removing asks first, and other tabs follow). */
export function StoredDatasetList({ currentId, onOpen }: StoredDatasetListProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const stored = useQuery({ queryKey: ['stored-datasets'], queryFn: listStoredDatasets })
  const [removing, setRemoving] = useState<string | null>(null)
  const remove = async (id: string) => {
    await removeStoredDataset(id)
    setRemoving(null)
    announceDatasetsChanged(id)
    await queryClient.invalidateQueries({ queryKey: ['stored-datasets'] })
  }
  return (
    <section>
      <h3 className="font-semibold">{t('datasetsOpened')}</h3>
      {stored.data?.length ? (
        <ul className="mt-1 divide-y divide-slate-200" data-testid="stored-datasets">
          {stored.data.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {entry.title} <span className="text-sm text-slate-600">({entry.fileName})</span>
                {currentId === entry.id && (
                  <span className="ml-2 text-sm text-slate-600">({t('datasetsCurrent')})</span>
                )}
              </span>
              <span className="flex gap-2">
                <button type="button" className={buttonClass} onClick={() => onOpen(entry.id)}>
                  {t('openDataset')}
                </button>
                {removing === entry.id ? (
                  <span role="alert" className="flex flex-wrap items-center gap-2 text-sm">
                    {t('removeConfirm', { title: entry.title })}
                    <button type="button" className={buttonClass} onClick={() => void remove(entry.id)}>
                      {t('removeYes')}
                    </button>
                    <button type="button" className={buttonClass} onClick={() => setRemoving(null)}>
                      {t('removeNo')}
                    </button>
                  </span>
                ) : (
                  <button type="button" className={buttonClass} onClick={() => setRemoving(entry.id)}>
                    {t('removeDataset')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t('datasetsNoneOpened')}</p>
      )}
    </section>
  )
}
