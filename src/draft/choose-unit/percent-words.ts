import { letter } from '../../lib/reg-exp.ts'
import { rateWords } from '../percentage-points.ts'

/*
 * The words around an amount written with "%" that say what it is a share of, read by the unit chooser
 * (percent.ts): the plan or estimate named before, after or in turn with it, the year compared with, the rate named.
 */

/** A rate's words: its excess over a plan is in points ("tăng trưởng 6,98%, vượt 0,57% so với kịch bản"). */
export const rateNames = new RegExp(String.raw`${rateWords}|tốc độ|tăng trưởng|chỉ số`, 'iu')

/** "bằng 99,63% so với cùng kỳ năm trước, trong đó …": a whole's level against last year's, which its parts go on with. */
export const sharedComparison = new RegExp(
  String.raw`(?<![${letter}])bằng\s+[\d.,]+\s*%\s+so\s+(?:với\s+)?(?:cùng kỳ|năm trước)[^;]*?,?\s*trong đó(?![${letter}])`,
  'iu',
)

/** "… đạt dự toán là thuế … (109,9%), …": a lead naming the plan that the bracketed shares of its list reach. */
export const sharesListedOfPlan = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|không đạt|chưa đạt|vượt|hoàn thành)\s+(?:(?:trên|dưới|từ)\s+)?(?:\d[\d,]*\s*%\s+)?(dự toán|kế hoạch|KH|chỉ tiêu)(?![${letter}])[^;]{0,40}?\s(?:là|gồm|như)\s*:?\s[^;]*\(\s*$`,
  'iu',
)

/**
 * An amount with its unit, a comma or an opening bracket ("4.200 tấn (đạt 38,9%"), or its plan in brackets ("7.596 tấn
 *  (KH 7.526 tấn) bằng"), or money with no comma ("9,117 tỷ đồng đạt", "475 tỷ đạt"), then "đạt" or "bằng":
 * what follows measures that amount ("2.459/2.532 ha, đạt 97,12%" measures a part against its whole, not a plan).
 */
// ("60.490 cây xanh phân tán các loại, đạt 121%": the things counted may take six words; a year is no amount.)
export const amountThenShare = new RegExp(
  String.raw`(?<!\/[\d.,]*)(?<!(?<![\d.,])(?:19|20)\d\d)\d\s*(?:(?:[${letter}][${letter}/²]*\s*){1,6}(?:,|\(|\(\s*(?:KH|kế hoạch)\s[^()]*\)\s*,?)|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+đồng)?)\s*(?:đạt|bằng)\s*$`,
  'u',
)

/** "tăng", "giảm" opening a change, anywhere in the words said before an amount. */
export const changeWordStart = new RegExp(String.raw`(?<![${letter}])(?:tăng|giảm)`, 'iu')

/** "sản lượng đạt hơn 1,33 triệu tấn, " before "vượt 9,41%": an amount in a unit of words, then a comma. */
export const amountThenExcess = new RegExp(
  String.raw`(?<!\/[\d.,]*)\d\s*(?:[${letter}][${letter}/²]*\s*){1,6},\s*$`,
  'u',
)

/** "so với kế hoạch vượt từ 0,2-0,5%": the plan named before an excess of it. */
export const planBeforeExcess = new RegExp(
  String.raw`(?<![${letter}])so(?:\s+với)?\s+(kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s+(?:năm|cả năm|đề ra|giao|tỉnh giao|huyện giao))?\s*,?\s*vượt(?:\s+(hơn|trên|gần|khoảng|xấp xỉ))?(?:\s+từ)?\s*$`,
  'iu',
)

/** "thấp hơn mục tiêu cả năm", "cao hơn so với kế hoạch đề ra": a gap to the plan named, its size to follow. */
export const planNamedInGap = new RegExp(
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
export function planOfSharesInTurn(
  sentenceBefore: string,
  ownBefore: string,
  after: string,
): string | undefined {
  return (
    planBeforeInTurn.exec(sentenceBefore)?.[1] ??
    (inTurn.test(ownBefore) ? planAfterInTurn.exec(after)?.[1] : undefined)
  )
}

/** "so kế hoạch năm đạt", "so với dự toán bằng": the plan a share that follows is of. */
export const planBeforeShare = new RegExp(
  String.raw`(?<![${letter}])so(?:\s+với)?\s+(kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết)(?:\s+(?:năm|cả năm|giao|tỉnh giao|huyện giao|đề ra))?\s*,?\s*(?:đạt|bằng|được)(?:\s+(?:trên|hơn|gần|khoảng|xấp xỉ))?\s*$`,
  'iu',
)

/** "ước hoàn thành vượt dự toán thành phố giao bằng 110,6%": the plan reached, as those who set it assigned it. */
export const assignedPlanReached = new RegExp(
  String.raw`(?<![${letter}])(?:vượt|đạt|hoàn thành)\s+(kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết)(?:\s+[${letter}]+){0,3}?\s+giao\s*,?\s*bằng\s*$`,
  'iu',
)

/** "So với kế hoạch năm đề ra, … đã hoàn thành 81,6%": a sentence opened by the plan its shares reach. */
export const planOpensSentence = new RegExp(
  String.raw`^\s*So\s+(?:với\s+)?(kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết)(?![${letter}])[^.;:\d%]*,[^.;]*?(?<![${letter}])(?:đạt|hoàn thành|bằng)(?![${letter}])[^.;]*$`,
  'iu',
)

/**
 * "… giảm 2,06% (NQ đề ra ": a change, then a bracket a plan's name opens; the words up to the change's amount (not
 * "giảm xuống còn 17% (KH 16,5%)": the level a rate came down to, whose plan is a level).
 */
export const changeThenPlanBracket = new RegExp(
  String.raw`^(.*(?<![${letter}])(?:tăng|giảm))(?:\s+(?!(?:còn|xuống|lên|đạt|ở|mức)(?![${letter}]))[${letter}]+){0,2}\s+\d[\d.,]*\s*%\s*\(\s*(?:KH|NQ|kế hoạch|nghị quyết|chỉ tiêu|mục tiêu)(?![${letter}])[^()\d]*$`,
  'isu',
)

/**
 * "vượt chỉ tiêu đề ra 17,06%", "vượt kế hoạch (KH) 0,22%", "vượt kế hoạch tỉnh giao 8%", "vượt kế hoạch năm hơn 2,7%",
 * "vượt chỉ tiêu Nghị quyết 2,21%", "vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,04%": the plan an excess is of, and
 * the bound said of the excess.
 */
export const planNamedInExcess = new RegExp(
  String.raw`(?<![${letter}])vượt\s+(?:so\s+với\s+)?(kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s*\(\s*(?:KH|NQ)\s*\))?(?:\s+(?:Nghị quyết|nghị quyết|NQ|Đại hội))?(?:\s+so(?:\s+với)?\s+(?:kế hoạch|KH|nghị quyết|NQ|dự toán))?(?:\s+(?:của\s+)?(?:năm|cả năm|đề ra|giao|được giao|tỉnh giao|huyện giao))?(?:\s+(hơn|trên|gần|khoảng|xấp xỉ))?\s*$`,
  'iu',
)

/** "vượt mức chỉ tiêu trung ương giao 15,5%": the level a plan's setter assigned, exceeded by the amount. */
export const planLevelSetExceeded = new RegExp(
  String.raw`(?<![${letter}])vượt\s+mức\s+(kế hoạch|chỉ tiêu|dự toán)(?:\s+[${letter}]+){0,3}?\s+giao\s*$`,
  'iu',
)

/** " so với Hội đồng nhân dân huyện giao", " nguồn vốn tỉnh giao", " vốn đã giao": the plan named by who assigned it, or by the capital assigned. */
// "129,3%HĐND phường giao": who assigned it may follow the share with no "so với".
export const assignedAfter = new RegExp(
  String.raw`^\s*\)?\s*(?:so(?:\s+với)?\s+(?:[${letter}]+\s+){1,6}|(?:(?:nguồn vốn|kế hoạch vốn|vốn)\s+)?(?:HĐND|UBND|Hội đồng|Ủy ban|Uỷ ban|Tỉnh ủy|Huyện ủy|Thị ủy|tỉnh|huyện|thị xã|thành phố|phường|xã|cấp trên)(?:\s+[${letter}]+){0,4}\s+|(?:nguồn vốn|kế hoạch vốn|vốn)\s+(?:(?:đã|được)\s+)*)giao(?![${letter}])`,
  'iu',
)

/** "đạt 98% so với cùng kỳ", "bằng 105% cùng kỳ": a share of another year, not of the plan. */
// "(đạt 98%) so với cùng kỳ": a page may close its bracket before saying what the share is of; "so với Hội đồng nhân
// dân huyện giao" names who set the plan.
// ("bằng 99,6% (giảm 629 ha) so với năm trước": a bracket between the share and its comparison is passed over.)
export const comparedAfter = new RegExp(
  String.raw`^\s*\)?\s*(?:\([^()]*\)\s*)?(?:so\s(?!\s*(?:với\s+)?(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|(?:[${letter}]+\s+){1,6}giao(?![${letter}])))|cùng kỳ|năm\s|của\s)|^\s*CK(?![${letter}])`,
  'iu',
)

/**
 * "tổng diện tích gieo trồng đạt 101,6%", "tổng sản lượng lương thực ước đạt 101,6%": an amount's noun that
 * reaches a percentage reaches that share of its plan; a rate ("tỷ lệ … đạt 95%") reaches its level.
 */
export const amountNoun = new RegExp(
  String.raw`^[\s\-–•+*]*(?:[^,]*?\s(?:như|gồm|là)\s+)?(?:tổng\s+)?(?:diện tích|sản lượng|giá trị|thu ngân sách|thu nội địa|chi ngân sách|vốn đầu tư|kim ngạch|doanh thu|mức bán lẻ|tổng mức|đàn)(?![${letter}])`,
  'iu',
)

/** ", giải quyết việc làm cho …": the next item of a list begins, no word of what came before goes on. */
export const nextItemAfter = new RegExp(
  String.raw`^\s*,\s+(?!(?:so|bằng|đạt|tăng|giảm|cao|thấp|đứng|xếp|vượt|trong|chiếm|tương|là|với|của|và|nhưng|do|nên|đã|đến|từ|theo)(?![${letter}]))\p{L}[${letter}]*\s+[${letter}]`,
  'u',
)

/** " diện tích lúa mùa đã gieo cấy", " tổng số hộ": the whole a share is of, named right after it. */
export const wholeNamedAfter = new RegExp(
  String.raw`^\s+(?:so\s+với\s+)?(?:tổng\s+)?(?:diện tích|sản lượng|tổng số|số hộ|số dân|dân số|số lao động)(?![${letter}])`,
  'iu',
)

/** ", tăng 15,6%" right after a share: the growth of what reached it. */
export const growthRightAfter = /^\s*,\s*(?:và\s+)?tăng\s+(?:gần|hơn|trên|khoảng)?\s*(\d{1,3}(?:,\d+)?)\s*%/iu

const reaching = String.raw`(?<![${letter}])(?:ước\s+)?đạt(?:\s+được)?`
export const reachedVerb = new RegExp(String.raw`${reaching}\s*$`, 'iu')
/** "giảm nghèo đạt trên 101%": the verb of reaching, a bound written with the amount after it. */
export const reachedVerbBound = new RegExp(
  String.raw`${reaching}(?:\s+(?:trên|hơn|gần|khoảng|xấp xỉ))?\s*$`,
  'iu',
)

/** Budget revenue and spending: measured against the estimate ("dự toán") the council gives, not a plan. */
export const budgetWords =
  /(?:thu|chi)\s+(?:\S+\s+){0,2}?ngân sách|thu nội địa|thu thuế|(?<!\p{L})số thu(?!\p{L})/iu

/** The plan a budget figure is said to reach: "tổng thu ngân sách ước đạt gần 21 tỷ đồng, đạt 112,52% kế hoạch". */
/** "tổng thu là 2.590,6 tỷ đồng", "Văn phòng Cục Thuế thu 2.372 tỷ đồng": money collected or spent. */
export const collected = new RegExp(
  String.raw`(?<![${letter}])(?:thu|chi)(?:\s+(?:được|là|đạt))?\s+(?:gần|hơn|trên|khoảng)?\s*\d[\d.,]*\s*(?:nghìn\s+|ngàn\s+)?(?:tỷ|tỉ|triệu)\s+đồng`,
  'iu',
)

/** The plan money collected reaches, named after it: "thu được 412,5 tỷ đồng, đạt 21,2% dự toán". */
export const collectedPlanNamed = new RegExp(
  String.raw`(?:${collected.source})[^;.]*?(?<![${letter}])(kế hoạch|KH|nghị quyết|chỉ tiêu|dự toán)(?![${letter}])`,
  'giu',
)

export const budgetPlanNamed = new RegExp(
  String.raw`(?:${budgetWords.source})[^;]*?(?<![${letter}])(kế hoạch|KH|nghị quyết|chỉ tiêu|dự toán)(?![${letter}])`,
  'giu',
)

/**
 * "đạt 98,96% chỉ tiêu nghị quyết. Trong đó, …": a share of plan the last said before a breakdown ("bằng 100% kế
 * hoạch …, tăng 13,79% so với năm 2022. Trong đó, ngành dịch vụ đạt 52,27%" breaks down the economy, in shares).
 */
export const shareOfPlanBrokenDown = new RegExp(
  String.raw`\d\s*%\s*(?:so\s+(?:với\s+)?)?(chỉ tiêu|kế hoạch|KH|nghị quyết|dự toán)(?:\s+năm\s+(?:19|20)\d{2})?[^.;\d]*[.;]\s*(?:Trong đó|Cụ thể)\s*[,:][^.;]*$`,
  'iu',
)

/** "một số chỉ tiêu khó nhưng kết quả vẫn đạt cao như": targets said reached (not aimed at: "các chỉ tiêu phấn đấu đạt"). */
export const targetsSaidReached = new RegExp(
  String.raw`(?<![${letter}])chỉ tiêu(?![${letter}])(?:(?!phấn đấu|mục tiêu|cần|phải|sẽ|để)[^:;.\d]){0,60}?(?<![${letter}])(?:đạt|vượt|hoàn thành)(?![${letter}])[^:;.\d]{0,20}$`,
  'iu',
)

/** ", vượt 56 tỉ đồng so dự toán": an excess, then the plan it is measured against. */
export const planNamedPastExcess = new RegExp(
  String.raw`^\s*,\s*vượt\s+[^,;()]{0,40}?\s(?:so(?:\s+với)?\s+)(dự toán|kế hoạch|KH|chỉ tiêu|nghị quyết)(?![${letter}])`,
  'iu',
)

/** "Tỷ lệ đô thị hóa", "tỉ lệ bao phủ": the words of a rate. */
export const rateNamed = new RegExp(String.raw`(?<![${letter}])t[ỷỉ]\s+lệ(?![${letter}])`, 'iu')
