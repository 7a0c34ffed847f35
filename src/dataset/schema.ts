import { z } from './zod.ts'
import type { Comparator } from './comparators.ts'
import type { Figure } from './figure-schema.ts'
import { idSchema, figureSchema, yearSchema } from './figure-schema.ts'
import { reportSchema, scorecardSchema } from './report-schema.ts'
import { localizedSchema, quoteSchema } from './text-schema.ts'
import type { Unit } from './units.ts'

export { localizedSchema }
export type { Localized } from './text-schema.ts'
export { comparatorSchema, figureSchema, periodSchema, unitSchema } from './figure-schema.ts'
export type { Figure, Period } from './figure-schema.ts'
export { reportSchema, scorecardSchema } from './report-schema.ts'
export type { Report, Scorecard } from './report-schema.ts'
export type { Comparator, Unit }

export const fieldSchema = z.enum(['economy-budget', 'urban-environment', 'society', 'defence', 'party'])
export type Field = z.infer<typeof fieldSchema>

export const directionSchema = z.enum(['higher', 'lower', 'neither'])
export type Direction = z.infer<typeof directionSchema>

export const indicatorSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  field: fieldSchema,
  better: directionSchema,
  /** A rate of change (economic growth), not a share of a whole: kept off 0–100% share charts. */
  isGrowthRate: z.boolean().optional(),
  /** Its result leads the page, in this order (1 first); the results of unmarked indicators follow "see all". */
  lead: z.int().min(1).max(1000).optional(),
  /**
   * The same indicator's id in another report of the place, where its name or id changed between years (a link
   * chosen in the dataset maker): its targets are followed into that report, and back.
   */
  sameAs: idSchema.optional(),
})
export type Indicator = z.infer<typeof indicatorSchema>

/** A 2023 actual and the 2024 target of the same indicator, compared on one axis. */
export const pairSchema = z.object({ actualId: idSchema, targetId: idSchema })
export type Pair = z.infer<typeof pairSchema>

/** A fact the report states in words (the year's motto), quoted as written. */
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
    periods: z
      .object({
        actual: yearSchema,
        target: yearSchema,
        /**
         * The results cover part of their year, in the report's words ("9 tháng đầu năm", "quý I"): every
         * screen and file says so beside the year.
         */
        actualPart: z.string().trim().min(1).max(60).optional(),
      })
      .refine((p) => p.actual <= p.target, {
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
