import type { jsPDF } from 'jspdf'
import {
  type Box,
  type ChartBar,
  type ChartMark,
  chartTypeScale,
  type DocumentPalette,
  type Tone,
} from '../../model/slide-document/marks.ts'
import { type ColumnSpec, layoutColumns } from '../../model/chart-layout.ts'
import { drawLine, drawText } from './pdf-text.ts'

/** Diagonal hatching over the light fill, clipped to the box by arithmetic: the lower-is-better look. */
export function drawHatch(pdf: jsPDF, { x, y, w, h }: Box, palette: DocumentPalette, tone: Tone = 'lower') {
  pdf.setFillColor(palette['lower-fill']).rect(x, y, w, h, 'F')
  pdf.setDrawColor(palette[tone]).setLineWidth(2)
  // Lines x − y = c, 6 pt apart, each cut to the box.
  for (let c = -h; c < w; c += 6) {
    const x1 = x + Math.max(c, 0)
    const y1 = y + Math.max(-c, 0)
    const run = Math.min(w - Math.max(c, 0), h - Math.max(-c, 0))
    if (run > 0) pdf.line(x1, y1 + run, x1 + run, y1)
  }
  pdf.setLineWidth(1).rect(x, y, w, h, 'S')
}

function drawBar(pdf: jsPDF, bar: ChartBar, box: Box, palette: DocumentPalette) {
  if (bar.style === 'lower') return drawHatch(pdf, box, palette)
  pdf
    .setFillColor(palette[bar.style === 'actual' ? 'actual' : 'target'])
    .rect(box.x, box.y, box.w, box.h, 'F')
  if (bar.style === 'target') {
    pdf.setDrawColor(palette.fg).setLineWidth(2).setLineDashPattern([6, 4], 0)
    pdf.rect(box.x, box.y, box.w, box.h, 'S')
    pdf.setLineDashPattern([], 0)
  }
}

const label = (
  text: string,
  box: Box,
  size: number,
  tone: Tone,
  options: {
    align?: 'left' | 'center' | 'right'
    isBold?: boolean
    valign?: 'top' | 'middle' | 'bottom'
  } = {},
) => ({ kind: 'text', ...box, text, size, tone, ...options }) as const

/** The PDF's look of a column chart, in points; the layout is the screen's (model/chart-layout.ts). */
const columnSpec: ColumnSpec = {
  margin: { top: 40, right: 8, bottom: 0, left: 0 },
  axisWidth: 56,
  maxBar: 140,
  barShare: 0.5,
  nameHeight: 34,
  tickSize: chartTypeScale.axis,
  labelSize: chartTypeScale.label,
  labelGap: 8,
}

/** Actual against target, as columns over a value axis that names its unit, from zero up or down. */
function drawColumns(pdf: jsPDF, chart: ChartMark, palette: DocumentPalette) {
  const layout = layoutColumns(
    chart.bars.map((bar) => bar.value),
    { values: chart.ticks, labels: chart.tickLabels },
    { width: chart.w, height: chart.h },
    columnSpec,
  )
  const at = (x: number) => chart.x + x
  const down = (y: number) => chart.y + y
  const { plot } = layout
  drawLine(
    pdf,
    chart.axisTitle,
    { x: chart.x, baseline: chart.y + chartTypeScale.axis, size: chartTypeScale.axis, tone: 'muted' },
    palette,
  )
  for (const tick of layout.ticks) {
    pdf
      .setDrawColor(palette.grid)
      .setLineWidth(1)
      .line(at(plot.left), down(tick.y), at(plot.right), down(tick.y))
    drawLine(
      pdf,
      tick.label,
      {
        x: at(layout.tickRight),
        baseline: down(tick.y) + chartTypeScale.axis * 0.35,
        size: chartTypeScale.axis,
        tone: 'muted',
      },
      palette,
      { align: 'right' },
    )
  }
  chart.bars.forEach((bar, i) => {
    const column = layout.columns[i]
    if (!column) return
    drawBar(pdf, bar, { x: at(column.x), y: down(column.y), w: column.w, h: column.h }, palette)
    drawLine(
      pdf,
      bar.label,
      { x: at(column.centre), baseline: down(column.labelBaseline), size: chartTypeScale.label, tone: 'fg' },
      palette,
      { align: 'center', isBold: true },
    )
    drawLine(
      pdf,
      bar.category,
      {
        x: at(column.centre),
        baseline: down(layout.nameBaseline) + 4,
        size: chartTypeScale.name,
        tone: 'fg',
      },
      palette,
      { align: 'center' },
    )
  })
  pdf.setDrawColor(palette.muted).setLineWidth(1.5)
  pdf.line(at(plot.left), down(plot.top), at(plot.left), down(plot.bottom))
  pdf.line(at(plot.left), down(layout.zero), at(plot.right), down(layout.zero))
}

/** The percent targets as bars on the whole 0–100 % axis, names on the left, amounts at the bars' ends. */
function drawBars(pdf: jsPDF, chart: ChartMark, palette: DocumentPalette) {
  const nameWidth = Math.min(chart.w * 0.4, 320)
  const left = chart.x + nameWidth + 12
  const right = chart.x + chart.w - 90
  const top = chart.y
  const bottom = chart.y + chart.h - 22
  const at = (value: number) => left + ((right - left) * Math.min(Math.max(value, 0), 100)) / 100
  chart.ticks.forEach((tick, i) => {
    pdf.setDrawColor(palette.grid).setLineWidth(1).line(at(tick), top, at(tick), bottom)
    const text = chart.tickLabels[i] ?? ''
    drawText(
      pdf,
      label(text, { x: at(tick) - 30, y: bottom + 4, w: 60, h: 18 }, chartTypeScale.axis, 'muted', {
        align: 'center',
      }),
      palette,
    )
  })
  const band = (bottom - top) / Math.max(1, chart.bars.length)
  chart.bars.forEach((bar, i) => {
    const height = Math.min(band * 0.6, 26)
    const y = top + band * (i + 0.5) - height / 2
    const end = Math.max(at(bar.value), left + 2)
    drawText(
      pdf,
      label(
        bar.category,
        { x: chart.x, y: top + band * i, w: nameWidth, h: band },
        chartTypeScale.name,
        'fg',
        {
          align: 'right',
          valign: 'middle',
        },
      ),
      palette,
    )
    drawBar(pdf, bar, { x: left, y, w: end - left, h: height }, palette)
    drawText(
      pdf,
      label(bar.label, { x: end + 6, y: y - 4, w: 84, h: height + 8 }, chartTypeScale.label, 'fg', {
        isBold: true,
        valign: 'middle',
      }),
      palette,
    )
  })
  pdf.setDrawColor(palette.muted).setLineWidth(1.5).line(left, top, left, bottom)
}

/** A chart as vector shapes, its labels as text, as the app draws it. */
export function drawChart(pdf: jsPDF, chart: ChartMark, palette: DocumentPalette) {
  if (chart.direction === 'column') drawColumns(pdf, chart, palette)
  else drawBars(pdf, chart, palette)
}
