import { letter } from '../../lib/reg-exp.ts'
import { toNumber } from '../../dataset/reading/decimal.ts'
import { scaleWords } from '../../dataset/reading/amount-words.ts'
import type { AmountReading } from '../../dataset/reading/read-amount.ts'
import { type Unit, unitsWrittenAs } from '../../dataset/units.ts'
import { countedNoun, countUnitBefore } from '../counted-noun.ts'
import { changeVerb } from '../percentage-points.ts'
import { comparedAfter, rateNamed } from './percent-words.ts'
import type { PickUnit, UnitChoice } from './unit-context.ts'

/** "100,3 kế hoạch", "100,3 KH": a plan named right after a number. */
const planRightAfter = new RegExp(
  String.raw`^\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu)(?![${letter}])`,
  'u',
)

/** "chiếm 93,46", "chiếm khoảng 40": what a part takes of its whole. */
const shareVerbBefore = new RegExp(
  String.raw`(?<![${letter}])chiếm(?:\s+(?:khoảng|gần|trên|hơn|dưới|xấp xỉ))?\s*$`,
  'iu',
)

/** The unit of a change or excess bracketed right after an amount with none ("(vượt 15 tấn)"), not a share. */
function unitOfExcessBeside(afterIt: string): Unit | undefined {
  const words = /^\s*\(\s*(?:vượt|tăng|giảm|hơn)\s+(?:\S+\s+){0,2}?\d[\d.,]*\s*([^()\d%]+?)\s*\)/u.exec(
    afterIt,
  )?.[1]
  if (!words || Object.hasOwn(scaleWords, words.toLocaleLowerCase('vi'))) return undefined
  const [unit, ...others] = unitsWrittenAs(words)
  return unit && others.length === 0 ? unit : undefined
}

/** " và 0,64 điểm phần trăm", ", 12 và 15 tấn": the amounts after one in turn, and the unit written after the last. */
const inTurnAfter = new RegExp(
  String.raw`^\s*(?:(?:,|;|và|hoặc)\s*\d[\d.,]*\s*)+?((?:[${letter}%]+\s*){1,3}?)(?=[\s.,;:)]|$)`,
  'u',
)

/** "278.000/kế hoạch 255.000 tấn": a result over its plan named by its own word, the unit written after the plan. */
const planAfterSlash = new RegExp(
  String.raw`^\s*\/\s*(?:kế hoạch|KH|chỉ tiêu)\s+\d[\d.,]*\s*((?:[${letter}%]+\s*){1,3}?)(?=[\s.,;:)]|$)`,
  'u',
)

/**
 * The one unit the amounts said in turn after an amount end with, or the plan written after its slash (none with a
 * scale word, which the reader shares).
 */
function unitWrittenAfterLast(afterIt: string): Unit | undefined {
  const words = (inTurnAfter.exec(afterIt) ?? planAfterSlash.exec(afterIt))?.[1]?.trim()
  if (!words) return undefined
  for (let cut = words.split(/\s+/u).length; cut > 0; cut -= 1) {
    const said = words.split(/\s+/u).slice(0, cut).join(' ')
    if (Object.hasOwn(scaleWords, said.split(' ')[0]?.toLocaleLowerCase('vi') ?? '')) return undefined
    const [unit, ...others] = unitsWrittenAs(said)
    if (unit && others.length === 0) return unit
  }
  return undefined
}

/** "diện tích cao su": the words of an area; "504 ha", "1.200 héc-ta": an area in hectares. */
const areaNamed = new RegExp(String.raw`(?<![${letter}])diện tích(?![${letter}])[^\d]*$`, 'iu')

const hectaresBeside = new RegExp(String.raw`\d\s*(?:ha|héc-?ta|hecta)(?![${letter}])`, 'iu')

/**
 * The unit of an amount written with no unit and no scale ("chiếm 93,46.", "3.091 cơ sở"): a "%" the page lost, a count
 * named before it, the unit of an amount beside it, or the noun it counts, kept as written.
 */
export function chooseUnwrittenUnit(
  reading: AmountReading,
  before: string,
  clause: string,
  pick: PickUnit,
): UnitChoice {
  // "Điện sản xuất tăng gấp 7,2": the reader took "gấp" for the multiple it says.
  if (reading.units.includes('multiple')) return pick('multiple')
  // The page lost a "%": "lúa chất lượng cao chiếm 93,46." is a share, "đạt 100,3 kế hoạch" a share of the plan,
  // "tăng 1,5 so với cùng kỳ" a growth (a count has no decimals), each said in a note.
  const lostPercent = (unit: Unit, why: string): UnitChoice => ({
    ...pick(unit),
    todo: `unit: "${reading.valueText}" has no "%" after it; read as ${why}`,
  })
  const afterIt = clause.slice(clause.indexOf(reading.valueText) + reading.valueText.length)
  const hasDecimals = reading.kind === 'amount' && /,\d/u.test(reading.valueText)
  if (shareVerbBefore.test(before) && toNumber(reading.value) <= 100 && reading.kind === 'amount')
    return lostPercent('percent', 'a share, since "chiếm" says what part it takes')
  if (hasDecimals && planRightAfter.test(afterIt))
    return lostPercent('percent-of-plan', 'a share of the plan named right after it')
  if (hasDecimals && changeVerb.test(before) && comparedAfter.test(afterIt))
    return lostPercent('percent', 'a change, since it is compared and has decimals no count has')
  // "Tỷ lệ đô thị hóa đạt 31,48 (dự kiến …)": a rate is in percent; its decimals say it is no count.
  if (hasDecimals && toNumber(reading.value) <= 100 && rateNamed.test(before))
    return lostPercent('percent', 'a rate, since "tỷ lệ" names it')
  const countUnit = countUnitBefore(reading, clause)
  if (countUnit) return pick(countUnit)
  // "lần lượt đóng góp 0,44 và 0,64 điểm phần trăm": amounts said in turn, the unit written once after the last;
  // "ước đạt gần 278.000/kế hoạch 255.000 tấn": a result, its plan and the unit after the plan.
  const inTurnUnit = unitWrittenAfterLast(afterIt)
  if (inTurnUnit) return pick(inTurnUnit)
  // "sản lượng lương thực có hạt đạt 47.967,0 (vượt 0,782 tấn)": the page left the unit to the excess beside it.
  const besideUnit = unitOfExcessBeside(afterIt)
  if (besideUnit)
    return {
      ...pick(besideUnit),
      todo: `unit: "${reading.valueText}" has no unit after it; read in the unit of the amount beside it`,
    }
  // "diện tích cao su 1.089,7, diện tích khai thác mũ 504 ha": an area with no unit among areas in hectares is in them.
  if (areaNamed.test(before) && hectaresBeside.test(clause))
    return {
      ...pick('hectare'),
      todo: `unit: "${reading.valueText}" has no unit after it; read in hectares, as the areas beside it are`,
    }
  const noun = countedNoun(reading, clause)
  if (!noun) return pick('TODO', 'unit: no unit word after the number; add the unit')
  return {
    ...pick('other'),
    otherUnit: noun.words,
    valueText: noun.valueText,
    todo: `unit: "${noun.words}" has no unit code, so it is kept as written (unit "other"); choose a code if one fits`,
  }
}
