import { buildFigure } from './build-figure.ts'
import type { DraftFigure } from './draft-types.ts'
import { findAmounts, type IgnoredNumber } from './find-amounts.ts'
import { findNonFigureSpans } from './non-figures.ts'
import type { Span } from './split-text.ts'
import type { ReportYears } from './structure/report-years.ts'

/**
 * Why an amount the text states was left out of the figures, where a person may see it otherwise: another place's
 * level, what a meeting did, a number a cut page ends on. A date, a year or a document's number is no
 * amount and is not listed.
 */
const setAsideTable = {
  "another place's level": true,
  'places of the country': true,
  "the world's, as forecast": true,
  'one of so many places': true,
  'a band of criteria': true,
  'the targets not reached': true,
  'the meeting’s proceedings': true,
  'cut off where the text ends': true,
  'one household’s own': true,
  'an earlier estimate, revised': true,
  'what the place was formed from': true,
} as const

export type SetAsideReason = keyof typeof setAsideTable

export const setAsideReasons = Object.keys(setAsideTable) as [SetAsideReason, ...SetAsideReason[]]

export const isSetAsideReason = (reason: string): reason is SetAsideReason =>
  Object.hasOwn(setAsideTable, reason)

/** A figure as the draft would have read it, had it not been set aside, and why it was. */
export type SetAsideFigure = DraftFigure & { reason: SetAsideReason }

/** Where a clause stands in its sentence: what a figure read in it needs of the sentence. */
export type ClauseWhere = { sentenceStart: number; sentenceBefore: string }

/**
 * The numbers of a clause set aside, each read as a plain fact of its clause (amount, unit, name), so a person can
 * bring one back: the draft decides no role or year for what it left out.
 */
export function setAsideFigures(
  clause: Span,
  ignored: readonly IgnoredNumber[],
  where: ClauseWhere,
  years: ReportYears,
): SetAsideFigure[] {
  const numbers = ignored.filter((number) => isSetAsideReason(number.reason))
  if (numbers.length === 0) return []
  // Read again with no span set aside left out: what was set aside is read as any amount is (a date or a name in it stays
  // none: "Gia đình ông …, thôn 2, …").
  const { amounts } = findAmounts(
    clause.text,
    findNonFigureSpans(clause.text).filter((span) => !isSetAsideReason(span.reason)),
  )
  return numbers.flatMap((number) => {
    const reason = number.reason
    if (!isSetAsideReason(reason)) return []
    // "Bắc Ninh với 312 triệu USD, chiếm 9,1%": every amount the span set aside.
    return amounts.flatMap((amount, i) => {
      if (amount.end <= number.index || amount.start >= number.index + number.text.length) return []
      const read = buildFigure(
        amount,
        { clause, quote: clause, amounts, i, times: [], ...where },
        'fact',
        undefined,
        [],
        { role: { rule: 'no-words', words: '' }, year: { rule: 'none', words: '' } },
        years,
      )
      const figure: SetAsideFigure = { ...read, reason }
      delete figure.why
      return [figure]
    })
  })
}
