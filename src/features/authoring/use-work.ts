import { useCallback, useEffect, useRef, useState } from 'react'
import type { Work } from '../../draft/work.ts'
import { type WorkAction, workReducer } from '../../draft/work-actions.ts'
import { readWork, writeWork } from '../../draft/work-store.ts'
import type { StoreFault } from '../../lib/store-fault.ts'
import { useDraftLock } from './use-draft-lock.ts'

const historyLimit = 200

/** Where the tab that edits the draft says it stored a change, for the tabs that only show it. */
const draftChannel = 'bang-chi-so-draft-written'
let announcer: BroadcastChannel | null = null
function announceWritten() {
  if (typeof BroadcastChannel === 'undefined') return
  announcer ??= new BroadcastChannel(draftChannel)
  announcer.postMessage('written')
}

type History = { past: Work[]; present: Work | null; future: Work[] }

/**
 * The work in progress with undo and redo, changed only through `dispatch`. Every change starts its write to IndexedDB in the same event
 * that made it, before React draws it, so a reload right after typing, a closed tab or a crash keeps
 * every decision; a write the browser refuses is told at once (`fault`). One tab edits at a time (`hold`): in
 * another, the work is shown and nothing changes it.
 */
export function useWork() {
  const [history, setHistory] = useState<History>({ past: [], present: null, future: [] })
  const [isLoaded, setIsLoaded] = useState(false)
  // The history as of the last change, read by the next one: changes come from events, one at a time.
  const current = useRef(history)

  const [fault, setFault] = useState<StoreFault | null>(null)

  // How many changes this tab has made: a reading of the store started before one of them is older than this tab's work.
  const changes = useRef(0)
  /**
   * The work as stored: on opening, and whenever this tab starts editing after another. (A reading that comes back after
   * this tab changed the work since it began, a name typed while the lock was being granted on a slow phone, is
   * older than what the person sees: it never replaces it.)
   */
  const reload = useCallback(() => {
    const at = changes.current
    void readWork().then((work) => {
      setIsLoaded(true)
      if (changes.current !== at) return
      current.current = { past: [], present: work, future: [] }
      setHistory(current.current)
    })
  }, [])
  useEffect(reload, [reload])
  const { hold, takeOver } = useDraftLock(reload)
  const canEdit = useRef(false)
  useEffect(() => {
    canEdit.current = hold === 'holding'
  }, [hold])
  // A tab that only shows the draft follows the tab that edits it: each stored change is read again here.
  useEffect(() => {
    if (hold !== 'elsewhere' && hold !== 'taken') return
    const channel = new BroadcastChannel(draftChannel)
    channel.onmessage = reload
    // A change the other tab stored before this one listened (it took over and edited at once) is read now.
    reload()
    return () => channel.close()
  }, [hold, reload])

  const apply = useCallback((next: (history: History) => History) => {
    if (!canEdit.current) return
    const before = current.current
    const after = next(before)
    if (after === before) return
    changes.current += 1
    current.current = after
    if (after.present !== before.present)
      void writeWork(after.present).then((fault) => {
        setFault(fault)
        if (!fault) announceWritten()
      })
    setHistory(after)
  }, [])

  const update = useCallback(
    (change: (work: Work) => Work) =>
      apply((history) => {
        const { past, present } = history
        const next = present ? change(present) : present
        // An action that changes nothing is no step to undo.
        return present && next && next !== present
          ? { past: [...past, present].slice(-historyLimit), present: next, future: [] }
          : history
      }),
    [apply],
  )
  /** Every edit is an action of the one reducer: pure, tested, and undone by keeping copies. */
  const dispatch = useCallback((action: WorkAction) => update((work) => workReducer(work, action)), [update])
  const start = useCallback(
    (work: Work | null) => apply(() => ({ past: [], present: work, future: [] })),
    [apply],
  )
  const undo = useCallback(
    () =>
      apply((history) => {
        const { past, present, future } = history
        const previous = past.at(-1)
        return previous && present
          ? { past: past.slice(0, -1), present: previous, future: [present, ...future] }
          : history
      }),
    [apply],
  )
  const redo = useCallback(
    () =>
      apply((history) => {
        const { past, present, future } = history
        const [next, ...rest] = future
        return next && present ? { past: [...past, present], present: next, future: rest } : history
      }),
    [apply],
  )
  return {
    work: history.present,
    isLoaded,
    fault,
    hold,
    takeOver,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    dispatch,
    start,
    undo,
    redo,
  }
}
