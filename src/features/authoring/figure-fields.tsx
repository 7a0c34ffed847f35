import { indicatorOfLabel } from '../../draft/figure-name.ts'
import { comparatorCodes, comparators } from '../../dataset/comparators.ts'
import { unitOptions } from './unit-options.ts'
import type { WorkFigure, WorkRole } from '../../draft/work.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { SelectField, TextField, YearField } from '../../components/fields.tsx'
import { controlIds } from '../../draft/work-problems.ts'

type FigureFieldsProps = {
  figure: WorkFigure
  /** Other accepted profile figures it may be part of. */
  wholes: readonly WorkFigure[]
  onChange: (patch: Partial<WorkFigure>) => void
  /** Names the row's indicator after its own name, asked by the person. */
  onIndicatorFromLabel: () => void
}

export const roles: readonly WorkRole[] = ['actual', 'target', 'profile', 'fact']
export const roleKeys = {
  actual: 'makerRoleActual',
  target: 'makerRoleTarget',
  profile: 'makerRoleProfile',
  fact: 'makerRoleFact',
} as const satisfies Record<WorkRole, PlainMessageKey>

/** What a person sets on an accepted figure: its role, names, unit, year, wording, base year and whole. */
export function FigureFields({ figure, wholes, onChange, onIndicatorFromLabel }: FigureFieldsProps) {
  const { t, language } = useI18n()
  // A name edited so that the indicator no longer says it: one click names the indicator after it (never on its own:
  // a name is often more particular than its indicator).
  const fromLabel = indicatorOfLabel(figure.label)
  const hasIndicator = figure.role === 'actual' || figure.role === 'target'
  return (
    // Two columns even on a phone: the short choices (role, unit, year, how it is said) share a line, the names take
    // the whole width, so a row is half as tall.
    <div className="mt-3 grid grid-cols-2 gap-2 lg:grid-cols-4">
      <SelectField
        id={controlIds.figure(figure.key, 'row')}
        label={t('makerRole')}
        value={figure.role}
        options={roles.map((role) => ({ value: role, label: t(roleKeys[role]) }))}
        onChange={(role) => onChange({ role })}
      />
      <TextField
        id={controlIds.figure(figure.key, 'label')}
        className="col-span-2"
        label={t('makerLabel')}
        lang="vi"
        value={figure.label}
        onChange={(label) => onChange({ label })}
      />
      {hasIndicator && (
        <div className="col-span-2 flex min-w-0 flex-col gap-1 sm:col-span-1">
          <TextField
            id={controlIds.figure(figure.key, 'indicator')}
            label={t('makerIndicator')}
            lang="vi"
            list="indicator-names"
            value={figure.indicator}
            onChange={(indicator) => onChange({ indicator })}
          />
          {fromLabel && fromLabel !== figure.indicator && (
            <button
              type="button"
              className="text-brand self-start text-left text-sm underline underline-offset-2"
              onClick={onIndicatorFromLabel}
            >
              {t('makerIndicatorFromLabel', { name: fromLabel })}
            </button>
          )}
        </div>
      )}
      <SelectField
        id={controlIds.figure(figure.key, 'unit')}
        label={t('makerUnit')}
        value={figure.unit}
        options={unitOptions(t)}
        onChange={(unit) => onChange({ unit })}
      />
      {figure.unit === 'other' && (
        <TextField
          id={controlIds.figure(figure.key, 'otherUnit')}
          label={t('makerOtherUnit')}
          lang="vi"
          value={figure.otherUnit ?? figure.unitText}
          onChange={(otherUnit) => onChange({ otherUnit })}
        />
      )}
      <YearField
        id={controlIds.figure(figure.key, 'year')}
        label={t('makerYear')}
        year={figure.year}
        onChange={(year) => onChange({ year })}
      />
      <SelectField
        id={controlIds.figure(figure.key, 'comparator')}
        label={t('makerComparator')}
        value={figure.comparator}
        options={comparatorCodes.map((code) => ({
          value: code,
          label: `${comparators[code].sign} ${comparators[code].short[language]}`,
        }))}
        onChange={(comparator) => onChange({ comparator })}
      />
      <YearField
        id={controlIds.figure(figure.key, 'changeFrom')}
        label={t('makerChangeFrom')}
        year={figure.changeFrom?.year ?? null}
        onChange={(year) => onChange({ changeFrom: year ? { year } : undefined })}
      />
      {figure.role === 'profile' && wholes.length > 0 && (
        <SelectField
          label={t('makerPartOf')}
          value={figure.partOf ?? ''}
          options={[
            { value: '', label: t('makerPartOfNone') },
            ...wholes.map((whole) => ({
              value: whole.key,
              label: `${whole.label || whole.valueText} (${whole.valueText})`,
            })),
          ]}
          onChange={(partOf) => onChange({ partOf: partOf || undefined })}
        />
      )}
      <TextField
        className="col-span-2 sm:col-span-1"
        label={t('makerLabelEn')}
        lang="en"
        value={figure.labelEn}
        onChange={(labelEn) => onChange({ labelEn })}
      />
    </div>
  )
}
