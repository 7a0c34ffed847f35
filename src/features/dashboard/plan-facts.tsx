import { FigureValue } from '../../components/figure-value.tsx'
import { SourceRef } from '../../components/source-ref.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type PlanFactsProps = { dataset: Dataset }

/** What a presenter quotes besides the targets: the motto, the groups of tasks, other commitments. */
export function PlanFacts({ dataset }: PlanFactsProps) {
  const { language, t } = useI18n()
  const facts = dataset.figures.filter((f) => f.role === 'fact' && f.period?.year === dataset.periods.target)
  if (dataset.textFacts.length === 0 && facts.length === 0) return null
  return (
    <div className="mt-4 rounded-xl border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">{t('factsTitle', { year: dataset.periods.target })}</h3>
      {dataset.textFacts.map((fact) => (
        <p key={fact.id} className="mt-2">
          <span className="text-sm font-semibold text-slate-700">{fact.label[language]}: </span>
          <SourceRef sourceId={fact.id} quote={fact.quote} className="italic">
            “{fact.text[language]}”
          </SourceRef>
        </p>
      ))}
      <ul className="mt-3 grid gap-2 sm:grid-cols-3">
        {facts.map((figure) => (
          <li key={figure.id} className="text-sm text-slate-700">
            <FigureValue figure={figure} className="text-lg font-semibold text-slate-900" />
            <span className="block">{figure.label[language]}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
