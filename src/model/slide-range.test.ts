import { describe, expect, it } from 'vitest'
import { parseSlideRange } from './slide-range.ts'

describe('parseSlideRange', () => {
  it.each([
    ['', { kind: 'all' }],
    ['   ', { kind: 'all' }],
    ['3', { kind: 'some', numbers: [3] }],
    ['1-3, 7', { kind: 'some', numbers: [1, 2, 3, 7] }],
    ['1 – 3; 7', { kind: 'some', numbers: [1, 2, 3, 7] }],
    ['5-3', { kind: 'some', numbers: [3, 4, 5] }],
    ['7 2 2', { kind: 'some', numbers: [2, 7] }],
    ['1-14', { kind: 'some', numbers: Array.from({ length: 14 }, (_, i) => i + 1) }],
  ])('reads “%s”', (text, expected) => {
    expect(parseSlideRange(text, 14)).toEqual(expected)
  })

  it.each(['a', '1,,x', '1.5', '-3', '2-'])('cannot read “%s”', (text) => {
    expect(parseSlideRange(text, 14)).toEqual({ kind: 'invalid', text })
  })

  it.each([
    ['0', [0]],
    ['15', [15]],
    ['2-20', [20]],
    ['0, 20', [0, 20]],
  ])('names the slides “%s” asks for that a deck of 14 does not have', (text, numbers) => {
    expect(parseSlideRange(text, 14)).toEqual({ kind: 'outside', numbers })
  })
})
