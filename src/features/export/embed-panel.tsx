import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { buttonClass } from '../../components/controls.ts'
import { SelectField } from '../../components/fields.tsx'
import { isServed } from '../../data/report-count.ts'
import { datasetIndexQueryOptions } from '../../data/use-dataset.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { type Language, languages } from '../../lib/language.ts'
import { translators } from '../../lib/messages/both-languages.ts'
import { embedCode, embedItems, embedUrl, recordEmbedId } from '../../model/embed-code.ts'
import { useSeries } from '../../stores/series.ts'
import { placeName } from '../../model/place-line.ts'

type EmbedPanelProps = { dataset: Dataset; itemId: string }

/** Until the frame tells its height: about what each kind of item needs on a phone. */
const startHeight = (itemId: string) =>
  itemId.startsWith('comparison-') ? 560 : itemId === 'scorecard' ? 720 : 900

/**
 * "Nhúng vào bài viết": the code that shows one item of a published dataset in another site's article, in each
 * language. A dataset kept only in this browser cannot be reached from another page: it says so, and how to publish.
 */
export function EmbedPanel({ dataset, itemId }: EmbedPanelProps) {
  const { language, t } = useI18n()
  // From a file, there is no server to publish on, and nothing to ask it.
  const index = useQuery({ ...datasetIndexQueryOptions(), enabled: isServed() })
  // The record is offered where there are reports of other years to follow the targets into.
  const { series } = useSeries(dataset)
  const items = embedItems(dataset, language, t).filter(
    (item) => item.id !== recordEmbedId || series.length > 1,
  )
  const [chosen, setChosen] = useState(() => (items.some((i) => i.id === itemId) ? itemId : items[0]?.id))
  const [copied, setCopied] = useState<Language | null>(null)
  const selectId = useId()
  const isPublished = index.data?.datasets.some((entry) => entry.id === dataset.id) ?? false
  const app = new URL(import.meta.env.BASE_URL, location.origin)
  const codeIn = (codeLanguage: Language) => {
    const tIn = translators[codeLanguage]
    const item = embedItems(dataset, codeLanguage, tIn).find((i) => i.id === chosen)
    return embedCode({
      url: embedUrl(app, dataset.id, chosen ?? '', codeLanguage),
      title: `${item?.title ?? ''} (${placeName(dataset.report, codeLanguage)})`,
      height: startHeight(chosen ?? ''),
    })
  }
  const copy = async (codeLanguage: Language) => {
    await navigator.clipboard.writeText(codeIn(codeLanguage)).then(
      () => setCopied(codeLanguage),
      () => setCopied(null),
    )
  }
  return (
    <details className="border-grid border-t pt-3 md:col-span-4" data-testid="embed-panel">
      <summary className="cursor-pointer font-semibold">{t('embedHeading')}</summary>
      <div className="mt-2 flex flex-col gap-3">
        {!isServed() ? (
          <p>{t('embedLocal')}</p>
        ) : index.isPending ? (
          <p role="status">{t('loading')}</p>
        ) : !isPublished ? (
          <p role="alert">
            {t('embedNotPublished', { title: dataset.report.title[language], id: dataset.id })}
          </p>
        ) : (
          <>
            <p className="text-muted">{t('embedHint', { height: startHeight(chosen ?? '') })}</p>
            <SelectField
              id={selectId}
              label={t('embedItem')}
              value={chosen ?? ''}
              options={items.map((item) => ({ value: item.id, label: item.title }))}
              onChange={(value) => {
                setChosen(value)
                setCopied(null)
              }}
            />
            <div className="grid gap-3 md:grid-cols-2">
              {languages.map((codeLanguage) => (
                <div key={codeLanguage} className="flex flex-col gap-1">
                  <label htmlFor={`${selectId}-${codeLanguage}`} className="font-semibold">
                    {t(codeLanguage === 'vi' ? 'embedCodeVi' : 'embedCodeEn')}
                  </label>
                  <textarea
                    id={`${selectId}-${codeLanguage}`}
                    readOnly
                    rows={5}
                    value={codeIn(codeLanguage)}
                    className="border-rule rounded border p-2 font-mono text-xs"
                    data-testid={`embed-code-${codeLanguage}`}
                    onFocus={(event) => event.currentTarget.select()}
                  />
                  <span className="flex items-center gap-2">
                    <button type="button" className={buttonClass} onClick={() => void copy(codeLanguage)}>
                      {t(codeLanguage === 'vi' ? 'embedCopyVi' : 'embedCopyEn')}
                    </button>
                    <span role="status" className="text-success">
                      {copied === codeLanguage ? t('embedCopied') : ''}
                    </span>
                  </span>
                </div>
              ))}
            </div>
          </>
        )}
      </div>
    </details>
  )
}
