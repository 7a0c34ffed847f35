import type { PercentTargetRow } from '../../model/chart-rows.ts'
import { chartTokens, type ViewSize } from '../views/view-size.ts'
import { balanceWords } from '../../model/chart-layout.ts'

/** Below this width the names go above their bars, so the bars keep most of a phone's width. */
export const namesAboveBelow = 560

export type PercentChartLayout = {
  height: number
  /** The name axis's width; 0 when the names are drawn above the bars. */
  nameWidth: number
  barSize: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** The height of the 0–100% axis under the bars. */
  axis: number
  /** The width a name wraps to. */
  lineWidth: number
}

const base = {
  screen: { nameWidth: 190, barSize: 18, row: 44, right: 72, axis: 30 },
  export: { nameWidth: 280, barSize: 22, row: 52, right: 90, axis: 36 },
} as const satisfies Record<ViewSize, object>

/** The measures of the percent-target chart for a size and width. */
export function percentChartLayout(rows: PercentTargetRow[], size: ViewSize, width: number) {
  const { fontSize } = chartTokens[size]
  const lineHeight = Math.round(fontSize * 1.2)
  const sizing = base[size]
  if (size === 'screen' && width < namesAboveBelow) {
    const margin = { top: 0, right: sizing.right, bottom: 4, left: 16 }
    // A name wraps over the bars' width, between the margins, as `layoutBars` draws it (a wider guess left a name of two
    // lines in a band sized for one, its first line over the chart's top).
    const lineWidth = width - margin.left - margin.right
    const lines = Math.max(1, ...rows.map((row) => balanceWords(row.name, lineWidth, fontSize).length))
    // The bar sits in the middle of its band, the name above it: the band is symmetric around the bar.
    const row = sizing.barSize + 2 * (lines * lineHeight + 6)
    return {
      height: rows.length * row + sizing.axis + margin.bottom,
      nameWidth: 0,
      barSize: sizing.barSize,
      margin,
      axis: sizing.axis,
      lineWidth,
    } satisfies PercentChartLayout
  }
  // A wide screen gives the names more room, up to 320 px, so that they wrap less.
  const nameWidth =
    size === 'screen' ? Math.round(Math.min(320, Math.max(sizing.nameWidth, width * 0.28))) : sizing.nameWidth
  return {
    height: rows.length * sizing.row + sizing.axis + 8,
    nameWidth,
    barSize: sizing.barSize,
    margin: { top: 4, right: sizing.right, bottom: 4, left: 4 },
    axis: sizing.axis,
    lineWidth: nameWidth - 6,
  } satisfies PercentChartLayout
}
