/**
 * The one vocabulary of units. The schema's enum, the formatter, the amount reader, the verifier and the
 * draft all derive from this table: adding a unit is one row.
 */
import { letter } from '../lib/reg-exp.ts'
import { type UnitInfo, unitKinds } from './unit-kinds.ts'
import { units } from './unit-table.ts'

export { unitKinds, units }
export type { UnitInfo, UnitKind } from './unit-kinds.ts'

export type Unit = keyof typeof units
export const unitCodes = Object.keys(units) as [Unit, ...Unit[]]

export function unitInfo(unit: Unit): UnitInfo {
  return units[unit]
}

/** Each unit word, lower-cased, with the units written so: with and without their bare words. */
function unitsByWord(withBareWords: boolean): Map<string, Unit[]> {
  const byWord = new Map<string, Unit[]>()
  for (const code of unitCodes) {
    const info = unitInfo(code)
    for (const word of withBareWords ? [...info.words, ...(info.bareWords ?? [])] : info.words) {
      const key = word.toLocaleLowerCase('vi')
      const codes = byWord.get(key) ?? []
      if (!codes.includes(code)) byWord.set(key, [...codes, code])
    }
  }
  return byWord
}
const withBare = unitsByWord(true)
const withoutBare = unitsByWord(false)

/** "triệu đồng/nguời/năm": "người" with its "ư" typed as "u", a page's slip. */
const misTypedPerson = new RegExp(String.raw`(?<![${letter}])nguời(?![${letter}])`, 'gu')

/** The units a report may mean by these words ("đồng" → vnd, million-vnd, billion-vnd), `bareWords` included or not. */
export function unitsWrittenAs(unitText: string, { withBareWords = false } = {}): Unit[] {
  // "65,9%KH" is "% KH" glued, as a web page may write it.
  // "18%  dự toán": a page's doubled space is one; "%/ năm": none after a slash.
  const words = unitText
    .toLocaleLowerCase('vi')
    .replace(/[ \u00a0]+/gu, ' ')
    .replace(/\/ /gu, '/')
    .replace(misTypedPerson, 'người')
    .replace(new RegExp(String.raw`^%(?=[${letter}])`, 'u'), '% ')
  const byWords = withBareWords ? withBare : withoutBare
  // "78,31% kế hoạch/năm": the year's plan, a share of plan as "% kế hoạch" is.
  const ofYearPlan = /^(%.+)\/năm$/u.exec(words)?.[1]
  const yearShare = ofYearPlan
    ? (byWords.get(ofYearPlan) ?? []).filter((unit) => unitInfo(unit).kind === 'share-of-plan')
    : []
  // "kết nạp 150 đảng viên/năm": things counted in a year are counted in that unit, as "tấn/năm" are tonnes.
  const ofYear = /^(.+?)\s*\/\s*năm$/u.exec(words)?.[1]
  const countedInYear = ofYear
    ? (byWords.get(ofYear) ?? []).filter((unit) => unitKinds[unitInfo(unit).kind].isCount)
    : []
  return byWords.get(words) ?? (yearShare.length > 0 ? yearShare : countedInYear)
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
