import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../lib/format.ts'
import { comparators } from '../comparators.ts'
import { formatAmount } from '../format-amount.ts'
import { isCountUnit, mayBeNegative, unitCodes, unitInfo } from '../units.ts'
import { compare, decimalFromNumber, shift, toNumber } from './decimal.ts'
import { readAmount, readAmounts } from './read-amount.ts'
import { readVietnameseNumber } from './read-quantity.ts'

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

/**
 * Any unit of the vocabulary with a value it may take: whole for counts, signed for rates. (Not "other", whose words
 * are the figure's own, nor "index", which has none: the verifier takes it where the reader reads no unit.)
 */
const unitAndValue = fc
  .tuple(
    fc.constantFrom(...unitCodes.filter((code) => code !== 'other' && code !== 'index')),
    reportNumber,
    fc.boolean(),
  )
  .map(([unit, value, isNegative]) => {
    const whole = isCountUnit(unit) ? Math.round(value) : value
    return { unit, value: isNegative && mayBeNegative(unit) && whole !== 0 ? -whole : whole }
  })

describe('readAmount reads back any amount formatAmount writes in Vietnamese', () => {
  it('in any unit of the vocabulary, in the unit’s scale', () => {
    fc.assert(
      fc.property(unitAndValue, ({ unit, value }) => {
        const text = formatAmount({ value, comparator: 'exact', unit }, 'vi')
        const { reading, rest } = readAmount(text)
        expect(rest, text).toBe('')
        expect(reading?.units, text).toContain(unit)
        const stored = shift(decimalFromNumber(value), unitInfo(unit).scale)
        expect(reading && compare(reading.value, stored), text).toBe(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('with any comparator written in the report’s words', () => {
    const worded = Object.entries(comparators).flatMap(([code, info]) =>
      info.before.map((word) => ({ code, word })),
    )
    fc.assert(
      fc.property(fc.constantFrom(...worded), unitAndValue, ({ code, word }, { unit, value }) => {
        const text = `${word} ${formatAmount({ value: Math.abs(value), comparator: 'exact', unit }, 'vi')}`
        const { reading } = readAmount(text)
        // "vượt 18,5% dự toán" is an excess over the plan, not a comparator.
        const isPlanExcess = word === 'vượt' && unitInfo(unit).kind === 'share-of-plan'
        expect(reading?.comparator, text).toBe(isPlanExcess ? 'exact' : code)
        // The reader reads no-break spaces as spaces.
        expect(reading?.valueText, text).toBe(text.replaceAll('\u00a0', ' '))
      }),
      { numRuns: 500 },
    )
  })
})

/** Words around numbers, as reports write them; none carries a digit. */
const word = fc.constantFrom('Năm', 'thành phố', 'đạt', 'tăng', 'so với', 'kế hoạch', 'hộ nghèo', 'giảm')
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
/** Between one amount and the next: punctuation, a conjunction, a bracket. */
const joiner = fc.constantFrom(', ', '; ', ' và ', ' (', '), ', '. ')

describe('readAmounts', () => {
  it('finds exactly the amounts of a generated Vietnamese sentence, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.record({ words: word, value: reportNumber, unit }), joiner), {
          minLength: 1,
          maxLength: 5,
        }),
        (parts) => {
          const sentence = parts
            .map(([{ words, value, unit: unitText }, join], i) => {
              const end = i < parts.length - 1 ? join : '.'
              return `${words} ${formatNumber(value, 'vi')}${unitText}${end}`
            })
            .join('')
          // The number as written: "0,5 triệu đồng/ha" reads as 500000 đồng/ha, written 0,5.
          const read = readAmounts(sentence).map((reading) =>
            toNumber(shift(reading.value, -reading.topExponent)),
          )
          expect(read.length, sentence).toBe(parts.length)
          // "giảm 0,5%" right before a single amount is a fall, −0,5; "giảm 0,5 trở lên" bounds a fall.
          const isFall = (words: string, unitText: string) => words === 'giảm' && unitText !== ' trở lên'
          expect(read, sentence).toEqual(
            parts.map(([{ words, value, unit: unitText }]) =>
              isFall(words, unitText) && value !== 0 ? -value : value,
            ),
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})
