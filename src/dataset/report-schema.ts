import { z } from './zod.ts'
import { periodSchema } from './figure-schema.ts'
import { localizedSchema, nameSchema, placeKindSchema, quoteSchema } from './text-schema.ts'

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
