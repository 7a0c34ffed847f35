import { useQueryClient } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { datasetSchema } from '../../dataset/schema.ts'
import { sourceTextQueryOptions } from '../../data/use-dataset.ts'
import { buildDataset } from '../../draft/build-dataset.ts'
import type { Work } from '../../draft/work.ts'
import type { ReactNode } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type WorkPreviewProps = { work: Work; hasErrors: boolean; render: (dataset: Dataset) => ReactNode }

/** The dashboard the work makes, charts included, once nothing stops it from being a valid dataset. */
export function WorkPreview({ work, hasErrors, render }: WorkPreviewProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  // Typing in a field stays quick: the dashboard below follows when the page is idle.
  const deferred = useDeferredValue(work)
  const dataset = useMemo(() => {
    if (hasErrors) return null
    const parsed = datasetSchema.safeParse(buildDataset(deferred).json)
    return parsed.success ? parsed.data : null
  }, [deferred, hasErrors])
  if (dataset)
    queryClient.setQueryData(
      sourceTextQueryOptions(dataset.id, dataset.report.sourceFile).queryKey,
      deferred.sourceText,
    )
  return (
    <section aria-labelledby="preview-section" className="border-grid flex flex-col gap-2 border-t pt-4">
      <h2 id="preview-section" className="text-lg font-semibold">
        {t('makerPreview')}
      </h2>
      {dataset ? (
        <div data-testid="work-preview" className="border-rule rounded-lg border p-3">
          {render(dataset)}
        </div>
      ) : (
        <p className="text-muted text-sm">{t('makerPreviewHint')}</p>
      )}
    </section>
  )
}
