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

/** Whether an indicator passes: every word of the query in its Vietnamese or English name, marks or not. */
export function matchesFilter(indicator: Indicator, filter: IndicatorFilter, paired: Set<string>): boolean {
  if (filter.field !== null && indicator.field !== filter.field) return false
  if (filter.onlyPaired && !paired.has(indicator.id)) return false
  const words = foldText(filter.query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const names = `${foldText(indicator.name.vi)} ${foldText(indicator.name.en)}`
  return words.every((word) => names.includes(word))
}
