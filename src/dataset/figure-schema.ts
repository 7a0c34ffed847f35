import { z } from './zod.ts'
import { normalizeText } from './clean-text.ts'
import { comparatorCodes } from './comparators.ts'
import { localizedSchema, quoteSchema } from './text-schema.ts'
import { isCountUnit, mayBeNegative, unitCodes } from './units.ts'

export const unitSchema = z.enum(unitCodes)

/** How the report words a figure; the words for each live in `comparators.ts`. */
export const comparatorSchema = z.enum(comparatorCodes)

export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'id: chỉ chữ thường không dấu, số và dấu gạch ngang / lowercase a-z, 0-9 and hyphens',
  )

export const yearSchema = z.int().min(1945).max(2100)

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
    /**
     * A table's unit, written apart from the number: its row's unit cell ("Tỷ đồng") or its column's heading ("%" of
     * "ƯTH/KH (%)"). The value is `valueText` read with these words after it.
     */
    unitWords: z.string().trim().min(1).max(60).optional(),
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
    // "tăng 12% so với năm 2023" of 2024: a change is measured from an earlier period, never a later one.
    const from = figure.changeFrom
    const to = figure.period
    const isSamePoint =
      from && to && from.year === to.year && (from.point === undefined || from.point === to.point)
    if (from && to && (from.year > to.year || isSamePoint)) {
      ctx.addIssue({
        code: 'custom',
        path: ['changeFrom'],
        message: `năm so sánh ${from.year} không trước năm ${to.year} của số liệu / the year compared with, ${from.year}, is not before the figure's year, ${to.year}`,
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
