// npm run text-widths writes src/model/text-widths.ts, the advance widths of the app's font (Be Vietnam Pro,
// regular and semibold, as embedded in the PDF) for the letters the app writes, so one function measures text for
// the screen's charts, the slides and the documents. A unit test checks the table against the font files.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import opentype from 'opentype.js'

/** The letters measured: ASCII, Latin-1, Vietnamese, and the punctuation and signs the app writes. */
export const measuredRanges: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x102, 0x103],
  [0x110, 0x111],
  [0x128, 0x129],
  [0x168, 0x169],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x300, 0x303],
  [0x309, 0x309],
  [0x323, 0x323],
  [0x1ea0, 0x1ef9],
  [0x2010, 0x2026],
  [0x2030, 0x2030],
  [0x20ab, 0x20ac],
  [0x2192, 0x2192],
  [0x2212, 0x2212],
  [0x2264, 0x2265],
]

const faces = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  semibold: '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
} as const

/** Each face's widths in thousandths of an em, range by range, for the letters of `measuredRanges`. */
export function fontWidths(): Record<keyof typeof faces, number[][]> {
  const read = (path: string) => {
    const file = readFileSync(fileURLToPath(import.meta.resolve(path)))
    const font = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))
    return measuredRanges.map(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) =>
        Math.round(
          ((font.charToGlyph(String.fromCodePoint(from + i)).advanceWidth ?? 0) * 1000) / font.unitsPerEm,
        ),
      ),
    )
  }
  return { regular: read(faces.regular), semibold: read(faces.semibold) }
}

export function textWidthsSource(): string {
  const widths = fontWidths()
  const table = (face: number[][]) =>
    measuredRanges
      .map(([from], i) => `  [0x${from.toString(16)}, [${face[i]?.join(', ') ?? ''}]],`)
      .join('\n')
  return `// Written by scripts/write-text-widths.ts from the font files: do not edit by hand.

/** Be Vietnam Pro's advance widths in thousandths of an em: [first code point, widths of it and those after]. */
export type WidthRanges = readonly (readonly [number, readonly number[]])[]

export const regularWidths: WidthRanges = [
${table(widths.regular)}
]

export const semiboldWidths: WidthRanges = [
${table(widths.semibold)}
]
`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../src/model/text-widths.ts', import.meta.url), textWidthsSource())
}
