import { comparatorCodes } from '../dataset/comparators.ts'
import { unitCodes } from '../dataset/units.ts'
import { z } from '../dataset/zod.ts'
import { fieldSchema } from '../dataset/schema.ts'
import { setAsideReasons } from './set-aside.ts'
import { roleRules, yearRules } from './structure/reasons.ts'
import type { Work } from './work.ts'

/**
 * The work in progress as kept in the browser, checked when read back: a store written by an older version of
 * the maker is migrated by its `version`, and anything unreadable (another program's data, a cut write) is
 * refused rather than trusted.
 */
const period = z.object({ year: z.int(), point: z.enum(['start', 'end']).optional() })

const figure = z.object({
  key: z.string(),
  decision: z.enum(['pending', 'accepted', 'rejected']),
  role: z.enum(['actual', 'target', 'profile', 'fact']),
  label: z.string(),
  labelEn: z.string(),
  indicator: z.string(),
  unit: z.union([z.enum(unitCodes), z.literal('')]),
  otherUnit: z.string().optional(),
  comparator: z.enum(comparatorCodes),
  value: z.number(),
  max: z.number().optional(),
  year: z.int().nullable(),
  point: z.enum(['start', 'end']).optional(),
  changeFrom: period.optional(),
  isEstimate: z.boolean().optional(),
  partOf: z.string().optional(),
  quote: z.string(),
  valueText: z.string(),
  unitText: z.string(),
  unitWords: z.string().optional(),
  why: z
    .object({
      role: z.object({ rule: z.enum(roleRules), words: z.string() }),
      year: z.object({ rule: z.enum(yearRules), words: z.string() }),
    })
    .optional(),
  partOfYear: z.string().optional(),
  at: z.int().optional(),
  sentenceStart: z.int().optional(),
  isCorrected: z.boolean().optional(),
  broughtBack: z.enum(setAsideReasons).optional(),
})

const report = z.object({
  title: z.string(),
  titleEn: z.string(),
  placeName: z.string(),
  placeNameEn: z.string(),
  placeKind: z.string(),
  placeKindEn: z.string(),
  province: z.string(),
  provinceEn: z.string(),
  publisherName: z.string(),
  publisherNameEn: z.string(),
  publisherUrl: z.string(),
  publisherQuote: z.string(),
  publishedDate: z.string(),
  publishedTime: z.string(),
  publishedQuote: z.string(),
  meetingDate: z.string(),
  meetingQuote: z.string(),
  author: z.string(),
  url: z.string(),
})

const workBody = {
  id: z.string(),
  sourceFile: z.string(),
  sourceText: z.string(),
  report,
  periods: z.object({
    actual: z.int().nullable(),
    target: z.int().nullable(),
    actualPart: z.string().optional(),
  }),
  scorecard: z
    .object({
      achieved: z.int(),
      total: z.int(),
      year: z.int().nullable(),
      quote: z.string(),
      valueText: z.string(),
      isEstimate: z.boolean().optional(),
      decision: z.enum(['pending', 'accepted', 'rejected']),
    })
    .nullable(),
  targetCount: figure.nullable(),
  figures: z.array(figure),
  indicators: z.record(
    z.string(),
    z.object({
      nameEn: z.string(),
      field: z.union([fieldSchema, z.literal('')]),
      better: z.union([z.enum(['higher', 'lower', 'neither']), z.literal('')]),
      isGrowthRate: z.boolean(),
      sameAs: z.string().optional(),
    }),
  ),
  revision: z
    .object({
      kept: z.int(),
      added: z.array(z.string()),
      gone: z.array(
        z.object({
          valueText: z.string(),
          quote: z.string(),
          decision: z.enum(['pending', 'accepted', 'rejected']),
        }),
      ),
    })
    .optional(),
  setAside: z.array(z.object({ reason: z.enum(setAsideReasons), figure })).optional(),
  drafted: z.object({ placeName: z.string(), placeKind: z.string(), province: z.string() }).optional(),
}

/** Version 1, the first maker's work: the same fields, no reasons, offsets or corrections. */
const workV1 = z.object({ version: z.literal(1), ...workBody })
const workV2 = z.object({ version: z.literal(2), ...workBody })

/** The stored work as this maker reads it, or null when it cannot be read. */
export function parseStoredWork(stored: unknown): Work | null {
  const current = workV2.safeParse(stored)
  if (current.success) return current.data satisfies Work
  const first = workV1.safeParse(stored)
  if (first.success) return { ...first.data, version: 2 } satisfies Work
  return null
}
