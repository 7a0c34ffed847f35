import { letter } from '../lib/reg-exp.ts'
import { type Span, splitCommaParts } from './split-text.ts'

/** A comma part that starts like this continues the figure before it ("7.412 tỷ đồng, tăng 12% so với năm 2022"). */
const continuesPrevious = new RegExp(
  String.raw`^(?:tăng|giảm|gấp|bằng|vượt|còn|chiếm|tương đương|so với|xuống|lên)(?![${letter}])`,
  'iu',
)

/**
 * The words each amount is quoted with. A clause with one amount is quoted whole. A clause with several
 * is cut at its commas, each amount taking its own part and the parts without an amount before it
 * ("Toàn thành phố có 09 phường" | "với diện tích tự nhiên là 73,0853 km2" | "dân số là 101.249 người").
 * `amounts` are offsets in the clause; the spans returned are slices of it.
 */
export function quoteSpans(clause: Span, amounts: readonly { start: number; end: number }[]): Span[] {
  const amountStarts = amounts.map((amount) => amount.start)
  if (amountStarts.length < 2) return amountStarts.map(() => clause)
  const groups: { start: number; end: number }[] = []
  let pendingStart: number | null = null
  let lastEnd = 0
  for (const part of splitCommaParts(clause, amounts)) {
    const from = part.start - clause.start
    const to = from + part.text.length
    lastEnd = to
    const hasAmount = amountStarts.some((start) => start >= from && start < to)
    if (!hasAmount) {
      pendingStart ??= from
      continue
    }
    const last = groups.at(-1)
    if (last && continuesPrevious.test(part.text)) last.end = to
    else groups.push({ start: pendingStart ?? from, end: to })
    pendingStart = null
  }
  const last = groups.at(-1)
  if (last && pendingStart !== null) last.end = lastEnd
  return amountStarts.map((start) => {
    const group = groups.find((g) => start >= g.start && start < g.end)
    return group
      ? { text: clause.text.slice(group.start, group.end), start: clause.start + group.start }
      : clause
  })
}
