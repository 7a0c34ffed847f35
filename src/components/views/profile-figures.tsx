import { populationDensity } from '../../dataset/derive.ts'
import type { Dataset, Figure } from '../../dataset/schema.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { formatNumber } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureValue } from '../figure-value.tsx'
import { formatPeriod } from '../../model/format-period.ts'
import { SourceRef } from '../source-ref.tsx'
import { amountClass, listTokens, textTokens, type ViewSize } from './view-size.ts'

type ProfileFiguresProps = { dataset: Dataset; size: ViewSize }

/** The place at a glance: each figure of the profile, its parts, and the density derived from two of them. */
export function ProfileFigures({ dataset, size }: ProfileFiguresProps) {
  const { language, t } = useI18n()
  const tokens = textTokens[size]
  const isStatic = size !== 'screen'
  const profile = dataset.figures.filter((f) => f.role === 'profile')
  const density = populationDensity(dataset)
  const densityText = density
    ? formatAmount({ value: density.value, comparator: 'exact', unit: 'person-per-km2' }, language)
    : ''
  const wholes = profile.filter((figure) => !figure.partOf)
  const texts = [...wholes.map((figure) => formatAmount(figure, language)), densityText]
  const amount = amountClass(tokens.value, texts, listTokens.profile.room[size])
  const frame = `${tokens.item} ${isStatic ? `${tokens.rule} border-actual` : ''}`
  return (
    <ul className={listTokens.profile.grid[size]}>
      {wholes.map((figure) => (
        <li key={figure.id} className={frame}>
          <p className={tokens.name}>{figure.label[language]}</p>
          <p className={`mt-1 ${amount}`}>
            <FigureValue figure={figure} isStatic={isStatic} />
          </p>
          {figure.period && <p className={tokens.note}>{formatPeriod(figure.period, t)}</p>}
          <FigureParts whole={figure} parts={profile.filter((f) => f.partOf === figure.id)} size={size} />
        </li>
      ))}
      {density && (
        <li
          className={`${frame} border-dashed ${isStatic ? 'border-muted' : 'border-strong'}`}
          data-derived="density"
        >
          <p className={tokens.name}>
            {t('density')}{' '}
            <span
              className={`ml-1 inline-block rounded px-1.5 font-semibold whitespace-nowrap ${isStatic ? 'border-muted text-fg border-2' : 'bg-hover text-fg text-xs'}`}
            >
              {t('derived')}
            </span>
          </p>
          <p className={`mt-1 ${amount}`}>{densityText}</p>
          <p className={tokens.note}>
            {/* The sentence on the dashboard; the sum alone where space is counted, the badge says the rest. */}
            {isStatic
              ? `${formatNumber(density.population.value, language)} ÷ ${formatNumber(density.area.value, language)}`
              : t('densityHow', {
                  population: formatNumber(density.population.value, language),
                  area: formatNumber(density.area.value, language),
                })}
          </p>
        </li>
      )}
    </ul>
  )
}

type FigurePartsProps = { whole: Figure; parts: Figure[]; size: ViewSize }

/** The parts of a whole ("16 đảng bộ cơ sở, 51 chi bộ cơ sở") with a bar of their shares. */
function FigureParts({ whole, parts, size }: FigurePartsProps) {
  const { language } = useI18n()
  if (parts.length === 0) return null
  return (
    <>
      <div className="bg-grid mt-2 flex h-[0.75em] overflow-hidden rounded-full" aria-hidden="true">
        {parts.map((part, i) => (
          <span
            key={part.id}
            style={{ width: `${(part.value / whole.value) * 100}%` }}
            className={i % 2 === 0 ? 'bg-muted' : 'bg-strong'}
          />
        ))}
      </div>
      <ul className={`mt-1 ${textTokens[size].body}`}>
        {parts.map((part) => (
          <li key={part.id}>
            {size === 'screen' ? (
              <SourceRef sourceId={part.id} quote={part.quote} className="font-semibold">
                <span data-figure-id={part.id}>{formatNumber(part.value, language)}</span>
              </SourceRef>
            ) : (
              <strong>{formatNumber(part.value, language)}</strong>
            )}{' '}
            {part.label[language].toLocaleLowerCase(language)}
          </li>
        ))}
      </ul>
    </>
  )
}
