import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { DialogFrame } from '../../components/dialog-frame.tsx'
import { useSourceParam } from '../../stores/url-state.ts'
import { normalizeText, quoteOccurrences } from '../../dataset/clean-text.ts'
import { quotedItem } from '../../dataset/quotes.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { sourceTextQueryOptions } from '../../data/use-dataset.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type SourceViewProps = { dataset: Dataset }

/** The whole report text in a modal dialog, the quote behind the chosen figure highlighted and scrolled to. */
export function SourceView({ dataset }: SourceViewProps) {
  const { language, t } = useI18n()
  const [sourceId, setSourceId] = useSourceParam()
  const item = sourceId ? quotedItem(dataset, sourceId) : null
  const text = useQuery({
    ...sourceTextQueryOptions(dataset.id, dataset.report.sourceFile),
    enabled: item !== null,
  })
  const markRef = useRef<HTMLElement>(null)

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' })
  }, [text.data, sourceId])

  // Offsets in the text as compared (NFC, any space a space), shown the same way; the occurrence the dataset names.
  const source = text.data === undefined ? '' : normalizeText(text.data)
  const index = item ? (quoteOccurrences(source, item.quote)[(item.occurrence ?? 1) - 1] ?? -1) : -1
  const length = item ? normalizeText(item.quote).length : 0
  return (
    <DialogFrame
      title={`${t('sourceTitle')}: ${dataset.report.title[language]}`}
      description={
        <>
          {item && (
            <p className="text-muted text-sm">
              {t('sourceOf', {
                label: typeof item.label === 'string' ? t(item.label) : item.label[language],
              })}
            </p>
          )}
          {dataset.report.url && (
            <a
              href={dataset.report.url}
              target="_blank"
              rel="noopener noreferrer"
              className="text-brand text-sm break-all underline underline-offset-4"
            >
              {dataset.report.url}
            </a>
          )}
        </>
      }
      sizeClass="h-[min(90vh,56rem)] w-[min(92vw,48rem)]"
      isOpen={item !== null}
      onClose={() => void setSourceId(null)}
    >
      <div
        lang="vi"
        tabIndex={0}
        aria-label={t('sourceTitle')}
        className="flex-1 overflow-y-auto p-4 leading-relaxed whitespace-pre-wrap"
        data-testid="source-text"
      >
        {text.isPending ? (
          <p>{t('sourceLoading')}</p>
        ) : text.isError ? (
          <p role="alert">
            {text.error.message === 'source-unavailable'
              ? t('sourceUnavailable')
              : t('errorUnknown', { detail: text.error.message })}
          </p>
        ) : index < 0 || !item ? (
          <>
            <p role="alert" className="text-danger mb-3 font-semibold">
              {t('sourceNotFound')}
            </p>
            {source}
          </>
        ) : (
          <>
            {source.slice(0, index)}
            <mark
              ref={markRef}
              className="text-fg bg-highlight outline-highlight-edge rounded px-0.5 outline-2"
            >
              {source.slice(index, index + length)}
            </mark>
            {source.slice(index + length)}
          </>
        )}
      </div>
    </DialogFrame>
  )
}
