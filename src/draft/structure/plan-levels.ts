import { letter } from '../../lib/reg-exp.ts'
import { lastPercentLevel } from '../percentage-points.ts'
import { planSetAfter } from './governing.ts'

/**
 * The level a plan set, said beside or around a result: the words that make an amount a target though the sentence
 * reports results ("đạt 103% kế hoạch (kế hoạch 9%)", "dự toán tỉnh giao 384 tỷ đồng", "hoàn thành mục tiêu đón 9
 * triệu lượt khách"). One pattern a form, tried in order.
 */

/** "(Kế hoạch 9%)", "KH 2023: 18-19%", "dự toán tỉnh giao 384 tỷ đồng", "kế hoạch trồng 550.000 cây": the level a plan set, written beside a result. (not "đạt 70,9% kế hoạch (36.982 tỷ đồng)": a share of plan and its amount) */
const planLevel = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:vượt|hơn|so với|so|bằng|đạt)\s+(?:mục tiêu\s+)?)(?<!(?:lên|đặt)\s+)(?<!\d\s*%\s*)(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán)(?:\s+(?:năm\s+)?(?:19|20)\d{2}|\s+năm)?(?:\s+(?:tỉnh|huyện|thành phố|thị xã|HĐND tỉnh|HĐND huyện|HĐND)?\s*giao)?(?:\s+(?:là|đề ra|tăng|đạt))?(?:\s+(?:trồng|đón|thu|giải ngân|tuyển|đào tạo|sản xuất|xây dựng|cấp|hỗ trợ|giải quyết việc làm cho))?\s*[:(]?\s*$`,
  'u',
)
/**
 * "Tổng kế hoạch vốn đầu tư công năm 2023 là 3.580 tỷ đồng", "Kế hoạch vốn đầu tư thực hiện thuộc nguồn vốn ngân sách
 * … năm 2024 do địa phương quản lý là 271,4 tỷ đồng", "Kế hoạch vốn … đã được phân bổ trong năm 2021 là …": the capital a
 * plan gives, named as the plan's (not
 * "đạt 95% kế hoạch vốn", nor what is done with it: "kế hoạch vốn đã giải ngân 500 tỷ đồng").
 */
// ("Kế hoạch vốn đầu tư phát triển đã được phân bổ trong năm 2021 là …": allocated, then when.)
const capitalWord = String.raw`(?:(?!đã|được|đạt|giải)[${letter}][${letter}-]*|(?:19|20)\d{2})`
const planCapital = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:vượt|hơn|so với|so|bằng|đạt|%)\s*)(?:tổng\s+)?(?:kế hoạch|KH)\s+vốn(?:\s+${capitalWord}){0,20}(?:\s+(?:đã\s+)?được(?:\s+${capitalWord}){0,4}?\s+(?:phân bổ|giao|bố trí)(?:\s+${capitalWord}){0,6})?(?:\s+(?:là|được giao|giao|được phân bổ))?\s*[:(]?\s*$`,
  'iu',
)
/**
 * "Tổng vốn đầu tư Thành phố được giao năm 2022 khoảng 250 tỷ đồng", "vốn đầu tư công được phân bổ là …", "tỉnh được
 * phân bổ vốn đầu tư công trên 6.786 tỷ đồng": the capital assigned, a plan's level (not "vốn đã giải ngân …").
 */
const capitalAssigned = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:vượt|hơn|so với|so|bằng|đạt|%)\s*)(?:(?:[Tt]ổng\s+)?[Vv]ốn(?:\s+${capitalWord}){0,8}\s+được\s+(?:giao|phân bổ|bố trí)(?:\s+(?:năm\s+)?(?:19|20)\d{2})?|được\s+(?:giao|phân bổ|bố trí)\s+(?:tổng\s+)?(?:kế hoạch\s+)?vốn(?:\s+${capitalWord}){0,8}?)(?:\s+là)?\s*:?\s*$`,
  'u',
)
/**
 * "Kế hoạch tổng thu ngân sách nhà nước năm 2023 được giao là 308,9 tỷ đồng", "Dự toán chi ngân sách năm 2024 là …",
 * "Tổng Kế hoạch đầu tư … năm 2025 được Trung ương giao cho tỉnh Kon Tum là …": a plan named, then the level it gives.
 */
const planNamedLevel = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:vượt|hơn|so với|so|bằng|đạt|%)\s*)(?:tổng\s+)?(?:kế hoạch|KH|dự toán)(?:\s+(?:(?!đã|được|đạt|giải|thực|ước)[${letter}][${letter}-]*|(?:19|20)\d{2})){1,20}\s+(?:là|(?:được\s+(?:[${letter}]+\s+){0,3}?)?(?:giao|phân bổ)(?:\s+cho(?:\s+[${letter}]+){1,4}?)?(?:\s+là)?)\s*:?\s*$`,
  'iu',
)
/**
 * "Kế hoạch diện tích đất bố trí cây trồng trong vụ trên 13.200 ha": a clause that opens with the plan and names what it
 * measures, then gives its level (not "Kế hoạch vốn đã giải ngân …", nor "… thực hiện …").
 */
const planOpensClause = new RegExp(
  String.raw`^\s*(?:Kế hoạch|KH)\s+(?:diện tích|sản lượng|tổng|thu|chi|số)(?:\s+(?:(?!đã|được|đạt|giải|thực|ước|so)[${letter}][${letter}-]*|(?:19|20)\d{2})){0,20}\s*$`,
  'u',
)
/**
 * "tổng thu cân đối ngân sách năm 2025 sau điều chỉnh gần 216 tỷ đồng", "dự toán chi điều chỉnh là …": a budget's level as
 * a council adjusted it, a plan (revised statistics, "GRDP sau điều chỉnh", are not a budget's).
 */
const planAdjusted = new RegExp(
  String.raw`(?<=(?<![${letter}])(?:dự toán|ngân sách|thu|chi|kế hoạch vốn)(?![${letter}])[^;:.()]{0,60}?)(?:sau\s+điều chỉnh|điều chỉnh(?:\s+(?:là|còn|thành))?)(?:\s+(?:là|còn))?\s*:?\s*$`,
  'iu',
)
/**
 * "tăng 7,63% … và vượt kịch bản tăng trưởng của Thành phố 7,59%", "ước đạt 7,58%/kịch bản 7,61%": the scenario's level,
 * said after it.
 */
const planScenarioLevel = new RegExp(
  String.raw`(?:(?<![${letter}])(?:vượt|cao hơn|thấp hơn|so với|đạt)\s+(?:so với\s+)?|\d\s*%?\s*\/\s*)kịch bản(?:\s+[${letter}]+){0,6}?\s*(?:là\s*)?$`,
  'iu',
)
/**
 * "ước tăng 10,2% (vượt mục tiêu tăng trên 9%)", "tăng 7,70%, đạt kế hoạch đề ra tăng từ 7,5-8%": the level of a plan
 * exceeded or reached, said with its change.
 */
const planExceededLevel = new RegExp(
  String.raw`(?<![${letter}])(?:vượt|cao hơn|thấp hơn|hơn|đạt)\s+(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|KH|nghị quyết|NQ)(?:\s+(?:đề ra|giao|tỉnh giao|huyện giao|năm))?\s+(?:tăng|giảm)\s*$`,
  'iu',
)
/** "đạt 52,4% chỉ tiêu tỉnh giao 240ha": the level the plan assigned, written right after the share reached of it. */
const planAssigned =
  /\d\s*%\s*(?:kế hoạch|KH|chỉ tiêu|dự toán)(?:\s+(?:năm\s+)?(?:19|20)\d{2})?(?:\s+(?:tỉnh|huyện|thành phố|thị xã|HĐND tỉnh|HĐND huyện|cấp trên))?\s+giao(?:\s+là)?\s*:?\s*$/u
/** "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)": the plan's own level, bracketed after its name. */
const planSetBracket = new RegExp(
  String.raw`(?<![${letter}])(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s+[${letter}]+){0,5}?\s+(?:đề ra|giao|đặt ra)(?:\s+(?:từ\s+)?đầu\s+năm)?\s*\(\s*$`,
  'u',
)
/**
 * "cao hơn 0,66 điểm % so với kịch bản (8,80%)", "… so với kịch bản tăng trưởng 9 tháng (12,7%)", "ước tăng 6,26%, cao
 * hơn kế hoạch (5,79%)": the level of the plan a result is compared with, bracketed after it.
 */
const planComparedBracket = new RegExp(
  String.raw`(?<![${letter}])(?:so(?:\s+với)?|(?:cao|thấp)\s+hơn(?:\s+so(?:\s+với)?)?)\s+(?:kịch bản|kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s+[${letter}\d]+){0,6}?\s*\(\s*$`,
  'iu',
)
/**
 * "tốc độ tăng năng suất lao động đạt 21% cao hơn so với kế hoạch là 6 - 7%", "đạt 103,6 triệu đồng so với kế hoạch
 * từ 95 - 95,3 triệu đồng": the plan's own level, named after the result it is compared with.
 */
const planComparedLevel = new RegExp(
  String.raw`(?<![${letter}])so(?:\s+với)?\s+(?:kế hoạch|KH|chỉ tiêu|mục tiêu|nghị quyết|NQ)(?:\s+(?:năm\s+)?(?:19|20)\d{2}|\s+đề ra|\s+giao)?\s+là(?:\s+từ)?\s*$|\d\s*(?:[${letter}%]+\s*){1,3},?\s*so(?:\s+với)?\s+(?:kế hoạch|KH|chỉ tiêu|mục tiêu|nghị quyết|NQ)(?:\s+từ)?\s*$`,
  'u',
)
/**
 * "chào mừng tỉnh hoàn thành mục tiêu đón 9 triệu lượt khách du lịch năm 2024": the level a target named, said
 * reached; what it set is the target, whatever was done since.
 */
const planReachedLevel = new RegExp(
  String.raw`(?<![${letter}])(?:hoàn thành|đạt)\s+mục tiêu(?:\s+(?!(?:đề ra|đặt ra|giao|là|năm)(?![${letter}]))[${letter}]+){1,3}\s*$`,
  'iu',
)
/**
 * "tăng 9,01% so với cùng kỳ (đạt chỉ tiêu đề ra 9,0 - 9,5%)": the level of the plan said reached, right after the words
 * that set it ("vượt chỉ tiêu đề ra 17,06%" is the excess over it, but "vượt chỉ tiêu Nghị quyết đề ra là 8,5%" names
 * the plan's level, as "vượt kế hoạch mà thành phố đặt ra là 10,4%" does).
 */
const planMetLevel = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|hoàn thành)\s+(?:chỉ tiêu|kế hoạch|KH|mục tiêu|nghị quyết|NQ)\s+(?:đề ra|đặt ra|giao|được giao)\s*(?:là\s*)?$|(?<![${letter}])(?:vượt|cao hơn|thấp hơn)\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch|KH|mục tiêu)(?:,?\s+(?:của\s+)?(?:Nghị quyết|nghị quyết|NQ)(?:\s+[${letter}]+){0,3}?)?(?:\s+mà\s+[^,;.\d]{1,30}?)?\s+(?:đề ra|đặt ra|giao|được giao)\s+là\s*$`,
  'iu',
)
/** "vượt chỉ tiêu 94% đề ra": the plan's level, between the plan's name and the words that set it. */
const planSetBetween = new RegExp(
  String.raw`(?<![${letter}])(?:vượt|đạt|so với|bằng)\s+(?:chỉ tiêu|kế hoạch|KH|mục tiêu|nghị quyết|NQ)\s*$`,
  'iu',
)
/** "Vụ lúa xuân năm nay, toàn tỉnh có kế hoạch gieo cấy 24.154 ha": what a place plans to do, and how much. */
const planIntended = new RegExp(
  String.raw`(?<![${letter}])(?:có|theo)\s+kế hoạch\s+(?!(?:là|đề ra|giao|năm|của|đạt|được|đã)(?![${letter}]))(?:[${letter}]+\s+){1,3}$`,
  'iu',
)
/**
 * "(KH 2023: 18-19%; 46-47%; 29-30%)", "(Nghị quyết là 114 tỷ đồng)", "(so với mục tiêu Nghị quyết 10-12%)": every amount in a
 * bracket a plan's name opens (not "(so với kế hoạch đạt trên 120%)", a share reached; not
 * one after a year of its own, "(chỉ tiêu năm 2014 tăng 8,5 - 9%; năm 2013 tăng 7,96%)": a year before's result).
 */
const planBracket = new RegExp(
  String.raw`\(\s*(?:so\s+(?:với\s+)?(?![^();]*(?<![${letter}])(?:đạt|vượt|bằng|tăng|giảm|cao|thấp)(?![${letter}])))?(kế hoạch|KH|chỉ tiêu|NQ(?:\s*HĐND)?|nghị quyết|dự toán|mục tiêu)(?![${letter}])(?:[^();]|;(?![^();]*(?<![\d.,])(?:19|20)\d{2}(?![\d.,])))*$`,
  'iu',
)
/**
 * "không đạt mức tăng trưởng theo kế hoạch (tăng 6,01%)": a bracket right after the plan a level was to follow gives
 * the plan's level (not one after a share of it, "đạt 100% so với kế hoạch (tăng 0,49% so với năm 2022)", "đạt 70,9% kế
 * hoạch (36.982 tỷ đồng)": what was reached).
 */
const planNamedBracket = new RegExp(
  String.raw`(?<![${letter}])theo\s+(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|mục tiêu|dự toán)\s*\(\s*(?:(?:là|tăng|giảm|đạt)\s+)?$`,
  'iu',
)

/** "… đạt 61,6% kế hoạch tỉnh giao (": a share of a plan, then a bracket opened right after it. */
const shareThenBracket = new RegExp(
  String.raw`\d\s*%\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?![${letter}])[^()%\d]*\(\s*$`,
  'iu',
)

/** "(vượt mục tiêu Chính phủ giao ", "vượt kế hoạch tỉnh giao ": a plan beaten, named with who set it, before an amount. */
const planBeatenNamed = new RegExp(
  String.raw`(?<![${letter}])(?:vượt|cao hơn|thấp hơn)\s+(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|KH)(?:\s+[${letter}]+){0,4}?\s+(?:giao|đề ra|đặt ra)\s*(?:là\s*)?$`,
  'iu',
)

/**
 * "tăng trưởng ước đạt 12,35% (vượt mục tiêu Chính phủ giao 12,2%)": after a level in percent, a plan beaten and an amount
 * close to that level is the plan's level, not the excess over it ("đạt 8,5%, vượt chỉ tiêu đề ra 0,5%" is). The plan's
 * words, or null.
 */
export function planLevelBeaten(wordsBefore: string, sentenceBefore: string, value: number): string | null {
  const named = planBeatenNamed.exec(wordsBefore)
  if (!named) return null
  // (The level of its own item: "… ước tăng 9,7% (…); phát triển đảng viên vượt kế hoạch tỉnh giao 6%" is an excess.)
  const said = sentenceBefore.slice(0, sentenceBefore.length - wordsBefore.length + named.index)
  const level = lastPercentLevel(said.slice(said.lastIndexOf(';') + 1))
  return level !== null && value >= level * 0.7 && value <= level * 1.3 ? named[0].trim() : null
}

/** "vượt chỉ tiêu 94% đề ra": the plan's words around the amount that make it the plan's level, or null. */
export function planSetAround(wordsBefore: string, wordsAfter: string): string | null {
  const setBetween = planSetBetween.exec(wordsBefore)
  const setAfter = planSetAfter.exec(wordsAfter)?.[1]
  return setBetween && setAfter ? `${setBetween[0].trim()} … ${setAfter}` : null
}

/** The plan's words before an amount that make it the plan's level, or null: "(kế hoạch 9%)" → "kế hoạch". */
export function planLevelBefore(wordsBefore: string, amountWords = ''): string | null {
  // "… sau điều chỉnh gần 216 tỷ đồng", "… dự toán ban đầu (hơn 53 tỷ đồng)", "… đề ra tăng từ 7,5-8%": the amount's own
  // comparator is no plan's word.
  const words = wordsBefore.replace(/(?<=^|[\s(])(?:gần|hơn|trên|khoảng|dưới|xấp xỉ|từ)\s*$/u, '')
  // ("đạt 61,6% kế hoạch tỉnh giao (792,9 tỷ/1.287,4 tỷ đồng)": a result over its plan bracketed right after a share of
  // the plan gives what reached it; "đạt 51,8% so với nghị quyết đề ra (23 tỷ đồng)", one amount, the plan's level.)
  if (amountWords.includes('/') && shareThenBracket.test(words)) return null
  const level =
    planLevel.exec(words) ??
    planAssigned.exec(words) ??
    planCapital.exec(words) ??
    capitalAssigned.exec(words) ??
    planNamedLevel.exec(words) ??
    planOpensClause.exec(words) ??
    planBracket.exec(words) ??
    planNamedBracket.exec(words) ??
    planSetBracket.exec(words) ??
    planComparedBracket.exec(words) ??
    planComparedLevel.exec(words) ??
    planReachedLevel.exec(words) ??
    planMetLevel.exec(words) ??
    planExceededLevel.exec(words) ??
    planScenarioLevel.exec(words) ??
    planAdjusted.exec(words) ??
    planIntended.exec(words)
  return level ? level[0].replace(/^\(\s*|[\s:(]+$/gu, '') : null
}
