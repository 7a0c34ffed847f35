import { useMemo } from 'react'
import { ErrorPanel } from '../components/error-panel.tsx'
import { useDataset } from '../dataset/use-dataset.ts'
import { Dashboard } from '../features/dashboard/dashboard.tsx'
import { I18nContext } from '../lib/i18n-context.ts'
import { SectionNav } from './section-nav.tsx'
import { useLanguage } from './use-language.ts'
import { useDatasetParam } from './use-url-state.ts'

export function App() {
  const { language, setLanguage, t } = useLanguage()
  const [datasetId] = useDatasetParam()
  const dataset = useDataset(datasetId)
  const i18n = useMemo(() => ({ language, t }), [language, t])

  return (
    <I18nContext value={i18n}>
      <div className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
          <p className="text-brand shrink-0 font-semibold">{t('appName')}</p>
          <div className="order-last w-full min-w-0 md:order-none md:w-auto md:flex-1">
            {dataset.isSuccess && <SectionNav dataset={dataset.data} />}
          </div>
          <button
            type="button"
            lang={language === 'vi' ? 'en' : 'vi'}
            className="ml-auto shrink-0 rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
            aria-label={t('switchLanguageLabel')}
            onClick={() => void setLanguage(language === 'vi' ? 'en' : 'vi')}
          >
            {t('switchLanguage')}
          </button>
        </div>
      </div>
      <div className="mx-auto max-w-7xl px-4 py-6">
        {dataset.isPending ? (
          <p role="status">{t('loading')}</p>
        ) : dataset.isError ? (
          <ErrorPanel
            error={dataset.error}
            language={language}
            t={t}
            onRetry={() => void dataset.refetch()}
          />
        ) : (
          <Dashboard dataset={dataset.data} />
        )}
      </div>
    </I18nContext>
  )
}
