import { letter } from '../lib/reg-exp.ts'
import { readVietnameseNumber } from '../dataset/reading/read-quantity.ts'
import { planSetAfter } from './structure/governing.ts'

/**
 * Whether a change said in percent is in percentage points: the change of a rate or of a share that is its clause's
 * subject, where the level said before it allows it. Read by `chooseUnit`.
 */

/**
 * A rate, or a share that is the clause's own subject ("Ngành nông nghiệp chiếm 38,1%, giảm 0,07%"): its change
 * is in points. A share beside an amount ("… đạt 2.105 tỷ đồng, chiếm 30%, tăng 3,4%") leaves the change the amount's.
 */
/**
 * The words of a level in percent that is a rate of the place ("tỷ lệ", "tỷ trọng", "độ che phủ rừng", "công suất
 * phòng"): its change is in points, and what it reaches is its level, not a share of its plan.
 */
export const rateWords = String.raw`t[ỷỉ] lệ|t[ỷỉ] trọng|độ che phủ|công suất (?:sử dụng )?(?:phòng|buồng)`
const rateWord = new RegExp(rateWords, 'iu')
const amountWithUnitSource = String.raw`\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)*(?:đồng|USD|tấn|ha|héc-ta|người|lao động|hộ|lượt|km|con|doanh nghiệp)(?![${letter}])`
const shareSubject =
  /^(?:[^\d]|(?<![\d.,])(?:19|20)\d{2}(?![\d%]|[.,]\d)|(?<=\p{L}-?)\d{1,2}(?![\d.,%]))*?chiếm\s+(?:khoảng\s+)?[\d.,]+\s*%/iu
/** "chiếm tỷ trọng đáng kể", "chiếm tỷ trọng lớn nhất": a share said in words, with no figure. */
const shareInWords = new RegExp(
  String.raw`chiếm\s+t[ỷỉ]\s+(?:trọng|lệ)\s+(?:khá\s+|rất\s+)?(?:đáng kể|lớn|cao|chủ yếu|nhỏ|thấp)(?:\s+nhất)?(?![${letter}])`,
  'giu',
)
/**
 * "(chiếm tỷ trọng 99%)" after an amount, "chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng …": the share of an amount
 * said beside it, whose change is the amount's growth, not the share's.
 */
const shareOfAmountBeside = new RegExp(
  String.raw`\(\s*chiếm\s+t[ỷỉ]\s+(?:trọng|lệ)[^()]*\)|chiếm\s+t[ỷỉ]\s+(?:trọng|lệ)\s+(?:khoảng\s+)?[\d.,]+\s*%(?=[^%]*?${amountWithUnitSource})`,
  'giu',
)
/**
 * "hộ cận nghèo còn 10,27%, giảm 0,39%": a level in percent just reached, whose change is in points; "giải ngân đạt
 * 71,3% kế hoạch, cao hơn 6,2% so với cùng kỳ": a share of plan set higher or lower than last year's, in points
 * ("đạt 103% dự toán, tăng 12%" is the amount's own growth).
 */
const levelThenChange = new RegExp(
  String.raw`(?<![${letter}])(?:(?:còn|ở mức)\s+(?:khoảng\s+|dưới\s+|gần\s+)?[\d.,]+\s*%\s*,?\s*(?:tăng|giảm)|(?:đạt|bằng)\s+[\d.,]+\s*%\s*(?:kế hoạch|KH|dự toán)\s*,?\s*(?:cao|thấp)\s+hơn)\s*$`,
  'iu',
)
/**
 * "100% xóm, tổ dân phố xây dựng đường làng xanh sạch đẹp, tăng 5% so với cùng kỳ": a share of things, said first in its
 * clause, whose change is in points (not "đạt 103% kế hoạch, tăng 12%", a plan's share then the amount's growth).
 */
const shareOfThingsThenChange = new RegExp(
  String.raw`(?:^|(?:(?<!\d)|(?<=(?<![\d.,])(?:19|20)\d{2}))[,:;]\s*|(?<![${letter}])có\s+)(?<![\d.,])[\d.,]+\s*%\s+(?!(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|NQ|so|cùng kỳ|tổng|mục tiêu)(?![${letter}]))(?:các\s+|số\s+)?\p{Ll}[^\d%;]*?,\s*(?:tăng|giảm)\s*$`,
  'u',
)
/**
 * "Tốc độ tăng trưởng giá trị sản xuất đạt 11,01%, tăng 0,26% so với năm 2022": a growth rate, whose change is in points
 * (years and names' numbers, "COVID-19", may come before it).
 */
const growthSubject = new RegExp(
  String.raw`^(?:[^\d]|(?<![\d.,])(?:19|20)\d{2}(?![\d%]|[.,]\d)|(?<=\p{L}-?)\d{1,2}(?![\d.,%]))*?(?:(?:tốc độ tăng(?:\s+trưởng)?|tăng trưởng)(?![${letter}])[^\d]*?(?:ước\s+)?(?:đạt|là|vượt)|đạt\s+(?:mức|tốc độ)\s+tăng(?:\s+trưởng)?)\s+(?:khoảng\s+|hơn\s+|trên\s+)?[\d.,]+\s*%`,
  'iu',
)
/** A change, or a rate's excess over its target ("tỷ lệ hộ nghèo giảm 3,92%, vượt mục tiêu 0,42%"). */
export const changeVerb = new RegExp(
  String.raw`(?<![${letter}])(?:(?:tăng|giảm)(?![${letter}])(?!\s+trưởng)|(?:cao|thấp)\s+hơn\s*$|vượt\s+(?:mục tiêu|kế hoạch|chỉ tiêu|KH)(?:\s+đề ra)?\s*$)`,
  'iu',
)
/** "đạt 58,11%, cao hơn so với năm trước là ": a level in percent, then how far it is from last year's. */
const levelThenComparedIs = new RegExp(
  String.raw`\d\s*%[^;\d]{0,12}?,\s*(?:cao|thấp)\s+hơn\s+(?:so\s+(?:với\s+)?)?(?:năm trước|năm ngoái|cùng kỳ(?:\s+năm trước)?|năm\s+(?:19|20)\d{2})\s+là\s*$`,
  'iu',
)
/** "từ ", "từ mức ", "từ hơn ": where a change started, said right before its level. */
const startsFrom = new RegExp(
  String.raw`(?<![${letter}])từ(?:\s+(?:mức|hơn|trên|dưới|khoảng|gần))?\s*$`,
  'iu',
)
/** " lên 17,5%", " xuống còn 24,2%": the level in percent a change went to, right after it. */
const changedToPercent = /^\s*(?:lên|xuống(?:\s+còn)?|còn)\s+(?:mức\s+)?(?:khoảng\s+)?\d[\d.,]*\s*%/iu
/** "giảm trong năm là ", "tăng bình quân là ": the change's own amount, after "là". */
const changeIs = new RegExp(
  String.raw`(?<![${letter}])(?:tăng|giảm)(?:\s+(?:trong năm|bình quân(?:\s+(?:hằng|hàng|mỗi)\s+năm)?|hằng năm|hàng năm|mỗi năm))?\s+là\s*$`,
  'iu',
)
/** "giảm còn 5,78%", "xuống dưới 3%": the level reached, not the change. */
const levelBefore = new RegExp(
  String.raw`(?<![${letter}])(?:còn|xuống|lên|ở mức|đạt|chiếm|là)(?:\s+(?:hơn|trên|dưới|khoảng|gần|chưa đến|xấp xỉ))?\s*$`,
  'iu',
)

/** An amount in a unit that is no rate ("5.380 tỷ đồng", "41.326 tấn"): what a share of plan after it measures. */
export const amountWithUnit = new RegExp(amountWithUnitSource, 'giu')

/**
 * The rate after its change: "giảm 0,04% tỷ lệ hộ nghèo", "giảm 2% hộ nghèo" (the share of poor households), "giảm
 * 3,52% mức tăng cùng kỳ năm 2019" (a growth rate, lower than last year's).
 */
const rateAfter = new RegExp(
  String.raw`^\s*(?:t[ỷỉ] lệ|(?:số\s+)?hộ (?:nghèo|cận nghèo)|(?:so\s+(?:với\s+)?)?(?:mức|tốc độ)\s+tăng)(?![${letter}])`,
  'iu',
)
/** The rate named right after a change of it: "giảm 0,04% tỷ lệ hộ nghèo", or what it is of: "giảm 6,57% hộ nghèo". */
export const rateNamedAfter = new RegExp(
  String.raw`^\s*(?:t[ỷỉ] lệ|(?:số\s+)?hộ (?:nghèo|cận nghèo))(?![${letter}])`,
  'iu',
)
/** "… năm 2010 xuống còn …", "… lên …": the level a change went to, after the one it started from. */
// ("giảm từ 24%, xuống còn khoảng 19%": a comma may set them apart.)
const levelAfter = new RegExp(
  String.raw`^(?:\s*\([^()]*\))?(?:\s*,)?[^;:,]{0,24}?(?:xuống|lên|đến|tới)(?![${letter}])`,
  'iu',
)

/**
 * "Ngành nông nghiệp chiếm 38,1%, giảm 0,07%": the share (or a growth rate) is the clause's subject. "Khu vực FDI
 * (chiếm 98% giá trị xuất khẩu) đạt 10,56 tỷ USD, tăng 15,2%": an amount after the share is what changes.
 */
function isShareSubject(clauseBefore: string): boolean {
  const share = shareSubject.exec(clauseBefore)
  // "Nhóm lương thực, thực phẩm chiếm 31,1%, tăng 8,8%": a group of goods' share of the sales, then the group's own
  // growth (a sector's share of the economy changes in points: "nông nghiệp chiếm 38,1%, giảm 0,07%").
  if (share && new RegExp(String.raw`^\s*nhóm(?![${letter}])`, 'iu').test(share[0])) return false
  // "(chiếm 12% tổng thu, giảm 8,4%)", "tiền gửi tiết kiệm chiếm 72,19% trên tổng số dư nguồn vốn huy động, tăng 7,58%":
  // an item's share of a sum of money or counts, then the item's own change.
  if (
    share &&
    new RegExp(
      String.raw`^\s*(?:trong\s+|trên\s+)?tổng\s+(?:thu|chi|vốn|kim ngạch|mức|số|giá trị|doanh thu|dư nợ)(?![${letter}])`,
      'iu',
    ).test(clauseBefore.slice(share[0].length))
  )
    return false
  if (share) return !new RegExp(amountWithUnit.source, 'iu').test(clauseBefore.slice(share[0].length))
  // The growth's change right after it ("đạt 11,01%, tăng 0,26%", "đạt 6,37%, tăng gần 2%"), not another year's growth ("(Năm 2016 tăng 7%)").
  // (from a list's colon on: "… sau hơn 2 năm …: tốc độ tăng trưởng giá trị sản xuất đạt 10,94%, tăng 1,07%")
  const listed = clauseBefore.slice(clauseBefore.lastIndexOf(':') + 1)
  const growth = growthSubject.exec(listed)
  return (
    growth !== null &&
    // ("… là 16,17%, đạt 100% so với kế hoạch và giảm 2,69% so với cùng kỳ": its share of plan said between.)
    /^\s*(?:(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|mục tiêu)(?![\p{L}])[^,;\d]*?)?,?\s*(?:(?:đạt|bằng)\s+[\d.,]+\s*%\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ)[^,;\d]*?\s*(?:,\s*|và\s+))?(?:tăng|giảm|(?:cao|thấp)\s+hơn)(?:\s+(?:gần|khoảng|hơn|trên|xấp xỉ))?\s*$/iu.test(
      listed.slice(growth[0].length),
    )
  )
}

/**
 * "%" after a change in a rate is a change in percentage points ("tỷ lệ hộ nghèo giảm 0,25%",
 * "Giảm tỷ lệ hộ nghèo từ 0,1% trở lên"); a growth of an amount ("tăng 12%") or a level ("chiếm trên 74%")
 * is a percent. `before` is the clause text from the previous amount (or its start) up to this amount.
 */
/** A growth, then its own change opening a bracket: "tốc độ tăng trưởng … ước tăng 6,5% (giảm ". */
const growthThenChange = new RegExp(
  String.raw`(?:tăng trưởng|tốc độ tăng)[^;()]*?(?<![${letter}])(?:tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d,.]*\s*%\s*\(\s*(?:tăng|giảm)\s*$`,
  'iu',
)

export function isPercentagePointChange(before: string, clauseBefore = before, after = ''): boolean {
  // "Tỷ lệ tăng dân số tự nhiên dưới 1,2%": "tăng" that names the rate is no change of it.
  // "… lộ trình giảm tỉ lệ trễ hẹn …, đến nay, tỉ lệ trễ hẹn dưới mức 5%": a rate named anew after a comma, with no
  // verb of change of its own, is given at its level.
  const ownPart = before.split(/[,;]/u).at(-1) ?? ''
  const isNamedAnew = before !== ownPart && rateWord.test(ownPart)
  const verbs = (isNamedAnew ? ownPart : before).replace(/t[ỷỉ] lệ\s+(?:tăng|giảm)/giu, '')
  // "giảm 0,04% tỷ lệ hộ nghèo", "giảm gần 4% hộ nghèo": the rate may come after the change, or only what it
  // counts (the share of households that are poor).
  // "chế biến thực phẩm chiếm tỷ trọng đáng kể, tăng 6,84%": a share said in words, not in figures, leaves the
  // subject's own growth.
  const isRate =
    rateWord.test(clauseBefore.replace(shareInWords, '').replace(shareOfAmountBeside, '')) ||
    isShareSubject(clauseBefore) ||
    rateAfter.test(after) ||
    levelThenChange.test(clauseBefore) ||
    shareOfThingsThenChange.test(clauseBefore)
  // "Tỷ lệ hộ nghèo giảm từ gần 69% năm 2010 xuống còn 22%": where the fall started, a level ("giảm từ 0,1% trở
  // lên" is a bound of the fall).
  const isStartLevel = startsFrom.test(before) && levelAfter.test(after)
  // "chiếm 30,39% (+0,28%)": a change written with its sign, in brackets right after the level.
  const isSignedChange = /\d\s*%\s*\(\s*[+\-−]\s*$/u.test(clauseBefore)
  // "vượt chỉ tiêu 94% đề ra": the level the plan set, not the excess over it.
  const isPlanSet = planSetAfter.test(after)
  // "tăng tỷ lệ chăn nuôi lợn trang trại (trên 60% tổng đàn)": the level reached, bracketed after the rate's name.
  const isBracketedLevel = /\(\s*(?:(?:trên|hơn|dưới|khoảng|gần|đạt|còn)\s+)?$/iu.test(before)
  // "Chỉ số hạnh phúc … đạt 58,11%, cao hơn so với năm trước là 5,75%": how far a level in percent is above last year's
  // is in points.
  if (levelThenComparedIs.test(clauseBefore)) return true
  // "khu vực dịch vụ giảm 3,2% xuống còn 24,2%", "tăng 1,2% lên 17,5%": a change to a level in percent is in points.
  // (Not where the change started: "giảm tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%".)
  if (changeVerb.test(verbs) && changedToPercent.test(after) && !startsFrom.test(before)) return true
  // "Tốc độ tăng trưởng kinh tế 9 tháng … ước tăng 6,5% (giảm 5% so với cùng kỳ)": a growth's change against the same
  // period's growth, bracketed after it, is in points.
  if (growthThenChange.test(clauseBefore)) return true
  // "… về tốc độ tăng GRDP với tỷ lệ tăng ước 14,7%": the rate of growth itself, given right after its name.
  if (/t[ỷỉ] lệ\s+(?:tăng|giảm)(?:\s+(?:ước|ước đạt|đạt|là|khoảng))?\s*$/iu.test(before)) return false
  return (
    isRate &&
    (changeVerb.test(verbs) || isSignedChange) &&
    (!levelBefore.test(before) || changeIs.test(before)) &&
    !isStartLevel &&
    !isPlanSet &&
    !isBracketedLevel
  )
}

/**
 * "(chiếm 25,4% tổng thu, tăng 44,0%)": a rise larger than the share just said (or a fall that would have made it more
 * than the whole) cannot be the share's change in points; it is the growth of the thing whose share it is.
 */
export function isPossibleInPoints(untilAmount: string, change: number, isFall: boolean): boolean {
  const share = lastPercentLevel(untilAmount)
  if (share === null) return true
  return isFall ? share + Math.abs(change) <= 100 : Math.abs(change) <= share
}

/**
 * The last level in percent the words say ("… còn 0,11%" → 0.11), or null; a share of a plan is no level ("là 2,7%, đạt
 * 100% so kế hoạch (giảm 1,82% …": the level is 2,7%).
 */
export function lastPercentLevel(words: string): number | null {
  const level = [
    ...words.matchAll(
      /(?<![\d.,])(\d[\d.,]*)\s*%(?!\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|NQ)(?![\p{L}]))/giu,
    ),
  ].at(-1)?.[1]
  return level === undefined ? null : readVietnameseNumber(level)
}

/** "giảm hơn 4,2 nghìn hộ, tương đương giảm …", "… hộ, tương đương tỷ lệ giảm …": households' change as a share. */
const householdsThenShare = new RegExp(
  String.raw`\d[\d.,]*\s*(?:(?:nghìn|ngàn)\s+)?hộ(?:\s+(?:nghèo|cận nghèo))?\s*[,(]?\s*tương đương(?:\s+với)?\s+(?:t[ỷỉ] lệ\s+)?(?:tăng|giảm)(?:\s+(?:hơn|gần|khoảng))?\s*$`,
  'iu',
)
/** "Riêng hộ cận nghèo giảm …": poor households said to change, in percent. */
const poorHouseholdsChange = new RegExp(
  String.raw`(?<![${letter}])hộ\s+(?:nghèo|cận nghèo)[^\d]*?(?<![${letter}])(?:tăng|giảm)\s*$`,
  'iu',
)
/** "…, tương đương 46 hộ": the households a change in percent stands for. */
const shareThenHouseholds = new RegExp(
  String.raw`^\s*,?\s*tương đương(?:\s+với)?\s+(?:(?:hơn|gần|khoảng)\s+)?\d[\d.,]*\s*(?:(?:nghìn|ngàn)\s+)?hộ(?![${letter}])`,
  'iu',
)
/**
 * "giảm tỷ lệ hộ nghèo đạt 5,48%", "giảm tỷ lệ hộ nghèo năm 2019 đạt 3%": a rate's fall said before the rate, and how
 * much it came to.
 */
const rateFallReached = new RegExp(
  String.raw`(?<![${letter}])giảm\s+t[ỷỉ] lệ\s+hộ\s+(?:nghèo|cận nghèo)(?:[^\d,;]|(?<![\d.,])(?:19|20)\d{2}(?![\d.,]))*?\s(?:đạt|được)\s*$`,
  'iu',
)
/**
 * "giảm hơn 4,2 nghìn hộ, tương đương giảm 0,9%", "hộ cận nghèo giảm 0,16%, tương đương 46 hộ", "giảm tỷ lệ hộ nghèo đạt
 * 5,48%": a change of the poor households said as their share of all households, the rate's change, in points.
 */
export function isPoorHouseholdsChange(untilAmount: string, said: string, after: string): boolean {
  return (
    householdsThenShare.test(untilAmount) ||
    (poorHouseholdsChange.test(said.split(/[,;]/u).at(-1) ?? '') && shareThenHouseholds.test(after)) ||
    rateFallReached.test(said)
  )
}
