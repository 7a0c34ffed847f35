import { buildDeck, type DeckChoice, presenterNotes, type Slide } from '../deck.ts'
import { slideTitle } from '../slide-title.ts'
import {
  closingMarks,
  factsMarks,
  profileMarks,
  recordMarks,
  scorecardMarks,
  targetsMarks,
} from './bodies.ts'
import { comparisonMarks, percentMarks } from './chart-bodies.ts'
import type { DocumentContext } from './context.ts'
import { frameMarks, titleMarks } from './frame.ts'
import type { DocumentSlide, Mark } from './marks.ts'

function bodyMarks(slide: Slide, context: DocumentContext): Mark[] {
  switch (slide.kind) {
    case 'title':
      return []
    case 'scorecard':
      return scorecardMarks(slide.results, slide.page === 1, context)
    case 'comparison':
      return comparisonMarks(slide.comparison, context)
    case 'facts':
      return factsMarks(context)
    case 'targets':
      return targetsMarks(slide.entries, context)
    case 'percent-targets':
      return percentMarks(
        slide.entries.map((e) => e.target),
        context,
      )
    case 'record':
      return recordMarks(slide.followed, context)
    case 'profile':
      return profileMarks(slide.figures, slide.withDensity, context)
    case 'closing':
      return closingMarks(context)
  }
}

/**
 * A slide of the deck as a document draws it: the same title, figures and footer as on screen, laid out on a
 * 960 × 540 pt page. `number` and `count` put "Slide 4/14" at its foot.
 */
export function documentSlide(
  slide: Slide,
  context: DocumentContext,
  number?: number,
  count?: number,
): DocumentSlide {
  const { dataset, language, t } = context
  const title = slideTitle(slide, dataset, language, t)
  const notes = presenterNotes(slide, language)
  if (slide.kind === 'title') return { title, notes, marks: titleMarks(context) }
  const counter = number && count ? t('slideCounter', { slide: number, count }) : undefined
  return { title, notes, marks: [...frameMarks(title, counter, context), ...bodyMarks(slide, context)] }
}

/**
 * The deck's slides as a document draws them: the deck as the meeting chose it, all its slides or the chosen
 * ones (numbered from 1) in the deck's order.
 */
export function documentDeck(
  context: DocumentContext,
  choice: DeckChoice = {},
  chosen?: readonly number[],
): DocumentSlide[] {
  const deck = buildDeck(context.dataset, choice)
  return deck.flatMap((slide, i) =>
    !chosen || chosen.includes(i + 1) ? [documentSlide(slide, context, i + 1, deck.length)] : [],
  )
}
