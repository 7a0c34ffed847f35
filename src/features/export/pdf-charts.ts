import type { jsPDF } from 'jspdf'
import {
  type Box,
  type ChartBar,
  type ChartMark,
  chartTypeScale,
  type DocumentPalette,
  type Tone,
} from '../../model/slide-document/marks.ts'
import { drawText } from './pdf-text.ts'

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

/** Actual against target, as columns over a value axis that names its unit. */
function drawColumns(pdf: jsPDF, chart: ChartMark, palette: DocumentPalette) {
  const left = chart.x + 64
  const right = chart.x + chart.w - 8
  const top = chart.y + 40
  const bottom = chart.y + chart.h - 34
  const end = chart.ticks.at(-1) ?? 1
  const at = (value: number) => bottom - ((bottom - top) * Math.min(value, end)) / end
  drawText(
    pdf,
    label(chart.axisTitle, { x: chart.x, y: chart.y, w: chart.w, h: 20 }, chartTypeScale.axis, 'muted'),
    palette,
  )
  chart.ticks.forEach((tick, i) => {
    pdf.setDrawColor(palette.grid).setLineWidth(1).line(left, at(tick), right, at(tick))
    const text = chart.tickLabels[i] ?? ''
    drawText(
      pdf,
      label(text, { x: chart.x, y: at(tick) - 9, w: 58, h: 18 }, chartTypeScale.axis, 'muted', {
        align: 'right',
      }),
      palette,
    )
  })
  const band = (right - left) / Math.max(1, chart.bars.length)
  chart.bars.forEach((bar, i) => {
    const width = Math.min(band * 0.5, 140)
    const x = left + band * (i + 0.5) - width / 2
    const barTop = Math.min(at(bar.value), bottom - 2)
    drawBar(pdf, bar, { x, y: barTop, w: width, h: bottom - barTop }, palette)
    drawText(
      pdf,
      label(bar.label, { x: x - 40, y: barTop - 26, w: width + 80, h: 24 }, chartTypeScale.label, 'fg', {
        isBold: true,
        align: 'center',
      }),
      palette,
    )
    drawText(
      pdf,
      label(bar.category, { x: left + band * i, y: bottom + 6, w: band, h: 24 }, chartTypeScale.name, 'fg', {
        align: 'center',
      }),
      palette,
    )
  })
  pdf.setDrawColor(palette.muted).setLineWidth(1.5).line(left, bottom, right, bottom)
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
