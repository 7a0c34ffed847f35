import type { TargetEntry } from '../../dataset/derive.ts'
import type { ViewSize } from './view-size.ts'
import { TargetSummary } from './target-summary.tsx'

type TargetListProps = { entries: TargetEntry[]; actualYear: number; size: ViewSize }

const listClass: Record<ViewSize, string> = {
  screen: 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4',
  slide: 'grid content-start gap-x-14 gap-y-14',
  export: 'grid grid-cols-3 gap-x-8 gap-y-4',
}

/** Targets side by side; a slide of four or fewer uses two wide columns. */
export function TargetList({ entries, actualYear, size }: TargetListProps) {
  const columns = size === 'slide' ? (entries.length <= 4 ? 'grid-cols-2' : 'grid-cols-3') : ''
  return (
    <ul className={`${listClass[size]} ${columns}`}>
      {entries.map((entry) => (
        <TargetSummary key={entry.target.id} entry={entry} actualYear={actualYear} size={size} />
      ))}
    </ul>
  )
}
