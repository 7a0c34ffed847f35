import { FigureValue } from '../../components/figure-value.tsx'
import { SourceRef } from '../../components/source-ref.tsx'
import { populationDensity } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { formatNumber } from '../../lib/format.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { placeName } from '../../model/place-line.ts'
import { formatPeriod } from '../../components/figure-value.tsx'

type ProfileSectionProps = { dataset: Dataset }

export function ProfileSection({ dataset }: ProfileSectionProps) {
  const { language, t } = useI18n()
  const profile = dataset.figures.filter((f) => f.role === 'profile')
  const wholes = profile.filter((f) => !f.partOf)
  const density = populationDensity(dataset)
  return (
    <section data-print="page" id="profile" aria-labelledby="profile-title" className="scroll-mt-20 py-6">
      <h2 id="profile-title" className="text-xl font-semibold">
        {t('profileTitle', { place: placeName(dataset.report, language) })}
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {wholes.map((figure) => {
          const parts = profile.filter((f) => f.partOf === figure.id)
          return (
            <li key={figure.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="text-sm font-semibold text-slate-700">{figure.label[language]}</p>
              <p className="mt-1 text-2xl font-semibold">
                <FigureValue figure={figure} />
              </p>
              {figure.period && <p className="text-sm text-slate-600">{formatPeriod(figure.period, t)}</p>}
              {parts.length > 0 && (
                <>
                  <div className="mt-2 flex h-3 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                    {parts.map((part, i) => (
                      <span
                        key={part.id}
                        style={{ width: `${(part.value / figure.value) * 100}%` }}
                        className={i % 2 === 0 ? 'bg-slate-600' : 'bg-slate-300'}
                      />
                    ))}
                  </div>
                  <ul className="mt-1 text-sm text-slate-700">
                    {parts.map((part) => (
                      <li key={part.id}>
                        <SourceRef sourceId={part.id} quote={part.quote} className="font-semibold">
                          <span data-figure-id={part.id}>{formatNumber(part.value, language)}</span>
                        </SourceRef>{' '}
                        {part.label[language].toLocaleLowerCase(language)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          )
        })}
        {density && (
          <li
            className="rounded-xl border border-dashed border-slate-400 bg-white p-4"
            data-derived="density"
          >
            <p className="text-sm font-semibold text-slate-700">
              {t('density')}{' '}
              <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                {t('derived')}
              </span>
            </p>
            <p className="mt-1 text-2xl font-semibold tabular-nums">
              {formatAmount({ value: density.value, comparator: 'exact', unit: 'person-per-km2' }, language)}
            </p>
            <p className="text-sm text-slate-600">
              {t('densityHow', {
                population: formatNumber(density.population.value, language),
                area: formatNumber(density.area.value, language),
              })}
            </p>
          </li>
        )}
      </ul>
    </section>
  )
}
