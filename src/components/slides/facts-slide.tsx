import { PlanFacts } from '../views/plan-facts.tsx'
import type { Dataset } from '../../dataset/schema.ts'

export function FactsSlide({ dataset }: { dataset: Dataset }) {
  return <PlanFacts dataset={dataset} size="slide" />
}
