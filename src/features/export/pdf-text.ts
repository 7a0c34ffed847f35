import type { jsPDF } from 'jspdf'
import type { DocumentPalette, TextMark } from '../../model/slide-document/marks.ts'
import { pdfFont } from './pdf-fonts.ts'

const lineHeight = 1.2

/** The face of a text mark (see pdf-fonts.ts for italics). */
const fontStyle = (mark: { isBold?: boolean | undefined }) => (mark.isBold ? 'bold' : 'normal')

type GlyphLookup = { metadata?: { characterToGlyph?: (code: number) => number } }

/** The app's own arrows ("↓ Thấp hơn là tốt hơn"): their words say the same, so they may go unmarked. */
const isArrow = (char: string) => /[\u2190-\u21FF]/u.test(char)

/** What stands where the dataset's text had characters the face cannot print (an emoji): something was there. */
export const missingMark = '?'

/**
 * A paragraph as the face can print it (Be Vietnam Pro has no arrows such as "↓" and no emoji, which would print
 * as blanks): the app's arrows are left out, and each run of other missing characters is marked, so a label is
 * never silently shortened; the words around them stay.
 */
export function printable(pdf: jsPDF, paragraph: string): string {
  const { metadata } = pdf.getFont() as GlyphLookup
  const toGlyph = metadata?.characterToGlyph?.bind(metadata)
  if (!toGlyph) return paragraph
  const kept: string[] = []
  let isInMissing = false
  for (const char of paragraph) {
    if (/\s/u.test(char) || toGlyph(char.codePointAt(0) ?? 0) !== 0) {
      kept.push(char)
      isInMissing = false
    } else if (!isArrow(char) && !isInMissing) {
      kept.push(missingMark)
      isInMissing = true
    }
  }
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

/** One line of a chart's text on its baseline, as the chart's layout placed it. */
export function drawLine(
  pdf: jsPDF,
  text: string,
  at: { x: number; baseline: number; size: number; tone: keyof DocumentPalette },
  palette: DocumentPalette,
  options: { align?: 'left' | 'center' | 'right'; isBold?: boolean } = {},
) {
  pdf.setFont(pdfFont, fontStyle(options)).setFontSize(at.size).setTextColor(palette[at.tone])
  pdf.text(printable(pdf, text), at.x, at.baseline, {
    baseline: 'alphabetic',
    align: options.align ?? 'left',
  })
}
