import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { isFilterActive } from '../../model/indicator-filter.ts'
import { useIndicatorFilter, useSectionCounts } from '../../stores/indicator-filter.ts'

/** The id of the search box, for the notice's "change" link. */
export const filterSearchId = 'indicator-search'

/**
 * At the top of a filtered page (a shared link opens filtered): what the filter is, how much it shows, and a
 * way to change or clear it, so nobody takes four results for the whole report.
 */
export function FilterNotice({ dataset }: { dataset: Dataset }) {
  const { t } = useI18n()
  const { filter, setFilter } = useIndicatorFilter()
  const counts = useSectionCounts(dataset)
  if (!isFilterActive(filter)) return null
  const parts = [
    ...(filter.query.trim() ? [`“${filter.query.trim()}”`] : []),
    ...(filter.field ? [t(fieldKeys[filter.field])] : []),
    ...(filter.onlyPaired ? [t('filterPaired')] : []),
  ]
  return (
    <div
      role="status"
      data-print="hidden"
      className="border-warning-edge bg-warning-soft text-warning-strong mt-4 flex flex-wrap items-center gap-3 rounded-lg border px-4 py-2"
    >
      <p>
        {t('filterNotice', {
          filter: parts.join(' · '),
          shown: counts.indicators,
          total: dataset.indicators.length,
        })}
      </p>
      <a
        href={`#${filterSearchId}`}
        onClick={(event) => {
          event.preventDefault()
          const search = document.getElementById(filterSearchId)
          search?.scrollIntoView({ block: 'center' })
          search?.focus()
        }}
        className="font-semibold underline"
      >
        {t('filterEdit')}
      </a>
      <button
        type="button"
        onClick={() => setFilter({ query: '', field: null, onlyPaired: false })}
        className="bg-surface border-warning-edge hover:bg-warning-tint rounded border px-2 py-1 font-semibold"
      >
        {t('filterClear')}
      </button>
    </div>
  )
}
