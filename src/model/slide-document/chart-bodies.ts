import type { Comparison } from '../../dataset/derive.ts'
import type { Figure } from '../../dataset/schema.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import {
  axisFormats,
  changeLabel,
  comparisonRows,
  comparisonSummary,
  percentChartSummary,
  percentKinds,
  percentTargetRows,
  percentTicks,
} from '../chart-rows.ts'
import { axisTicks } from '../chart-layout.ts'
import { textWidth } from '../measure-text.ts'
import type { DocumentContext } from './context.ts'
import { bodyArea as area, inBody as at } from './frame.ts'
import { type Mark, type Tone, typeScale } from './marks.ts'

/** The actual against its target as columns, with the change the target asks for and the sentence. */
export function comparisonMarks(comparison: Comparison, { language, t }: DocumentContext): Mark[] {
  const rows = comparisonRows(comparison, language, t)
  const ticks = axisTicks(
    rows.flatMap((row) => (row.max === undefined ? [row.value] : [row.value, row.max])),
    axisFormats(language).compact,
  )
  const isBelow = comparison.change.isTargetBelowActual
  return [
    {
      kind: 'chart',
      ...at(0, 0, 500, area.h),
      direction: 'column',
      axisTitle: unitLabel(comparison.target.unit, language),
      ticks: ticks.values,
      tickLabels: ticks.labels,
      bars: rows.map((row) => ({
        category: row.period,
        value: row.value,
        max: row.max,
        label: row.shortLabel,
        style: row.kind,
      })),
    },
    { kind: 'rect', ...at(540, 60, 5, 110), tone: isBelow ? 'muted' : 'target' },
    {
      kind: 'text',
      ...at(560, 60, area.w - 560, 110),
      text: changeLabel(comparison, language, t),
      size: typeScale.quote,
      tone: 'fg',
      isBold: true,
      valign: 'middle',
    },
    {
      kind: 'text',
      ...at(540, 190, area.w - 540, 150),
      text: comparisonSummary(comparison, language, t),
      size: typeScale.body,
      tone: 'fg',
    },
  ]
}

/** The percent targets as bars on the whole 0–100 % axis, lower-is-better ones hatched and last. */
export function percentMarks(targets: Figure[], { dataset, language, t }: DocumentContext): Mark[] {
  const rows = percentTargetRows(dataset, language, targets)
  const format = axisFormats(language).percent(100)
  // The kinds of bar drawn, each with its swatch, one after the other.
  const kinds = percentKinds(rows)
  const swatches = [
    kinds.higher ? { tone: 'target', text: t('legendHigher') } : undefined,
    kinds.lower ? { tone: 'lower', text: t('legendLower'), isHatched: true } : undefined,
    kinds.neither ? { tone: 'muted', text: t('legendNeither') } : undefined,
  ].filter((swatch): swatch is { tone: Tone; text: string; isHatched?: boolean } => swatch !== undefined)
  let left = 0
  const legend = swatches.flatMap((swatch): Mark[] => {
    const width = textWidth(swatch.text, typeScale.small) + 40
    const x = left
    left += width
    return [
      {
        kind: 'rect',
        ...at(x, 50, 12, 12),
        tone: swatch.tone,
        ...(swatch.isHatched ? { isHatched: true } : {}),
      },
      { kind: 'text', ...at(x + 18, 46, width, 20), text: swatch.text, size: typeScale.small, tone: 'muted' },
    ]
  })
  return [
    {
      kind: 'text',
      ...at(0, 0, area.w, 44),
      text: percentChartSummary(rows, t),
      size: typeScale.body,
      tone: 'fg',
    },
    ...legend,
    {
      kind: 'chart',
      // A line's room under the legend: a first name of two lines, centred on its bar, reaches above the bars' top.
      ...at(0, 88, area.w, area.h - 88),
      direction: 'bar',
      axisTitle: '%',
      ticks: percentTicks,
      tickLabels: percentTicks.map(format),
      bars: rows.map((row) => ({
        category: row.name,
        value: row.value,
        max: row.max,
        label: row.label,
        style: row.isLowerBetter ? 'lower' : row.hasNoBetter ? 'neither' : 'higher',
      })),
    },
  ]
}
