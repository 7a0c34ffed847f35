import { headlineResults } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureValue, formatPeriod } from '../figure-value.tsx'
import { formatAmount } from '../../dataset/format-amount.ts'
import { amountClass, listTokens, textTokens, type ViewSize } from './view-size.ts'

type HeadlineResultsProps = { dataset: Dataset; size: ViewSize }

/** The actual year's results, one per indicator: the headline amount and its qualifiers. */
export function HeadlineResults({ dataset, size }: HeadlineResultsProps) {
  const { language, t } = useI18n()
  const tokens = textTokens[size]
  const isStatic = size !== 'screen'
  const results = headlineResults(dataset)
  const texts = results.flatMap(({ figures: [headline] }) =>
    headline ? [formatAmount(headline, language)] : [],
  )
  const amount = amountClass(tokens.value, texts, listTokens.headlines.room[size])
  return (
    <ul className={listTokens.headlines.grid[size]}>
      {results.map(({ indicator, figures: [headline, ...qualifiers] }) => (
        <li key={indicator.id} className={`${tokens.item} ${isStatic ? `${tokens.rule} border-actual` : ''}`}>
          <p className={`${tokens.name} ${tokens.twoLines}`}>{indicator.name[language]}</p>
          {headline && (
            <p className={`mt-1 ${amount}`}>
              <FigureValue figure={headline} isStatic={isStatic} />
            </p>
          )}
          {headline?.changeFrom && (
            <p className={tokens.note}>{t('changeFrom', { period: formatPeriod(headline.changeFrom, t) })}</p>
          )}
          {qualifiers.map((figure) => (
            <p key={figure.id} className={`${tokens.note} mt-1`}>
              {figure.label[language]}:{' '}
              <FigureValue figure={figure} className="font-semibold" isStatic={isStatic} />
            </p>
          ))}
        </li>
      ))}
    </ul>
  )
}
