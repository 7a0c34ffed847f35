import { useEffect, useRef, useState } from 'react'

/**
 * Who edits the draft: this tab; another tab, this one only shows it; or another tab took it over from this one.
 * "waiting" until the browser answers.
 */
export type DraftHold = 'waiting' | 'holding' | 'elsewhere' | 'taken'

const lockName = 'bang-chi-so-draft'

type Holder = { takeOver: () => void; release: () => void }

/**
 * Holds the draft's lock (Web Locks) until released or taken by another tab: told of each change of hold, and
 * `onGained` whenever this tab starts editing. Without Web Locks, every tab edits.
 */
function holdDraft(told: (hold: DraftHold) => void, onGained: () => void): Holder {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) {
    told('holding')
    onGained()
    return { takeOver: () => undefined, release: () => undefined }
  }
  let release = () => undefined as void
  const request = (options: LockOptions) => {
    const waiting = new AbortController()
    const held = new Promise<void>((resolve) => {
      release = () => {
        waiting.abort()
        resolve()
      }
    })
    const mayWait = !options.steal && !options.ifAvailable
    locks
      .request(lockName, mayWait ? { ...options, signal: waiting.signal } : options, async (lock) => {
        if (!lock) {
          told('elsewhere')
          // Wait for the other tab to close, then edit here, from what it left.
          request({})
          return
        }
        told('holding')
        onGained()
        await held
      })
      .catch((error: unknown) => {
        // Taken by another tab; a wait given up here (take over, or the tab closing) is no news.
        if (error instanceof DOMException && error.name === 'AbortError' && !waiting.signal.aborted) {
          told('taken')
          // Edit here again once that tab closes, from what it left.
          request({})
        }
      })
  }
  request({ ifAvailable: true })
  return {
    takeOver: () => {
      release()
      request({ steal: true })
    },
    release: () => release(),
  }
}

/**
 * One tab edits the draft at a time: a second tab shows it read-only until the first closes, when it takes the
 * draft over by itself, or until the person takes it over here, which leaves the first read-only and says so.
 * `onGained` runs whenever this tab starts editing, to read the draft as the other tab left it.
 */
export function useDraftLock(onGained: () => void) {
  const [hold, setHold] = useState<DraftHold>('waiting')
  const holder = useRef<Holder | null>(null)
  useEffect(() => {
    const current = holdDraft(setHold, onGained)
    holder.current = current
    return () => current.release()
  }, [onGained])
  return { hold, takeOver: () => holder.current?.takeOver() }
}
