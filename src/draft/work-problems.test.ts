import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { makerMessages as enMaker } from '../lib/messages/en/maker.ts'
import { makerMessages as viMaker } from '../lib/messages/vi/maker.ts'
import { draftDataset } from './draft-dataset.ts'
import { type WorkAction, workReducer } from './work-actions.ts'
import { workFromDraft } from './work-from-draft.ts'
import { workProblems } from './work-problems.ts'
import type { Work } from './work.ts'

/** The file's field names and a schema library's wording: nothing a person making a dataset should have to read. */
const technical =
  /valueText|changeFrom|occurrence|otherUnit|isEstimate|indicatorId|titleQuote|publishedQuote|meetingQuote|authorQuote|partOf|publishedAt|sourceFile|"max"|\b(?:figures|report|indicators)\.\w|TODO|Invalid|expected|Expected|mong đợi|Đầu vào không hợp lệ|Quá nhỏ|Quá lớn|Tùy chọn|undefined|NaN|billion-vnd|percent-of-plan|\(\w+-\w+\)/u

const text = readFileSync(
  new URL('../../e2e/fixtures/real-forms/thach-van-2024.vi.txt', import.meta.url),
  'utf8',
)
const base = workReducer(workFromDraft(draftDataset(text, 'thach-van.vi.txt'), text, 'thach-van.vi.txt'), {
  type: 'figures/accept-pending',
})
const first = base.figures[0]?.key ?? ''
const second = base.figures[1]?.key ?? ''

// Each change breaks the work one way a person could; every problem the maker then shows is checked.
const breakages: [string, (work: Work) => Work][] = [
  ['as drafted, nothing filled in', (w) => w],
  ['a unit not chosen', (w) => workReducer(w, { type: 'figures/set', keys: [first], patch: { unit: '' } })],
  ['a wrong unit', (w) => workReducer(w, { type: 'figures/set', keys: [first], patch: { unit: 'hectare' } })],
  [
    'a unit of its own left blank',
    // ("AQI < 100": no unit written in the text either.)
    (w) => {
      const other = workReducer(w, {
        type: 'figures/set',
        keys: [first],
        patch: { unit: 'other', otherUnit: '' },
      })
      return { ...other, figures: other.figures.map((f) => (f.key === first ? { ...f, unitText: '' } : f)) }
    },
  ],
  [
    'a wrong comparator',
    (w) => workReducer(w, { type: 'figures/set', keys: [first, second], patch: { comparator: 'over' } }),
  ],
  ['no year', (w) => workReducer(w, { type: 'figures/set', keys: [first], patch: { year: null } })],
  [
    'no indicator',
    (w) =>
      workReducer(w, {
        type: 'figures/set',
        keys: [first],
        patch: { role: 'actual', indicator: '', label: '' },
      }),
  ],
  [
    'a misread amount',
    (w) =>
      workReducer(w, {
        type: 'figures/correct',
        key: first,
        correction: { valueText: 'đạt', value: 5, unit: 'percent', comparator: 'range', max: 1 },
      }),
  ],
  [
    'words not in the text',
    (w) =>
      workReducer(w, {
        type: 'figures/correct',
        key: second,
        correction: { valueText: '5%', value: 5, unit: 'percent', comparator: 'exact', quote: 'không có 5%' },
      }),
  ],
  [
    'report facts wrong',
    (w) =>
      workReducer(w, {
        type: 'report/set',
        patch: {
          title: '',
          placeName: '',
          publishedDate: '31/2',
          publisherUrl: 'quang tri',
          publishedQuote: 'ngày 1/1/2020',
        },
      }),
  ],
  ['a bad id', (w) => workReducer(w, { type: 'id/set', id: 'Thạch Vân 2024!' })],
  ['no years', (w) => workReducer(w, { type: 'periods/set', patch: { actual: null, target: null } })],
  [
    'targets before results',
    (w) => workReducer(w, { type: 'periods/set', patch: { actual: 2025, target: 2020 } }),
  ],
  [
    'nothing accepted',
    (w) =>
      workReducer(w, {
        type: 'figures/set',
        keys: w.figures.map((f) => f.key),
        patch: { decision: 'rejected' },
      }),
  ],
  [
    'an indicator without a field',
    (w) => {
      const name = w.figures.find((f) => f.indicator)?.indicator ?? ''
      const action: WorkAction = { type: 'indicator/set', name, patch: { field: '', better: '' } }
      return workReducer(w, action)
    },
  ],
]

describe('what the maker says of a problem', () => {
  it.each(breakages)('names no file field and no library wording: %s', (_name, change) => {
    const problems = workProblems(change(base)).all
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) {
      expect(problem.vi, problem.path).not.toMatch(technical)
      expect(problem.en, problem.path).not.toMatch(technical)
      expect(problem.control).toMatch(/^[a-z]/u)
    }
  })

  it('says every problem at once: a wrong unit and a missing year on two rows both show', () => {
    const work = workReducer(
      workReducer(base, { type: 'figures/set', keys: [first], patch: { unit: 'hectare' } }),
      {
        type: 'figures/set',
        keys: [second],
        patch: { year: null },
      },
    )
    const { figures } = workProblems(work)
    expect(figures.get(first)?.map((p) => p.control)).toContain(`figure-${first}-unit`)
    expect(figures.get(second)?.map((p) => p.control)).toContain(`figure-${second}-year`)
  })

  it('says a number written with no unit after it has none, rather than naming an empty unit', () => {
    const written = 'Năm 2024, xã Hà Lâm: sản lượng lương thực có hạt được 1558,77/1450 đạt 107,5%.'
    const drafted = workReducer(
      workFromDraft(draftDataset(written, 'ha-lam.vi.txt'), written, 'ha-lam.vi.txt'),
      {
        type: 'figures/accept-pending',
      },
    )
    const row = drafted.figures.find((f) => f.valueText === '1558,77/1450')
    expect(row).toBeDefined()
    const work = workReducer(drafted, {
      type: 'figures/set',
      keys: [row?.key ?? ''],
      patch: { unit: 'other', otherUnit: 'tấn' },
    })
    const said =
      workProblems(work)
        .figures.get(row?.key ?? '')
        ?.map((p) => p.vi) ?? []
    expect(said.some((words) => words.startsWith('văn bản không ghi đơn vị ngay sau số này'))).toBe(true)
    expect(said.join(' ')).not.toContain('“”')
  })

  it('asks of a second result of one indicator and year at once, at its indicator, though other fields are empty', () => {
    const results = base.figures.filter(
      (f) => f.role === 'actual' && f.unit !== '' && f.year !== null && !f.changeFrom && !f.partOf,
    )
    const a = results[0]
    const b = results.find((f) => f !== a && f.year === a?.year && f.indicator !== a?.indicator)
    if (!a || !b) throw new Error('the fixture has two results')
    const work = workReducer(
      workReducer(base, {
        type: 'figures/set',
        keys: [b.key],
        patch: { indicator: a.indicator, unit: a.unit },
      }),
      {
        type: 'figures/set',
        keys: [base.figures.find((f) => f !== a && f !== b)?.key ?? ''],
        patch: { unit: '' },
      },
    )
    const asked =
      workProblems(work)
        .figures.get(b.key)
        ?.filter((p) => p.code === 'same-period-twice') ?? []
    expect(asked.map((p) => [p.control, p.severity])).toEqual([[`figure-${b.key}-indicator`, 'warning']])
    expect(asked[0]?.vi).toContain(`"${a.indicator}" đã có kết quả năm ${a.year} (${a.valueText})`)
    expect(asked[0]?.vi).toContain('đặt tên chỉ tiêu khác')
  })

  it('keeps two shares of one amount, of plans two bodies assigned, apart: no result is asked twice', () => {
    const text =
      'Năm 2025, tổng thu NSNN của huyện Mẫu Sơn đạt 1.695,36 tỷ đồng, vượt 84,3% dự toán tỉnh giao và vượt 56,2% dự toán huyện giao.'
    const drafted = workFromDraft(draftDataset(text, 'mau-son.vi.txt'), text, 'mau-son.vi.txt')
    expect(drafted.figures.map((f) => f.indicator)).toEqual([
      'Tổng thu NSNN',
      'Tổng thu NSNN (dự toán tỉnh giao)',
      'Tổng thu NSNN (dự toán huyện giao)',
    ])
    const accepted = workReducer(drafted, {
      type: 'figures/set',
      keys: drafted.figures.map((f) => f.key),
      patch: { decision: 'accepted' },
    })
    const asked = [...workProblems(accepted).figures.values()]
      .flat()
      .filter((p) => p.code === 'same-period-twice')
    expect(asked).toEqual([])
  })

  it.each([
    ['vi', viMaker],
    ['en', enMaker],
  ] as const)('every %s message of the maker is in plain words', (_language, messages) => {
    for (const [key, message] of Object.entries(messages)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message)
      // A placeholder ("{value}") is filled before anyone reads it.
      for (const words of texts) expect(String(words).replace(/\{\w+\}/gu, ''), key).not.toMatch(technical)
    }
  })

  it("asks no province of a province's own report: the place is its province", () => {
    const place = (kind: string) =>
      workProblems(
        workReducer(base, {
          type: 'report/set',
          patch: { placeName: 'Mẫu Sơn', placeKind: kind, province: '' },
        }),
      ).all.filter((problem) => problem.path.startsWith('report.place.province'))
    expect(place('tỉnh')).toEqual([])
    expect(place('huyện').length).toBeGreaterThan(0)
  })
})

describe('an index the text writes with no unit', () => {
  it('is drafted with the number alone, and a unit chosen once “no unit (an index)” is', () => {
    const aqi = 'Năm 2026, chỉ số chất lượng không khí (AQI) của thành phố Mẫu Sơn luôn ở mức < 100.\n'
    const drafted = workReducer(workFromDraft(draftDataset(aqi, 'mau-son.vi.txt'), aqi, 'mau-son.vi.txt'), {
      type: 'figures/accept-pending',
    })
    const index = drafted.figures.find((f) => f.valueText.includes('100'))
    if (!index) throw new Error('the draft reads the index')
    const withUnit = (patch: Partial<Work['figures'][number]>) =>
      workProblems(workReducer(drafted, { type: 'figures/set', keys: [index.key], patch }))
        .figures.get(index.key)
        ?.filter(
          (p) => p.control === `figure-${index.key}-unit` || p.control === `figure-${index.key}-otherUnit`,
        ) ?? []
    // (Whether a unit is written in the text is the verifier's to say: verify-amounts.test.ts.)
    expect(withUnit({ unit: '' }).length).toBeGreaterThan(0)
    expect(withUnit({ unit: 'index' })).toEqual([])
  })
})
