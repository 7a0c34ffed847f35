import { formatPeriod } from '../../components/figure-value.tsx'
import { populationDensity } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { formatNumber } from '../../lib/format.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'

export function ProfileSlide({ dataset }: { dataset: Dataset }) {
  const { language, t } = useI18n()
  const profile = dataset.figures.filter((f) => f.role === 'profile')
  const density = populationDensity(dataset)
  return (
    <ul className="grid h-full grid-cols-4 content-start gap-x-10 gap-y-12">
      {profile
        .filter((figure) => !figure.partOf)
        .map((figure) => {
          const parts = profile.filter((f) => f.partOf === figure.id)
          return (
            <li key={figure.id} className="border-l-8 border-(--slide-actual) pl-5">
              <p className="text-[34px] leading-snug text-(--slide-muted)">{figure.label[language]}</p>
              <p className="text-[52px] leading-tight font-semibold tabular-nums">
                {formatAmount(figure, language)}
              </p>
              {figure.period && (
                <p className="text-[34px] text-(--slide-muted)">{formatPeriod(figure.period, t)}</p>
              )}
              {parts.map((part) => (
                <p key={part.id} className="text-[34px]">
                  {formatAmount(part, language)}
                </p>
              ))}
            </li>
          )
        })}
      {density && (
        <li className="border-l-8 border-dashed border-(--slide-muted) pl-5">
          <p className="text-[34px] leading-snug text-(--slide-muted)">
            {t('density')} ({t('derived').toLocaleLowerCase(language)})
          </p>
          <p className="text-[52px] leading-tight font-semibold tabular-nums">
            {formatAmount({ value: density.value, comparator: 'exact', unit: 'person-per-km2' }, language)}
          </p>
          <p className="text-[34px] text-(--slide-muted)">
            {formatNumber(density.population.value, language)} ÷ {formatNumber(density.area.value, language)}
          </p>
        </li>
      )}
    </ul>
  )
}
