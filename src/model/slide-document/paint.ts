import { balanceWords } from '../chart-layout.ts'
import { fontMetrics, textWidth } from '../measure-text.ts'
import type { DocumentSlide, Mark, TextMark } from './marks.ts'
import { paintChart } from './paint-chart.ts'
import { type Paint, paintHatch, type TextPaint } from './primitives.ts'

export type { Paint } from './primitives.ts'

/** The distance between two lines of a paragraph, in ems. */
export const lineHeight = 1.2
/** Where the baseline sits in a line's box: the glyphs' box (ascender and descender) centred in it, as CSS does. */
const baselineInLine =
  (lineHeight - (fontMetrics.ascender + fontMetrics.descender)) / 2 + fontMetrics.ascender
/** The least size a text shrinks to before it gives up fitting its box. */
const smallest = 8

/**
 * A text mark's lines and size: its paragraphs wrapped to its width at its size, made smaller only when they
 * would not fit its box (too many lines, or a word wider than the box).
 */
export function fitText(mark: TextMark): { size: number; lines: string[] } {
  const weight = mark.isBold ? 'semibold' : 'regular'
  const wrap = (size: number) =>
    mark.text
      .split('\n')
      .flatMap((paragraph) => (paragraph.trim() ? balanceWords(paragraph, mark.w, size, weight) : ['']))
  const fits = (size: number, lines: readonly string[]) =>
    lines.length * size * lineHeight <= mark.h + 0.5 &&
    lines.every((line) => textWidth(line, size, weight) <= mark.w + 0.5)
  let size = mark.size
  let lines = wrap(size)
  while (size > smallest && !fits(size, lines)) {
    size -= 1
    lines = wrap(size)
  }
  return { size, lines }
}

/** A text mark's lines, each on its baseline, aligned and placed in the box as the mark says. */
export function paintText(mark: TextMark): TextPaint[] {
  const { size, lines } = fitText(mark)
  const height = lines.length * size * lineHeight
  const slack = Math.max(0, mark.h - height)
  const top = mark.y + (mark.valign === 'middle' ? slack / 2 : mark.valign === 'bottom' ? slack : 0)
  const align = mark.align ?? 'left'
  const x = align === 'right' ? mark.x + mark.w : align === 'center' ? mark.x + mark.w / 2 : mark.x
  return lines.map((text, i) => ({
    kind: 'text',
    text,
    x,
    baseline: top + (i + baselineInLine) * size * lineHeight,
    size,
    tone: mark.tone,
    align,
    ...(mark.part ? { part: mark.part } : {}),
    ...(mark.isBold ? { isBold: true } : {}),
  }))
}

function paintMark(mark: Mark): Paint[] {
  switch (mark.kind) {
    case 'text':
      return paintText(mark)
    case 'rect': {
      const { x, y, w, h } = mark
      return mark.isHatched ? paintHatch(mark) : [{ kind: 'box', x, y, w, h, fill: mark.tone }]
    }
    case 'dot': {
      const r = mark.w / 2
      const width = 2.5
      return [
        {
          kind: 'circle',
          cx: mark.x + r,
          cy: mark.y + r,
          r: r - width / 2,
          fill: mark.isFilled ? mark.tone : 'surface',
          stroke: mark.tone,
          width,
        },
      ]
    }
    case 'chart':
      return paintChart(mark)
  }
}

/** A slide's marks painted, in the order drawn. */
export function paintSlide(slide: DocumentSlide): Paint[] {
  return slide.marks.flatMap(paintMark)
}
