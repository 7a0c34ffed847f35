import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import opentype from 'opentype.js'
import {
  fontVerticals,
  fontWidths,
  measuredRanges,
  signs,
  signsFontPaths,
} from '../../scripts/write-text-widths.ts'
import { fontMetrics, textWidth } from './measure-text.ts'
import { regularWidths, semiboldWidths } from './text-widths.ts'

describe('textWidth', () => {
  it('reads the font’s own advance widths: the table equals what the font files say', () => {
    const fromFonts = fontWidths()
    const ranges = (widths: number[][]) => measuredRanges.map(([from], i) => [from, widths[i]])
    expect(regularWidths).toEqual(ranges(fromFonts.regular))
    expect(semiboldWidths).toEqual(ranges(fromFonts.semibold))
  })

  it('gives the page the signs the web font lacks, drawn and at the font’s own widths', () => {
    for (const face of ['regular', 'semibold'] as const) {
      const file = readFileSync(new URL(signsFontPaths[face], new URL('../../scripts/', import.meta.url)))
      const font = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))
      for (const sign of signs) {
        expect(font.charToGlyph(sign).path.commands.length).toBeGreaterThan(2)
        expect(font.charToGlyph(sign).advanceWidth).toBe(
          (textWidth(sign, 1000, face) * font.unitsPerEm) / 1000,
        )
      }
    }
  })

  it('places baselines by the font’s own ascender and descender, alike in both faces', () => {
    const { regular, semibold } = fontVerticals()
    expect(regular).toEqual(fontMetrics)
    expect(semibold).toEqual(fontMetrics)
  })

  it('measures digits wider than narrow letters, bold wider than regular, a composed and a decomposed letter alike', () => {
    expect(textWidth('8888', 10)).toBeGreaterThan(textWidth('iiii', 10) * 2)
    expect(textWidth('Tổng thu', 10, 'semibold')).toBeGreaterThan(textWidth('Tổng thu', 10))
    expect(textWidth('Tổng', 20)).toBeCloseTo(textWidth('To\u0302\u0309ng', 20), 6)
    expect(textWidth('', 20)).toBe(0)
    expect(textWidth('447,229', 30)).toBeCloseTo(textWidth('447,229', 10) * 3, 6)
  })
})
