import { type KeyboardEvent, useRef, useState } from 'react'
import type { Work } from '../../draft/work.ts'
import type { WorkAction } from '../../draft/work-actions.ts'

const rowSelector = 'fieldset[data-figure-key]'

/** Keys typed in a field are the field's: the review keys act only on a row or its buttons. */
const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement && /^(?:INPUT|SELECT|TEXTAREA)$/u.test(target.tagName) && !isCheckbox(target)
const isCheckbox = (target: HTMLElement) => target instanceof HTMLInputElement && target.type === 'checkbox'

/**
 * Fast review of the figure rows: a selection (checkbox, Shift for a run, a whole sentence) for the bulk bar,
 * and keys on a row: N accepts, B rejects (each then moves on), arrows or J and K move, X selects.
 */
export function useReview(work: Work, dispatch: (action: WorkAction) => void) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const lastClicked = useRef<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const keys = work.figures.map((f) => f.key)

  const toggle = (key: string) =>
    setSelected((before) => {
      const next = new Set(before)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })

  const select = (key: string, isRun: boolean) => {
    const from = lastClicked.current === null ? -1 : keys.indexOf(lastClicked.current)
    const to = keys.indexOf(key)
    if (isRun && from >= 0 && to >= 0) {
      // The run takes the state the clicked box is going to.
      const isOn = !selected.has(key)
      const run = keys.slice(Math.min(from, to), Math.max(from, to) + 1)
      setSelected((before) => {
        const next = new Set(before)
        for (const k of run) {
          if (isOn) next.add(k)
          else next.delete(k)
        }
        return next
      })
    } else toggle(key)
    lastClicked.current = key
  }

  const selectSentence = (key: string) => {
    const figure = work.figures.find((f) => f.key === key)
    if (!figure) return
    const same = work.figures.filter((f) =>
      figure.sentenceStart === undefined
        ? f.quote === figure.quote
        : f.sentenceStart === figure.sentenceStart,
    )
    setSelected((before) => new Set([...before, ...same.map((f) => f.key)]))
  }

  const rows = () => [...(listRef.current?.querySelectorAll<HTMLElement>(rowSelector) ?? [])]
  // A row moved to is brought to the screen with its title in view, below the header and the review's sticky bar
  // (its scroll margin); one whose title is in view already stays where it is.
  const focusRow = (row: HTMLElement | undefined) => {
    if (!row) return
    row.focus({ preventScroll: true })
    const top = row.getBoundingClientRect().top
    const margin = Number.parseFloat(getComputedStyle(row).scrollMarginTop) || 0
    if (top < margin || top > window.innerHeight - margin) row.scrollIntoView({ block: 'start' })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
    const row = (event.target as HTMLElement).closest<HTMLElement>(rowSelector)
    const key = row?.dataset.figureKey
    if (!row || !key) return
    const all = rows()
    const move = (step: number) => focusRow(all[all.indexOf(row) + step])
    switch (event.key.toLowerCase()) {
      case 'n':
        dispatch({ type: 'figures/set', keys: [key], patch: { decision: 'accepted' } })
        move(1)
        break
      case 'b':
        dispatch({ type: 'figures/set', keys: [key], patch: { decision: 'rejected' } })
        move(1)
        break
      case 'arrowdown':
      case 'j':
        move(1)
        break
      case 'arrowup':
      case 'k':
        move(-1)
        break
      case 'x':
        toggle(key)
        lastClicked.current = key
        break
      default:
        return
    }
    event.preventDefault()
  }

  /** Focuses the first row still to look at, or the first row. */
  const start = () => {
    const all = rows()
    focusRow(all.find((row) => row.dataset.decision === 'pending') ?? all[0])
  }

  return {
    selected,
    select,
    selectSentence,
    clear: () => setSelected(new Set()),
    onKeyDown,
    start,
    listRef,
  }
}
