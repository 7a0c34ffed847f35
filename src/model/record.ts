import Papa from 'papaparse'
import type { Dataset } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'
import type { PlainMessageKey, Translate } from '../lib/messages.ts'
import { formatAmount, unitLabel } from '../dataset/format-amount.ts'
import type { ComparisonRow } from './chart-rows.ts'
import { formatShortAmount } from '../dataset/format-amount.ts'
import type { FollowedTarget } from './follow-targets.ts'
import { sourceLine } from './place-line.ts'
import { convertValue, type Verdict, type VerdictReason } from './verdict.ts'

/** A year's record: how many of the targets set for it were reached, missed, cannot be judged, or have no result. */
export type YearRecord = { year: number } & Record<Verdict | 'no-result', number>

export function yearRecords(followed: FollowedTarget[]): YearRecord[] {
  const years = [...new Set(followed.map((f) => f.year))].sort((a, b) => a - b)
  return years.map((year) => {
    const ofYear = followed.filter((f) => f.year === year)
    const count = (verdict: Verdict) => ofYear.filter((f) => f.computed?.verdict === verdict).length
    return {
      year,
      reached: count('reached'),
      missed: count('missed'),
      'cannot-say': count('cannot-say'),
      'no-result': ofYear.filter((f) => !f.computed).length,
    }
  })
}

/**
 * One indicator over the years as bars: each year's target, then its result, in the target's unit (a result
 * given in another scale of the same unit is converted; one that cannot be is left out).
 */
export function recordRows(followed: FollowedTarget[], language: Language, t: Translate): ComparisonRow[] {
  return [...followed]
    .sort((a, b) => a.year - b.year)
    .flatMap((f): ComparisonRow[] => {
      const target: ComparisonRow = {
        kind: 'target',
        period: t('targetLabel', { year: f.year }),
        value: f.target.value,
        label: formatAmount(f.target, language),
        shortLabel: formatShortAmount(f.target, language),
        figureId: f.target.id,
      }
      const value = f.actual && convertValue(f.actual.value, f.actual.unit, f.target.unit)
      if (!f.actual || value === null || value === undefined) return [target]
      const inTargetUnit = { ...f.actual, value, unit: f.target.unit }
      return [
        target,
        {
          kind: 'actual',
          period: t('actualLabel', { year: f.year }),
          value,
          label: formatAmount(f.actual, language),
          shortLabel: formatShortAmount(inTargetUnit, language),
          figureId: f.actual.id,
        },
      ]
    })
}

/** The unit a followed indicator is charted in: its first target's. */
export const recordUnit = (followed: FollowedTarget[], language: Language) =>
  followed[0] ? unitLabel(followed[0].target.unit, language) : ''

/**
 * The result as the report gives it, with its value in the target's unit where the two differ: "650.000 triệu
 * đồng (= 650 tỷ đồng)" beside a target of 700 tỷ đồng.
 */
export function resultText(f: FollowedTarget, language: Language, t: Translate): string {
  if (!f.actual) return ''
  const written = formatAmount(f.actual, language)
  if (f.actual.unit === f.target.unit) return written
  const value = convertValue(f.actual.value, f.actual.unit, f.target.unit)
  if (value === null) return written
  const max =
    f.actual.max === undefined ? undefined : convertValue(f.actual.max, f.actual.unit, f.target.unit)
  const converted = formatAmount(
    { ...f.actual, value, unit: f.target.unit, ...(max == null ? {} : { max }) },
    language,
  )
  return t('resultConverted', { actual: written, converted })
}

/** Why a verdict cannot be given, in words; for numbers that do not settle it, the two amounts side by side. */
export function reasonText(f: FollowedTarget, language: Language, t: Translate): string {
  const reason = f.computed?.reason
  if (!reason) return ''
  if (reason === 'overlap' && f.actual)
    return t('reasonOverlapDetail', {
      actual: formatAmount(f.actual, language),
      target: formatAmount(f.target, language),
    })
  return t(reasonKeys[reason])
}

export const reasonKeys = {
  units: 'reasonUnits',
  'imprecise-actual': 'reasonImpreciseActual',
  'imprecise-target': 'reasonImpreciseTarget',
  overlap: 'reasonOverlap',
} as const satisfies Record<VerdictReason, PlainMessageKey>

const sourceOf = (dataset: Dataset | undefined, language: Language) =>
  dataset ? `${dataset.report.title[language]} (${sourceLine(dataset.report, language)})` : ''

/**
 * Each other report that gives the same year's result with other numbers, in words: its amount, where it is
 * from, and the verdict by its number. The record follows the latest publication and says so.
 */
export function conflictTexts(f: FollowedTarget, language: Language, t: Translate): string[] {
  return f.conflicts.map((conflict) =>
    t('verdictConflict', {
      amount: formatAmount(conflict.actual, language),
      source: sourceOf(conflict.reportedIn, language),
      verdict: t(verdictKeys[conflict.computed.verdict]),
    }),
  )
}

/**
 * The record as CSV: per target, the verdict and both sources, the report that set it and the one that gives
 * its result, each with its sentence. A byte-order mark keeps Vietnamese in Excel.
 */
export function recordToCsv(followed: FollowedTarget[], language: Language, t: Translate): string {
  // In a spreadsheet an amount is text to search and copy: plain spaces, not the screen's no-break ones.
  const plain = (text: string) => text.replace(/\u00a0/gu, ' ')
  // The amounts as written, and the plain numbers, units and comparators a spreadsheet computes with.
  const rows = followed.map((f) => ({
    indicator: f.indicator.name[language],
    year: f.year,
    target: plain(formatAmount(f.target, language)),
    target_comparator: f.target.comparator,
    target_value: f.target.value,
    target_max: f.target.max ?? '',
    target_unit: f.target.unit,
    target_source: sourceOf(f.setIn, language),
    target_quote: f.target.quote,
    actual: plain(resultText(f, language, t)),
    actual_comparator: f.actual?.comparator ?? '',
    actual_value: f.actual?.value ?? '',
    actual_unit: f.actual?.unit ?? '',
    actual_source: sourceOf(f.reportedIn, language),
    actual_quote: f.actual?.quote ?? '',
    verdict: f.computed ? t(verdictKeys[f.computed.verdict]) : t('verdictNoResult'),
    reason: plain(reasonText(f, language, t)),
    report_says: f.statedWords ?? '',
    disputed: f.isDisputed ? t('verdictDisputedShort') : '',
    other_reports: plain(conflictTexts(f, language, t).join(' ')),
  }))
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true })}`
}

export const verdictKeys = {
  reached: 'verdictReached',
  missed: 'verdictMissed',
  'cannot-say': 'verdictCannotSay',
} as const satisfies Record<Verdict, PlainMessageKey>
