import { type RefObject, useLayoutEffect } from 'react'

/**
 * Calls `measure` once the elements are laid out and again whenever one of them changes size. Pass a
 * stable `measure` (useCallback): a new one observes afresh.
 */
export function useResizeObserver(
  measure: () => void,
  first: RefObject<Element | null>,
  second?: RefObject<Element | null>,
): void {
  useLayoutEffect(() => {
    const elements = [first.current, second?.current].filter((element) => element != null)
    if (!first.current || (second && !second.current)) return
    measure()
    const observer = new ResizeObserver(() => measure())
    for (const element of elements) observer.observe(element)
    return () => observer.disconnect()
  }, [measure, first, second])
}
