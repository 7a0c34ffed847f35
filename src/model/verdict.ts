import { boundOf, type Comparator } from '../dataset/comparators.ts'
import type { Direction, Figure } from '../dataset/schema.ts'
import type { Unit } from '../dataset/units.ts'
import { unitInfo } from '../dataset/units.ts'

/** Whether a place reached what it set for itself, as far as the two reports' numbers allow saying. */
export type Verdict = 'reached' | 'missed' | 'cannot-say'
/** Why a verdict cannot be given, when it cannot. */
export type VerdictReason = 'units' | 'imprecise-actual' | 'imprecise-target' | 'overlap'
export type VerdictResult = { verdict: Verdict; reason?: VerdictReason }

type Amount = Pick<Figure, 'comparator' | 'value' | 'max' | 'unit'>

/** A set of numbers on the line: from `low` to `high`, each end in or out. */
type Interval = { low: number; high: number; hasLow: boolean; hasHigh: boolean }
const closed = (low: number, high: number): Interval => ({ low, high, hasLow: true, hasHigh: true })
const above = (low: number, hasLow: boolean): Interval => ({ low, high: Infinity, hasLow, hasHigh: false })
const below = (high: number, hasHigh: boolean): Interval => ({ low: -Infinity, high, hasLow: false, hasHigh })

/**
 * `value` of `from` in `to`, within one kind of unit and one currency (million ↔ billion đồng); null where the
 * two cannot be compared (đồng and USD, % and people).
 */
export function convertValue(value: number, from: Unit, to: Unit): number | null {
  if (from === to) return value
  const a = unitInfo(from)
  const b = unitInfo(to)
  if (from === 'other' || to === 'other' || a.kind !== b.kind) return null
  if (('enPrefix' in a ? a.enPrefix : undefined) !== ('enPrefix' in b ? b.enPrefix : undefined)) return null
  return Number((value * 10 ** (a.scale - b.scale)).toPrecision(12))
}

/** What an actual says the number is: exactly it, above or below it, or between two. "About" says too little. */
function actualInterval({ comparator: written, value, max }: Amount): Interval | null {
  const comparator = boundOf(written, value)
  const rows: Record<Comparator, Interval | null> = {
    exact: closed(value, value),
    atLeast: above(value, true),
    over: above(value, false),
    moreThan: above(value, false),
    under: below(value, false),
    atMost: below(value, true),
    range: closed(value, max ?? value),
    about: null,
  }
  return rows[comparator]
}

/**
 * The numbers that meet a target. A target with no sign of its own ("13%") is met at that level or beyond in
 * the better direction; a range ("1–2", "3–4 trường") is met from its near end on, in the better direction, or
 * inside it where neither direction is better; "about" is met only clearly beyond it in the better direction.
 */
function successInterval({ comparator: written, value, max }: Amount, better: Direction): Interval | null {
  const comparator = boundOf(written, value)
  const towards = (low: number, high: number) =>
    better === 'higher' ? above(low, true) : better === 'lower' ? below(high, true) : closed(low, high)
  switch (comparator) {
    case 'exact':
      return towards(value, value)
    case 'atLeast':
      return above(value, true)
    case 'over':
    case 'moreThan':
      return above(value, false)
    case 'under':
      return below(value, false)
    case 'atMost':
      return below(value, true)
    case 'range':
      return towards(value, max ?? value)
    case 'about':
      return better === 'neither' ? null : towards(value, value)
  }
}

const contains = (outer: Interval, inner: Interval) =>
  (inner.low > outer.low || (inner.low === outer.low && (outer.hasLow || !inner.hasLow))) &&
  (inner.high < outer.high || (inner.high === outer.high && (outer.hasHigh || !inner.hasHigh)))

const disjoint = (a: Interval, b: Interval) =>
  a.high < b.low ||
  b.high < a.low ||
  (a.high === b.low && !(a.hasHigh && b.hasLow)) ||
  (b.high === a.low && !(b.hasHigh && a.hasLow))

/**
 * Reached when every number the actual allows meets the target, missed when none does, and otherwise, or when
 * the units cannot be compared, cannot say. Only the two figures' own words are used: nothing is assumed.
 */
export function verdictOf(target: Amount, actual: Amount, better: Direction): VerdictResult {
  const value = convertValue(actual.value, actual.unit, target.unit)
  const max = actual.max === undefined ? undefined : convertValue(actual.max, actual.unit, target.unit)
  if (value === null || max === null) return { verdict: 'cannot-say', reason: 'units' }
  const known = actualInterval({ ...actual, value, ...(max === undefined ? {} : { max }) })
  if (!known) return { verdict: 'cannot-say', reason: 'imprecise-actual' }
  // "About" a target where neither way is better cannot be checked against a number.
  const success = successInterval(target, better)
  if (!success) return { verdict: 'cannot-say', reason: 'imprecise-target' }
  if (contains(success, known)) return { verdict: 'reached' }
  if (disjoint(success, known)) {
    // Short of an "about" target is not clearly missed: "khoảng 50" may be met by 49,5.
    if (target.comparator === 'about') return { verdict: 'cannot-say', reason: 'imprecise-target' }
    return { verdict: 'missed' }
  }
  return { verdict: 'cannot-say', reason: 'overlap' }
}
