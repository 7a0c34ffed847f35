import { textWidth } from '../measure-text.ts'
import { type Box, type Mark, type TextMark, type Tone, typeScale } from './marks.ts'

/** A figure as a card: what it is, its amount, the lines under it, and the colour of its rule. */
export type Card = { name: string; amount: string; notes: string[]; tone: Tone }

const gap = 18
const { body: nameSize, note: noteSize, amounts: amountSizes } = typeScale
/** A card's name: two lines at most. */
const nameHeight = Math.ceil(2 * nameSize * 1.2)

/** One size for every amount of a list, from its widest (set in bold), so the amounts in a row line up. */
export function listAmountSize(amounts: string[], width: number): number {
  const widest = (size: number) =>
    Math.max(0, ...amounts.map((amount) => textWidth(amount, size, 'semibold')))
  return amountSizes.find((size) => widest(size) <= width) ?? amountSizes[2]
}

/**
 * Cards in a grid filling `area`, row by row: a coloured rule, the name (two lines at most), the amount, the
 * notes. Rows keep one height, never taller than a card needs.
 */
export function cardGrid(cards: Card[], area: Box, columns: number): Mark[] {
  const rows = Math.max(1, Math.ceil(cards.length / columns))
  const width = (area.w - gap * (columns - 1)) / columns
  const longestNotes = Math.max(0, ...cards.map((card) => card.notes.length))
  const needed = nameHeight + 2 + amountSizes[0] * 1.3 + Math.max(1, longestNotes) * noteSize * 1.2 + 8
  const height = Math.min((area.h - gap * (rows - 1)) / rows, needed + 20)
  const amountSize = listAmountSize(
    cards.map((card) => card.amount),
    width - 16,
  )
  return cards.flatMap((card, i): Mark[] => {
    const x = area.x + (i % columns) * (width + gap)
    const y = area.y + Math.floor(i / columns) * (height + gap)
    const inner = { x: x + 14, w: width - 16 }
    const notesTop = y + nameHeight + 2 + amountSize * 1.3
    return [
      { kind: 'rect', x, y, w: 4, h: height, tone: card.tone },
      { kind: 'text', ...inner, y, h: nameHeight, text: card.name, size: nameSize, tone: 'muted' },
      {
        kind: 'text',
        ...inner,
        y: y + nameHeight + 2,
        h: amountSize * 1.3,
        text: card.amount,
        size: amountSize,
        tone: 'fg',
        isBold: true,
      },
      ...(card.notes.length > 0
        ? [
            {
              kind: 'text',
              ...inner,
              y: notesTop,
              h: Math.max(16, y + height - notesTop),
              text: card.notes.join('\n'),
              size: noteSize,
              tone: 'muted',
            } satisfies Mark,
          ]
        : []),
    ]
  })
}

const lineHeight = 1.2

/**
 * The type size at which a text mark's words fit its box, measured in the app's font: the mark's own size, or
 * smaller, down to 8 pt. The PDF wraps with its own font's measures; the .pptx's Arial is narrower.
 */
export function fittedSize(mark: TextMark): number {
  const fits = (size: number) => {
    const lines = mark.text
      .split('\n')
      .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(textWidth(paragraph, size) / mark.w)), 0)
    return lines * size * lineHeight <= mark.h
  }
  let size = mark.size
  while (size > 8 && !fits(size)) size -= 1
  return size
}
