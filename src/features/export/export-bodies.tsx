import { IndicatorTable } from '../../components/views/indicator-table.tsx'
import { actualPeriod } from '../../model/period-words.ts'
import { indicatorRows } from '../../model/indicator-table.ts'
import ComparisonChart from '../../components/charts/comparison-chart.tsx'
import PercentTargetsChart from '../../components/charts/percent-targets-chart.tsx'
import { ChartLegend } from '../../components/charts/chart-legend.tsx'
import { percentLegend, useChartFormat } from '../../components/charts/chart-config.ts'
import { HeadlineResults } from '../../components/views/headline-results.tsx'
import { PlanFacts } from '../../components/views/plan-facts.tsx'
import { OtherFigures } from '../../components/views/other-figures.tsx'
import { ProfileFigures } from '../../components/views/profile-figures.tsx'
import { RequiredChange } from '../../components/views/required-change.tsx'
import { ScorecardSummary } from '../../components/views/scorecard-summary.tsx'
import { TargetList } from '../../components/views/target-list.tsx'
import { textTokens } from '../../components/views/view-size.ts'
import {
  type Comparison,
  comparisons,
  headlineResults,
  planFacts,
  presentSections,
  targetsByField,
} from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { comparisonRows, percentTargetRows } from '../../model/chart-rows.ts'
import { placeName } from '../../model/place-line.ts'

type BodyProps = { dataset: Dataset }

const heading = textTokens.export.heading

export function ComparisonBody({ comparison, width = 900 }: { comparison: Comparison; width?: number }) {
  const { language, t } = useI18n()
  const format = useChartFormat()
  return (
    <div style={{ width }}>
      <RequiredChange comparison={comparison} size="export" />
      <ComparisonChart
        rows={comparisonRows(comparison, language, t)}
        axisLabel={unitLabel(comparison.target.unit, language)}
        formatTick={format.compact}
        size="export"
        height={Math.round(width * 0.5)}
        width={width}
      />
    </div>
  )
}

export function PercentTargetsBody({ dataset, width = 900 }: BodyProps & { width?: number }) {
  const { language } = useI18n()
  const format = useChartFormat()
  return (
    <div className="flex flex-col gap-3" style={{ width }}>
      <ChartLegend config={percentLegend(percentTargetRows(dataset, language))} size="export" />
      <PercentTargetsChart
        rows={percentTargetRows(dataset, language)}
        formatTick={format.percent}
        size="export"
        width={width}
      />
    </div>
  )
}

/**
 * The year's results, every one (an image has no "see all"), beside the report's own count where it gives one. The
 * frame's title names the scorecard, so the body does not repeat it.
 */
export function ScorecardBody({ dataset, width = 1000 }: BodyProps & { width?: number }) {
  const results = <HeadlineResults dataset={dataset} size="export" results={headlineResults(dataset)} />
  if (!dataset.scorecard) return <div style={{ width }}>{results}</div>
  return (
    <div className="grid grid-cols-[360px_1fr] gap-10" style={{ width }}>
      <ScorecardSummary scorecard={dataset.scorecard} size="export" />
      <div>{results}</div>
    </div>
  )
}

export function TargetsBody({ dataset }: BodyProps) {
  const { t } = useI18n()
  return (
    <div className="flex w-[1200px] flex-col gap-6">
      {targetsByField(dataset).map(({ field, entries }) => (
        <section key={field}>
          <p className={`${heading} mb-2`}>{t(fieldKeys[field])}</p>
          <TargetList entries={entries} periods={dataset.periods} size="export" />
        </section>
      ))}
    </div>
  )
}

/** Every indicator as one table, as the dashboard shows it unsorted. */
export function IndicatorsBody({ dataset }: BodyProps) {
  return <IndicatorTable rows={indicatorRows(dataset)} years={dataset.periods} size="export" />
}

/** The whole dashboard as one long image: the sections the page shows, each under its own heading. */
export function DashboardBody({ dataset }: BodyProps) {
  const { language, t } = useI18n()
  const { target } = dataset.periods
  const sections = presentSections(dataset)
  const hasPercents = percentTargetRows(dataset, language).length > 0
  return (
    <div className="flex w-[1300px] flex-col gap-12">
      {sections.has('results') && (
        <section>
          <p className={`${heading} mb-4`}>
            {t('sectionResults', { year: actualPeriod(dataset, language) })}
          </p>
          <ScorecardBody dataset={dataset} width={1300} />
        </section>
      )}
      {sections.has('comparisons') && (
        <section>
          <p className={`${heading} mb-4`}>{t('sectionComparisons')}</p>
          <div className="grid grid-cols-2 gap-x-12 gap-y-10">
            {comparisons(dataset).map((comparison) => (
              <div key={comparison.indicator.id}>
                <p className="mb-2 text-[20px] font-semibold">{comparison.indicator.name[language]}</p>
                <ComparisonBody comparison={comparison} width={620} />
              </div>
            ))}
          </div>
        </section>
      )}
      {sections.has('targets') && (
        <section className="flex flex-col gap-6">
          <p className={heading}>{t('sectionTargets', { year: target })}</p>
          {!planFacts(dataset).isEmpty && <PlanFacts dataset={dataset} size="export" />}
          <TargetsBody dataset={dataset} />
        </section>
      )}
      {hasPercents && (
        <section>
          <p className={`${heading} mb-3`}>{t('percentChartTitle', { year: target })}</p>
          <PercentTargetsBody dataset={dataset} width={1200} />
        </section>
      )}
      {sections.has('profile') && (
        <section>
          <p className={`${heading} mb-4`}>
            {t('profileTitle', { place: placeName(dataset.report, language) })}
          </p>
          <ProfileFigures dataset={dataset} size="export" />
        </section>
      )}
      {sections.has('others') && (
        <section>
          <p className={`${heading} mb-1`}>{t('othersTitle')}</p>
          <p className={`${textTokens.export.note} mb-4`}>{t('othersIntro')}</p>
          <OtherFigures dataset={dataset} size="export" />
        </section>
      )}
    </div>
  )
}
