import type { UseQueryResult } from '@tanstack/react-query'
import { type ReactNode, Suspense, useEffect, useRef } from 'react'
import { ErrorPanel } from '../../components/error-panel.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { embedItems, heightMessageType, recordEmbedId } from '../../model/embed-code.ts'
import { placeLine, sourceLine } from '../../model/place-line.ts'
import { useSeries } from '../../stores/series.ts'
import { EmbedBody } from './embed-bodies.tsx'
import { SourceView } from './source-view.tsx'

/**
 * Tells the page around the frame how tall the content is, whenever that changes, so the frame fits it (the script
 * pasted beside the frame sets its height). Only a number goes out; nothing comes in.
 */
function useReportHeight() {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = ref.current
    if (!element || window.parent === window) return
    const tell = () =>
      window.parent.postMessage(
        { type: heightMessageType, height: Math.ceil(element.getBoundingClientRect().height) },
        '*',
      )
    // At once too: a browser may hold back the observer of a frame still off the screen.
    tell()
    void document.fonts.ready.then(tell)
    const observer = new ResizeObserver(tell)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return ref
}

type EmbedFrameProps = { fullUrl: string; children: ReactNode }

/** What every embed shows: its content, and at its foot a link to the whole dashboard. */
function EmbedFrame({ fullUrl, children }: EmbedFrameProps) {
  const { language, t } = useI18n()
  const ref = useReportHeight()
  return (
    <div
      ref={ref}
      data-embed-view
      lang={language}
      className="bg-surface text-fg flex flex-col gap-3 p-3 sm:p-4"
    >
      {children}
      <p className="text-sm">
        <a className="text-brand underline underline-offset-4" href={fullUrl} target="_blank" rel="noopener">
          {t('embedOpenFull')}
        </a>
      </p>
    </div>
  )
}

type EmbedPageProps = {
  dataset: UseQueryResult<Dataset>
  itemId: string
  renderRecord: (dataset: Dataset) => ReactNode
}

/**
 * The page of an embedded item (`?embed=<item>`): the item once its dataset is loaded, else what the frame waits
 * for or why it cannot show. Its code loads only in such a frame.
 */
export default function EmbedPage({ dataset, itemId, renderRecord }: EmbedPageProps) {
  const { language, t } = useI18n()
  // The whole dashboard this item is part of, for the link at its foot.
  const full = new URL(location.href)
  full.searchParams.delete('embed')
  if (dataset.isSuccess)
    return (
      <EmbedView dataset={dataset.data} itemId={itemId} fullUrl={full.href} renderRecord={renderRecord} />
    )
  return (
    <EmbedFrame fullUrl={full.href}>
      {dataset.isError ? (
        <ErrorPanel error={dataset.error} language={language} t={t} />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </EmbedFrame>
  )
}

type EmbedViewProps = {
  dataset: Dataset
  itemId: string
  fullUrl: string
  renderRecord: (dataset: Dataset) => ReactNode
}

/** One item of a dashboard, alone, for another site's article: its title, unit, source and a link. */
function EmbedView({ dataset, itemId, fullUrl, renderRecord }: EmbedViewProps) {
  const { language, t } = useI18n()
  const { report } = dataset
  const items = embedItems(dataset, language, t)
  const item = items.find((i) => i.id === itemId)
  const { series } = useSeries(dataset)
  // Each with the id the code names it by, and the title a person knows it by.
  const itemList = items.map((i) => `${i.id} (“${i.title}”)`).join(', ')
  if (!item)
    return (
      <EmbedFrame fullUrl={fullUrl}>
        <p role="alert" className="text-danger-strong">
          {itemId.trim() === ''
            ? t('embedNoItem', { items: itemList })
            : t('embedUnknownItem', { item: itemId, items: itemList })}
        </p>
      </EmbedFrame>
    )
  const hasOwnTitle =
    item.id.startsWith('comparison-') || item.id === recordEmbedId || item.id === 'percent-targets'
  // The scorecard names its count itself: a subtitle would say it twice.
  const subtitle = item.id === 'scorecard' ? '' : item.subtitle
  return (
    <EmbedFrame fullUrl={fullUrl}>
      <div>
        <p className="text-accent text-xs font-semibold tracking-wide uppercase">
          {placeLine(report, language, t)}
        </p>
        {!hasOwnTitle && (
          <>
            <h1 className="text-lg leading-tight font-semibold text-balance">{item.title}</h1>
            {subtitle && <p className="text-muted text-sm">{subtitle}</p>}
          </>
        )}
      </div>
      {item.id === recordEmbedId && series.length < 2 ? (
        <p className="text-muted">{t('embedNoRecord')}</p>
      ) : (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <EmbedBody dataset={dataset} itemId={item.id} renderRecord={renderRecord} />
        </Suspense>
      )}
      <p className="text-muted border-rule border-t pt-2 text-sm">
        {t('exportSourceLine', { source: sourceLine(report, language) })}
        {report.url && <span className="break-all"> · {report.url}</span>}
      </p>
      <SourceView dataset={dataset} />
    </EmbedFrame>
  )
}
