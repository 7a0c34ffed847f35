import type { Dataset } from '../../dataset/schema.ts'
import type { TargetEntry } from '../../dataset/derive.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { amountClass, listTokens, textTokens, type ViewSize } from './view-size.ts'
import { TargetSummary } from './target-summary.tsx'

type TargetListProps = { entries: TargetEntry[]; periods: Dataset['periods']; size: ViewSize }

/** Targets side by side, in columns of the list's grid. */
export function TargetList({ entries, periods, size }: TargetListProps) {
  const { language } = useI18n()
  const texts = entries.map(({ target }) => formatAmount(target, language))
  const amount = amountClass(textTokens[size].target, texts, listTokens.targets.room[size])
  return (
    <ul className={listTokens.targets.grid[size]}>
      {entries.map((entry) => (
        <TargetSummary key={entry.target.id} entry={entry} periods={periods} size={size} amount={amount} />
      ))}
    </ul>
  )
}
