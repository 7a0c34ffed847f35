import { parseAsString, useQueryState } from 'nuqs'
import { ErrorPanel } from '../components/error-panel.tsx'
import { useDataset } from '../dataset/use-dataset.ts'
import { FigureList } from '../features/dashboard/figure-list.tsx'
import { useLanguage } from './use-language.ts'

export function App() {
  const { language, setLanguage, t } = useLanguage()
  const [datasetId] = useQueryState('dataset', parseAsString)
  const dataset = useDataset(datasetId)

  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <div className="mb-4 flex items-center justify-between gap-4">
        <p className="text-brand font-semibold">{t('appName')}</p>
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
          aria-label={t('switchLanguageLabel')}
          onClick={() => void setLanguage(language === 'vi' ? 'en' : 'vi')}
        >
          {t('switchLanguage')}
        </button>
      </div>
      {dataset.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : dataset.isError ? (
        <ErrorPanel error={dataset.error} language={language} t={t} onRetry={() => void dataset.refetch()} />
      ) : (
        <FigureList dataset={dataset.data} language={language} t={t} />
      )}
    </div>
  )
}
