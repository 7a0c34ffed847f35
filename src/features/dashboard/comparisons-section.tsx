import { lazy } from 'react'
import { ChartCard } from '../../components/chart-card.tsx'
import { DataTable } from '../../components/data-table.tsx'
import { comparisons } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { changeLabel, comparisonRows, comparisonSummary } from '../../model/chart-rows.ts'

const ComparisonChart = lazy(() => import('../../components/charts/comparison-chart.tsx'))
const chartHeight = 240

type ComparisonsSectionProps = { dataset: Dataset }

export function ComparisonsSection({ dataset }: ComparisonsSectionProps) {
  const { language, t } = useI18n()
  const { actual, target } = dataset.periods
  return (
    <section
      data-print="page"
      id="comparisons"
      aria-labelledby="comparisons-title"
      className="scroll-mt-20 py-6"
    >
      <h2 id="comparisons-title" className="text-xl font-semibold">
        {t('sectionComparisons')}
      </h2>
      <p className="mt-1 text-slate-700">{t('comparisonsIntro', { actual, target })}</p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {comparisons(dataset).map((comparison) => {
          const rows = comparisonRows(comparison, language, t)
          const isBelow = comparison.change.isTargetBelowActual
          return (
            <ChartCard
              key={comparison.indicator.id}
              title={comparison.indicator.name[language]}
              subtitle={unitLabel(comparison.target.unit, language)}
              summary={comparisonSummary(comparison, language, t)}
              note={
                <p
                  data-testid="required-change"
                  className={`mt-2 rounded-md px-3 py-2 text-sm font-semibold ${isBelow ? 'bg-slate-100 text-slate-800' : 'bg-amber-50 text-amber-950'}`}
                >
                  {changeLabel(comparison, language, t)}
                </p>
              }
              height={chartHeight}
              exportId={`comparison-${comparison.indicator.id}`}
              chart={(width) => (
                <ComparisonChart
                  rows={rows}
                  unit={comparison.target.unit}
                  language={language}
                  height={chartHeight}
                  width={width}
                />
              )}
              table={
                <DataTable
                  caption={comparison.indicator.name[language]}
                  headers={[t('tablePeriod'), t('tableValue')]}
                  rows={rows.map((row) => ({ key: row.kind, cells: [row.period, row.label] }))}
                />
              }
            />
          )
        })}
      </div>
    </section>
  )
}
