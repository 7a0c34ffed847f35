import { type ReactNode, useCallback, useRef, useState } from 'react'
import { useResizeObserver } from '../../components/use-resize-observer.ts'

type FitBoxProps = {
  children: ReactNode
  maxScale?: number
  /** Fit the width only, and be as tall as the scaled content (a long page). */
  isWidthOnly?: boolean
}

/**
 * Lays its content out at its natural size and scales it, centred, to fill the box it is given, so one
 * composition serves a 1200×630 share image and a 1920×1080 slide alike.
 */
export function FitBox({ children, maxScale = 2, isWidthOnly = false }: FitBoxProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const contentRef = useRef<HTMLDivElement>(null)
  const [fit, setFit] = useState<{ scale: number; x: number; y: number; height: number } | null>(null)

  const measure = useCallback(() => {
    const box = boxRef.current
    const content = contentRef.current
    const width = content?.offsetWidth
    const height = content?.offsetHeight
    if (!box || !width || !height) return
    const byWidth = Math.min(box.clientWidth / width, maxScale)
    const scale = isWidthOnly ? byWidth : Math.min(byWidth, box.clientHeight / height)
    const y = isWidthOnly ? 0 : (box.clientHeight - height * scale) / 2
    setFit({ scale, x: (box.clientWidth - width * scale) / 2, y, height: Math.ceil(height * scale) })
  }, [maxScale, isWidthOnly])
  useResizeObserver(measure, boxRef, contentRef)

  return (
    <div
      ref={boxRef}
      className={`relative overflow-hidden ${isWidthOnly ? 'flex-none' : 'min-h-0 flex-1'}`}
      style={isWidthOnly ? { height: fit?.height } : undefined}
      data-fit-ready={fit ? 'true' : 'false'}
    >
      <div
        ref={contentRef}
        className="absolute top-0 left-0 w-max origin-top-left"
        style={{ transform: fit ? `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})` : undefined }}
      >
        {children}
      </div>
    </div>
  )
}
