import type { jsPDF } from 'jspdf'

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
