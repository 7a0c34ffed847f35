import { useMemo } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { Slide } from '../../model/deck.ts'
import { documentSlide } from '../../model/slide-document/build.ts'
import { DocumentSlideView } from './document-slide.tsx'

type SlideViewProps = {
  slide: Slide
  dataset: Dataset
  /** The slide's place in the deck, shown at its foot; leave both out for a slide exported on its own. */
  number?: number | undefined
  count?: number | undefined
  /** Added at the foot of an exported slide: "Xuất ngày …". */
  note?: string
}

/**
 * A slide of the deck on screen, laid out once as its document (model/slide-document/) and drawn as the PDF
 * draws it: what a presenter shows is what they export.
 */
export function SlideView({ slide, dataset, number, count, note = '' }: SlideViewProps) {
  const { language, t } = useI18n()
  const document = useMemo(
    () => documentSlide(slide, { dataset, language, t, note }, number, count),
    [slide, dataset, language, t, note, number, count],
  )
  return <DocumentSlideView slide={document} />
}
