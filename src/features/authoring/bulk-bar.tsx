import { useState } from 'react'
import type { Field } from '../../dataset/schema.ts'
import { fieldOrder } from '../../dataset/derive.ts'
import type { Work, WorkRole } from '../../draft/work.ts'
import type { FigurePatch, WorkAction } from '../../draft/work-actions.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { roleKeys, roles } from './figure-fields.tsx'
import { buttonClass } from '../../components/controls.ts'
import { SelectField, TextField, yearOf } from '../../components/fields.tsx'

type BulkBarProps = {
  work: Work
  selected: readonly string[]
  dispatch: (action: WorkAction) => void
  onClear: () => void
}

/** What a person sets on every selected row at once: decision, role, year, indicator, and the indicators' field. */
export function BulkBar({ work, selected, dispatch, onClear }: BulkBarProps) {
  const { t } = useI18n()
  const [year, setYear] = useState('')
  const [indicator, setIndicator] = useState('')
  const set = (patch: FigurePatch) => dispatch({ type: 'figures/set', keys: selected, patch })
  const chosen = new Set(selected)
  const indicatorsOfSelection = () => [
    ...new Set(
      work.figures
        .filter((f) => chosen.has(f.key) && (f.role === 'actual' || f.role === 'target') && f.indicator)
        .map((f) => f.indicator),
    ),
  ]
  return (
    <div
      role="group"
      aria-label={t('makerSelectedCount', { count: selected.length })}
      // A phone keeps most of its screen for the rows: the bar scrolls within a third of it.
      className="border-rule bg-surface sticky bottom-0 z-20 flex max-h-[40vh] flex-col gap-2 overflow-y-auto rounded-t-lg border p-2 shadow-lg sm:max-h-none sm:p-3"
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <strong className="mr-auto">{t('makerSelectedCount', { count: selected.length })}</strong>
        <button type="button" className={buttonClass} onClick={() => set({ decision: 'accepted' })}>
          {t('makerBulkAccept')}
        </button>
        <button type="button" className={buttonClass} onClick={() => set({ decision: 'rejected' })}>
          {t('makerBulkReject')}
        </button>
        <button type="button" className={buttonClass} onClick={onClear}>
          {t('makerSelectNone')}
        </button>
      </div>
      <div className="grid grid-cols-2 items-end gap-2 lg:grid-cols-4">
        <SelectField<WorkRole | ''>
          label={t('makerBulkRole')}
          value=""
          options={[
            { value: '', label: t('makerBulkChoose') },
            ...roles.map((role) => ({ value: role, label: t(roleKeys[role]) })),
          ]}
          onChange={(role) => role && set({ role })}
        />
        <SelectField<Field | ''>
          label={t('makerBulkField')}
          value=""
          options={[
            { value: '', label: t('makerBulkChoose') },
            ...fieldOrder.map((field) => ({ value: field, label: t(fieldKeys[field]) })),
          ]}
          onChange={(field) => {
            if (field) dispatch({ type: 'indicators/set', names: indicatorsOfSelection(), patch: { field } })
          }}
        />
        <form
          className="flex items-end gap-1"
          onSubmit={(event) => {
            event.preventDefault()
            const chosenYear = yearOf(year.trim())
            if (chosenYear) set({ year: chosenYear })
          }}
        >
          <TextField label={t('makerBulkYear')} isNumeric value={year} onChange={setYear} />
          <button
            type="submit"
            className={`${buttonClass} whitespace-nowrap`}
            disabled={!yearOf(year.trim())}
          >
            {t('makerBulkApply')}
          </button>
        </form>
        <form
          className="col-span-2 flex items-end gap-1 lg:col-span-1"
          onSubmit={(event) => {
            event.preventDefault()
            if (indicator.trim()) set({ indicator: indicator.trim() })
          }}
        >
          <TextField
            label={t('makerBulkIndicator')}
            lang="vi"
            list="indicator-names"
            value={indicator}
            onChange={setIndicator}
          />
          <button type="submit" className={`${buttonClass} whitespace-nowrap`} disabled={!indicator.trim()}>
            {t('makerBulkApply')}
          </button>
        </form>
      </div>
    </div>
  )
}
