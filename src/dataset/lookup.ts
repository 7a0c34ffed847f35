import type { Dataset, Figure, Indicator, Pair } from './schema.ts'

/**
 * A dataset indexed once, after the schema parsed it: its figures by id, by indicator and by role and year, its
 * indicators by id, its pairs by either figure. A parsed dataset never changes, so each is indexed once and the
 * index kept as long as the dataset is (a dataset the maker rebuilds is a new one, indexed anew).
 */
export type Lookup = {
  figure: (id: string | undefined) => Figure | undefined
  indicator: (id: string | undefined) => Indicator | undefined
  /** An indicator's figures, in the dataset's order. */
  figuresOf: (indicatorId: string) => readonly Figure[]
  /** The figures of a role, of one year or of any, in the dataset's order. */
  withRole: (role: Figure['role'], year?: number) => readonly Figure[]
  pairOfTarget: (targetId: string) => Pair | undefined
}

const none: readonly Figure[] = []
const lookups = new WeakMap<Dataset, Lookup>()

function group<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k === undefined) continue
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return groups
}

export function lookup(dataset: Dataset): Lookup {
  let found = lookups.get(dataset)
  if (found) return found
  const figures = new Map(dataset.figures.map((f) => [f.id, f]))
  if (dataset.targetCount && !figures.has(dataset.targetCount.id))
    figures.set(dataset.targetCount.id, dataset.targetCount)
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]))
  const byIndicator = group(dataset.figures, (f) => f.indicatorId)
  const byRole = group(dataset.figures, (f) => f.role)
  const byRoleYear = group(dataset.figures, (f) => (f.period ? `${f.role} ${f.period.year}` : undefined))
  const pairs = new Map(dataset.pairs.map((p) => [p.targetId, p]))
  found = {
    figure: (id) => (id === undefined ? undefined : figures.get(id)),
    indicator: (id) => (id === undefined ? undefined : indicators.get(id)),
    figuresOf: (indicatorId) => byIndicator.get(indicatorId) ?? none,
    withRole: (role, year) =>
      (year === undefined ? byRole.get(role) : byRoleYear.get(`${role} ${year}`)) ?? none,
    pairOfTarget: (targetId) => pairs.get(targetId),
  }
  lookups.set(dataset, found)
  return found
}

/**
 * A view derived from a dataset, computed once per dataset and kept with it: the dashboard, the deck and the
 * exports ask for the same comparisons on every render, and get the same array.
 */
export function perDataset<T>(derive: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const kept = new WeakMap<Dataset, T>()
  return (dataset) => {
    if (kept.has(dataset)) return kept.get(dataset) as T
    const derived = derive(dataset)
    kept.set(dataset, derived)
    return derived
  }
}
