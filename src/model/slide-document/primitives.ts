import type { Box, Part, Tone } from './marks.ts'

/**
 * A slide document painted: every line of text on its baseline, every box, line and circle where it goes, in
 * points on the 960 × 540 page. The one layout the screen's slide (SVG) and the PDF (jsPDF) both draw, so they
 * show the same words in the same places; each medium only draws these.
 */
export type TextPaint = {
  kind: 'text'
  text: string
  /** Where the line starts, ends or is centred, as `align` says. */
  x: number
  baseline: number
  size: number
  tone: Tone
  align: 'left' | 'center' | 'right'
  part?: Part
  isBold?: boolean
}
export type BoxPaint = Box & {
  kind: 'box'
  fill?: Tone
  stroke?: Tone
  lineWidth?: number
  /** A dashed outline: dash and gap lengths. */
  dash?: readonly [number, number]
  part?: Part
}
export type LinePaint = {
  kind: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  tone: Tone
  width: number
  part?: Part
}
export type CirclePaint = {
  kind: 'circle'
  cx: number
  cy: number
  r: number
  fill: Tone
  stroke: Tone
  width: number
}
export type Paint = TextPaint | BoxPaint | LinePaint | CirclePaint

/** Diagonal hatching over the light fill, cut to the box by arithmetic, outlined: the lower-is-better look. */
export function paintHatch({ x, y, w, h }: Box, tone: Tone = 'lower'): Paint[] {
  const lines: LinePaint[] = []
  // Lines x − y = c, 6 pt apart, each cut to the box.
  for (let c = -h; c < w; c += 6) {
    const x1 = x + Math.max(c, 0)
    const y1 = y + Math.max(-c, 0)
    const run = Math.min(w - Math.max(c, 0), h - Math.max(-c, 0))
    if (run > 0) lines.push({ kind: 'line', x1, y1: y1 + run, x2: x1 + run, y2: y1, tone, width: 2 })
  }
  return [
    { kind: 'box', x, y, w, h, fill: 'lower-fill' },
    ...lines,
    { kind: 'box', x, y, w, h, stroke: tone, lineWidth: 1 },
  ]
}
