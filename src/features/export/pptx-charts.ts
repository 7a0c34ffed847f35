import {
  type ChartBar,
  type ChartMark,
  chartTypeScale,
  type DocumentPalette,
} from '../../model/slide-document/marks.ts'
import { escapeXml } from '../../lib/xml-text.ts'
import { hexOf } from './document-writing.ts'

const solid = (colour: string) => `<a:solidFill><a:srgbClr val="${hexOf(colour)}"/></a:solidFill>`

/** A bar's fill and outline, as the app draws it: solid, dashed for a target, hatched where lower is better. */
function barShape(style: ChartBar['style'], palette: DocumentPalette): string {
  switch (style) {
    case 'actual':
      return `<c:spPr>${solid(palette.actual)}</c:spPr>`
    case 'higher':
      return `<c:spPr>${solid(palette.target)}</c:spPr>`
    case 'neither':
      return `<c:spPr>${solid(palette.muted)}</c:spPr>`
    case 'target':
      return `<c:spPr>${solid(palette.target)}<a:ln w="28575">${solid(palette.fg)}<a:prstDash val="dash"/></a:ln></c:spPr>`
    case 'lower':
      return (
        `<c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${hexOf(palette.lower)}"/></a:fgClr>` +
        `<a:bgClr><a:srgbClr val="${hexOf(palette['lower-fill'])}"/></a:bgClr></a:pattFill>` +
        `<a:ln w="19050">${solid(palette.lower)}</a:ln></c:spPr>`
      )
  }
}

/**
 * A bar's label, written as the language writes the amount ("447,229"). A number format would be drawn in the
 * reader's system locale, where 447,229 can become "447.229": a thousand times too much in Vietnamese.
 */
function barLabel(index: number, bar: ChartBar, palette: DocumentPalette): string {
  return (
    `<c:dLbl><c:idx val="${index}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>` +
    `<a:rPr lang="vi-VN" sz="${chartTypeScale.label * 100}" b="1">${solid(palette.fg)}<a:latin typeface="Arial"/></a:rPr>` +
    `<a:t>${escapeXml(bar.label)}</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val="outEnd"/>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>'
  )
}

/** One chart part restyled: each bar's look and label, in the order pptxgenjs wrote its data points. */
export function styleChartXml(xml: string, chart: ChartMark, palette: DocumentPalette): string {
  let point = 0
  const styled = xml.replace(/<c:dPt>[\s\S]*?<\/c:dPt>/g, () => {
    const index = point++
    const bar = chart.bars[index]
    if (!bar) return ''
    return `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${barShape(bar.style, palette)}</c:dPt>`
  })
  const labels = chart.bars.map((bar, i) => barLabel(i, bar, palette)).join('')
  // The series' labels come first in its <c:dLbls>, before the settings they override.
  return styled.replace(/(<c:ser>[\s\S]*?<c:dLbls>)/, `$1${labels}`)
}

/** A chart written onto a slide (numbered from 1), in the order the slide's charts were added. */
export type PlacedChart = { slide: number; chart: ChartMark }

/** The written deck with its charts styled, each found through its slide's relationships. */
export async function styleCharts(pptx: ArrayBuffer, charts: PlacedChart[], palette: DocumentPalette) {
  if (charts.length === 0) return pptx
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(pptx)
  const partsOf = new Map<number, string[]>()
  for (const { slide, chart } of charts) {
    let parts = partsOf.get(slide)
    if (!parts) {
      const rels = (await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string')) ?? ''
      parts = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(
        (match) => `ppt/charts/${match[1]}`,
      )
      partsOf.set(slide, parts)
    }
    const path = parts.shift()
    const part = path ? zip.file(path) : null
    if (!path || !part) throw new Error(`slide ${slide} has no chart part for its chart`)
    zip.file(path, styleChartXml(await part.async('string'), chart, palette))
  }
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' })
}
