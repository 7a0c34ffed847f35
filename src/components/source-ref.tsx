import { type ReactNode, useId, useRef, useState } from 'react'
import { useSourceParam } from '../stores/url-state.ts'
import { useI18n } from '../lib/i18n-context.ts'

type SourceRefProps = {
  sourceId: string
  quote: string
  children: ReactNode
  className?: string
  isRepeat?: boolean
}

const edge = 8

/** A figure that shows its quote on hover or focus and opens the source view when activated. */
export function SourceRef({ sourceId, quote, children, className = '', isRepeat = false }: SourceRefProps) {
  const { t } = useI18n()
  const [, setSource] = useSourceParam()
  const tooltipId = useId()
  const tooltipRef = useRef<HTMLSpanElement>(null)
  const [shift, setShift] = useState(0)

  // The tooltip is positioned under the figure; pull it back inside the window when it would leave it.
  const keepInside = () => {
    const tooltip = tooltipRef.current
    if (!tooltip) return
    requestAnimationFrame(() => {
      const box = tooltip.getBoundingClientRect()
      const left = box.left - shift
      const overflow = left + box.width - (document.documentElement.clientWidth - edge)
      setShift(overflow > 0 ? -Math.min(overflow, Math.max(0, left - edge)) : 0)
    })
  }

  return (
    <span className="group relative inline-block" onMouseEnter={keepInside} onFocus={keepInside}>
      <button
        type="button"
        data-source-id={sourceId}
        aria-describedby={tooltipId}
        tabIndex={isRepeat ? -1 : undefined}
        onClick={() => void setSource(sourceId)}
        className={`decoration-strong hover:decoration-muted focus-visible:outline-focus cursor-help rounded-sm text-left underline decoration-dotted underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 ${className}`}
      >
        {children}
      </button>
      <span
        ref={tooltipRef}
        id={tooltipId}
        role="tooltip"
        style={{ transform: shift ? `translateX(${shift}px)` : undefined }}
        className="bg-fg text-surface pointer-events-none absolute top-full left-0 z-20 mt-1 hidden w-[min(20rem,calc(100vw-2rem))] rounded-md px-3 py-2 text-left text-sm font-normal shadow-lg group-hover:block group-has-[:focus-visible]:block"
      >
        {t('quoteLabel', { quote })}
      </span>
    </span>
  )
}
