import type { Comparator } from '../../dataset/schema.ts'
import { findNonFigureSpans, isBareYear, reasonBeforeNumber } from './non-figures.ts'
import { readUnitWords, type UnitWords } from './unit-words.ts'
import { readNumberAt, scaledValue, type WrittenNumber } from './written-number.ts'

/** An amount stated in a text: where its words are, what they say. */
export type FoundAmount = {
  kind: 'amount' | 'multiple' | 'fraction'
  /** Offsets of `valueText` in the text searched. */
  start: number
  end: number
  valueText: string
  value: number
  max?: number
  /** For "8/13 chỉ tiêu": the 13. */
  total?: number
  comparator: Comparator
  unitText: string
  scale?: UnitWords['scale']
  /** A word the schema has no comparator for: "khoảng", "gần", "xấp xỉ", "tối đa". */
  approximation?: string
  /** "từ 5 đến 7%": a range the verifier does not read yet (it reads "5-7%"). */
  isFromToRange?: boolean
  /** "… trở xuống": at most, which the schema cannot say. */
  isAtMost?: boolean
}

export type IgnoredNumber = { text: string; index: number; reason: string }

/** Where a number may start: not glued to a letter ("km2", "COVID-19") nor inside another number. */
const numberStart = /(?<![\p{L}\p{M}\d.,/])(?<!\p{L}-)(?=\d)/gu
const qualifierBefore =
  /(?<![\p{L}\p{M}])(hơn|trên|dưới|không quá|chưa đến|khoảng|gần|xấp xỉ|ít nhất|tối thiểu|tối đa|từ|gấp)\s+$/iu
const comparativeHơn = /(?<![\p{L}\p{M}])(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|nhanh|chậm)\s+hơn\s+$/iu
const comparators: Readonly<Record<string, Comparator>> = {
  hơn: 'moreThan',
  trên: 'over',
  dưới: 'under',
  'không quá': 'under',
  'chưa đến': 'under',
  'ít nhất': 'atLeast',
  'tối thiểu': 'atLeast',
}

function readAfter(text: string, pos: number, pattern: RegExp): number | null {
  const match = pattern.exec(text.slice(pos))
  return match ? pos + match[0].length : null
}

/**
 * Every amount in a clause, read the way reports write them: qualifier, number, range, scale word, unit,
 * "trở lên". Numbers that are dates, times, years, ordinals, map scales, ages in a label or per-unit
 * denominators ("trên 1 ha") are returned as ignored, with the reason.
 */
export function findAmounts(text: string): { amounts: FoundAmount[]; ignored: IgnoredNumber[] } {
  const amounts: FoundAmount[] = []
  const ignored: IgnoredNumber[] = []
  const nonFigures = findNonFigureSpans(text)
  const ignoredSpans = new Set<number>()
  let consumedTo = 0
  for (const { index } of text.matchAll(numberStart)) {
    if (index < consumedTo) continue
    const first = readNumberAt(text, index)
    if (!first) continue
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
    const before = text.slice(consumedTo, index)
    const found = readAmountAt(text, index, first, before)
    if ('reason' in found) {
      ignored.push({ text: text.slice(index, found.end), index, reason: found.reason })
    } else {
      amounts.push(found)
    }
    consumedTo = found.end
  }
  return { amounts, ignored }
}

function readAmountAt(
  text: string,
  index: number,
  first: WrittenNumber,
  before: string,
): FoundAmount | { reason: string; end: number } {
  const qualifierMatch = comparativeHơn.test(before) ? null : qualifierBefore.exec(before)
  const qualifier = qualifierMatch?.[1]?.toLocaleLowerCase('vi')
  const qualifierStart = qualifierMatch ? index - qualifierMatch[0].length : index

  const fractionEnd = readAfter(text, first.end, /^\//u)
  const denominator = fractionEnd === null ? null : readNumberAt(text, fractionEnd)
  if (denominator) {
    const unit = readUnitWords(text, denominator.end)
    return {
      kind: 'fraction',
      start: index,
      end: denominator.end,
      valueText: text.slice(index, denominator.end),
      value: scaledValue(first),
      total: scaledValue(denominator),
      comparator: 'exact',
      unitText: unit?.unitText ?? '',
    }
  }

  let second: WrittenNumber | null = null
  let isFromToRange = false
  const dashEnd = readAfter(text, first.end, /^\s*[-–—]\s*/u)
  if (dashEnd !== null) second = readNumberAt(text, dashEnd)
  if (!second && qualifier === 'từ') {
    const firstUnit = readUnitWords(text, first.end)
    const toEnd = readAfter(text, firstUnit?.end ?? first.end, /^\s+(?:đến|tới)\s+/u)
    second = toEnd === null ? null : readNumberAt(text, toEnd)
    isFromToRange = second !== null
  }
  const unit = readUnitWords(text, (second ?? first).end)
  const hasUnit = unit !== null
  let end = unit?.end ?? (second ?? first).end

  const reason =
    reasonBeforeNumber(before, hasUnit) ?? (isBareYear(first.text, hasUnit) && !second ? 'year' : null)
  if (reason) return { reason, end }
  const unitWord = unit?.unitText.toLocaleLowerCase('vi')
  const value = scaledValue(first, unit?.scale?.exponent)
  if (hasUnit && value === 1 && !second && (qualifier === 'trên' || /(?:mỗi|bình quân)\s+$/iu.test(before))) {
    return { reason: 'per-unit denominator ("trên 1 ha")', end }
  }
  if (unitWord === 'tuổi' && (qualifier !== undefined || /(?:trẻ|em|người|độ|nhóm)\s+$/iu.test(before))) {
    return { reason: 'age in a label ("trẻ dưới 5 tuổi")', end }
  }
  if (
    unitWord &&
    ['tháng', 'năm', 'quý'].includes(unitWord) &&
    /^\s+(?:đầu|cuối|qua|tới|gần đây|liên tiếp)/iu.test(text.slice(end))
  ) {
    return { reason: 'length of a period ("6 tháng đầu năm")', end }
  }

  const atLeastEnd = readAfter(text, end, /^\s+trở lên/u)
  const isAtMost = /^\s+trở xuống/u.test(text.slice(end))
  if (atLeastEnd !== null) end = atLeastEnd
  const keepsQualifier =
    qualifier !== undefined && (qualifier !== 'từ' || isFromToRange || atLeastEnd !== null)
  const start = keepsQualifier ? qualifierStart : index
  const comparator: Comparator = second
    ? 'range'
    : atLeastEnd !== null
      ? 'atLeast'
      : (comparators[qualifier ?? ''] ?? 'exact')
  const approximation =
    qualifier && ['khoảng', 'gần', 'xấp xỉ', 'tối đa'].includes(qualifier) ? qualifier : undefined
  return {
    kind: qualifier === 'gấp' ? 'multiple' : 'amount',
    start,
    end,
    valueText: text.slice(start, end),
    value,
    ...(second ? { max: scaledValue(second, unit?.scale?.exponent) } : {}),
    comparator,
    unitText: unit?.unitText ?? '',
    ...(unit?.scale ? { scale: unit.scale } : {}),
    ...(approximation ? { approximation } : {}),
    ...(isFromToRange ? { isFromToRange } : {}),
    ...(isAtMost ? { isAtMost } : {}),
  }
}
