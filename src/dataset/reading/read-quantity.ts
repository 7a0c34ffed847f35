import { letter } from '../../lib/reg-exp.ts'
import { gluedUnitWords, scaleAbbreviations, scaleWords } from './amount-words.ts'
import { add, type Decimal, decimalFromDigits, shift } from './decimal.ts'

/**
 * A number as Vietnamese reports write it: "." groups thousands, "," is the decimal mark. "7.412" is 7412,
 * "447,229" is 447.229, "09" is 9. A dot followed by anything but exactly three digits is not a thousands
 * separator, so "1.5" is not a number; digits glued to a letter ("km2", "BHYT5") belong to the word, except a
 * unit or scale a web page glued on ("11.318,8ha", "2,37triệu"). A page's stray space after a thousands dot is
 * read through only when decimals follow ("59. 533,3"): "1. 250 tỷ" may be a list's item 1. Likewise after the decimal
 * comma before a scale, of a number grouped in thousands ("1.076, 31 tỷ đồng") or of two or three decimals ("21, 72 tỷ
 * đồng"; "2, 3 triệu" is two or three million). A decimal comma or a slash with nothing after it before "%" is the
 * page's slip ("152,%", "11/%"). A page that writes
 * the decimal mark as a dot ("40.99%", "38.5 triệu", "7.2 ha") is read so where one or two digits follow it before "%", a
 * scale word or a unit of measure, which no group of thousands can be; a stray space after the decimal comma of a number
 * of two or three digits before a unit of measure is read through too ("47, 97ha", "167, 2 tấn"); one that groups thousands with a comma before its decimal comma
 * ("7,710,3 tỷ đồng") is read as 7.710,3 where a scale or "%" follows, as no other reading can be.
 */
/** Units of measure a page may write a decimal for with a dot, or with a stray space after the comma ("7.2 ha", "47, 97ha"). */
const measureUnits = 'ha|tấn|tạ|kg|km2|km|m2|m3'

const numberAt = new RegExp(
  String.raw`(?:(\d{1,3}),(\d{3}),(\d{1,3})(?=[ \u00a0]?(?:%|triệu|tỷ|tỉ|nghìn|ngàn)(?![${letter}]))|(\d+)\.(\d{1,2})(?=[ \u00a0]?(?:%|triệu|tỷ|tỉ|nghìn|ngàn|${measureUnits})(?![${letter}]))|(\d{1,3}(?:\.\d{3})+|\d{1,3}\. \d{3}(?=,\d)|\d+)(?:,(\d+)|[,/](?=%)|(?:(?<=\d\.\d{3})|(?<=(?<![\d.,])\d{1,3})(?=, \d{2})), (\d{1,3})(?=[ \u00a0](?:triệu|tỷ|tỉ|nghìn|ngàn)(?![${letter}]))|(?<=(?<![\d.,])\d{2,3}), (\d{1,2})(?=[ \u00a0]?(?:${measureUnits})(?![${letter}])))?)(?!\d|[\d.]\d|(?!(?:${[...gluedUnitWords, ...Object.keys(scaleWords)].join('|')})(?![${letter}\d]))[${letter}])`,
  'uy',
)

/**
 * Where a number may start: not glued to a letter ("km2", "COVID-19") nor inside another number, except after a
 * verb of amount a page glued it to ("ước đạt16.743 tỷ đồng", "Có13/14 xã", "đóng góp1,48%"), and after a slash that ends a unit's words: "02 tổ
 * chức/125,75ha/1.377 tỷ đồng", "74km2/27.368 người" list amounts ("7/10 xã" is one; "đồng/1 ha", "giường bệnh/1 vạn dân" are per
 * one, no amount).
 */
export const numberStarts = new RegExp(
  String.raw`(?:(?<![${letter}\d.,/])(?<!\p{L}-)|(?<=(?<![${letter}])(?:đạt|tăng|giảm|vượt|còn|khoảng|[Cc]ó|góp))|(?<=[${letter}][23²³]?\/)(?!1(?:[.,]?0+)*(?![\d.,])))(?=\d)`,
  'gu',
)

export type WrittenNumber = { value: Decimal; whole: string; fraction: string; end: number }

export function readNumberAt(text: string, pos: number): WrittenNumber | null {
  numberAt.lastIndex = pos
  const match = numberAt.exec(text)
  if (!match) return null
  const whole = (
    match[1] !== undefined ? `${match[1]}${match[2] ?? ''}` : (match[4] ?? match[6] ?? '')
  ).replace(/[. ]/gu, '')
  const fraction = match[3] ?? match[5] ?? match[7] ?? match[8] ?? match[9] ?? ''
  return { value: decimalFromDigits(whole, fraction), whole, fraction, end: pos + match[0].length }
}

const spaces = /^[ \u00a0]*/u
const lineCutBeforeScale = /^[ \u00a0]*(?:\r?\n[ \u00a0]*(?=(?:nghìn|ngàn|triệu|tỷ|tỉ)[ \u00a0]))?/u

/**
 * Any scale word, as a whole word, at the place it is tried from (sticky); "15.563 tỷđồng": a page may glue "đồng" on;
 * "70 tr.đ", "70,0 Tr. đồng": a short form, glued to the currency's or a dot and a space before it (its dot kept apart,
 * group 1 the short form itself).
 */
const scaleWordPattern = new RegExp(
  `(?:${Object.keys(scaleWords).join('|')})(?:(?![${letter}\\d])|(?=đồng(?![${letter}])))|(${Object.keys(scaleAbbreviations).join('|')})(?:\\.[ \\u00a0]?)?(?=(?:đ|đồng)(?![${letter}]))`,
  'iuy',
)

/** The scale word at `pos` ("tỷ", "nghìn"), matched without regard to case and only as a whole word. */
function scaleWordAt(text: string, pos: number): { word: string; exponent: number; end: number } | null {
  scaleWordPattern.lastIndex = pos
  const match = scaleWordPattern.exec(text)
  if (!match) return null
  const short = match[1]?.toLowerCase() as keyof typeof scaleAbbreviations | undefined
  const word = short ? scaleAbbreviations[short] : match[0]
  const exponent = scaleWords[word.toLowerCase() as keyof typeof scaleWords]
  return { word, exponent, end: pos + match[0].length }
}

/** Scale words in a row after `pos` ("nghìn tỷ"): their exponents add up. */
function readScaleWords(
  text: string,
  pos: number,
): { words: string[]; exponent: number; end: number } | null {
  const words: string[] = []
  let exponent = 0
  let end = pos
  for (;;) {
    // ("ước đạt 3.475\nnghìn lượt khách": a page's line cut before the first scale word, which goes on in lower case.)
    const gap = (words.length === 0 ? lineCutBeforeScale : spaces).exec(text.slice(end))?.[0].length ?? 0
    const scale = scaleWordAt(text, end + gap)
    if (!scale || (words.length > 0 && gap === 0)) break
    words.push(scale.word)
    exponent += scale.exponent
    end = scale.end
  }
  return words.length > 0 ? { words, exponent, end } : null
}

/** A number with its scale words, compound ones included, as one exact value. */
export type Quantity = {
  value: Decimal
  end: number
  /** The exponent of the largest scale written (9 for "312 tỷ 560 triệu"), 0 without scale words. */
  topExponent: number
  /** The scale words as written, in order ("tỷ", "triệu"; a short "tr" as "triệu"). */
  scaleWords: string[]
}

/**
 * A number and its scale words at `pos`, compound amounts as one value, the way they are read aloud:
 * "312 tỷ 560 triệu" = 312,56 × 10⁹; "2 triệu 500 nghìn" = 2,5 × 10⁶; "3 nghìn 200 tỷ" = 3200 × 10⁹ (a
 * larger scale after a group multiplies everything before it). A following group must be a whole number
 * under 1000 with its own scale word.
 */
export function readQuantity(text: string, pos: number): Quantity | null {
  const first = readNumberAt(text, pos)
  if (!first) return null
  let value: Decimal = first.value
  let end = first.end
  let topExponent = 0
  const words: string[] = []
  const scale = readScaleWords(text, end)
  if (!scale) return { value, end, topExponent, scaleWords: words }
  value = shift(value, scale.exponent)
  topExponent = scale.exponent
  words.push(...scale.words)
  end = scale.end
  for (;;) {
    const gap = /^[ \u00a0]+/u.exec(text.slice(end))?.[0].length ?? 0
    const next = gap > 0 ? readNumberAt(text, end + gap) : null
    if (!next || next.fraction !== '' || next.whole.length > 3) break
    const nextScale = readScaleWords(text, next.end)
    if (!nextScale) break
    value =
      nextScale.exponent > topExponent
        ? shift(add(value, next.value), nextScale.exponent)
        : add(value, shift(next.value, nextScale.exponent))
    topExponent = Math.max(topExponent, nextScale.exponent)
    words.push(...nextScale.words)
    end = nextScale.end
  }
  return { value, end, topExponent, scaleWords: words }
}

/** A whole text that is one number by Vietnamese rules ("7.412", "447,229"), or null. */
export function readVietnameseNumber(text: string): number | null {
  const trimmed = text.trim()
  const number = readNumberAt(trimmed, 0)
  if (!number || number.end !== trimmed.length) return null
  return Number(number.fraction ? `${number.whole}.${number.fraction}` : number.whole)
}
