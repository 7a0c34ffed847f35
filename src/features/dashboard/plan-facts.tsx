import { PlanFacts as PlanFactsView } from '../../components/views/plan-facts.tsx'
import { planFacts } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type PlanFactsProps = { dataset: Dataset }

/** The target year's facts in a card above the targets. */
export function PlanFacts({ dataset }: PlanFactsProps) {
  const { t } = useI18n()
  if (planFacts(dataset).isEmpty) return null
  return (
    <div className="bg-surface border-grid mt-4 rounded-xl border p-4">
      <h3 className="mb-2 font-semibold">{t('factsTitle', { year: dataset.periods.target })}</h3>
      <PlanFactsView dataset={dataset} size="screen" />
    </div>
  )
}
