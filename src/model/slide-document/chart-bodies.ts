import type { Comparison } from '../../dataset/derive.ts'
import type { Figure } from '../../dataset/schema.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import {
  axisFormats,
  changeLabel,
  comparisonRows,
  comparisonSummary,
  percentChartSummary,
  percentTargetRows,
  percentTicks,
} from '../chart-rows.ts'
import { axisTicks } from '../chart-layout.ts'
import { textWidth } from '../measure-text.ts'
import type { DocumentContext } from './context.ts'
import { bodyArea as area, inBody as at } from './frame.ts'
import { type Mark, typeScale } from './marks.ts'

/** The actual against its target as columns, with the change the target asks for and the sentence. */
export function comparisonMarks(comparison: Comparison, { language, t }: DocumentContext): Mark[] {
  const rows = comparisonRows(comparison, language, t)
  const ticks = axisTicks(
    rows.map((row) => row.value),
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
  const higher = t('legendHigher')
  const higherWidth = textWidth(higher, typeScale.small) + 40
  const lower = t('legendLower')
  const lowerWidth = textWidth(lower, typeScale.small) + 40
  // A share with no better way, where one is drawn: its own swatch, after the other two.
  const neither = rows.some((row) => row.hasNoBetter)
    ? ([
        { kind: 'rect', ...at(36 + higherWidth + lowerWidth, 50, 12, 12), tone: 'muted' },
        {
          kind: 'text',
          ...at(54 + higherWidth + lowerWidth, 46, area.w / 3, 20),
          text: t('legendNeither'),
          size: typeScale.small,
          tone: 'muted',
        },
      ] satisfies Mark[])
    : []
  return [
    {
      kind: 'text',
      ...at(0, 0, area.w, 44),
      text: percentChartSummary(rows, t),
      size: typeScale.body,
      tone: 'fg',
    },
    { kind: 'rect', ...at(0, 50, 12, 12), tone: 'target' },
    { kind: 'text', ...at(18, 46, higherWidth, 20), text: higher, size: typeScale.small, tone: 'muted' },
    { kind: 'rect', ...at(18 + higherWidth, 50, 12, 12), tone: 'lower', isHatched: true },
    {
      kind: 'text',
      ...at(36 + higherWidth, 46, area.w / 2, 20),
      text: lower,
      size: typeScale.small,
      tone: 'muted',
    },
    ...neither,
    {
      kind: 'chart',
      ...at(0, 70, area.w, area.h - 70),
      direction: 'bar',
      axisTitle: '%',
      ticks: percentTicks,
      tickLabels: percentTicks.map(format),
      bars: rows.map((row) => ({
        category: row.name,
        value: row.value,
        label: row.label,
        style: row.isLowerBetter ? 'lower' : row.hasNoBetter ? 'neither' : 'higher',
      })),
    },
  ]
}
