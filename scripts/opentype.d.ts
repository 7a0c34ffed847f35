declare module 'opentype.js' {
  type Glyph = { advanceWidth?: number }
  type Font = { unitsPerEm: number; charToGlyph: (character: string) => Glyph }
  const opentype: { parse: (buffer: ArrayBuffer) => Font }
  export default opentype
}
