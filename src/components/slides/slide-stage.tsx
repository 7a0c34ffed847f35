import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'

export const slideWidth = 1920
export const slideHeight = 1080

type SlideStageProps = { children: ReactNode; label?: string; theme: 'light' | 'dark'; testId?: string }

/**
 * Lays a slide out at 1920×1080 and scales it to fit its container, letterboxed, so a slide looks the
 * same on a 1280×720 projector as on a 1920×1080 one: only sharper.
 */
export function SlideStage({ children, label, theme, testId }: SlideStageProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState(0)

  useLayoutEffect(() => {
    const container = containerRef.current
    if (!container) return
    const measure = () =>
      setScale(Math.min(container.clientWidth / slideWidth, container.clientHeight / slideHeight))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(container)
    return () => observer.disconnect()
  }, [])

  return (
    <div ref={containerRef} className="relative h-full w-full overflow-hidden">
      <div
        role="group"
        aria-roledescription="slide"
        aria-label={label}
        data-testid={testId}
        data-scale={scale}
        className={`deck-${theme} absolute top-1/2 left-1/2 overflow-hidden bg-(--slide-bg) text-(--slide-fg)`}
        style={{
          width: slideWidth,
          height: slideHeight,
          transform: `translate(-50%, -50%) scale(${scale})`,
          visibility: scale > 0 ? 'visible' : 'hidden',
        }}
      >
        {children}
      </div>
    </div>
  )
}
