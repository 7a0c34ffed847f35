import { lazy } from 'react'
import { ChartCard } from '../../components/chart-card.tsx'
import { ExportButton } from '../../components/export-button.tsx'
import { DataTable } from '../../components/data-table.tsx'
import { targetsByField } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { placeName } from '../../model/place-line.ts'
import { percentChartSummary, percentTargetRows } from '../../model/chart-rows.ts'
import { PlanFacts } from './plan-facts.tsx'
import { TargetCard } from './target-card.tsx'

const PercentTargetsChart = lazy(() => import('../../components/charts/percent-targets-chart.tsx'))

type TargetsSectionProps = { dataset: Dataset }

export function TargetsSection({ dataset }: TargetsSectionProps) {
  const { language, t } = useI18n()
  const year = dataset.periods.target
  const groups = targetsByField(dataset)
  const count = groups.reduce((total, group) => total + group.entries.length, 0)
  const percentRows = percentTargetRows(dataset, language)
  const chartHeight = 56 + percentRows.length * 44
  return (
    <section data-print="page" id="targets" aria-labelledby="targets-title" className="scroll-mt-20 py-6">
      <div className="flex items-start justify-between gap-3">
        <h2 id="targets-title" className="text-xl font-semibold">
          {t('sectionTargets', { year })}
        </h2>
        <ExportButton itemId="targets" itemName={t('sectionTargets', { year })} />
      </div>
      <p className="mt-1 text-slate-700">
        {t('targetsIntro', { year, count, place: placeName(dataset.report, language) })}
      </p>
      <PlanFacts dataset={dataset} />
      {groups.map(({ field, entries }) => (
        <div key={field} className="mt-5">
          <h3 className="text-lg font-semibold text-slate-800">
            {t(fieldKeys[field])} <span className="font-normal text-slate-600">({entries.length})</span>
          </h3>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
            {entries.map((entry) => (
              <TargetCard key={entry.target.id} entry={entry} actualYear={dataset.periods.actual} />
            ))}
          </ul>
        </div>
      ))}
      {percentRows.length > 0 && (
        <div className="mt-6">
          <ChartCard
            title={t('percentChartTitle', { year })}
            summary={percentChartSummary(percentRows, t)}
            note={
              <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700" aria-hidden="true">
                <span className="flex items-center gap-1.5">
                  <span className="inline-block size-3.5 rounded-sm bg-(--color-target)" />{' '}
                  {t('legendHigher')}
                </span>
                <span className="flex items-center gap-1.5">
                  <span className="inline-block size-3.5 rounded-sm border-2 border-violet-700 bg-[repeating-linear-gradient(45deg,#6d28d9_0_3px,#ede9fe_3px_6px)]" />{' '}
                  {t('legendLower')}
                </span>
              </p>
            }
            height={chartHeight}
            exportId="percent-targets"
            chart={(width) => (
              <PercentTargetsChart
                rows={percentRows}
                language={language}
                height={chartHeight}
                width={width}
              />
            )}
            table={
              <DataTable
                caption={t('percentChartTitle', { year })}
                headers={[t('tableIndicator'), t('tableValue'), t('legendLower')]}
                rows={percentRows.map((row) => ({
                  key: row.id,
                  cells: [row.name, row.label, row.isLowerBetter ? '✓' : ''],
                }))}
              />
            }
          />
        </div>
      )}
    </section>
  )
}
