import { parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs'
import { fieldOrder } from '../../dataset/derive.ts'
import type { IndicatorFilter } from '../../model/indicator-filter.ts'

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
