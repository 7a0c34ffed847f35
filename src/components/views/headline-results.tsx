import { useState } from 'react'
import { leadingResults, type Result } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureValue } from '../figure-value.tsx'
import { FoldButton } from '../fold.tsx'
import { changeFromWords } from '../../model/period-words.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { amountClass, listTokens, textTokens, type ViewSize } from './view-size.ts'

type HeadlineResultsProps = {
  dataset: Dataset
  size: ViewSize
  /** The results a slide shows (a trimmed deck's); else the leading ones, or all after "see all". */
  results?: Result[]
}

/**
 * The actual year's results, one per indicator: the headline amount and its qualifiers. The leading ones
 * show (`leadingResults`); on the dashboard, "see all" shows the rest.
 */
export function HeadlineResults({ dataset, size, results: chosen }: HeadlineResultsProps) {
  const { language, t } = useI18n()
  const [isAll, setIsAll] = useState(false)
  const tokens = textTokens[size]
  const isStatic = size !== 'screen'
  const { lead, rest } = leadingResults(dataset)
  const results = chosen ?? (isAll ? [...lead, ...rest] : lead)
  const texts = results.flatMap(({ figures: [headline] }) =>
    headline ? [formatAmount(headline, language)] : [],
  )
  const amount = amountClass(tokens.value, texts, listTokens.headlines.room[size])
  return (
    <>
      <ul className={listTokens.headlines.grid[size]}>
        {results.map(({ indicator, figures: [headline, ...qualifiers] }) => (
          <li
            key={indicator.id}
            className={`${tokens.item} ${isStatic ? `${tokens.rule} border-actual` : ''}`}
          >
            <p className={`${tokens.name} ${tokens.twoLines}`}>{indicator.name[language]}</p>
            {headline && (
              <p className={`mt-1 ${amount}`}>
                <FigureValue figure={headline} isStatic={isStatic} />
              </p>
            )}
            {headline?.changeFrom && (
              <p className={tokens.note}>
                {t('changeFrom', { period: changeFromWords(dataset, headline, language, t) })}
              </p>
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
      {size === 'screen' && !chosen && rest.length > 0 && (
        <FoldButton
          isOpen={isAll}
          onToggle={() => setIsAll(!isAll)}
          openLabel={t('resultsSeeAll', { count: lead.length + rest.length })}
          closeLabel={t('seeFewer')}
        />
      )}
    </>
  )
}
