import { findDateSpans, findTimes } from '../dataset/reading/read-date.ts'

/** A stretch of text whose digits are not a figure: a date, a time, a span of years, a map scale, a document number. */
export type NonFigure = { start: number; end: number; reason: string }

const spanPatterns: readonly (readonly [RegExp, string])[] = [
  // lúc 14 giờ, vào 8h
  [/(?<![\p{L}\p{M}])(?:lúc|vào)\s+\d{1,2}\s*(?:giờ|h)(?![\p{L}\p{M}])/giu, 'time'],
  // 2021-2025, 2025–2030
  [/(?<![\d.,])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)/gu, 'years'],
  // tỉ lệ 1/2.000, tỷ lệ bản đồ 1:500
  [/(?<![\p{L}\p{M}])t[ỷỉ]\s+lệ\s+(?:bản đồ\s+)?1\s*[/:]\s*\d[\d.]*/giu, 'map scale'],
  // 2468/QĐ-UBND, 05/2024/NQ-HĐND, 125-KH/TU
  [/(?<![\p{L}\p{M}\d])\d[\d/.-]*[/-]\p{Lu}[\p{L}\p{M}\d/-]*/gu, 'document number'],
]

export function findNonFigureSpans(text: string): NonFigure[] {
  return [
    ...findTimes(text).map((time) => ({ start: time.index, end: time.end, reason: 'time' })),
    ...findDateSpans(text).map((span) => ({ ...span, reason: 'date' })),
    ...spanPatterns.flatMap(([pattern, reason]) =>
      [...text.matchAll(pattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        reason,
      })),
    ),
  ]
}

/** Words after which a number is a date part, an ordinal or a legal reference ("năm 2023", "lần thứ 2", "Điều 5"). */
const referenceBefore =
  /(?<![\p{L}\p{M}])(năm|tháng|quý|ngày|thứ|hạng|điều|khoản|chương|khóa|khoá|phiên|kỳ họp)\s*$/iu
/** Words after which a number with no unit is a name ("Trường số 1", "Quốc lộ 9"). */
const nameBefore = /(?<![\p{L}\p{M}])(số|lộ|tổ|khu|phòng|lô|ấp|đội|top)\s*$/iu

/** Why a number is not a figure, judged from the words just before it; null when nothing says so. */
export function reasonBeforeNumber(before: string, hasUnit: boolean): string | null {
  const reference = referenceBefore.exec(before)?.[1]
  if (reference) {
    const word = reference.toLocaleLowerCase('vi')
    return word === 'năm'
      ? 'year'
      : word === 'tháng' || word === 'ngày' || word === 'quý'
        ? 'date'
        : 'ordinal or reference'
  }
  if (!hasUnit && nameBefore.test(before)) return 'name or reference number'
  return null
}

/** A bare four-digit number in the range of years, with no unit after it. */
export function isBareYear(numberText: string, hasUnit: boolean): boolean {
  if (hasUnit || !/^\d{4}$/u.test(numberText)) return false
  const year = Number(numberText)
  return year >= 1945 && year <= 2100
}
