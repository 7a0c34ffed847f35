import { textWidth } from '../measure-text.ts'
import { wrapWords } from '../chart-layout.ts'
import { type Box, type Mark, type Tone, typeScale } from './marks.ts'

/** A figure as a card: what it is, its amount, the lines under it, and the colour of its rule. */
export type Card = { name: string; amount: string; notes: string[]; tone: Tone }

const gap = 18
const { body: nameSize, note: noteSize, amounts: amountSizes } = typeScale
/** The height of a name of so many lines. */
const namesHeight = (lines: number) => Math.ceil(lines * nameSize * 1.2)

/** One size for every amount of a list, from its widest (set in bold), so the amounts in a row line up. */
export function listAmountSize(amounts: string[], width: number): number {
  const widest = (size: number) =>
    Math.max(0, ...amounts.map((amount) => textWidth(amount, size, 'semibold')))
  return amountSizes.find((size) => widest(size) <= width) ?? amountSizes[2]
}

/**
 * Cards in a grid filling `area`, row by row: a coloured rule, the name (as many lines as the row's longest
 * takes, three at most, so the amounts of a row line up), the amount, the notes. Each row is as tall as its
 * cards need, packed from the top.
 */
export function cardGrid(cards: Card[], area: Box, columns: number): Mark[] {
  const rows = Math.max(1, Math.ceil(cards.length / columns))
  const width = (area.w - gap * (columns - 1)) / columns
  const innerWidth = width - 16
  const nameLines = Array.from({ length: rows }, (_, row) =>
    Math.min(
      3,
      Math.max(
        1,
        ...cards
          .slice(row * columns, (row + 1) * columns)
          .map((card) => wrapWords(card.name, innerWidth, nameSize).length),
      ),
    ),
  )
  const amountSize = listAmountSize(
    cards.map((card) => card.amount),
    innerWidth,
  )
  // Each row as tall as its cards need (their notes wrapped); rows that need more than the area share it.
  const noteLines = (card: Card) =>
    card.notes.reduce((sum, note) => sum + wrapWords(note, innerWidth, noteSize).length, 0)
  const needed = nameLines.map(
    (lines, row) =>
      namesHeight(lines) +
      2 +
      amountSize * 1.3 +
      Math.max(0, ...cards.slice(row * columns, (row + 1) * columns).map(noteLines)) * noteSize * 1.2 +
      8,
  )
  const room = area.h - gap * (rows - 1)
  const total = needed.reduce((sum, height) => sum + height, 0)
  const heights = needed.map((height) => (total > room ? (height * room) / total : height))
  const tops = heights.map((_, row) => area.y + heights.slice(0, row).reduce((sum, h) => sum + h + gap, 0))
  return cards.flatMap((card, i): Mark[] => {
    const row = Math.floor(i / columns)
    const x = area.x + (i % columns) * (width + gap)
    const y = tops[row] ?? area.y
    const height = heights[row] ?? 0
    const inner = { x: x + 14, w: innerWidth }
    const nameHeight = namesHeight(nameLines[row] ?? 2)
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
