import { useEffect, useState } from 'react'

/** True once the mouse has rested for `ms`: on-screen controls fade out then, and come back when it moves. */
export function useIdle(ms: number): boolean {
  const [isIdle, setIsIdle] = useState(false)
  useEffect(() => {
    let timer = window.setTimeout(() => setIsIdle(true), ms)
    const wake = () => {
      setIsIdle(false)
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setIsIdle(true), ms)
    }
    window.addEventListener('mousemove', wake)
    window.addEventListener('pointerdown', wake)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('mousemove', wake)
      window.removeEventListener('pointerdown', wake)
    }
  }, [ms])
  return isIdle
}
