import { z } from './zod.ts'
import { normalizeText } from './clean-text.ts'
import { type Comparator, comparatorCodes } from './comparators.ts'
import { localizedSchema, nameSchema, placeKindSchema, quoteSchema } from './text-schema.ts'
import { isCountUnit, mayBeNegative, type Unit, unitCodes } from './units.ts'

export { localizedSchema }
export type { Localized } from './text-schema.ts'

export const unitSchema = z.enum(unitCodes)
export type { Unit }

/** How the report words a figure; the words for each live in `comparators.ts`. */
export const comparatorSchema = z.enum(comparatorCodes)
export type { Comparator }

export const fieldSchema = z.enum(['economy-budget', 'urban-environment', 'society', 'defence'])
export type Field = z.infer<typeof fieldSchema>

export const directionSchema = z.enum(['higher', 'lower', 'neither'])
export type Direction = z.infer<typeof directionSchema>

const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'id: chỉ chữ thường không dấu, số và dấu gạch ngang / lowercase a-z, 0-9 and hyphens',
  )

const yearSchema = z.int().min(1945).max(2100)

/** A point in time a figure refers to: a year, or its start or end ("đầu năm 2023", "cuối năm 2023"). */
export const periodSchema = z.object({
  year: yearSchema,
  point: z.enum(['start', 'end']).optional(),
})
export type Period = z.infer<typeof periodSchema>

const finite = z.number().refine(Number.isFinite, 'số hữu hạn / a finite number')

export const figureSchema = z
  .object({
    id: idSchema,
    role: z.enum(['actual', 'target', 'profile', 'fact']),
    indicatorId: idSchema.optional(),
    label: localizedSchema,
    unit: unitSchema,
    /** With unit "other": the unit as the report writes it ("con", "suất", "giường bệnh"). */
    otherUnit: z.string().trim().min(1).max(60).optional(),
    comparator: comparatorSchema,
    value: finite,
    max: finite.optional(),
    period: periodSchema.optional(),
    /** The figure is a change measured against this period ("tăng 12% so với năm 2022"). */
    changeFrom: periodSchema.optional(),
    /** This figure is one part of another figure (16 Đảng bộ of 67 tổ chức cơ sở đảng). */
    partOf: idSchema.optional(),
    /** "ước đạt …": the report gives an estimate, not a final figure. */
    isEstimate: z.boolean().optional(),
    quote: quoteSchema,
    /** Which occurrence of `quote` in the source is meant (1 = the first), when the words stand there more than once. */
    occurrence: z.int().min(1).optional(),
    /** The words inside `quote` that state this figure's value, comparator and unit. */
    valueText: z.string().min(1).max(200),
  })
  .superRefine((figure, ctx) => {
    if ((figure.unit === 'other') !== (figure.otherUnit !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['otherUnit'],
        message:
          'đơn vị "other" cần ghi đơn vị như văn bản (otherUnit), và chỉ đơn vị "other" mới có nó / unit "other" needs the words of the unit (otherUnit), and only it has them',
      })
    }
    const isChange = figure.changeFrom !== undefined || mayBeNegative(figure.unit)
    if (!isChange && (figure.value < 0 || (figure.max ?? 0) < 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          'giá trị âm chỉ dùng cho tỷ lệ, tốc độ tăng hoặc mức thay đổi (có "changeFrom") / a negative value is only for a rate, a growth or a change (with "changeFrom")',
      })
    }
    if (figure.comparator === 'range' && figure.max === undefined) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'khoảng cần "max" / a range needs "max"' })
    }
    if (figure.comparator !== 'range' && figure.max !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'chỉ khoảng mới có "max" / only a range has "max"',
      })
    }
    if (figure.max !== undefined && figure.max < figure.value) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max nhỏ hơn value / max is below value' })
    }
    if (isCountUnit(figure.unit) && !(Number.isInteger(figure.value) && Number.isInteger(figure.max ?? 0))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'số đếm phải là số nguyên / a count must be a whole number',
      })
    }
    if ((figure.role === 'actual' || figure.role === 'target') && !figure.indicatorId) {
      ctx.addIssue({ code: 'custom', path: ['indicatorId'], message: 'cần chỉ tiêu / needs an indicatorId' })
    }
    if (!normalizeText(figure.quote).includes(normalizeText(figure.valueText))) {
      ctx.addIssue({
        code: 'custom',
        path: ['valueText'],
        message: 'valueText không nằm trong quote / valueText is not inside quote',
      })
    }
  })
export type Figure = z.infer<typeof figureSchema>

export const indicatorSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  field: fieldSchema,
  better: directionSchema,
  /** A rate of change (economic growth), not a share of a whole: kept off 0–100% share charts. */
  isGrowthRate: z.boolean().optional(),
})
export type Indicator = z.infer<typeof indicatorSchema>

/** A 2023 actual and the 2024 target of the same indicator, compared on one axis. */
export const pairSchema = z.object({ actualId: idSchema, targetId: idSchema })
export type Pair = z.infer<typeof pairSchema>

const httpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

export const reportSchema = z
  .object({
    title: localizedSchema,
    titleQuote: quoteSchema,
    place: z.object({ name: nameSchema, kind: placeKindSchema, province: nameSchema }),
    publisher: z.object({
      name: nameSchema,
      url: httpUrlSchema.optional(),
      quote: quoteSchema.optional(),
    }),
    /** The article's own address, when the report was published on the web. */
    url: httpUrlSchema.optional(),
    /** A date and time ("2024-03-07T10:34:00+07:00"), or a date when the text gives no time. */
    publishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]),
    publishedQuote: quoteSchema,
    meetingDate: z.iso.date().optional(),
    meetingQuote: quoteSchema.optional(),
    author: z.string().trim().min(1).max(200).optional(),
    authorQuote: quoteSchema.optional(),
    language: z.enum(['vi']),
    sourceFile: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.txt$/, 'tên tệp .txt / a .txt file name'),
  })
  .superRefine((report, ctx) => {
    if ((report.meetingDate === undefined) !== (report.meetingQuote === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [report.meetingDate === undefined ? 'meetingDate' : 'meetingQuote'],
        message: 'ngày làm việc cần cả ngày và trích dẫn / a meeting date needs both the date and its quote',
      })
    }
    if ((report.author === undefined) !== (report.authorQuote === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [report.author === undefined ? 'author' : 'authorQuote'],
        message: 'tác giả cần cả tên và trích dẫn / an author needs both the name and its quote',
      })
    }
  })
export type Report = z.infer<typeof reportSchema>

export const scorecardSchema = z
  .object({
    period: periodSchema,
    achieved: z.int().min(0),
    total: z.int().min(1),
    quote: quoteSchema,
    valueText: z.string().min(1).max(200),
  })
  .refine((s) => s.achieved <= s.total, {
    path: ['achieved'],
    message: 'số đạt lớn hơn tổng số / achieved exceeds total',
  })
export type Scorecard = z.infer<typeof scorecardSchema>

export const textFactSchema = z.object({
  id: idSchema,
  label: localizedSchema,
  text: localizedSchema,
  quote: quoteSchema,
})
export type TextFact = z.infer<typeof textFactSchema>

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    id: idSchema,
    report: reportSchema,
    periods: z.object({ actual: yearSchema, target: yearSchema }).refine((p) => p.actual <= p.target, {
      path: ['target'],
      message: 'năm chỉ tiêu trước năm kết quả / the target year is before the actual year',
    }),
    scorecard: scorecardSchema.optional(),
    /** How many main targets the report announces; the verifier checks the targets listed add up to it. */
    targetCount: figureSchema.optional(),
    indicators: z.array(indicatorSchema).max(500),
    figures: z.array(figureSchema).min(1).max(2000),
    pairs: z.array(pairSchema).max(500),
    textFacts: z.array(textFactSchema).max(100),
  })
  .superRefine((dataset, ctx) => {
    const indicatorIds = new Set<string>()
    dataset.indicators.forEach((indicator, i) => {
      if (indicatorIds.has(indicator.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'id'],
          message: `trùng id "${indicator.id}" / duplicate id "${indicator.id}"`,
        })
      }
      indicatorIds.add(indicator.id)
    })
    const figures = new Map<string, Figure>()
    dataset.figures.forEach((figure, i) => {
      if (figures.has(figure.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'id'],
          message: `trùng id "${figure.id}" / duplicate id "${figure.id}"`,
        })
      }
      figures.set(figure.id, figure)
      if (figure.indicatorId && !indicatorIds.has(figure.indicatorId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'indicatorId'],
          message: `không có chỉ tiêu "${figure.indicatorId}" / no indicator "${figure.indicatorId}"`,
        })
      }
    })
    dataset.figures.forEach((figure, i) => {
      const indicator = dataset.indicators.find((candidate) => candidate.id === figure.indicatorId)
      const isShare = figure.unit === 'percent' && !figure.changeFrom && !indicator?.isGrowthRate
      if (isShare && Math.max(figure.value, figure.max ?? 0) > 100) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'value'],
          message:
            'tỷ lệ của một tổng thể không quá 100%; nếu là mức tăng, ghi "changeFrom" hoặc đánh dấu chỉ tiêu tăng trưởng / a share of a whole is at most 100%; if it is a growth, give "changeFrom" or mark the indicator as a growth rate',
        })
      }
      if (figure.partOf && !figures.has(figure.partOf)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'partOf'],
          message: `không có số liệu "${figure.partOf}" / no figure "${figure.partOf}"`,
        })
      }
    })
    dataset.pairs.forEach((pair, i) => {
      const actual = figures.get(pair.actualId)
      const target = figures.get(pair.targetId)
      if (actual?.role !== 'actual') {
        ctx.addIssue({
          code: 'custom',
          path: ['pairs', i, 'actualId'],
          message: `không có kết quả "${pair.actualId}" / no actual "${pair.actualId}"`,
        })
      }
      if (target?.role !== 'target') {
        ctx.addIssue({
          code: 'custom',
          path: ['pairs', i, 'targetId'],
          message: `không có chỉ tiêu "${pair.targetId}" / no target "${pair.targetId}"`,
        })
      }
      if (actual && target && (actual.unit !== target.unit || actual.indicatorId !== target.indicatorId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['pairs', i],
          message: 'cặp khác chỉ tiêu hoặc đơn vị / the pair mixes indicators or units',
        })
      }
    })
  })
export type Dataset = z.infer<typeof datasetSchema>
