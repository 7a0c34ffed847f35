import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Annotation, addUp, measuredThing, scoreDraft } from '../../scripts/draft-score.ts'

/**
 * The project's own texts written in the forms of real provincial articles (fictional places and numbers; the
 * forms and their sources are listed in e2e/fixtures/real-forms/FORMS.md), each with the figures a careful
 * official would take from it, written by hand before the draft read them.
 */
const folder = new URL('../../e2e/fixtures/real-forms/', import.meta.url)
const texts = readdirSync(folder)
  .filter((file) => file.endsWith('.vi.txt'))
  .map((file) => {
    const name = file.replace(/\.vi\.txt$/u, '')
    const text = readFileSync(new URL(file, folder), 'utf8').normalize('NFC')
    const annotation = JSON.parse(
      readFileSync(new URL(`${name}.expected.json`, folder), 'utf8'),
    ) as Annotation
    return { name, score: scoreDraft(text, annotation) }
  })

describe.each(texts)('the real-form text $name', ({ score }) => {
  const wrong = (test: (v: (typeof score.figures)[number]) => boolean) =>
    score.figures.filter((v) => !test(v)).map((v) => `${v.annotated.at} → ${v.found?.valueText ?? 'missed'}`)

  it('fits its text: every expected figure is written there once', () => {
    expect(score.problems).toEqual([])
  })

  it('reads every value, unit and comparator', () => {
    expect(wrong((v) => v.isValueRight)).toEqual([])
    expect(wrong((v) => v.isComparatorRight)).toEqual([])
  })

  it('gives every figure its role and year', () => {
    expect(wrong((v) => v.isRoleAndYearRight)).toEqual([])
  })

  it('takes no date, meeting detail, counter or document number for a figure, and finds the scorecard', () => {
    expect(score.nonFigures.map((f) => f.valueText)).toEqual([])
    expect(score.scorecardsFound).toBe(score.scorecards)
  })
})

describe('the names the draft suggests for the real-form texts', () => {
  it('are the noun phrase an official would write for most figures', () => {
    const totals = addUp(texts.map((t) => t.score))
    // Measured at 62% when written; a name is a suggestion a person confirms, so this guards against a fall.
    expect(totals.names / totals.namesJudged).toBeGreaterThanOrEqual(0.6)
  })
})

describe('the scorer of a draft against a hand-made annotation', () => {
  const text = 'Năm 2023, đàn gia cầm của tỉnh Mẫu Sơn đạt 4,75 triệu con.'
  const annotated = (value: number, unit: string): Annotation => ({
    url: null,
    figures: [
      {
        at: 'đạt 4,75 triệu con',
        number: '4,75',
        value,
        unit,
        comparator: 'exact',
        role: 'actual',
        year: 2023,
      },
    ],
  })

  it('counts a scale kept in a unit no row knows as the same amount, and only that amount', () => {
    expect(scoreDraft(text, annotated(4_750_000, 'other:con')).figures[0]?.isValueRight).toBe(true)
    expect(scoreDraft(text, annotated(4.75, 'other:triệu con')).figures[0]?.isValueRight).toBe(true)
    expect(scoreDraft(text, annotated(4750, 'other:con')).figures[0]?.isValueRight).toBe(false)
    expect(scoreDraft(text, annotated(4_750_000, 'other:gà')).figures[0]?.isValueRight).toBe(false)
    // The noun read further by the annotator ("con gia cầm") is the same noun.
    expect(scoreDraft(text, annotated(4_750_000, 'other:con gia cầm')).figures[0]?.isValueRight).toBe(true)
  })

  it('finds a figure said twice at the mention the draft kept, whether its number is annotated with its scale or not', () => {
    const twice =
      'Năm 2025, tỉnh Mẫu Sơn xuất siêu 7,4 tỷ USD.\nTheo Cục Thống kê, trong năm 2025 tỉnh đã xuất siêu 7,4 tỷ USD, tăng 12% so với năm 2024.'
    const exportSurplus = (number: string): Annotation => ({
      url: null,
      figures: [
        {
          at: 'tỉnh Mẫu Sơn xuất siêu 7,4 tỷ USD',
          number,
          value: 7400,
          unit: 'million-usd',
          comparator: 'exact',
          role: 'actual',
          year: 2025,
        },
      ],
    })
    for (const number of ['7,4', '7,4 tỷ'])
      expect(scoreDraft(twice, exportSurplus(number)).figures[0]?.isValueRight, number).toBe(true)
  })

  it('reads a counted noun however far it goes ("sản phẩm" or "sản phẩm OCOP"), but not another noun', () => {
    const products = 'Năm 2023, xã Mẫu Sơn có thêm 3 sản phẩm OCOP 3 sao và 1 tổ chức Đảng được khen.'
    const counted = (at: string, number: string, unit: string): Annotation => ({
      url: null,
      figures: [{ at, number, value: Number(number), unit, comparator: 'exact', role: 'actual', year: 2023 }],
    })
    const isRight = (annotation: Annotation) => scoreDraft(products, annotation).figures[0]?.isValueRight
    expect(isRight(counted('3 sản phẩm', '3', 'other:sản phẩm'))).toBe(true)
    expect(isRight(counted('3 sản phẩm', '3', 'other:sản phẩm OCOP'))).toBe(true)
    expect(isRight(counted('3 sản phẩm', '3', 'other:sản phẩm công nghiệp'))).toBe(false)
    expect(isRight(counted('3 sản phẩm', '3', 'other:hộ'))).toBe(false)
    expect(isRight(counted('1 tổ chức', '1', 'other:tổ chức Đảng'))).toBe(true)
  })

  it('takes dollars per person for the dollars earlier annotators wrote, and for the words later ones wrote', () => {
    const perPerson = 'Năm 2023, GRDP bình quân đầu người của tỉnh Mẫu Sơn đạt 3.120 USD.'
    const dollars = (unit: string, value = 3120): Annotation => ({
      url: null,
      figures: [
        {
          at: 'đạt 3.120 USD',
          number: '3.120',
          value,
          unit,
          comparator: 'exact',
          role: 'actual',
          year: 2023,
        },
      ],
    })
    expect(scoreDraft(perPerson, dollars('usd')).figures[0]?.isValueRight).toBe(true)
    expect(scoreDraft(perPerson, dollars('other:USD/người')).figures[0]?.isValueRight).toBe(true)
    expect(scoreDraft(perPerson, dollars('usd-per-person', 3.12)).figures[0]?.isValueRight).toBe(false)
    expect(scoreDraft(perPerson, dollars('million-usd')).figures[0]?.isValueRight).toBe(false)
  })
})

describe('what a name measures, its kind of measure set aside', () => {
  it.each<[string, string]>([
    ['Tốc độ tăng thu ngân sách nhà nước', 'thu ngân sách nhà nước'],
    ['tăng trưởng GRDP', 'grdp'],
    ['Tỷ trọng dịch vụ', 'dịch vụ'],
    ['tổng thu ngân sách so với dự toán tỉnh giao', 'thu ngân sách'],
    // "số lượt khách" and "lượt khách" count the same.
    ['Số xã đạt chuẩn nông thôn mới', 'xã đạt chuẩn nông thôn mới'],
    ['Tổng số lượt khách quốc tế', 'lượt khách quốc tế'],
  ])('%j → %j', (name, thing) => {
    expect(measuredThing(name)).toBe(thing)
  })
})
