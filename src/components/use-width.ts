import { type RefObject, startTransition, useLayoutEffect, useState } from 'react'

/**
 * The element's width, kept up to date. Updates are transitions, so drawing a chart for a new width is
 * interruptible work that yields to the browser instead of one long blocking task.
 */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0)
      startTransition(() => setWidth(next))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
