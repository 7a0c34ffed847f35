import type { jsPDF } from 'jspdf'
import type { DocumentPalette, TextMark } from '../../model/slide-document/marks.ts'
import { pdfFont } from './pdf-fonts.ts'

const lineHeight = 1.2

/** The face of a text mark (see pdf-fonts.ts for italics). */
const fontStyle = (mark: { isBold?: boolean | undefined }) => (mark.isBold ? 'bold' : 'normal')

type GlyphLookup = { metadata?: { characterToGlyph?: (code: number) => number } }

/**
 * A paragraph without the characters the face lacks (Be Vietnam Pro has no arrows such as "↓"), which would
 * print as blanks; the words around them stay.
 */
export function printable(pdf: jsPDF, paragraph: string): string {
  const { metadata } = pdf.getFont() as GlyphLookup
  const toGlyph = metadata?.characterToGlyph?.bind(metadata)
  if (!toGlyph) return paragraph
  const kept = [...paragraph].filter((char) => /\s/u.test(char) || toGlyph(char.codePointAt(0) ?? 0) !== 0)
  return kept.join('').replace(/ {2,}/gu, ' ').trim()
}

/** The mark's paragraphs wrapped to its width at `size`, as the PDF's font measures them. */
function wrap(pdf: jsPDF, mark: TextMark, size: number): string[] {
  pdf.setFont(pdfFont, fontStyle(mark)).setFontSize(size)
  return mark.text
    .split('\n')
    .flatMap((paragraph) => pdf.splitTextToSize(printable(pdf, paragraph), mark.w) as string[])
}

/** Text, as real text: set in Be Vietnam Pro, wrapped, and made smaller only when it would not fit its box. */
export function drawText(pdf: jsPDF, mark: TextMark, palette: DocumentPalette) {
  let size = mark.size
  let lines = wrap(pdf, mark, size)
  while (size > 8 && lines.length * size * lineHeight > mark.h) {
    size -= 1
    lines = wrap(pdf, mark, size)
  }
  const height = lines.length * size * lineHeight
  const slack = Math.max(0, mark.h - height)
  const top = mark.y + (mark.valign === 'middle' ? slack / 2 : mark.valign === 'bottom' ? slack : 0)
  const x = mark.align === 'right' ? mark.x + mark.w : mark.align === 'center' ? mark.x + mark.w / 2 : mark.x
  pdf.setTextColor(palette[mark.tone])
  pdf.text(lines, x, top, { baseline: 'top', lineHeightFactor: lineHeight, align: mark.align ?? 'left' })
}
