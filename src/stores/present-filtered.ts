import { parseAsStringLiteral, useQueryStates } from 'nuqs'
import { enterFullscreen } from '../lib/fullscreen.ts'
import { useSlideParam, useViewParam } from './url-state.ts'

/**
 * `?deck=filtered`: the deck presents only the indicators the targets' filter lets through. Kept apart from
 * the deck's own code, so that the dashboard's button does not bring the deck into the first screen's script.
 */
export const deckParam = parseAsStringLiteral(['filtered'] as const)

/** Starts the deck on its first slide with only the indicators the filter lets through: one click. */
export function usePresentFiltered() {
  const [, setParams] = useQueryStates({ deck: deckParam })
  const [, setView] = useViewParam()
  const [, setSlide] = useSlideParam()
  return () => {
    void enterFullscreen()
    void setParams({ deck: 'filtered' })
    void setSlide(1)
    void setView('present')
  }
}
