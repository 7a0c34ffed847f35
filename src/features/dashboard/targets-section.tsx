import { ExportButton } from '../../components/export-button.tsx'
import { targetsByField } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { targetsIntro } from '../../model/targets-intro.ts'
import { percentTargetRows } from '../../model/chart-rows.ts'
import { PercentTargetsCard } from './percent-targets-card.tsx'
import { PlanFacts } from './plan-facts.tsx'
import { IndicatorFilterBar } from './indicator-filter-bar.tsx'
import { useIndicatorFilter } from '../../stores/indicator-filter.ts'
import { usePresentFiltered } from '../../stores/present-filtered.ts'
import { isFilterActive, matchesFilter, pairedIndicatorIds } from '../../model/indicator-filter.ts'
import { TargetGroup } from './target-group.tsx'
import type { Field } from '../../dataset/schema.ts'

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
    party: 0,
  }
  for (const group of allGroups) counts[group.field] = group.entries.length
  // The percent chart shows the targets the filter lets through, like the cards.
  const percentRows = percentTargetRows(
    dataset,
    language,
    groups.flatMap((group) => group.entries.map((entry) => entry.target)),
  )
  return (
    <section data-print="page" id="targets" aria-labelledby="targets-title" className="scroll-mt-20 py-6">
      <div className="flex items-start justify-between gap-3">
        <h2 id="targets-title" className="text-xl font-semibold">
          {t('sectionTargets', { year })}
        </h2>
        <ExportButton itemId="targets" itemName={t('sectionTargets', { year })} />
      </div>
      <p className="text-muted mt-1">{targetsIntro(dataset, t, language)}</p>
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
        <TargetGroup
          key={field}
          field={field}
          entries={entries}
          periods={dataset.periods}
          // What a search or a filter found is shown whole.
          isFoldable={!isFilterActive(filter)}
        />
      ))}
      {percentRows.length > 0 && <PercentTargetsCard rows={percentRows} year={year} />}
    </section>
  )
}
