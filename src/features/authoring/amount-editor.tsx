import { useRef, useState } from 'react'
import { comparatorCodes, comparators } from '../../dataset/comparators.ts'
import { unitOptions } from './unit-options.ts'
import {
  moveEdge,
  readChosenWords,
  sentenceOf,
  spanOf,
  wholeWords,
  type WordSpan,
} from '../../draft/correct-amount.ts'
import type { AmountCorrection } from '../../draft/work-actions.ts'
import { controlIds } from '../../draft/work-problems.ts'
import type { WorkFigure } from '../../draft/work.ts'
import { formatNumber } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass, primaryButtonClass } from '../../components/controls.ts'
import { SelectField, TextField } from '../../components/fields.tsx'

type AmountEditorProps = {
  figure: WorkFigure
  source: string
  onApply: (correction: AmountCorrection) => void
}

/** "0,25", "9.150", "1 - 2": a number typed the Vietnamese way, or null. */
const typedNumber = (text: string): number | null => {
  const written = text.trim()
  if (!/^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$/u.test(written)) return null
  return Number(written.replaceAll('.', '').replace(',', '.'))
}

/**
 * Corrects how the draft read an amount: the words are chosen in the sentence (selected with the mouse, or widened
 * and narrowed a word at a time), read again by the one amount reader, and their value, unit and comparator set;
 * the verifier then checks them against the words and says why where it cannot agree.
 */
export function AmountEditor({ figure, source, onApply }: AmountEditorProps) {
  const { t, language } = useI18n()
  const [isOpen, setIsOpen] = useState(false)
  const sentence = sentenceOf(source, figure)
  const [span, setSpan] = useState<WordSpan>(() => spanOf(source, figure) ?? sentence)
  const proposal = readChosenWords(source, span, figure)
  const [edit, setEdit] = useState<Partial<AmountCorrection> & { valueTyped?: string }>({})
  const sentenceRef = useRef<HTMLParagraphElement>(null)

  const choose = (next: WordSpan) => {
    setSpan(next)
    setEdit({})
  }
  const useSelection = () => {
    const selection = window.getSelection()
    const element = sentenceRef.current
    if (!selection || !element || selection.rangeCount === 0) return
    const range = selection.getRangeAt(0)
    if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return
    // Offsets within the sentence's text, counted over its text nodes.
    const offsetOf = (node: Node, offset: number) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      let total = 0
      for (let current = walker.nextNode(); current; current = walker.nextNode()) {
        if (current === node) return total + offset
        total += current.textContent?.length ?? 0
      }
      return total
    }
    const start = sentence.start + offsetOf(range.startContainer, range.startOffset)
    const end = sentence.start + offsetOf(range.endContainer, range.endOffset)
    if (end > start) choose(wholeWords(source, { start, end }, sentence))
  }

  if (!isOpen)
    return (
      <button
        id={controlIds.figure(figure.key, 'correct')}
        type="button"
        className={buttonClass}
        onClick={() => setIsOpen(true)}
      >
        {t('makerCorrect')}
      </button>
    )

  const unit = edit.unit ?? proposal?.unit ?? ''
  const value = edit.valueTyped !== undefined ? typedNumber(edit.valueTyped) : (proposal?.value ?? null)
  const correction: AmountCorrection | null =
    proposal && value !== null && unit !== ''
      ? {
          ...proposal,
          value,
          unit,
          comparator: edit.comparator ?? proposal.comparator,
          ...(unit === 'other'
            ? { otherUnit: edit.otherUnit ?? proposal.otherUnit ?? '' }
            : { otherUnit: undefined }),
        }
      : null
  const shown = source.slice(sentence.start, sentence.end)
  const before = shown.slice(0, span.start - sentence.start)
  const chosen = source.slice(span.start, span.end)
  const after = shown.slice(span.end - sentence.start)
  const move = (edge: 'start' | 'end', by: 1 | -1) => choose(moveEdge(source, span, edge, by, sentence))

  return (
    <div
      role="group"
      aria-label={t('makerCorrect')}
      className="border-rule bg-page mt-2 flex w-full flex-col gap-2 rounded border p-2"
    >
      <p className="text-sm">{t('makerCorrectHint')}</p>
      <p ref={sentenceRef} lang="vi" data-testid="correct-sentence" className="bg-surface rounded p-2">
        {before}
        <mark className="text-fg bg-highlight rounded px-0.5">{chosen}</mark>
        {after}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={useSelection}>
          {t('makerUseSelection')}
        </button>
        <button type="button" className={buttonClass} onClick={() => move('start', 1)}>
          {t('makerWidenStart')}
        </button>
        <button type="button" className={buttonClass} onClick={() => move('start', -1)}>
          {t('makerNarrowStart')}
        </button>
        <button type="button" className={buttonClass} onClick={() => move('end', -1)}>
          {t('makerNarrowEnd')}
        </button>
        <button type="button" className={buttonClass} onClick={() => move('end', 1)}>
          {t('makerWidenEnd')}
        </button>
      </div>
      {proposal ? (
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          <TextField
            label={t('makerCorrectValue')}
            isNumeric
            value={edit.valueTyped ?? formatNumber(proposal.value, 'vi').replaceAll('\u202f', '')}
            onChange={(valueTyped) => setEdit({ ...edit, valueTyped })}
          />
          <SelectField
            label={t('makerUnit')}
            value={unit}
            options={unitOptions(t)}
            onChange={(next) => setEdit({ ...edit, unit: next })}
          />
          {unit === 'other' && (
            <TextField
              label={t('makerOtherUnit')}
              lang="vi"
              value={edit.otherUnit ?? proposal.otherUnit ?? ''}
              onChange={(otherUnit) => setEdit({ ...edit, otherUnit })}
            />
          )}
          <SelectField
            label={t('makerComparator')}
            value={edit.comparator ?? proposal.comparator}
            options={comparatorCodes.map((code) => ({
              value: code,
              label: `${comparators[code].sign} ${comparators[code].short[language]}`,
            }))}
            onChange={(comparator) => setEdit({ ...edit, comparator })}
          />
        </div>
      ) : (
        <p role="status" className="text-danger text-sm">
          {t('makerCorrectNoNumber')}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={primaryButtonClass}
          disabled={!correction}
          onClick={() => {
            if (!correction) return
            onApply(correction)
            setIsOpen(false)
          }}
        >
          {t('makerCorrectApply')}
        </button>
        <button type="button" className={buttonClass} onClick={() => setIsOpen(false)}>
          {t('makerConfirmNo')}
        </button>
      </div>
    </div>
  )
}
