import { escapeRegExp, hasLetter, letter } from '../../lib/reg-exp.ts'
import { normalizeText } from '../clean-text.ts'
import { type Comparator, comparatorWordsAfter, comparatorWordsBefore } from '../comparators.ts'
import { type Unit, unitInfo, unitsWrittenAs } from '../units.ts'
import {
  estimateWords,
  fallWord,
  fallWords,
  multipleWord,
  negativeWord,
  planAboveWord,
  planBelowWord,
  planExcessWord,
  planRiseWord,
} from './amount-words.ts'
import { add, compare, type Decimal, decimalFromDigits, shift, toNumber } from './decimal.ts'
import { numberStarts, type Quantity, readNumberAt, readQuantity } from './read-quantity.ts'
import { lower, readUnitWords } from './read-unit-words.ts'

/** An amount as a report states it, read by Vietnamese rules. Values are in the unit words written, scale applied. */
export type AmountReading = {
  kind: 'amount' | 'fraction'
  /** Offsets of `valueText` in the text read: comparator and estimate words included. */
  start: number
  end: number
  valueText: string
  /** "312 tỷ 560 triệu đồng" → 312560000000 (đồng); "vượt 18,5% dự toán" → 118,5 (% dự toán). */
  value: Decimal
  max?: Decimal
  /** For "8/13 chỉ tiêu": the 13; for a pair in one scale and unit ("99,2/151,7 tỷ đồng"), the second value. */
  total?: Decimal
  comparator: Comparator
  /** The comparator as worded ("trên", "từ … trở lên", "không quá"). */
  comparatorWords?: string
  /** "ước đạt 4,2 nghìn tỷ đồng": an estimate, with the word used. */
  estimateWord?: string
  /** "vượt 18,5% dự toán": the excess as written (18,5); `value` holds the share of plan it means (118,5). */
  planExcess?: Decimal
  /**
   * The unit as written after any scale words ("đồng", "%", "% dự toán", "người/km2"), or '' when none; a short "đ"
   * is given as the word it shortens ("tr.đ/người" → "đồng/người").
   */
  unitText: string
  /** The scale words as written ("nghìn tỷ", "tỷ triệu"; a short "tr" as "triệu"), and the exponent of the largest. */
  scaleWords: string[]
  topExponent: number
  /** The units these words may be (`bareWords` included): "đồng" → vnd, million-vnd, billion-vnd, … */
  units: Unit[]
}

type WordBefore = { word: string; start: number }

/**
 * A matcher for a word (from `words`, longest first) that ends right before a position, as a whole word, or a sign
 * ("≥", with or without a space: "≥95%").
 */
function wordsBefore(words: readonly string[]): (text: string, pos: number) => WordBefore | null {
  const longestFirst = [...words].sort((a, b) => b.length - a.length)
  const alternatives = longestFirst.filter((word) => hasLetter.test(word)).join('|')
  const signs = longestFirst.filter((word) => !hasLetter.test(word)).map(escapeRegExp)
  const signAlternative = signs.length > 0 ? `|(${signs.join('|')})[ \\u00a0]*` : ''
  // ("giảm2,6%", "đạt99,4%": a page that lost its spaces glues the word to the number.)
  const pattern = new RegExp(`(?:(?<![${letter}])(${alternatives})[ \\u00a0]*${signAlternative})$`, 'iu')
  return (text, pos) => {
    const match = pattern.exec(text.slice(Math.max(0, pos - 40), pos))
    const word = match?.[1] ?? match?.[2]
    return match && word ? { word, start: pos - match[0].length } : null
  }
}

/** "cao hơn 5%", "nhiều hơn 3 lần": "hơn" compares, it is not the amount's comparator. */
const comparativeHơn = new RegExp(
  String.raw`(?<![${letter}])(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|nhanh|chậm)[ \u00a0]+hơn[ \u00a0]+$`,
  'iu',
)

/**
 * "đại diện cho 423 đảng viên đến từ 14 chi bộ", "450 tấn cá tạp quy đổi từ 7.250 tấn sứa": where they come from or
 * what they were made from, not a range's start.
 */
const cameFrom = new RegExp(
  String.raw`(?<![${letter}])(?:đến|quy đổi|chuyển đổi|chế biến)[ \u00a0]+từ[ \u00a0]*$`,
  'iu',
)

const qualifierBefore = wordsBefore([
  ...comparatorWordsBefore.map(([word]) => word),
  'từ',
  multipleWord,
  planRiseWord,
  planAboveWord,
  planBelowWord,
])
const estimateBefore = wordsBefore(estimateWords)
const excessBefore = wordsBefore([planExcessWord, planRiseWord])
const negativeBefore = wordsBefore([negativeWord, ...fallWords])
const isFallWord = (word: string) => lower(word).startsWith(fallWord)

type Sign = { isNegative: boolean; start: number; isFall?: boolean }

function signAt(text: string, pos: number): Sign {
  // ("74,1%-23,8%-2,1%": a dash right after a percent sets the shares of a structure apart; it is no minus.)
  if (/[-−]/u.test(text[pos - 1] ?? '') && !/[\d\p{L}%]/u.test(text[pos - 2] ?? ''))
    return { isNegative: true, start: pos - 1 }
  // "(+1.423 tấn)": a rise written with its sign.
  if (text[pos - 1] === '+' && !/[\d\p{L}]/u.test(text[pos - 2] ?? ''))
    return { isNegative: false, start: pos - 1 }
  const negative = negativeBefore(text, pos)
  if (!negative) return { isNegative: false, start: pos }
  return {
    isNegative: true,
    start: negative.start,
    ...(isFallWord(negative.word) ? { isFall: true } : {}),
  }
}

const negate = (value: Decimal): Decimal => ({ ...value, coefficient: -value.coefficient })

/** "so với cùng kỳ", "so kế hoạch" just after an amount: what it is measured against. */
const comparedAfter = new RegExp(String.raw`^[ \u00a0]*(?:so với|so)[ \u00a0]+[${letter}\d]`, 'iu')

/**
 * The amount whose number starts at `numberStart`: the comparator or estimate words just before it (not before
 * `from`), the number with its scale words, a range ("6,5 - 7%", "từ 5 đến 7%"), a fraction ("7/10 xã"), the unit
 * words and "trở lên" / "trở xuống" after it. Null when no number starts there.
 */
export function readAmountAt(text: string, numberStart: number, from = 0): AmountReading | null {
  const first = readQuantity(text, numberStart)
  if (!first) return null
  const written = signAt(text, numberStart)
  const head = text.slice(from, written.start)
  const found = qualifierBefore(head, head.length)
  const qualifier =
    found &&
    ((lower(found.word) === 'hơn' && comparativeHơn.test(head)) ||
      (lower(found.word) === 'từ' && cameFrom.test(head)))
      ? null
      : found
  const qualifierWord = qualifier ? lower(qualifier.word) : undefined
  const qualifierStart = qualifier ? from + qualifier.start : written.start
  // "vượt gần 47% kế hoạch": the excess over a plan is said before the comparator.
  const excessFirst = qualifier ? excessBefore(text.slice(from, qualifierStart), qualifierStart - from) : null
  // "giảm hơn 5%": the fall is said before the comparator.
  const fallFirst = qualifier && !written.isNegative ? negativeBefore(text, qualifierStart) : null
  const fallBefore = fallFirst && isFallWord(fallFirst.word) ? fallFirst : null
  const wordsStart = fallBefore ? fallBefore.start : qualifierStart
  const estimate = estimateBefore(text.slice(from, wordsStart), wordsStart - from)
  // A fall over a range or a fraction ("giảm 1 - 2%") is not one negative amount: the words stay out of it.
  const signFor = (isSingle: boolean): Sign =>
    written.isFall && !isSingle
      ? { isNegative: false, start: numberStart }
      : fallBefore && isSingle && !written.isNegative
        ? { isNegative: true, start: written.start, isFall: true }
        : written
  const valueFor = (sign: Sign) => (sign.isNegative ? negate(first.value) : first.value)

  // ("19.557/ 19.340 tấn": a page may space the slash of a fraction too.)
  const fractionSlash = /^\/ ?(?=\d)/u.exec(text.slice(first.end))?.[0]
  const fraction = fractionSlash ? readNumberAt(text, first.end + fractionSlash.length) : null
  // "(83,5/64 triệu đồng)", "(24.013/9.278 tỷ đồng)": two values in one scale and unit, this place's and another's
  // (or this year's and an earlier one's), not a part of a whole: the first is the amount.
  // "8.795/ 8.995 tỷ đồng": a page may space the slash of a pair.
  const pairSlash = /^ ?\/ ?(?=\d)/u.exec(text.slice(first.end))?.[0]
  const pairScale =
    pairSlash && first.scaleWords.length === 0 ? readQuantity(text, first.end + pairSlash.length) : null
  if (pairScale && pairScale.topExponent > 0) {
    const unit = readUnitWords(text, pairScale.end)
    const end = unit?.end ?? pairScale.end
    const unitText = unit?.unitText ?? ''
    const sign = signFor(true)
    // "được gần 99,2/151,7 tỷ đồng": an approximation before the pair is the first value's.
    const said = comparatorWordsBefore.find(([word]) => word === qualifierWord)?.[1]
    const start = said === 'about' && qualifier ? Math.min(sign.start, qualifierStart) : sign.start
    return {
      kind: 'amount',
      start,
      end,
      valueText: text.slice(start, end),
      value: shift(valueFor(sign), pairScale.topExponent),
      total: pairScale.value,
      comparator: said === 'about' ? said : 'exact',
      unitText,
      scaleWords: pairScale.scaleWords,
      topExponent: pairScale.topExponent,
      units: unitsWrittenAs(unitText || 'đồng', { withBareWords: true }),
    }
  }
  if (fraction && first.scaleWords.length === 0) {
    const sign = signFor(false)
    const unit = readUnitWords(text, fraction.end)
    const end = unit?.end ?? fraction.end
    // "khoảng 2.459/2.532 ha": an approximation before a fraction is its own; "đạt và vượt 11/14 chỉ tiêu" is a
    // verb, not a bound.
    const bound = comparatorWordsBefore.find(([word]) => word === qualifierWord)?.[1]
    const said = bound === 'about' ? bound : undefined
    const start = said && qualifier ? Math.min(sign.start, qualifierStart) : sign.start
    return {
      kind: 'fraction',
      start,
      end,
      valueText: text.slice(start, end),
      value: valueFor(sign),
      total: fraction.value,
      comparator: said ?? 'exact',
      unitText: unit?.unitText ?? '',
      scaleWords: [],
      topExponent: 0,
      units: unit ? unitsWrittenAs(unit.unitText, { withBareWords: true }) : [],
    }
  }

  // "40,97% - 16,18% - 39,77%": a number after a dash-joined one is a list item, not a range's start.
  const isInList = /\d\s*%?[ \u00a0]*[-–—][ \u00a0]*$/u.test(
    text.slice(Math.max(0, numberStart - 16), numberStart),
  )
  const second = isInList ? null : readRangeEnd(text, first, qualifierWord === 'từ')
  const last = second?.quantity ?? first
  // "tăng … lên gần 367 tỷ năm 2015": money whose "đồng" is left out, then the year it was reached, not a length of years.
  // ("đạt 139% % kế hoạch": a percent sign typed twice is one, before the words it goes with.)
  const unitTyped = readUnitWords(text, last.end)
  const unitWritten =
    unitTyped?.unitText === '%' && /^[ \u00a0]+%/u.test(text.slice(unitTyped.end))
      ? (readUnitWords(text, unitTyped.end) ?? unitTyped)
      : unitTyped
  const isYearAfterMoney =
    unitWritten !== null &&
    last.scaleWords.some((word) => /^(?:tỷ|triệu)$/iu.test(word)) &&
    /^(?:năm|tháng)$/iu.test(unitWritten.unitText) &&
    /^[ \u00a0]+(?:19|20)\d{2}(?!\d)/u.test(text.slice(unitWritten.end))
  const unit = isYearAfterMoney ? null : unitWritten
  let end = unit?.end ?? last.end
  // "96,5% trở lên", and "1,750 tỷ USD (trở lên)" with the words in brackets.
  const afterWords = (word: string) =>
    new RegExp(
      `^(?:[ \\u00a0]+${word}|[ \\u00a0]*\\([ \\u00a0]*${word}[ \\u00a0]*\\))(?![${letter}])`,
      'iu',
    ).exec(text.slice(end))
  const after = comparatorWordsAfter.find(([word]) => afterWords(word) !== null)
  if (after) end += afterWords(after[0])?.[0].length ?? 0
  const unitText = unit?.unitText ?? ''
  // "trồng được 695ha/700ha": two values each with the same unit, the first the amount (the second, a plan or a
  // whole, is for the draft to place).
  const paired =
    second === null && after === undefined && (unitText || first.scaleWords.length > 0)
      ? pairedAfter(text, end, unitText, first.scaleWords)
      : null
  if (paired) end = paired.end
  // "9.150 tỷ", "95 triệu": a scale with no unit is money in đồng, the word reports leave out; "tăng gấp 7,2": a
  // multiple with no "lần" is one still.
  const scales = [...first.scaleWords, ...(second?.quantity.scaleWords ?? [])]
  const units = unitText
    ? unitsWrittenAs(unitText, { withBareWords: true })
    : scales.length > 0
      ? unitsWrittenAs('đồng', { withBareWords: true })
      : qualifierWord === multipleWord
        ? unitsWrittenAs('lần', { withBareWords: true })
        : []

  const beforeComparator = comparatorWordsBefore.find(([word]) => word === qualifierWord)?.[1]
  // "giảm 2% trở xuống" sets a bound on a fall, which stays a positive amount; "giảm 0,07%" is −0,07, and
  // "giảm hơn 27%" is −27 with its comparator as written: a fall of more than 27%.
  const fallComparators: readonly (string | undefined)[] = [undefined, 'about', 'moreThan', 'over']
  // "giảm từ 2,5% xuống còn 2%", "giảm từ 24%, xuống còn khoảng 19%", "giảm từ 52,9% (trong đó: …) xuống còn 36,91%",
  // "giảm từ 36,7% còn 31,5%": where a move started is a level, not the fall.
  const isMoveStart =
    qualifierWord === 'từ' &&
    new RegExp(
      String.raw`^(?:[ \u00a0]*\([^()]*\))?(?:[ \u00a0]*,)?[^;,.:]*?(?<![${letter}])(?<!trở[ \u00a0])(?:lên|xuống|đến|tới|còn(?![ \u00a0]+lại))(?![${letter}])`,
      'iu',
    ).test(text.slice(end))
  const isOneFall =
    second === null && after === undefined && !isMoveStart && fallComparators.includes(beforeComparator)
  const sign = signFor(isOneFall)
  const value = valueFor(sign)
  const isShareOfPlan = units.some((code) => unitInfo(code).kind === 'share-of-plan')
  // "tăng" belongs to the amount only as a rise over a plan ("tăng 0,8% so kế hoạch"); "tăng 12%" is a plain 12%;
  // so do "cao hơn" and "thấp hơn" ("cao hơn 5%" compares, as "hơn" alone would not).
  const isPlainRise =
    (qualifierWord === planRiseWord || qualifierWord === planAboveWord || qualifierWord === planBelowWord) &&
    !(isShareOfPlan && !second)
  const estimateAt = isPlainRise
    ? estimateBefore(text.slice(from, written.start), written.start - from)
    : estimate
  // "đạt từ 20.000 tấn/năm": a lone "từ" is a floor, unless it starts a move ("từ 120 tỷ đồng lên 200 tỷ
  // đồng") or follows the verb of a change ("tăng từ 5%"), where it stays out of the amount's words; a bracket closing
  // right after it ends the change ("(kế hoạch năm 2022 tăng từ 13%)"): a floor.
  const isFloor =
    qualifierWord === 'từ' &&
    second === null &&
    after === undefined &&
    !(
      new RegExp(String.raw`(?<![${letter}])(?:tăng|giảm)[ \u00a0]+$`, 'iu').test(
        text.slice(Math.max(from, qualifierStart - 12), qualifierStart),
      ) && !/^[ \u00a0]*\)/u.test(text.slice(end))
    ) &&
    // ("từ 80 đảng viên mới trở lên" is a floor: "trở lên" moves nothing)
    !new RegExp(
      String.raw`^[^;,.:]*?(?<![${letter}])(?<!trở[ \u00a0])(?:lên|xuống|đến|tới|sang|còn(?![ \u00a0]+lại))(?![${letter}])`,
      'iu',
    ).test(text.slice(end))
  const keepsQualifier =
    qualifierWord !== undefined &&
    !isPlainRise &&
    (qualifierWord !== 'từ' || second !== null || after !== undefined || isFloor)
  const isExcessFirst = excessFirst !== null && isShareOfPlan && !second
  const qualifiedStart = isExcessFirst
    ? from + (excessFirst?.start ?? 0)
    : sign.isFall && fallBefore
      ? fallBefore.start
      : qualifierStart
  const estimateOfAll = isExcessFirst
    ? estimateBefore(text.slice(from, qualifiedStart), qualifiedStart - from)
    : estimateAt
  const start = estimateOfAll ? from + estimateOfAll.start : keepsQualifier ? qualifiedStart : sign.start
  // "vượt 17,7 triệu đồng so với mục tiêu", "vượt 6,6% so với cùng kỳ": an amount by which a result beat its plan or
  // another time is that amount exactly.
  const isExcessAmount =
    qualifierWord === planExcessWord && !isShareOfPlan && !second && comparedAfter.test(text.slice(end))
  let comparator: Comparator = second
    ? 'range'
    : isExcessAmount
      ? 'exact'
      : (after?.[1] ?? beforeComparator ?? (isFloor ? 'atLeast' : 'exact'))
  let reading: Pick<AmountReading, 'value' | 'planExcess'> = { value }
  const isAbovePlan = [planExcessWord, planRiseWord, planAboveWord].includes(qualifierWord ?? '')
  // "thu ngân sách 348 tỉ đồng đạt và vượt 123,7% kế hoạch": the share of the plan reached and passed, not its excess.
  const isShareSaidAsExcess = new RegExp(String.raw`(?<![${letter}])đạt\s+và\s+$`, 'iu').test(
    text.slice(from, qualifierStart),
  )
  if (isAbovePlan && isShareOfPlan && !second) {
    if (!isShareSaidAsExcess) reading = { value: add(decimalFromDigits('100'), value), planExcess: value }
    comparator = 'exact'
  } else if ((qualifierWord === planBelowWord || (sign.isFall && isOneFall)) && isShareOfPlan && !second) {
    // "thấp hơn 2,4% so với kế hoạch", "giảm 2% so kế hoạch": under the plan, 97,6% or 98% of it.
    const shortfall = sign.isNegative ? value : negate(value)
    reading = { value: add(decimalFromDigits('100'), shortfall), planExcess: shortfall }
    if (qualifierWord === planBelowWord) comparator = 'exact'
  } else if (isExcessFirst) {
    reading = { value: add(decimalFromDigits('100'), value), planExcess: value }
  } else if (qualifierWord === planBelowWord && !second && comparedAfter.test(text.slice(end))) {
    // "thấp hơn 1,89% so với năm 2021", "thấp hơn 5% so với cùng kỳ": that much below another time, a fall.
    reading = { value: negate(value) }
  }
  // "5-7 nghìn tỷ đồng": the scale written once belongs to both ends.
  const lowValue =
    second && first.scaleWords.length === 0 && second.quantity.topExponent > 0
      ? shift(reading.value, second.quantity.topExponent)
      : reading.value
  return {
    kind: 'amount',
    start,
    end,
    valueText: text.slice(start, end),
    ...reading,
    value: lowValue,
    ...(second ? { max: second.quantity.value } : {}),
    ...(paired ? { total: paired.value } : {}),
    comparator,
    ...(comparator === 'exact' || comparator === 'range'
      ? {}
      : {
          comparatorWords:
            qualifierWord === 'từ' && after ? `từ … ${after[0]}` : (after?.[0] ?? qualifier?.word ?? ''),
        }),
    ...(estimateOfAll ? { estimateWord: estimateOfAll.word } : {}),
    unitText,
    scaleWords: [...first.scaleWords, ...(second?.quantity.scaleWords ?? [])],
    topExponent: Math.max(first.topExponent, second?.quantity.topExponent ?? 0),
    units,
  }
}

/** A number that reads as a year ("2021", "2025"). */
const isYear = (value: Decimal) => {
  const number = toNumber(value)
  return Number.isInteger(number) && number >= 1900 && number <= 2100
}

/**
 * The high end of a range after `first`: "1-2", "6,5 - 7%", "6,5% - 7%", "từ 5 đến 7%", "từ 5% đến 7%", "7,5 đến
 * 8%/năm", and with the unit written at both ends, "32,77% đến 32,79%", "từ 97% đến 102% kế hoạch".
 */
function readRangeEnd(text: string, first: Quantity, afterTừ: boolean): { quantity: Quantity } | null {
  const firstUnit = readUnitWords(text, first.end)
  for (const pos of firstUnit ? [first.end, firstUnit.end] : [first.end]) {
    const joiner = /^[ \u00a0]*(?:[-–—]|đến|tới)[ \u00a0]*/u.exec(text.slice(pos))
    if (!joiner) continue
    const quantity = readQuantity(text, pos + joiner[0].length)
    if (!quantity) continue
    // A bare number "đến" a number with its unit ("7,5 đến 8%/năm") is a range without "từ"; "85% đến 2025" and
    // "2021 đến 2025" are not.
    // "xây dựng được 2 đến 3 xóm đạt chuẩn": whole counts joined, then the things counted.
    const isCountsJoined =
      /^[ \u00a0]+\p{Ll}/u.test(text.slice(quantity.end)) &&
      !/^[ \u00a0]+(?:năm|tháng|ngày|giờ|tuần|quý|tuổi|lần)(?!\p{L})/u.test(text.slice(quantity.end)) &&
      [first.value, quantity.value].every(
        (value) => Number.isInteger(toNumber(value)) && toNumber(value) < 1000,
      )
    const isBareWordJoined =
      !afterTừ &&
      pos === first.end &&
      /[\p{L}]/u.test(joiner[0]) &&
      (readUnitWords(text, quantity.end) !== null || isCountsJoined) &&
      !(isYear(first.value) && isYear(quantity.value))
    if (/[\p{L}]/u.test(joiner[0]) && !afterTừ && pos === first.end && !isBareWordJoined) continue
    if (pos !== first.end) {
      const secondUnit = readUnitWords(text, quantity.end)
      // "4%-9%/năm": the time a rate is per may be written once, after the second; so may the plan both ends are of
      // ("từ 97% đến 102% kế hoạch").
      const [firstWords, secondWords] = [lower(firstUnit?.unitText ?? ''), lower(secondUnit?.unitText ?? '')]
      const isSameUnitGoneOn =
        secondWords.startsWith(`${firstWords}/`) || (firstWords === '%' && secondWords.startsWith('% '))
      if (!secondUnit || (secondWords !== firstWords && !isSameUnitGoneOn)) continue
    }
    // "40,97% - 16,18% - 42,85%" lists shares one by one: a range never falls, nor runs on to a third number.
    const afterSecond = readUnitWords(text, quantity.end)?.end ?? quantity.end
    if (/^[ \u00a0]*[-–—][ \u00a0]*\d/u.test(text.slice(afterSecond))) return null
    const low =
      first.scaleWords.length === 0 && quantity.topExponent > 0
        ? shift(first.value, quantity.topExponent)
        : first.value
    if (compare(quantity.value, low) < 0) return null
    return { quantity }
  }
  return null
}

/** Every amount in a text, in order. */
export function readAmounts(text: string): AmountReading[] {
  const readings: AmountReading[] = []
  let consumedTo = 0
  for (const { index } of text.matchAll(numberStarts)) {
    if (index < consumedTo) continue
    const reading = readAmountAt(text, index, consumedTo)
    if (!reading) continue
    readings.push(reading)
    consumedTo = reading.end
  }
  return readings
}

/**
 * "/700ha" after "695ha": a second value written with the same unit words; "/4,8 tỷ" after "4,896 tỷ": with the same
 * scale words, money in đồng left unsaid as the first's is.
 */
function pairedAfter(
  text: string,
  end: number,
  unitText: string,
  scaleWords: readonly string[],
): { value: Decimal; end: number } | null {
  const slash = /^[ \u00a0]*\/[ \u00a0]*/u.exec(text.slice(end))?.[0].length
  if (slash === undefined) return null
  const quantity = readQuantity(text, end + slash)
  if (!quantity) return null
  const unit = readUnitWords(text, quantity.end)
  // ("376,7 tỷ/609,1 tỷ đồng": the currency the first left out, said once after the second.)
  if (unitText === '') {
    const isSameScale = lower(quantity.scaleWords.join(' ')) === lower(scaleWords.join(' '))
    if (!isSameScale || (unit && lower(unit.unitText) !== 'đồng')) return null
    return { value: quantity.value, end: unit?.end ?? quantity.end }
  }
  if (!unit || lower(unit.unitText) !== lower(unitText)) return null
  return { value: quantity.value, end: unit.end }
}

/**
 * The phrase that states one amount ("từ 1.850 lao động trở lên", "312 tỷ 560 triệu đồng"), read whole after
 * NFC and with every Unicode space as a space. `rest` holds the words the reader could not place, so a
 * verifier can say so.
 */
export function readAmount(phrase: string): Readonly<{ reading: AmountReading | null; rest: string }> {
  const known = readings.get(phrase)
  if (known) return known
  const text = normalizeText(phrase).trim()
  const reading = readAmounts(text)[0]
  // Shared by every later look: frozen, so that no caller can change what the next one reads.
  if (reading)
    for (const part of [
      reading.value,
      reading.max,
      reading.total,
      reading.planExcess,
      reading,
      reading.units,
    ])
      if (part) Object.freeze(part)
  const read = Object.freeze(
    reading
      ? { reading, rest: `${text.slice(0, reading.start)} ${text.slice(reading.end)}`.trim() }
      : { reading: null, rest: text },
  )
  // The same words read the same way: a report's checks read each figure's words again at every change.
  if (readings.size >= 20_000) readings.clear()
  readings.set(phrase, read)
  return read
}
const readings = new Map<string, Readonly<{ reading: AmountReading | null; rest: string }>>()
