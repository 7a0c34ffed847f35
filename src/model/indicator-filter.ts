import { indicatorIdsWith } from '../dataset/derive.ts'
import type { Dataset, Field, Indicator } from '../dataset/schema.ts'

/** What the reader narrows the indicators to: words of the name, a field, those with a result and a target. */
export type IndicatorFilter = { query: string; field: Field | null; onlyPaired: boolean }

/**
 * Text as a reader may type it: lower case, without Vietnamese tone and vowel marks ("nước sạch" and
 * "nuoc sach" read the same), "đ" as "d", punctuation as spaces.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim()
}

export const isFilterActive = (filter: IndicatorFilter): boolean =>
  filter.query.trim() !== '' || filter.field !== null || filter.onlyPaired

/** The ids of indicators with both a result of the actual year and a target of the target year. */
export function pairedIndicatorIds(dataset: Dataset): Set<string> {
  const actuals = indicatorIdsWith(dataset, 'actual', dataset.periods.actual)
  const targets = indicatorIdsWith(dataset, 'target', dataset.periods.target)
  return new Set([...targets].filter((id) => actuals.has(id)))
}

/** Lower case, punctuation as spaces, marks kept: "Hộ nghèo" → "hộ nghèo". */
const plainText = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim()

/**
 * Whether every word of a query starts a word of `text`: typed without marks, it matches with or without them
 * ("ho ngheo" finds "hộ nghèo"); typed with marks, only those marks ("hộ" finds "hộ", not "hóa" or "thôn").
 */
export function matchesWords(query: string, text: string): boolean {
  const folded = foldText(text).split(' ')
  const plain = plainText(text).split(' ')
  return plainText(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => {
      const isBare = foldText(word) === word
      return (isBare ? folded : plain).some((candidate) => candidate.startsWith(word))
    })
}

/** Whether an indicator passes: every word of the query starts a word of its Vietnamese or English name. */
export function matchesFilter(indicator: Indicator, filter: IndicatorFilter, paired: Set<string>): boolean {
  if (filter.field !== null && indicator.field !== filter.field) return false
  if (filter.onlyPaired && !paired.has(indicator.id)) return false
  return matchesWords(filter.query, `${indicator.name.vi} ${indicator.name.en}`)
}
