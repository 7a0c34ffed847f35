import { describe, expect, it } from 'vitest'
import { moveEdge, readChosenWords, sentenceOf, spanOf, wholeWords } from './correct-amount.ts'

const source =
  'Năm 2024, tỷ lệ hộ nghèo giảm 0,25% so với đầu năm; toàn huyện có 12 HTX. Thu ngân sách đạt 9.150 tỷ.'
const row = (valueText: string, quote: string) => ({
  quote,
  valueText,
  at: source.indexOf(valueText),
  sentenceStart: 0,
})

describe('correcting how an amount was read', () => {
  it('finds the row’s words and their sentence', () => {
    const figure = row('giảm 0,25%', 'tỷ lệ hộ nghèo giảm 0,25% so với đầu năm')
    const span = spanOf(source, figure)
    expect(span && source.slice(span.start, span.end)).toBe('giảm 0,25%')
    const sentence = sentenceOf(source, figure)
    expect(source.slice(sentence.start, sentence.end)).toBe(
      'Năm 2024, tỷ lệ hộ nghèo giảm 0,25% so với đầu năm; toàn huyện có 12 HTX.',
    )
  })

  it('narrows and widens the words one word at a time, inside the sentence', () => {
    const figure = row('giảm 0,25%', 'tỷ lệ hộ nghèo giảm 0,25% so với đầu năm')
    const span = spanOf(source, figure) ?? { start: 0, end: 0 }
    const sentence = sentenceOf(source, figure)
    const narrowed = moveEdge(source, span, 'start', -1, sentence)
    expect(source.slice(narrowed.start, narrowed.end)).toBe('0,25%')
    const widened = moveEdge(source, narrowed, 'end', 1, sentence)
    expect(source.slice(widened.start, widened.end)).toBe('0,25% so')
  })

  it('widens a selection to whole words, and leaves no comma at either end when a word is given back', () => {
    const text = 'Năm 2025, tỉnh Mẫu Sơn đón gần 3,67 triệu lượt khách, tăng 12% so với năm 2024.'
    const sentence = { start: 0, end: text.length }
    const selected = {
      start: text.indexOf('gần') + 1,
      end: text.indexOf('khách') + 2,
    }
    const words = wholeWords(text, selected, sentence)
    expect(text.slice(words.start, words.end)).toBe('gần 3,67 triệu lượt khách')
    const widened = moveEdge(text, words, 'end', 1, sentence)
    expect(text.slice(widened.start, widened.end)).toBe('gần 3,67 triệu lượt khách, tăng')
    const givenBack = moveEdge(text, widened, 'end', -1, sentence)
    expect(text.slice(givenBack.start, givenBack.end)).toBe('gần 3,67 triệu lượt khách')
    // (A selection that took the comma and the space after a word keeps the word only.)
    const withComma = wholeWords(text, { start: words.start, end: words.end + 2 }, sentence)
    expect(text.slice(withComma.start, withComma.end)).toBe('gần 3,67 triệu lượt khách')
    // (A number's own comma is inside it: "67 triệu" selected is "3,67 triệu".)
    const fromDecimals = wholeWords(text, { start: text.indexOf('67'), end: text.indexOf(' lượt') }, sentence)
    expect(text.slice(fromDecimals.start, fromDecimals.end)).toBe('3,67 triệu')
  })

  it('reads the chosen words: a reduction as written, a noun kept as written, a scale as đồng', () => {
    const poverty = row('giảm 0,25%', 'tỷ lệ hộ nghèo giảm 0,25% so với đầu năm')
    const start = source.indexOf('0,25%')
    expect(readChosenWords(source, { start, end: start + 5 }, poverty)).toMatchObject({
      valueText: '0,25%',
      value: 0.25,
      // A rate's fall is in points: a reduction of 0,25 points, as the Đông Hà dataset keeps it.
      unit: 'percentage-point',
      comparator: 'exact',
    })
    const cooperatives = row('12 HTX', 'toàn huyện có 12 HTX')
    const at = source.indexOf('12 HTX')
    expect(readChosenWords(source, { start: at, end: at + 6 }, cooperatives)).toMatchObject({
      value: 12,
      unit: 'other',
      otherUnit: 'HTX',
    })
    const budget = row('9.150 tỷ', 'Thu ngân sách đạt 9.150 tỷ')
    const from = source.indexOf('9.150')
    expect(readChosenWords(source, { start: from, end: from + 8 }, budget)).toMatchObject({
      value: 9150,
      unit: 'billion-vnd',
    })
  })

  it('quotes the whole sentence when the words reach outside the row’s own', () => {
    const figure = row('12 HTX', '12 HTX')
    const from = source.indexOf('có 12')
    expect(readChosenWords(source, { start: from, end: from + 9 }, figure)?.quote).toBe(
      'Năm 2024, tỷ lệ hộ nghèo giảm 0,25% so với đầu năm; toàn huyện có 12 HTX.',
    )
  })
})
