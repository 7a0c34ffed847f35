import type { jsPDF } from 'jspdf'
import {
  type Box,
  type ChartBar,
  type ChartMark,
  chartTypeScale,
  type DocumentPalette,
  type Tone,
} from '../../model/slide-document/marks.ts'
import { type BarSpec, type ColumnSpec, layoutBars, layoutColumns } from '../../model/chart-layout.ts'
import { drawLine } from './pdf-text.ts'

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
  const spec: BarSpec = {
    margin: { top: 0, right: 90, bottom: 0, left: 0 },
    nameWidth: Math.min(chart.w * 0.4, 320),
    nameGap: 12,
    maxBar: 26,
    barShare: 0.6,
    axisHeight: 22,
    nameSize: chartTypeScale.name,
    tickSize: chartTypeScale.axis,
    labelGap: 6,
  }
  const layout = layoutBars(
    chart.bars.map((bar) => ({ value: bar.value, name: bar.category })),
    { values: chart.ticks, labels: chart.tickLabels },
    { width: chart.w, height: chart.h },
    spec,
  )
  const at = (x: number) => chart.x + x
  const down = (y: number) => chart.y + y
  const { plot } = layout
  for (const tick of layout.ticks) {
    pdf
      .setDrawColor(palette.grid)
      .setLineWidth(1)
      .line(at(tick.x), down(plot.top), at(tick.x), down(plot.bottom))
    drawLine(
      pdf,
      tick.label,
      { x: at(tick.x), baseline: down(layout.tickBaseline), size: chartTypeScale.axis, tone: 'muted' },
      palette,
      { align: 'center' },
    )
  }
  chart.bars.forEach((bar, i) => {
    const placed = layout.bars[i]
    if (!placed) return
    placed.nameLines.forEach((line, n) =>
      drawLine(
        pdf,
        line,
        {
          x: at(placed.nameX),
          baseline: down(placed.nameBaseline + n * layout.lineHeight),
          size: chartTypeScale.name,
          tone: 'fg',
        },
        palette,
        { align: placed.nameAnchor === 'end' ? 'right' : 'left' },
      ),
    )
    drawBar(pdf, bar, { x: at(placed.x), y: down(placed.y), w: placed.w, h: placed.h }, palette)
    drawLine(
      pdf,
      bar.label,
      {
        x: at(placed.labelX),
        baseline: down(placed.centre) + chartTypeScale.label * 0.35,
        size: chartTypeScale.label,
        tone: 'fg',
      },
      palette,
      { isBold: true },
    )
  })
  pdf
    .setDrawColor(palette.muted)
    .setLineWidth(1.5)
    .line(at(plot.left), down(plot.top), at(plot.left), down(plot.bottom))
}

/** A chart as vector shapes, its labels as text, as the app draws it. */
export function drawChart(pdf: jsPDF, chart: ChartMark, palette: DocumentPalette) {
  if (chart.direction === 'column') drawColumns(pdf, chart, palette)
  else drawBars(pdf, chart, palette)
}
