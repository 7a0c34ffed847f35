import type { AmountReading } from '../dataset/reading/read-amount.ts'
import { readUnitWords } from '../dataset/reading/read-unit-words.ts'
import { isCountUnit, type Unit, unitsWrittenAs } from '../dataset/units.ts'
import { escapeRegExp, letter } from '../lib/reg-exp.ts'

/** "số xã đạt chuẩn", "tổng số hộ": what a clause counts, named after "số". */
const countedBefore = new RegExp(String.raw`(?<![${letter}])số(?=\s)`, 'giu')

/**
 * Words that end a counted noun: what is said of the things counted ("04 đồ án và …", "8 phương án bồi thường của 7
 * dự án được duyệt", "2 nhà máy đi vào hoạt động"), not part of their name.
 */
const nounEnd = new RegExp(
  `^(?:${[
    'và',
    'hoặc',
    'hay',
    'của',
    'với',
    'cho',
    'trong',
    'trên',
    'dưới',
    'tại',
    'ở',
    'từ',
    'đến',
    'tới',
    'so',
    'theo',
    'về',
    'vào',
    'ra',
    'đạt',
    'được',
    'đã',
    'đang',
    'sẽ',
    'bị',
    'đi',
    'còn',
    'có',
    'là',
    'thuộc',
    'mới',
    'tăng',
    'giảm',
    'hoàn thành',
    'vượt',
    'bằng',
    'chiếm',
    'gồm',
    'như',
    'để',
    'do',
    'nhằm',
    'này',
    'đó',
    'các',
    'những',
    'mỗi',
    'thì',
    'mà',
    'nên',
    'khi',
    'sau',
    'trước',
    'cùng',
    'lên',
    'xuống',
    'đều',
    'cũng',
    'chưa',
    'không',
    'vẫn',
    'nữa',
    'khác',
    'năm',
    'tháng',
    'quý',
    'quí',
    'ngày',
    'lần',
    'trở',
    'tương',
    'ước',
    'kế hoạch',
    'chỉ tiêu',
    'dự toán',
    'toàn',
    'cả',
    'rất',
    'đáng',
    'hơn',
    'gần',
    'khoảng',
    'đặt',
    'nằm',
    'thực hiện',
    'triển khai',
    'tham gia',
    'phấn đấu',
    'mục tiêu',
    // "… được phân loại là 198 cụ thể: 04 khách sạn …": a list's opening after a bare count.
    'cụ thể',
  ].join('|')})(?![${letter}])`,
  'iu',
)

const wholeNumber = String.raw`\d{1,3}(?:\.\d{3})*`
const wholeNumbers = new RegExp(
  String.raw`^[^\d]*${wholeNumber}(?:[ \u00a0]*(?:[-–/]|đến|tới)[ \u00a0]*${wholeNumber})?$`,
  'u',
)

/**
 * The noun a whole number counts when no unit row knows it ("hoàn thiện 04 đồ án và …", "57 giống sen,", "178 giấy
 * chứng nhận đăng ký hộ kinh doanh với …"): its words up to what is said of them, at most eight. Null when the
 * number has no such noun after it (a decimal, a share, a number ending its clause).
 */
export function countedNoun(
  reading: AmountReading,
  clause: string,
): { words: string; valueText: string } | null {
  // A whole number, its thousands grouped with dots ("12.624 sổ BHXH"), or a range of them ("400-450 xe").
  // A fraction of things counted ("6/9 KCN") names them alike.
  if (!wholeNumbers.test(reading.valueText.trim())) return null
  // Where the amount was read in this clause, else its words as a whole number of it ("04", not the "4" of "14").
  const at = clause.startsWith(reading.valueText, reading.start)
    ? reading.start
    : clause.search(new RegExp(`(?<![\\d.,])${escapeRegExp(reading.valueText)}(?!\\d)`, 'u'))
  if (at < 0) return null
  const after = clause.slice(at + reading.valueText.length)
  if (!/^[ \u00a0]/u.test(after)) return null
  const words: string[] = []
  let end = 0
  for (;;) {
    const rest = after.slice(end).replace(/^[ \u00a0]+/u, '')
    const spaces = after.length - end - rest.length
    if (end > 0 && spaces === 0) break
    // A noun's words are lowercase; an acronym may follow them ("sổ BHXH", "thẻ BHYT"), or be the noun ("6/9 KCN",
    // "15 HTX": industrial parks, cooperatives).
    const word = (
      words.length > 0
        ? new RegExp(String.raw`^(?:\p{Ll}[${letter}]*|\p{Lu}{2,})`, 'u')
        : new RegExp(String.raw`^(?:\p{Ll}[${letter}]*|\p{Lu}{2,5})`, 'u')
    ).exec(rest)?.[0]
    // A word has a vowel: "15 trđ" is an abbreviation of a unit, not a noun.
    const isAcronym = /^\p{Lu}+$/u.test(word ?? '')
    if (!word || nounEnd.test(rest) || (!isAcronym && !/[aeiouy]/iu.test(word.normalize('NFD')))) break
    if (new RegExp(String.raw`[${letter}\d]`, 'u').test(rest.charAt(word.length))) break
    words.push(word)
    end += spaces + word.length
  }
  if (words.length === 0 || words.length > 8) return null
  // "25 toa/ngày", "1.100 - 1.350 xe/ngày": so many a day is the unit as written.
  const perTime =
    new RegExp(String.raw`^[ \u00a0]?\/[ \u00a0]?(?:ngày|tuần|tháng|năm)(?![${letter}])`, 'u').exec(
      after.slice(end),
    )?.[0] ?? ''
  return {
    words: `${words.join(' ')}${perTime.replace(/[ \u00a0]/gu, '')}`,
    valueText: `${reading.valueText}${after.slice(0, end + perTime.length)}`,
  }
}

/**
 * "đưa số xã đạt chuẩn lên 20/25": a fraction with no unit counts what the clause numbered before it; "trong đó, đảng
 * viên chính thức là 1.497": a whole number with none, the things its clause names right before "là".
 */
export function countUnitBefore(reading: AmountReading, clause: string): Unit | undefined {
  const before = clause.slice(0, clause.indexOf(reading.valueText))
  if (reading.kind !== 'fraction') {
    // ("Số lượng doanh nghiệp thành lập mới ước đạt 3.510": the things counted, named before the verb.)
    const named =
      /(?:^|[,;:]\s*)(?:trong đó\s*,?\s*)?([^,;:]+?)\s+là\s*$/iu.exec(before) ??
      /(?:^|[,;:]\s*)(?:trong đó\s*,?\s*)?(?:tổng\s+)?số(?:\s+lượng)?\s+([^,;:]+?)(?:\s+(?:ước\s+)?(?:đạt|có))?\s*$/iu.exec(
        before,
      )
    if (!named?.[1] || /,/u.test(reading.valueText)) return undefined
    // ("số hộ nghèo còn lại cuối năm là 873": the things, without the word that counts them.)
    const words = readUnitWords(named[1].replace(/^(?:tổng\s+)?số(?:\s+lượng)?\s+/iu, ''), 0)
    return words ? unitsWrittenAs(words.unitText).find(isCountUnit) : undefined
  }
  const counted = [...before.matchAll(countedBefore)].at(-1)
  const words = counted ? readUnitWords(clause, counted.index + counted[0].length) : null
  return words ? unitsWrittenAs(words.unitText).find(isCountUnit) : undefined
}
