import { escapeRegExp, hasLetter, letter } from '../lib/reg-exp.ts'
import type { Comparator } from '../dataset/comparators.ts'
import { add, decimalFromDigits, shift, toNumber } from '../dataset/reading/decimal.ts'
import { scaleWords } from '../dataset/reading/amount-words.ts'
import type { AmountReading } from '../dataset/reading/read-amount.ts'
import { isCountUnit, type Unit, unitInfo, unitsWrittenAs } from '../dataset/units.ts'
import { countedNoun, countUnitBefore } from './counted-noun.ts'
import { planSetAfter } from './structure/governing.ts'
import { placeSubject, sectorAlone } from './figure-name.ts'
import { isYearlyAverage, partsOfYearlyGrowth } from './yearly-average.ts'
import { guestNightsBefore } from './find-amounts.ts'
import {
  amountWithUnit,
  changeVerb,
  isPercentagePointChange,
  isPoorHouseholdsChange,
  isPossibleInPoints,
  lastPercentLevel,
  rateNamedAfter,
} from './percentage-points.ts'

export type UnitChoice = {
  unit: Unit | 'TODO'
  otherUnit?: string
  value: number
  max?: number
  todo?: string
  /** Narrower words for the value than the amount's own ("0,57%" of "vượt 0,57% so với kịch bản"). */
  valueText?: string
  /** Where the words' comparator is not the figure's: "vượt 9,41%" of a plan left out is 109,41% of it, exactly. */
  comparator?: Comparator
}

/** A rate's words: its excess over a plan is in points ("tăng trưởng 6,98%, vượt 0,57% so với kịch bản"). */
const rateNames = /t[ỷỉ] lệ|t[ỷỉ] trọng|tốc độ|tăng trưởng|chỉ số/iu
const rateSubject = new RegExp(String.raw`${rateNames.source}|\d\s*%[\s,(]*$`, 'iu')

/** "bằng 99,63% so với cùng kỳ năm trước, trong đó …": a whole's level against last year's, which its parts go on with. */
const sharedComparison = new RegExp(
  String.raw`(?<![${letter}])bằng\s+[\d.,]+\s*%\s+so\s+(?:với\s+)?(?:cùng kỳ|năm trước)[^;]*?,?\s*trong đó(?![${letter}])`,
  'iu',
)
/** "… đạt dự toán là thuế … (109,9%), …": a lead naming the plan that the bracketed shares of its list reach. */
const sharesListedOfPlan = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|không đạt|chưa đạt|vượt)\s+(dự toán|kế hoạch|KH|chỉ tiêu)(?![${letter}])[^;]{0,40}?\s(?:là|gồm|như)\s*:?\s[^;]*\(\s*$`,
  'iu',
)
/**
 * An amount with its unit, a comma or an opening bracket ("4.200 tấn (đạt 38,9%"), or its plan in brackets ("7.596 tấn
 *  (KH 7.526 tấn) bằng"), or money with no comma ("9,117 tỷ đồng đạt", "475 tỷ đạt"), then "đạt" or "bằng":
 * what follows measures that amount ("2.459/2.532 ha, đạt 97,12%" measures a part against its whole, not a plan).
 */
// ("60.490 cây xanh phân tán các loại, đạt 121%": the things counted may take six words; a year is no amount.)
const amountThenShare = new RegExp(
  String.raw`(?<!\/[\d.,]*)(?<!(?<![\d.,])(?:19|20)\d\d)\d\s*(?:(?:[${letter}][${letter}/²]*\s*){1,6}(?:,|\(|\(\s*(?:KH|kế hoạch)\s[^()]*\)\s*,?)|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+đồng)?)\s*(?:đạt|bằng)\s*$`,
  'u',
)
/** "100,3 kế hoạch", "100,3 KH": a plan named right after a number. */
const planRightAfter = new RegExp(
  String.raw`^\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu)(?![${letter}])`,
  'u',
)
/** "tăng", "giảm" opening a change, anywhere in the words said before an amount. */
const changeWordStart = new RegExp(String.raw`(?<![${letter}])(?:tăng|giảm)`, 'iu')
/** "chiếm 93,46", "chiếm khoảng 40": what a part takes of its whole. */
const shareVerbBefore = new RegExp(
  String.raw`(?<![${letter}])chiếm(?:\s+(?:khoảng|gần|trên|hơn|dưới|xấp xỉ))?\s*$`,
  'iu',
)
/** "sản lượng đạt hơn 1,33 triệu tấn, " before "vượt 9,41%": an amount in a unit of words, then a comma. */
const amountThenExcess = new RegExp(
  String.raw`(?<!\/[\d.,]*)\d\s*(?:[${letter}][${letter}/²]*\s*){1,6},\s*$`,
  'u',
)
/** "so với kế hoạch vượt từ 0,2-0,5%": the plan named before an excess of it. */
const planBeforeExcess = new RegExp(
  String.raw`(?<![${letter}])so(?:\s+với)?\s+(kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s+(?:năm|cả năm|đề ra|giao|tỉnh giao|huyện giao))?\s*,?\s*vượt(?:\s+(hơn|trên|gần|khoảng|xấp xỉ))?(?:\s+từ)?\s*$`,
  'iu',
)
/** "thấp hơn mục tiêu cả năm", "cao hơn so với kế hoạch đề ra": a gap to the plan named, its size to follow. */
const planNamedInGap = new RegExp(
  String.raw`(?<![${letter}])(cao|thấp)\s+hơn\s+(?:so(?:\s+với)?\s+)?(kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s+(?:năm|cả năm|đề ra|giao|được giao|tỉnh giao|huyện giao))?(?:\s+(hơn|trên|gần|khoảng|xấp xỉ))?\s*$`,
  'iu',
)
/** "…, tương ứng đạt kế hoạch lần lượt 44%; 40%": shares said in turn after the plan they are of. */
const planBeforeInTurn = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|bằng)\s+(kế hoạch|KH|dự toán)(?:\s+[${letter}]+){0,3}?\s+lần lượt(?:\s+(?:là|đạt))?(?:\s*[\d.,]+\s*%\s*(?:[;,]|và)?)*\s*$`,
  'iu',
)
/** "…, lần lượt đạt 100% và 34% kế hoạch": shares said in turn, the plan named after the last. */
const inTurn = new RegExp(String.raw`(?<![${letter}])lần lượt\s+(?:là\s+|đạt\s+)?$`, 'iu')
const planAfterInTurn = new RegExp(
  String.raw`^\s*(?:(?:[;,]|và)\s*[\d.,]+\s*%\s*)*(?:[;,]|và)\s*[\d.,]+\s*%\s*(kế hoạch|KH|dự toán)(?![${letter}])`,
  'iu',
)

/** The plan of a share said in turn with others, named before them or after the last; undefined when none is. */
function planOfSharesInTurn(sentenceBefore: string, ownBefore: string, after: string): string | undefined {
  return (
    planBeforeInTurn.exec(sentenceBefore)?.[1] ??
    (inTurn.test(ownBefore) ? planAfterInTurn.exec(after)?.[1] : undefined)
  )
}

/** "so kế hoạch năm đạt", "so với dự toán bằng": the plan a share that follows is of. */
const planBeforeShare = new RegExp(
  String.raw`(?<![${letter}])so(?:\s+với)?\s+(kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết)(?:\s+(?:năm|cả năm|giao|tỉnh giao|huyện giao|đề ra))?\s*,?\s*(?:đạt|bằng|được)(?:\s+(?:trên|hơn|gần|khoảng|xấp xỉ))?\s*$`,
  'iu',
)
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
/**
 * "… giảm 2,06% (NQ đề ra ": a change, then a bracket a plan's name opens; the words up to the change's amount (not
 * "giảm xuống còn 17% (KH 16,5%)": the level a rate came down to, whose plan is a level).
 */
const changeThenPlanBracket = new RegExp(
  String.raw`^(.*(?<![${letter}])(?:tăng|giảm))(?:\s+(?!(?:còn|xuống|lên|đạt|ở|mức)(?![${letter}]))[${letter}]+){0,2}\s+\d[\d.,]*\s*%\s*\(\s*(?:KH|NQ|kế hoạch|nghị quyết|chỉ tiêu|mục tiêu)(?![${letter}])[^()\d]*$`,
  'isu',
)
/**
 * "vượt chỉ tiêu đề ra 17,06%", "vượt kế hoạch (KH) 0,22%", "vượt kế hoạch tỉnh giao 8%", "vượt kế hoạch năm hơn 2,7%":
 * the plan an excess is of, and the bound said of the excess.
 */
const planNamedInExcess = new RegExp(
  String.raw`(?<![${letter}])vượt\s+(?:so\s+với\s+)?(kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s*\(\s*(?:KH|NQ)\s*\))?(?:\s+(?:năm|cả năm|đề ra|giao|được giao|tỉnh giao|huyện giao))?(?:\s+(hơn|trên|gần|khoảng|xấp xỉ))?\s*$`,
  'iu',
)
/** " so với Hội đồng nhân dân huyện giao": the plan named by who assigned it. */
// "129,3%HĐND phường giao": who assigned it may follow the share with no "so với".
const assignedAfter = new RegExp(
  String.raw`^\s*\)?\s*(?:so(?:\s+với)?\s+(?:[${letter}]+\s+){1,6}|(?:HĐND|UBND|Hội đồng|Ủy ban|Uỷ ban|Tỉnh ủy|Huyện ủy|Thị ủy|tỉnh|huyện|thị xã|thành phố|phường|xã|cấp trên)(?:\s+[${letter}]+){0,4}\s+)giao(?![${letter}])`,
  'iu',
)
/** "đạt 98% so với cùng kỳ", "bằng 105% cùng kỳ": a share of another year, not of the plan. */
// "(đạt 98%) so với cùng kỳ": a page may close its bracket before saying what the share is of; "so với Hội đồng nhân
// dân huyện giao" names who set the plan.
// ("bằng 99,6% (giảm 629 ha) so với năm trước": a bracket between the share and its comparison is passed over.)
const comparedAfter = new RegExp(
  String.raw`^\s*\)?\s*(?:\([^()]*\)\s*)?(?:so\s(?!\s*(?:với\s+)?(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|(?:[${letter}]+\s+){1,6}giao(?![${letter}])))|cùng kỳ|năm\s|của\s)|^\s*CK(?![${letter}])`,
  'iu',
)

/**
 * "tổng diện tích gieo trồng đạt 101,6%", "tổng sản lượng lương thực ước đạt 101,6%": an amount's noun that
 * reaches a percentage reaches that share of its plan; a rate ("tỷ lệ … đạt 95%") reaches its level.
 */
const amountNoun = new RegExp(
  String.raw`^[\s\-–•+*]*(?:[^,]*?\s(?:như|gồm|là)\s+)?(?:tổng\s+)?(?:diện tích|sản lượng|giá trị|thu ngân sách|thu nội địa|chi ngân sách|vốn đầu tư|kim ngạch|doanh thu|mức bán lẻ|tổng mức|đàn)(?![${letter}])`,
  'iu',
)
/** ", giải quyết việc làm cho …": the next item of a list begins, no word of what came before goes on. */
const nextItemAfter = new RegExp(
  String.raw`^\s*,\s+(?!(?:so|bằng|đạt|tăng|giảm|cao|thấp|đứng|xếp|vượt|trong|chiếm|tương|là|với|của|và|nhưng|do|nên|đã|đến|từ|theo)(?![${letter}]))\p{L}[${letter}]*\s+[${letter}]`,
  'u',
)
const reachedVerb = new RegExp(String.raw`(?<![${letter}])(?:ước\s+)?đạt(?:\s+được)?\s*$`, 'iu')

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

/** The unit of a change or excess bracketed right after an amount with none ("(vượt 15 tấn)"), not a share. */
function unitOfExcessBeside(afterIt: string): Unit | undefined {
  const words = /^\s*\(\s*(?:vượt|tăng|giảm|hơn)\s+(?:\S+\s+){0,2}?\d[\d.,]*\s*([^()\d%]+?)\s*\)/u.exec(
    afterIt,
  )?.[1]
  if (!words || Object.hasOwn(scaleWords, words.toLocaleLowerCase('vi'))) return undefined
  const [unit, ...others] = unitsWrittenAs(words)
  return unit && others.length === 0 ? unit : undefined
}

/** Budget revenue and spending: measured against the estimate ("dự toán") the council gives, not a plan. */
const budgetWords = /(?:thu|chi)\s+(?:\S+\s+){0,2}?ngân sách|thu nội địa/iu
/** The plan a budget figure is said to reach: "tổng thu ngân sách ước đạt gần 21 tỷ đồng, đạt 112,52% kế hoạch". */
const budgetPlanNamed = new RegExp(
  String.raw`(?:${budgetWords.source})[^;]*?(?<![${letter}])(kế hoạch|KH|nghị quyết|chỉ tiêu|dự toán)(?![${letter}])`,
  'giu',
)

/**
 * The unit code for an amount read from the text, and its value in that unit: "18,6 nghìn tỷ đồng" is
 * 18600 billion-vnd, "850 triệu đồng" 850 million-vnd. 'TODO' (with the reason) when no code fits.
 */
/**
 * "đạt 98,96% chỉ tiêu nghị quyết. Trong đó, …": a share of plan the last said before a breakdown ("bằng 100% kế
 * hoạch …, tăng 13,79% so với năm 2022. Trong đó, ngành dịch vụ đạt 52,27%" breaks down the economy, in shares).
 */
const shareOfPlanBrokenDown = new RegExp(
  String.raw`\d\s*%\s*(?:so\s+(?:với\s+)?)?(chỉ tiêu|kế hoạch|KH|nghị quyết|dự toán)(?:\s+năm\s+(?:19|20)\d{2})?[^.;\d]*[.;]\s*(?:Trong đó|Cụ thể)\s*[,:][^.;]*$`,
  'iu',
)

/** ", vượt 56 tỉ đồng so dự toán": an excess, then the plan it is measured against. */
const planNamedPastExcess = new RegExp(
  String.raw`^\s*,\s*vượt\s+[^,;()]{0,40}?\s(?:so(?:\s+với)?\s+)(dự toán|kế hoạch|KH|chỉ tiêu|nghị quyết)(?![${letter}])`,
  'iu',
)

/** "diện tích cao su": the words of an area; "504 ha", "1.200 héc-ta": an area in hectares. */
const areaNamed = new RegExp(String.raw`(?<![${letter}])diện tích(?![${letter}])[^\d]*$`, 'iu')
const hectaresBeside = new RegExp(String.raw`\d\s*(?:ha|héc-?ta|hecta)(?![${letter}])`, 'iu')

/** "Tỷ lệ đô thị hóa", "tỉ lệ bao phủ": the words of a rate. */
const rateNamed = new RegExp(String.raw`(?<![${letter}])t[ỷỉ]\s+lệ(?![${letter}])`, 'iu')

export function chooseUnit(
  reading: AmountReading,
  before: string,
  clause: string,
  listLead = '',
  sentenceBefore = '',
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
  if (unitText === '' && reading.scaleWords.length === 0) {
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
  const isRateExcess = lastAmount ? rateNames.test(excessOf) : rateSubject.test(excessOf)
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
    // hoạch", 0,3 points under it. Under a plan in other words ("thấp hơn 0,3%"), the points' sign is not written in
    // the amount: a person says what it is.
    const isUnder = toNumber(reading.planExcess) < 0
    const words = (isUnder ? /giảm\s+\d[\d.,]*\s*%/iu : /[-−]?\d[\d.,]*\s*%/u).exec(reading.valueText)?.[0]
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
  // Whose plan a bare share reaches: "thu ngân sách đạt gần 900 tỷ đồng, đạt 130%" reaches the budget's estimate.
  // The budget's plan named earlier in the sentence is the one its shares go on reaching ("tổng thu ngân sách … đạt
  // 112,52% kế hoạch, tổng chi ngân sách … đạt 97,36%").
  const budgetPlan = [...`${sentenceBefore} ${clauseBefore}`.matchAll(budgetPlanNamed)].at(-1)?.[1]
  // "Thu ngân sách cả nhiệm kỳ 76,3 tỷ đồng, đạt 164,5%": a term has a resolution's target, no yearly estimate.
  const isOverTerm = /nhiệm kỳ|giai đoạn|\b5 năm/iu.test(`${sentenceBefore} ${clauseBefore}`)
  // "…, đạt 93,5% dự toán …; thu từ dầu thô 2.758 tỷ đồng, đạt 91,9%": a revenue listed after the budget's estimate.
  const isBudget =
    budgetWords.test(subject) ||
    (/^\s*(?:trong đó,?\s*)?(?:thu|chi)\s/iu.test(subject) && /dự toán/iu.test(budgetPlan ?? ''))
  const shareOfPlan =
    isBudget &&
    (!budgetPlan || /dự toán/iu.test(budgetPlan)) &&
    (!isOverTerm || /dự toán/iu.test(budgetPlan ?? '')) &&
    !new RegExp(String.raw`(?<![${letter}])(?:kế hoạch|KH|chỉ tiêu|nghị quyết)(?![${letter}])`, 'iu').test(
      listLead,
    ) &&
    // "thu ngân sách … đạt 745%, vượt chỉ tiêu Nghị quyết": the plan the share exceeds, named right after it.
    !new RegExp(
      String.raw`^\s*,?\s*(?:vượt|đạt)\s+(?:chỉ tiêu|mục tiêu|kế hoạch|KH|nghị quyết)(?![${letter}])`,
      'iu',
    ).test(after)
      ? 'percent-of-estimate'
      : 'percent-of-plan'
  // "đạt 115,15% so với Hội đồng nhân dân huyện giao": a share of what those who set the plan assigned.
  if (unitText === '%' && assignedAfter.test(after)) {
    const unit = /%\s*(?:so\s+với\s+|so\s+)?dự toán/iu.test(clauseBefore)
      ? 'percent-of-estimate'
      : shareOfPlan
    // "thực hiện hơn 1.666 tỷ đồng, vượt 40,5% so với tỉnh giao": 140,5% of what was assigned (of a rate, points).
    if (!/^vượt\s/iu.test(reading.valueText) || reading.max) return pick(unit)
    return isRateExcess && toNumber(reading.value) < 100
      ? { unit: 'percentage-point', value: toNumber(reading.value), comparator: 'exact' }
      : { unit, value: toNumber(add(decimalFromDigits('100'), reading.value)), comparator: 'exact' }
  }
  // "… 169 tỉ đồng, đạt 150%, vượt 56 tỉ đồng so dự toán": the plan named past the excess is the share's.
  const planPastExcess = planNamedPastExcess.exec(after)?.[1]
  if (unitText === '%' && planPastExcess && /(?<![\p{L}])đạt\s*$/iu.test(said))
    return pick(/dự toán/iu.test(planPastExcess) ? 'percent-of-estimate' : 'percent-of-plan')
  // "Có 4/7 lĩnh vực thu đạt dự toán là thuế sử dụng đất phi nông nghiệp (109,9%), phí - lệ phí (107,7%); …": the shares
  // bracketed after each part a lead names reach the plan that lead names.
  const listedPlan = sharesListedOfPlan.exec(clauseBefore)?.[1]
  if (unitText === '%' && listedPlan && /\(\s*$/u.test(before))
    return pick(/dự toán/iu.test(listedPlan) ? 'percent-of-estimate' : 'percent-of-plan')
  // "… 264.821,45 ha, bằng 99,63% so với cùng kỳ năm trước, trong đó vụ Đông Xuân … 184.989,53 ha, bằng 99,88%": the
  // parts go on with the comparison their whole was given with.
  const wholeCompared = sharedComparison.exec(`${sentenceBefore} ${clauseBefore}`)
  // "Tổng đàn lợn đạt 150.282 con, tăng 0,66% so với cùng kỳ; đàn gia cầm đạt 8.657,55 nghìn con, bằng 98,01%": among
  // items compared with last year, in a sentence that names no plan, a bare share is of last year's level too.
  const isAmongCompared =
    new RegExp(
      String.raw`(?<![${letter}])(?:so\s+(?:với\s+)?(?:cùng kỳ|năm trước|năm\s+(?:19|20)\d{2})|(?:tăng|giảm)\s+[\d.,]+\s*%)`,
      'iu',
    ).test(`${sentenceBefore} ${clauseBefore}`) &&
    !new RegExp(
      String.raw`(?<![${letter}])(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|NQ|mục tiêu)(?![${letter}])`,
      'u',
    ).test(`${listLead} ${sentenceBefore} ${clauseBefore}`) &&
    !isBudget &&
    // (not "… ước đạt 3.142 tỷ đồng, bằng 106,8%, tăng 6,15% so với cùng kỳ": its change from last year said apart)
    !/^\s*,?\s*(?:và\s+)?(?:tăng|giảm)\s+[\d.,]+\s*%/u.test(after)
  if (unitText === '%' && amountThenShare.test(clauseBefore) && !comparedAfter.test(after))
    return wholeCompared || isAmongCompared ? pick('percent') : pick(shareOfPlan)
  // "… đạt 98,96% chỉ tiêu nghị quyết. Trong đó, nông nghiệp và thủy sản đạt 101,68%": the parts of a share of plan,
  // broken down, are shares of their plans.
  const brokenDownPlan = shareOfPlanBrokenDown.exec(`${sentenceBefore}${clauseBefore}`)?.[1]
  // ("… ước bằng 44,6% kế hoạch năm 2024; trong đó, khu vực công nghiệp - xây dựng bằng 47,1%": said with "bằng" too.)
  if (
    unitText === '%' &&
    brokenDownPlan &&
    /(?<![\p{L}])(?:đạt|bằng)\s*$/iu.test(said) &&
    !comparedAfter.test(after)
  )
    return pick(/dự toán/iu.test(brokenDownPlan) ? 'percent-of-estimate' : 'percent-of-plan')
  // "tỷ lệ người dân tham gia bảo hiểm y tế đạt 100,2%": a rate over the whole, compared with nothing, is a share of the
  // plan (no rate passes 100%; "khu vực nông, lâm, thủy sản đạt 103,82%" is a sector's index, of the year before).
  if (
    unitText === '%' &&
    reading.kind === 'amount' &&
    toNumber(reading.value) > 100 &&
    /(?<![\p{L}])đạt\s*$/iu.test(said) &&
    rateNamed.test(subject) &&
    !/\d/u.test(subject) &&
    !/^(?:đạt|vượt)\s/iu.test(reading.valueText) &&
    !comparedAfter.test(after) &&
    !wholeCompared
  )
    return {
      ...pick(shareOfPlan),
      todo: `unit: "${reading.valueText}" is over 100% and compared with nothing said; read as a share of the plan`,
    }
  // "diện tích lúa đạt 212.614ha, vượt 3,68% kế hoạch; sản lượng đạt hơn 1,33 triệu tấn, vượt 9,41%.": an excess
  // said of an amount just given, with nothing after it to exceed, exceeds that amount's plan: 109,41% of it.
  // ("giá trị sản xuất vượt 63%; thu ngân sách nhà nước vượt 15,5%": an amount's excess, said of the amount named, is
  // too: no amount in đồng or tonnes is "over 63%".)
  const excessItem = subject.split(',').at(-1) ?? ''
  const isAmountsExcess =
    amountNoun.test(excessItem) && !rateNames.test(excessItem) && /^[^\d]*vượt\s*$/iu.test(excessItem)
  if (
    unitText === '%' &&
    reading.comparator === 'over' &&
    /^vượt\s/iu.test(reading.valueText) &&
    (amountThenExcess.test(clauseBefore) || isAmountsExcess) &&
    // "… ước đạt 10.951 tỷ đồng, vượt 1,8% và tăng 11%": another change after it names nothing it exceeds either; nor
    // does the next item of a list ("… đạt 136 tỷ đồng, vượt 38,07%, giải quyết việc làm cho 2.843 lao động, …").
    (/^\s*(?:[;.]|$|(?:,|và)\s+(?:tăng|giảm)\s+\d)/u.test(after) || nextItemAfter.test(after))
  ) {
    const excess = toNumber(reading.value)
    return {
      unit: shareOfPlan,
      value: toNumber(add(decimalFromDigits('100'), reading.value)),
      comparator: 'exact',
      todo: `value: "${reading.valueText}" names no plan; read as exceeding the plan of the amount before it by ${excess}%`,
    }
  }
  // "Đặc biệt, 4 chỉ tiêu vượt kế hoạch HĐND phường gồm: tổng thu ngân sách … đạt 75 tỷ đồng, vượt 8%; tỷ lệ … đạt
  // 98,5%, vượt 7%", "một số chỉ tiêu đạt và vượt so với kế hoạch năm, đơn cử sản lượng … vượt 2,43%, muối vượt 0,46%":
  // each item's bare excess is over the plan the lead names, a share of it as the lead counts it, a rate's too.
  const leadExceeds = new RegExp(
    String.raw`(?<![${letter}])chỉ tiêu[^;:\d]{0,40}?(?<![${letter}])vượt\s+(?:so\s+với\s+)?(kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán)(?![${letter}])`,
    'iu',
  ).exec(`${listLead} ${sentenceBefore} ${clauseBefore}`)
  if (
    unitText === '%' &&
    leadExceeds &&
    reading.comparator === 'over' &&
    !reading.max &&
    /^vượt\s/iu.test(reading.valueText) &&
    toNumber(reading.value) < 100 &&
    /^\s*(?:[;.]|$|,|và\s)/u.test(after)
  ) {
    const excess = toNumber(reading.value)
    return {
      unit: /dự toán/iu.test(leadExceeds[1] ?? '') ? 'percent-of-estimate' : 'percent-of-plan',
      value: toNumber(add(decimalFromDigits('100'), reading.value)),
      comparator: 'exact',
      todo: `value: "${reading.valueText}" names no plan; read as exceeding the plan of "${leadExceeds[0]}" by ${excess}%`,
    }
  }
  // "tổng vốn đầu tư … đạt 2.950 tỷ đồng, vượt chỉ tiêu đề ra 17,06%": the plan named between the excess and its
  // amount; of a rate ("tăng trưởng đạt 16,72%, vượt kế hoạch (KH) 0,22%") the excess is in points, as above.
  const excessNamed = planNamedInExcess.exec(said) ?? planBeforeExcess.exec(said)
  const planOfExcess = excessNamed?.[1]
  const excessBound = excessNamed?.[2]?.toLocaleLowerCase('vi')
  // ("vượt chỉ tiêu 95% đề ra" is the plan's level.)
  if (unitText === '%' && planOfExcess && reading.kind === 'amount' && !planSetAfter.test(after)) {
    const excess = toNumber(reading.value)
    const rateExcess = isRateExcess && excess < 100 && (level === null || excess <= level)
    // ("vượt … hơn 2,7%": the bound is the excess's, and so the share's.)
    const comparator = excessBound || reading.comparator === 'about' ? reading.comparator : 'exact'
    // "… đạt 4%, so với kế hoạch vượt từ 0,2-0,5%": a rate's excess over a range is in points too.
    if (rateExcess)
      return {
        unit: 'percentage-point',
        value: excess,
        ...(reading.max ? { max: toNumber(reading.max) } : {}),
        comparator: reading.max ? reading.comparator : comparator,
      }
    if (!reading.max)
      return {
        unit: /dự toán/iu.test(planOfExcess) ? 'percent-of-estimate' : 'percent-of-plan',
        value: toNumber(add(decimalFromDigits('100'), reading.value)),
        comparator,
      }
  }
  // "công nghiệp tăng 15,06%, thấp hơn mục tiêu cả năm 3,44%", "thu ngân sách 412 tỷ đồng, cao hơn dự toán 12%": how far
  // a result is above or under the plan named before the gap; of a rate, in points.
  const gap = planNamedInGap.exec(said)
  if (unitText === '%' && gap && reading.kind === 'amount' && !reading.max) {
    const sign = /^thấp/iu.test(gap[1] ?? '') ? -1 : 1
    const size = toNumber(reading.value)
    // (Its result is said before the gap, in the clause or the one before: "tăng 12,9%, thấp hơn kế hoạch 1,1%"; a rate's
    // in percent, an amount's in its unit.)
    const prior = `${sentenceBefore} ${clauseBefore}`
    const lastRate = [...prior.matchAll(/\d\s*%/gu)].at(-1)?.index ?? -1
    const lastOther = [...prior.matchAll(amountWithUnit)].at(-1)?.index ?? -1
    const isRate = (isRateExcess || lastRate > lastOther) && size < 100
    const comparator = gap[3] || reading.comparator === 'about' ? reading.comparator : 'exact'
    return isRate
      ? { unit: 'percentage-point', value: sign * size, comparator }
      : {
          unit: /dự toán/iu.test(gap[2] ?? '') ? 'percent-of-estimate' : 'percent-of-plan',
          value: 100 + sign * size,
          comparator,
        }
  }
  // "… được 77,571 tỷ đồng, so kế hoạch năm đạt 76,73%": the plan named before the share it reaches.
  const planBefore = planBeforeShare.exec(said)
  if (unitText === '%' && planBefore)
    return pick(/dự toán/iu.test(planBefore[1] ?? '') ? 'percent-of-estimate' : 'percent-of-plan')
  // "Tổng đàn trâu đạt 95,07%; đàn bò đạt 88,93%", "… đáng chú ý như diện tích gieo trồng … cả năm đạt 96,44%": a
  // bare share of an amount (no count or area is a share of itself) reaches its plan.
  const amountSubject = amountNoun.test(subject) ? subject : (subject.split(',').at(-1) ?? '')
  if (
    unitText === '%' &&
    amountNoun.test(amountSubject) &&
    reachedVerb.test(said) &&
    !/\d/u.test(amountSubject) &&
    !/t[ỷỉ] lệ|t[ỷỉ] trọng|tốc độ|tăng|giảm|bình quân/iu.test(amountSubject) &&
    !comparedAfter.test(after)
  )
    return pick(shareOfPlan)
  // "… các chỉ tiêu cơ bản đạt kế hoạch đề ra: … trồng thuốc lá đạt 100,5%; thu ngân sách đạt 145%": in a list of
  // what reached its plan, a bare share reached is of the plan.
  if (
    unitText === '%' &&
    new RegExp(
      String.raw`(?:đạt|hoàn thành|vượt)(?:\s+và\s+vượt)?\s+(?:kế hoạch|chỉ tiêu|KH)(?![${letter}])`,
      'iu',
    ).test(listLead) &&
    reachedVerb.test(said) &&
    !rateNames.test(subject) &&
    !comparedAfter.test(after)
  )
    return pick('percent-of-plan')
  // "đã giải ngân đạt 62%", "giải ngân … được 99,2/151,7 tỷ đồng, đạt 65,4%": what is paid out reaches a share of
  // the capital planned for it ("tỷ lệ giải ngân … đạt 95%" is a rate and keeps its level).
  // ("… kế hoạch vốn … gần 287 tỷ đồng, đến ngày 23/12/2022 đã giải ngân được 90,3%": paid out, a share of it.)
  if (
    unitText === '%' &&
    new RegExp(String.raw`(?<![${letter}])giải ngân`, 'iu').test(subject) &&
    (reachedVerb.test(said) ||
      new RegExp(String.raw`(?<![${letter}])giải ngân\s+được\s*$`, 'iu').test(said)) &&
    !rateNames.test(subject) &&
    !comparedAfter.test(after)
  )
    return pick('percent-of-plan')
  // "…, tương ứng đạt kế hoạch lần lượt 44%; 40%; 38% và 1%", "…, lần lượt đạt 100% và 34% kế hoạch".
  const planInTurn = planOfSharesInTurn(`${sentenceBefore}${ownBefore}`, ownBefore, after)
  if (unitText === '%' && planInTurn && !reading.max)
    return pick(/dự toán/iu.test(planInTurn) ? 'percent-of-estimate' : 'percent-of-plan')
  // "Tỷ lệ hộ nghèo giảm 3,3%, chia theo các huyện như sau: Thành phố Yên Bái giảm 0,16% …": a rate's change broken
  // down by place is in points, as the rate's own is.
  const placeItem = `${clauseBefore.split(/[;:]/u).at(-1) ?? ''}${said.slice(before.length)}`
  const isPlacesRate =
    placeSubject.exec(placeItem)?.[2] !== undefined &&
    /t[ỷỉ] lệ[^:;.]*?(?:giảm|tăng)\s+[\d,]+\s*%/iu.test(`${sentenceBefore} ${listLead}`)
  if (unitText === '%' && isPlacesRate) return pick('percentage-point')
  // "tỷ trọng khu vực công nghiệp - xây dựng giảm 3,74%; dịch vụ tăng 3,04%; nông nghiệp tăng 0,27%": the sectors
  // after a share's change go on changing their shares, in points.
  const isSectorsShare =
    sectorAlone.test(placeItem.replace(/^[\s,;]*(?:và\s+)?|\s+(?:tăng|giảm)\s*$/giu, '')) &&
    new RegExp(String.raw`(?<![${letter}])(?:tăng|giảm)\s*$`, 'iu').test(placeItem) &&
    /t[ỷỉ] trọng[^:.]*?(?:giảm|tăng)\s+[\d,]+\s*%/iu.test(`${sentenceBefore} ${listLead}`)
  if (unitText === '%' && isSectorsShare) return pick('percentage-point')
  // "giảm 0,04% tỷ lệ hộ nghèo": a fall said before the rate it lowers is the size of the fall, as "giảm tỷ lệ hộ nghèo
  // 0,04%" is (the curated Đông Hà dataset's "Mức giảm tỷ lệ hộ nghèo").
  const fallWord = /^giảm\s+/iu.exec(reading.valueText)?.[0]
  if (
    unitText === '%' &&
    fallWord &&
    rateNamedAfter.test(clause.slice(clause.indexOf(reading.valueText) + reading.valueText.length))
  )
    return {
      unit: 'percentage-point',
      value: Math.abs(toNumber(reading.value)),
      ...(reading.max ? { max: Math.abs(toNumber(reading.max)) } : {}),
      valueText: reading.valueText.slice(fallWord.length),
    }
  // "tỷ lệ giảm hộ nghèo đa chiều toàn tỉnh đạt 3,7%", "tỷ lệ giảm nghèo đạt 8,39%": how much the poverty rate fell, in points of it (a yearly average
  // of the fall stays a rate a year).
  if (
    unitText === '%' &&
    !isYearlyAverage(said, said) &&
    new RegExp(
      String.raw`(?<![${letter}])(?:t[ỷỉ] lệ|mức)\s+giảm\s+(?:t[ỷỉ] lệ\s+)?(?:số\s+)?(?:hộ\s+)?(?:nghèo|cận nghèo)(?![${letter}])[^,;.\d]*$`,
      'iu',
    ).test(untilAmount)
  )
    return pick('percentage-point')
  // "GRDP … tăng 5,56% so với cùng kỳ. Trong đó khu vực nông lâm nghiệp và thuỷ sản đóng góp 1,19%, …": a part of the
  // growth, said with nothing it is a share of, is in points of it ("đóng góp 30% tổng thu ngân sách" is a share).
  // ("tăng 13,26% (đóng góp 81% vào mức tăng chung)", "…, tăng 1,06% (đóng góp 0,9%)": parts no points could be, larger
  // than every growth said, are shares of the growth, and so are the other parts of that sentence.)
  if (
    unitText === '%' &&
    /đóng góp(?:\s+(?:được|khoảng|gần|hơn|trên))?\s*$/iu.test(said) &&
    /^\s*(?:[,;.)]|và\s|vào\s+(?:mức\s+)?tăng|$)/iu.test(after)
  )
    return pick(
      isShareOfGrowth(`${sentenceBefore} ${clauseBefore}${reading.valueText}`)
        ? 'percent'
        : 'percentage-point',
    )
  // Poor households' change said as their share of all households: the rate's change, in points.
  if (unitText === '%' && !reading.max && isPoorHouseholdsChange(untilAmount, said, after))
    return pick('percentage-point')
  // "tỷ lệ hộ nghèo giảm 2,06% (NQ đề ra 1,5 - 2%)": the plan bracketed beside a rate's change is in points too.
  const changeBeforePlan = changeThenPlanBracket.exec(clauseBefore)
  if (
    unitText === '%' &&
    changeBeforePlan?.[1] !== undefined &&
    isPercentagePointChange(`${changeBeforePlan[1]} `, changeBeforePlan[1])
  )
    return pick('percentage-point')
  if (unitText === '%')
    return pick(
      !isYearlyAverage(said, said) &&
        // "giảm tỷ lệ hộ nghèo đa chiều dưới 0,22%": a fall bounded from above is the level it brings the rate to.
        reading.comparator !== 'under' &&
        reading.comparator !== 'atMost' &&
        isPossibleInPoints(
          untilAmount,
          toNumber(reading.value),
          new RegExp(String.raw`(?<![${letter}])giảm`, 'iu').test(said),
        ) &&
        isPercentagePointChange(
          said,
          untilAmount,
          clause.slice(clause.indexOf(reading.valueText) + reading.valueText.length),
        )
        ? 'percentage-point'
        : (isYearlyAverage(untilAmount, said, after) ||
              // "… chỉ tăng 0,4%/năm, trong đó khu vực nông, lâm nghiệp và thủy sản tăng nhẹ (+0,95%); khu vực công
              // nghiệp xây dựng (-1,27%)": the parts of a yearly growth grow yearly too.
              (partsOfYearlyGrowth(`${sentenceBefore} ${clauseBefore}`) &&
                (changeWordStart.test(said) || /^[+\-−]/u.test(reading.valueText))) ||
              // "… bình quân hàng năm đạt 16%, trong đó: nông, lâm, thủy sản tăng 6%": a list's growths are its lead's.
              (isYearlyAverage(listLead, '') && changeWordStart.test(said))) &&
            !/%\s*\/\s*năm/u.test(reading.valueText)
          ? 'percent-per-year'
          : 'percent',
    )
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
  // "GRDP đạt 94,12 triệu đồng/người": the product per person, a year's.
  const isAveragePerPerson =
    /đồng\/người$/iu.test(unitText) && /bình quân|GRDP|tổng sản phẩm/iu.test(`${clauseBefore} ${before}`)
  if (
    isPerPersonWords &&
    reading.topExponent === 6 &&
    (perPerson.test(`${clauseBefore} ${before}`) || isAveragePerPerson)
  )
    return pick('million-vnd-per-person-year')
  // "GRDP bình quân đầu người đạt 3.950 USD", "… khoảng 4.710 USD/năm": dollars per person (a year's).
  if (
    reading.topExponent === 0 &&
    /^USD(?:\/\s?năm)?$/iu.test(unitText) &&
    perPerson.test(`${clauseBefore} ${before}`)
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
    )
      return {
        ...pick(unit),
        value: Math.abs(toNumber(reading.value)),
        valueText: reading.valueText.slice(countFall.length),
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
  )
    return { ...pick(unit), value: -Math.abs(toNumber(reading.value)) }
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

/**
 * The scale words the value is counted in: "nghìn tỷ" of "1,2 nghìn tỷ kWh" (they multiply), "triệu" of "7 triệu 520
 * nghìn con" (7,52 triệu con: the words after the first group add to it).
 */
function topScaleWords(reading: AmountReading): string[] {
  const words: string[] = []
  let exponent = 0
  for (const word of reading.scaleWords) {
    if (exponent >= reading.topExponent) break
    words.push(word)
    exponent += scaleWords[word.toLowerCase() as keyof typeof scaleWords]
  }
  return words
}

/** Whether the parts of a growth said so far ("đóng góp 81%") are larger than every growth said: shares of it. */
function isShareOfGrowth(text: string): boolean {
  const percents = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((m) => Number((m[1] ?? '').replace(/\./gu, '').replace(',', '.')))
  const parts = percents(/đóng góp(?:\s+(?:được|khoảng|gần|hơn|trên))?\s*(\d[\d.,]*)\s*%/giu)
  const growths = percents(/(?:tăng|tăng trưởng)(?:\s+(?:khoảng|gần|hơn|trên))?\s*(\d[\d.,]*)\s*%/giu)
  return parts.length > 0 && growths.length > 0 && Math.max(...parts) > Math.max(...growths)
}
