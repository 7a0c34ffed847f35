declare module 'opentype.js' {
  class Path {
    commands: unknown[]
  }
  class Glyph {
    constructor(options: { name: string; unicode?: number; advanceWidth: number; path: Path })
    advanceWidth?: number
    path: Path
  }
  class Font {
    constructor(options: {
      familyName: string
      styleName: string
      unitsPerEm: number
      ascender: number
      descender: number
      glyphs: Glyph[]
    })
    unitsPerEm: number
    ascender: number
    descender: number
    charToGlyph: (character: string) => Glyph
    toArrayBuffer: () => ArrayBuffer
  }
  const opentype: {
    parse: (buffer: ArrayBuffer) => Font
    Font: typeof Font
    Glyph: typeof Glyph
    Path: typeof Path
  }
  export default opentype
}
