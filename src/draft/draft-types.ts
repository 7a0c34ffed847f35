import type { Comparator, Pair, Period, TextFact, Unit } from '../dataset/schema.ts'
import type { DraftReport } from './report-meta.ts'
import type { SetAsideFigure } from './set-aside.ts'
import type { Why } from './structure/reasons.ts'

export type DraftRole = 'actual' | 'target' | 'profile' | 'fact'

/** A candidate figure: the dataset's figure fields, with "TODO" where a person must decide. */
export type DraftFigure = {
  id: string
  role: DraftRole
  indicatorId?: string
  label: { vi: string; en: string }
  unit: Unit | 'TODO'
  /** With unit "other": the report's words for the unit. */
  otherUnit?: string
  /** The unit as the report writes it, after any scale word ("tỷ đồng", "ha", "người/km2"). */
  unitText: string
  /** A table's unit, written apart from the number: its row's unit cell ("Tỷ đồng") or its column's "(%)". */
  unitWords?: string
  comparator: Comparator
  value: number
  max?: number
  period?: Period
  /** "6 tháng đầu năm": the figure covers part of its year. */
  partOfYear?: string
  changeFrom?: Period
  isEstimate?: boolean
  quote: string
  valueText: string
  /** Where `valueText` starts in the source text, and where its sentence does. */
  at?: number
  sentenceStart?: number
  /** The words that made the draft choose its role and year. */
  why?: Why
  /** What a person must check or do before this figure is complete; remove when done. */
  todo?: string[]
}

export type DraftScorecard = {
  period?: Period
  achieved: number
  total: number
  quote: string
  valueText: string
  /** The targets only expected reached ("25/28 chỉ tiêu … dự kiến hoàn thành"). */
  isEstimate?: true
}

export type DraftIndicator = {
  id: string
  name: { vi: string; en: string }
  field: 'TODO'
  better: 'TODO'
}

export type IgnoredNumberNote = { text: string; reason: string; context: string }

export type Draft = {
  $schema: string
  draft: { sourceFile: string; generatedBy: string; note: string; todo: string[] }
  id: string
  report: DraftReport
  periods: { actual: number | 'TODO'; target: number | 'TODO'; actualPart?: string }
  scorecard?: DraftScorecard
  targetCount?: DraftFigure
  indicators: DraftIndicator[]
  figures: DraftFigure[]
  pairs: Pair[]
  textFacts: TextFact[]
  /** Numbers the tool judged not to be figures (dates, years, times, ordinals, map scales…), for a person to glance at. */
  ignoredNumbers: IgnoredNumberNote[]
  /** Amounts the text states that the draft left out (another place's level, a meeting's proceedings), as figures. */
  setAside?: SetAsideFigure[]
}
