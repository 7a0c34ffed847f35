import type { ReactNode } from 'react'
import { ComparisonCard } from '../../components/charts/comparison-card.tsx'
import { HeadlineResults } from '../../components/views/headline-results.tsx'
import { IndicatorTable } from '../../components/views/indicator-table.tsx'
import { RequiredChange } from '../../components/views/required-change.tsx'
import { ScorecardSummary } from '../../components/views/scorecard-summary.tsx'
import { comparisons, targetsByField } from '../../dataset/derive.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { comparisonRows, comparisonSummary, percentTargetRows } from '../../model/chart-rows.ts'
import { recordEmbedId } from '../../model/embed-code.ts'
import { indicatorRows } from '../../model/indicator-table.ts'
import { PercentTargetsCard } from './percent-targets-card.tsx'
import { PlanFacts } from './plan-facts.tsx'
import { TargetGroup } from './target-group.tsx'

/** What an embedded item shows, drawn as the dashboard draws it, without its export buttons. */
export function EmbedBody({
  dataset,
  itemId,
  renderRecord,
}: {
  dataset: Dataset
  itemId: string
  renderRecord: (dataset: Dataset) => ReactNode
}) {
  if (itemId === recordEmbedId) return renderRecord(dataset)
  if (itemId === 'scorecard') return <ScorecardEmbed dataset={dataset} />
  if (itemId === 'targets') return <TargetsEmbed dataset={dataset} />
  if (itemId === 'percent-targets') return <PercentTargetsEmbed dataset={dataset} />
  if (itemId === 'indicators')
    return <IndicatorTable rows={indicatorRows(dataset)} years={dataset.periods} size="screen" />
  const comparison = comparisons(dataset).find((c) => `comparison-${c.indicator.id}` === itemId)
  return comparison ? <ComparisonEmbed comparison={comparison} /> : null
}

function ComparisonEmbed({ comparison }: { comparison: ReturnType<typeof comparisons>[number] }) {
  const { language, t } = useI18n()
  return (
    <ComparisonCard
      title={comparison.indicator.name[language]}
      unit={unitLabel(comparison.target.unit, language)}
      summary={comparisonSummary(comparison, language, t)}
      note={<RequiredChange comparison={comparison} size="screen" />}
      rows={comparisonRows(comparison, language, t)}
      height={240}
    />
  )
}

function ScorecardEmbed({ dataset }: { dataset: Dataset }) {
  return (
    <div className={`grid gap-4 ${dataset.scorecard ? 'md:grid-cols-[minmax(0,20rem)_1fr]' : ''}`}>
      {dataset.scorecard && (
        <div data-testid="scorecard">
          <ScorecardSummary scorecard={dataset.scorecard} size="screen" />
        </div>
      )}
      <HeadlineResults dataset={dataset} size="screen" />
    </div>
  )
}

function TargetsEmbed({ dataset }: { dataset: Dataset }) {
  return (
    <div>
      <PlanFacts dataset={dataset} />
      {targetsByField(dataset).map(({ field, entries }) => (
        <TargetGroup
          key={field}
          field={field}
          entries={entries}
          periods={dataset.periods}
          isFoldable={false}
        />
      ))}
    </div>
  )
}

function PercentTargetsEmbed({ dataset }: { dataset: Dataset }) {
  const { language } = useI18n()
  return (
    <PercentTargetsCard
      rows={percentTargetRows(dataset, language)}
      year={dataset.periods.target}
      canExport={false}
    />
  )
}
