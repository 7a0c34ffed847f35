import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'

type FitBoxProps = { children: ReactNode; maxScale?: number }

/**
 * Lays its content out at its natural size and scales it, centred, to fill the box it is given, so one
 * composition serves a 1200×630 share image and a 1920×1080 slide alike.
 */
export function FitBox({ children, maxScale = 2 }: FitBoxProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const contentRef = useRef<HTMLDivElement>(null)
  const [fit, setFit] = useState<{ scale: number; x: number; y: number } | null>(null)

  useLayoutEffect(() => {
    const box = boxRef.current
    const content = contentRef.current
    if (!box || !content) return
    const measure = () => {
      const width = content.offsetWidth
      const height = content.offsetHeight
      if (!width || !height) return
      const scale = Math.min(box.clientWidth / width, box.clientHeight / height, maxScale)
      setFit({ scale, x: (box.clientWidth - width * scale) / 2, y: (box.clientHeight - height * scale) / 2 })
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    observer.observe(content)
    return () => observer.disconnect()
  }, [maxScale])

  return (
    <div
      ref={boxRef}
      className="relative min-h-0 flex-1 overflow-hidden"
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
