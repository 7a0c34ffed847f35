import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { OneFileDownload } from '../../components/one-file-download.tsx'
import { announceDatasetsChanged } from '../../data/datasets-sync.ts'
import { loadDatasetWithSource } from '../../data/load-dataset.ts'
import type { FirstScreenRenderer } from '../../data/one-file-page.ts'
import { removeStoredDataset } from '../../data/stored-datasets.ts'
import { storedDatasetsQueryKey, storedDatasetsQueryOptions } from '../../data/use-dataset.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass } from '../../components/controls.ts'
import { DatasetRow } from './dataset-row.tsx'

type StoredDatasetListProps = {
  currentId: string | null
  onOpen: (id: string) => void
  renderFirstScreen: FirstScreenRenderer
}

/** The datasets kept in this browser, each to open or remove (removing asks first, and other tabs follow). */
export function StoredDatasetList({ currentId, onOpen, renderFirstScreen }: StoredDatasetListProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const stored = useQuery(storedDatasetsQueryOptions())
  const [removing, setRemoving] = useState<string | null>(null)
  const remove = useMutation({
    mutationFn: removeStoredDataset,
    onSuccess: async (_, id) => {
      setRemoving(null)
      announceDatasetsChanged(id)
      await queryClient.invalidateQueries({ queryKey: storedDatasetsQueryKey })
    },
  })
  return (
    <section>
      <h3 className="font-semibold">{t('datasetsOpened')}</h3>
      {stored.data?.length ? (
        <ul className="divide-grid mt-1 divide-y" data-testid="stored-datasets">
          {stored.data.map((entry) => (
            <DatasetRow
              key={entry.id}
              title={
                <>
                  {entry.title} <span className="text-muted text-sm">({entry.fileName})</span>
                </>
              }
              isCurrent={currentId === entry.id}
              onOpen={() => onOpen(entry.id)}
            >
              <OneFileDownload
                title={entry.title}
                load={() => loadDatasetWithSource(entry.id)}
                render={renderFirstScreen}
              />
              {removing === entry.id ? (
                <span role="alert" className="flex flex-wrap items-center gap-2 text-sm">
                  {t('removeConfirm', { title: entry.title })}
                  <button type="button" className={buttonClass} onClick={() => remove.mutate(entry.id)}>
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
            </DatasetRow>
          ))}
        </ul>
      ) : (
        <p className="text-muted mt-1 text-sm">{t('datasetsNoneOpened')}</p>
      )}
    </section>
  )
}
