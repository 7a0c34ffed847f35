import type { Period } from '../dataset/schema.ts'
import { chooseUnit } from './choose-unit.ts'
import type { YearMention } from './classify-period.ts'
import type { DraftFigure, DraftRole } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'
import { guessLabel } from './label.ts'
import type { Span } from './split-text.ts'

/** Where an amount stands: its clause, the words it is quoted with, the other amounts and years of the clause. */
export type Place = { clause: Span; quote: Span; amounts: FoundAmount[]; i: number; mentions: YearMention[] }

/** A candidate figure from an amount: unit code, base of a change, a guessed label, and the notes for a person. */
export function buildFigure(
  amount: FoundAmount,
  place: Place,
  role: DraftRole,
  period: Period | undefined,
  notes: string[],
): DraftFigure {
  const { clause, quote, amounts, i, mentions } = place
  const quoteFrom = quote.start - clause.start
  const previousEnd = Math.max(quoteFrom, amounts[i - 1]?.end ?? 0)
  const before = clause.text.slice(previousEnd, amount.start)
  const unit = chooseUnit(amount, before, clause.text)
  const nextStart = amounts[i + 1]?.start ?? clause.text.length
  const base = mentions.find((m) => m.kind === 'base' && m.index >= amount.end && m.index < nextStart)
  if (!base && /so với cùng kỳ/iu.test(clause.text.slice(amount.end, nextStart))) {
    notes.push('changeFrom: "so với cùng kỳ" is the same period of the year before; add changeFrom')
  }
  const firstInQuote = amounts.find((other) => other.start >= quoteFrom) ?? amount
  const label = guessLabel(
    before,
    `${amount.unitText} ${clause.text.slice(amount.end, nextStart)}`,
    clause.text.slice(quoteFrom, firstInQuote.start),
  )
  const todo = [...(unit.todo ? [unit.todo] : []), ...notes]
  return {
    id: '',
    role,
    label: { vi: label, en: 'TODO' },
    unit: unit.unit,
    ...(unit.otherUnit ? { otherUnit: unit.otherUnit } : {}),
    unitText: amount.unitText,
    comparator: amount.comparator,
    value: unit.value,
    ...(unit.max === undefined ? {} : { max: unit.max }),
    ...(amount.estimateWord ? { isEstimate: true } : {}),
    ...(period ? { period } : {}),
    ...(base ? { changeFrom: base.period } : {}),
    quote: quote.text,
    valueText: amount.valueText,
    ...(todo.length > 0 ? { todo } : {}),
  }
}
