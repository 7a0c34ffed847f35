import { useRef, useState } from 'react'
import { SlideView } from '../../components/slides/slide-view.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buildDeck, type DeckChoice, presenterNotes, type Slide } from '../../model/deck.ts'
import { slideTitle } from '../../model/slide-title.ts'
import type { RenderedSlide } from './deck-files.ts'
import { ExportError } from './export-error.ts'
import { exportNote } from './export-files.ts'
import { rasterize } from './rasterize.ts'

const blobToDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new ExportError('no-image'))
    reader.readAsDataURL(blob)
  })

/** Which slides to picture (numbered from 1; all when left out), told after each, stopped by the signal. */
export type DeckRendering = (options: {
  chosen?: readonly number[] | undefined
  onProgress: (slide: number, count: number) => void
  signal: AbortSignal
}) => Promise<RenderedSlide[]>

/** A slide to picture, with its number in the whole deck for its footer. */
type NumberedSlide = { slide: Slide; number: number; count: number }

/** Renders the chosen slides at 1920×1080 out of sight and pictures each, with its title and notes. */
export function useDeckRendering(dataset: Dataset, choice: DeckChoice) {
  const { language, t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const [slides, setSlides] = useState<NumberedSlide[] | null>(null)
  // A cancelled rendering may still be finishing its slide when the next one starts: only the latest clears.
  const latest = useRef(0)

  const render: DeckRendering = async ({ chosen, onProgress, signal }) => {
    const run = (latest.current += 1)
    const deck = buildDeck(dataset, choice)
    const numbered = deck.flatMap((slide, i) =>
      !chosen || chosen.includes(i + 1) ? [{ slide, number: i + 1, count: deck.length }] : [],
    )
    setSlides(numbered)
    try {
      for (let tries = 0; container.current?.children.length !== numbered.length; tries += 1) {
        if (tries > 300) throw new ExportError('slides-not-rendered')
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
      const rendered: RenderedSlide[] = []
      for (const [i, { slide }] of numbered.entries()) {
        if (signal.aborted) throw new ExportError('cancelled')
        onProgress(i + 1, numbered.length)
        const element = container.current.children[i] as HTMLElement
        rendered.push({
          image: await blobToDataUrl(await rasterize(element, 1, 'white')),
          title: slideTitle(slide, dataset, language, t),
          notes: presenterNotes(slide, language),
        })
      }
      return rendered
    } finally {
      if (run === latest.current) setSlides(null)
    }
  }
  return { slides, container, render }
}

/** The slides being pictured, kept out of sight: each is a fixed 1920×1080 layout, never the screen's. */
type DeckRendererProps = {
  slides: NumberedSlide[] | null
  containerRef: React.RefObject<HTMLDivElement | null>
  dataset: Dataset
}

export function DeckRenderer({ slides, containerRef, dataset }: DeckRendererProps) {
  const { language, t } = useI18n()
  if (!slides) return null
  // Short, so that a slide's footer keeps to one line.
  const note = exportNote({ language, t })
  return (
    <div ref={containerRef} aria-hidden="true" className="fixed top-0 left-[-30000px]">
      {slides.map(({ slide, number, count }) => (
        <div key={slide.id} className="bg-surface text-fg h-[1080px] w-[1920px] overflow-hidden">
          <SlideView slide={slide} dataset={dataset} number={number} count={count} note={note} />
        </div>
      ))}
    </div>
  )
}
