import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react'
import { ErrorPanel } from '../components/error-panel.tsx'
import { useQueryClient } from '@tanstack/react-query'
import type { FirstScreenRenderer } from '../data/one-file-page.ts'
import type { Dataset } from '../dataset/schema.ts'
import { datasetQueryOptions, useDataset } from '../data/use-dataset.ts'
import { Dashboard } from '../features/dashboard/dashboard.tsx'
import { enterFullscreen } from '../lib/fullscreen.ts'
import { I18nContext } from '../lib/i18n-context.ts'
import { loadLanguage } from '../lib/messages.ts'
import { AppHeader } from './app-header.tsx'
import { useDatasetsSync } from './use-datasets-sync.ts'
import { useFileDrop } from './use-file-drop.ts'
import { useLanguage } from './use-language.ts'
import {
  useDatasetParam,
  useEmbedParam,
  useExportParam,
  useSlideParam,
  useViewParam,
} from '../stores/url-state.ts'

const Deck = lazy(() => import('../features/presenter/deck.tsx'))
const PresenterView = lazy(() => import('../features/presenter/presenter-view.tsx'))
const ExportDialog = lazy(() => import('../features/export/export-dialog.tsx'))
const DatasetsDialog = lazy(() => import('../features/datasets/datasets-dialog.tsx'))
// One item alone in another site's page (?embed=…): its code loads only there.
const EmbedPage = lazy(() => import('../features/dashboard/embed-view.tsx'))
const AuthoringPage = lazy(() => import('../features/authoring/authoring-page.tsx'))
// Its code loads only where there are other reports to follow the targets into.
const RecordSection = lazy(() => import('../features/record/record-section.tsx'))
const renderRecord = (dataset: Dataset) => <RecordSection dataset={dataset} />

type AppProps = {
  /** Draws a dataset's first screen, for a one-file page (src/app/first-screen.tsx, given by the entry). */
  renderFirstScreen: FirstScreenRenderer
}

export function App({ renderFirstScreen }: AppProps) {
  const { language, setLanguage, t } = useLanguage()
  const [datasetId, setDatasetId] = useDatasetParam()
  const queryClient = useQueryClient()
  const bundledName = queryClient.getQueryData<Dataset>(datasetQueryOptions(null).queryKey)?.report.place
    .name[language]
  const [view, setView] = useViewParam()
  const [exportId, setExportId] = useExportParam()
  const [datasetsPanel, setDatasetsPanel] = useState<{ droppedFiles: File[] | null } | null>(null)
  useFileDrop((files) => setDatasetsPanel({ droppedFiles: files }))
  useDatasetsSync()
  const dataset = useDataset(datasetId)
  // A report that arrives is drawn in the background, yielding to the browser every few milliseconds, so that a
  // province's hundred indicators never hold a phone's main thread in one long task; the one shown stays until then.
  const shown = useDeferredValue(dataset.data)
  const i18n = useMemo(() => ({ language, t }), [language, t])
  const [, setSlide] = useSlideParam()
  const exitDeck = useCallback(() => {
    void setView(null)
    void setSlide(null)
  }, [setView, setSlide])

  const [embedId] = useEmbedParam()
  if (embedId !== null)
    return (
      <I18nContext value={i18n}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <EmbedPage dataset={dataset} itemId={embedId} renderRecord={renderRecord} />
        </Suspense>
      </I18nContext>
    )

  if (view === 'presenter' && dataset.isSuccess) {
    return (
      <I18nContext value={i18n}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <PresenterView dataset={dataset.data} />
        </Suspense>
      </I18nContext>
    )
  }

  return (
    <I18nContext value={i18n}>
      <a
        data-print="hidden"
        href="#main"
        className="bg-surface sr-only z-40 rounded px-3 py-2 font-semibold focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('skipToContent')}
      </a>
      <AppHeader
        dataset={shown}
        isDashboardShown={view !== 'author'}
        onOpenDatasets={() => setDatasetsPanel({ droppedFiles: null })}
        onPresent={() => {
          void enterFullscreen()
          void setView('present')
        }}
        onSwitchLanguage={() => {
          // The other language's messages first, so the page changes once, whole.
          const next = language === 'vi' ? 'en' : 'vi'
          void loadLanguage(next).then(() => setLanguage(next))
        }}
      />
      {datasetsPanel && (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <DatasetsDialog
            currentId={datasetId}
            droppedFiles={datasetsPanel.droppedFiles}
            onOpen={(id) => {
              void setDatasetId(id)
              setDatasetsPanel(null)
            }}
            onClose={() => setDatasetsPanel(null)}
            onCreate={() => {
              setDatasetsPanel(null)
              void setView('author')
            }}
            renderFirstScreen={renderFirstScreen}
          />
        </Suspense>
      )}
      <div className="mx-auto max-w-7xl px-4 py-6">
        {view === 'author' ? (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <AuthoringPage
              onBack={() => void setView(null)}
              onSaved={(id) => {
                void setView(null)
                void setDatasetId(id)
              }}
              renderPreview={(preview) => <Dashboard dataset={preview} renderRecord={renderRecord} isPart />}
              renderFirstScreen={renderFirstScreen}
            />
          </Suspense>
        ) : dataset.isPending ? (
          <p role="status">{t('loading')}</p>
        ) : dataset.isError ? (
          <ErrorPanel
            error={dataset.error}
            language={language}
            t={t}
            onRetry={() => void dataset.refetch()}
            bundled={
              datasetId
                ? {
                    name: bundledName ?? t('appName'),
                    onOpen: () => void setDatasetId(null),
                  }
                : undefined
            }
          />
        ) : shown === undefined ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <>
            <Dashboard dataset={shown} renderRecord={renderRecord} />
            {view === 'present' && (
              <Suspense fallback={<div className="fixed inset-0 z-50 bg-black" />}>
                <Deck dataset={shown} onExit={exitDeck} />
              </Suspense>
            )}
            {exportId && (
              <Suspense fallback={<p role="status">{t('loading')}</p>}>
                <ExportDialog
                  dataset={shown}
                  itemId={exportId}
                  onSelect={(id) => void setExportId(id, { history: 'replace' })}
                  onClose={() => void setExportId(null)}
                />
              </Suspense>
            )}
          </>
        )}
      </div>
    </I18nContext>
  )
}
