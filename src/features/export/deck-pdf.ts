import type { jsPDF } from 'jspdf'
import {
  type DocumentPalette,
  type DocumentSlide,
  type Mark,
  page,
} from '../../model/slide-document/marks.ts'
import { checkpoint, type DocumentMeta, type WritingControl } from './document-writing.ts'
import { drawChart, drawHatch } from './pdf-charts.ts'
import { addPdfFonts } from './pdf-fonts.ts'
import { drawText } from './pdf-text.ts'

function drawMark(pdf: jsPDF, mark: Mark, palette: DocumentPalette) {
  switch (mark.kind) {
    case 'text':
      return drawText(pdf, mark, palette)
    case 'rect':
      if (mark.isHatched) return drawHatch(pdf, mark, palette)
      pdf.setFillColor(palette[mark.tone]).rect(mark.x, mark.y, mark.w, mark.h, 'F')
      return
    case 'dot': {
      const r = mark.w / 2
      pdf
        .setLineWidth(2.5)
        .setDrawColor(palette[mark.tone])
        .setFillColor(mark.isFilled ? palette[mark.tone] : '#ffffff')
      pdf.circle(mark.x + r, mark.y + r, r - 1.25, 'FD')
      return
    }
    case 'chart':
      return drawChart(pdf, mark, palette)
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
  const { jsPDF } = await import('jspdf')
  const pdf = new jsPDF({
    orientation: 'landscape',
    unit: 'pt',
    format: [page.width, page.height],
    compress: true,
  })
  await addPdfFonts(pdf)
  pdf.setDocumentProperties({
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    creator: 'Bảng chỉ số',
  })
  pdf.setLanguage(meta.language === 'vi' ? 'vi' : 'en-GB')
  for (const [i, slide] of slides.entries()) {
    if (i > 0) pdf.addPage([page.width, page.height], 'landscape')
    for (const mark of slide.marks) drawMark(pdf, mark, palette)
    await checkpoint(control, i + 1, slides.length)
  }
  return pdf.output('blob')
}
