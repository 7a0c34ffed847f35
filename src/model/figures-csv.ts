import Papa from 'papaparse'
import type { Dataset, Figure, Period } from '../dataset/schema.ts'
import { comparatorWords, unitLabel } from '../dataset/format-amount.ts'
import type { Language } from '../lib/language.ts'
import type { PlainMessageKey, Translate } from '../lib/messages.ts'
import { bilingual } from '../lib/messages/both-languages.ts'

const byteOrderMark = '\uFEFF'

export const csvColumns = [
  'id',
  'role',
  'indicator',
  'label_vi',
  'label_en',
  'comparator',
  'estimate',
  'value',
  'max',
  'unit',
  'unit_label',
  'period',
  'change_from',
  'quote',
  'report',
  'source',
  'exported_on',
] as const
type Column = (typeof csvColumns)[number]

/** The headers a person reads in a spreadsheet, in the order of `csvColumns`. */
const columnKeys = {
  id: 'csvId',
  role: 'csvRole',
  indicator: 'csvIndicator',
  label_vi: 'csvLabelVi',
  label_en: 'csvLabelEn',
  comparator: 'csvComparator',
  estimate: 'csvEstimate',
  value: 'csvValue',
  max: 'csvMax',
  unit: 'csvUnit',
  unit_label: 'csvUnitLabel',
  period: 'csvPeriod',
  change_from: 'csvChangeFrom',
  quote: 'csvQuote',
  report: 'csvReport',
  source: 'csvSource',
  exported_on: 'csvExportedOn',
} as const satisfies Record<Column, PlainMessageKey>

const roleKeys = {
  actual: 'csvRoleActual',
  target: 'csvRoleTarget',
  profile: 'csvRoleProfile',
  fact: 'csvRoleFact',
} as const satisfies Record<Figure['role'], PlainMessageKey>

const period = (p: Period | undefined) => (p ? `${p.year}${p.point ? `-${p.point}` : ''}` : '')

/**
 * How numbers and fields are written. `portable`: "." decimals, "," between fields, column names and codes as
 * the dataset has them, what any program reads. `excel-vi`: "," decimals and ";" between fields, what Excel
 * expects on a computer set to Vietnamese, with headers, roles, comparators and units in the reader's words.
 */
export type CsvDialect = 'portable' | 'excel-vi'

/** What the file is from, written on every row so that a row copied elsewhere still says it. */
export type CsvAbout = {
  report: string
  source: string
  exportedOn: string
  language: Language
  t: Translate
}

const plainVietnamese = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20, useGrouping: false })

/** One row per figure, with a UTF-8 byte-order mark so Excel shows Vietnamese. */
export function figuresToCsv(figures: Figure[], dialect: CsvDialect, about: CsvAbout): string {
  const { language, t } = about
  const forPeople = dialect === 'excel-vi'
  const number = (value: number | undefined) =>
    value === undefined ? '' : forPeople ? plainVietnamese.format(value) : value
  const rows = figures.map((f): Record<Column, string | number> => ({
    id: f.id,
    role: forPeople ? t(roleKeys[f.role]) : f.role,
    indicator: f.indicatorId ?? '',
    label_vi: f.label.vi,
    label_en: f.label.en,
    comparator: forPeople ? comparatorWords(f.comparator, language) : f.comparator,
    estimate: f.isEstimate ? (forPeople ? t('csvYes') : 'true') : '',
    value: number(f.value),
    max: number(f.max),
    unit: forPeople ? unitLabel(f.unit, language) : f.unit,
    unit_label: f.unit === 'other' && f.otherUnit ? f.otherUnit : unitLabel(f.unit, language),
    period: period(f.period),
    change_from: period(f.changeFrom),
    quote: f.quote,
    report: about.report,
    source: about.source,
    exported_on: about.exportedOn,
  }))
  const fields = forPeople ? csvColumns.map((column) => t(columnKeys[column])) : [...csvColumns]
  const data = rows.map((row) => csvColumns.map((column) => row[column]))
  const delimiter = forPeople ? ';' : ','
  return byteOrderMark + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true, delimiter })
}

/** Every figure of the dataset, the scorecard and the target count included. */
export function allFigures(dataset: Dataset): Figure[] {
  const scorecard: Figure[] = dataset.scorecard
    ? [
        {
          id: 'scorecard-achieved',
          role: 'actual',
          label: bilingual('figureScorecardAchieved'),
          unit: 'indicator',
          comparator: 'exact',
          value: dataset.scorecard.achieved,
          period: dataset.scorecard.period,
          quote: dataset.scorecard.quote,
          valueText: dataset.scorecard.valueText,
        },
        {
          id: 'scorecard-total',
          role: 'actual',
          label: bilingual('figureScorecardTotal'),
          unit: 'indicator',
          comparator: 'exact',
          value: dataset.scorecard.total,
          period: dataset.scorecard.period,
          quote: dataset.scorecard.quote,
          valueText: dataset.scorecard.valueText,
        },
      ]
    : []
  return [...scorecard, ...(dataset.targetCount ? [dataset.targetCount] : []), ...dataset.figures]
}
