import { describe, expect, it } from 'vitest'
import { deckKey } from './deck-keys.ts'

describe('deckKey', () => {
  it.each<[string, number, string, boolean, number, string, boolean]>([
    // key, from slide, typed, shift → slide, typed, exit
    ['ArrowRight', 3, '', false, 4, '', false],
    ['PageDown', 3, '', false, 4, '', false],
    [' ', 3, '', false, 4, '', false],
    [' ', 3, '', true, 2, '', false],
    ['ArrowLeft', 3, '', false, 2, '', false],
    ['PageUp', 3, '', false, 2, '', false],
    ['Home', 9, '', false, 1, '', false],
    ['End', 2, '', false, 14, '', false],
    ['ArrowRight', 14, '', false, 14, '', false],
    ['PageUp', 1, '', false, 1, '', false],
    ['1', 5, '', false, 5, '1', false],
    ['2', 5, '1', false, 5, '12', false],
    ['Enter', 5, '12', false, 12, '', false],
    ['Enter', 5, '99', false, 14, '', false],
    ['Enter', 5, '0', false, 1, '', false],
    ['Enter', 5, '', false, 6, '', false],
    ['Escape', 5, '12', false, 5, '', false],
    ['Escape', 5, '', false, 5, '', true],
  ])(
    '%j on slide %i (typed %j, shift %s) → slide %i, typed %j, exit %s',
    (key, slide, typed, shift, toSlide, toTyped, exit) => {
      const result = deckKey({ slide, count: 14, typed }, key, shift)
      expect([result.slide, result.typed, result.exit]).toEqual([toSlide, toTyped, exit])
    },
  )

  it('leaves other keys to the browser', () => {
    expect(deckKey({ slide: 2, count: 14, typed: '' }, 'Tab').handled).toBe(false)
  })
})
