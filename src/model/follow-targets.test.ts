import { describe, expect, it } from 'vitest'
import { mauSeries } from '../../e2e/fixtures/mau-series.ts'
import { headlineResults } from '../dataset/derive.ts'
import { translator } from '../lib/messages.ts'
import { followTargets } from './follow-targets.ts'
import { conflictTexts, recordToCsv } from './record.ts'

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

describe('two reports that give the same year’s result with other numbers', () => {
  // A revised report of 2023, published later than the first, gives food output lower: under the target.
  const [set2023, first2024] = [series[0]!, series[1]!]
  const revised = {
    ...first2024,
    id: 'huyen-mau-2024-sua',
    report: { ...first2024.report, publishedAt: '2025-06-30' },
    figures: first2024.figures.map((f) =>
      f.id === headlineFoodId(first2024) ? { ...f, value: f.value / 2 } : f,
    ),
  }
  const food = (order: typeof series) =>
    followTargets(order).find((f) => f.indicator.id === 'food-output' && f.year === 2023)!

  it('follows the latest publication, whatever the order the reports were opened in, and keeps the other', () => {
    for (const order of [
      [set2023, first2024, revised],
      [revised, set2023, first2024],
    ]) {
      const followed = food(order)
      expect(followed.reportedIn?.id).toBe('huyen-mau-2024-sua')
      expect(followed.computed?.verdict).toBe('missed')
      expect(followed.conflicts.map((c) => [c.reportedIn.id, c.computed.verdict])).toEqual([
        ['huyen-mau-2024', 'reached'],
      ])
    }
  })

  it('says the conflict in words, on the record and in its CSV', () => {
    const text = conflictTexts(food([set2023, first2024, revised]), 'vi', translator('vi'))
    expect(text).toHaveLength(1)
    expect(text[0]).toMatch(
      /^Báo cáo khác cho năm này ghi .+ \(.+\): theo số đó là “Đạt”\. Kết quả trên theo báo cáo đăng sau cùng\.$/u,
    )
    const csv = recordToCsv(followTargets([set2023, first2024, revised]), 'vi', translator('vi'))
    expect(csv).toContain(text[0]!.replace(/\u00a0/gu, ' '))
  })

  it('finds no conflict where a second report gives the same numbers', () => {
    const copy = {
      ...first2024,
      id: 'huyen-mau-2024-ban-sao',
      report: { ...first2024.report, publishedAt: '2025-06-30' },
    }
    expect(food([set2023, first2024, copy]).conflicts).toEqual([])
  })
})

/** The figure the record reads as a report's food output result. */
function headlineFoodId(dataset: (typeof series)[number]): string {
  const result = headlineResults(dataset).find((r) => r.indicator.id === 'food-output')
  return result?.figures[0]?.id ?? ''
}
