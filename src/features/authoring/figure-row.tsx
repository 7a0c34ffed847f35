import { memo, useEffect, useRef, useState } from 'react'
import { formatAmount } from '../../dataset/format-amount.ts'
import { isError, type Problem } from '../../dataset/problem.ts'
import type { WorkFigure } from '../../draft/work.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureFields } from './figure-fields.tsx'
import { ProblemList } from './problem-list.tsx'
import { WhyLine } from './why-line.tsx'
import { setAsideReasonKeys } from './set-aside-reasons.ts'
import { AmountEditor } from './amount-editor.tsx'
import type { AmountCorrection } from '../../draft/work-actions.ts'
import { buttonClass } from '../../components/controls.ts'
import { Checkbox } from '../../components/fields.tsx'

/** What a row can do, each by the row's key: one object for every row, so that a row redraws only when it changes. */
export type RowActions = {
  change: (key: string, patch: Partial<WorkFigure>) => void
  correct: (key: string, correction: AmountCorrection) => void
  /** The checkbox was clicked: with Shift held, the run from the last one clicked. */
  select: (key: string, isRun: boolean) => void
  selectSentence: (key: string) => void
  /** Takes the indicator of the nearest result or target above. */
  sameAsAbove: (key: string) => void
  /** Names the row's indicator after the row's own name. */
  indicatorFromLabel: (key: string) => void
}

type FigureRowProps = {
  figure: WorkFigure
  /** The report's text, where a misread amount's words are chosen again. */
  source: string
  problems: readonly Problem[]
  /** Other accepted figures it may be part of, by key. */
  wholes: readonly WorkFigure[]
  isSelected: boolean
  /** The first row has no row above to take an indicator from. */
  isFirst: boolean
  /** In a report of many figures, the row's fields are drawn when it comes near the screen. */
  isLazy: boolean
  actions: RowActions
}

const sameProblems = (a: readonly Problem[], b: readonly Problem[]) =>
  a.length === b.length &&
  a.every((problem, i) => problem.vi === b[i]?.vi && problem.severity === b[i]?.severity)

/**
 * One figure the draft found: its sentence, how it was read, the decision and the fields a person sets. Drawn
 * again only when its figure, its problems, its selection or the report's text change: a report of thousands of
 * figures stays quick to review.
 */
export const FigureRow = memo(
  FigureRowView,
  (before, after) =>
    before.figure === after.figure &&
    before.source === after.source &&
    before.wholes === after.wholes &&
    before.isSelected === after.isSelected &&
    before.isFirst === after.isFirst &&
    before.isLazy === after.isLazy &&
    before.actions === after.actions &&
    sameProblems(before.problems, after.problems),
)

function FigureRowView(props: FigureRowProps) {
  const { figure, source, problems, wholes, isSelected, isFirst, isLazy, actions } = props
  const key = figure.key
  const rowRef = useRef<HTMLFieldSetElement>(null)
  const [isNear, setIsNear] = useState(!isLazy)
  useEffect(() => {
    const row = rowRef.current
    if (isNear || !row) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true)
      },
      { rootMargin: '1500px 0px' },
    )
    observer.observe(row)
    return () => observer.disconnect()
  }, [isNear])
  const hasFields = isNear && figure.decision !== 'rejected'
  const onChange = (patch: Partial<WorkFigure>) => actions.change(key, patch)
  const onCorrect = (correction: AmountCorrection) => actions.correct(key, correction)
  const onSelect = (isRun: boolean) => actions.select(key, isRun)
  const onSelectSentence = () => actions.selectSentence(key)
  const onSameAsAbove = isFirst ? undefined : () => actions.sameAsAbove(key)
  const { t, language } = useI18n()
  // Where the value stands in its quote: at its own place in the text when the quote is its row or sentence ("5" of
  // "Xã⇥3⇥5⇥5" is the second 5 in the column of results), else its first mention.
  const fromStart =
    figure.at !== undefined && figure.sentenceStart !== undefined ? figure.at - figure.sentenceStart : -1
  const at =
    fromStart >= 0 && figure.quote.startsWith(figure.valueText, fromStart)
      ? fromStart
      : figure.quote.indexOf(figure.valueText)
  const isDecided = figure.decision !== 'pending'
  const amount = figure.unit ? formatAmount({ ...figure, unit: figure.unit }, language) : null
  return (
    <fieldset
      ref={rowRef}
      data-figure-key={figure.key}
      data-value-text={figure.valueText}
      data-at={figure.at}
      data-decision={figure.decision}
      data-has-errors={problems.some(isError) && figure.decision === 'accepted'}
      // Focused by the review keys: N, B, arrows. Brought to the screen, it stops below the header and the review's
      // sticky bar (scroll-mt), not under them.
      tabIndex={-1}
      className={`focus:outline-focus min-w-0 scroll-mt-28 rounded-lg border p-3 [contain-intrinsic-size:auto_22rem] [content-visibility:auto] focus:outline-3 focus:outline-offset-2 ${isSelected ? 'ring-focus-ring ring-2' : ''}${figure.decision === 'rejected' ? 'border-grid bg-page text-muted' : 'border-rule bg-surface'}`}
    >
      <legend className="flex items-center gap-2 px-1 font-semibold">
        <Checkbox
          checked={isSelected}
          aria-label={t('makerSelectRow', { value: figure.valueText })}
          onChange={() => undefined}
          onClick={(event) => onSelect(event.shiftKey)}
        />
        {figure.valueText}
        <span className="text-muted ml-2 text-sm font-normal">
          {t(
            figure.decision === 'accepted'
              ? 'makerAccepted'
              : figure.decision === 'rejected'
                ? 'makerRejected'
                : 'makerPending',
          )}
        </span>
      </legend>
      <p lang="vi" className="text-fg">
        {at < 0 ? (
          cellsApart(figure.quote)
        ) : (
          <>
            {cellsApart(figure.quote.slice(0, at))}
            <mark className="text-fg bg-highlight rounded px-0.5">{figure.valueText}</mark>
            {cellsApart(figure.quote.slice(at + figure.valueText.length))}
          </>
        )}
      </p>
      {figure.why && <WhyLine why={figure.why} unit={figure.unit} />}
      {figure.broughtBack && !figure.why && (
        <p data-testid="figure-why" className="text-muted mt-1 text-sm">
          {t('makerBroughtBackWhy', { reason: t(setAsideReasonKeys[figure.broughtBack]) })}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-pressed={figure.decision === 'accepted'}
          className={`${buttonClass} aria-pressed:border-success-edge aria-pressed:bg-success-soft`}
          onClick={() => onChange({ decision: 'accepted' })}
        >
          {t('makerAccept')}
        </button>
        <button
          type="button"
          aria-pressed={figure.decision === 'rejected'}
          className={`${buttonClass} aria-pressed:border-muted aria-pressed:bg-grid`}
          onClick={() => onChange({ decision: 'rejected' })}
        >
          {t('makerReject')}
        </button>
        {amount && (
          <span className="text-sm">
            {t('makerValue')}: <strong>{amount}</strong>
            {(figure.isCorrected || figure.broughtBack) && (
              <span className="text-muted ml-1">
                ({t(figure.isCorrected ? 'makerCorrected' : 'makerBroughtBackMark')})
              </span>
            )}
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
        {hasFields && (
          <AmountEditor
            key={`${figure.valueText}|${figure.at ?? ''}`}
            figure={figure}
            source={source}
            onApply={onCorrect}
          />
        )}
      </div>
      {hasFields && (
        <FigureFields
          figure={figure}
          wholes={wholes}
          onChange={onChange}
          onIndicatorFromLabel={() => actions.indicatorFromLabel(key)}
        />
      )}
      {!isNear && figure.decision !== 'rejected' && <div className="h-56" aria-hidden="true" />}
      {isDecided && figure.decision === 'accepted' && (
        <ProblemList problems={problems} okText={t('makerCheckOk')} />
      )}
    </fieldset>
  )
}

/** A table's row as its quote: its cells, which a page would show in columns, set apart (an empty one shows as one). */
const cellsApart = (text: string) => text.replace(/\t/gu, ' | ')
