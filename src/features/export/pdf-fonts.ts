import type { jsPDF } from 'jspdf'

/** The PDF's font family: Be Vietnam Pro, the app's own, embedded as a subset of the letters used. */
export const pdfFont = 'BeVietnamPro'

/**
 * The TrueType files, as base64 in lazily loaded modules (no request of their own, so the export works offline
 * and in the single file under its CSP); about 75 kB each, gzipped. Semibold stands for bold, as on screen.
 * Two faces, not three: the plan's quotes, italic on screen, are upright in the PDF, inside their quotation
 * marks, rather than every first visit fetching a third face for them.
 */
const faces = {
  normal: () => import('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?inline'),
  bold: () => import('@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf?inline'),
}

/** Puts the faces into the PDF; jsPDF embeds only the glyphs the text uses. */
export async function addPdfFonts(pdf: jsPDF) {
  for (const [style, load] of Object.entries(faces)) {
    const dataUrl = (await load()).default
    const file = `${pdfFont}-${style}.ttf`
    pdf.addFileToVFS(file, dataUrl.slice(dataUrl.indexOf(',') + 1))
    pdf.addFont(file, pdfFont, style, 'Identity-H')
  }
}
