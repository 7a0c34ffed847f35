import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { comparisons, requiredChange } from '../dataset/derive.ts'
import { datasetSchema } from '../dataset/schema.ts'
import { translator } from '../lib/messages.ts'
import {
  changeLabel,
  comparisonRows,
  comparisonSummary,
  niceTicks,
  percentChartSummary,
  percentTargetRows,
} from './chart-rows.ts'

// Amounts keep no-break spaces (format-amount.test.ts checks where); read them as spaces here.
const spaced = (text: string) => text.replaceAll('\u00a0', ' ')

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)
const vi = translator('vi')
const en = translator('en')
const byIndicator = (id: string) => comparisons(dataset).find((c) => c.indicator.id === id)!

describe('changeLabel', () => {
  it.each([
    ['budget-revenue', 'vi', 'Chỉ tiêu 2024 đòi hỏi +57% so với thực hiện 2023'],
    ['social-investment', 'vi', 'Chỉ tiêu 2024 đòi hỏi +21,4% so với thực hiện 2023'],
    ['economic-growth', 'vi', 'Chỉ tiêu 2024 đòi hỏi +3,23 điểm phần trăm so với thực hiện 2023'],
    ['budget-revenue', 'en', 'The 2024 target asks for +57% over the 2023 result'],
    ['economic-growth', 'en', 'The 2024 target asks for +3.23 percentage points over the 2023 result'],
    [
      'poverty-reduction',
      'vi',
      'Chỉ tiêu 2024 (≥ 0,1 điểm phần trăm) thấp hơn mức thực hiện 2023 (0,25 điểm phần trăm): chênh lệch −0,15 điểm phần trăm.',
    ],
  ] as const)('%s in %s', (indicatorId, language, expected) => {
    expect(spaced(changeLabel(byIndicator(indicatorId), language, language === 'vi' ? vi : en))).toBe(
      expected,
    )
  })
})

it('says a result beside its own year’s plan fell short of it or passed it, and asks for nothing', () => {
  const comparison = byIndicator('budget-revenue')
  const sameYear = { ...comparison, target: { ...comparison.target, period: { year: 2023 } } }
  expect(spaced(changeLabel(sameYear, 'vi', vi))).toBe(
    'Thực hiện 2023 (447,229 tỷ đồng) thấp hơn kế hoạch năm 2023 (702,2 tỷ đồng)',
  )
  expect(changeLabel(sameYear, 'vi', vi)).not.toMatch(/đòi hỏi/u)
})

it('says the change from a result that is a bound is a bound too', () => {
  const comparison = byIndicator('budget-revenue')
  const bounded = {
    ...comparison,
    actual: { ...comparison.actual, comparator: 'over' as const },
    change: { ...comparison.change, bound: 'under' as const },
  }
  expect(spaced(changeLabel(bounded, 'vi', vi))).toBe('Chỉ tiêu 2024 đòi hỏi < +57% so với thực hiện 2023')
  expect(spaced(changeLabel(bounded, 'en', en))).toBe('The 2024 target asks for < +57% over the 2023 result')
})

it("says a result inside its own year's plan of a range is within it, not above it", () => {
  const comparison = byIndicator('budget-revenue')
  const ranged = (value: number) => ({
    ...comparison,
    actual: { ...comparison.actual, value, period: { year: 2024 } },
    target: { ...comparison.target, comparator: 'range' as const, value: 700, max: 720 },
  })
  expect(spaced(changeLabel(ranged(705.5), 'vi', vi))).toBe(
    'Thực hiện 2024 (705,5 tỷ đồng) nằm trong khoảng kế hoạch năm 2024 (700–720 tỷ đồng)',
  )
  expect(changeLabel(ranged(730), 'vi', vi)).toMatch(/vượt kế hoạch/u)
  expect(changeLabel(ranged(690), 'vi', vi)).toMatch(/thấp hơn kế hoạch/u)
})

it('says the change to a target range from each of its ends, and below only when all of it is below', () => {
  const comparison = byIndicator('economic-growth')
  const ranged = (value: number, max: number) => {
    const target = { ...comparison.target, comparator: 'range' as const, value, max }
    return { ...comparison, target, change: requiredChange(comparison.actual, target, comparison.indicator) }
  }
  const below = ranged(comparison.actual.value - 1.5, comparison.actual.value - 0.5)
  expect(spaced(changeLabel(below, 'vi', vi))).toMatch(
    /thấp hơn mức thực hiện 2023 .*: chênh lệch −1,5 – −0,5 điểm/u,
  )
  const around = ranged(comparison.actual.value - 0.5, comparison.actual.value + 0.5)
  expect(spaced(changeLabel(around, 'vi', vi))).toBe(
    'Chỉ tiêu 2024 đòi hỏi −0,5 – +0,5 điểm phần trăm so với thực hiện 2023',
  )
})

it('says a target equal to its result keeps the level, not "+0%"', () => {
  const comparison = byIndicator('budget-revenue')
  const same = { ...comparison, change: { ...comparison.change, value: 0 } }
  expect(changeLabel(same, 'vi', vi)).toBe('Chỉ tiêu 2024 giữ mức đã đạt năm 2023')
  expect(changeLabel(same, 'en', en)).toBe('The 2024 target keeps the level reached in 2023')
})

describe('comparison rows and summary', () => {
  it('give the same amounts for the chart labels and the table', () => {
    expect(
      comparisonRows(byIndicator('budget-revenue'), 'vi', vi).map((r) => [
        r.period,
        r.value,
        spaced(r.label),
      ]),
    ).toEqual([
      ['Thực hiện 2023', 447.229, '447,229 tỷ đồng'],
      ['Chỉ tiêu 2024', 702.2, '702,2 tỷ đồng'],
    ])
  })

  it('sum up a chart in one sentence, the period before its value', () => {
    expect(spaced(comparisonSummary(byIndicator('social-investment'), 'vi', vi))).toBe(
      'Tổng vốn đầu tư toàn xã hội: năm 2023 là 7.412 tỷ đồng; chỉ tiêu 2024 là 9.000 tỷ đồng.',
    )
    expect(spaced(comparisonSummary(byIndicator('social-investment'), 'en', en))).toBe(
      'Total social investment: VND 7,412 billion in 2023; the 2024 target is VND 9,000 billion.',
    )
  })
})

describe('percentTargetRows', () => {
  it('puts the lower-is-better target last', () => {
    const rows = percentTargetRows(dataset, 'vi')
    expect(rows.map((r) => [spaced(r.label), r.isLowerBetter])).toEqual([
      ['> 74%', false],
      ['≥ 96,5%', false],
      ['99%', false],
      ['97%', false],
      ['< 3%', true],
    ])
    expect(percentChartSummary(rows, vi)).toBe(
      '5 chỉ tiêu tính bằng %; riêng Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng) là chỉ tiêu càng thấp càng tốt.',
    )
    // A share with no better way is said so, not counted as higher-is-better.
    const shares = rows.map((r, i) => (i === 0 ? { ...r, name: 'Tỷ trọng dịch vụ', hasNoBetter: true } : r))
    expect(percentChartSummary(shares, vi)).toBe(
      '5 chỉ tiêu tính bằng %; riêng Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng) là chỉ tiêu càng thấp càng tốt; Tỷ trọng dịch vụ không có chiều nào tốt hơn.',
    )
    const higherOnly = shares.filter((r) => !r.isLowerBetter)
    expect(percentChartSummary(higherOnly, vi)).toBe(
      '4 chỉ tiêu tính bằng %; Tỷ trọng dịch vụ không có chiều nào tốt hơn.',
    )
  })
})

describe('niceTicks', () => {
  it.each<[number, number[]]>([
    [0.25, [0, 0.1, 0.2, 0.3]],
    [13, [0, 5, 10, 15]],
    [702.2, [0, 200, 400, 600, 800]],
    [9000, [0, 2500, 5000, 7500, 10000]],
    [100, [0, 25, 50, 75, 100]],
    [0, [0, 1]],
  ])('up to %s: %j', (max, expected) => {
    expect(niceTicks(max)).toEqual(expected)
  })

  // A fall goes below zero; the ticks still pass through it, and never write −0.
  it.each<[number, number, number[]]>([
    [-2.5, 6, [-2.5, 0, 2.5, 5, 7.5]],
    [-2.5, 0, [-3, -2, -1, 0]],
    [-0.07, 0, [-0.08, -0.06, -0.04, -0.02, 0]],
    [-1200, 400, [-1500, -1000, -500, 0, 500]],
  ])('from %s up to %s: %j', (min, max, expected) => {
    const ticks = niceTicks(max, 4, min)
    expect(ticks).toEqual(expected)
    expect(ticks.some((tick) => Object.is(tick, -0))).toBe(false)
  })
})
