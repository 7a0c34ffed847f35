import { comparisons, fieldOrder, headlineResults, type RequiredChange } from '../dataset/derive.ts'
import { lookup } from '../dataset/lookup.ts'
import { isSameYear } from './chart-rows.ts'
import type { Dataset, Field, Figure, Indicator } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'

/** One indicator as a row: its result of the actual year, its target, the change the target asks for. */
export type IndicatorRow = {
  indicator: Indicator
  actual: Figure | undefined
  target: Figure | undefined
  /** Where the dataset pairs the two, so that they can be compared. */
  change: RequiredChange | undefined
}

export const sortKeys = ['name', 'field', 'actual', 'target', 'change', 'better'] as const
export type SortKey = (typeof sortKeys)[number]
export type Sort = { key: SortKey; isDescending: boolean }

/** Every indicator of the dataset, in its order, with what the report gives for it. */
export function indicatorRows(dataset: Dataset): IndicatorRow[] {
  const results = new Map(headlineResults(dataset).map((r) => [r.indicator.id, r.figures[0]]))
  const changes = new Map(comparisons(dataset).map((c) => [c.indicator.id, c]))
  return dataset.indicators.map((indicator) => {
    const paired = changes.get(indicator.id)
    const target = lookup(dataset)
      .figuresOf(indicator.id)
      .find((f) => f.role === 'target' && f.period?.year === dataset.periods.target)
    // The change a target asks for: none for a plan of the year its result is already in.
    const change = paired && !isSameYear(paired) ? paired.change : undefined
    return { indicator, actual: results.get(indicator.id), target, change }
  })
}

/**
 * The table's columns for these rows: a report of results only has no target or change to show, one of targets only
 * no result. Taken from every row, so that a filter does not move the columns.
 */
export function tableColumns(rows: readonly IndicatorRow[]): readonly SortKey[] {
  const has = (key: 'actual' | 'target' | 'change') => rows.some((row) => row[key] !== undefined)
  return sortKeys.filter((key) =>
    key === 'actual' || key === 'target' || key === 'change' ? has(key) : true,
  )
}

const fieldRank = (field: Field) => fieldOrder.indexOf(field)

/** The value a row is sorted by; rows without one go last, whichever the direction. */
function sortValue(row: IndicatorRow, key: SortKey, language: Language): number | string | undefined {
  switch (key) {
    case 'name':
      return row.indicator.name[language]
    case 'field':
      return fieldRank(row.indicator.field)
    case 'actual':
      return row.actual?.value
    case 'target':
      return row.target?.value
    case 'change':
      return row.change?.value
    case 'better':
      return ['higher', 'lower', 'neither'].indexOf(row.indicator.better)
  }
}

/** The rows in the order asked for: names by the language's alphabet, numbers by value, the rest kept in order. */
export function sortRows(
  rows: IndicatorRow[],
  { key, isDescending }: Sort,
  language: Language,
): IndicatorRow[] {
  const collator = new Intl.Collator(language === 'vi' ? 'vi' : 'en', { numeric: true })
  const sign = isDescending ? -1 : 1
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key, language) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined)
        return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1
      const order =
        typeof a.value === 'string' && typeof b.value === 'string'
          ? collator.compare(a.value, b.value)
          : Number(a.value) - Number(b.value)
      return order === 0 ? a.index - b.index : sign * order
    })
    .map(({ row }) => row)
}
