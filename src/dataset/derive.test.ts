import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bigDataset } from '../../scripts/big-dataset.ts'
import {
  comparisons,
  headlineResults,
  leadingResults,
  otherFigures,
  planFacts,
  populationDensity,
  requiredChange,
  targetsByField,
} from './derive.ts'
import { type Dataset, datasetSchema, type Figure, type Indicator } from './schema.ts'

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)

const figure = (unit: Figure['unit'], value: number): Figure => ({
  id: 'x',
  role: 'actual',
  indicatorId: 'x',
  label: { vi: 'x', en: 'x' },
  unit,
  comparator: 'exact',
  value,
  quote: `${value}`,
  valueText: `${value}`,
})
const indicator = (better: Indicator['better']): Indicator => ({
  id: 'x',
  name: { vi: 'x', en: 'x' },
  field: 'society',
  better,
})

describe('requiredChange', () => {
  it.each<[Figure['unit'], number, number, Indicator['better'], ReturnType<typeof requiredChange>]>([
    ['billion-vnd', 447.229, 702.2, 'higher', { kind: 'relative', value: 57, isTargetBelowActual: false }],
    ['billion-vnd', 7412, 9000, 'higher', { kind: 'relative', value: 21.4, isTargetBelowActual: false }],
    ['percent', 9.77, 13, 'higher', { kind: 'points', value: 3.23, isTargetBelowActual: false }],
    ['percentage-point', 0.25, 0.1, 'higher', { kind: 'points', value: -0.15, isTargetBelowActual: true }],
    ['percent', 5, 3, 'lower', { kind: 'points', value: -2, isTargetBelowActual: false }],
    ['percent', 2, 3, 'lower', { kind: 'points', value: 1, isTargetBelowActual: true }],
  ])('%s %s → %s (%s is better)', (unit, from, to, better, expected) => {
    expect(requiredChange(figure(unit, from), figure(unit, to), indicator(better))).toEqual(expected)
  })
})

it('bounds the change asked for where the result is a bound: from more than 57.000, 63.500 asks less than +11,4%', () => {
  const from = (comparator: Figure['comparator']) => ({ ...figure('visit', 57000), comparator })
  const to = figure('visit', 63500)
  expect(requiredChange(from('moreThan'), to, indicator('higher'))).toEqual({
    kind: 'relative',
    value: 11.4,
    isTargetBelowActual: false,
    bound: 'under',
  })
  expect(requiredChange(from('under'), to, indicator('higher')).bound).toBe('over')
  expect(requiredChange(from('about'), to, indicator('higher')).bound).toBe('about')
  expect(requiredChange(from('exact'), to, indicator('higher'))).not.toHaveProperty('bound')
})

describe('on the Đông Hà dataset', () => {
  it('pairs the four indicators the report gives both years for', () => {
    expect(comparisons(dataset).map((c) => [c.indicator.id, c.change.value])).toEqual([
      ['economic-growth', 3.23],
      ['budget-revenue', 57],
      ['social-investment', 21.4],
      ['poverty-reduction', -0.15],
    ])
  })

  it('groups the 15 targets by field', () => {
    expect(targetsByField(dataset).map((g) => [g.field, g.entries.length])).toEqual([
      ['economy-budget', 5],
      ['urban-environment', 3],
      ['society', 6],
      ['defence', 1],
    ])
  })

  it('keeps investment growth with investment in the 2023 results', () => {
    expect(headlineResults(dataset).map((g) => g.figures.map((f) => f.id))).toEqual([
      ['economic-growth-2023'],
      ['budget-revenue-2023'],
      ['social-investment-2023', 'social-investment-growth-2023'],
      ['poverty-reduction-2023'],
    ])
  })

  it('derives the population density: 101.249 people on 73,0853 km²', () => {
    expect(populationDensity(dataset)?.value).toBe(1385.4)
  })
})

describe('leadingResults', () => {
  it('leads with at most eight results, those with a target first, the rest behind "see all"', () => {
    const { dataset } = bigDataset()
    const { lead, rest } = leadingResults(dataset)
    expect(lead.map(({ indicator }) => indicator.id)).toEqual(
      Array.from({ length: 8 }, (_, i) => `chi-tieu-${i + 1}`),
    )
    expect(rest).toHaveLength(92)
  })

  it('follows the order the dataset marks with lead, and leaves the unmarked ones for "see all"', () => {
    const { dataset } = bigDataset()
    dataset.indicators[41]!.lead = 2
    dataset.indicators[7]!.lead = 1
    const { lead, rest } = leadingResults(dataset)
    expect(lead.map(({ indicator }) => indicator.id)).toEqual(['chi-tieu-8', 'chi-tieu-42'])
    expect(rest).toHaveLength(98)
  })
})

describe('the facts of a report that sets no plan', () => {
  const factFigure: Figure = {
    id: 'support-rate',
    role: 'fact',
    label: { vi: 'Mức tiền mỗi nhà xây mới', en: 'Paid per house built' },
    unit: 'million-vnd',
    comparator: 'exact',
    value: 60,
    quote: '60',
    valueText: '60',
    period: { year: dataset.periods.actual },
  }
  const resultsOnly: Dataset = {
    ...dataset,
    periods: { ...dataset.periods, target: dataset.periods.actual },
    figures: [...dataset.figures.filter((f) => f.role !== 'target'), factFigure],
    pairs: [],
  }

  it('are shown among the other figures, not kept for a plan it does not have', () => {
    expect(otherFigures(resultsOnly).map((f) => f.id)).toContain('support-rate')
    expect(planFacts(resultsOnly).figures).toEqual([])
  })

  it('of the plan year, in a report that sets one, stay with its targets', () => {
    const withPlan: Dataset = {
      ...dataset,
      figures: [...dataset.figures, { ...factFigure, period: { year: dataset.periods.target } }],
    }
    expect(planFacts(withPlan).figures.map((f) => f.id)).toContain('support-rate')
    expect(otherFigures(withPlan).map((f) => f.id)).not.toContain('support-rate')
  })
})
