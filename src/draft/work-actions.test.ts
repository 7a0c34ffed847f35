import { describe, expect, it } from 'vitest'
import { type WorkAction, workReducer } from './work-actions.ts'
import { parseStoredWork } from './work-schema.ts'
import type { Work, WorkFigure } from './work.ts'

const figure = (key: string, patch: Partial<WorkFigure> = {}): WorkFigure => ({
  key,
  decision: 'pending',
  role: 'fact',
  label: '',
  labelEn: '',
  indicator: '',
  unit: 'billion-vnd',
  comparator: 'exact',
  value: 1,
  year: 2024,
  quote: 'Thu ngân sách đạt 1 tỷ đồng',
  valueText: '1 tỷ đồng',
  unitText: 'đồng',
  ...patch,
})

const work = (figures: WorkFigure[]): Work => ({
  version: 2,
  id: 'mau-son-2024',
  sourceFile: 'mau-son.vi.txt',
  sourceText: 'Thu ngân sách đạt 1 tỷ đồng',
  report: {
    title: '',
    titleEn: '',
    placeName: '',
    placeNameEn: '',
    placeKind: '',
    placeKindEn: '',
    province: '',
    provinceEn: '',
    publisherName: '',
    publisherNameEn: '',
    publisherUrl: '',
    publisherQuote: '',
    publishedDate: '',
    publishedTime: '',
    publishedQuote: '',
    meetingDate: '',
    meetingQuote: '',
    author: '',
    url: '',
  },
  periods: { actual: 2024, target: 2025 },
  scorecard: null,
  targetCount: null,
  figures,
  indicators: {},
})

const why = { role: { rule: 'done', words: 'đạt' }, year: { rule: 'written', words: 'năm 2024' } } as const

// Each row: the figures before, an action, and what the figures must be after, written by hand.
const cases: [string, WorkFigure[], WorkAction, Partial<WorkFigure>[]][] = [
  [
    'sets the role of several rows at once',
    [figure('f1'), figure('f2'), figure('f3')],
    { type: 'figures/set', keys: ['f1', 'f3'], patch: { role: 'target', year: 2025 } },
    [
      { role: 'target', year: 2025 },
      { role: 'fact', year: 2024 },
      { role: 'target', year: 2025 },
    ],
  ],
  [
    'a row that becomes a result keeps the indicator its name suggests',
    [figure('f1', { label: 'Tổng thu ngân sách (% dự toán)' })],
    { type: 'figures/set', keys: ['f1'], patch: { role: 'actual' } },
    [{ role: 'actual', indicator: 'Tổng thu ngân sách' }],
  ],
  [
    'a named indicator stays when the role changes',
    [figure('f1', { role: 'actual', label: 'Thu ngân sách', indicator: 'Thu NS' })],
    { type: 'figures/set', keys: ['f1'], patch: { role: 'target' } },
    [{ role: 'target', indicator: 'Thu NS' }],
  ],
  [
    'a change of year drops the draft’s reason; a change of name keeps it',
    [figure('f1', { why }), figure('f2', { why })],
    { type: 'figures/set', keys: ['f1'], patch: { year: 2023 } },
    [{ year: 2023 }, { why }],
  ],
  [
    'accepts every row not yet looked at, and only those',
    [figure('f1'), figure('f2', { decision: 'rejected' })],
    { type: 'figures/accept-pending' },
    [{ decision: 'accepted' }, { decision: 'rejected' }],
  ],
  [
    'gives a row the indicator of the result or target above it',
    [
      figure('f1', { role: 'actual', indicator: 'Thu ngân sách' }),
      figure('f2', { role: 'fact', label: 'vượt 15% dự toán' }),
    ],
    { type: 'figures/same-indicator-as-above', key: 'f2' },
    [{ indicator: 'Thu ngân sách' }, { role: 'actual', indicator: 'Thu ngân sách' }],
  ],
  [
    'names a row’s indicator after the row’s own name when asked, on that row only',
    [
      figure('f1', { role: 'actual', label: 'Tổng thu ngân sách', indicator: 'Tổng thu ngân sách' }),
      figure('f2', { role: 'actual', label: 'Sản lượng lương thực có hạt (tấn)', indicator: 'Hạt cả năm' }),
      figure('f3', { role: 'target', label: 'Hạt cả năm', indicator: 'Hạt cả năm' }),
    ],
    { type: 'figures/indicator-from-label', key: 'f2' },
    [
      { indicator: 'Tổng thu ngân sách' },
      { indicator: 'Sản lượng lương thực có hạt' },
      { indicator: 'Hạt cả năm' },
    ],
  ],
  [
    'leaves a row with no name, or no result or target, as it is',
    [figure('f1', { role: 'actual', label: '', indicator: 'Thu NS' }), figure('f2', { label: 'Dân số' })],
    { type: 'figures/indicator-from-label', key: 'f1' },
    [{ indicator: 'Thu NS' }, { indicator: '' }],
  ],
  [
    'corrects how an amount was read, marking it corrected',
    [figure('f1', { valueText: 'giảm 0,25%', value: -0.25, unit: 'percentage-point', quote: 'giảm 0,25%' })],
    {
      type: 'figures/correct',
      key: 'f1',
      correction: { valueText: '0,25%', value: 0.25, unit: 'percentage-point', comparator: 'exact' },
    },
    [{ valueText: '0,25%', value: 0.25, isCorrected: true, quote: 'giảm 0,25%' }],
  ],
]

describe('workReducer', () => {
  it.each(cases)('%s', (_name, figures, action, expected) => {
    const after = workReducer(work(figures), action)
    expect(after.figures).toHaveLength(expected.length)
    after.figures.forEach((f, i) => expect(f).toMatchObject(expected[i] ?? {}))
    // A reason the change made stale is gone, not left to mislead.
    after.figures.forEach((f, i) => {
      const before = figures[i]
      if (before?.why && (f.year !== before.year || f.role !== before.role))
        expect(f).not.toHaveProperty('why')
    })
  })

  it('turns a suggested indicator into a choice when a person changes one setting', () => {
    const after = workReducer(work([]), {
      type: 'indicator/set',
      name: 'Tỷ lệ hộ nghèo',
      patch: { nameEn: 'Poverty' },
    })
    expect(after.indicators['Tỷ lệ hộ nghèo']).toEqual({
      nameEn: 'Poverty',
      field: 'society',
      better: 'lower',
      isGrowthRate: false,
    })
  })

  it('carries an indicator’s settings to its new name when a row’s indicator is named after the row', () => {
    const before = {
      ...work([figure('f1', { role: 'actual', label: 'Thu ngân sách', indicator: 'Hạt' })]),
      indicators: {
        Hạt: { nameEn: 'Budget revenue', field: 'economy-budget', better: 'higher', isGrowthRate: false },
      },
    } satisfies Work
    const after = workReducer(before, { type: 'figures/indicator-from-label', key: 'f1' })
    expect(after.indicators).toEqual({ 'Thu ngân sách': before.indicators.Hạt })
    // Kept for the rows that still have the old name.
    const shared = {
      ...before,
      figures: [...before.figures, figure('f2', { role: 'target', indicator: 'Hạt' })],
    }
    const split = workReducer(shared, { type: 'figures/indicator-from-label', key: 'f1' })
    expect(split.indicators).toEqual({ Hạt: before.indicators.Hạt, 'Thu ngân sách': before.indicators.Hạt })
  })

  it('keeps a row’s indicator in step with its name while the two agree and no other row shares it', () => {
    const settings = {
      nameEn: 'Share',
      field: 'economy-budget',
      better: 'higher',
      isGrowthRate: false,
    } as const
    const before = {
      ...work([
        figure('f1', { role: 'actual', label: 'Tỷ trọng lâm nghiệp', indicator: 'Tỷ trọng lâm nghiệp' }),
      ]),
      indicators: { 'Tỷ trọng lâm nghiệp': settings },
    } satisfies Work
    const renamed = workReducer(before, {
      type: 'figures/set',
      keys: ['f1'],
      patch: { label: 'Tỷ trọng nông, ngư, lâm nghiệp (% kế hoạch)' },
    })
    expect(renamed.figures[0]).toMatchObject({
      label: 'Tỷ trọng nông, ngư, lâm nghiệp (% kế hoạch)',
      indicator: 'Tỷ trọng nông, ngư, lâm nghiệp',
    })
    expect(renamed.indicators).toEqual({ 'Tỷ trọng nông, ngư, lâm nghiệp': settings })
    // A row paired with another keeps the pair's indicator; one named apart keeps its own.
    const paired = {
      ...before,
      figures: [...before.figures, figure('f2', { role: 'target', indicator: 'Tỷ trọng lâm nghiệp' })],
    }
    const kept = workReducer(paired, {
      type: 'figures/set',
      keys: ['f1'],
      patch: { label: 'Tỷ trọng nông nghiệp' },
    })
    expect(kept.figures[0]?.indicator).toBe('Tỷ trọng lâm nghiệp')
    const apart = workReducer(
      {
        ...before,
        figures: [
          figure('f1', { role: 'actual', label: 'Tỷ trọng lâm nghiệp năm 2024', indicator: 'Lâm nghiệp' }),
        ],
      },
      { type: 'figures/set', keys: ['f1'], patch: { label: 'Tỷ trọng lâm nghiệp' } },
    )
    expect(apart.figures[0]?.indicator).toBe('Lâm nghiệp')
  })

  it('renames a measure said twice ("Y tế xã", "Y tế xã (% kế hoạch)") as one, its settings carried', () => {
    const settings = { nameEn: 'Health', field: 'society', better: 'higher', isGrowthRate: false } as const
    const before = {
      ...work([
        figure('f1', { role: 'actual', label: 'Y tế xã', indicator: 'Y tế xã' }),
        figure('f2', { role: 'actual', label: 'Y tế xã (% kế hoạch)', indicator: 'Y tế xã' }),
        figure('f3', { role: 'actual', label: 'Số xã', indicator: 'Số xã' }),
      ]),
      indicators: { 'Y tế xã': settings },
    } satisfies Work
    const renamed = workReducer(before, {
      type: 'figures/set',
      keys: ['f1'],
      patch: { label: 'Tỷ lệ xã đạt chuẩn quốc gia về y tế' },
    })
    expect(renamed.figures.map((f) => [f.label, f.indicator])).toEqual([
      ['Tỷ lệ xã đạt chuẩn quốc gia về y tế', 'Tỷ lệ xã đạt chuẩn quốc gia về y tế'],
      ['Tỷ lệ xã đạt chuẩn quốc gia về y tế (% kế hoạch)', 'Tỷ lệ xã đạt chuẩn quốc gia về y tế'],
      ['Số xã', 'Số xã'],
    ])
    expect(renamed.indicators).toEqual({ 'Tỷ lệ xã đạt chuẩn quốc gia về y tế': settings })
    // A row that shares the indicator under a name of its own keeps the pair as it is.
    const mixed = {
      ...before,
      figures: [
        ...before.figures,
        figure('f4', { role: 'target', label: 'Xã đạt chuẩn y tế', indicator: 'Y tế xã' }),
      ],
    }
    const kept = workReducer(mixed, { type: 'figures/set', keys: ['f1'], patch: { label: 'Tỷ lệ xã' } })
    expect(kept.figures.map((f) => f.indicator)).toEqual(['Y tế xã', 'Y tế xã', 'Số xã', 'Y tế xã'])
  })

  it('renames alone a row that shares its name, role and year with others: they are other things named alike', () => {
    const before = work([
      figure('f1', { role: 'actual', label: 'Số lao động', indicator: 'Số lao động' }),
      figure('f2', { role: 'actual', label: 'Số lao động', indicator: 'Số lao động' }),
      figure('f3', { role: 'target', label: 'Số lao động', indicator: 'Số lao động' }),
    ])
    const renamed = workReducer(before, {
      type: 'figures/set',
      keys: ['f1'],
      patch: { label: 'Số lao động trực tiếp' },
    })
    expect(renamed.figures.map((f) => [f.label, f.indicator])).toEqual([
      ['Số lao động trực tiếp', 'Số lao động trực tiếp'],
      ['Số lao động', 'Số lao động'],
      ['Số lao động', 'Số lao động'],
    ])
  })

  it('takes a scorecard a person enters with its words', () => {
    const after = workReducer(work([]), {
      type: 'scorecard/enter',
      scorecard: { achieved: 19, total: 23, year: 2024, quote: 'có 19/23 chỉ tiêu đạt', valueText: '19/23' },
    })
    expect(after.scorecard).toMatchObject({ achieved: 19, total: 23, decision: 'accepted' })
  })
})

describe('parseStoredWork', () => {
  it('reads the current version, migrates the first and refuses anything else', () => {
    const current = work([figure('f1', { why })])
    expect(parseStoredWork(current)).toEqual(current)
    expect(parseStoredWork({ ...current, version: 1, figures: [figure('f1')] })).toMatchObject({ version: 2 })
    expect(parseStoredWork({ ...current, version: 3 })).toBeNull()
    expect(parseStoredWork({ ...current, figures: [{ key: 'f1' }] })).toBeNull()
    expect(parseStoredWork('text')).toBeNull()
    expect(parseStoredWork(undefined)).toBeNull()
  })
})
