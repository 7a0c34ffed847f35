import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import type { Work, WorkFigure } from '../../draft/work.ts'
import type { Problem } from '../../dataset/problem.ts'
import { quoteOccurrences } from '../../dataset/clean-text.ts'
import { readAmount } from '../../dataset/reading/read-amount.ts'
import type { FigurePatch, WorkAction } from '../../draft/work-actions.ts'
import { workPairs } from '../../draft/work.ts'
import { controlIds, workProblems } from '../../draft/work-problems.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureRow, type RowActions } from './figure-row.tsx'
import { CheckField } from '../../components/fields.tsx'
import { FinishBar } from './finish-bar.tsx'
import type { FirstScreenRenderer } from '../../data/one-file-page.ts'
import { IndicatorsForm } from './indicators-form.tsx'
import { ReportForm } from './report-form.tsx'
import { buttonClass } from '../../components/controls.ts'
import { WorkPreview } from './work-preview.tsx'
import { BulkBar } from './bulk-bar.tsx'
import { useReview } from './use-review.ts'
import { useSettled } from './use-settled.ts'
import { useYearsFromDate } from './use-years-from-date.ts'
import { TextRevision } from './text-revision.tsx'
import { ScorecardEntry } from './scorecard-entry.tsx'
import { SetAsideList } from './set-aside-list.tsx'

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
  renderFirstScreen: FirstScreenRenderer
}

const decided = (isKept: boolean): 'accepted' | 'rejected' => (isKept ? 'accepted' : 'rejected')

/** From this many rows, each row's fields are drawn as it comes near the screen, and the whole work is checked when changes pause. */
const lazyFrom = 300
const noProblems: readonly Problem[] = []
const noWholes: readonly WorkFigure[] = []
const noFigures: readonly WorkFigure[] = []

/**
 * Where each quote stands in the text and how each amount reads, looked up while the page is idle, a few milliseconds at a time: the first
 * check of a long report's figures ("Nhận tất cả") then finds them known instead of searching half a megabyte
 * for each.
 */
function useQuotesLookedUp(work: Work) {
  const { sourceText, figures } = work
  const quotes = useMemo(() => figures.flatMap((figure) => [figure.quote, figure.valueText]), [figures])
  useEffect(() => {
    let next = 0
    let timer = 0
    const step = () => {
      const until = performance.now() + 8
      while (next < quotes.length && performance.now() < until) {
        // A quote, then the words of its amount: where the quote stands, and how its amount reads.
        const words = quotes[next] ?? ''
        if (next % 2 === 0) quoteOccurrences(sourceText, words)
        else readAmount(words)
        next += 1
      }
      if (next < quotes.length) timer = window.setTimeout(step, 16)
    }
    timer = window.setTimeout(step, 200)
    return () => window.clearTimeout(timer)
  }, [sourceText, quotes])
}

const sectionClass = 'flex flex-col gap-3 border-t border-grid pt-4'

/** Every candidate figure with its verdict as it is edited, the report's details, the indicators, then saving. */
export function ReviewPanel(props: ReviewPanelProps) {
  const {
    work,
    dispatch,
    undo,
    redo,
    canUndo,
    canRedo,
    onDiscard,
    onSaved,
    renderPreview,
    renderFirstScreen,
  } = props
  const { t } = useI18n()
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The figures just found replace the text box: the reader starts at the top of what changed.
  useEffect(() => headingRef.current?.focus(), [])
  // Checking the whole work (its dataset built and verified) takes a long report a tenth of a second: it runs in
  // the background, never inside a click, once a long report's changes pause (not at every keystroke of a name),
  // and saving waits for it.
  const checked = useSettled(work, work.figures.length >= lazyFrom ? 300 : 0)
  const problems = useMemo(() => workProblems(checked), [checked])
  const isChecking = checked !== work
  const count = (decision: WorkFigure['decision']) =>
    work.figures.filter((f) => f.decision === decision).length
  const setFigure = (key: string, patch: FigurePatch) => dispatch({ type: 'figures/set', keys: [key], patch })
  const wholes = work.figures.filter((f) => f.decision === 'accepted' && f.role === 'profile')
  const pairs = workPairs(work)
  const labelOf = (key: string) => work.figures.find((f) => f.key === key)
  const { selected, select, selectSentence, clear, onKeyDown, start, listRef } = useReview(work, dispatch)
  // The rows act through one object that never changes, reading the latest work when they act: a change to one
  // row redraws that row, and a long report's list is drawn in the background, never holding up a click.
  const latest = useRef({ setFigure, select, selectSentence, dispatch })
  useEffect(() => {
    latest.current = { setFigure, select, selectSentence, dispatch }
  })
  const rowActions = useMemo<RowActions>(
    () => ({
      change: (key, patch) => latest.current.setFigure(key, patch),
      correct: (key, correction) => latest.current.dispatch({ type: 'figures/correct', key, correction }),
      select: (key, isRun) => latest.current.select(key, isRun),
      selectSentence: (key) => latest.current.selectSentence(key),
      sameAsAbove: (key) => latest.current.dispatch({ type: 'figures/same-indicator-as-above', key }),
      indicatorFromLabel: (key) => latest.current.dispatch({ type: 'figures/indicator-from-label', key }),
    }),
    [],
  )
  // The first drawing too: the page shows at once, and the rows come in the background.
  const rowFigures = useDeferredValue(work.figures, noFigures)
  useQuotesLookedUp(work)
  useYearsFromDate(work, dispatch)

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <h1 ref={headingRef} tabIndex={-1} className="mr-auto text-xl font-semibold">
          {t('makerTitle')}
        </h1>
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
      {/* How far the review is, and undo, stay in view at every width: on a phone most of all, where rows are long. */}
      <div
        data-testid="review-bar"
        className="border-grid bg-surface sticky top-11 z-35 -mt-2 flex items-center gap-2 border-b py-2"
      >
        <p role="status" className="text-muted mr-auto min-w-0 text-sm">
          {t('makerProgress', {
            accepted: count('accepted'),
            rejected: count('rejected'),
            pending: count('pending'),
          })}
        </p>
        <button
          type="button"
          className={`${buttonClass} shrink-0 whitespace-nowrap`}
          disabled={!canUndo}
          onClick={undo}
        >
          {t('makerUndo')}
        </button>
        <button
          type="button"
          className={`${buttonClass} shrink-0 whitespace-nowrap`}
          disabled={!canRedo}
          onClick={redo}
        >
          {t('makerRedo')}
        </button>
      </div>

      <section aria-labelledby="report-section" className={sectionClass}>
        <h2 id="report-section" className="text-lg font-semibold">
          {t('makerReportSection')}
        </h2>
        <TextRevision work={work} dispatch={dispatch} />
        <ReportForm work={work} problems={problems.report} dispatch={dispatch} />
        {work.scorecard && (
          <CheckField
            id={controlIds.scorecard}
            label={t(work.scorecard.isEstimate ? 'makerScorecardLabelExpected' : 'makerScorecardLabel', {
              value: work.scorecard.valueText,
            })}
            checked={work.scorecard.decision === 'accepted'}
            onChange={(isKept) => dispatch({ type: 'scorecard/decide', decision: decided(isKept) })}
          />
        )}
        {work.scorecard?.decision !== 'accepted' && <ScorecardEntry work={work} dispatch={dispatch} />}
        {work.targetCount && (
          <CheckField
            id={controlIds.targetCount}
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
            data-testid="accept-pending"
            onClick={() => dispatch({ type: 'figures/accept-pending' })}
          >
            {t('makerAcceptAll')}
          </button>
        </div>
        <p className="text-muted text-sm">{t('makerFiguresHint')}</p>
        {/* Keys are for a keyboard: a touch screen (a phone) has none to show them for. */}
        <div className="text-muted flex flex-wrap items-center gap-2 text-sm pointer-coarse:hidden">
          <button type="button" className={buttonClass} onClick={start}>
            {t('makerKeysStart')}
          </button>
          <span>{t('makerKeysHint')}</span>
        </div>
        {/* Whether the rows show the latest work yet (drawn from a deferred copy): a name edited may rename its
            indicator a moment later. */}
        <div
          ref={listRef}
          onKeyDown={onKeyDown}
          data-rows-current={rowFigures === work.figures}
          className="flex flex-col gap-4"
        >
          {rowFigures.map((figure, index) => (
            <FigureRow
              key={figure.key}
              figure={figure}
              problems={problems.figures.get(figure.key) ?? noProblems}
              wholes={
                figure.role === 'profile' ? wholes.filter((whole) => whole.key !== figure.key) : noWholes
              }
              source={work.sourceText}
              isSelected={selected.has(figure.key)}
              isFirst={index === 0}
              isLazy={rowFigures.length > lazyFrom}
              actions={rowActions}
            />
          ))}
        </div>
        <SetAsideList work={work} dispatch={dispatch} />
        {selected.size > 0 && (
          <BulkBar work={work} selected={[...selected]} dispatch={dispatch} onClear={clear} />
        )}
      </section>

      <section aria-labelledby="indicators-section" className={sectionClass}>
        <h2 id="indicators-section" className="text-lg font-semibold">
          {t('makerIndicatorsSection')}
        </h2>
        <p className="text-muted text-sm">{t('makerIndicatorsHint')}</p>
        <IndicatorsForm work={work} problems={problems.indicators} dispatch={dispatch} />
        <h3 className="font-semibold">{t('makerPairsSection')}</h3>
        {work.periods.actual !== null &&
        work.periods.actual === work.periods.target &&
        work.periods.actualPart ? (
          <p className="text-muted text-sm">{t('makerSameYears')}</p>
        ) : pairs.length === 0 ? (
          <p className="text-muted text-sm">
            {/* Without both years, no year is shown as "…". */}
            {work.periods.actual !== null && work.periods.target !== null
              ? t('makerPairsNone', { actual: work.periods.actual, target: work.periods.target })
              : t('makerPairsNoneAny')}
          </p>
        ) : (
          <>
            <p className="text-muted text-sm">{t('makerPairsNote')}</p>
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

      <FinishBar
        work={work}
        problems={problems}
        isChecking={isChecking}
        onSaved={onSaved}
        renderFirstScreen={renderFirstScreen}
      />
      <WorkPreview work={work} hasErrors={problems.errorCount > 0} render={renderPreview} />
    </div>
  )
}
