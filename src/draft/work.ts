import type { Comparator, Direction, Field, Period, Unit } from '../dataset/schema.ts'
import type { SetAsideReason } from './set-aside.ts'
import type { Why } from './structure/reasons.ts'
import { suggestIndicator } from './suggest-indicator.ts'

/**
 * A dataset being made in the browser from a report's text: every candidate figure with a person's
 * decisions on it. Plain data, so it is kept in IndexedDB as it is and undone by keeping copies.
 */
export type Decision = 'pending' | 'accepted' | 'rejected'
export type WorkRole = 'actual' | 'target' | 'profile' | 'fact'

export type WorkFigure = {
  /** Stable across edits: the order the draft found it in. */
  key: string
  decision: Decision
  role: WorkRole
  label: string
  labelEn: string
  /** The indicator's Vietnamese name, for results and targets: figures with the same name share it. */
  indicator: string
  unit: Unit | ''
  /** With unit "other": the report's words for the unit ("con", "suất"). */
  otherUnit?: string
  comparator: Comparator
  value: number
  max?: number
  year: number | null
  point?: 'start' | 'end'
  changeFrom?: Period
  isEstimate?: boolean
  /** The key of the figure this one is part of ("16 Đảng bộ" of "67 tổ chức"). */
  partOf?: string
  quote: string
  valueText: string
  /** The unit as the report writes it, to help choose a unit code. */
  unitText: string
  /** A table's unit, written apart from the number (its row's unit cell, its column's "(%)"): read with `valueText`. */
  unitWords?: string
  /** The words that made the draft choose the role and year; dropped once a person changes either. */
  why?: Why
  /** "6 tháng đầu năm": the draft read the figure as covering part of its year. */
  partOfYear?: string
  /** Where the amount's words start in the text, and where its sentence does: rows of one sentence go together. */
  at?: number
  sentenceStart?: number
  /** A person chose the words and what they mean: the draft's reading was corrected. */
  isCorrected?: boolean
  /** A person brought the amount back from those the draft set aside, and why it was set aside. */
  broughtBack?: SetAsideReason
}

export type WorkIndicator = {
  nameEn: string
  field: Field | ''
  better: Direction | ''
  isGrowthRate: boolean
  /** Its id in another report of the place, where the name changed between years; absent or '' for none. */
  sameAs?: string
}

export type WorkReport = {
  title: string
  titleEn: string
  placeName: string
  placeNameEn: string
  placeKind: string
  placeKindEn: string
  province: string
  provinceEn: string
  publisherName: string
  publisherNameEn: string
  publisherUrl: string
  publisherQuote: string
  /**
   * "2024-03-07", "2024-03" or "2024", and "10:34": as the page shows them. With a quote the text says them; without
   * one the person making the dataset entered them, and the dashboard says so.
   */
  publishedDate: string
  publishedTime: string
  publishedQuote: string
  meetingDate: string
  meetingQuote: string
  author: string
  url: string
}

export type WorkScorecard = {
  achieved: number
  total: number
  year: number | null
  quote: string
  valueText: string
  /** The targets only expected reached ("dự kiến hoàn thành"). */
  isEstimate?: boolean
}

/** What the last edit of the text did to the rows, kept until the person has looked. */
export type WorkRevision = {
  /** Rows whose sentence stayed, with what was decided on them. */
  kept: number
  /** Keys of the rows found in new or changed sentences. */
  added: string[]
  /** Rows whose sentence is no longer in the text. */
  gone: { valueText: string; quote: string; decision: Decision }[]
}

export type Work = {
  version: 2
  id: string
  sourceFile: string
  sourceText: string
  report: WorkReport
  /** `actualPart`: the part of its year the results cover ("9 tháng đầu năm"), '' for the whole year. */
  periods: { actual: number | null; target: number | null; actualPart?: string }
  scorecard: (WorkScorecard & { decision: Decision }) | null
  targetCount: WorkFigure | null
  figures: WorkFigure[]
  /** By the indicator's Vietnamese name. */
  indicators: Record<string, WorkIndicator>
  revision?: WorkRevision
  /**
   * The place as the draft read it last, where the text may not say it in these words ("tỉnh" for a province named
   * alone): the maker tells these apart from what the person entered.
   */
  drafted?: DraftedPlace
  /** Amounts the draft left out, with why: a person brings one back into the figures. */
  setAside?: WorkSetAside[]
}

export type WorkSetAside = { reason: SetAsideReason; figure: WorkFigure }

export type DraftedPlace = Pick<WorkReport, 'placeName' | 'placeKind' | 'province'>

/** The indicators the accepted results and targets name, each with its settings (empty until chosen). */
export function indicatorNames(work: Work): string[] {
  const names = work.figures
    .filter((f) => f.decision === 'accepted' && (f.role === 'actual' || f.role === 'target') && f.indicator)
    .map((f) => f.indicator)
  return [...new Set(names)]
}

export const emptyIndicator: WorkIndicator = { nameEn: '', field: '', better: '', isGrowthRate: false }

/**
 * An indicator's settings: what a person chose, or until then a suggestion from its name
 * (`isSuggested`), shown as such and used as chosen unless changed.
 */
export function indicatorSettings(work: Work, name: string): WorkIndicator & { isSuggested: boolean } {
  const chosen = work.indicators[name]
  if (chosen) return { ...chosen, isSuggested: false }
  const suggested = suggestIndicator(name)
  // "Tỉ lệ tăng dân số tự nhiên dưới 1%": a target set as a ceiling says lower is better, whatever the name.
  const hasCeiling = work.figures.some(
    (f) =>
      f.decision === 'accepted' &&
      f.role === 'target' &&
      f.indicator === name &&
      (f.comparator === 'under' || f.comparator === 'atMost'),
  )
  return {
    ...emptyIndicator,
    ...suggested,
    ...(hasCeiling && suggested.better === 'higher' ? { better: 'lower' as const } : {}),
    isSuggested: true,
  }
}

/**
 * The pairs shown side by side, made by name: for each indicator, an accepted result of the actual year and a target of the target
 * year in the same unit. A person changes a pair by naming the indicators.
 */
export function workPairs(work: Work): { actual: string; target: string }[] {
  // A part-year report ("6 tháng đầu năm 2026") has its results and targets in one year: a half-year
  // result is no measure of a whole-year target, so nothing is paired. A whole year's result beside the same
  // year's plan is.
  if (work.periods.actual === work.periods.target && work.periods.actualPart) return []
  const accepted = work.figures.filter((f) => f.decision === 'accepted' && f.indicator)
  return indicatorNames(work).flatMap((name) => {
    const of = (role: WorkRole, year: number | null) =>
      accepted.filter((f) => f.indicator === name && f.role === role && f.year === year)
    for (const target of of('target', work.periods.target)) {
      const actual = of('actual', work.periods.actual).find((f) => f.unit === target.unit)
      if (actual) return [{ actual: actual.key, target: target.key }]
    }
    return []
  })
}
