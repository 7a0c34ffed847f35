import { escapeRegExp, letter } from '../../lib/reg-exp.ts'
import { scaleWords } from '../../dataset/reading/amount-words.ts'
import type { AmountReading } from '../../dataset/reading/read-amount.ts'
import { isCountUnit, type Unit, unitInfo } from '../../dataset/units.ts'
import type { UnitChoice, UnitContext } from './unit-context.ts'

/** " nghèo", " cận nghèo" after a counted unit: the things counted, named after it (not " so với", " trong đó"). */
const thingNamedAfter = new RegExp(
  String.raw`^\s+(?!(?:so|với|trong|còn|xuống|lên|tương|đạt|bằng|tăng|giảm|và|năm|của)(?![${letter}]))\p{Ll}`,
  'u',
)

/** "giảm 0,16%, tương đương ", "giảm 7,73% (": an amount that says a fall again in other units. */
const fallThenSameAs = new RegExp(
  String.raw`(?<![${letter}])giảm(?![${letter}])(?:[^;.]{0,80}?(?<![${letter}])tương đương(?:\s+(?:với|khoảng|gần|hơn|trên))?|\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s*%\s*\()\s*$`,
  'iu',
)

/** "GRDP bình quân đầu người", "thu nhập bình quân", "GRDP/người/năm": an amount per person. */
const perPerson = new RegExp(
  String.raw`bình quân đầu người|thu nhập bình quân|thu nhập trung bình|đầu người|\/\s*người(?![${letter}])`,
  'iu',
)

const perHectare = new RegExp(String.raw`(?<![${letter}])(?:ha|h[ée]c-?ta)(?![${letter}])`, 'iu')

/** Among units written with the same words, the one whose scale the report wrote: "tỷ đồng" → billion-vnd. */
function byScale(candidates: readonly Unit[], topExponent: number): Unit | undefined {
  const fitting = candidates.filter((unit) => unitInfo(unit).scale <= topExponent)
  const pool = fitting.length > 0 ? fitting : candidates
  return [...pool].sort((a, b) => unitInfo(b).scale - unitInfo(a).scale)[0]
}

/**
 * The scale words the value is counted in: "nghìn tỷ" of "1,2 nghìn tỷ kWh" (they multiply), "triệu" of "7 triệu 520
 * nghìn con" (7,52 triệu con: the words after the first group add to it).
 */
export function topScaleWords(reading: AmountReading): string[] {
  const words: string[] = []
  let exponent = 0
  for (const word of reading.scaleWords) {
    if (exponent >= reading.topExponent) break
    words.push(word)
    exponent += scaleWords[word.toLowerCase() as keyof typeof scaleWords]
  }
  return words
}

/** The unit of an amount written with words other than "%": money per hectare or per person, a count, a fall in it. */
export function chooseAmountUnit(context: UnitContext, candidates: readonly Unit[]): UnitChoice {
  const { reading, before, ownBefore, clauseBefore, said, after, pick } = context
  const { unitText } = reading
  const isMoney = candidates.length > 0 && candidates.every((unit) => unitInfo(unit).kind === 'money')
  // Per hectare said in the amount's own item: "…/ha canh tác đạt 127 triệu đồng", "đạt 150 triệu đồng trên 1 ha" (not
  // "thu nhập bình quân đầu người đạt 44 triệu đồng, giá trị sản xuất/ha …").
  // "… trên 1ha canh tác tăng từ 106,1 triệu đồng (năm 2016) lên 115,8 triệu đồng": the end of a move is per the
  // same unit as its start.
  const moveStart = new RegExp(
    String.raw`(?<![${letter}])từ\s+[\d.,]+[^;]*?(?:lên|xuống|đến|tới)(?:\s+(?:mức|còn))?\s*$`,
    'iu',
  ).exec(clauseBefore)
  const movedItem = moveStart ? (clauseBefore.slice(0, moveStart.index).split(/[,;]/u).at(-1) ?? '') : ''
  const ownItem = `${movedItem} ${clauseBefore.split(/[,;]/u).at(-1) ?? ''} ${said} ${unitText} ${after.split(/[,;]/u)[0] ?? ''}`
  if (isMoney && reading.topExponent === 6 && perHectare.test(ownItem)) return pick('million-vnd-per-ha')
  // "GRDP bình quân đầu người đạt 93,78 triệu đồng", "thu nhập bình quân 51,82 triệu đồng/năm": per person a year.
  // ("đồng/ năm": a page's space after the slash.)
  const isPerPersonWords = /^(?:đồng(?:\/\s?năm|\/\s?người|\/\s?người\/\s?năm)?)?$/iu.test(unitText)
  // "GRDP bình quân ước đạt 51 triệu đồng/người": an average per person, written in the unit, is a year's too.
  // "GRDP đạt 94,12 triệu đồng/người": the product per person, a year's; so is "năng suất lao động … 539 triệu
  // đồng/người", the product per worker; and "Thu nhập của người dân … đạt 45,1 triệu đồng/người", a year's income.
  const isAveragePerPerson =
    /đồng\/người$/iu.test(unitText) &&
    /bình quân|GRDP|tổng sản phẩm|năng suất lao động|thu nhập/iu.test(`${clauseBefore} ${before}`)
  if (
    isPerPersonWords &&
    reading.topExponent === 6 &&
    (perPerson.test(`${clauseBefore} ${before}`) || isAveragePerPerson)
  )
    return pick('million-vnd-per-person-year')
  // "GRDP bình quân đầu người đạt 3.950 USD", "… khoảng 4.710 USD/năm": dollars per person (a year's); so is "GRDP bình
  // quân đạt 7900 USD", "đầu người" left unsaid (no product is so few dollars; an average over years is "giai đoạn …").
  if (
    reading.topExponent === 0 &&
    /^USD(?:\/\s?năm)?$/iu.test(unitText) &&
    (perPerson.test(`${clauseBefore} ${before}`) ||
      /(?:GRDP|GDP)\s+bình quân(?!\s+(?:giai đoạn|thời kỳ|hằng|hàng|mỗi|năm|cả nước|chung))/iu.test(
        `${clauseBefore} ${before}`,
      ))
  )
    return pick('usd-per-person')
  const unit = byScale(candidates, reading.topExponent)
  if (unit && isCountUnit(unit)) {
    // "Toàn huyện giảm 75 hộ nghèo": a fall said before the things it counts is how many fewer there are, the size of
    // the fall (as "giảm 0,04% tỷ lệ hộ nghèo" is); "số hộ nghèo giảm 75 hộ" stays a negative change.
    const countFall = /^giảm\s+/iu.exec(reading.valueText)?.[0]
    const thingAfter = thingNamedAfter.test(after)
    if (
      countFall &&
      thingAfter &&
      !new RegExp(String.raw`(?<![${letter}])${escapeRegExp(unitText)}(?![${letter}])`, 'iu').test(ownBefore)
    ) {
      const chosen = pick(unit)
      return {
        ...chosen,
        value: Math.abs(chosen.value),
        valueText: reading.valueText.slice(countFall.length),
      }
    }
  }
  // "hộ cận nghèo giảm 0,16%, tương đương 46 hộ": the fall again, in the things counted ("… tương đương 336 hộ thoát
  // nghèo" names its own).
  if (
    unit &&
    unitInfo(unit).kind !== 'percent' &&
    !reading.valueText.startsWith('-') &&
    !thingNamedAfter.test(after) &&
    fallThenSameAs.test(ownBefore)
  ) {
    // (In the unit's scale: "tương đương giảm 300 tỷ đồng" is −300 billion-vnd.)
    const chosen = pick(unit)
    return { ...chosen, value: -Math.abs(chosen.value) }
  }
  if (unit) return pick(unit)
  // A noun with no code ("42.600 con", "4.320 suất"): kept as the report writes it. Thousands are written out
  // ("373 ngàn m3" is 373.000 m3); millions and more keep their scale word ("20,26 tỷ kWh").
  const keepsScale = reading.topExponent > 3
  return {
    ...pick(keepsScale ? 'TODO' : 'other'),
    unit: 'other',
    // "1 Khu dân cư": a unit is a common noun, whatever case the sentence gave its first letter; "tiêu chí/ xã" is
    // "tiêu chí/xã", a page's space after the slash left out.
    otherUnit: (keepsScale
      ? [...topScaleWords(reading), unitText].join(' ')
      : unitText.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLocaleLowerCase('vi'))
    ).replace(/\s*\/\s*/gu, '/'),
    todo: `unit: "${unitText}" has no unit code, so it is kept as written (unit "other"); choose a code if one fits`,
  }
}
