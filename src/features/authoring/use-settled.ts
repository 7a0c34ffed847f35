import { startTransition, useEffect, useState } from 'react'

/**
 * The value once it has stopped changing for `delay` ms, taken in a transition (in the background): a long
 * report's whole check runs when typing pauses, not at every keystroke. With no delay, after each change.
 */
export function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(settled, value)) return
    const settle = () => startTransition(() => setSettled(value))
    if (delay === 0) {
      settle()
      return
    }
    const timer = setTimeout(settle, delay)
    return () => clearTimeout(timer)
  }, [value, settled, delay])
  return settled
}
