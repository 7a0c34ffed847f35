import { planFacts } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureValue } from '../figure-value.tsx'
import { SourceRef } from '../source-ref.tsx'
import { amountClass, listTokens, textTokens, type ViewSize } from './view-size.ts'
import { formatAmount } from '../../dataset/format-amount.ts'

const quoteClass: Record<ViewSize, string> = {
  screen: 'italic',
  export: 'mt-1 block text-[24px] leading-snug font-semibold italic',
}
const gapClass: Record<ViewSize, string> = { screen: 'gap-3', export: 'gap-5' }

/** The motto and the other commitments of the target year, each traceable to its sentence. */
export function PlanFacts({ dataset, size }: { dataset: Dataset; size: ViewSize }) {
  const { language } = useI18n()
  const tokens = textTokens[size]
  const isStatic = size !== 'screen'
  const { texts, figures } = planFacts(dataset)
  const amounts = figures.map((figure) => formatAmount(figure, language))
  const amount = amountClass(tokens.target, amounts, listTokens.facts.room[size])
  return (
    <div className={`flex flex-col ${gapClass[size]}`}>
      {texts.map((fact) => (
        <blockquote key={fact.id} className={isStatic ? `${tokens.rule} border-accent ${tokens.item}` : ''}>
          <span className={`${tokens.name} ${isStatic ? 'block' : ''}`}>
            {fact.label[language]}
            {isStatic ? '' : ': '}
          </span>
          {isStatic ? (
            <span className={quoteClass[size]}>“{fact.text[language]}”</span>
          ) : (
            <SourceRef sourceId={fact.id} quote={fact.quote} className={quoteClass[size]}>
              “{fact.text[language]}”
            </SourceRef>
          )}
        </blockquote>
      ))}
      <ul className={listTokens.facts.grid[size]}>
        {figures.map((figure) => (
          <li key={figure.id} className={tokens.body}>
            <FigureValue figure={figure} className={amount} isStatic={isStatic} />
            <span className={`block ${isStatic ? '' : 'text-muted text-sm'}`}>{figure.label[language]}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
