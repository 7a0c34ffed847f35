import { HeadlineResults } from '../views/headline-results.tsx'
import { ScorecardSummary } from '../views/scorecard-summary.tsx'
import type { Result } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'

export function ScorecardSlide({ dataset, results }: { dataset: Dataset; results: Result[] }) {
  return (
    <div className="grid h-full grid-cols-[560px_1fr] gap-14">
      {dataset.scorecard ? <ScorecardSummary scorecard={dataset.scorecard} size="slide" /> : <div />}
      <HeadlineResults dataset={dataset} size="slide" results={results} />
    </div>
  )
}
