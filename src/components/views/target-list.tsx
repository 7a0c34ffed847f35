import type { TargetEntry } from '../../dataset/derive.ts'
import { gridTokens, type ViewSize } from './view-size.ts'
import { TargetSummary } from './target-summary.tsx'

type TargetListProps = { entries: TargetEntry[]; actualYear: number; size: ViewSize }

/** Targets side by side; a slide of four or fewer uses two wide columns. */
export function TargetList({ entries, actualYear, size }: TargetListProps) {
  const columns = size === 'slide' ? (entries.length <= 4 ? 'grid-cols-2' : 'grid-cols-3') : ''
  return (
    <ul className={`${gridTokens.targets[size]} ${columns}`}>
      {entries.map((entry) => (
        <TargetSummary key={entry.target.id} entry={entry} actualYear={actualYear} size={size} />
      ))}
    </ul>
  )
}
