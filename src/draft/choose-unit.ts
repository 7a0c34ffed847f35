import { hasLetter, letter } from '../lib/reg-exp.ts'
import { shift, toNumber } from '../dataset/reading/decimal.ts'
import { scaleWords } from '../dataset/reading/amount-words.ts'
import type { AmountReading } from '../dataset/reading/read-amount.ts'
import { type Unit, unitInfo, unitsWrittenAs } from '../dataset/units.ts'
import { guestNightsBefore } from './find-amounts.ts'
import { amountWithUnit, changeVerb, lastPercentLevel } from './percentage-points.ts'
import { chooseAmountUnit, topScaleWords } from './choose-unit/amount.ts'
import { choosePercentUnit } from './choose-unit/percent.ts'
import { rateNames } from './choose-unit/percent-words.ts'
import type { UnitChoice, UnitContext } from './choose-unit/unit-context.ts'
import { chooseUnwrittenUnit } from './choose-unit/unwritten.ts'

export type { UnitChoice } from './choose-unit/unit-context.ts'

const rateSubject = new RegExp(String.raw`${rateNames.source}|\d\s*%[\s,(]*$`, 'iu')
/** "tăng 14% (", "tăng bình quân 10%/năm (": a growth, a bracket opened right after it. */
const growthBracketed = new RegExp(
  String.raw`(?<![${letter}])(?:tăng|giảm)(?:\s+trưởng)?(?:\s+bình quân(?:\s+(?:hằng|hàng|mỗi)\s+năm)?)?\s+[\d.,]+\s*%(?:\s*\/\s*năm)?\s*\(\s*$`,
  'iu',
)

/** The one word right after an amount's scale ("67,5 ngàn cái"), when it may be the things counted. */
const scaledNoun = new RegExp(String.raw`^[ \u00a0]+(\p{Ll}[${letter}]*)(?![${letter}\d])`, 'u')

/**
 * Words after a scale that count nothing: money's ("thu 9.359 tỷ ngân sách", "huy động 12 tỷ vốn", "67 triệu tiền
 * thưởng": what the money is), a change's, a link's, a time's ("thu ngân sách 2.800 tỷ nửa đầu năm").
 */
const notANoun = new RegExp(
  String.raw`^(?:đồng|ngân|vốn|tiền|nửa|${Object.keys(scaleWords).join('|')}|so|tăng|giảm|và|hoặc|trong|của|đạt|bằng|là|năm|tháng|quý|ngày|với|cho|từ|đến|trên|dưới|hơn|khoảng|chiếm|vượt|còn|ước|theo|thuộc|tại|ở|được|đã|sẽ|người)$`,
  'u',
)

/** The visitors a scale alone counts, named before it ("Lượt khách lưu trú … ước khoảng 2,1 triệu"). */
const visitorsBefore = new RegExp(
  String.raw`(?<![${letter}])(?:lượt khách|lượt người|du khách|khách du lịch)(?![${letter}])(?:[^,;.\d]|(?<![\d.,])(?:19|20)\d{2}(?![\d.,]))*$`,
  'iu',
)

/**
 * The unit of an amount, read from its words and the words around it: an amount with no unit written
 * (`choose-unit/unwritten.ts`), one in "%" (`choose-unit/percent.ts`: of the plan, of the estimate, in points, a year),
 * or one in other words (`choose-unit/amount.ts`: money, per hectare, per person, a count). The value is in that unit.
 */
export function chooseUnit(
  reading: AmountReading,
  before: string,
  clause: string,
  listLead = '',
  sentenceBefore = '',
  paragraphBefore = '',
): UnitChoice {
  const { unitText } = reading
  const pick = (unit: Unit | 'TODO', todo?: string): UnitChoice => {
    // Without a unit code, the number as written ("50 triệu đồng/căn" → 50), for a person to give it one.
    const scale = unit === 'TODO' ? reading.topExponent : unitInfo(unit).scale
    return {
      unit,
      value: toNumber(shift(reading.value, -scale)),
      ...(reading.max ? { max: toNumber(shift(reading.max, -scale)) } : {}),
      ...(todo ? { todo } : {}),
    }
  }
  // "Tổng ngày khách lưu trú 3.198.000 ngày": the nights guests stayed (an average stay, "Bình quân ngày khách lưu trú:
  // 2,06 ngày", is in days, kept as written).
  const clauseUntilAmount = clause.slice(0, Math.max(0, clause.indexOf(reading.valueText)))
  if (
    /^ngày$/iu.test(unitText) &&
    guestNightsBefore.test(`${clauseUntilAmount}${before}`) &&
    !/bình quân/iu.test(clauseUntilAmount)
  )
    return pick('guest-night')
  if (unitText === '' && reading.scaleWords.length === 0)
    return chooseUnwrittenUnit(reading, before, clause, pick)
  // "may mặc 67,5 ngàn cái", "gạch 221 nghìn viên": a scale before a noun no row knows counts that noun (thousands written
  // out, as for "42.600 con"; millions and more keep their scale word).
  const thingAfterScale =
    unitText === ''
      ? scaledNoun.exec(clause.slice(clause.indexOf(reading.valueText) + reading.valueText.length))
      : null
  // ("… 405.252 tỷ đồ" on a page cut mid-word is money still.)
  if (thingAfterScale?.[1] && !notANoun.test(thingAfterScale[1]) && !'đồng'.startsWith(thingAfterScale[1])) {
    const keepsScale = reading.topExponent > 3
    return {
      ...pick(keepsScale ? 'TODO' : 'other'),
      unit: 'other',
      otherUnit: keepsScale ? [...topScaleWords(reading), thingAfterScale[1]].join(' ') : thingAfterScale[1],
      valueText: `${reading.valueText} ${thingAfterScale[1]}`,
      todo: `unit: "${thingAfterScale[1]}" has no unit code, so it is kept as written (unit "other"); choose a code if one fits`,
    }
  }
  // "Lượt khách lưu trú … ước khoảng 2,1 triệu, tăng 14,55%": a scale alone after the visitors it counts is of visits;
  // so are people after them ("lượt khách du lịch đến tỉnh năm 2022 đạt gần 7,6 triệu người").
  if (
    (unitText === '' || /^(?:người|lượt người)$/iu.test(unitText)) &&
    visitorsBefore.test(clause.slice(0, Math.max(0, clause.indexOf(reading.valueText))))
  )
    return pick('visit')
  // "9.150 tỷ": a scale alone is money in đồng, left unwritten.
  const candidates = unitText === '' ? unitsWrittenAs('đồng') : unitsWrittenAs(unitText)
  // "Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm": an amount with no words of its own is its lead's.
  const ownBefore = clause.slice(0, Math.max(0, clause.indexOf(reading.valueText)))
  const hasOwnWords = hasLetter.test(`${ownBefore}${before}`)
  const clauseBefore = hasOwnWords || !listLead ? ownBefore : `${listLead}: ${ownBefore}`
  // "tăng trưởng đạt 13,7%, cao hơn 1 điểm so với kịch bản": points said of a level in percent are percentage points
  // ("chỉ số PCI đạt 65,2 điểm" is a score).
  // "tăng 9,55% đóng góp 1,8 điểm …": a growth's part of the whole growth is in points too.
  // ("… đóng góp tới 11,1 điểm phần trăm; dịch vụ đóng góp 2,4 điểm": the points named in full before go on.)
  if (
    /^điểm$/iu.test(unitText) &&
    (/\d\s*%[^\d]*$/u.test(clauseBefore) ||
      /\d\s*điểm phần trăm/iu.test(`${sentenceBefore} ${clauseBefore}`)) &&
    (changeVerb.test(before) || /đóng góp\s*$/iu.test(before))
  )
    return pick('percentage-point')
  // "Tăng trưởng đạt 7,83%, …, thu ngân sách đạt 5.380 tỷ đồng (vượt hơn 11% dự toán)": the excess is of the
  // amount said just before it, not of a rate named earlier in the clause.
  const lastAmount = [...clauseBefore.matchAll(amountWithUnit)].at(-1)
  const excessOf = lastAmount ? clauseBefore.slice(lastAmount.index) : `${clauseBefore} ${before}`
  // "kim ngạch nhập khẩu đạt 2,5 tỷ USD, tăng 53,4%, vượt gần 47% kế hoạch": after an amount, a growth of it
  // between is no rate the excess is of.
  // ("… đạt 2.681 tỷ đồng, tăng 14% (vượt 3% so với nghị quyết)": an excess bracketed right after a growth is the
  // growth's, over the growth the plan set.)
  const isRateExcess =
    (lastAmount ? rateNames.test(excessOf) : rateSubject.test(excessOf)) ||
    growthBracketed.test(excessOf) ||
    growthBracketed.test(clauseBefore)
  // No rate lies 100 points or more from its plan: "vượt 200% kế hoạch" is three times the plan, whatever it measures.
  // Nor more points from it than its own level ("tỷ lệ hộ nghèo còn 0,11%, vượt 73% kế hoạch" is 173% of the plan).
  const level = lastPercentLevel(excessOf)
  if (
    reading.planExcess &&
    isRateExcess &&
    Math.abs(toNumber(reading.planExcess)) < 100 &&
    (level === null || Math.abs(toNumber(reading.planExcess)) <= level)
  ) {
    // A rate "vượt 0,57% so với kế hoạch" is 0,57 points above its plan, not 100,57% of it; "giảm 0,3% so với kế
    // hoạch" and "thấp hơn 0,4% so với chỉ tiêu", 0,3 and 0,4 points under it. Under a plan in other words, the points'
    // sign is not written in the amount: a person says what it is.
    const isUnder = toNumber(reading.planExcess) < 0
    const words = (isUnder ? /(?:giảm|thấp hơn)\s+\d[\d.,]*\s*%/iu : /[-−]?\d[\d.,]*\s*%/u).exec(
      reading.valueText,
    )?.[0]
    if (words) return { unit: 'percentage-point', value: toNumber(reading.planExcess), valueText: words }
    return { unit: 'TODO', value: toNumber(reading.value), valueText: reading.valueText }
  }
  // "giảm 0,25%": the verb can be part of the amount's own words.
  const said = `${before}${reading.valueText.slice(0, Math.max(0, reading.valueText.search(/\d/u)))}`
  // "thu nội địa 10.152 tỷ đồng, đạt 50,51%": a share said of an amount just given is a share of its plan.
  const after = clause.slice(clauseBefore.length + reading.valueText.length)
  // The clause up to the amount, once: its words since the previous amount are already in it (read twice, "… 6 tháng
  // tăng" + "tăng …" would say "tăng bình quân").
  const untilAmount = clauseBefore.endsWith(before)
    ? `${clauseBefore}${said.slice(before.length)}`
    : `${clauseBefore} ${said}`
  // The subject of its own list item ("Điển hình như: tổng diện tích … đạt 101,6%; tổng sản lượng …").
  const subject = `${clauseBefore}${said}`.split(/[;:]/u).at(-1) ?? ''
  const context: UnitContext = {
    reading,
    before,
    clause,
    listLead,
    sentenceBefore,
    paragraphBefore,
    ownBefore,
    clauseBefore,
    said,
    after,
    untilAmount,
    subject,
    isRateExcess,
    level,
    pick,
  }
  const choice = unitText === '%' ? choosePercentUnit(context) : chooseAmountUnit(context, candidates)
  // "… năm 2021 thấp hơn tốc độ tăng của năm 2020 là 1,04 điểm phần trăm": how much lower, said after what it is lower
  // than, is a fall.
  // ("… giảm 13% và 30%", "… giảm lần lượt là 13%, 30% và 2%": each rate of a list after a fall fell.)
  const isFall = lowerThanIs.test(untilAmount) || (unitText === '%' && fallListedOn.test(untilAmount))
  return isFall && choice.value > 0 && !reading.max ? { ...choice, value: -choice.value } : choice
}

/** Rates listed: "13%, 30% và 2%". */
const percents = String.raw`\d[\d.,]*\s*%(?:\s*(?:,|và)\s*\d[\d.,]*\s*%)*`
/** "giảm 13% và ", "giảm lần lượt là 13%, ", "giảm tỷ lệ lần lượt 3 tiêu chí vừa nêu trên là ": a list of falls. */
const fallListedOn = new RegExp(
  String.raw`(?<![${letter}])giảm(?:\s+(?:lần lượt|tương ứng)(?:\s+là)?|[^,;.:]{0,60}?\s(?:lần lượt|tương ứng)(?:\s[^,;.:]{0,40}?)?\s+là)\s+(?:${percents}\s*(?:,|và)\s*)?$|(?<![${letter}])giảm\s+${percents}\s*(?:,|và)\s*$`,
  'iu',
)

/**
 * "thấp hơn tốc độ tăng của năm 2020 là ": lower than something named, then how much (not a plan named, then its level:
 * "thấp hơn với kịch bản đặt ra là 7,5%").
 */
const lowerThanIs = new RegExp(
  String.raw`(?<![${letter}])thấp hơn\s+(?:so\s+với\s+|với\s+)?(?!(?:[^,;()]*?(?<![${letter}])(?:kịch bản|kế hoạch|mục tiêu|chỉ tiêu|nghị quyết|dự toán|KH|NQ)(?![${letter}])))(?:[^,;()\d]|(?<![\d.,])(?:19|20)\d{2}(?![\d.,])){2,60}?\s+là\s*$`,
  'iu',
)
