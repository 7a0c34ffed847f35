import { regularWidths, semiboldWidths, type WidthRanges } from './text-widths.ts'

export type Weight = 'regular' | 'semibold'

/** Be Vietnam Pro's ascender and descender in ems (both faces alike): where a line's baseline sits. */
export const fontMetrics = { ascender: 1, descender: 0.265 } as const

/** A letter the table lacks counts as an average lowercase letter of the face. */
const fallbackWidth = 560

const tables = new Map<Weight, Map<number, number>>()

function widthsOf(weight: Weight): Map<number, number> {
  let table = tables.get(weight)
  if (!table) {
    const ranges: WidthRanges = weight === 'regular' ? regularWidths : semiboldWidths
    table = new Map(ranges.flatMap(([from, widths]) => widths.map((width, i) => [from + i, width] as const)))
    tables.set(weight, table)
  }
  return table
}

/**
 * How wide a text is drawn in the app's font (Be Vietnam Pro) at `size`, from the font's own advance widths:
 * the one measure of the screen's charts, the slides and the documents ("7.412" is wider than "Tỉ lệ").
 */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const widths = widthsOf(weight)
  let units = 0
  for (const letter of text.normalize('NFC')) units += widths.get(letter.codePointAt(0) ?? 0) ?? fallbackWidth
  return (units * size) / 1000
}
