import { type Unit, unitInfo } from '../dataset/units.ts'
import type { FoundAmount } from './find-amounts.ts'
import { escapeRegExp, letter } from '../lib/reg-exp.ts'

const adminUnits: readonly string[] = [
  'ward',
  'commune',
  'commune-level-unit',
  'district',
  'district-level-unit',
]
const partyUnits: readonly string[] = ['party-member', 'party-cell', 'party-committee', 'organisation']

/**
 * The units a place's profile is counted in: people, households, administrative and Party units (not the organisations a
 * Party counts), lengths and densities. Its land is told by its words ("diện tích tự nhiên"): an area a text of results
 * gives with no verb is a year's.
 */
export function isProfileUnit(unit: Unit): boolean {
  return (
    unitInfo(unit).kind === 'density' ||
    ['person', 'household', 'km', ...adminUnits].includes(unit) ||
    (partyUnits.includes(unit) && unit !== 'organisation')
  )
}
const populationWords = new RegExp(String.raw`(?<![${letter}])(?:dân số|nhân khẩu)(?![${letter}])`, 'iu')
const workforceWords = new RegExp(String.raw`(?<![${letter}])lực lượng lao động(?![${letter}])`, 'iu')
const partyHas = new RegExp(String.raw`Đảng bộ[^.;]*?(?<![${letter}])(?:hiện\s+)?có(?![${letter}])`, 'u')
const partyGrew = new RegExp(
  String.raw`(?<![${letter}])(?:kết nạp|phát triển|mới|thêm|tăng|giảm)(?![${letter}])`,
  'iu',
)
/** What members did, said right after their count: "… được đánh giá", "… hoàn thành xuất sắc nhiệm vụ". */
const membersDid = new RegExp(
  String.raw`^\s*(?:được|bị|hoàn thành|không hoàn thành|xếp loại)(?![${letter}])`,
  'iu',
)
/** "được thành lập trên cơ sở sáp nhập 3 xã", "sau sắp xếp, sáp nhập": what a place was made of. */
const madeBy = new RegExp(
  String.raw`thành lập trên cơ sở (?:sáp nhập|hợp nhất)|(?<![${letter}])(?:sau|sau khi) (?:sắp xếp, )?sáp nhập(?![${letter}])`,
  'iu',
)
const changeWords = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|thêm|mới|nâng|tăng|giảm|xây dựng|công nhận|sáp nhập|thoát khỏi|thoát nghèo|ra khỏi)(?![${letter}])`,
  'iu',
)

/**
 * What a place is, whatever year the text speaks of: its area, density, population and administrative
 * units ("Tỉnh có 9 huyện, thị xã, thành phố với 137 xã, phường, thị trấn"), unless the words say they changed.
 */
export function isPlaceProfile(amount: FoundAmount, quote: string): boolean {
  const units = amount.units.map((unit) => ({ unit, kind: unitInfo(unit).kind }))
  // "Xã … được thành lập trên cơ sở sáp nhập 3 xã …, với tổng diện tích hơn 74km2": what the place was made of, and
  // its land and people then.
  if (
    units.some(({ unit, kind }) => adminUnits.includes(unit) || kind === 'area' || unit === 'person') &&
    madeBy.test(quote)
  )
    return true
  // "cách trung tâm thành phố 55 km", "có 12 đơn vị hành chính": where it lies and what it is made of (not "cải cách
  // thủ tục hành chính (giảm 0,52 điểm …)", a reform).
  if (
    /cách|hành chính/iu.test(quote) &&
    new RegExp(
      String.raw`(?<![${letter}])(?<!(?:cải|bằng|phong|tư|tính|nhân|quy|một|các|nhiều)\s)cách(?![${letter}])[^.;,\d]{0,60}?${escapeRegExp(amount.valueText)}|${escapeRegExp(amount.valueText)}\s+hành chính`,
      'iu',
    ).test(quote) &&
    !changeWords.test(quote.slice(0, Math.max(0, quote.indexOf(amount.valueText))))
  )
    return true
  // "… là hòn đảo lớn nhất với diện tích khoảng 574 km2": land measured in square kilometres is a place's.
  if (
    (units.some(({ kind }) => kind === 'area' || kind === 'density') &&
      /diện tích (?:đất )?tự nhiên|mật độ/iu.test(quote)) ||
    (units.some(({ unit }) => unit === 'km2') && /diện tích/iu.test(quote) && !changeWords.test(quote))
  )
    return true
  // "… với 23 dân tộc cùng sinh sống", "có 19 dân tộc anh em": the peoples that live there.
  if (
    /dân tộc/iu.test(`${amount.valueText} ${quote}`) &&
    new RegExp(
      String.raw`^${escapeRegExp(amount.valueText)}(?:\s+dân tộc)?\s*(?:anh em|(?:cùng\s+)?(?:sinh sống|chung sống|sinh sống và làm ăn))(?![${letter}])`,
      'iu',
    ).test(quote.slice(Math.max(0, quote.indexOf(amount.valueText))))
  )
    return true
  // "dân số 1,2 triệu người", "86.240 nhân khẩu thường trú", "lực lượng lao động từ 15 tuổi trở lên 848.500 người":
  // its people.
  // ("… tham gia BHXH 206.810 người, chiếm tỷ lệ 35,1% lực lượng lao động": the workforce a share after it is of
  // is no subject of the count.)
  const isPeople = units.some(({ unit }) => unit === 'person')
  const saidBefore = quote.slice(0, Math.max(0, quote.indexOf(amount.valueText)))
  if (
    (isPeople && populationWords.test(quote)) ||
    ((isPeople || units.some(({ unit }) => unit === 'worker')) && workforceWords.test(saidBefore))
  )
    return true
  // "Đảng bộ xã có 52 tổ chức Đảng trực thuộc và 816 đảng viên": the size of its Party, unless the words say it grew.
  // ("Đảng bộ … có 128 đ/c được đánh giá hoàn thành tốt nhiệm vụ": members who did something are the year's count.)
  if (
    units.some(({ unit }) => partyUnits.includes(unit)) &&
    partyHas.test(quote) &&
    !partyGrew.test(quote) &&
    !membersDid.test(quote.slice(quote.indexOf(amount.valueText) + amount.valueText.length))
  )
    return true
  // "90% đảng viên trong tổng số hơn 1.400 đảng viên hoàn thành tốt nhiệm vụ": the whole the share is of, its size.
  if (
    units.some(({ unit }) => unit === 'party-member') &&
    new RegExp(
      String.raw`(?<![${letter}])tổng số\s+(?:(?:trên|hơn|gần|khoảng)\s+)?${escapeRegExp(amount.valueText.replace(/^(?:trên|hơn|gần|khoảng)\s+/iu, ''))}`,
      'iu',
    ).test(quote) &&
    !partyGrew.test(quote)
  )
    return true
  // "198 đại biểu đại diện cho 5.505 đảng viên của Đảng bộ", "đại diện 1.204 đảng viên": the members a congress's
  // delegates stand for, its size.
  if (
    units.some(({ unit }) => unit === 'party-member') &&
    /đ(?:ại|aị) diện/iu.test(quote) &&
    new RegExp(
      String.raw`(?<![${letter}])đ(?:ại|aị) diện(?:\s+cho)?\s+(?:(?:trên|hơn|gần|khoảng)\s+)?${escapeRegExp(amount.valueText.replace(/^(?:trên|hơn|gần|khoảng)\s+/iu, ''))}`,
      'iu',
    ).test(quote)
  )
    return true
  // "… đại diện cho 1.056 đảng viên đang sinh hoạt tại 45 tổ chức cơ sở đảng": the party units those members are in, its
  // size too.
  if (
    units.some(
      ({ unit }) => unit === 'organisation' || unit === 'party-cell' || unit === 'party-committee',
    ) &&
    new RegExp(
      String.raw`(?<![${letter}])đ(?:ại|aị) diện(?:\s+cho)?\s+(?:(?:trên|hơn|gần|khoảng)\s+)?\d[\d.]*\s+đảng viên[^.;:]{0,40}?\s(?:tại|ở|trong|thuộc|của)\s+${escapeRegExp(amount.valueText)}`,
      'iu',
    ).test(quote)
  )
    return true
  // "(chiếm 56,3% tổng dân số)": a share of its people, named after it (a share of a whole given before it, "Tổng dân
  // số …, trong đó … chiếm 70%", is settled with the figure before it: settle-role.ts).
  if (
    units.some(({ unit }) => unit === 'percent') &&
    /dân số/iu.test(quote) &&
    new RegExp(
      String.raw`chiếm\s+${escapeRegExp(amount.valueText)}\s+(?:tổng\s+)?(?:số\s+)?dân số`,
      'iu',
    ).test(quote)
  )
    return true
  // ("toàn tỉnh có 75/82 xã có đường ôtô đến trung tâm": how many of its places have something is a result.)
  return (
    units.length > 0 &&
    units.every(({ unit }) => adminUnits.includes(unit)) &&
    !(
      /\d\s*\/\s*\d/u.test(amount.valueText) &&
      new RegExp(
        String.raw`^(?:\s*,\s*(?:huyện|quận|thành phố|thị xã|xã|phường|thị trấn))*\s*(?:có|đạt|được|đã|hoàn thành)(?![${letter}])`,
        'iu',
      ).test(quote.slice(quote.indexOf(amount.valueText) + amount.valueText.length))
    ) &&
    !changeWords.test(quote) &&
    !statusWords.test(quote)
  )
}

/**
 * "toàn tỉnh có 13 đơn vị cấp huyện, 363/465 xã, 717 thôn bản đạt chuẩn NTM; …": places listed, then the standard they
 * all reached, at the end of their item (not past "trong đó": "… 137 xã, trong đó 120 xã đạt chuẩn"); or the plan they
 * all met ("11/11 huyện, thị xã, thành phố hoàn thành vượt mức dự toán").
 */
export function isReachedStandardAfter(afterAmount: string): boolean {
  return new RegExp(
    String.raw`(?<![${letter}])(?:đạt\s+chuẩn|được công nhận|hoàn thành (?:xây dựng|nhiệm vụ xây dựng) nông thôn mới|hoàn thành(?:\s+(?:và\s+)?vượt(?:\s+mức)?)?\s+(?:dự toán|kế hoạch|chỉ tiêu))(?![${letter}])`,
    'iu',
  ).test(afterAmount.split(/[;.]|(?<![${letter}])trong đó(?![${letter}])/u)[0] ?? '')
}

/** "7 xã NTM kiểu mẫu", "363/465 xã … đạt chuẩn NTM": places counted by a standard they reached, no part of what it is. */
const statusWords = new RegExp(
  String.raw`(?<![${letter}])(?:NTM|nông thôn mới|(?:đạt\s+)?chuẩn|kiểu mẫu|văn minh đô thị)(?![${letter}])`,
  'iu',
)
