import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Dataset, datasetSchema } from '../dataset/schema.ts'
import { followTargets } from './follow-targets.ts'

// A fictional district over three reports (Huyện Mẫu, the fixtures' place): never a real place's figures.
const base = JSON.parse(
  readFileSync(new URL('../../e2e/fixtures/datasets/huyen-mau-2025.json', import.meta.url), 'utf8'),
) as Dataset

type Row = {
  id: string
  role: 'actual' | 'target'
  year: number
  value: number
  unit: string
  comparator?: string
  max?: number
  quote?: string
}

const indicators = [
  {
    id: 'food-output',
    name: { vi: 'Tổng sản lượng lương thực', en: 'Food output' },
    field: 'economy-budget',
    better: 'higher',
  },
  { id: 'poverty', name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poor households' }, field: 'society', better: 'lower' },
  {
    id: 'budget',
    name: { vi: 'Thu ngân sách', en: 'Budget revenue' },
    field: 'economy-budget',
    better: 'higher',
  },
  {
    id: 'schools',
    name: { vi: 'Số trường đạt chuẩn tăng thêm', en: 'New standard schools' },
    field: 'society',
    better: 'higher',
  },
  { id: 'jobs', name: { vi: 'Số việc làm mới', en: 'New jobs' }, field: 'society', better: 'higher' },
  {
    id: 'forest',
    name: { vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover' },
    field: 'urban-environment',
    better: 'higher',
  },
]

function report(actualYear: number, rows: Row[]): Dataset {
  return datasetSchema.parse({
    ...base,
    id: `huyen-mau-${actualYear + 1}`,
    periods: { actual: actualYear, target: actualYear + 1 },
    scorecard: undefined,
    targetCount: undefined,
    indicators: indicators.filter((i) => rows.some((r) => r.id === i.id)),
    figures: rows.map(({ id, role, year, value, unit, comparator = 'exact', max, quote }) => ({
      id: `${id}-${role}-${year}`,
      role,
      indicatorId: id,
      label: { vi: id, en: id },
      unit,
      comparator,
      value,
      ...(max === undefined ? {} : { max }),
      period: { year },
      quote: `${quote ?? `${id} ${year}.`} Số liệu: ${value}.`,
      valueText: String(value),
    })),
    pairs: [],
  })
}

const series = [
  report(2022, [
    { id: 'food-output', role: 'target', year: 2023, value: 50_000, unit: 'tonne', comparator: 'atLeast' },
    { id: 'poverty', role: 'target', year: 2023, value: 3, unit: 'percent', comparator: 'under' },
    { id: 'budget', role: 'target', year: 2023, value: 700, unit: 'billion-vnd' },
    { id: 'schools', role: 'target', year: 2023, value: 3, max: 4, unit: 'school', comparator: 'range' },
  ]),
  report(2023, [
    {
      id: 'food-output',
      role: 'actual',
      year: 2023,
      value: 52_000,
      unit: 'tonne',
      quote: 'Sản lượng lương thực đạt 104% kế hoạch.',
    },
    {
      id: 'poverty',
      role: 'actual',
      year: 2023,
      value: 3.4,
      unit: 'percent',
      quote: 'Tỷ lệ hộ nghèo còn 3,4%, không đạt chỉ tiêu.',
    },
    // The budget is given in million đồng this year: converted, not refused.
    {
      id: 'budget',
      role: 'actual',
      year: 2023,
      value: 650_000,
      unit: 'million-vnd',
      quote: 'Thu ngân sách vượt kế hoạch.',
    },
    { id: 'schools', role: 'actual', year: 2023, value: 5, unit: 'school' },
    { id: 'food-output', role: 'target', year: 2024, value: 55_000, unit: 'tonne' },
    { id: 'jobs', role: 'target', year: 2024, value: 1850, unit: 'worker', comparator: 'atLeast' },
    { id: 'forest', role: 'target', year: 2024, value: 51, unit: 'percent', comparator: 'atLeast' },
  ]),
  report(2024, [
    {
      id: 'food-output',
      role: 'actual',
      year: 2024,
      value: 53_000,
      unit: 'tonne',
      quote: 'Sản lượng lương thực đạt 96% kế hoạch.',
    },
    { id: 'jobs', role: 'actual', year: 2024, value: 1800, unit: 'worker', comparator: 'moreThan' },
    // Forest cover is not in this year's report.
  ]),
]

describe('followTargets over a three-year series', () => {
  const followed = followTargets(series)
  const row = (id: string, year: number) => followed.find((f) => f.indicator.id === id && f.year === year)!

  it('gives each target its verdict, from the reports’ numbers, as written out by hand', () => {
    expect(
      followed.map((f) => [
        f.indicator.id,
        f.year,
        f.computed?.verdict ?? 'no result',
        f.stated,
        f.isDisputed,
      ]),
    ).toEqual([
      ['food-output', 2023, 'reached', 'reached', false],
      ['poverty', 2023, 'missed', 'missed', false],
      // 650.000 triệu = 650 tỷ, short of 700 tỷ; the report says "vượt kế hoạch": flagged, not settled.
      ['budget', 2023, 'missed', 'reached', true],
      ['schools', 2023, 'reached', null, false],
      ['food-output', 2024, 'missed', 'missed', false],
      ['jobs', 2024, 'cannot-say', null, false],
      ['forest', 2024, 'no result', null, false],
    ])
  })

  it('keeps both sources one step away: the report that set the target and the one that gives the result', () => {
    const food = row('food-output', 2023)
    expect(food.setIn.id).toBe('huyen-mau-2023')
    expect(food.reportedIn?.id).toBe('huyen-mau-2024')
    expect(food.actual?.quote).toMatch(/^Sản lượng lương thực đạt 104% kế hoạch\./)
    expect(row('jobs', 2024).computed?.reason).toBe('overlap')
    expect(row('forest', 2024).reportedIn).toBeUndefined()
  })

  it('follows only reports of the same place', () => {
    const elsewhere = {
      ...series[1]!,
      report: {
        ...series[1]!.report,
        place: { ...series[1]!.report.place, name: { vi: 'Khác', en: 'Other' } },
      },
    }
    const followedElsewhere = followTargets([series[0]!, elsewhere])
    expect(followedElsewhere.every((f) => f.actual === undefined)).toBe(true)
  })
})
