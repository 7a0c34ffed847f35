import { useCallback, useEffect, useRef, useState } from 'react'
import type { Work } from '../../draft/work.ts'
import { readWork, writeWork } from '../../draft/work-store.ts'

const historyLimit = 200

type History = { past: Work[]; present: Work | null; future: Work[] }

/**
 * The work in progress with undo and redo. Every change is written to IndexedDB at once, so a reload, a
 * closed tab or a crash keeps every decision.
 */
export function useWork() {
  const [history, setHistory] = useState<History>({ past: [], present: null, future: [] })
  const [isLoaded, setIsLoaded] = useState(false)
  const isFirst = useRef(true)

  useEffect(() => {
    void readWork().then((work) => {
      setHistory({ past: [], present: work, future: [] })
      setIsLoaded(true)
    })
  }, [])

  useEffect(() => {
    if (!isLoaded) return
    if (isFirst.current) {
      isFirst.current = false
      return
    }
    void writeWork(history.present)
  }, [history.present, isLoaded])

  const update = useCallback((change: (work: Work) => Work) => {
    setHistory(({ past, present }) =>
      present
        ? { past: [...past, present].slice(-historyLimit), present: change(present), future: [] }
        : { past, present, future: [] },
    )
  }, [])
  const start = useCallback((work: Work | null) => setHistory({ past: [], present: work, future: [] }), [])
  const undo = useCallback(
    () =>
      setHistory(({ past, present, future }) => {
        const previous = past.at(-1)
        return previous && present
          ? { past: past.slice(0, -1), present: previous, future: [present, ...future] }
          : { past, present, future }
      }),
    [],
  )
  const redo = useCallback(
    () =>
      setHistory(({ past, present, future }) => {
        const [next, ...rest] = future
        return next && present
          ? { past: [...past, present], present: next, future: rest }
          : { past, present, future }
      }),
    [],
  )
  return {
    work: history.present,
    isLoaded,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    update,
    start,
    undo,
    redo,
  }
}
