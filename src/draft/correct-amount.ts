import { letter } from '../lib/reg-exp.ts'
import { normalizeText } from '../dataset/clean-text.ts'
import { readAmount } from '../dataset/reading/read-amount.ts'
import { chooseUnit } from './choose-unit.ts'
import type { AmountCorrection } from './work-actions.ts'
import type { WorkFigure } from './work.ts'

/** Offsets in the source text of the words a person chose. */
export type WordSpan = { start: number; end: number }

/** The sentence a row's words stand in: where its figure's quote is, widened to the sentence's ends. */
export function sentenceOf(
  source: string,
  figure: Pick<WorkFigure, 'quote' | 'at' | 'sentenceStart'>,
): WordSpan {
  const quoteStart =
    figure.at !== undefined ? source.lastIndexOf(figure.quote, figure.at) : source.indexOf(figure.quote)
  const from = Math.max(0, figure.sentenceStart ?? quoteStart)
  const at = Math.max(from, quoteStart)
  const rest = source.slice(at + figure.quote.length)
  const stop = /[.!?…](?=\s|$)|[\r\n]/u.exec(rest)
  return { start: from, end: at + figure.quote.length + (stop ? stop.index + 1 : rest.length) }
}

/** Where the row's own words are in the source. */
export function spanOf(
  source: string,
  figure: Pick<WorkFigure, 'quote' | 'valueText' | 'at'>,
): WordSpan | null {
  const quoteStart =
    figure.at !== undefined ? source.lastIndexOf(figure.quote, figure.at) : source.indexOf(figure.quote)
  if (quoteStart < 0) return null
  const inQuote = figure.quote.indexOf(figure.valueText)
  const start = figure.at ?? (inQuote < 0 ? quoteStart : quoteStart + inQuote)
  return { start, end: start + figure.valueText.length }
}

const wordBoundary = /[\s,;:()]/u

/** The span moved one word at one end: `by` 1 takes in a word, −1 gives one back; it stays inside `within`. */
export function moveEdge(
  source: string,
  span: WordSpan,
  edge: 'start' | 'end',
  by: 1 | -1,
  within: WordSpan,
): WordSpan {
  const step = (at: number, direction: 1 | -1) => {
    let i = at
    // Skip the spaces, then the word.
    while (i > within.start && i < within.end && wordBoundary.test(source[direction === 1 ? i : i - 1] ?? ''))
      i += direction
    while (
      i > within.start &&
      i < within.end &&
      !wordBoundary.test(source[direction === 1 ? i : i - 1] ?? '')
    )
      i += direction
    return Math.min(within.end, Math.max(within.start, i))
  }
  const next =
    edge === 'start'
      ? { start: step(span.start, by === 1 ? -1 : 1), end: span.end }
      : { start: span.start, end: step(span.end, by === 1 ? 1 : -1) }
  const trimmed = trimmedSpan(source, next)
  return trimmed.end > trimmed.start ? trimmed : span
}

/** The span without the spaces and the marks between clauses at its ends (", ", "; "): a word given back leaves none. */
function trimmedSpan(source: string, span: WordSpan): WordSpan {
  const words = source.slice(span.start, span.end)
  return {
    start: span.start + (/^[\s,;:]*/u.exec(words)?.[0].length ?? 0),
    end: span.end - (/[\s,;:]*$/u.exec(words)?.[0].length ?? 0),
  }
}

/** A letter, a mark on one, a digit, or a number's own dot or comma between digits ("3,67"): what a word is made of. */
const isInWord = (source: string, at: number) =>
  /[\p{L}\p{M}\p{N}]/u.test(source[at] ?? '') ||
  (/[.,]/u.test(source[at] ?? '') && /\d/u.test(source[at - 1] ?? '') && /\d/u.test(source[at + 1] ?? ''))

/**
 * The words a person selected, widened to whole words ("g|ần 3,67 triệu lượt kh|ách" is "gần 3,67 triệu lượt khách")
 * and without the marks between clauses at its ends; it stays inside `within`.
 */
export function wholeWords(source: string, span: WordSpan, within: WordSpan): WordSpan {
  let { start, end } = span
  while (start > within.start && isInWord(source, start - 1) && isInWord(source, start)) start -= 1
  while (end < within.end && isInWord(source, end) && isInWord(source, end - 1)) end += 1
  const trimmed = trimmedSpan(source, { start, end })
  return trimmed.end > trimmed.start ? trimmed : span
}

/**
 * What the chosen words say, read by the one amount reader and unit chooser: the correction to propose, which a
 * person may still change. The quote is the row's own where it holds the words, else the whole sentence. Null when
 * the words hold no number.
 */
export function readChosenWords(
  source: string,
  span: WordSpan,
  figure: Pick<WorkFigure, 'quote' | 'at' | 'sentenceStart'>,
): AmountCorrection | null {
  const valueText = source.slice(span.start, span.end)
  const { reading } = readAmount(valueText)
  if (!reading) return null
  const sentence = sentenceOf(source, figure)
  const quoteStart =
    figure.at !== undefined ? source.lastIndexOf(figure.quote, figure.at) : source.indexOf(figure.quote)
  const isInQuote =
    quoteStart >= 0 && span.start >= quoteStart && span.end <= quoteStart + figure.quote.length
  const quote = isInQuote ? figure.quote : source.slice(sentence.start, sentence.end).trim()
  const before = source.slice(Math.max(sentence.start, span.start - 60), span.start)
  const unit = chooseUnit(reading, before, normalizeText(quote))
  // A noun no unit row knows ("12 HTX"): the words after the number, as written.
  const noun = reading.unitText === '' ? normalizeText(valueText).trim().slice(reading.end).trim() : ''
  const isOwnNoun = noun !== '' && new RegExp(String.raw`^[${letter}][${letter}\s/]*$`, 'u').test(noun)
  return {
    valueText,
    at: span.start,
    value: unit.value,
    ...(unit.max === undefined ? {} : { max: unit.max }),
    unit: isOwnNoun ? 'other' : unit.unit === 'TODO' ? '' : unit.unit,
    ...(isOwnNoun ? { otherUnit: noun } : unit.otherUnit ? { otherUnit: unit.otherUnit } : {}),
    comparator: reading.comparator,
    ...(reading.estimateWord ? { isEstimate: true } : {}),
    ...(isInQuote ? {} : { quote }),
  }
}
