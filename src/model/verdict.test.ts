import { describe, expect, it } from 'vitest'
import type { Comparator } from '../dataset/comparators.ts'
import type { Direction } from '../dataset/schema.ts'
import type { Unit } from '../dataset/units.ts'
import { convertValue, type Verdict, verdictOf } from './verdict.ts'

type Side = { comparator: Comparator; value: number; max?: number; unit: Unit }
const amount = (comparator: Comparator, value: number, unit: Unit = 'percent', max?: number): Side => ({
  comparator,
  value,
  unit,
  ...(max === undefined ? {} : { max }),
})

// Written by hand from the wording of targets and results, not from the code: what an official would answer.
const table: [string, Side, Side, Direction, Verdict][] = [
  ['≥ 96,5% met by 97%', amount('atLeast', 96.5), amount('exact', 97), 'higher', 'reached'],
  ['≥ 96,5% met exactly', amount('atLeast', 96.5), amount('exact', 96.5), 'higher', 'reached'],
  ['≥ 96,5% missed by 96%', amount('atLeast', 96.5), amount('exact', 96), 'higher', 'missed'],
  ['> 74% not met by 74%', amount('over', 74), amount('exact', 74), 'higher', 'missed'],
  ['> 74% met by 74,1%', amount('over', 74), amount('exact', 74.1), 'higher', 'reached'],
  ['< 3% met by 2,8%', amount('under', 3), amount('exact', 2.8), 'lower', 'reached'],
  ['< 3% not met by 3%', amount('under', 3), amount('exact', 3), 'lower', 'missed'],
  ['≤ 4% met by 4%', amount('atMost', 4), amount('exact', 4), 'lower', 'reached'],
  // "giảm trên 1%" (−1, over): a fall of more than 1%, met by a fall of 1,2% and not by one of 0,8%.
  ['a fall of over 1% met by −1,2%', amount('over', -1), amount('exact', -1.2), 'lower', 'reached'],
  ['a fall of over 1% missed at −0,8%', amount('over', -1), amount('exact', -0.8), 'lower', 'missed'],
  // "giảm hơn 27%" as a result (−27, moreThan) meets a fall of at least 20%.
  [
    'a fall of at least 20% met by one of more than 27%',
    amount('atLeast', -20),
    amount('moreThan', -27),
    'lower',
    'reached',
  ],
  ['growth of 13% missed at 9,77%', amount('exact', 13), amount('exact', 9.77), 'higher', 'missed'],
  ['growth of 13% reached at 13,2%', amount('exact', 13), amount('exact', 13.2), 'higher', 'reached'],
  [
    'a rate to keep at 13 where neither is better',
    amount('exact', 13),
    amount('exact', 13),
    'neither',
    'reached',
  ],
  ['… and 12 misses it', amount('exact', 13), amount('exact', 12), 'neither', 'missed'],
  [
    '1–2 streets: one is reached',
    amount('range', 1, 'street', 2),
    amount('exact', 1, 'street'),
    'higher',
    'reached',
  ],
  [
    '3–4 schools: five is beyond, reached',
    amount('range', 3, 'school', 4),
    amount('exact', 5, 'school'),
    'higher',
    'reached',
  ],
  [
    '3–4 schools: two is short',
    amount('range', 3, 'school', 4),
    amount('exact', 2, 'school'),
    'higher',
    'missed',
  ],
  [
    'a 3–4 band where neither is better: 5 is outside',
    amount('range', 3, 'percent', 4),
    amount('exact', 5),
    'neither',
    'missed',
  ],
  ['… and 3,5 inside', amount('range', 3, 'percent', 4), amount('exact', 3.5), 'neither', 'reached'],
  [
    'inflation 1–2%, lower better: 2,5% misses',
    amount('range', 1, 'percent', 2),
    amount('exact', 2.5),
    'lower',
    'missed',
  ],
  [
    '700 tỷ reached by 702,2 tỷ',
    amount('exact', 700, 'billion-vnd'),
    amount('exact', 702.2, 'billion-vnd'),
    'higher',
    'reached',
  ],
  [
    '700 tỷ reached by 702.200 triệu',
    amount('exact', 700, 'billion-vnd'),
    amount('exact', 702_200, 'million-vnd'),
    'higher',
    'reached',
  ],
  [
    '700 tỷ missed by 650.000 triệu',
    amount('exact', 700, 'billion-vnd'),
    amount('exact', 650_000, 'million-vnd'),
    'higher',
    'missed',
  ],
  [
    'đồng against USD cannot be said',
    amount('exact', 700, 'billion-vnd'),
    amount('exact', 30, 'million-usd'),
    'higher',
    'cannot-say',
  ],
  [
    '% against people cannot be said',
    amount('atLeast', 90),
    amount('exact', 1900, 'person'),
    'higher',
    'cannot-say',
  ],
  [
    '≥ 1.850 workers, "hơn 1.900": reached',
    amount('atLeast', 1850, 'worker'),
    amount('moreThan', 1900, 'worker'),
    'higher',
    'reached',
  ],
  [
    '≥ 1.850 workers, "hơn 1.800": cannot say',
    amount('atLeast', 1850, 'worker'),
    amount('moreThan', 1800, 'worker'),
    'higher',
    'cannot-say',
  ],
  [
    '≥ 1.850 workers, "dưới 1.800": missed',
    amount('atLeast', 1850, 'worker'),
    amount('under', 1800, 'worker'),
    'higher',
    'missed',
  ],
  [
    '≥ 1.850 workers, "khoảng 1.900": cannot say',
    amount('atLeast', 1850, 'worker'),
    amount('about', 1900, 'worker'),
    'higher',
    'cannot-say',
  ],
  [
    '≥ 90%, "88–92%": cannot say',
    amount('atLeast', 90),
    amount('range', 88, 'percent', 92),
    'higher',
    'cannot-say',
  ],
  ['about 50, 55 is clearly beyond', amount('about', 50), amount('exact', 55), 'higher', 'reached'],
  ['about 50, 49 may still be "about"', amount('about', 50), amount('exact', 49), 'higher', 'cannot-say'],
  ['about 50 where neither is better', amount('about', 50), amount('exact', 50), 'neither', 'cannot-say'],
]

describe('verdictOf', () => {
  it.each(table)('%s', (_, target, actual, better, expected) => {
    expect(verdictOf(target, actual, better).verdict).toBe(expected)
  })

  it('says why it cannot say', () => {
    expect(
      verdictOf(amount('exact', 700, 'billion-vnd'), amount('exact', 30, 'million-usd'), 'higher'),
    ).toEqual({
      verdict: 'cannot-say',
      reason: 'units',
    })
    expect(verdictOf(amount('atLeast', 90), amount('range', 88, 'percent', 92), 'higher').reason).toBe(
      'overlap',
    )
    expect(
      verdictOf(amount('atLeast', 1850, 'worker'), amount('about', 1900, 'worker'), 'higher').reason,
    ).toBe('imprecise-actual')
  })
})

describe('convertValue', () => {
  it('converts within a currency and a kind, and refuses across them', () => {
    expect(convertValue(702_200, 'million-vnd', 'billion-vnd')).toBe(702.2)
    expect(convertValue(1.5, 'billion-vnd', 'million-vnd')).toBe(1500)
    expect(convertValue(30, 'million-usd', 'billion-vnd')).toBeNull()
    expect(convertValue(5, 'percent', 'percentage-point')).toBeNull()
  })
})
