import { z } from './zod.ts'
import { periodSchema } from './figure-schema.ts'
import { localizedSchema, nameSchema, placeKindSchema, quoteSchema } from './text-schema.ts'

const httpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

/**
 * The report facts a person may enter where the text does not say them (an excerpt of a web page often has no
 * headline or date line): an entered fact has no quote, and the dashboard says who gave it.
 */
export const enteredFacts = ['title', 'publishedAt', 'publisher', 'author'] as const
export type EnteredFact = (typeof enteredFacts)[number]

/** A date as far as the page shows it: a day ("2024-03-07"), a month ("2024-03") or a year ("2024"). */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, 'năm hoặc tháng/năm / a year or a month')

export const reportSchema = z
  .object({
    title: localizedSchema,
    /** The headline as the text writes it; absent when a person entered the title. */
    titleQuote: quoteSchema.optional(),
    place: z.object({ name: nameSchema, kind: placeKindSchema, province: nameSchema }),
    publisher: z.object({
      name: nameSchema,
      url: httpUrlSchema.optional(),
      quote: quoteSchema.optional(),
    }),
    /** The article's own address, when the report was published on the web. */
    url: httpUrlSchema.optional(),
    /**
     * A date and time ("2024-03-07T10:34:00+07:00"), a date when the text gives no time, or when entered by a
     * person as far as the page shows it, a month or a year.
     */
    publishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date(), partialDateSchema]).optional(),
    publishedQuote: quoteSchema.optional(),
    meetingDate: z.iso.date().optional(),
    meetingQuote: quoteSchema.optional(),
    author: z.string().trim().min(1).max(200).optional(),
    authorQuote: quoteSchema.optional(),
    language: z.enum(['vi']),
    sourceFile: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.txt$/, 'tên tệp .txt / a .txt file name'),
    /** The facts a person entered rather than quoted from the text. */
    entered: z.array(z.enum(enteredFacts)).optional(),
  })
  .superRefine((report, ctx) => {
    const isEntered = (fact: EnteredFact) => report.entered?.includes(fact) ?? false
    for (const [fact, key, quote] of [
      ['title', 'titleQuote', report.titleQuote],
      ['publishedAt', 'publishedQuote', report.publishedQuote],
    ] as const) {
      if (!isEntered(fact) && quote === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message:
            'cần trích dẫn từ văn bản, hoặc ghi là người nhập ("entered") / needs a quote from the text, or to be marked as entered',
        })
      }
    }
    // A page that shows no date at all: the date is left out, and said to be unknown (entered as such).
    if (report.publishedAt === undefined && !isEntered('publishedAt'))
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message:
          'cần ngày đăng, hoặc ghi là người nhập ("entered") / needs the date, or to be marked as entered',
      })
    if (!isEntered('publishedAt') && /^\d{4}(?:-\d{2})?$/u.test(report.publishedAt ?? '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: 'ngày trích từ văn bản cần đủ ngày / a quoted date needs its day',
      })
    }
    if ((report.meetingDate === undefined) !== (report.meetingQuote === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [report.meetingDate === undefined ? 'meetingDate' : 'meetingQuote'],
        message: 'ngày làm việc cần cả ngày và trích dẫn / a meeting date needs both the date and its quote',
      })
    }
    if (report.author !== undefined && report.authorQuote === undefined && !isEntered('author')) {
      ctx.addIssue({
        code: 'custom',
        path: ['authorQuote'],
        message:
          'tác giả cần trích dẫn, hoặc ghi là người nhập / an author needs its quote, or to be marked as entered',
      })
    }
    if (report.author === undefined && report.authorQuote !== undefined) {
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
    /** The report only expects the targets reached ("25/28 chỉ tiêu … dự kiến hoàn thành"). */
    isEstimate: z.boolean().optional(),
  })
  .refine((s) => s.achieved <= s.total, {
    path: ['achieved'],
    message: 'số đạt lớn hơn tổng số / achieved exceeds total',
  })
export type Scorecard = z.infer<typeof scorecardSchema>
