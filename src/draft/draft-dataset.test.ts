import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Comparator, Dataset, Figure } from '../dataset/schema.ts'
import { verifyDataset } from '../dataset/verify.ts'
import { figureProblems } from '../dataset/verify-figure.ts'
import { draftDataset } from './draft-dataset.ts'
import type { Draft, DraftFigure } from './draft-types.ts'

const read = (path: string) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').normalize('NFC')
const dongHaText = read('data/dong-ha-2024-03-07.vi.txt')
const curated = JSON.parse(read('data/dong-ha-2024.json')) as Dataset

const dongHa = draftDataset(dongHaText, 'dong-ha-2024-03-07.vi.txt')

/** What must never be read as a figure: years, dates, times, roman ordinals, map scales. */
const notFigures = /(?:19|20)\d{2}|\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d:\d{2}|XIV|XXI|VIII|1\/2\.000|1\/500|COVID/u

describe('the draft of the Đông Hà report', () => {
  it.each(curated.figures.map((figure) => [figure.id, figure] as const))(
    'contains the curated figure %s',
    (_id, figure) => {
      // "tỷ lệ hộ nghèo giảm 0,25%": the curated reduction is 0,25; the draft reads the fall as −0,25.
      const isFallOf = (draft: DraftFigure) =>
        draft.valueText.startsWith('giảm') &&
        draft.value === -figure.value &&
        figure.valueText !== draft.valueText
      const match = dongHa.figures.find(
        (draft) =>
          (draft.value === figure.value || isFallOf(draft)) &&
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
      valueText: '8/13 chỉ tiêu',
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
    // What the draft's note asks a person to delete once done.
    const filled = (figure: DraftFigure) => {
      const copy: Partial<DraftFigure> = { ...figure, label: { vi: figure.label.vi, en: 'Filled in' } }
      delete copy.todo
      delete copy.unitText
      return copy
    }
    const rest: Partial<Draft> = { ...dongHa }
    delete rest.draft
    delete rest.ignoredNumbers
    const completed = {
      ...rest,
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

/** A figure the fictional text plants, as the draft must find it: the reader's words, value, unit, role and year. */
type Planted = {
  valueText: string
  value: number
  max?: number
  comparator: Comparator
  unit: string
  role: DraftFigure['role']
  year: number | null
}
const plantedOf = (f: DraftFigure): Planted => ({
  valueText: f.valueText,
  value: f.value,
  ...(f.max === undefined ? {} : { max: f.max }),
  comparator: f.comparator,
  unit: f.unit,
  role: f.role,
  year: f.period?.year ?? null,
})

const fixtures = [
  'song-lam-tay-2025-07-15',
  'ben-nguyet-2025-01-20',
  'hoa-lam-2025-12-12',
  'dong-khe-2026-01-08',
  'cam-giang-2026-07-10',
].map((name) => {
  const text = read(`e2e/fixtures/reports/${name}.vi.txt`)
  const planted = JSON.parse(read(`e2e/fixtures/reports/${name}.planted.json`)) as Planted[]
  return { name, text, planted, draft: draftDataset(text, `${name}.vi.txt`) }
})

describe.each(fixtures)('the draft of the fictional report $name', ({ draft, planted }) => {
  it('finds exactly the planted figures, with their unit, role and year', () => {
    expect(draft.figures.map(plantedOf)).toEqual(planted)
  })
})

describe('the drafts read context as the report writes it', () => {
  const [songLamTay, benNguyet, hoaLam, dongKhe, camGiang] = fixtures.map((fixture) => fixture.draft)

  it('reads the base of a change, the targets announced and the report details', () => {
    const figure = (draft: Draft | undefined, valueText: string) =>
      draft?.figures.find((f) => f.valueText === valueText)
    expect(figure(songLamTay, '8,6%')?.changeFrom).toEqual({ year: 2024 })
    expect(songLamTay?.targetCount).toMatchObject({ value: 7, period: { year: 2025 } })
    expect(songLamTay?.report).toMatchObject({
      publishedAt: '2025-07-15T08:15:00+07:00',
      meetingDate: '2025-07-14',
      meetingQuote: 'Ngày 14 tháng 7 năm 2025',
      author: 'Minh Châu',
      publisher: { quote: '(Báo Hoài Sơn)' },
    })
    expect(figure(benNguyet, '1,5 điểm %')).toMatchObject({
      unit: 'percentage-point',
      changeFrom: { year: 2023 },
    })
    expect(figure(benNguyet, 'gấp 1,3 lần')?.changeFrom).toEqual({ year: 2024 })
    expect(benNguyet?.targetCount).toMatchObject({ value: 6, period: { year: 2025 } })
    expect(benNguyet?.periods).toEqual({ actual: 2024, target: 2025 })
    expect(benNguyet?.report).toMatchObject({
      publishedAt: '2025-01-20T16:05:00+07:00',
      meetingQuote: 'Sáng 18/1/2025',
    })
    expect(hoaLam?.targetCount).toMatchObject({ value: 10, period: { year: 2030 } })
    expect(hoaLam?.periods).toEqual({ actual: 2025, target: 2030 })
    expect(hoaLam?.report).toMatchObject({
      publishedAt: '2025-12-12T17:20:00+07:00',
      meetingDate: '2025-12-11',
    })
    expect(dongKhe?.scorecard).toMatchObject({ achieved: 12, total: 20, period: { year: 2025 } })
    expect(camGiang?.report).toMatchObject({
      publishedAt: '2026-07-10T10:15:00+07:00',
      meetingDate: '2026-07-09',
    })
  })

  it('marks estimates, and ties a share of plan to the amount before it', () => {
    const estimates = camGiang?.figures.filter((f) => f.isEstimate).map((f) => f.valueText)
    // The growth of an estimated level, said in its sentence, is estimated too.
    expect(estimates).toEqual([
      'ước đạt 12,8 nghìn tỷ đồng',
      '8,2%',
      'ước đạt 845 tỷ đồng',
      'ước 2 nghìn 150 tỷ đồng',
      'ước đạt 86,5 triệu USD',
    ])
    const share = benNguyet?.figures.find((f) => f.valueText === 'vượt 15% dự toán')
    expect(share?.label.vi).toBe('Tổng thu ngân sách (% dự toán)')
    expect(share?.todo?.join(' ')).toContain('exceeds the plan by 15%, so it is stored as 115')
    expect(share?.todo?.join(' ')).not.toContain('the share reached')
  })

  it('says that a plan passed by 100% or more may be the share reached, as some reports write it', () => {
    const draft = draftDataset(
      'Năm 2025, thu ngân sách của xã Mẫu Lâm đạt hơn 86,4 tỷ đồng (vượt 121,5% so với kế hoạch).',
      'mau-lam.vi.txt',
    )
    const share = draft.figures.find((f) => f.valueText === 'vượt 121,5% so với kế hoạch')
    expect(share).toMatchObject({ value: 221.5, unit: 'percent-of-plan' })
    expect(share?.todo?.join(' ')).toContain(
      'if the text means the share reached, as some reports write it, it is 121.5%',
    )
  })

  it('gives what a place is, with no year of its own, no reason for a year either', () => {
    const draft = draftDataset(
      'Phường Mẫu An được thành lập trên cơ sở sáp nhập 3 phường với diện tích tự nhiên 31,2 km2, dân số 40.100 người, có 28 tổ dân phố. Tổng vốn đầu tư của phường giai đoạn 2021-2025 đạt trên 4.100 tỷ đồng. Thu nhập bình quân đầu người đạt 72 triệu đồng. Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 140 triệu đồng.',
      'mau-an.vi.txt',
    )
    const people = draft.figures.find((f) => f.valueText === '40.100 người')
    expect(people).toMatchObject({ role: 'profile' })
    expect(people?.period).toBeUndefined()
    expect(people?.why?.year).toEqual({ rule: 'none', words: '' })
  })

  it('reads a headline said again under a photo once, from the body, and keeps its figure when only it says it', () => {
    const headline = 'Mẫu Sơn: Thu hút FDI 9 tháng tăng 21% so với cùng kỳ'
    const draft = draftDataset(
      `${headline}\n\nTính đến hết tháng 9/2024, tỉnh Mẫu Sơn đã thu hút vốn FDI được 1,2 tỷ USD, tăng 21% so với cùng kỳ năm trước.\n\n${headline}\n\nTỉnh Mẫu Sơn tiếp tục cải thiện môi trường đầu tư.`,
      'mau-son.vi.txt',
    )
    expect(draft.figures.map((f) => f.valueText)).toEqual(['1,2 tỷ USD', '21%'])
    const onlyHeadline = draftDataset(
      `${headline}\n\nTính đến hết tháng 9/2024, tỉnh Mẫu Sơn đã thu hút vốn FDI được 1,2 tỷ USD.\n\n${headline}`,
      'mau-son.vi.txt',
    )
    expect(onlyHeadline.figures.map((f) => f.valueText)).toEqual(['21%', '1,2 tỷ USD'])
    // (A range with another dash, and a photo's caption made of the headline with its quotes typed otherwise.)
    const range = draftDataset(
      "Mẫu Sơn ‘chốt’ mục tiêu tăng trưởng 8 – 9% năm 2027\n\nHĐND tỉnh Mẫu Sơn thông qua nghị quyết năm 2027.\n\nMẫu Sơn 'chốt' mục tiêu tăng trưởng 8 - 9% năm 2027 ảnh 1\n\nTheo đó, các chỉ tiêu chủ yếu năm 2027 là: tốc độ tăng trưởng GRDP đạt 8-9%; thu ngân sách đạt 14.200 tỷ đồng.",
      'mau-son.vi.txt',
    )
    expect(range.figures.map((f) => f.valueText)).toEqual(['8-9%', '14.200 tỷ đồng'])
  })

  it('says a part of a year with no year written takes its year from the date typed for the page', () => {
    const draft = draftDataset(
      'Trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn xã Mẫu Lâm ước đạt 5,8 tỷ đồng, bằng 51% dự toán.',
      'mau-lam.vi.txt',
      { published: { year: 2025, month: 7, words: '07/2025' } },
    )
    const revenue = draft.figures.find((f) => f.valueText === 'ước đạt 5,8 tỷ đồng')
    expect(revenue?.period).toEqual({ year: 2025 })
    expect(revenue?.why?.year).toEqual({ rule: 'published', words: '07/2025' })
  })

  it('places a count where its words start, when the words take in the noun counted', () => {
    const text =
      'Năm 2025, huyện Mây Hồng đứng đầu tỉnh ở 4 chỉ số quan trọng; toàn huyện có 12 hợp tác xã mới và từ 25 độ dốc trở lên.'
    const draft = draftDataset(text, 'may-hong.vi.txt')
    const placed = draft.figures.map((figure) =>
      figure.at === undefined ? figure.valueText : text.slice(figure.at, figure.at + figure.valueText.length),
    )
    expect(placed).toEqual(draft.figures.map((figure) => figure.valueText))
    expect(placed).toContain('4 chỉ số quan trọng')
  })

  it('keeps every figure of a text whose first line is not a title', () => {
    const body =
      'Năm 2024, thu ngân sách của huyện Mẫu Sơn đạt 215,4 tỷ đồng. Năm 2025 phấn đấu thu trên 230 tỷ đồng.'
    const draft = draftDataset(body, 'mau-son.vi.txt')
    expect(draft.report.title.vi).toBe('TODO')
    expect(draft.figures.map(plantedOf)).toEqual([
      {
        valueText: '215,4 tỷ đồng',
        value: 215.4,
        comparator: 'exact',
        unit: 'billion-vnd',
        role: 'actual',
        year: 2024,
      },
      {
        valueText: 'trên 230 tỷ đồng',
        value: 230,
        comparator: 'over',
        unit: 'billion-vnd',
        role: 'target',
        year: 2025,
      },
    ])
  })
})

const drafts: [string, Draft, string][] = [
  ['Đông Hà', dongHa, dongHaText],
  ...fixtures.map((f): [string, Draft, string] => [f.name, f.draft, f.text]),
]

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

  it('stands where its words are: the place it gives in the text starts its valueText', () => {
    // The maker highlights a row's words from this place ("Sửa cách đọc số"); one letter off shows " 4 chỉ số quan trọn".
    const misplaced = all.filter(
      (figure) =>
        figure.at !== undefined &&
        source.slice(figure.at, figure.at + figure.valueText.length) !== figure.valueText,
    )
    expect(misplaced.map((figure) => figure.valueText)).toEqual([])
  })

  it('passes the verifier’s reading of its words, or says in a TODO which unit is missing', () => {
    for (const figure of all) {
      if (figure.unit === 'TODO') {
        expect(figure.todo?.some((note) => note.startsWith('unit:'))).toBe(true)
        continue
      }
      expect(figureProblems(figure.id, { ...figure, unit: figure.unit } as Figure), figure.valueText).toEqual(
        [],
      )
    }
  })

  it('marks what a person must fill in', () => {
    expect(draft.draft.todo.length).toBeGreaterThan(0)
    for (const figure of all) expect(figure.label.en).toBe('TODO')
    for (const indicator of draft.indicators)
      expect([indicator.field, indicator.better]).toEqual(['TODO', 'TODO'])
  })
})

describe('the scorecard of the results year', () => {
  it("is the year's, not a term's the text gives first", () => {
    const text = [
      'Huyện Mai Sơn: kỳ họp cuối năm',
      'Đánh giá cả nhiệm kỳ 2021 - 2025, huyện đạt 15/17 chỉ tiêu Nghị quyết Đại hội.',
      'Năm 2025, huyện thực hiện đạt và vượt 11/14 chỉ tiêu chủ yếu. Thu ngân sách đạt 410 tỷ đồng.',
    ].join('\n')
    expect(draftDataset(text, 'mai-son.vi.txt').scorecard).toMatchObject({
      achieved: 11,
      total: 14,
      period: { year: 2025 },
    })
  })

  it("is a term's when the text gives no other", () => {
    const text =
      'Cả nhiệm kỳ 2020 - 2025, thị xã đạt 17/20 chỉ tiêu. Năm 2025, thu ngân sách đạt 300 tỷ đồng.'
    expect(draftDataset(text, 'x.vi.txt').scorecard).toMatchObject({ achieved: 17, total: 20 })
  })
})
