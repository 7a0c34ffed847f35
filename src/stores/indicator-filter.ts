import { parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs'
import { fieldOrder, targetsByField } from '../dataset/derive.ts'
import type { Dataset } from '../dataset/schema.ts'
import {
  type IndicatorFilter,
  isFilterActive,
  matchesFilter,
  pairedIndicatorIds,
} from '../model/indicator-filter.ts'

const parsers = {
  q: parseAsString.withDefault(''),
  field: parseAsStringLiteral(fieldOrder),
  paired: parseAsBoolean.withDefault(false),
}

/** The indicator filter, kept in the URL (`?q=nuoc+sach&field=society&paired=true`) so a link shares it. */
export function useIndicatorFilter() {
  const [params, setParams] = useQueryStates(parsers)
  const filter: IndicatorFilter = { query: params.q, field: params.field, onlyPaired: params.paired }
  const setFilter = (next: Partial<IndicatorFilter>) =>
    void setParams({
      ...(next.query !== undefined && { q: next.query || null }),
      ...(next.field !== undefined && { field: next.field }),
      ...(next.onlyPaired !== undefined && { paired: next.onlyPaired || null }),
    })
  return { filter, setFilter }
}

/** How many targets and indicators the sections show now, the filter applied: for the section links. */
export function useSectionCounts(dataset: Dataset): {
  isFiltered: boolean
  targets: number
  indicators: number
} {
  const { filter } = useIndicatorFilter()
  const paired = pairedIndicatorIds(dataset)
  const passes = (indicator: Dataset['indicators'][number]) => matchesFilter(indicator, filter, paired)
  const targets = targetsByField(dataset).flatMap((group) => group.entries)
  return {
    isFiltered: isFilterActive(filter),
    targets: targets.filter((entry) => passes(entry.indicator)).length,
    indicators: dataset.indicators.filter(passes).length,
  }
}
