import type { Dataset } from '../../dataset/schema.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'

export function FactsSlide({ dataset }: { dataset: Dataset }) {
  const { language } = useI18n()
  const facts = dataset.figures.filter((f) => f.role === 'fact' && f.period?.year === dataset.periods.target)
  return (
    <div className="flex h-full flex-col gap-12">
      {dataset.textFacts.map((fact) => (
        <blockquote key={fact.id} className="border-l-8 border-(--slide-accent) pl-8">
          <p className="text-[34px] text-(--slide-muted)">{fact.label[language]}</p>
          <p className="mt-2 text-[52px] leading-snug font-semibold text-balance italic">
            “{fact.text[language]}”
          </p>
        </blockquote>
      ))}
      <ul className="grid grid-cols-3 gap-10">
        {facts.map((figure) => (
          <li key={figure.id}>
            <p className="text-[64px] leading-tight font-semibold tabular-nums">
              {formatAmount(figure, language)}
            </p>
            <p className="mt-2 text-[34px] leading-snug">{figure.label[language]}</p>
          </li>
        ))}
      </ul>
    </div>
  )
}
