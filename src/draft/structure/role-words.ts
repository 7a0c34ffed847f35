import { letter } from '../../lib/reg-exp.ts'

/* The words a figure's role and year are decided by (`decideRole`): brackets of other levels, moves, properties. */

/** A bracket opened for a level, with its own comparator: "(", "(khoảng ". */
const levelBracket = String.raw`\(\s*(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?`
/** "Huyện … hiện có 48 tổ hợp tác, …; có 23 trang trại": what a place has now, with no aim said after it. */
export const hadNow = new RegExp(
  String.raw`(?<![${letter}])hiện(?:\s+nay|\s+tại)?\s*,?\s+(?:[^.:]{0,80}?\s)?(?:có|còn)(?![${letter}])(?![^.:]*(?:phấn đấu|mục tiêu|kế hoạch|dự kiến|đến năm|sẽ))[^.:]*$|^\s*hiện\s+(?:nay|tại)\s*,(?![^.:]*(?:phấn đấu|mục tiêu|kế hoạch|dự kiến|đến năm|sẽ|phải|cần))[^.:]*$`,
  'iu',
)
/**
 * "trên đà phục hồi", "có chuyển biến tích cực", "tăng trưởng khá": how targets fared, said after their name ("nhiều chỉ
 * tiêu … trên đà phục hồi"): the year's results, not aims.
 */
export const targetsFared = String.raw`(?<![${letter}])(?:(?:trên|có)\s+đà\s+(?:phục hồi|tăng trưởng|phát triển)|có\s+(?:bước\s+)?(?:chuyển biến|phục hồi|tăng trưởng|phát triển)\s+(?:tích cực|khá|tốt|rõ nét)|tăng trưởng khá|đạt khá)(?![${letter}])`

/** "cao hơn ", "thấp hơn so với ": a comparison with something else. */
const higherOrLower = String.raw`(?<![${letter}])(?:cao|thấp|lớn|nhỏ)\s+hơn\s+(?:cả\s+|so với\s+)?`
const placeKindBefore = String.raw`(?:(?:tỉnh|thành phố|TP\.?)\s*)?`
/** Another place by its name, then its level's bracket (a plan's name, "Nghị quyết (", is no place). */
const placeCompared = String.raw`${placeKindBefore}(?!(?:Nghị quyết|Kế hoạch|KH|NQ|Đại hội|Trung ương|Chính phủ|HĐND|UBND|Quốc hội)(?![${letter}]))\p{Lu}[^.;:()\d]{0,60}?${levelBracket}$`
/**
 * "bình quân cả nước (", "mức trung bình của vùng (khoảng ", "cao hơn Hải Phòng (": the country's, a region's or another
 * place's level opens a bracket.
 */
export const elsewhereLevel = new RegExp(
  [
    String.raw`(?<![${letter}])(?:mức\s+)?(?:bình quân|trung bình|chung)\s+(?:chung\s+)?(?:của\s+)?(?:cả nước|toàn quốc|cả vùng|toàn vùng|vùng|khu vực)(?![${letter}])[^.;:,()\d]{0,30}${levelBracket}$`,
    // "… cao hơn Bà Rịa - Vũng Tàu nếu không tính dầu khí (9.012 USD/người), Hải Phòng (8.665 USD/người)": another
    // place's, bracketed after its name in a comparison, and the places listed after it.
    String.raw`${higherOrLower}${placeCompared}`,
    String.raw`${higherOrLower}${placeKindBefore}\p{Lu}[^.;:()\d]{0,60}?\([^()]*\)(?:\s*,\s*\p{Lu}[^.;:()\d]{0,40}?\([^()]*\))*\s*(?:,|và)\s*${placeCompared}`,
    // "xếp thứ 2 trong vùng (sau Hậu Giang, tăng 13,94%)", "(chỉ sau Thanh Hóa với 12,93%)": the one place ranked ahead.
    String.raw`\(\s*(?:chỉ\s+)?(?:đứng\s+)?sau\s+${placeKindBefore}\p{Lu}[^.;:()\d]{0,40}?(?:,\s*)?(?:(?:tăng|giảm|đạt|với|là)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$`,
  ].join('|'),
  'u',
)

/** "Khi mới bước vào xây dựng nông thôn mới": when a work started, said before its year. */
export const workStartedBefore = new RegExp(
  String.raw`(?<![${letter}])(?:khi|lúc|thời điểm)\s+(?:mới\s+)?(?:bắt đầu|bước vào|bắt tay|khởi công|triển khai)(?![${letter}])[^.;]*$`,
  'iu',
)

/** "(sau Bắc Giang 13,45%, Hậu Giang 12,27%)": the places ranked ahead, listed with their levels in one bracket. */
export const elsewhereListed = new RegExp(
  String.raw`\(\s*(?:chỉ\s+)?(?:đứng\s+)?sau\s+[^()]*?\d[\d.,]*\s*%?\s*(?:,|;|và)\s*(?:và\s+)?${placeKindBefore}\p{Lu}[^.;:()\d]{0,40}?(?:(?:tăng|giảm|đạt|với|là)\s+)?$`,
  'u',
)

/** "…; năm 2030 đạt", "và năm 2030 khoảng": a year that opens the next item, with its own verb or amount. */
export const nextItemYear = new RegExp(
  String.raw`^\s*(?:[,;]\s*|và\s+|còn\s+)+(?:đến\s+|vào\s+)?năm\s+(?:19|20)\d{2}\s*,?\s*(?:(?:sẽ\s+)?(?:đạt|là|tăng|giảm|khoảng|ước|dự kiến|còn)(?![${letter}])|\d)`,
  'iu',
)

export const yearKinds = new Set(['period', 'part-of-year', 'deadline', 'point', 'now', 'term'])

/**
 * "… có diện tích quy hoạch 75 ha", "… có tổng mức đầu tư 1.150 tỷ đồng": a property of the thing before (not a change
 * of it: "điều chỉnh vốn cho 79 dự án, với vốn đầu tư tăng 134,17 triệu USD").
 */
export const property = new RegExp(
  String.raw`(?<![${letter}])(?:có|với)\s+(?:tổng\s+)?(?:diện tích|mức đầu tư|vốn đầu tư|công suất|chiều dài|quy mô|sức chứa|dung tích)(?:\s+(?!tăng|giảm)[${letter}]+){0,2}\s*$`,
  'iu',
)
/**
 * "thu hút được 9 dự án, với tổng vốn đầu tư 209 triệu USD": the investment in the projects just counted as attracted
 * is a result as their count is, not a property of one thing ("triển khai xây dựng 27 công trình … với tổng mức đầu
 * tư gần 172 tỷ đồng" is what the works cost); so is the land of the certificates just counted as issued ("cấp mới
 * được 269 giấy chứng nhận quyền sử dụng đất, với tổng diện tích 141 ha").
 */
export const countedBefore = new RegExp(
  String.raw`(?<![\d.,])\d[\d.,]*\s+(?:dự án|doanh nghiệp|nhà máy|giấy chứng nhận|giấy phép)(?![${letter}])[^.;:]{0,100}$`,
  'iu',
)
/**
 * "hoàn thành thu hoạch cây vụ đông với tổng diện tích hơn 12.700 ha": the area farmed is what was done; so is the
 * area of a growing zone or field made ("mở rộng xây dựng cánh đồng lớn lúa chất lượng với diện tích 520 ha").
 */
export const farmedBefore = new RegExp(
  String.raw`(?<![${letter}])(?:thu hoạch|gieo trồng|gieo cấy|gieo sạ|trồng mới|(?:mở rộng|xây dựng|phát triển|hình thành)\s+(?:[${letter}]+\s+){0,2}?(?:vùng|cánh đồng))(?![${letter}])[^.;:]{0,60}$`,
  'iu',
)
export const attractedWords = new RegExp(
  String.raw`(?<![${letter}])(?:thu hút|cấp mới|cấp phép|cấp giấy chứng nhận|đăng ký mới|cấp được|đã cấp)(?![${letter}])`,
  'iu',
)
/** "… nhưng đến cuối năm chỉ đạt", "song mới thực hiện được": a result set against the aim before it. */
export const contrastReached = new RegExp(
  String.raw`(?<![${letter}])(?:nhưng|song|tuy nhiên)(?![${letter}])(?:(?!mục tiêu|kế hoạch|chỉ tiêu|đề ra|phấn đấu)[^;.])*?(?<![${letter}])(?:chỉ|mới)?\s*(?:đạt|thực hiện|ước đạt)(?:\s+được)?\s*$`,
  'iu',
)
/** "chiếm 42%", "còn 0,4%": a level, not a change (as is what an average is per head: "đầu người"). */
export const levelWords = /(?:chiếm|còn)\s*(?:tới|đến|khoảng|hơn|gần|trên)?\s*$/iu
/**
 * "bằng 59,39% so với cùng kỳ (20.074 tỷ đồng)", "tăng 8% so với năm 2022 (1.250 tỷ đồng)", "cao hơn mức tăng của cùng
 * kỳ năm trước (4,09%)", "dịch vụ tăng 6,55% (cùng kỳ tăng 7,54%)", "… 8,3%, cao hơn cùng kỳ năm 2023 là 6,27%",
 * "xuất siêu 31,4 triệu USD (cùng kỳ 2022 xuất siêu 41,3 triệu USD)", "cao hơn cùng kỳ năm 2023 (6,15%)", "(kế hoạch năm
 * 2024 tăng 7,5-8%, cùng kỳ năm 2023 tăng 8,52%)", "… cao hơn so với cùng kỳ năm 2023, khi mức tăng
 * trưởng chỉ đạt 5,03%": the compared period's own level or change.
 */
export const baseBracket = new RegExp(
  String.raw`(?:(?<![${letter}])(?:so(?:\s+với)?|của)\s+(?:cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?(?:\s+năm\s+((?:19|20)\d{2}))?|năm\s+((?:19|20)\d{2}))\s*\(|\((?:[^()]*[,;])?\s*cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?(?:\s+(?:năm\s+)?((?:19|20)\d{2}))?\s*:?(?:\s*(?:tăng|giảm|đạt|là)(?![${letter}])|(?:\s+[${letter}]+){1,3})?|(?<![${letter}])(?:cao|thấp)\s+hơn\s+(?:(?:đáng kể|nhiều|hẳn)\s+)?(?:so\s+với\s+)?cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?(?:\s+năm\s+((?:19|20)\d{2}))?\s+là|(?<![${letter}])(?:cao|thấp)\s+hơn\s+(?:cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?(?:\s+năm\s+((?:19|20)\d{2}))?|năm\s+((?:19|20)\d{2}))\s*\(|(?<![${letter}])so(?:\s+với)?\s+cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?(?:\s+năm\s+((?:19|20)\d{2}))?\s*,\s*khi(?:\s+[${letter}]+){0,4}?\s+(?:chỉ\s+)?(?:đạt|tăng|là|ở mức))\s*$`,
  'iu',
)
/**
 * "(cùng kỳ năm 2014 tăng 7,09%, đóng góp …": a bracket the period compared opens, not yet closed, past a comma and with
 * no plan in it; its year (if written) in the first group.
 */
export const baseBracketGoingOn = new RegExp(
  String.raw`\(\s*cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?(?:\s+(?:năm\s+)?((?:19|20)\d{2}))?(?![\d${letter}])[^()]*?[,;](?![^()]*(?:kế hoạch|KH|NQ|nghị quyết|chỉ tiêu|mục tiêu|kịch bản|dự toán))[^()]*$`,
  'iu',
)
/**
 * "(năm 2024 là ", "(năm 2023 đạt ": a year's own level, bracketed; "(cơ cấu tương ứng của 6 tháng đầu năm 2023 là:
 * 22,81%; ", "(tương ứng năm 2022: 75,92% - ": the same measures of the period before, listed in their bracket.
 */
export const yearLevelBracket = new RegExp(
  String.raw`\((?:[^()]*[,;])?\s*năm\s+((?:19|20)\d{2})\s+(?:là|đạt)(?![${letter}])\s*$|\([^()]*?(?<![${letter}])tương\s+ứng\s+(?:(?:của|với)\s+)?(?:cùng\s+kỳ\s+)?(?:(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?\s+)?năm\s+((?:19|20)\d{2})\s*(?:(?:là|đạt)(?![${letter}])\s*:?|:)\s*(?:[\d.,]+\s*%\s*(?:[;,]|[-–])\s*(?:và\s+)?)*$`,
  'iu',
)
/** "giảm từ", "tăng tỷ lệ che phủ rừng từ": a move's start, said before its level. */
export const moveFrom = new RegExp(
  String.raw`(?<![${letter}])(?:tăng|giảm)(?:\s+[${letter}]+){0,6}?\s+từ\s*$`,
  'iu',
)
/** "tăng từ 76% năm 2020 lên ": the year written after a move's start is the start's, not where the move went. */
export const startYearThenMoveTo = new RegExp(
  String.raw`(?<![${letter}])từ\s+(?:(?:hơn|trên|dưới|khoảng|gần)\s+)?\d[\d.,]*\s*[^\d;:.]{0,20}?\(?\s*(?:năm\s+)?(?:19|20)\d{2}\s*\)?\s*,?\s*(?:lên|xuống)(?:\s+(?:mức|còn))?(?:\s+(?:hơn|trên|dưới|khoảng|gần))?\s*$`,
  'iu',
)
/** " xuống còn 7,3%", " (năm đầu) lên 12%", " còn 31,5%": where the move went, said after its start. */
export const moveTo = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?,?\s*(?:lên|xuống|còn(?!\s+lại))(?![${letter}])`,
  'iu',
)

/** The words that name a plan a figure may be measured against. */
const planNoun = new RegExp(
  String.raw`(?<![${letter}])(?:kế hoạch|KH|chỉ tiêu|dự toán|nghị quyết|NQ)(?![${letter}])`,
  'giu',
)
/**
 * Whether the last plan a sentence names so far is named as what a share is of ("… đều đạt trên 90% kế hoạch năm, như
 * …", "đạt 52,74% so tổng dự toán"): it measures a result, and aims at nothing.
 */
export function isPlanLastNamedAsShare(sentenceBefore: string): boolean {
  const last = [...sentenceBefore.matchAll(planNoun)].at(-1)
  return (
    last !== undefined &&
    /\d\s*%\s*(?:so\s+(?:với\s+)?)?(?:tổng\s+)?$/u.test(sentenceBefore.slice(0, last.index))
  )
}

/** "… được gieo cấy trong thời gian tới": a time ahead named after the amount, in its sentence. */
export const timeAhead = new RegExp(
  String.raw`^[^.;]*?(?<![${letter}])(?:trong\s+thời gian\s+tới|sắp tới|tới đây)(?![${letter}])`,
  'iu',
)
