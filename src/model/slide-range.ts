/** The slides a person chose, by number from 1: all of them, or a list; or the text they wrote, unreadable. */
export type SlideChoice =
  | { kind: 'all' }
  | { kind: 'some'; numbers: number[] }
  | { kind: 'invalid'; text: string }
  /** Read, but naming slides the deck does not have. */
  | { kind: 'outside'; numbers: number[] }

/**
 * "1-3, 7" → slides 1, 2, 3 and 7, as print dialogs read page ranges: numbers and ranges separated by commas,
 * semicolons or spaces, a range with a hyphen or a dash in either order. Empty means the whole deck.
 */
export function parseSlideRange(text: string, count: number): SlideChoice {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'all' }
  const chosen = new Set<number>()
  const outside = new Set<number>()
  for (const part of trimmed.replace(/\s*[-–—]\s*/gu, '-').split(/[,;\s]+/u)) {
    const match = /^(\d+)(?:-(\d+))?$/u.exec(part)
    if (!match) return { kind: 'invalid', text: trimmed }
    const from = Number(match[1])
    const to = match[2] === undefined ? from : Number(match[2])
    const [low, high] = from <= to ? [from, to] : [to, from]
    for (const n of [low, high]) if (n < 1 || n > count) outside.add(n)
    for (let n = Math.max(low, 1); n <= Math.min(high, count); n += 1) chosen.add(n)
  }
  const sorted = (numbers: Set<number>) => [...numbers].sort((a, b) => a - b)
  if (outside.size > 0) return { kind: 'outside', numbers: sorted(outside) }
  return { kind: 'some', numbers: sorted(chosen) }
}
