import { type AmountReading, readAmountAt } from '../dataset/reading/read-amount.ts'
import { numberStarts } from '../dataset/reading/read-quantity.ts'
import { toNumber } from '../dataset/reading/decimal.ts'
import { findNonFigureSpans, isBareYear, type NonFigure, reasonBeforeNumber } from './non-figures.ts'

/** An amount stated in a clause, as the shared amount reader reads it. */
export type FoundAmount = AmountReading

export type IgnoredNumber = { text: string; index: number; reason: string }

/**
 * Every amount in a clause, read by the shared amount reader. Numbers that are dates, times, years,
 * ordinals, map scales, ages in a label or per-unit denominators ("trên 1 ha") are returned as ignored,
 * with the reason.
 */
export function findAmounts(
  text: string,
  nonFigures: readonly NonFigure[] = findNonFigureSpans(text),
): { amounts: FoundAmount[]; ignored: IgnoredNumber[] } {
  const amounts: FoundAmount[] = []
  const ignored: IgnoredNumber[] = []
  const ignoredSpans = new Set<number>()
  let consumedTo = 0
  for (const { index } of text.matchAll(numberStarts)) {
    if (index < consumedTo) continue
    const nonFigure = nonFigures.find((span) => index >= span.start && index < span.end)
    if (nonFigure) {
      if (!ignoredSpans.has(nonFigure.start))
        ignored.push({
          text: text.slice(nonFigure.start, nonFigure.end),
          index: nonFigure.start,
          reason: nonFigure.reason,
        })
      ignoredSpans.add(nonFigure.start)
      consumedTo = nonFigure.end
      continue
    }
    const reading = readAmountAt(text, index, consumedTo)
    if (!reading) continue
    const isRightAfterAmount = amounts.at(-1)?.end === consumedTo && consumedTo > 0
    const reason = notAFigure(text, index, reading, text.slice(consumedTo, index), isRightAfterAmount)
    if (reason) ignored.push({ text: text.slice(index, reading.end), index, reason })
    else amounts.push(reading)
    consumedTo = reading.end
  }
  return { amounts, ignored }
}

/**
 * The non-figures of a paragraph that fall in one of its parts, in the part's offsets: a paragraph is searched for them
 * once, not again in each clause.
 */
export function nonFiguresWithin(spans: readonly NonFigure[], from: number, length: number): NonFigure[] {
  return spans.flatMap((span) =>
    span.end > from && span.start < from + length
      ? [{ ...span, start: Math.max(0, span.start - from), end: Math.min(length, span.end - from) }]
      : [],
  )
}

/** "ngày khách", "ngày lưu trú": the nights guests stay, counted in "ngày". */
export const guestNightsBefore = /ngày\s+(?:khách|lưu trú)(?![\p{L}])/iu

/** Why the amount at `index` is not a figure of the report, or null. `before`: the clause words since the last amount. */
function notAFigure(
  text: string,
  index: number,
  reading: AmountReading,
  before: string,
  isRightAfterAmount: boolean,
): string | null {
  const hasUnit = reading.unitText !== ''
  const numberText = /^\d(?:[\d.,]*\d)?/u.exec(text.slice(index))?.[0] ?? ''
  const reason = reasonBeforeNumber(before, hasUnit)
  // "cả năm 8.420 ha": after "năm" a number with a unit that cannot be a year is an amount.
  const isYearShaped = /^(?:19|20)\d{2}$/u.test(numberText)
  const isDayShaped = /^\d{1,2}$/u.test(numberText)
  // "hằng năm 1.350": a number grouped in thousands or with decimals is never a year.
  const isPlainDigits = /^\d+$/u.test(numberText)
  if (reason === 'year' && (isYearShaped || (!hasUnit && isPlainDigits))) return reason
  if (reason === 'date' && (isDayShaped || !hasUnit)) return reason
  if (reason && reason !== 'year' && reason !== 'date') return reason
  // "12 bác sĩ trên 10.000 dân": an amount right after another, introduced by "trên", is its denominator.
  if (
    reading.comparatorWords === 'trên' &&
    isRightAfterAmount &&
    before.trim().toLocaleLowerCase('vi') === 'trên'
  ) {
    return 'per-unit denominator ("trên 10.000 dân")'
  }
  if (isBareYear(numberText, hasUnit) && reading.max === undefined && reading.kind === 'amount') return 'year'
  const unitWord = reading.unitText.toLocaleLowerCase('vi')
  const isOne = reading.kind === 'amount' && reading.max === undefined && toNumber(reading.value) === 1
  // "đạt trên 1%/GRDP": a share is never a denominator.
  const isShare = unitWord.startsWith('%')
  if (
    hasUnit &&
    isOne &&
    !isShare &&
    (reading.comparatorWords === 'trên' || /(?:mỗi|bình quân)\s+$/iu.test(before))
  ) {
    return 'per-unit denominator ("trên 1 ha")'
  }
  // ("Trẻ em trong độ tuổi từ 05 đến 11 được tiêm …": the ages, with no word after them; "trẻ mẫu giáo 5 tuổi".)
  // (Not a life expectancy: "tuổi thọ trung bình trên 76 tuổi" is a figure.)
  if (
    (unitWord === 'tuổi' &&
      !/tuổi thọ(?:\s+[\p{L}]+){0,6}\s*$/iu.test(`${before} ${reading.comparatorWords ?? ''}`.trimEnd()) &&
      (reading.comparatorWords !== undefined || /(?:trẻ|em|người|độ|nhóm|mẫu giáo)\s+$/iu.test(before))) ||
    (unitWord === '' && /độ tuổi(?:\s+từ)?\s+$/iu.test(before))
  ) {
    return 'age in a label ("trẻ dưới 5 tuổi")'
  }
  // "tỷ lệ trẻ em dưới 1 tuổi được tiêm đủ 8 loại vắc xin": the vaccines a child is to have, part of the rate's name.
  if (
    /(?<![\p{L}])đủ\s+$/iu.test(before) &&
    /^\s*loại\s+(?:vắc[- ]?xin|vacxin|vaccine)/iu.test(text.slice(index + numberText.length))
  )
    return 'a count in a label ("tiêm đủ 8 loại vắc xin")'
  // "Nhà máy nhiệt điện Vân Phong 1", "Quốc lộ 14": a bare number after a name is part of it.
  if (
    !hasUnit &&
    /\p{Lu}[\p{Ll}\p{M}]*\s+$/u.test(before) &&
    !/(?:^|[.!?:]\s*)\p{Lu}[\p{Ll}\p{M}]*\s+$/u.test(before)
  )
    return 'part of a name'
  // A number alone on its line: a page's footnote or counter; a small one ending a clause is the next item's
  // number ("Về kinh tế (11 chỉ tiêu) 1. Tốc độ …").
  if (text.trim() === numberText) return 'a number alone'
  // "0 Thu nhập bình quân đầu người trên 70 triệu đồng": an infographic's counter, still at nought, before its label.
  if (numberText === '0' && text.slice(0, index).trim() === '' && /^0\s+\p{Lu}/u.test(text.slice(index)))
    return 'a number alone'
  // ("… đảng viên dự bị là 44." is a count its words gave before "là".)
  if (
    !hasUnit &&
    /^\d{1,2}$/u.test(numberText) &&
    text.slice(index + numberText.length).trim() === '' &&
    !/(?<![\p{L}])là\s*$/iu.test(before)
  )
    return 'a list item’s number'
  // "Trong thời gian 1,5, kỳ họp sẽ …": how long a meeting lasts, its unit left out.
  if (!hasUnit && /(?<![\p{L}])thời gian\s*$/iu.test(before))
    return 'length of a period ("6 tháng đầu năm", "5 năm")'
  // "Trong 02 ngày 19 và 11/2020": a day after "ngày", with no unit of its own, is a day of the month.
  if (
    !hasUnit &&
    /^\d{1,2}$/u.test(numberText) &&
    /(?<![\p{L}])ngày\s*$/iu.test(text.slice(Math.max(0, index - 12), index))
  )
    return 'date'
  // ("Tổng ngày khách lưu trú 3.198.000 ngày", "Bình quân ngày khách lưu trú: 2,06 ngày": guests' nights, counted.)
  if (
    ['tháng', 'năm', 'quý', 'quí', 'ngày'].includes(unitWord) &&
    !(unitWord === 'ngày' && guestNightsBefore.test(before))
  )
    return 'length of a period ("6 tháng đầu năm", "5 năm")'
  // "Cụm Công nghiệp và Dịch vụ 24/4": a part larger than its whole, with no unit, is a day and month (not "Sản lượng
  // lương thực có hạt được 1558,77/1450 đạt 107,5%": a result over its plan, each past any day or month).
  if (
    reading.kind === 'fraction' &&
    !hasUnit &&
    reading.total &&
    toNumber(reading.value) > toNumber(reading.total) &&
    toNumber(reading.value) <= 31 &&
    toNumber(reading.total) <= 12
  )
    return 'a date or a name ("Dịch vụ 24/4")'

  return null
}
