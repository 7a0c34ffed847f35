import { useEffect, useState } from 'react'

/** Seconds elapsed since the presenter view opened, with pause and reset. */
export function useTimer() {
  const [elapsed, setElapsed] = useState(0)
  const [isRunning, setIsRunning] = useState(true)
  useEffect(() => {
    if (!isRunning) return
    const timer = window.setInterval(() => setElapsed((seconds) => seconds + 1), 1000)
    return () => window.clearInterval(timer)
  }, [isRunning])
  return { elapsed, isRunning, toggle: () => setIsRunning((running) => !running), reset: () => setElapsed(0) }
}

export function formatElapsed(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}
