import { formatPeriod, FigureValue } from '../../components/figure-value.tsx'
import { ExportButton } from '../../components/export-button.tsx'
import { ScorecardMarks } from '../../components/scorecard-marks.tsx'
import { SourceRef } from '../../components/source-ref.tsx'
import { headlineResults } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'

// Element Timing marks the first headline figure, so the benchmark can time when it is painted.
const headlineTiming = { elementtiming: 'headline' }

type ResultsSectionProps = { dataset: Dataset }

export function ResultsSection({ dataset }: ResultsSectionProps) {
  const { language, t } = useI18n()
  const { scorecard } = dataset
  const year = dataset.periods.actual
  return (
    <section id="results" aria-labelledby="results-title" className="scroll-mt-20 py-6">
      <h2 id="results-title" className="text-xl font-semibold">
        {t('sectionResults', { year })}
      </h2>
      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,22rem)_1fr]">
        {scorecard && (
          <div className="rounded-xl border border-slate-200 bg-white p-5" data-testid="scorecard">
            <div className="flex items-start justify-between gap-2">
              <h3 className="font-semibold text-slate-700">
                {t('scorecardTitle', { year: scorecard.period.year })}
              </h3>
              <ExportButton
                itemId="scorecard"
                itemName={t('scorecardTitle', { year: scorecard.period.year })}
              />
            </div>
            <p className="mt-2 text-4xl font-semibold tabular-nums" {...headlineTiming}>
              <SourceRef sourceId="scorecard" quote={scorecard.quote}>
                {scorecard.achieved}/{scorecard.total}
              </SourceRef>
            </p>
            <p className="mt-1 text-slate-700">
              {t('scorecardText', { achieved: scorecard.achieved, total: scorecard.total })}
            </p>
            <div className="mt-3">
              <ScorecardMarks
                achieved={scorecard.achieved}
                total={scorecard.total}
                label={t('scorecardMarks', { achieved: scorecard.achieved, total: scorecard.total })}
              />
            </div>
            <p className="mt-3 text-sm text-slate-600">{t('scorecardNote')}</p>
          </div>
        )}
        <div>
          <h3 className="sr-only">{t('resultsTitle', { year })}</h3>
          <ul className="grid gap-4 sm:grid-cols-2">
            {headlineResults(dataset).map(({ indicator, figures: [headline, ...qualifiers] }) => (
              <li key={indicator.id} className="rounded-xl border border-slate-200 bg-white p-5">
                <p className="text-sm font-semibold text-slate-700">{indicator.name[language]}</p>
                {headline && (
                  <p className="mt-1 text-3xl font-semibold">
                    <FigureValue figure={headline} />
                  </p>
                )}
                {headline?.changeFrom && (
                  <p className="text-sm text-slate-600">
                    {t('changeFrom', { period: formatPeriod(headline.changeFrom, t) })}
                  </p>
                )}
                {qualifiers.map((figure) => (
                  <p key={figure.id} className="mt-1 text-base text-slate-700">
                    {figure.label[language]}: <FigureValue figure={figure} className="font-semibold" />
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
