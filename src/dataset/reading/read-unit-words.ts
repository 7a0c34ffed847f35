import { knownUnitWords } from './amount-words.ts'

const letterAfter = /^[\p{L}\p{M}\d²³]/u
export const lower = (text: string) => text.toLocaleLowerCase('vi')

/** The known unit word at `pos` (after optional spaces), extended by "/…" parts ("triệu đồng/ha", "%/năm"). */
export function readUnitWords(text: string, pos: number): { unitText: string; end: number } | null {
  const gap = /^[ \u00a0]*/u.exec(text.slice(pos))?.[0].length ?? 0
  const at = pos + gap
  const word = knownUnitWords.find((candidate) => {
    const written = text.slice(at, at + candidate.length)
    if (lower(written) !== lower(candidate)) return false
    if (gap === 0 && !candidate.startsWith('%')) return false
    return candidate.endsWith('%') || !letterAfter.test(text.slice(at + candidate.length))
  })
  if (word === undefined) return null
  // "đồng/người/năm", "người/km2": each part after "/" is a word ("36 hộ/9 xã" is two amounts).
  const perParts = /^(?:\/[\p{L}\p{M}][\p{L}\p{M}\d²³]*)+/u.exec(text.slice(at + word.length))?.[0] ?? ''
  const end = at + word.length + perParts.length
  return { unitText: text.slice(at, end), end }
}
