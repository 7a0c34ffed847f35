import { type Unit, unitCodes } from '../../dataset/schema.ts'
import { units } from '../../lib/units.ts'

export type UnitChoice = { unit: Unit | 'TODO'; todo?: string }

/** The unit codes whose report words include `unitText` exactly, as the verifier compares them. */
export function unitCodesFor(unitText: string): Unit[] {
  return unitCodes.filter((code) => units[code].sourceWords.includes(unitText))
}

const rateWord = /t[ỷỉ] lệ/iu
const changeVerb = /(?<![\p{L}\p{M}])(?:tăng|giảm)(?![\p{L}\p{M}])(?!\s+trưởng)/iu
/** "giảm còn 5,78%", "xuống dưới 3%": the level reached, not the change. */
const levelBefore = /(?<![\p{L}\p{M}])(?:còn|xuống|lên|ở mức|đạt|chiếm|là)\s*$/iu

/**
 * "%" after a change in a rate is a change in percentage points ("tỷ lệ hộ nghèo giảm 0,25%",
 * "Giảm tỷ lệ hộ nghèo từ 0,1% trở lên"); a growth of an amount ("tăng 12%") or a level ("chiếm trên 74%")
 * is a percent. `before` is the clause text from the previous amount (or its start) up to this amount.
 */
export function isPercentagePointChange(before: string): boolean {
  return rateWord.test(before) && changeVerb.test(before) && !levelBefore.test(before)
}

/** Picks the unit code for the unit words found; 'TODO' (with the reason) when the schema has none or several. */
export function chooseUnit(unitText: string, before: string, clause: string): UnitChoice {
  if (unitText === '') return { unit: 'TODO', todo: 'unit: no unit word after the number; add the unit' }
  if (unitText === '%') return { unit: isPercentagePointChange(before) ? 'percentage-point' : 'percent' }
  if (unitText.toLocaleLowerCase('vi') === 'triệu đồng') {
    return /(?<![\p{L}\p{M}])(?:ha|héc-ta)(?![\p{L}\p{M}])/iu.test(clause)
      ? { unit: 'million-vnd-per-ha' }
      : { unit: 'TODO', todo: 'unit: "triệu đồng" has no unit code (only "triệu đồng/ha" has); add one' }
  }
  const codes = unitCodesFor(unitText)
  if (codes.length === 1 && codes[0]) return { unit: codes[0] }
  if (codes.length > 1)
    return { unit: 'TODO', todo: `unit: "${unitText}" may be ${codes.join(' or ')}; choose` }
  return {
    unit: 'TODO',
    todo: `unit: no unit code for "${unitText}"; add one to unitCodes and units.ts, or choose one`,
  }
}
