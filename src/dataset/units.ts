/**
 * The one vocabulary of units. The schema's enum, the formatter, the amount reader, the verifier and the
 * draft all derive from this table: adding a unit is one row.
 */
import { type UnitInfo, unitKinds } from './unit-kinds.ts'
import { units } from './unit-table.ts'

export { unitKinds, units }
export type { UnitInfo, UnitKind } from './unit-kinds.ts'

export type Unit = keyof typeof units
export const unitCodes = Object.keys(units) as [Unit, ...Unit[]]

export function unitInfo(unit: Unit): UnitInfo {
  return units[unit]
}

const sameWord = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi')

/** The units a report may mean by these words ("đồng" → vnd, million-vnd, billion-vnd), `bareWords` included or not. */
export function unitsWrittenAs(unitText: string, { withBareWords = false } = {}): Unit[] {
  return unitCodes.filter((code) => {
    const info = unitInfo(code)
    const words = withBareWords ? [...info.words, ...(info.bareWords ?? [])] : info.words
    return words.some((word) => sameWord(word, unitText))
  })
}

/** Whether a unit counts things, whose values are whole numbers. */
export function isCountUnit(unit: Unit): boolean {
  return unitKinds[unitInfo(unit).kind].isCount
}

/** Whether a value of this unit may be below zero: a rate, a growth, a change. */
export function mayBeNegative(unit: Unit): boolean {
  return unitKinds[unitInfo(unit).kind].mayBeNegative
}

/** Whether a unit is a rate in percent, whose changes are measured in points, not relatively. */
export function isRateUnit(unit: Unit): boolean {
  return unitKinds[unitInfo(unit).kind].isRate
}
