import { ComparisonCard } from '../../components/charts/comparison-card.tsx'
import { FoldButton, useFold } from '../../components/fold.tsx'
import { matchesFilter, pairedIndicatorIds } from '../../model/indicator-filter.ts'
import { useIndicatorFilter } from '../../stores/indicator-filter.ts'
import { comparisons } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { unitLabel } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { comparisonRows, comparisonSummary } from '../../model/chart-rows.ts'
import { RequiredChange } from '../../components/views/required-change.tsx'

const chartHeight = 240

type ComparisonsSectionProps = { dataset: Dataset }

export function ComparisonsSection({ dataset }: ComparisonsSectionProps) {
  const { language, t } = useI18n()
  const { actual, target } = dataset.periods
  // The filter narrows the charts too; many charts show six until asked for all.
  const { filter } = useIndicatorFilter()
  const paired = pairedIndicatorIds(dataset)
  const shown = comparisons(dataset).filter(({ indicator }) => matchesFilter(indicator, filter, paired))
  const fold = useFold(shown, 6)
  return (
    <section id="comparisons" aria-labelledby="comparisons-title" className="scroll-mt-20 py-6">
      <h2 id="comparisons-title" className="text-xl font-semibold">
        {t('sectionComparisons')}
      </h2>
      <p className="text-muted mt-1">
        {/* A year's results beside the same year's plan: the labels say how far the plan was met, not a change. */}
        {actual === target
          ? t('comparisonsIntroSameYear', { year: actual })
          : t('comparisonsIntro', { actual, target })}
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {fold.shown.map((comparison) => (
          <ComparisonCard
            key={comparison.indicator.id}
            title={comparison.indicator.name[language]}
            unit={unitLabel(comparison.target.unit, language)}
            summary={comparisonSummary(comparison, language, t)}
            note={<RequiredChange comparison={comparison} size="screen" />}
            rows={comparisonRows(comparison, language, t)}
            height={chartHeight}
            exportId={`comparison-${comparison.indicator.id}`}
          />
        ))}
      </div>
      {shown.length === 0 && <p className="text-muted mt-3">{t('comparisonsNone')}</p>}
      {fold.isFoldable && (
        <FoldButton
          isOpen={fold.isOpen}
          onToggle={fold.toggle}
          openLabel={t('comparisonsSeeAll', { count: shown.length })}
          closeLabel={t('seeFewer')}
        />
      )}
    </section>
  )
}
