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
import { IndicatorFilterBar } from './indicator-filter-bar.tsx'
import { useIndicatorFilter } from './use-indicator-filter.ts'
import { usePresentFiltered } from '../presenter/use-deck-choice.ts'
import { matchesFilter, pairedIndicatorIds } from '../../model/indicator-filter.ts'
import type { Field } from '../../dataset/schema.ts'
import { TargetList } from '../../components/views/target-list.tsx'
import { ChartLegend } from '../../components/charts/chart-legend.tsx'
import { percentChartConfig, useChartFormat } from '../../components/charts/chart-config.ts'
import { percentChartLayout } from '../../components/charts/percent-chart-layout.ts'

import PercentTargetsChart from '../../components/charts/percent-targets-chart.tsx'

/** Wider, the bars only grow longer; narrower, the chart also prints at a readable size. */
const maxChartWidth = 900

type TargetsSectionProps = { dataset: Dataset }

export function TargetsSection({ dataset }: TargetsSectionProps) {
  const { language, t } = useI18n()
  const year = dataset.periods.target
  const allGroups = targetsByField(dataset)
  const count = allGroups.reduce((total, group) => total + group.entries.length, 0)
  const { filter, setFilter } = useIndicatorFilter()
  const presentFiltered = usePresentFiltered()
  const paired = pairedIndicatorIds(dataset)
  const groups = allGroups
    .map(({ field, entries }) => ({
      field,
      entries: entries.filter(({ indicator }) => matchesFilter(indicator, filter, paired)),
    }))
    .filter((group) => group.entries.length > 0)
  const shown = groups.reduce((total, group) => total + group.entries.length, 0)
  const counts: Record<Field, number> = {
    'economy-budget': 0,
    'urban-environment': 0,
    society: 0,
    defence: 0,
  }
  for (const group of allGroups) counts[group.field] = group.entries.length
  const format = useChartFormat()
  const percentRows = percentTargetRows(dataset, language)
  // The card keeps the wide layout's height while the chart loads; a phone's chart grows from there.
  const chartHeight = percentChartLayout(percentRows, 'screen', 1000).height
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
      <IndicatorFilterBar
        filter={filter}
        onChange={setFilter}
        counts={counts}
        shown={shown}
        total={count}
        onPresent={presentFiltered}
      />
      {shown === 0 && <p className="text-muted mt-5 text-base">{t('filterNone')}</p>}
      {groups.map(({ field, entries }) => (
        <div key={field} className="mt-5">
          <h3 className="text-lg font-semibold text-slate-800">
            {t(fieldKeys[field])} <span className="font-normal text-slate-600">({entries.length})</span>
          </h3>
          <div className="mt-2">
            <TargetList entries={entries} actualYear={dataset.periods.actual} size="screen" />
          </div>
        </div>
      ))}
      {percentRows.length > 0 && (
        <div className="mt-6">
          <ChartCard
            title={t('percentChartTitle', { year })}
            summary={percentChartSummary(percentRows, t)}
            note={
              <div className="mt-2">
                <ChartLegend config={percentChartConfig} size="screen" />
              </div>
            }
            height={chartHeight}
            exportId="percent-targets"
            chart={(width) => (
              <PercentTargetsChart
                rows={percentRows}
                formatTick={format.percent}
                size="screen"
                width={width && Math.min(width, maxChartWidth)}
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
