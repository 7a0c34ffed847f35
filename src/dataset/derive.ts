import type { Dataset, Field, Figure, Indicator } from './schema.ts'
import { lookup, perDataset } from './lookup.ts'
import { isRateUnit } from './units.ts'

/**
 * The change a target asks for, from the actual of the same indicator.
 * Rates (%, percentage points) change in points: 9,77% → 13% is +3,23 points, and −2,5% → 8% is +10,5.
 * Amounts change relatively: 447,229 → 702,2 tỷ đồng is +57,0%. From an amount of zero or below, a share of it
 * means nothing (0 → 50 would be "+∞%"): the change is the difference, in the amount's unit.
 */
export type RequiredChange = {
  kind: 'points' | 'relative' | 'amount'
  value: number
  /** The target asks for less than was already achieved, in the indicator's better direction. */
  isTargetBelowActual: boolean
  /**
   * Where the result is a bound, not an amount ("> 57.000 khách"), the change is one too: from more than 57.000, a
   * target of 63.500 asks for less than +11,4%. Absent for an exact result.
   */
  bound?: 'under' | 'over' | 'about'
  /** To the top of a target's range ("13–14%"): the change asks for `value` to `toMax`. */
  toMax?: number
}

/** How a result's comparator bounds the change from it to its target. */
const changeBounds: Partial<Record<Figure['comparator'], RequiredChange['bound']>> = {
  over: 'under',
  moreThan: 'under',
  atLeast: 'under',
  under: 'over',
  atMost: 'over',
  about: 'about',
  range: 'about',
}

export function requiredChange(actual: Figure, target: Figure, indicator: Indicator): RequiredChange {
  const difference = target.value - actual.value
  // A range ("13–14%") asks for a change to each of its ends; it is below what was achieved only when all of it is.
  const top = target.comparator === 'range' && target.max !== undefined ? target.max : undefined
  const topDifference = top === undefined ? undefined : top - actual.value
  const isTargetBelowActual =
    indicator.better === 'lower' ? difference > 0 : (topDifference ?? difference) < 0
  const bound = changeBounds[actual.comparator]
  const bounded = bound ? { bound } : {}
  const change = (kind: RequiredChange['kind'], of: (d: number) => number): RequiredChange => ({
    kind,
    value: of(difference),
    isTargetBelowActual,
    ...bounded,
    ...(topDifference !== undefined && topDifference !== difference ? { toMax: of(topDifference) } : {}),
  })
  if (isRateUnit(actual.unit)) return change('points', (d) => roundTo(d, 2))
  if (actual.value > 0) return change('relative', (d) => roundTo((d / actual.value) * 100, 1))
  return change('amount', (d) => roundTo(d, 6))
}

/** Rounds away binary noise (13 − 9.77 = 3.2300000000000004) before anything is shown; never −0. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor + 0
}

export type Comparison = {
  indicator: Indicator
  actual: Figure
  target: Figure
  change: RequiredChange
  /** The report's years: the actual's label says the part of its year it covers. */
  periods: Dataset['periods']
}

export const comparisons = perDataset((dataset: Dataset): Comparison[] => {
  const find = lookup(dataset)
  return dataset.pairs.flatMap((pair) => {
    const actual = find.figure(pair.actualId)
    const target = find.figure(pair.targetId)
    const indicator = find.indicator(actual?.indicatorId)
    if (!actual || !target || !indicator) return []
    return [
      {
        indicator,
        actual,
        target,
        change: requiredChange(actual, target, indicator),
        periods: dataset.periods,
      },
    ]
  })
})

export type TargetEntry = { target: Figure; indicator: Indicator; actual: Figure | undefined }

export const fieldOrder: readonly Field[] = [
  'economy-budget',
  'urban-environment',
  'society',
  'defence',
  'party',
]

/**
 * The targets of the target year, by field in a fixed order, each with the actual it starts from: the paired
 * one, or else the indicator's result of the actual year, where the report gives one.
 */
export const targetsByField = perDataset((dataset: Dataset): { field: Field; entries: TargetEntry[] }[] => {
  const find = lookup(dataset)
  const results = new Map(headlineResults(dataset).map((r) => [r.indicator.id, r.figures[0]]))
  const entries = find.withRole('target', dataset.periods.target).flatMap((target): TargetEntry[] => {
    const indicator = find.indicator(target.indicatorId)
    if (!indicator) return []
    const actual = find.figure(find.pairOfTarget(target.id)?.actualId) ?? results.get(indicator.id)
    return [{ target, indicator, actual }]
  })
  return fieldOrder
    .map((field) => ({ field, entries: entries.filter((e) => e.indicator.field === field) }))
    .filter((group) => group.entries.length > 0)
})

/** The actual-year results, one group per indicator: the first is the headline, the rest qualify it (+12% vs 2022). */
export const headlineResults = perDataset(
  (dataset: Dataset): { indicator: Indicator; figures: Figure[] }[] => {
    const find = lookup(dataset)
    const actuals = find.withRole('actual', dataset.periods.actual)
    const indicatorIds = [...new Set(actuals.map((f) => f.indicatorId))]
    return indicatorIds.flatMap((id) => {
      const indicator = find.indicator(id)
      return indicator ? [{ indicator, figures: actuals.filter((f) => f.indicatorId === id) }] : []
    })
  },
)

/** An indicator's result of the actual year: its headline figure, then its qualifiers. */
export type Result = { indicator: Indicator; figures: Figure[] }

/** The ids of the indicators that have a figure of `role` for `year` (a result of 2023, a target of 2024). */
export function indicatorIdsWith(dataset: Dataset, role: 'actual' | 'target', year: number): Set<string> {
  return new Set(
    dataset.figures.flatMap((figure) =>
      figure.role === role && figure.period?.year === year && figure.indicatorId ? [figure.indicatorId] : [],
    ),
  )
}

/** How many results lead the page when the dataset does not choose them. */
export const leadingCount = 8

/**
 * The results that lead the page, and the rest behind "see all": those the dataset marks with `lead`, in
 * that order; without any, those whose indicator also has a target come first, at most eight of them.
 */
export function leadingResults(dataset: Dataset): { lead: Result[]; rest: Result[] } {
  const results = headlineResults(dataset)
  const marked = results
    .filter(({ indicator }) => indicator.lead !== undefined)
    .sort((a, b) => (a.indicator.lead ?? 0) - (b.indicator.lead ?? 0))
  if (marked.length > 0)
    return { lead: marked, rest: results.filter(({ indicator }) => indicator.lead === undefined) }
  const targeted = indicatorIdsWith(dataset, 'target', dataset.periods.target)
  const ordered = [
    ...results.filter(({ indicator }) => targeted.has(indicator.id)),
    ...results.filter(({ indicator }) => !targeted.has(indicator.id)),
  ]
  return { lead: ordered.slice(0, leadingCount), rest: ordered.slice(leadingCount) }
}

export type Density = { value: number; population: Figure; area: Figure }

const isProfile = (figure: Figure, id: string, label: RegExp) =>
  figure.id === id ||
  (figure.role === 'profile' && figure.comparator === 'exact' && label.test(figure.label.vi))

/**
 * Population per km², derived from the profile figures with ids `population` and `area`, or labelled
 * "Dân số" and "Diện tích…" (as a dataset made in the browser names them).
 */
export function populationDensity(dataset: Dataset): Density | null {
  const population = dataset.figures.find(
    (f) => f.unit === 'person' && isProfile(f, 'population', /^dân số/iu),
  )
  const area = dataset.figures.find((f) => f.unit === 'km2' && isProfile(f, 'area', /^diện tích/iu))
  if (!population || !area || area.value === 0) return null
  return { value: roundTo(population.value / area.value, 1), population, area }
}

export function figureById(dataset: Dataset, id: string): Figure | undefined {
  return lookup(dataset).figure(id)
}

/** Whether the report sets targets for its plan's year: a report of results only has no plan, whatever its periods say. */
const hasPlan = (dataset: Dataset) => lookup(dataset).withRole('target', dataset.periods.target).length > 0

/** The target year's facts: what a presenter quotes besides the targets (the motto, other commitments). */
export function planFacts(dataset: Dataset) {
  const figures = hasPlan(dataset)
    ? dataset.figures.filter((f) => f.role === 'fact' && f.period?.year === dataset.periods.target)
    : []
  return {
    texts: dataset.textFacts,
    figures,
    isEmpty: dataset.textFacts.length === 0 && figures.length === 0,
  }
}

/** The dashboard's sections, in order. */
export type DashboardSection = 'results' | 'comparisons' | 'targets' | 'indicators' | 'profile' | 'others'

/**
 * The sections a report has something for: a report of results only has no targets section, one of targets only
 * no results, and none says "0 chỉ tiêu".
 */
export const presentSections = perDataset((dataset: Dataset): ReadonlySet<DashboardSection> => {
  const has = (role: Figure['role'], year?: number) => lookup(dataset).withRole(role, year).length > 0
  const sections = new Set<DashboardSection>()
  if (dataset.scorecard || has('actual', dataset.periods.actual)) sections.add('results')
  if (dataset.pairs.length > 0) sections.add('comparisons')
  if (hasPlan(dataset)) sections.add('targets')
  if (dataset.indicators.length > 0) sections.add('indicators')
  if (has('profile')) sections.add('profile')
  if (otherFigures(dataset).length > 0) sections.add('others')
  return sections
})

/**
 * How many main targets the report sets: those listed, and the number it announces where it gives one. An
 * article often lists only the most important ("đề ra 23 chỉ tiêu; bài viết nêu 14").
 */
export function targetCounts(dataset: Dataset): { listed: number; announced?: number } {
  const listed = dataset.figures.filter(
    (f) => f.role === 'target' && f.period?.year === dataset.periods.target,
  ).length
  const announced = dataset.targetCount?.value
  return announced === undefined ? { listed } : { listed, announced }
}

/**
 * The figures no other section shows: results of another year than the results' ("tăng 10,28% năm 2022" in a
 * report on 2023), targets of another year than the plan's ("đến năm 2030"), facts of no plan year, or of a report that
 * sets no plan. Nothing a
 * person accepted is left off the page.
 */
export function otherFigures(dataset: Dataset): Figure[] {
  const { actual, target } = dataset.periods
  const year = (f: Figure) => f.period?.year
  return dataset.figures
    .filter(
      (f) =>
        (f.role === 'actual' && year(f) !== actual) ||
        (f.role === 'target' && year(f) !== target) ||
        // A report of results only sets no plan: its facts of that year ("mức 60 triệu/nhà") are shown here.
        (f.role === 'fact' && (year(f) !== target || !hasPlan(dataset))),
    )
    .sort((a, b) => (year(a) ?? 0) - (year(b) ?? 0))
}
