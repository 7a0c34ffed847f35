import { useState } from 'react'
import { ExportButton } from '../../components/export-button.tsx'
import { IndicatorTable } from '../../components/views/indicator-table.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { matchesFilter, pairedIndicatorIds } from '../../model/indicator-filter.ts'
import {
  indicatorRows,
  type Sort,
  type SortKey,
  sortRows,
  tableColumns,
} from '../../model/indicator-table.ts'
import { presentSections } from '../../dataset/derive.ts'
import { useIndicatorFilter } from '../../stores/indicator-filter.ts'

/** Every indicator in one sortable table, narrowed by the same filter as the targets. */
export function IndicatorsSection({ dataset }: { dataset: Dataset }) {
  const { language, t } = useI18n()
  const { filter } = useIndicatorFilter()
  // Unsorted, the rows keep the dataset's order (the report's); a header sorts, a second click reverses.
  const [sort, setSort] = useState<Sort | null>(null)
  const all = indicatorRows(dataset)
  const paired = pairedIndicatorIds(dataset)
  const shown = all.filter((row) => matchesFilter(row.indicator, filter, paired))
  const rows = sort ? sortRows(shown, sort, language) : shown
  const toggle = (key: SortKey) =>
    setSort(sort?.key === key ? { key, isDescending: !sort.isDescending } : { key, isDescending: false })
  return (
    <section id="indicators" aria-labelledby="indicators-title" className="scroll-mt-20 py-6">
      <div className="flex items-start justify-between gap-2">
        <h2 id="indicators-title" className="text-xl font-semibold">
          {t('sectionIndicators')}
        </h2>
        <ExportButton itemId="indicators" itemName={t('sectionIndicators')} />
      </div>
      <p className="text-muted mt-1 mb-3">
        {/* The filter bar is in the targets' section: without targets, there is none to speak of. */}
        {presentSections(dataset).has('targets')
          ? t('indicatorsIntro', { shown: shown.length, count: all.length })
          : t('indicatorsIntroUnfiltered', { count: all.length })}
      </p>
      <IndicatorTable
        rows={rows}
        columns={tableColumns(all)}
        years={dataset.periods}
        size="screen"
        sort={sort}
        onSort={toggle}
      />
    </section>
  )
}
