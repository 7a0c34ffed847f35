import type { TargetEntry } from '../../dataset/derive.ts'
import { comparatorSign, comparatorWords, formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'

export function TargetsSlide({ entries }: { entries: TargetEntry[] }) {
  const { language, t } = useI18n()
  const columns = entries.length <= 4 ? 2 : 3
  return (
    <ul
      className="grid h-full content-start gap-x-14 gap-y-14"
      style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
    >
      {entries.map(({ target, indicator, actual }) => {
        const isLower = indicator.better === 'lower'
        return (
          <li
            key={target.id}
            data-target-id={target.id}
            className={`border-l-8 pl-6 ${isLower ? 'border-(--slide-lower)' : 'border-(--slide-target)'}`}
          >
            <p className="text-[34px] leading-snug text-balance">{indicator.name[language]}</p>
            <p className="mt-1 text-[64px] leading-tight font-semibold tabular-nums">
              {formatAmount(target, language)}
            </p>
            <p className="text-[34px] leading-snug text-(--slide-muted)">
              {target.comparator === 'exact' ? '' : `${comparatorSign(target.comparator)} `}
              {comparatorWords(target.comparator, language)}
              {actual &&
                ` · ${t('actualWhereKnown', { year: actual.period?.year ?? '' })} ${formatAmount(actual, language)}`}
            </p>
            {isLower && <p className="text-[34px] font-semibold text-(--slide-lower)">{t('betterLower')}</p>}
          </li>
        )
      })}
    </ul>
  )
}
