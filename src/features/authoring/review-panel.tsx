import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import type { Work, WorkFigure } from '../../draft/work.ts'
import type { FigurePatch, WorkAction } from '../../draft/work-actions.ts'
import { workPairs } from '../../draft/work.ts'
import { workProblems } from '../../draft/work-problems.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureRow } from './figure-row.tsx'
import { CheckField } from './form-fields.tsx'
import { FinishBar } from './finish-bar.tsx'
import { IndicatorsForm } from './indicators-form.tsx'
import { ReportForm } from './report-form.tsx'
import { buttonClass } from './form-fields.tsx'
import { WorkPreview } from './work-preview.tsx'

type ReviewPanelProps = {
  work: Work
  dispatch: (action: WorkAction) => void
  undo: () => void
  redo: () => void
  canUndo: boolean
  canRedo: boolean
  onDiscard: () => void
  onSaved: (id: string) => void
  renderPreview: (dataset: Dataset) => ReactNode
}

const decided = (isKept: boolean): 'accepted' | 'rejected' => (isKept ? 'accepted' : 'rejected')

const sectionClass = 'flex flex-col gap-3 border-t border-slate-200 pt-4'

/** Every candidate figure with its verdict as it is edited, the report's details, the indicators, then saving. */
export function ReviewPanel(props: ReviewPanelProps) {
  const { work, dispatch, undo, redo, canUndo, canRedo, onDiscard, onSaved, renderPreview } = props
  const { t } = useI18n()
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The figures just found replace the text box: the reader starts at the top of what changed.
  useEffect(() => headingRef.current?.focus(), [])
  const problems = useMemo(() => workProblems(work), [work])
  const count = (decision: WorkFigure['decision']) =>
    work.figures.filter((f) => f.decision === decision).length
  const setFigure = (key: string, patch: FigurePatch) => dispatch({ type: 'figures/set', keys: [key], patch })
  const wholes = work.figures.filter((f) => f.decision === 'accepted' && f.role === 'profile')
  const pairs = workPairs(work)
  const labelOf = (key: string) => work.figures.find((f) => f.key === key)

  return (
    <div className="flex flex-col gap-4">
      <div className="z-20 flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white py-2 md:sticky md:top-12">
        <h1 ref={headingRef} tabIndex={-1} className="mr-auto text-xl font-semibold">
          {t('makerTitle')}
        </h1>
        <p role="status" className="w-full text-sm text-slate-700 sm:w-auto">
          {t('makerProgress', {
            accepted: count('accepted'),
            rejected: count('rejected'),
            pending: count('pending'),
          })}
        </p>
        <button type="button" className={buttonClass} disabled={!canUndo} onClick={undo}>
          {t('makerUndo')}
        </button>
        <button type="button" className={buttonClass} disabled={!canRedo} onClick={redo}>
          {t('makerRedo')}
        </button>
        {isConfirmingDiscard ? (
          <span role="alert" className="flex items-center gap-2 text-sm">
            {t('makerDiscardConfirm')}
            <button type="button" className={buttonClass} onClick={onDiscard}>
              {t('makerConfirmYes')}
            </button>
            <button type="button" className={buttonClass} onClick={() => setIsConfirmingDiscard(false)}>
              {t('makerConfirmNo')}
            </button>
          </span>
        ) : (
          <button type="button" className={buttonClass} onClick={() => setIsConfirmingDiscard(true)}>
            {t('makerDiscard')}
          </button>
        )}
      </div>

      <section aria-labelledby="report-section" className={sectionClass}>
        <h2 id="report-section" className="text-lg font-semibold">
          {t('makerReportSection')}
        </h2>
        <ReportForm work={work} problems={problems.report} dispatch={dispatch} />
        {work.scorecard && (
          <CheckField
            label={t('makerScorecardLabel', { value: work.scorecard.valueText })}
            checked={work.scorecard.decision === 'accepted'}
            onChange={(isKept) => dispatch({ type: 'scorecard/decide', decision: decided(isKept) })}
          />
        )}
        {work.targetCount && (
          <CheckField
            label={t('makerTargetCountLabel', { value: work.targetCount.valueText })}
            checked={work.targetCount.decision === 'accepted'}
            onChange={(isKept) => dispatch({ type: 'target-count/decide', decision: decided(isKept) })}
          />
        )}
      </section>

      <section aria-labelledby="figures-section" className={sectionClass}>
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="figures-section" className="mr-auto text-lg font-semibold">
            {t('makerFiguresSection')}
          </h2>
          <button
            type="button"
            className={buttonClass}
            disabled={count('pending') === 0}
            onClick={() => dispatch({ type: 'figures/accept-pending' })}
          >
            {t('makerAcceptAll')}
          </button>
        </div>
        <p className="text-sm text-slate-700">{t('makerFiguresHint')}</p>
        {work.figures.map((figure) => (
          <FigureRow
            key={figure.key}
            figure={figure}
            problems={problems.figures.get(figure.key) ?? []}
            wholes={wholes.filter((whole) => whole.key !== figure.key)}
            onChange={(patch) => setFigure(figure.key, patch)}
            source={work.sourceText}
            onCorrect={(correction) => dispatch({ type: 'figures/correct', key: figure.key, correction })}
          />
        ))}
      </section>

      <section aria-labelledby="indicators-section" className={sectionClass}>
        <h2 id="indicators-section" className="text-lg font-semibold">
          {t('makerIndicatorsSection')}
        </h2>
        <p className="text-sm text-slate-700">{t('makerIndicatorsHint')}</p>
        <IndicatorsForm work={work} problems={problems.indicators} dispatch={dispatch} />
        <h3 className="font-semibold">{t('makerPairsSection')}</h3>
        {work.periods.actual !== null && work.periods.actual === work.periods.target ? (
          <p className="text-sm text-slate-700">{t('makerSameYears')}</p>
        ) : pairs.length === 0 ? (
          <p className="text-sm text-slate-700">
            {t('makerPairsNone', { actual: work.periods.actual ?? '…', target: work.periods.target ?? '…' })}
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t('makerPairsNote')}</p>
            <ul data-testid="work-pairs" className="list-disc pl-5">
              {pairs.map((pair) => (
                <li key={pair.actual}>
                  {labelOf(pair.actual)?.indicator}: {labelOf(pair.actual)?.valueText} →{' '}
                  {labelOf(pair.target)?.valueText}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <FinishBar work={work} problems={problems} onSaved={onSaved} />
      <WorkPreview work={work} hasErrors={problems.errorCount > 0} render={renderPreview} />
    </div>
  )
}
