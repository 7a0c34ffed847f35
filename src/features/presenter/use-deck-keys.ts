import { useEffect, useRef, useState } from 'react'
import { deckKey } from '../../model/deck-keys.ts'

/** Presentation-program keys on the whole window; returns the slide number being typed, if any. */
export function useDeckKeys(
  slide: number,
  count: number,
  goTo: (slide: number) => void,
  onExit?: () => void,
  onOverview?: () => void,
) {
  const [typed, setTyped] = useState('')
  const state = useRef({ slide, count, typed, goTo, onExit, onOverview })
  useEffect(() => {
    state.current = { slide, count, typed, goTo, onExit, onOverview }
  })

  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      // A dialog over the deck (its export panel) takes its own keys: Escape closes it, not the deck.
      if (document.querySelector('dialog[open]')) return
      // Enter and Space on a focused button belong to the button.
      const isOnControl = event.target instanceof Element && event.target.closest('button, a, input, select')
      if (isOnControl && (event.key === 'Enter' || event.key === ' ')) return
      const current = state.current
      const result = deckKey(current, event.key, event.shiftKey)
      if (!result.handled) return
      event.preventDefault()
      setTyped(result.typed)
      if (result.overview) current.onOverview?.()
      else if (result.exit) current.onExit?.()
      else if (result.slide !== current.slide) current.goTo(result.slide)
    }
    window.addEventListener('keydown', handleKey)
    return () => window.removeEventListener('keydown', handleKey)
  }, [])

  return typed
}
