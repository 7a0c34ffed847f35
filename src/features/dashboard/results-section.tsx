import { ExportButton } from '../../components/export-button.tsx'
import { actualPeriod } from '../../model/period-words.ts'
import { HeadlineResults } from '../../components/views/headline-results.tsx'
import { ScorecardSummary } from '../../components/views/scorecard-summary.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { headlineResults } from '../../dataset/derive.ts'
import { isFilterActive, matchesFilter, pairedIndicatorIds } from '../../model/indicator-filter.ts'
import { useIndicatorFilter } from '../../stores/indicator-filter.ts'

type ResultsSectionProps = { dataset: Dataset }

export function ResultsSection({ dataset }: ResultsSectionProps) {
  const { t, language } = useI18n()
  const { scorecard } = dataset
  // A filter narrows the results too: all that pass it, rather than the leading ones.
  const { filter } = useIndicatorFilter()
  const paired = pairedIndicatorIds(dataset)
  const filtered = isFilterActive(filter)
    ? headlineResults(dataset).filter(({ indicator }) => matchesFilter(indicator, filter, paired))
    : undefined
  return (
    <section id="results" aria-labelledby="results-title" className="scroll-mt-20 py-6">
      <h2 id="results-title" className="text-xl font-semibold">
        {t('sectionResults', { year: actualPeriod(dataset, language) })}
      </h2>
      {/* Without the report's own count (a dataset may have none), the results take the whole width. */}
      <div className={`mt-4 grid gap-4 ${scorecard ? 'lg:grid-cols-[minmax(0,22rem)_1fr]' : ''}`}>
        {scorecard && (
          <div className="bg-surface border-grid rounded-xl border p-5" data-testid="scorecard">
            <ScorecardSummary
              scorecard={scorecard}
              size="screen"
              actions={
                <ExportButton
                  itemId="scorecard"
                  itemName={t('scorecardTitle', { year: scorecard.period.year })}
                />
              }
            />
          </div>
        )}
        <div>
          <h3 className="sr-only">
            {t('resultsTitle', { year: actualPeriod(dataset, language, { named: true }) })}
          </h3>
          <HeadlineResults dataset={dataset} size="screen" results={filtered} />
        </div>
      </div>
    </section>
  )
}
