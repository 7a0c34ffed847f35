import type { Language } from '../../lib/language.ts'
import { escapeXml } from '../../lib/xml-text.ts'
import { type DocumentPalette, tones } from '../../model/slide-document/marks.ts'
import { ExportError } from './export-error.ts'

/** What a document says about itself: its title, author (the publisher), subject (place and years), language. */
export type DocumentMeta = { title: string; author: string; subject: string; language: Language }

/** Told after each slide is written; the signal stops a long export between two slides. */
export type WritingControl = { onProgress?: (slide: number, count: number) => void; signal?: AbortSignal }

/**
 * Between two slides: stop if the person cancelled, and let the page answer clicks and draw the progress,
 * so that a deck of a hundred slides never freezes it.
 */
export async function checkpoint({ onProgress, signal }: WritingControl, slide: number, count: number) {
  if (signal?.aborted) throw new ExportError('cancelled')
  onProgress?.(slide, count)
  await new Promise((resolve) => setTimeout(resolve, 0))
  if (signal?.aborted) throw new ExportError('cancelled')
}

/**
 * The work, unless the person cancels first: a cancel is answered at once, not when the slide being drawn is
 * done (the work itself stops at its next checkpoint).
 */
export function unlessCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new ExportError('cancelled'))
  return new Promise<T>((resolve, reject) => {
    const cancelled = () => reject(new ExportError('cancelled'))
    signal.addEventListener('abort', cancelled, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', cancelled))
  })
}

/** The palette's colours as the page has them now (src/index.css), for documents printed on white. */
export function readPalette(root: Element = document.documentElement): DocumentPalette {
  const style = getComputedStyle(root)
  return Object.fromEntries(
    tones.map((tone) => [tone, style.getPropertyValue(`--color-${tone}`).trim() || '#000000']),
  ) as DocumentPalette
}

/** `#0f4c81` → `0F4C81`, as PowerPoint writes a colour. */
export const hexOf = (colour: string) => colour.replace('#', '').toUpperCase()

/** A wide (16:9) presentation that says what it is: title, author and company (the publisher), subject. */
export async function newPresentation(meta: DocumentMeta) {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = meta.title
  pptx.author = meta.author
  // pptxgenjs writes the company into docProps/app.xml as given, unlike the other properties, which it escapes.
  pptx.company = escapeXml(meta.author)
  pptx.subject = meta.subject
  return pptx
}

/**
 * A landscape PDF of pages `width` × `height` (in points for a deck of text, in pixels for one of pictures) that
 * says what it is: title, author (the publisher), subject, language. `addPage` adds one more of the same size.
 */
export async function newPdf(meta: DocumentMeta, width: number, height: number, unit: 'pt' | 'px') {
  const { jsPDF } = await import('jspdf')
  const pdf = new jsPDF({
    orientation: 'landscape',
    unit,
    format: [width, height],
    ...(unit === 'px' ? { hotfixes: ['px_scaling'] } : {}),
    compress: true,
  })
  pdf.setDocumentProperties({
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    creator: 'Bảng chỉ số',
  })
  pdf.setLanguage(meta.language === 'vi' ? 'vi' : 'en-GB')
  return { pdf, addPage: () => pdf.addPage([width, height], 'landscape') }
}
