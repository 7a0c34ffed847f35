/** Where a key press takes a slideshow, like a presentation program (and the clickers that send PageUp/PageDown). */
export type DeckKeyState = { slide: number; count: number; typed: string }
/** `overview`: the key asks for the overview of all slides (G, as in slide software's grid view). */
export type DeckKeyResult = DeckKeyState & { exit: boolean; handled: boolean; overview?: boolean }

const clamp = (slide: number, count: number) => Math.min(Math.max(slide, 1), count)

export function deckKey(state: DeckKeyState, key: string, isShift = false): DeckKeyResult {
  const { slide, count, typed } = state
  const go = (to: number): DeckKeyResult => ({
    slide: clamp(to, count),
    count,
    typed: '',
    exit: false,
    handled: true,
  })
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      if (key === 'Enter' && typed) return go(Number(typed))
      return go(slide + 1)
    case ' ':
    case 'Spacebar':
      return go(isShift ? slide - 1 : slide + 1)
    case 'n':
    case 'N':
      return go(slide + 1)
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return go(slide - 1)
    case 'g':
    case 'G':
      return { ...state, typed: '', exit: false, handled: true, overview: true }
    case 'Home':
      return go(1)
    case 'End':
      return go(count)
    case 'Escape':
      if (typed) return { ...state, typed: '', exit: false, handled: true }
      return { ...state, exit: true, handled: true }
    default:
      if (/^[0-9]$/.test(key))
        return { ...state, typed: `${typed}${key}`.slice(-3), exit: false, handled: true }
      return { ...state, exit: false, handled: false }
  }
}
