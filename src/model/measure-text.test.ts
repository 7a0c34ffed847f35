import { describe, expect, it } from 'vitest'
import { fontWidths, measuredRanges } from '../../scripts/write-text-widths.ts'
import { textWidth } from './measure-text.ts'
import { regularWidths, semiboldWidths } from './text-widths.ts'

describe('textWidth', () => {
  it('reads the font’s own advance widths: the table equals what the font files say', () => {
    const fromFonts = fontWidths()
    const ranges = (widths: number[][]) => measuredRanges.map(([from], i) => [from, widths[i]])
    expect(regularWidths).toEqual(ranges(fromFonts.regular))
    expect(semiboldWidths).toEqual(ranges(fromFonts.semibold))
  })

  it('measures digits wider than narrow letters, bold wider than regular, a composed and a decomposed letter alike', () => {
    expect(textWidth('8888', 10)).toBeGreaterThan(textWidth('iiii', 10) * 2)
    expect(textWidth('Tổng thu', 10, 'semibold')).toBeGreaterThan(textWidth('Tổng thu', 10))
    expect(textWidth('Tổng', 20)).toBeCloseTo(textWidth('To\u0302\u0309ng', 20), 6)
    expect(textWidth('', 20)).toBe(0)
    expect(textWidth('447,229', 30)).toBeCloseTo(textWidth('447,229', 10) * 3, 6)
  })
})
