import { describe, expect, it } from 'vitest'
import { mauSeries } from '../../e2e/fixtures/mau-series.ts'
import { followTargets } from './follow-targets.ts'

const series = mauSeries()

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

  it('follows an indicator renamed between years through the link chosen in the dataset maker', () => {
    const renamed = (sameAs?: string) => {
      const later = series[2]!
      return {
        ...later,
        indicators: later.indicators.map((i) =>
          i.id === 'food-output'
            ? {
                ...i,
                id: 'grain-output',
                name: { vi: 'Sản lượng lương thực có hạt', en: 'Grain output' },
                ...(sameAs ? { sameAs } : {}),
              }
            : i,
        ),
        figures: later.figures.map((f) =>
          f.indicatorId === 'food-output' ? { ...f, indicatorId: 'grain-output' } : f,
        ),
      }
    }
    const food2024 = (later: (typeof series)[2]) =>
      followTargets([series[0]!, series[1]!, later!]).find(
        (f) => f.indicator.id === 'food-output' && f.year === 2024,
      )!
    expect(food2024(renamed()).computed).toBeUndefined()
    expect(food2024(renamed('food-output')).computed?.verdict).toBe('missed')
    expect(food2024(renamed('food-output')).actual?.value).toBe(53_000)
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
