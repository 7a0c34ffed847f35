import { comparatorCodes, comparators } from '../../dataset/comparators.ts'
import { unitCodes, unitInfo } from '../../dataset/units.ts'
import type { WorkFigure, WorkRole } from '../../draft/work.ts'
import { useAuthoringText } from './authoring-messages.ts'
import { SelectField, TextField, yearOf } from './form-fields.tsx'

type FigureFieldsProps = {
  figure: WorkFigure
  /** Other accepted profile figures it may be part of. */
  wholes: readonly WorkFigure[]
  onChange: (patch: Partial<WorkFigure>) => void
}

const roles: readonly WorkRole[] = ['actual', 'target', 'profile', 'fact']
const roleKeys = {
  actual: 'roleActual',
  target: 'roleTarget',
  profile: 'roleProfile',
  fact: 'roleFact',
} as const

/** What a person sets on an accepted figure: its role, names, unit, year, wording, base year and whole. */
export function FigureFields({ figure, wholes, onChange }: FigureFieldsProps) {
  const { a, language } = useAuthoringText()
  const hasIndicator = figure.role === 'actual' || figure.role === 'target'
  return (
    <div className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
      <SelectField
        label={a('role')}
        value={figure.role}
        options={roles.map((role) => ({ value: role, label: a(roleKeys[role]) }))}
        onChange={(role) => onChange({ role })}
      />
      <TextField
        className="sm:col-span-2"
        label={a('label')}
        lang="vi"
        value={figure.label}
        onChange={(label) => onChange({ label })}
      />
      {hasIndicator && (
        <TextField
          label={a('indicator')}
          lang="vi"
          list="indicator-names"
          value={figure.indicator}
          onChange={(indicator) => onChange({ indicator })}
        />
      )}
      <SelectField
        label={a('unit')}
        value={figure.unit}
        options={[
          { value: '', label: a('unitNone') },
          ...unitCodes.map((code) => ({
            value: code,
            label: code === 'other' ? a('unitOther') : unitInfo(code).vi,
          })),
        ]}
        onChange={(unit) => onChange({ unit })}
      />
      {figure.unit === 'other' && (
        <TextField
          label={a('otherUnit')}
          lang="vi"
          value={figure.otherUnit ?? figure.unitText}
          onChange={(otherUnit) => onChange({ otherUnit })}
        />
      )}
      <TextField
        label={a('year')}
        isNumeric
        value={String(figure.year ?? '')}
        onChange={(year) => onChange({ year: yearOf(year) })}
      />
      <SelectField
        label={a('comparator')}
        value={figure.comparator}
        options={comparatorCodes.map((code) => ({
          value: code,
          label: `${comparators[code].sign} ${comparators[code].short[language]}`,
        }))}
        onChange={(comparator) => onChange({ comparator })}
      />
      <TextField
        label={a('changeFrom')}
        isNumeric
        value={String(figure.changeFrom?.year ?? '')}
        onChange={(text) => {
          const year = yearOf(text)
          onChange({ changeFrom: year ? { year } : undefined })
        }}
      />
      {figure.role === 'profile' && wholes.length > 0 && (
        <SelectField
          label={a('partOf')}
          value={figure.partOf ?? ''}
          options={[
            { value: '', label: a('partOfNone') },
            ...wholes.map((whole) => ({
              value: whole.key,
              label: `${whole.label || whole.valueText} (${whole.valueText})`,
            })),
          ]}
          onChange={(partOf) => onChange({ partOf: partOf || undefined })}
        />
      )}
      <TextField
        label={a('labelEn')}
        lang="en"
        value={figure.labelEn}
        onChange={(labelEn) => onChange({ labelEn })}
      />
    </div>
  )
}
