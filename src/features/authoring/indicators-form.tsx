import type { Direction, Field } from '../../dataset/schema.ts'
import { fieldOrder } from '../../dataset/derive.ts'
import { type Work, indicatorNames, indicatorSettings, type WorkIndicator } from '../../draft/work.ts'
import type { WorkAction } from '../../draft/work-actions.ts'
import { controlIds } from '../../draft/work-problems.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { isError, type Problem } from '../../dataset/problem.ts'
import { CheckField, SelectField, TextField } from '../../components/fields.tsx'
import { ProblemList } from './problem-list.tsx'
import { linkSuggestions, useOtherReports } from './use-other-reports.ts'

type IndicatorsFormProps = {
  work: Work
  problems: ReadonlyMap<string, readonly Problem[]>
  dispatch: (action: WorkAction) => void
}

/** Each indicator the results and targets name: its field, which direction is better, whether it is a growth rate. */
export function IndicatorsForm({ work, problems, dispatch }: IndicatorsFormProps) {
  const { t, language } = useI18n()
  const unitsOf = (name: string) =>
    work.figures.flatMap((f) => (f.indicator === name && f.unit !== '' ? [f.unit] : []))
  const set = (name: string, patch: Partial<WorkIndicator>) =>
    dispatch({ type: 'indicator/set', name, patch })
  const names = indicatorNames(work)
  // Other reports of the place: an indicator renamed since can be linked to its earlier self.
  const others = useOtherReports(work.report, work.id)
  return (
    <div className="flex flex-col gap-3">
      <datalist id="indicator-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {names.map((name, index) => {
        const settings = indicatorSettings(work, name)
        return (
          <fieldset
            key={name}
            data-indicator={name}
            data-has-errors={(problems.get(name) ?? []).some(isError)}
            className="border-rule bg-surface min-w-0 rounded-lg border p-3"
          >
            {/* A long name wraps inside the card on a phone; "suggested" only where something was suggested. */}
            {/* (Floated, a legend of several lines stands above the card's content instead of cutting its border.) */}
            <legend lang="vi" className="float-left mb-2 w-full font-semibold break-words">
              {name}
              {settings.isSuggested && (settings.field !== '' || settings.better !== '') && (
                <span lang={language} className="text-muted ml-2 text-sm font-normal">
                  {t('makerSuggested')}
                </span>
              )}
            </legend>
            <div className="clear-both grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
              <SelectField<Field | ''>
                id={controlIds.indicator(index, 'field')}
                label={t('makerField')}
                value={settings.field}
                options={[
                  { value: '', label: t('makerFieldNone') },
                  ...fieldOrder.map((field) => ({ value: field, label: t(fieldKeys[field]) })),
                ]}
                onChange={(field) => set(name, { field })}
              />
              <SelectField<Direction | ''>
                id={controlIds.indicator(index, 'better')}
                label={t('makerBetter')}
                value={settings.better}
                options={[
                  { value: '', label: t('makerBetterNone') },
                  { value: 'higher', label: t('makerBetterHigher') },
                  { value: 'lower', label: t('makerBetterLower') },
                  { value: 'neither', label: t('makerBetterNeither') },
                ]}
                onChange={(better) => set(name, { better })}
              />
              <TextField
                label={t('makerNameEn')}
                lang="en"
                value={settings.nameEn}
                onChange={(nameEn) => set(name, { nameEn })}
              />
              <CheckField
                label={t('makerIsGrowthRate')}
                checked={settings.isGrowthRate}
                onChange={(isGrowthRate) => set(name, { isGrowthRate })}
              />
              {others.length > 0 && (
                <SelectField<string>
                  label={t('makerSameAs')}
                  value={settings.sameAs ?? ''}
                  options={[
                    { value: '', label: t('makerSameAsNone') },
                    ...linkSuggestions(name, unitsOf(name), others).map((candidate) => ({
                      value: candidate.id,
                      label: t('makerSameAsOption', { name: candidate.name, year: candidate.year }),
                    })),
                  ]}
                  onChange={(sameAs) => set(name, { sameAs })}
                />
              )}
            </div>
            <ProblemList problems={problems.get(name) ?? []} />
          </fieldset>
        )
      })}
    </div>
  )
}
