import Papa from 'papaparse'
import type { Dataset, Figure, Period } from '../dataset/schema.ts'
import { bilingual } from '../lib/messages.ts'

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
  'period',
  'change_from',
  'quote',
] as const

const period = (p: Period | undefined) => (p ? `${p.year}${p.point ? `-${p.point}` : ''}` : '')

/**
 * How numbers and fields are written. `portable`: "." decimals, "," between fields, what any program reads.
 * `excel-vi`: "," decimals and ";" between fields, what Excel expects on a computer set to Vietnamese.
 */
export type CsvDialect = 'portable' | 'excel-vi'

const plainVietnamese = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20, useGrouping: false })

/** One row per figure, with a UTF-8 byte-order mark so Excel shows Vietnamese. */
export function figuresToCsv(figures: Figure[], dialect: CsvDialect = 'portable'): string {
  const number = (value: number | undefined) =>
    value === undefined ? '' : dialect === 'excel-vi' ? plainVietnamese.format(value) : value
  const rows = figures.map((f) => ({
    id: f.id,
    role: f.role,
    indicator: f.indicatorId ?? '',
    label_vi: f.label.vi,
    label_en: f.label.en,
    comparator: f.comparator,
    estimate: f.isEstimate ? 'true' : '',
    value: number(f.value),
    max: number(f.max),
    unit: f.unit,
    period: period(f.period),
    change_from: period(f.changeFrom),
    quote: f.quote,
  }))
  const delimiter = dialect === 'excel-vi' ? ';' : ','
  return (
    byteOrderMark +
    Papa.unparse(
      { fields: [...csvColumns], data: rows },
      { newline: '\r\n', escapeFormulae: true, delimiter },
    )
  )
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
