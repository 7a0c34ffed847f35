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
  // Three in a row, except two or four, which sit as one or two rows of two.
  const isWide = size === 'slide' && (entries.length <= 2 || entries.length === 4)
  const columns = size === 'slide' ? (isWide ? 'grid-cols-2' : 'grid-cols-3') : ''
  const texts = entries.map(({ target }) => formatAmount(target, language))
  const amount = amountClass(
    textTokens[size].target,
    texts,
    isWide ? listTokens.targets.room[size] * 1.5 : listTokens.targets.room[size],
  )
  return (
    <ul className={`${listTokens.targets.grid[size]} ${columns}`}>
      {entries.map((entry) => (
        <TargetSummary key={entry.target.id} entry={entry} periods={periods} size={size} amount={amount} />
      ))}
    </ul>
  )
}
