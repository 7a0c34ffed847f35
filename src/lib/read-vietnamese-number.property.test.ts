import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatNumber } from './format.ts'
import { readVietnameseNumber, readVietnameseNumbers } from './read-vietnamese-number.ts'

/**
 * A number a report could state: 0 … 1e12 with at most 4 decimals, built from its decimal text so that
 * "447,229" is exactly 447.229 and not a neighbouring double.
 */
const reportNumber = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.stringMatching(/^\d{0,4}$/))
  .map(([whole, fraction]) => Number(fraction === '' ? `${whole}` : `${whole}.${fraction}`))

describe('readVietnameseNumber reads back what formatNumber writes in Vietnamese', () => {
  it('for any number a report could state', () => {
    fc.assert(
      fc.property(reportNumber, (value) => {
        expect(readVietnameseNumber(formatNumber(value, 'vi'))).toBe(value)
      }),
      { numRuns: 500 },
    )
  })
})

/** Words around numbers, as reports write them; none carries a digit. */
const word = fc.constantFrom(
  'Năm',
  'thành phố',
  'đạt',
  'tăng',
  'so với',
  'kế hoạch',
  'hộ nghèo',
  'giảm',
  'trên',
  'từ',
)
/** What follows a number: glued symbols, spaced words, and "km2", whose digit belongs to the word. */
const unit = fc.constantFrom(
  '',
  '%',
  ' tỷ đồng',
  ' người',
  ' km2',
  ' triệu đồng/ha',
  ' điểm phần trăm',
  ' trở lên',
)
/** Between one amount and the next: punctuation, a range dash, a ratio slash. */
const joiner = fc.constantFrom(', ', '; ', ' và ', ' (', '), ', ' – ', '-', '/', '. ')

const amount = fc.record({ words: word, value: reportNumber, unit })

describe('readVietnameseNumbers', () => {
  it('finds exactly the numbers of a generated Vietnamese sentence, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, joiner), { minLength: 1, maxLength: 5 }), (parts) => {
        const sentence = parts
          .map(([{ words, value, unit: unitText }, join], i) => {
            const end = i < parts.length - 1 ? join : '.'
            return `${words} ${formatNumber(value, 'vi')}${unitText}${end}`
          })
          .join('')
        expect(readVietnameseNumbers(sentence), sentence).toEqual(parts.map(([{ value }]) => value))
      }),
      { numRuns: 500 },
    )
  })
})
