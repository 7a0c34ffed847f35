import type { TargetEntry } from '../../dataset/derive.ts'
import { TargetList } from '../views/target-list.tsx'

export function TargetsSlide({ entries, actualYear }: { entries: TargetEntry[]; actualYear: number }) {
  return <TargetList entries={entries} actualYear={actualYear} size="slide" />
}
