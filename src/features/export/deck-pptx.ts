import type PptxGenJS from 'pptxgenjs'
import type { Language } from '../../lib/language.ts'
import {
  type ChartMark,
  chartTypeScale,
  type DocumentPalette,
  type DocumentSlide,
  type Mark,
} from '../../model/slide-document/marks.ts'
import { fitText } from '../../model/slide-document/paint.ts'
import {
  checkpoint,
  type DocumentMeta,
  hexOf,
  newPresentation,
  type WritingControl,
} from './document-writing.ts'
import { type PlacedChart, styleCharts } from './pptx-charts.ts'

/**
 * Arial: PowerPoint has it on Windows and macOS with every Vietnamese letter, and LibreOffice on Linux shows it
 * as Liberation Sans, which has the same widths and letters. Be Vietnam Pro is on few office computers.
 */
export const pptxFont = 'Arial'

const inches = (points: number) => points / 72
const box = ({ x, y, w, h }: { x: number; y: number; w: number; h: number }) => ({
  x: inches(x),
  y: inches(y),
  w: inches(w),
  h: inches(h),
})

/**
 * The value axis's number format. PowerPoint draws a format's separators in the reader's system locale, where
 * "7.500" can become "7,500", a thousand times less in Vietnamese: thousands are grouped with the language's
 * own mark written as a literal (up to 999.999.999). Ticks with decimals ("0,1", "2,5") carry the language's
 * locale in the format ([$-42A] Vietnamese, [$-809] English), which LibreOffice follows; a client that keeps
 * the system's decimal mark writes "0.1", which with one or two decimals and no grouping cannot be read as a
 * thousand-fold amount.
 */
export function axisFormatCode(chart: ChartMark, language: Language): string {
  if (chart.direction === 'bar') return '0"%"'
  const decimals = Math.min(
    3,
    Math.max(...chart.ticks.map((tick) => /\.(\d+)/u.exec(String(tick))?.[1]?.length ?? 0)),
  )
  if (decimals > 0) return `[$-${language === 'vi' ? '42A' : '809'}]0.${'0'.repeat(decimals)}`
  const mark = language === 'vi' ? '.' : ','
  return `[>=1000000]#"${mark}"###"${mark}"##0;[>=1000]#"${mark}"##0;0`
}

/**
 * Where the native chart's value axis starts: at the lowest tick, so that a fall (−2,5%) hangs below zero as on
 * screen, and one step lower, where PowerPoint writes a fall's amount under its bar, above the bars' names.
 */
function axisMin({ ticks, bars }: ChartMark): number {
  const lowest = ticks[0] ?? 0
  const step = (ticks[1] ?? 1) - lowest
  return bars.some((bar) => bar.value < 0) ? lowest - step : lowest
}

function addChart(
  pptx: PptxGenJS,
  page: PptxGenJS.Slide,
  chart: ChartMark,
  palette: DocumentPalette,
  language: Language,
) {
  // PowerPoint draws a bar chart's first category at the bottom: reversed, the first row is on top.
  const bars = chart.direction === 'bar' ? [...chart.bars].reverse() : chart.bars
  const ticks = chart.ticks
  const axisFont = { fontFace: pptxFont, fontSize: chartTypeScale.axis, color: hexOf(palette.muted) }
  page.addChart(
    pptx.ChartType.bar,
    [
      {
        name: chart.axisTitle,
        labels: bars.map((bar) => bar.category),
        values: bars.map((bar) => bar.value),
      },
    ],
    {
      ...box(chart),
      barDir: chart.direction === 'column' ? 'col' : 'bar',
      barGapWidthPct: chart.direction === 'column' ? 80 : 40,
      // One colour per bar, so that each gets its own style (see styleCharts).
      chartColors: [...bars.map(() => hexOf(palette.actual)), hexOf(palette.actual)],
      showLegend: false,
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelFontFace: pptxFont,
      dataLabelFontSize: chartTypeScale.label,
      dataLabelFontBold: true,
      dataLabelColor: hexOf(palette.fg),
      valAxisMinVal: axisMin(chart),
      valAxisMaxVal: ticks.at(-1) ?? 1,
      valAxisMajorUnit: (ticks[1] ?? 1) - (ticks[0] ?? 0),
      valAxisLabelFormatCode: axisFormatCode(chart, language),
      valAxisLabelFontFace: axisFont.fontFace,
      valAxisLabelFontSize: axisFont.fontSize,
      valAxisLabelColor: axisFont.color,
      valGridLine: { color: hexOf(palette.grid), size: 1 },
      catGridLine: { style: 'none' },
      showValAxisTitle: true,
      valAxisTitle: chart.axisTitle,
      valAxisTitleFontFace: pptxFont,
      valAxisTitleFontSize: chartTypeScale.axis,
      valAxisTitleColor: axisFont.color,
      catAxisLabelFontFace: pptxFont,
      catAxisLabelFontSize: chartTypeScale.name,
      catAxisLabelColor: hexOf(palette.fg),
      lang: language === 'vi' ? 'vi-VN' : 'en-GB',
    },
  )
  return bars
}

function addMark(pptx: PptxGenJS, page: PptxGenJS.Slide, mark: Mark, palette: DocumentPalette, lang: string) {
  if (mark.kind === 'text') {
    page.addText(mark.text, {
      ...box(mark),
      fontFace: pptxFont,
      fontSize: fitText(mark).size,
      bold: mark.isBold ?? false,
      color: hexOf(palette[mark.tone]),
      align: mark.align ?? 'left',
      valign: mark.valign ?? 'top',
      margin: 0,
      fit: 'shrink',
      lang,
    })
  } else if (mark.kind === 'rect') {
    const fill = hexOf(palette[mark.isHatched ? 'lower-fill' : mark.tone])
    const line = mark.isHatched ? { color: hexOf(palette[mark.tone]), width: 1.5 } : { type: 'none' as const }
    page.addShape(pptx.ShapeType.rect, { ...box(mark), fill: { color: fill }, line })
  } else if (mark.kind === 'dot') {
    const colour = hexOf(palette[mark.tone])
    page.addShape(pptx.ShapeType.ellipse, {
      ...box(mark),
      fill: { color: mark.isFilled ? colour : 'FFFFFF' },
      line: { color: colour, width: 2.5 },
    })
  }
}

/**
 * The deck as a PowerPoint anyone can edit: text boxes, native charts whose numbers are the dataset's, the
 * quotes as presenter notes, and the document's title, author and subject.
 */
export async function slidesToPptx(
  slides: DocumentSlide[],
  meta: DocumentMeta,
  palette: DocumentPalette,
  control: WritingControl = {},
): Promise<Blob> {
  const pptx = await newPresentation(meta)
  pptx.theme = { headFontFace: pptxFont, bodyFontFace: pptxFont }
  const lang = meta.language === 'vi' ? 'vi-VN' : 'en-GB'
  const charts: PlacedChart[] = []
  for (const [i, slide] of slides.entries()) {
    const page = pptx.addSlide()
    for (const mark of slide.marks) {
      if (mark.kind === 'chart')
        charts.push({
          slide: i + 1,
          chart: { ...mark, bars: addChart(pptx, page, mark, palette, meta.language) },
        })
      else addMark(pptx, page, mark, palette, lang)
    }
    if (slide.notes) page.addNotes(slide.notes)
    await checkpoint(control, i + 1, slides.length)
  }
  const written = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer
  const styled = await styleCharts(written, charts, palette)
  return new Blob([styled], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  })
}
