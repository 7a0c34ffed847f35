import type { Comparison, Result, TargetEntry } from '../dataset/derive.ts'
import type { QuotedItem } from '../dataset/quotes.ts'
import type { Field, Figure } from '../dataset/schema.ts'
import type { FollowedTarget } from './follow-targets.ts'

/** A slide of the deck: what it shows, and the quotes behind its figures (the presenter's notes). */
export type Slide = { id: string; notes: QuotedItem[] } & (
  | { kind: 'title' }
  | { kind: 'scorecard'; results: Result[]; page: number; pages: number }
  | { kind: 'comparison'; comparison: Comparison }
  | { kind: 'facts' }
  | { kind: 'targets'; field: Field; entries: TargetEntry[]; page: number; pages: number }
  | { kind: 'percent-targets'; entries: TargetEntry[]; page: number; pages: number }
  | { kind: 'record'; year: number; followed: FollowedTarget[]; page: number; pages: number }
  | { kind: 'profile'; figures: Figure[]; withDensity: boolean; page: number; pages: number }
  | { kind: 'closing' }
)
