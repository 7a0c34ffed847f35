import type { Period } from '../dataset/schema.ts'
import { indicatorOfLabel } from './figure-name.ts'
import { fillYears, mergeRedraft, nextKeyNumber } from './redraft.ts'
import {
  type Decision,
  indicatorSettings,
  type Work,
  type WorkFigure,
  type WorkIndicator,
  type WorkReport,
  type WorkScorecard,
} from './work.ts'

/** What a person may set on figures, one or many at once. */
export type FigurePatch = Partial<
  Pick<
    WorkFigure,
    | 'decision'
    | 'role'
    | 'label'
    | 'labelEn'
    | 'indicator'
    | 'unit'
    | 'otherUnit'
    | 'comparator'
    | 'year'
    | 'changeFrom'
    | 'partOf'
    | 'isEstimate'
  >
>

/** A correction of how an amount was read: the words that state it, and what they mean. */
export type AmountCorrection = Pick<
  WorkFigure,
  'valueText' | 'value' | 'max' | 'unit' | 'otherUnit' | 'comparator' | 'isEstimate' | 'at'
> & { quote?: string }

/** Every change a person makes to the work, as data: the one reducer below applies it. */
export type WorkAction =
  | { type: 'figures/set'; keys: readonly string[]; patch: FigurePatch }
  | { type: 'figures/accept-pending' }
  | { type: 'figures/same-indicator-as-above'; key: string }
  /** A row's indicator named after the row's own name, as the person asked (its settings carried). */
  | { type: 'figures/indicator-from-label'; key: string }
  | { type: 'figures/correct'; key: string; correction: AmountCorrection }
  /** An amount the draft set aside, brought into the figures by the person: a row to decide, in the text's order. */
  | { type: 'figures/bring-back'; key: string }
  | { type: 'report/set'; patch: Partial<WorkReport> }
  | { type: 'periods/set'; patch: Partial<Work['periods']> }
  | { type: 'id/set'; id: string }
  | { type: 'scorecard/decide'; decision: Decision }
  | { type: 'scorecard/enter'; scorecard: WorkScorecard }
  | { type: 'target-count/decide'; decision: Decision }
  | { type: 'indicator/set'; name: string; patch: Partial<WorkIndicator> }
  /** The same setting on several indicators at once (the field of the rows a person selected). */
  | { type: 'indicators/set'; names: readonly string[]; patch: Partial<WorkIndicator> }
  /** The text was edited and drafted again: `fresh` is the new text's own draft. */
  | { type: 'text/redraft'; fresh: Work }
  | { type: 'revision/dismiss' }
  /** A text with no year of its own, drafted again knowing the date the person typed: rows without a year get one. */
  | { type: 'years/fill'; fresh: Work }

const isIndicatorRole = (role: WorkFigure['role']) => role === 'actual' || role === 'target'

/**
 * One figure with a patch applied. A change of role or year leaves the draft's reason for them behind; a
 * figure that becomes a result or a target keeps the indicator its name suggests, so no row waits on a choice.
 */
export function patchFigure(figure: WorkFigure, patch: FigurePatch): WorkFigure {
  const next: WorkFigure = { ...figure, ...patch }
  if (('role' in patch && patch.role !== figure.role) || ('year' in patch && patch.year !== figure.year))
    delete next.why
  if ('role' in patch && isIndicatorRole(next.role) && !next.indicator && next.label)
    next.indicator = indicatorOfLabel(next.label)
  for (const key of ['changeFrom', 'partOf', 'otherUnit', 'isEstimate'] as const) {
    if (key in patch && patch[key] === undefined) delete next[key]
  }
  return next
}

const setFigures = (
  work: Work,
  keys: ReadonlySet<string>,
  change: (figure: WorkFigure) => WorkFigure,
): Work => ({
  ...work,
  figures: work.figures.map((figure) => (keys.has(figure.key) ? change(figure) : figure)),
})

/** Indicators with a patch over their settings, chosen or suggested until now. */
function setIndicators(work: Work, names: readonly string[], patch: Partial<WorkIndicator>): Work {
  const indicators = { ...work.indicators }
  for (const name of names) {
    const settings = indicatorSettings(work, name)
    const chosen: WorkIndicator = {
      nameEn: settings.nameEn,
      field: settings.field,
      better: settings.better,
      isGrowthRate: settings.isGrowthRate,
      ...(settings.sameAs ? { sameAs: settings.sameAs } : {}),
    }
    indicators[name] = { ...chosen, ...patch }
  }
  return { ...work, indicators }
}

/**
 * A row's indicator named after the row's own name, when the person asks ("Đặt theo tên số liệu"): never on its own,
 * since a name is often more particular than its indicator ("… (ước)", "… năm 2024"). Only this row's: other rows
 * of the old indicator keep it. Its settings are carried to the new name.
 */
function indicatorFromLabel(work: Work, key: string): Work {
  const figure = work.figures.find((f) => f.key === key)
  const renamed = figure ? indicatorOfLabel(figure.label) : ''
  if (!figure || !isIndicatorRole(figure.role) || !renamed || renamed === figure.indicator) return work
  const isShared = work.figures.some((f) => f !== figure && f.indicator === figure.indicator)
  const { [figure.indicator]: settings, ...others } = work.indicators
  const kept = isShared && settings ? { ...others, [figure.indicator]: settings } : others
  return {
    ...work,
    indicators: settings && !(renamed in kept) ? { ...kept, [renamed]: settings } : kept,
    figures: work.figures.map((f) => (f === figure ? { ...f, indicator: renamed } : f)),
  }
}

/**
 * The indicator of a row named as it, renamed after the row's new name, with the rows that say the same measure again
 * ("… (% kế hoạch)") renamed in step; its settings carried to the new name.
 */
function renameMeasure(work: Work, before: WorkFigure, others: readonly WorkFigure[]): Work {
  const row = work.figures.find((f) => f.key === before.key)
  const renamed = row ? indicatorOfLabel(row.label) : ''
  if (!row || !renamed || renamed === before.indicator || work.figures.some((f) => f.indicator === renamed))
    return work
  const keys = new Set(others.map((f) => f.key))
  const { [before.indicator]: settings, ...kept } = work.indicators
  return {
    ...work,
    indicators: settings ? { ...kept, [renamed]: settings } : kept,
    figures: work.figures.map((f) =>
      f === row
        ? { ...f, indicator: renamed }
        : keys.has(f.key)
          ? { ...f, indicator: renamed, label: `${renamed}${f.label.slice(before.label.length)}` }
          : f,
    ),
  }
}

/** The work after one action: pure, so every change can be tested, undone and replayed. */
export function workReducer(work: Work, action: WorkAction): Work {
  switch (action.type) {
    case 'figures/set': {
      const patched = setFigures(work, new Set(action.keys), (figure) => patchFigure(figure, action.patch))
      if (!('label' in action.patch)) return patched
      // A row's names in step (its indicator the one its name gives, shared with no other row) stay in step as the
      // name is edited, so a name is typed once; a row paired with another, or named apart, keeps its indicator.
      // Rows whose names all derive from their shared indicator ("Y tế xã", "Y tế xã (% kế hoạch)") are one measure said
      // twice: renaming the one named as the indicator renames the indicator and the other rows' names with it.
      return action.keys.reduce((next, key) => {
        const before = work.figures.find((f) => f.key === key)
        if (!before || !isIndicatorRole(before.role)) return next
        const isNamedAsIndicator = before.indicator === indicatorOfLabel(before.label) || before.label === ''
        const others = work.figures.filter(
          (f) => f !== before && f.decision !== 'rejected' && f.indicator === before.indicator,
        )
        if (isNamedAsIndicator && others.length === 0) return indicatorFromLabel(next, key)
        // (Rows of one name, role and year are no one measure said again, but other things a name left alike: "Số lao
        // động" for three counts of one year. Renaming one of them names it, and its indicator, alone.)
        const isSameSlot = (f: WorkFigure) =>
          f.label === before.label &&
          f.role === before.role &&
          f.year === before.year &&
          f.partOfYear === before.partOfYear &&
          f.point === before.point
        const isOneMeasure =
          isNamedAsIndicator &&
          before.label !== '' &&
          !action.keys.some((other) => other !== key && others.some((f) => f.key === other)) &&
          others.every((f) => f.label === before.label || f.label.startsWith(`${before.label} (`)) &&
          !others.some(isSameSlot)
        if (isNamedAsIndicator && others.some(isSameSlot)) return indicatorFromLabel(next, key)
        return isOneMeasure ? renameMeasure(next, before, others) : next
      }, patched)
    }
    case 'figures/indicator-from-label':
      return indicatorFromLabel(work, action.key)
    case 'figures/accept-pending':
      return {
        ...work,
        figures: work.figures.map((f) => (f.decision === 'pending' ? { ...f, decision: 'accepted' } : f)),
      }
    case 'figures/same-indicator-as-above': {
      const index = work.figures.findIndex((f) => f.key === action.key)
      const above = work.figures
        .slice(0, Math.max(0, index))
        .reverse()
        .find((f) => f.decision !== 'rejected' && isIndicatorRole(f.role) && f.indicator)
      if (!above) return work
      return setFigures(work, new Set([action.key]), (figure) =>
        patchFigure(figure, {
          indicator: above.indicator,
          ...(isIndicatorRole(figure.role) ? {} : { role: above.role }),
        }),
      )
    }
    case 'figures/correct':
      return setFigures(work, new Set([action.key]), (figure) => {
        const { quote, ...correction } = action.correction
        const next: WorkFigure = { ...figure, ...correction, ...(quote ? { quote } : {}), isCorrected: true }
        for (const key of ['max', 'otherUnit', 'isEstimate', 'at'] as const)
          if (correction[key] === undefined) delete next[key]
        return next
      })
    case 'figures/bring-back': {
      const brought = work.setAside?.find((item) => item.figure.key === action.key)
      if (!brought) return work
      const row: WorkFigure = {
        ...brought.figure,
        key: `f${nextKeyNumber(work.figures)}`,
        broughtBack: brought.reason,
      }
      const at = row.at ?? Infinity
      const index = work.figures.findIndex((f) => (f.at ?? Infinity) > at)
      const figures = [...work.figures]
      figures.splice(index < 0 ? figures.length : index, 0, row)
      return { ...work, figures, setAside: work.setAside?.filter((item) => item !== brought) }
    }
    case 'report/set':
      return { ...work, report: { ...work.report, ...action.patch } }
    case 'periods/set': {
      // A report's year changed: the rows of the old year are of the new one, as the person means.
      // A year given where there was none goes to the rows of that role still without one.
      const moved =
        (role: WorkFigure['role'], from: number | null, to: number | null | undefined) => (f: WorkFigure) =>
          to !== undefined && to !== null && f.role === role && f.year === from ? { ...f, year: to } : f
      const figures = work.figures
        .map(moved('actual', work.periods.actual, action.patch.actual))
        .map(moved('target', work.periods.target, action.patch.target))
      return { ...work, periods: { ...work.periods, ...action.patch }, figures }
    }
    case 'id/set':
      return { ...work, id: action.id.trim() }
    case 'scorecard/decide':
      return work.scorecard ? { ...work, scorecard: { ...work.scorecard, decision: action.decision } } : work
    case 'scorecard/enter':
      return { ...work, scorecard: { ...action.scorecard, decision: 'accepted' } }
    case 'target-count/decide':
      return work.targetCount
        ? { ...work, targetCount: { ...work.targetCount, decision: action.decision } }
        : work
    case 'indicator/set':
      return setIndicators(work, [action.name], action.patch)
    case 'indicators/set':
      return setIndicators(work, action.names, action.patch)
    case 'text/redraft':
      return mergeRedraft(work, action.fresh)
    case 'years/fill':
      return fillYears(work, action.fresh)
    case 'revision/dismiss': {
      const rest = { ...work }
      delete rest.revision
      return rest
    }
  }
}

export type { Period }
