import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isError } from './problem.ts'
import type { Dataset, Figure } from './schema.ts'
import { verifyDataset } from './verify.ts'

const dongHa = JSON.parse(
  readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8'),
) as Dataset
const dongHaText = readFileSync(new URL('../../data/dong-ha-2024-03-07.vi.txt', import.meta.url), 'utf8')

/** A fictional sentence added to the source, so the figures below stay out of any real report's dataset. */
const fictional =
  'Huyện Mẫu Sơn (văn bản kiểm thử): thu ngân sách đạt 312 tỷ 560 triệu đồng; tổng giá trị sản xuất 12,8 nghìn tỷ đồng; hỗ trợ 850 triệu đồng; thu hút 1.250 nghìn lượt khách; tăng trưởng âm 2,5%; thu ngân sách vượt 18,5% dự toán; ước đạt 4,2 nghìn tỷ đồng; diện tích gieo trồng đạt 100,5%; sản lượng điện 14,2 tỷ kWh; sản lượng cá đạt 2.100 tấn, vượt 6,2%; chỉ số chất lượng không khí (AQI) < 100; chỉ số PCI đạt 65,5 điểm; giải quyết việc làm cho 2.300 lao động, vượt kế hoạch 68,44%; diện tích tôm nuôi đạt 7.911 ha, vượt 911 ha so kế hoạch.'

function withFigure(figure: Partial<Figure>, source = `${dongHaText}\n${fictional}\n`): string[] {
  const dataset = structuredClone(dongHa)
  dataset.figures.push({
    id: 'fictional',
    role: 'fact',
    label: { vi: 'Số liệu thử', en: 'Test figure' },
    comparator: 'exact',
    quote: fictional,
    unit: 'billion-vnd',
    value: 0,
    valueText: '',
    ...figure,
  } as Figure)
  return (
    verifyDataset(dataset, source)
      .filter(isError)
      // Amounts in messages keep no-break spaces (format-amount.test.ts checks where); read them as spaces.
      .map((problem) => `${problem.path}: ${problem.en}`.replaceAll('\u00a0', ' '))
  )
}

describe('the verifier compares amounts in the unit’s scale', () => {
  it.each<[string, Partial<Figure>]>([
    ['312 tỷ 560 triệu đồng', { unit: 'billion-vnd', value: 312.56 }],
    ['312 tỷ 560 triệu đồng', { unit: 'million-vnd', value: 312560 }],
    ['12,8 nghìn tỷ đồng', { unit: 'billion-vnd', value: 12800 }],
    ['850 triệu đồng', { unit: 'billion-vnd', value: 0.85 }],
    ['850 triệu đồng', { unit: 'million-vnd', value: 850 }],
    ['1.250 nghìn lượt khách', { unit: 'visit', value: 1_250_000 }],
    ['âm 2,5%', { unit: 'percent', value: -2.5 }],
    ['vượt 18,5% dự toán', { unit: 'percent-of-estimate', value: 118.5 }],
    ['ước đạt 4,2 nghìn tỷ đồng', { unit: 'billion-vnd', value: 4200, isEstimate: true }],
    // "đạt 100,5%" where the report leaves "kế hoạch" out: a person may read the share of plan it implies.
    ['100,5%', { unit: 'percent-of-plan', value: 100.5 }],
    // "…, vượt 6,2%" where the plan is left out: 106,2% of it, as "vượt 6,2% kế hoạch" would say; or the excess as written.
    ['vượt 6,2%', { unit: 'percent-of-plan', value: 106.2 }],
    ['vượt 6,2%', { unit: 'percent', value: 6.2, comparator: 'over' }],
    // A unit no row knows keeps a scale of millions or more in its words, and its value in that scale.
    ['14,2 tỷ kWh', { unit: 'other', otherUnit: 'tỷ kWh', value: 14.2 }],
    ['14,2 tỷ kWh', { unit: 'other', otherUnit: 'kWh', value: 14_200_000_000 }],
    // "vượt kế hoạch 68,44%": the plan named before the amount it was beaten by, 168,44% of it.
    ['68,44%', { unit: 'percent-of-plan', value: 168.44 }],
    // An index the report writes with no unit: the number alone.
    ['< 100', { unit: 'index', value: 100, comparator: 'under' }],
    // "vượt 911 ha so kế hoạch": what a result beat its plan by, exactly, as the sentence goes on to say.
    ['vượt 911 ha', { unit: 'hectare', value: 911 }],
  ])('%j verifies as %j', (valueText, figure) => {
    expect(withFigure({ valueText, ...figure })).toEqual([])
  })

  it('refuses an excess over the plan stored as "more than" it', () => {
    expect(
      withFigure({ valueText: 'vượt 911 ha', unit: 'hectare', value: 911, comparator: 'over' }).join(),
    ).toContain('the text reads as "exact"')
  })

  it('refuses "vượt kế hoạch 68,44%" stored as 68,44% of the plan', () => {
    expect(withFigure({ valueText: '68,44%', unit: 'percent-of-plan', value: 68.44 }).join()).toContain(
      'the stored value is',
    )
  })

  it('takes no unit for an index only where the report writes none', () => {
    expect(withFigure({ valueText: '65,5 điểm', unit: 'index', value: 65.5 }).join()).toContain(
      'the text\'s unit is "điểm"',
    )
    expect(withFigure({ valueText: '65,5 điểm', unit: 'other', otherUnit: 'điểm', value: 65.5 })).toEqual([])
  })

  it('refuses a scaled unit’s value in another scale', () => {
    expect(
      withFigure({ valueText: '14,2 tỷ kWh', unit: 'other', otherUnit: 'tỷ kWh', value: 14_200 }).join(),
    ).toContain('the stored value is')
  })

  it('refuses a share over 100% of a whole, and "%" read as a count', () => {
    expect(withFigure({ valueText: '100,5%', unit: 'percent', value: 100.5 }).join()).toContain(
      'a share of a whole is at most 100%',
    )
    expect(withFigure({ valueText: '100,5%', unit: 'hectare', value: 100.5 }).join()).toContain(
      'the text\'s unit is "%"',
    )
  })

  it('refuses an excess with its plan left out stored as the excess itself', () => {
    expect(withFigure({ valueText: 'vượt 6,2%', unit: 'percent-of-plan', value: 6.2 }).join()).toContain(
      'the text says "vượt 6,2%" = 106.2% of plan but the stored value is 6.2% of plan',
    )
  })

  it('fails a scale slip and names both readings', () => {
    const problems = withFigure({ valueText: '312 tỷ 560 triệu đồng', unit: 'billion-vnd', value: 312560 })
    expect(problems).toEqual([
      'figures.31 (fictional).value: the text says "312 tỷ 560 triệu đồng" = VND 312.56 billion but the stored value is VND 312,560 billion',
    ])
  })

  it('refuses to store "vượt 18,5% dự toán" as 18,5% of the estimate', () => {
    expect(withFigure({ valueText: 'vượt 18,5% dự toán', unit: 'percent-of-estimate', value: 18.5 })).toEqual(
      [expect.stringContaining('the text says "vượt 18,5% dự toán" = 118.5% of the budget estimate')],
    )
  })

  it('asks for isEstimate when the words say "ước"', () => {
    expect(withFigure({ valueText: 'ước đạt 4,2 nghìn tỷ đồng', unit: 'billion-vnd', value: 4200 })).toEqual([
      'figures.31 (fictional).isEstimate: the text says "ước đạt" (an estimate): set "isEstimate": true',
    ])
  })
})

describe('the verifier cleans text before comparing it', () => {
  it('matches a quote whose spaces are no-break spaces in the source', () => {
    const source = `${dongHaText}\n${fictional.replaceAll(' ', '\u00a0')}\n`
    expect(withFigure({ valueText: '850 triệu đồng', unit: 'million-vnd', value: 850 }, source)).toEqual([])
  })

  it('refuses a zero-width space in a quote and shows where it is', () => {
    const quote = 'hỗ trợ 850\u200B triệu đồng'
    const problems = withFigure({ quote, valueText: '850\u200B triệu đồng', unit: 'million-vnd', value: 850 })
    expect(problems).toContain('figures.31.quote: contains the invisible character U+200B (delete it)')
  })

  it('shows a no-break space in a quote that is not in the source', () => {
    const problems = withFigure({
      quote: 'hỗ trợ 851\u00a0triệu đồng',
      valueText: '851\u00a0triệu đồng',
      unit: 'million-vnd',
      value: 851,
    })
    expect(problems).toContain(
      'figures.31.quote: quote not found in the source text: "hỗ trợ 851␣[U+00A0]triệu đồng"',
    )
  })

  it('warns about a Cyrillic letter inside a Vietnamese word', () => {
    const dataset = structuredClone(dongHa)
    dataset.figures[0]!.label.vi = 'Số phườ\u043Dg'
    const warnings = verifyDataset(dataset, dongHaText).filter((problem) => !isError(problem))
    expect(warnings.map((w) => w.en)).toEqual([
      'letters from another script (Cyrillic, Greek) inside "phườнg"',
    ])
  })

  it('warns about a quote found twice until the dataset says which occurrence it means', () => {
    const source = `${dongHaText}\n${fictional}\n${fictional}\n`
    const figure = { valueText: '850 triệu đồng', unit: 'million-vnd' as const, value: 850 }
    const dataset = (occurrence?: number) => {
      const copy = structuredClone(dongHa)
      const extra = {
        id: 'fictional',
        role: 'fact',
        label: { vi: 'Thử', en: 'Test' },
        comparator: 'exact',
        quote: fictional,
        ...figure,
      }
      copy.figures.push(occurrence ? ({ ...extra, occurrence } as Figure) : (extra as Figure))
      return copy
    }
    expect(verifyDataset(dataset(), source).map((p) => [p.severity, p.en.slice(0, 36)])).toEqual([
      ['warning', 'the quote stands 2 times in the sour'],
    ])
    expect(verifyDataset(dataset(2), source)).toEqual([])
    expect(verifyDataset(dataset(3), source).map((p) => p.en)).toEqual([
      'the quote stands 2 times in the source, so there is no occurrence 3',
    ])
  })
})

describe('two results of one indicator for one year', () => {
  const budget = dongHa.figures.find((figure) => figure.id === 'budget-revenue-2023')!
  const second = {
    ...budget,
    id: 'fictional',
    label: { vi: 'Thu ngân sách thử', en: 'Test revenue' },
    quote: fictional,
    valueText: '312 tỷ 560 triệu đồng',
    value: 312.56,
  }
  const warnings = (figure: Figure) => {
    const dataset = structuredClone(dongHa)
    dataset.figures.push(figure)
    return verifyDataset(dataset, `${dongHaText}\n${fictional}\n`).filter(
      (p) => p.code === 'same-period-twice',
    )
  }

  it('are said on the second, as a question, not refused', () => {
    const [warning] = warnings(second)
    expect(warning).toMatchObject({ severity: 'warning', path: `figures.${dongHa.figures.length}.period` })
    expect(warning!.vi).toContain(`đã có kết quả năm 2023 (${budget.valueText})`)
  })

  it('are no question where the second is a change or another unit', () => {
    expect(warnings({ ...second, changeFrom: { year: 2022 } })).toEqual([])
    expect(warnings({ ...second, unit: 'million-vnd', value: 312_560 })).toEqual([])
  })
})
