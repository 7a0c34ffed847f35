import type { jsPDF } from 'jspdf'
import { type DocumentPalette, type DocumentSlide, page } from '../../model/slide-document/marks.ts'
import { type Paint, paintSlide } from '../../model/slide-document/paint.ts'
import { checkpoint, type DocumentMeta, newPdf, type WritingControl } from './document-writing.ts'
import { addPdfFonts, pdfFont } from './pdf-fonts.ts'
import { printable } from './pdf-text.ts'

/** One painted piece of a slide, as the screen draws it too (model/slide-document/paint.ts). */
function draw(pdf: jsPDF, paint: Paint, palette: DocumentPalette) {
  switch (paint.kind) {
    case 'text':
      pdf
        .setFont(pdfFont, paint.isBold ? 'bold' : 'normal')
        .setFontSize(paint.size)
        .setTextColor(palette[paint.tone])
      pdf.text(printable(pdf, paint.text), paint.x, paint.baseline, {
        baseline: 'alphabetic',
        align: paint.align,
      })
      return
    case 'box': {
      if (paint.fill) pdf.setFillColor(palette[paint.fill])
      if (paint.stroke) {
        pdf.setDrawColor(palette[paint.stroke]).setLineWidth(paint.lineWidth ?? 1)
        if (paint.dash) pdf.setLineDashPattern([...paint.dash], 0)
      }
      pdf.rect(paint.x, paint.y, paint.w, paint.h, paint.fill && paint.stroke ? 'FD' : paint.fill ? 'F' : 'S')
      if (paint.dash) pdf.setLineDashPattern([], 0)
      return
    }
    case 'line':
      pdf
        .setDrawColor(palette[paint.tone])
        .setLineWidth(paint.width)
        .line(paint.x1, paint.y1, paint.x2, paint.y2)
      return
    case 'circle':
      pdf
        .setLineWidth(paint.width)
        .setDrawColor(palette[paint.stroke])
        .setFillColor(palette[paint.fill])
        .circle(paint.cx, paint.cy, paint.r, 'FD')
      return
  }
}

/**
 * The deck as a PDF whose text can be searched and copied: Be Vietnam Pro embedded as a subset, charts drawn
 * as vector shapes, one 960 × 540 pt page per slide.
 */
export async function slidesToPdf(
  slides: DocumentSlide[],
  meta: DocumentMeta,
  palette: DocumentPalette,
  control: WritingControl = {},
): Promise<Blob> {
  const { pdf, addPage } = await newPdf(meta, page.width, page.height, 'pt')
  await addPdfFonts(pdf)
  for (const [i, slide] of slides.entries()) {
    if (i > 0) addPage()
    for (const paint of paintSlide(slide)) draw(pdf, paint, palette)
    await checkpoint(control, i + 1, slides.length)
  }
  return pdf.output('blob')
}
