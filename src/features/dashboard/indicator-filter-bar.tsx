import { useId } from 'react'
import { fieldOrder } from '../../dataset/derive.ts'
import type { Field } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { type IndicatorFilter, isFilterActive } from '../../model/indicator-filter.ts'
import { filterSearchId } from './filter-notice.tsx'
import { Checkbox, fieldClass, Select } from '../../components/fields.tsx'

type IndicatorFilterBarProps = {
  filter: IndicatorFilter
  onChange: (next: Partial<IndicatorFilter>) => void
  /** Targets per field before filtering, for the field choice. */
  counts: Record<Field, number>
  shown: number
  total: number
  /** Presents a deck of only the indicators shown. */
  onPresent: () => void
}

/** Search, field and "with a result and a target": narrows the targets, the URL keeping the choice. */
export function IndicatorFilterBar({
  filter,
  onChange,
  counts,
  shown,
  total,
  onPresent,
}: IndicatorFilterBarProps) {
  const { t } = useI18n()
  const hintId = useId()
  const fieldId = useId()
  return (
    <div data-print="hidden" role="search" className="bg-surface border-grid mt-4 rounded-xl border p-4">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-3">
        <div className="flex min-w-0 flex-[2_1_16rem] flex-col gap-1">
          <label htmlFor={filterSearchId} className="text-sm font-semibold">
            {t('filterSearch')}
          </label>
          <input
            id={filterSearchId}
            type="search"
            value={filter.query}
            aria-describedby={hintId}
            onChange={(event) => onChange({ query: event.target.value })}
            className={fieldClass}
          />
          <span id={hintId} className="text-muted text-sm">
            {t('filterSearchHint')}
          </span>
        </div>
        <div className="flex min-w-0 flex-[1_1_12rem] flex-col gap-1">
          <label htmlFor={fieldId} className="text-sm font-semibold">
            {t('filterField')}
          </label>
          <Select
            id={fieldId}
            value={filter.field ?? ''}
            options={[
              { value: '', label: t('filterAllFields') },
              // (A field no indicator is in is no choice, unless a link chose it.)
              ...fieldOrder
                .filter((field) => counts[field] > 0 || field === filter.field)
                .map((field) => ({
                  value: field,
                  label: t('filterFieldCount', { field: t(fieldKeys[field]), count: counts[field] }),
                })),
            ]}
            onChange={(value) => onChange({ field: fieldOrder.find((f) => f === value) ?? null })}
          />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-base">
          <Checkbox checked={filter.onlyPaired} onChange={(onlyPaired) => onChange({ onlyPaired })} />
          {t('filterPaired')}
        </label>
        <p className="text-muted flex items-center gap-3 text-sm" aria-live="polite">
          {t('filterShown', { shown, total })}
          {isFilterActive(filter) && (
            <button
              type="button"
              onClick={() => {
                onChange({ query: '', field: null, onlyPaired: false })
                // The button goes with the filter: the search box takes the focus.
                document.getElementById(filterSearchId)?.focus()
              }}
              className="border-rule text-fg hover:bg-hover rounded border px-2 py-1"
            >
              {t('filterClear')}
            </button>
          )}
          {isFilterActive(filter) && shown > 0 && (
            <button
              type="button"
              onClick={onPresent}
              className="border-rule text-fg hover:bg-hover rounded border px-2 py-1 font-semibold"
            >
              {t('filterPresent', { count: shown })}
            </button>
          )}
        </p>
      </div>
    </div>
  )
}
