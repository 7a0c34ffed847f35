import { useRef, useState } from 'react'
import { SlideView } from '../../components/slides/slide-view.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { formatDate } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buildDeck, type Slide } from '../../model/deck.ts'
import { slideTitle } from '../../model/slide-title.ts'
import type { RenderedSlide } from './deck-files.ts'
import { ExportError } from './export-error.ts'
import { rasterize } from './rasterize.ts'

const blobToDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new ExportError('no-image'))
    reader.readAsDataURL(blob)
  })

export type DeckProgress = (slide: number, count: number) => void

/** Renders every slide at 1920×1080 out of sight and pictures each, with its title and notes. */
export function useDeckRendering(dataset: Dataset) {
  const { language, t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const [slides, setSlides] = useState<Slide[] | null>(null)

  const render = async (onProgress: DeckProgress): Promise<RenderedSlide[]> => {
    const deck = buildDeck(dataset)
    setSlides(deck)
    try {
      for (let tries = 0; container.current?.children.length !== deck.length; tries += 1) {
        if (tries > 300) throw new ExportError('slides-not-rendered')
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
      const rendered: RenderedSlide[] = []
      for (const [i, slide] of deck.entries()) {
        onProgress(i + 1, deck.length)
        const element = container.current.children[i] as HTMLElement
        rendered.push({
          image: await blobToDataUrl(await rasterize(element, 1, 'white')),
          title: slideTitle(slide, dataset, language, t),
          notes: slide.notes.map((note) => `${note.label[language]}: “${note.quote}”`).join('\n'),
        })
      }
      return rendered
    } finally {
      setSlides(null)
    }
  }
  return { slides, container, render }
}

/** The slides being pictured, kept out of sight: each is a fixed 1920×1080 layout, never the screen's. */
type DeckRendererProps = {
  slides: Slide[] | null
  containerRef: React.RefObject<HTMLDivElement | null>
  dataset: Dataset
}

export function DeckRenderer({ slides, containerRef, dataset }: DeckRendererProps) {
  const { language, t } = useI18n()
  if (!slides) return null
  // Short, so that a slide's footer keeps to one line.
  const note = t('exportedOnShort', { date: formatDate(new Date().toISOString(), language) })
  return (
    <div ref={containerRef} aria-hidden="true" className="fixed top-0 left-[-30000px]">
      {slides.map((slide, i) => (
        <div key={slide.id} className="bg-surface text-fg h-[1080px] w-[1920px] overflow-hidden">
          <SlideView slide={slide} dataset={dataset} number={i + 1} count={slides.length} note={note} />
        </div>
      ))}
    </div>
  )
}
