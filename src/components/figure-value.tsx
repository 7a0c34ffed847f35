import type { Figure } from '../dataset/schema.ts'
import { formatAmount } from '../dataset/format-amount.ts'
import { useI18n } from '../lib/i18n-context.ts'
import { SourceRef } from './source-ref.tsx'

type FigureValueProps = {
  figure: Figure
  className?: string
  /** A figure already reachable by keyboard elsewhere on the page: keep it out of the Tab order. */
  isRepeat?: boolean
  /** On a slide or in an image nothing can be clicked: the amount alone. */
  isStatic?: boolean
}

/** A figure's amount, formatted for the current language, traceable to its quote. */
export function FigureValue({
  figure,
  className = '',
  isRepeat = false,
  isStatic = false,
}: FigureValueProps) {
  const { language } = useI18n()
  if (isStatic) return <span className={`tabular-nums ${className}`}>{formatAmount(figure, language)}</span>
  return (
    <SourceRef sourceId={figure.id} quote={figure.quote} className={className} isRepeat={isRepeat}>
      <span data-figure-id={figure.id} className="tabular-nums">
        {formatAmount(figure, language)}
      </span>
    </SourceRef>
  )
}
