import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Comparator, Dataset } from '../../dataset/schema.ts'
import { verifyDataset } from '../../dataset/verify.ts'
import { readAmount } from '../../lib/read-vietnamese-number.ts'
import { units } from '../../lib/units.ts'
import { draftDataset } from './draft-dataset.ts'
import type { Draft, DraftFigure } from './draft-types.ts'

const read = (path: string) =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8').normalize('NFC')
const dongHaText = read('data/dong-ha-2024-03-07.vi.txt')
const curated = JSON.parse(read('data/dong-ha-2024.json')) as Dataset
const songLamTayText = read('e2e/fixtures/reports/song-lam-tay-2025-07-15.vi.txt')
const benNguyetText = read('e2e/fixtures/reports/ben-nguyet-2025-01-20.vi.txt')

const dongHa = draftDataset(dongHaText, 'dong-ha-2024-03-07.vi.txt')
const songLamTay = draftDataset(songLamTayText, 'song-lam-tay-2025-07-15.vi.txt')
const benNguyet = draftDataset(benNguyetText, 'ben-nguyet-2025-01-20.vi.txt')
const drafts: [string, Draft, string][] = [
  ['Đông Hà', dongHa, dongHaText],
  ['Sông Lam Tây', songLamTay, songLamTayText],
  ['Bến Nguyệt', benNguyet, benNguyetText],
]

/** What must never be read as a figure: years, dates, times, roman ordinals, map scales. */
const notFigures = /(?:19|20)\d{2}|\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d:\d{2}|XIV|XXI|VIII|1\/2\.000|1\/500|COVID/u

describe('the draft of the Đông Hà report', () => {
  it.each(curated.figures.map((figure) => [figure.id, figure] as const))(
    'contains the curated figure %s',
    (_id, figure) => {
      const match = dongHa.figures.find(
        (draft) =>
          draft.value === figure.value &&
          draft.max === figure.max &&
          draft.comparator === figure.comparator &&
          (figure.role === 'actual' || figure.role === 'target' ? draft.role === figure.role : true) &&
          draft.quote.includes(figure.valueText),
      )
      expect(match).toBeDefined()
      if (figure.role === 'actual' || figure.role === 'target')
        expect(match?.period?.year).toBe(figure.period?.year)
    },
  )

  it('finds the scorecard and the number of announced targets', () => {
    expect(dongHa.scorecard).toMatchObject({
      achieved: 8,
      total: 13,
      period: { year: 2023 },
      valueText: '8/13',
    })
    expect(dongHa.targetCount).toMatchObject({
      value: 15,
      comparator: 'exact',
      valueText: '15 chỉ tiêu',
      period: { year: 2024 },
    })
    expect(dongHa.figures.filter((f) => f.role === 'target' && f.period?.year === 2024)).toHaveLength(15)
  })

  it('has no figure for years, dates, times, "lần thứ XIV" or "1/2.000"', () => {
    for (const figure of dongHa.figures) expect(figure.valueText).not.toMatch(notFigures)
    expect(dongHa.figures.map((f) => f.value)).not.toContain(2000)
    expect(dongHa.ignoredNumbers.map((n) => n.text)).toEqual(
      expect.arrayContaining(['6/3/2024', '2021-2025', 'tỉ lệ 1/2.000', '1 ha', '5 tuổi']),
    )
  })

  it('fills the report metadata the text gives', () => {
    expect(dongHa.report).toMatchObject({
      title: { vi: curated.report.title.vi },
      titleQuote: curated.report.titleQuote,
      publishedAt: curated.report.publishedAt,
      publishedQuote: curated.report.publishedQuote,
      meetingDate: curated.report.meetingDate,
      meetingQuote: curated.report.meetingQuote,
      author: curated.report.author,
      sourceFile: curated.report.sourceFile,
    })
    expect(dongHa.periods).toEqual(curated.periods)
  })

  it('passes the verifier once a person fills in the rest', () => {
    const filled = (figure: DraftFigure) => ({ ...figure, label: { vi: figure.label.vi, en: 'Filled in' } })
    const completed = {
      ...dongHa,
      id: 'dong-ha-draft',
      report: curated.report,
      indicators: dongHa.indicators.map((i) => ({
        ...i,
        name: { vi: i.name.vi, en: 'Filled in' },
        field: 'society',
        better: 'higher',
      })),
      figures: dongHa.figures.map(filled),
      targetCount: dongHa.targetCount && filled(dongHa.targetCount),
    }
    expect(verifyDataset(completed, dongHaText)).toEqual([])
  })
})

type Row = [
  valueText: string,
  value: number,
  max: number | null,
  comparator: Comparator,
  role: DraftFigure['role'],
  year: number | null,
  unitText: string,
]
const rowOf = (f: DraftFigure): Row => [
  f.valueText,
  f.value,
  f.max ?? null,
  f.comparator,
  f.role,
  f.period?.year ?? null,
  f.unitText,
]

describe('the draft of "Sông Lam Tây" (mid-year review: scale words, USD, ha, tấn, hộ, "từ … đến …")', () => {
  it('finds every planted figure, and nothing else', () => {
    expect(songLamTay.figures.map(rowOf)).toEqual<Row[]>([
      ['khoảng 1.125,6 km²', 1125.6, null, 'exact', 'profile', null, 'km²'],
      ['18 xã', 18, null, 'exact', 'profile', null, 'xã'],
      ['01 thị trấn', 1, null, 'exact', 'profile', null, 'thị trấn'],
      ['gần 152 nghìn người', 152000, null, 'exact', 'profile', null, 'người'],
      ['36.420 hộ', 36420, null, 'exact', 'profile', null, 'hộ'],
      ['2.105 hộ', 2105, null, 'exact', 'fact', null, 'hộ'],
      ['4,2 nghìn tỷ đồng', 4200, null, 'exact', 'actual', 2025, 'tỷ đồng'],
      ['8,6%', 8.6, null, 'exact', 'actual', 2025, '%'],
      ['215,4 tỷ đồng', 215.4, null, 'exact', 'actual', 2025, 'tỷ đồng'],
      ['57,3% dự toán', 57.3, null, 'exact', 'actual', 2025, '% dự toán'],
      ['12,5 triệu USD', 12500000, null, 'exact', 'actual', 2025, 'USD'],
      ['gấp 1,4 lần', 1.4, null, 'exact', 'actual', 2025, 'lần'],
      ['6.830 ha', 6830, null, 'exact', 'actual', 2025, 'ha'],
      ['62,5 tạ/ha', 62.5, null, 'exact', 'actual', 2025, 'tạ/ha'],
      ['hơn 42.700 tấn', 42700, null, 'moreThan', 'actual', 2025, 'tấn'],
      ['1.320 lao động', 1320, null, 'exact', 'actual', 2025, 'lao động'],
      ['0,8 điểm phần trăm', 0.8, null, 'exact', 'actual', 2025, 'điểm phần trăm'],
      ['5,78%', 5.78, null, 'exact', 'actual', 2025, '%'],
      ['từ 9 đến 9,5 nghìn tỷ đồng', 9000, 9500, 'range', 'target', 2025, 'tỷ đồng'],
      ['ít nhất 380 tỷ đồng', 380, null, 'atLeast', 'target', 2025, 'tỷ đồng'],
      ['từ 7,5% đến 8%', 7.5, 8, 'range', 'target', 2025, '%'],
      ['1,2 điểm phần trăm trở lên', 1.2, null, 'atLeast', 'target', 2025, 'điểm phần trăm'],
      ['tối thiểu 250 ha', 250, null, 'atLeast', 'target', 2025, 'ha'],
      ['không quá 12%', 12, null, 'under', 'target', 2025, '%'],
      ['2–3 xã', 2, 3, 'range', 'target', 2025, 'xã'],
    ])
  })

  it('reads percent and percentage points, the base of a change, the targets announced and the report', () => {
    const unitOf = (valueText: string) => songLamTay.figures.find((f) => f.valueText === valueText)?.unit
    expect(['8,6%', '5,78%', 'không quá 12%', 'từ 7,5% đến 8%'].map(unitOf)).toEqual(Array(4).fill('percent'))
    expect(['0,8 điểm phần trăm', '1,2 điểm phần trăm trở lên'].map(unitOf)).toEqual(
      Array(2).fill('percentage-point'),
    )
    expect(['4,2 nghìn tỷ đồng', 'từ 9 đến 9,5 nghìn tỷ đồng'].map(unitOf)).toEqual(
      Array(2).fill('billion-vnd'),
    )
    expect(songLamTay.figures.find((f) => f.valueText === '8,6%')?.changeFrom).toEqual({ year: 2024 })
    expect(songLamTay.targetCount).toMatchObject({ value: 7, period: { year: 2025 } })
    expect(songLamTay.scorecard).toBeUndefined()
    expect(songLamTay.report).toMatchObject({
      publishedAt: '2025-07-15T08:15:00+07:00',
      meetingDate: '2025-07-14',
      meetingQuote: 'Ngày 14 tháng 7 năm 2025',
      author: 'Minh Châu',
      publisher: { quote: '(Báo Hoài Sơn)' },
    })
  })
})

describe('the draft of "Bến Nguyệt" (annual review: scale words, "điểm %", document numbers, two years in a sentence)', () => {
  it('finds every planted figure, and nothing else', () => {
    expect(benNguyet.figures.map(rowOf)).toEqual<Row[]>([
      ['285,47 km2', 285.47, null, 'exact', 'profile', null, 'km2'],
      ['xấp xỉ 412 người/km2', 412, null, 'exact', 'profile', null, 'người/km2'],
      ['7 phường', 7, null, 'exact', 'profile', null, 'phường'],
      ['5 xã', 5, null, 'exact', 'profile', null, 'xã'],
      ['64 km', 64, null, 'exact', 'profile', null, 'km'],
      ['3 tuyến', 3, null, 'exact', 'profile', null, 'tuyến'],
      ['22,5 km', 22.5, null, 'exact', 'fact', null, 'km'],
      ['18,6 nghìn tỷ đồng', 18600, null, 'exact', 'actual', 2024, 'tỷ đồng'],
      ['10,2%', 10.2, null, 'exact', 'actual', 2024, '%'],
      ['68,5 triệu đồng/người/năm', 68.5, null, 'exact', 'actual', 2024, 'triệu đồng/người/năm'],
      ['1.036,8 tỷ đồng', 1036.8, null, 'exact', 'actual', 2024, 'tỷ đồng'],
      ['15% dự toán', 15, null, 'exact', 'actual', 2024, '% dự toán'],
      ['9 dự án', 9, null, 'exact', 'actual', 2024, 'dự án'],
      ['1,5 nghìn tỷ đồng', 1500, null, 'exact', 'actual', 2024, 'tỷ đồng'],
      ['215 doanh nghiệp', 215, null, 'exact', 'actual', 2024, 'doanh nghiệp'],
      ['48,6%', 48.6, null, 'exact', 'actual', 2024, '%'],
      ['1,5 điểm %', 1.5, null, 'exact', 'actual', 2024, 'điểm %'],
      ['100%', 100, null, 'exact', 'actual', 2024, '%'],
      ['1.250 người', 1250, null, 'exact', 'actual', 2024, 'người'],
      ['1.234.567 đồng/người', 1234567, null, 'exact', 'actual', 2024, 'đồng/người'],
      ['3 tỷ', 3, null, 'exact', 'actual', 2024, 'tỷ'],
      ['khoảng 15 nghìn lao động', 15000, null, 'exact', 'actual', 2024, 'lao động'],
      ['320 người', 320, null, 'exact', 'actual', 2024, 'người'],
      ['từ 11% trở lên', 11, null, 'atLeast', 'target', 2025, '%'],
      ['trên 1.150 tỷ đồng', 1150, null, 'over', 'target', 2025, 'tỷ đồng'],
      ['dưới 1,5%', 1.5, null, 'under', 'target', 2025, '%'],
      ['3,5 nghìn lao động', 3500, null, 'exact', 'target', 2025, 'lao động'],
      ['3 – 4 trường', 3, 4, 'range', 'target', 2025, 'trường'],
      ['ít nhất 120 ha', 120, null, 'atLeast', 'target', 2025, 'ha'],
      ['2,3 triệu USD', 2300000, null, 'exact', 'actual', 2024, 'USD'],
      ['3 triệu USD', 3000000, null, 'exact', 'target', 2025, 'USD'],
      ['gấp 1,3 lần', 1.3, null, 'exact', 'target', 2025, 'lần'],
    ])
  })

  it('reads percent and percentage points, the base of a change, the targets announced and the report', () => {
    const figure = (valueText: string) => benNguyet.figures.find((f) => f.valueText === valueText)
    expect(['10,2%', '48,6%', '100%', 'từ 11% trở lên', 'dưới 1,5%'].map((t) => figure(t)?.unit)).toEqual(
      Array(5).fill('percent'),
    )
    expect(figure('1,5 điểm %')).toMatchObject({ unit: 'percentage-point', changeFrom: { year: 2023 } })
    expect(figure('gấp 1,3 lần')?.changeFrom).toEqual({ year: 2024 })
    expect(figure('khoảng 15 nghìn lao động')?.todo?.join(' ')).toMatch(/khoảng.*scale|scale[\s\S]*khoảng/u)
    expect(benNguyet.targetCount).toMatchObject({ value: 6, period: { year: 2025 } })
    expect(benNguyet.periods).toEqual({ actual: 2024, target: 2025 })
    expect(benNguyet.report).toMatchObject({
      publishedAt: '2025-01-20T16:05:00+07:00',
      meetingDate: '2025-01-18',
      meetingQuote: 'Sáng 18/1/2025',
      author: 'Lê Thu Hà',
    })
  })
})

describe.each(drafts)('every figure of the %s draft', (_name, draft, source) => {
  const all = [...draft.figures, ...(draft.targetCount ? [draft.targetCount] : [])]

  it('quotes the source verbatim, and its valueText is in its quote', () => {
    for (const figure of all) {
      expect(source).toContain(figure.quote)
      expect(figure.quote).toContain(figure.valueText)
    }
    if (draft.scorecard) expect(draft.scorecard.quote).toContain(draft.scorecard.valueText)
  })

  it('is no year, date or time', () => {
    for (const figure of all) expect(figure.valueText).not.toMatch(notFigures)
  })

  it('reads as the verifier reads it, unless a TODO says why not', () => {
    for (const figure of all) {
      const amount = readAmount(figure.valueText)
      const needsVerifierWork = (figure.todo ?? []).some((note) => /^value:|^comparator: "từ/u.test(note))
      if (needsVerifierWork) continue
      expect(amount.numbers).toEqual(figure.max === undefined ? [figure.value] : [figure.value, figure.max])
      expect(amount.comparator).toBe(figure.comparator)
      if (figure.unit !== 'TODO') expect(units[figure.unit].sourceWords).toContain(amount.unitText)
      else expect(figure.todo?.some((note) => note.startsWith('unit:'))).toBe(true)
    }
  })

  it('marks what a person must fill in', () => {
    expect(draft.draft.todo.length).toBeGreaterThan(0)
    for (const figure of all) expect(figure.label.en).toBe('TODO')
    for (const indicator of draft.indicators)
      expect([indicator.field, indicator.better]).toEqual(['TODO', 'TODO'])
  })
})
