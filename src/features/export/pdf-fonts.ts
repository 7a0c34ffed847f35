import type { jsPDF } from 'jspdf'

/** The PDF's font family: Be Vietnam Pro, the app's own, embedded as a subset of the letters used. */
export const pdfFont = 'BeVietnamPro'

/**
 * The TrueType files, as base64 in this lazily loaded module (no request, so the export works offline and in
 * the single file under its CSP). Semibold stands for bold, as on screen.
 */
const faces = {
  normal: () => import('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?inline'),
  bold: () => import('@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf?inline'),
  bolditalic: () =>
    import('@expo-google-fonts/be-vietnam-pro/600SemiBold_Italic/BeVietnamPro_600SemiBold_Italic.ttf?inline'),
}

/** Puts the three faces into the PDF; jsPDF embeds only the glyphs the text uses. */
export async function addPdfFonts(pdf: jsPDF) {
  for (const [style, load] of Object.entries(faces)) {
    const dataUrl = (await load()).default
    const file = `${pdfFont}-${style}.ttf`
    pdf.addFileToVFS(file, dataUrl.slice(dataUrl.indexOf(',') + 1))
    pdf.addFont(file, pdfFont, style, 'Identity-H')
  }
}
