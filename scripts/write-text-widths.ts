// npm run text-widths writes src/model/text-widths.ts, the advance widths of the app's font (Be Vietnam Pro,
// regular and semibold, as embedded in the PDF) for the letters the app writes, so one function measures text for
// the screen's charts, the slides and the documents; and src/assets/fonts/, the few signs the web font's subsets
// lack. A unit test checks both against the font files.
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

/** A face of the font file, as opentype.js reads it. */
function readFace(path: string) {
  const file = readFileSync(fileURLToPath(import.meta.resolve(path)))
  return opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))
}

/**
 * The signs the app writes that the web font's subsets (@fontsource: latin, vietnamese) lack, though the font has
 * them: without them a browser sets "≥ 96,5%" with another font's "≥", and the screen's slide would not match
 * the PDF's, which embeds the whole font.
 */
export const signs = ['\u2021', '\u2030', '\u2264', '\u2265'] as const

/** A small font of `signs` in one face, as an OpenType file for the page's @font-face (src/index.css). */
export function signsFont(face: keyof typeof faces): ArrayBuffer {
  const font = readFace(faces[face])
  const glyphs = [
    new opentype.Glyph({ name: '.notdef', advanceWidth: font.unitsPerEm / 2, path: new opentype.Path() }),
    ...signs.map((sign) => {
      const glyph = font.charToGlyph(sign)
      return new opentype.Glyph({
        name: `uni${sign.codePointAt(0)?.toString(16).toUpperCase() ?? ''}`,
        unicode: sign.codePointAt(0) ?? 0,
        advanceWidth: glyph.advanceWidth ?? 0,
        path: glyph.path,
      })
    }),
  ]
  return new opentype.Font({
    familyName: 'Be Vietnam Pro Signs',
    styleName: face === 'regular' ? 'Regular' : 'SemiBold',
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    glyphs,
  }).toArrayBuffer()
}

/** Where the page's font of signs is written, per face. */
export const signsFontPaths = {
  regular: '../src/assets/fonts/be-vietnam-pro-signs-400.otf',
  semibold: '../src/assets/fonts/be-vietnam-pro-signs-600.otf',
} as const

/** Each face's widths in thousandths of an em, range by range, for the letters of `measuredRanges`. */
export function fontWidths(): Record<keyof typeof faces, number[][]> {
  const read = (path: string) => {
    const font = readFace(path)
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

/** Each face's ascender and descender in ems, as the font's horizontal header gives them. */
export function fontVerticals(): Record<keyof typeof faces, { ascender: number; descender: number }> {
  const read = (path: string) => {
    const font = readFace(path)
    return { ascender: font.ascender / font.unitsPerEm, descender: -font.descender / font.unitsPerEm }
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
  for (const face of ['regular', 'semibold'] as const)
    writeFileSync(new URL(signsFontPaths[face], import.meta.url), new Uint8Array(signsFont(face)))
}
