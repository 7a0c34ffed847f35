import type { Direction, Field } from '../../dataset/schema.ts'
import { fieldOrder } from '../../dataset/derive.ts'
import { type Work, indicatorNames, indicatorSettings, type WorkIndicator } from '../../draft/work.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { isError, type Problem } from '../../dataset/problem.ts'
import { useAuthoringText } from './authoring-messages.ts'
import { ProblemList } from './problem-list.tsx'

type IndicatorsFormProps = {
  work: Work
  problems: ReadonlyMap<string, readonly Problem[]>
  onChange: (change: (work: Work) => Work) => void
}

const fieldClass = 'w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1 font-normal'
const labelClass = 'flex flex-col gap-0.5 text-sm font-semibold'

/** What a person chose, once they change anything: the suggestion becomes their choice. */
const chosen = (settings: WorkIndicator & { isSuggested: boolean }): WorkIndicator => ({
  nameEn: settings.nameEn,
  field: settings.field,
  better: settings.better,
  isGrowthRate: settings.isGrowthRate,
})

/** Each indicator the results and targets name: its field, which direction is better, whether it is a growth rate. */
export function IndicatorsForm({ work, problems, onChange }: IndicatorsFormProps) {
  const { a, language } = useAuthoringText()
  const { t } = useI18n()
  const set = (name: string, patch: Partial<WorkIndicator>) =>
    onChange((current) => ({
      ...current,
      indicators: {
        ...current.indicators,
        [name]: { ...chosen(indicatorSettings(current, name)), ...patch },
      },
    }))
  const names = indicatorNames(work)
  return (
    <div className="flex flex-col gap-3">
      <datalist id="indicator-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {names.map((name) => {
        const settings = indicatorSettings(work, name)
        return (
          <fieldset
            key={name}
            data-indicator={name}
            data-has-errors={(problems.get(name) ?? []).some(isError)}
            className="min-w-0 rounded-lg border border-slate-300 bg-white p-3"
          >
            <legend lang="vi" className="px-1 font-semibold">
              {name}
              {settings.isSuggested && (
                <span lang={language} className="ml-2 text-sm font-normal text-slate-600">
                  {a('suggested')}
                </span>
              )}
            </legend>
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
              <label className={labelClass}>
                {a('field')}
                <select
                  className={fieldClass}
                  value={settings.field}
                  onChange={(e) => set(name, { field: e.target.value as Field })}
                >
                  <option value="">{a('fieldNone')}</option>
                  {fieldOrder.map((field) => (
                    <option key={field} value={field}>
                      {t(fieldKeys[field])}
                    </option>
                  ))}
                </select>
              </label>
              <label className={labelClass}>
                {a('better')}
                <select
                  className={fieldClass}
                  value={settings.better}
                  onChange={(e) => set(name, { better: e.target.value as Direction })}
                >
                  <option value="">{a('betterNone')}</option>
                  <option value="higher">{a('betterHigher')}</option>
                  <option value="lower">{a('betterLower')}</option>
                  <option value="neither">{a('betterNeither')}</option>
                </select>
              </label>
              <label className={labelClass}>
                {a('nameEn')}
                <input
                  lang="en"
                  className={fieldClass}
                  value={settings.nameEn}
                  onChange={(e) => set(name, { nameEn: e.target.value })}
                />
              </label>
              <label className="flex items-center gap-2 text-sm font-semibold">
                <input
                  type="checkbox"
                  checked={settings.isGrowthRate}
                  onChange={(e) => set(name, { isGrowthRate: e.target.checked })}
                />
                {a('isGrowthRate')}
              </label>
            </div>
            <ProblemList problems={problems.get(name) ?? []} showPaths={false} />
          </fieldset>
        )
      })}
    </div>
  )
}
