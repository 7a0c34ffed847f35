import type { TargetEntry } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { actualPeriod, periodWords } from '../../model/period-words.ts'
import { noteSign, comparatorWords } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { FigureValue } from '../figure-value.tsx'
import { textTokens, type ViewSize } from './view-size.ts'

type TargetSummaryProps = {
  entry: TargetEntry
  /** The report's years: a result of the results' year is said with the part of it it covers. */
  periods: Dataset['periods']
  size: ViewSize
  /** The type size its list chose for every amount, so that they line up. */
  amount: string
}

/**
 * One target: the indicator, the amount with its comparator in words, the actual it starts from, and
 * which way is better when lower is. The rule on the left is violet where lower is better.
 */
export function TargetSummary({ entry, periods, size, amount }: TargetSummaryProps) {
  const { language, t } = useI18n()
  const { target, indicator, actual } = entry
  const tokens = textTokens[size]
  const isStatic = size !== 'screen'
  const isLower = indicator.better === 'lower'
  const rule = isLower ? `${tokens.rule} border-l-lower` : isStatic ? `${tokens.rule} border-l-target` : ''
  return (
    <li data-target-id={target.id} className={`flex flex-col gap-1 ${tokens.item} ${rule}`}>
      <p className={`${tokens.name} ${tokens.twoLines}`}>{indicator.name[language]}</p>
      <p className={amount}>
        <FigureValue figure={target} isStatic={isStatic} />
      </p>
      <p className={tokens.note}>
        {noteSign(target.comparator) &&
          (isStatic ? (
            `${noteSign(target.comparator)} `
          ) : (
            <span
              aria-hidden="true"
              className="bg-hover text-fg mr-1 inline-block min-w-[1.25em] rounded px-1 text-center font-semibold"
            >
              {noteSign(target.comparator)}
            </span>
          ))}
        {comparatorWords(target.comparator, language)}
        {actual ? (
          <>
            {' · '}
            {t('actualWhereKnown', {
              year: periodWords({ periods }, actual.period?.year ?? periods.actual, language),
            })}{' '}
            <FigureValue figure={actual} className="font-semibold" isRepeat isStatic={isStatic} />
          </>
        ) : (
          // A report of targets only (its results' year is its targets') has no results to miss.
          size === 'screen' &&
          (periods.actual !== periods.target || periods.actualPart !== undefined) && (
            <span className="block">
              {t('noActual', { year: actualPeriod({ periods }, language, { named: true }) })}
            </span>
          )
        )}
      </p>
      {/* On the dashboard every direction is said; on a slide or an image only the exception. */}
      {(isLower || (size === 'screen' && indicator.better === 'higher')) && (
        <p className={`${tokens.note} mt-auto font-semibold ${isLower ? 'text-lower' : ''}`}>
          {t(isLower ? 'betterLower' : 'betterHigher')}
        </p>
      )}
    </li>
  )
}
