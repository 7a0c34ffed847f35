import { type ReactNode, useId } from 'react'
import { useSourceParam } from '../app/use-url-state.ts'
import { useI18n } from '../lib/i18n-context.ts'

type SourceRefProps = { sourceId: string; quote: string; children: ReactNode; className?: string }

/** A figure that shows its quote on hover or focus and opens the source view when activated. */
export function SourceRef({ sourceId, quote, children, className = '' }: SourceRefProps) {
  const { t } = useI18n()
  const [, setSource] = useSourceParam()
  const tooltipId = useId()
  return (
    <span className="group relative inline-block">
      <button
        type="button"
        data-source-id={sourceId}
        aria-describedby={tooltipId}
        onClick={() => void setSource(sourceId)}
        className={`cursor-help rounded-sm text-left underline decoration-slate-400 decoration-dotted underline-offset-4 hover:decoration-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${className}`}
      >
        {children}
      </button>
      <span
        id={tooltipId}
        role="tooltip"
        className="pointer-events-none absolute top-full left-0 z-20 mt-1 hidden w-[min(20rem,80vw)] rounded-md bg-slate-900 px-3 py-2 text-left text-sm font-normal text-white shadow-lg group-focus-within:block group-hover:block"
      >
        {t('quoteLabel', { quote })}
      </span>
    </span>
  )
}
