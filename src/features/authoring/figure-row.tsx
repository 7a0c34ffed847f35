import { comparatorCodes, comparators } from '../../dataset/comparators.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { isError, type Problem } from '../../dataset/problem.ts'
import type { Comparator, Unit } from '../../dataset/schema.ts'
import { unitCodes, unitInfo } from '../../dataset/units.ts'
import type { WorkFigure, WorkRole } from '../../draft/work.ts'
import { useAuthoringText } from './authoring-messages.ts'
import { ProblemList } from './problem-list.tsx'
import { buttonClass } from './start-panel.tsx'

type FigureRowProps = {
  figure: WorkFigure
  problems: readonly Problem[]
  /** Other accepted figures it may be part of, by key. */
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
const fieldClass = 'w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1 font-normal'
const labelClass = 'flex min-w-0 flex-col gap-0.5 text-sm font-semibold'

/** One figure the draft found: its sentence, how it was read, the decision and the fields a person sets. */
export function FigureRow({ figure, problems, wholes, onChange }: FigureRowProps) {
  const { a, language } = useAuthoringText()
  const at = figure.quote.indexOf(figure.valueText)
  const isDecided = figure.decision !== 'pending'
  const hasIndicator = figure.role === 'actual' || figure.role === 'target'
  const amount = figure.unit ? formatAmount({ ...figure, unit: figure.unit }, language) : null
  return (
    <fieldset
      data-figure-key={figure.key}
      data-value-text={figure.valueText}
      data-decision={figure.decision}
      data-has-errors={problems.some(isError) && figure.decision === 'accepted'}
      className={`min-w-0 rounded-lg border p-3 ${figure.decision === 'rejected' ? 'border-slate-200 bg-slate-50 text-slate-600' : 'border-slate-300 bg-white'}`}
    >
      <legend className="px-1 font-semibold">
        {figure.valueText}
        <span className="ml-2 text-sm font-normal text-slate-600">
          {a(
            figure.decision === 'accepted'
              ? 'accepted'
              : figure.decision === 'rejected'
                ? 'rejected'
                : 'pending',
          )}
        </span>
      </legend>
      <p lang="vi" className="text-slate-800">
        {at < 0 ? (
          figure.quote
        ) : (
          <>
            {figure.quote.slice(0, at)}
            <mark className="rounded bg-yellow-200 px-0.5 text-slate-950">{figure.valueText}</mark>
            {figure.quote.slice(at + figure.valueText.length)}
          </>
        )}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-pressed={figure.decision === 'accepted'}
          className={`${buttonClass} aria-pressed:border-green-700 aria-pressed:bg-green-50`}
          onClick={() => onChange({ decision: 'accepted' })}
        >
          {a('accept')}
        </button>
        <button
          type="button"
          aria-pressed={figure.decision === 'rejected'}
          className={`${buttonClass} aria-pressed:border-slate-700 aria-pressed:bg-slate-200`}
          onClick={() => onChange({ decision: 'rejected' })}
        >
          {a('reject')}
        </button>
        {amount && (
          <span className="text-sm">
            {a('value')}: <strong>{amount}</strong>
          </span>
        )}
      </div>
      {figure.decision !== 'rejected' && (
        <div className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          <label className={labelClass}>
            {a('role')}
            <select
              className={fieldClass}
              value={figure.role}
              onChange={(e) => onChange({ role: e.target.value as WorkRole })}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {a(roleKeys[role])}
                </option>
              ))}
            </select>
          </label>
          <label className={`${labelClass} sm:col-span-2`}>
            {a('label')}
            <input
              lang="vi"
              className={fieldClass}
              value={figure.label}
              onChange={(e) => onChange({ label: e.target.value })}
            />
          </label>
          {hasIndicator && (
            <label className={labelClass}>
              {a('indicator')}
              <input
                lang="vi"
                list="indicator-names"
                className={fieldClass}
                value={figure.indicator}
                onChange={(e) => onChange({ indicator: e.target.value })}
              />
            </label>
          )}
          <label className={labelClass}>
            {a('unit')}
            <select
              className={fieldClass}
              value={figure.unit}
              onChange={(e) => onChange({ unit: e.target.value as Unit | '' })}
            >
              <option value="">{a('unitNone')}</option>
              {unitCodes.map((code) => (
                <option key={code} value={code}>
                  {code === 'other' ? a('unitOther') : unitInfo(code).vi}
                </option>
              ))}
            </select>
          </label>
          {figure.unit === 'other' && (
            <label className={labelClass}>
              {a('otherUnit')}
              <input
                lang="vi"
                className={fieldClass}
                value={figure.otherUnit ?? figure.unitText}
                onChange={(e) => onChange({ otherUnit: e.target.value })}
              />
            </label>
          )}
          <label className={labelClass}>
            {a('year')}
            <input
              inputMode="numeric"
              className={fieldClass}
              value={figure.year ?? ''}
              onChange={(e) =>
                onChange({ year: /^\d{4}$/u.test(e.target.value) ? Number(e.target.value) : null })
              }
            />
          </label>
          <label className={labelClass}>
            {a('comparator')}
            <select
              className={fieldClass}
              value={figure.comparator}
              onChange={(e) => onChange({ comparator: e.target.value as Comparator })}
            >
              {comparatorCodes.map((code) => (
                <option key={code} value={code}>
                  {comparators[code].sign} {comparators[code].short[language]}
                </option>
              ))}
            </select>
          </label>
          <label className={labelClass}>
            {a('changeFrom')}
            <input
              inputMode="numeric"
              className={fieldClass}
              value={figure.changeFrom?.year ?? ''}
              onChange={(e) => {
                const year = /^\d{4}$/u.test(e.target.value) ? Number(e.target.value) : null
                onChange({ changeFrom: year ? { year } : undefined })
              }}
            />
          </label>
          {figure.role === 'profile' && wholes.length > 0 && (
            <label className={labelClass}>
              {a('partOf')}
              <select
                className={fieldClass}
                value={figure.partOf ?? ''}
                onChange={(e) => onChange({ partOf: e.target.value || undefined })}
              >
                <option value="">{a('partOfNone')}</option>
                {wholes.map((whole) => (
                  <option key={whole.key} value={whole.key}>
                    {whole.label || whole.valueText} ({whole.valueText})
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className={labelClass}>
            {a('labelEn')}
            <input
              lang="en"
              className={fieldClass}
              value={figure.labelEn}
              onChange={(e) => onChange({ labelEn: e.target.value })}
            />
          </label>
        </div>
      )}
      {isDecided && figure.decision === 'accepted' && (
        <ProblemList problems={problems} okText={a('checkOk')} showPaths={false} />
      )}
    </fieldset>
  )
}
