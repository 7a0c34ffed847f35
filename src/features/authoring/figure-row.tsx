import { formatAmount } from '../../dataset/format-amount.ts'
import { isError, type Problem } from '../../dataset/problem.ts'
import type { WorkFigure } from '../../draft/work.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureFields } from './figure-fields.tsx'
import { ProblemList } from './problem-list.tsx'
import { WhyLine } from './why-line.tsx'
import { AmountEditor } from './amount-editor.tsx'
import type { AmountCorrection } from '../../draft/work-actions.ts'
import { buttonClass } from './form-fields.tsx'

type FigureRowProps = {
  figure: WorkFigure
  /** The report's text, where a misread amount's words are chosen again. */
  source: string
  onCorrect: (correction: AmountCorrection) => void
  problems: readonly Problem[]
  /** Other accepted figures it may be part of, by key. */
  wholes: readonly WorkFigure[]
  onChange: (patch: Partial<WorkFigure>) => void
  isSelected: boolean
  /** The checkbox was clicked: with Shift held, the run from the last one clicked. */
  onSelect: (isRun: boolean) => void
  onSelectSentence: () => void
  /** Takes the indicator of the nearest result or target above; absent on the first. */
  onSameAsAbove?: () => void
}

/** One figure the draft found: its sentence, how it was read, the decision and the fields a person sets. */
export function FigureRow(props: FigureRowProps) {
  const { figure, source, onCorrect, problems, wholes, onChange } = props
  const { isSelected, onSelect, onSelectSentence, onSameAsAbove } = props
  const { t, language } = useI18n()
  const at = figure.quote.indexOf(figure.valueText)
  const isDecided = figure.decision !== 'pending'
  const amount = figure.unit ? formatAmount({ ...figure, unit: figure.unit }, language) : null
  return (
    <fieldset
      data-figure-key={figure.key}
      data-value-text={figure.valueText}
      data-at={figure.at}
      data-decision={figure.decision}
      data-has-errors={problems.some(isError) && figure.decision === 'accepted'}
      // Focused by the review keys: N, B, arrows.
      tabIndex={-1}
      className={`min-w-0 rounded-lg border p-3 focus:outline-3 focus:outline-offset-2 focus:outline-blue-700 ${isSelected ? 'ring-2 ring-blue-600' : ''}${figure.decision === 'rejected' ? 'border-slate-200 bg-slate-50 text-slate-600' : 'border-slate-300 bg-white'}`}
    >
      <legend className="flex items-center gap-2 px-1 font-semibold">
        <input
          type="checkbox"
          className="size-5"
          checked={isSelected}
          aria-label={t('makerSelectRow', { value: figure.valueText })}
          onChange={() => undefined}
          onClick={(event) => onSelect(event.shiftKey)}
        />
        {figure.valueText}
        <span className="ml-2 text-sm font-normal text-slate-600">
          {t(
            figure.decision === 'accepted'
              ? 'makerAccepted'
              : figure.decision === 'rejected'
                ? 'makerRejected'
                : 'makerPending',
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
      {figure.why && <WhyLine why={figure.why} />}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-pressed={figure.decision === 'accepted'}
          className={`${buttonClass} aria-pressed:border-green-700 aria-pressed:bg-green-50`}
          onClick={() => onChange({ decision: 'accepted' })}
        >
          {t('makerAccept')}
        </button>
        <button
          type="button"
          aria-pressed={figure.decision === 'rejected'}
          className={`${buttonClass} aria-pressed:border-slate-700 aria-pressed:bg-slate-200`}
          onClick={() => onChange({ decision: 'rejected' })}
        >
          {t('makerReject')}
        </button>
        {amount && (
          <span className="text-sm">
            {t('makerValue')}: <strong>{amount}</strong>
            {figure.isCorrected && <span className="ml-1 text-slate-600">({t('makerCorrected')})</span>}
          </span>
        )}
        <button type="button" className={buttonClass} onClick={onSelectSentence}>
          {t('makerSelectSentence')}
        </button>
        {onSameAsAbove && figure.decision !== 'rejected' && (
          <button type="button" className={buttonClass} onClick={onSameAsAbove}>
            {t('makerSameAsAbove')}
          </button>
        )}
        {figure.decision !== 'rejected' && (
          <AmountEditor
            key={`${figure.valueText}|${figure.at ?? ''}`}
            figure={figure}
            source={source}
            onApply={onCorrect}
          />
        )}
      </div>
      {figure.decision !== 'rejected' && <FigureFields figure={figure} wholes={wholes} onChange={onChange} />}
      {isDecided && figure.decision === 'accepted' && (
        <ProblemList problems={problems} okText={t('makerCheckOk')} />
      )}
    </fieldset>
  )
}
