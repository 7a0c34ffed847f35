import { useQuery } from '@tanstack/react-query'
import { OneFileDownload } from '../../components/one-file-download.tsx'
import { loadDatasetWithSource } from '../../data/load-dataset.ts'
import type { FirstScreenRenderer } from '../../data/one-file-page.ts'
import { datasetIndexQueryOptions } from '../../data/use-dataset.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { DatasetRow } from './dataset-row.tsx'

type BundledDatasetListProps = {
  currentId: string | null
  onOpen: (id: string | null) => void
  renderFirstScreen: FirstScreenRenderer
}

/** The datasets that come with the app; the first is the default one, opened without an id in the URL. */
export function BundledDatasetList({ currentId, onOpen, renderFirstScreen }: BundledDatasetListProps) {
  const { language, t } = useI18n()
  const index = useQuery(datasetIndexQueryOptions())
  const datasets = index.data?.datasets ?? []
  const shownId = currentId ?? datasets[0]?.id
  return (
    <section>
      <h3 className="font-semibold">{t('datasetsBundled')}</h3>
      <ul className="divide-grid mt-1 divide-y">
        {datasets.map((entry, i) => (
          <DatasetRow
            key={entry.id}
            title={entry.title[language]}
            isCurrent={shownId === entry.id}
            onOpen={() => onOpen(i === 0 ? null : entry.id)}
          >
            <OneFileDownload
              title={entry.title[language]}
              load={() => loadDatasetWithSource(entry.id)}
              render={renderFirstScreen}
            />
          </DatasetRow>
        ))}
      </ul>
    </section>
  )
}
