import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'
import { slideHeight, slidePlacement, slideWidth } from './slide-placement.ts'

type SlideStageProps = {
  children: ReactNode
  label?: string
  theme: 'light' | 'dark'
  testId?: string
  /**
   * Pixels kept free at the bottom for on-screen controls: the slide scales into what is left. Where the
   * letterbox already leaves that much room, the slide stays centred and the controls sit in the letterbox.
   */
  reserveBottom?: number
}

/**
 * Lays a slide out at 1920×1080 and scales it to fit its container, letterboxed, so a slide looks the
 * same on a 1280×720 projector as on a 1920×1080 one: only sharper.
 */
export function SlideStage({ children, label, theme, testId, reserveBottom = 0 }: SlideStageProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })

  useLayoutEffect(() => {
    const container = containerRef.current
    if (!container) return
    const measure = () => setSize({ width: container.clientWidth, height: container.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(container)
    return () => observer.disconnect()
  }, [])

  const { scale, centreY } = slidePlacement(size.width, size.height, reserveBottom)
  return (
    <div ref={containerRef} className="relative h-full w-full overflow-hidden">
      <div
        role="group"
        aria-roledescription="slide"
        aria-label={label}
        data-testid={testId}
        data-scale={scale}
        className={`${theme === 'dark' ? 'theme-dark' : ''} bg-surface text-fg absolute left-1/2 overflow-hidden`}
        style={{
          width: slideWidth,
          height: slideHeight,
          top: centreY,
          transform: `translate(-50%, -50%) scale(${scale})`,
          visibility: scale > 0 ? 'visible' : 'hidden',
        }}
      >
        {children}
      </div>
    </div>
  )
}
