import {
  checkpoint,
  type DocumentMeta,
  newPdf,
  newPresentation,
  type WritingControl,
} from './document-writing.ts'

/** A rendered slide: its picture, its title and the presenter's notes. */
export type RenderedSlide = { image: string; title: string; notes: string }

/** The picture deck as PowerPoint: one full-bleed picture per slide, titled (alt text) and with its notes. */
export async function deckToPptx(
  slides: RenderedSlide[],
  meta: DocumentMeta,
  control: WritingControl = {},
): Promise<Blob> {
  const pptx = await newPresentation(meta)
  for (const [i, slide] of slides.entries()) {
    const page = pptx.addSlide()
    page.addImage({ data: slide.image, x: 0, y: 0, w: 13.333, h: 7.5, altText: slide.title })
    page.addNotes(slide.notes)
    await checkpoint(control, i + 1, slides.length)
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob
}

/**
 * The same pictures as a PDF, one 1920×1080 page per slide. Each picture is unpacked and packed again by
 * jsPDF, a second of work for a slide: one at a time, with the page free to answer in between.
 */
export async function deckToPdf(
  slides: RenderedSlide[],
  meta: DocumentMeta,
  control: WritingControl = {},
): Promise<Blob> {
  const { pdf, addPage } = await newPdf(meta, 1920, 1080, 'px')
  for (const [i, slide] of slides.entries()) {
    if (i > 0) addPage()
    pdf.addImage(slide.image, 'PNG', 0, 0, 1920, 1080, undefined, 'FAST')
    await checkpoint(control, i + 1, slides.length)
  }
  return pdf.output('blob')
}
