import { letter } from '../lib/reg-exp.ts'
import { formatNumber } from '../lib/format.ts'
import { normalizeText } from './clean-text.ts'
import { formatAmount } from './format-amount.ts'
import type { Problem } from './problem.ts'
import { compare, decimalFromNumber, type Decimal, shift, toNumber } from './reading/decimal.ts'
import { type AmountReading, readAmount } from './reading/read-amount.ts'
import { readScorecards } from './reading/read-scorecard.ts'
import type { Figure, Scorecard } from './schema.ts'
import { statedAmount } from './stated-amount.ts'
import { unitInfo } from './units.ts'

/** The phrase as the amount reader reads it: NFC, any space a space. */
const text = (phrase: string) => normalizeText(phrase).trim()

const sameWords = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi').trim()

const same = (read: Decimal | undefined, stored: number | undefined, scale: number) =>
  read === undefined || stored === undefined
    ? read === stored
    : compare(read, shift(decimalFromNumber(stored), scale)) === 0

/**
 * A figure's `valueText` ("7/10 xã" is the figure 7), read by the amount reader, must say the stored value, range, comparator and unit,
 * compared in the unit's scale: 12800 billion-vnd is "12,8 nghìn tỷ đồng", 0,85 billion-vnd "850 triệu đồng".
 */
export function figureProblems(path: string, figure: Figure): Problem[] {
  const { reading, rest } = readAmount(statedAmount(figure))
  if (!reading) {
    return [
      {
        path: `${path}.valueText`,
        vi: 'valueText không nêu một số lượng',
        en: 'valueText states no amount',
        code: 'no-amount',
      },
    ]
  }
  const problems: Problem[] = []
  // "12 HTX", "4.320 suất": a noun no unit row knows, written right after the number, is the figure's own unit.
  const isOwnNoun =
    figure.unit === 'other' &&
    reading.unitText === '' &&
    rest !== '' &&
    sameWords(text(statedAmount(figure)).slice(reading.end).trim(), figure.otherUnit ?? '')
  if (rest && !isOwnNoun) {
    problems.push({
      path: `${path}.valueText`,
      vi: `valueText có chữ ngoài số lượng: "${rest}"`,
      en: `valueText has words that are not part of the amount: "${rest}"`,
      code: 'extra-words',
      params: { rest },
    })
  }
  // "… đạt 100,5%" where the report leaves out "kế hoạch": a person may read the share of plan the words imply.
  const isElidedShare = reading.unitText === '%' && unitInfo(figure.unit).kind === 'share-of-plan'
  // "20,26 tỷ kWh": a unit no row knows keeps a scale of a million or more in its words, and its value in that scale.
  const isScaledOther =
    figure.unit === 'other' &&
    reading.topExponent > 3 &&
    sameWords([...reading.scaleWords, reading.unitText].join(' '), figure.otherUnit ?? '')
  // "AQI < 100": an index the report writes with no unit, nor a scale word.
  const isBareIndex = figure.unit === 'index' && reading.unitText === '' && reading.scaleWords.length === 0
  const isUnitWritten =
    isOwnNoun ||
    isBareIndex ||
    isElidedShare ||
    isScaledOther ||
    (figure.unit === 'other'
      ? sameWords(reading.unitText, figure.otherUnit ?? '')
      : reading.units.includes(figure.unit))
  if (!isUnitWritten) {
    const stored =
      figure.unit === 'other'
        ? `"${figure.otherUnit ?? ''}"`
        : `"${unitInfo(figure.unit).vi}" (${figure.unit})`
    problems.push({
      path: `${path}.unit`,
      vi: `văn bản ghi đơn vị "${reading.unitText}", không phải ${stored}; nếu không có đơn vị nào khớp, chọn "khác" và ghi đúng chữ của văn bản`,
      en: `the text's unit is "${reading.unitText}", not ${stored}; if no unit fits, choose "other" and give the text's words`,
      code: 'unit-mismatch',
      params: {
        written: reading.unitText,
        stored: figure.unit === 'other' ? (figure.otherUnit ?? '') : unitInfo(figure.unit).vi,
      },
    })
  }
  const scale = isScaledOther ? reading.topExponent : unitInfo(figure.unit).scale
  // "…, vượt 9,41%" after "vượt 3,68% kế hoạch": the share the words say with the plan they leave out written back.
  const implied = isElidedShare ? impliedShare(figure) : null
  const said = implied ? { ...implied, valueText: reading.valueText } : reading
  if (isUnitWritten && !(same(said.value, figure.value, scale) && same(said.max, figure.max, scale))) {
    problems.push(valueProblem(path, figure, said, scale))
  }
  // "…, vượt 911ha so kế hoạch": an amount by which a result beat its plan is that amount exactly, as the words after
  // it in its sentence say (the same reader, reading on into the quote).
  const at = figure.quote.indexOf(figure.valueText)
  const inSentence = at < 0 || implied ? null : readAmount(figure.quote.slice(at)).reading
  const comparator =
    inSentence && inSentence.valueText === reading.valueText ? inSentence.comparator : said.comparator
  if (comparator !== figure.comparator) {
    problems.push({
      path: `${path}.comparator`,
      vi: `văn bản ghi "${comparator}" nhưng lưu "${figure.comparator}"`,
      en: `the text reads as "${comparator}" but "${figure.comparator}" is stored`,
      code: 'comparator-mismatch',
      params: { written: said.comparatorWords ?? '' },
    })
  }
  if (reading.estimateWord && !figure.isEstimate) {
    problems.push({
      path: `${path}.isEstimate`,
      vi: `văn bản ghi "${reading.estimateWord}": đánh dấu "isEstimate": true`,
      en: `the text says "${reading.estimateWord}" (an estimate): set "isEstimate": true`,
      code: 'estimate',
      params: { word: reading.estimateWord },
    })
  }
  return problems
}

/** "vượt 9,41%" read with its unit's plan word after it ("vượt 9,41% kế hoạch"): 109,41% of the plan. */
function impliedShare(figure: Figure): AmountReading | null {
  const planWords = unitInfo(figure.unit).vi.replace(/^%/u, '')
  // "vượt kế hoạch 68,44%": the plan named between "vượt" and the amount, 168,44% of it, as "vượt 68,44% kế hoạch" is.
  const at = figure.quote.indexOf(figure.valueText)
  const isExcess = at >= 0 && planNamedBeforeExcess.test(figure.quote.slice(0, at))
  const { reading, rest } = readAmount(`${isExcess ? 'vượt ' : ''}${text(statedAmount(figure))}${planWords}`)
  return reading && rest === '' ? reading : null
}

/** "vượt kế hoạch ", "vượt chỉ tiêu tỉnh giao ": a plan named after "vượt", right before the amount it was beaten by. */
const planNamedBeforeExcess = new RegExp(
  String.raw`(?<![${letter}])vượt\s+(?:so\s+với\s+)?(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s+[${letter}]+){0,4}\s+$`,
  'iu',
)

/** "the text says 312 tỷ 560 triệu đồng = 312,56 tỷ đồng but 312.560 tỷ đồng is stored": both readings named. */
function valueProblem(path: string, figure: Figure, reading: AmountReading, scale: number): Problem {
  const asStored = (language: 'vi' | 'en') =>
    formatAmount(
      {
        ...figure,
        value: toNumber(shift(reading.value, -scale)),
        max: reading.max && toNumber(shift(reading.max, -scale)),
      },
      language,
    )
  const excess = reading.planExcess ? ` (vượt ${formatNumber(toNumber(reading.planExcess), 'vi')}%)` : ''
  return {
    path: `${path}.value`,
    vi: `văn bản ghi "${reading.valueText}" = ${asStored('vi')}${excess} nhưng giá trị lưu là ${formatAmount(figure, 'vi')}`,
    en: `the text says "${reading.valueText}" = ${asStored('en')} but the stored value is ${formatAmount(figure, 'en')}`,
    code: 'value-mismatch',
  }
}

/** The scorecard's words ("8/13", "đề ra 22 chỉ tiêu, … đạt và vượt 19 chỉ tiêu") must say its numbers. */
export function scorecardProblems(scorecard: Scorecard): Problem[] {
  const { reading } = readAmount(scorecard.valueText)
  const words = readScorecards(normalizeText(scorecard.valueText))[0]
  // The words as a scorecard first: "2/27 chỉ tiêu chưa đạt" is 25 of 27 reached, not the fraction's 2.
  const read = words
    ? [words.achieved, words.total]
    : reading?.kind === 'fraction'
      ? [toNumber(reading.value), toNumber(reading.total ?? reading.value)]
      : []
  if (read[0] === scorecard.achieved && read[1] === scorecard.total) return []
  const list = (language: 'vi' | 'en') => read.map((n) => formatNumber(n, language)).join('/') || '–'
  return [
    {
      path: 'scorecard',
      vi: `văn bản ghi ${list('vi')} nhưng lưu ${scorecard.achieved}/${scorecard.total}`,
      en: `the text says ${list('en')} but ${scorecard.achieved}/${scorecard.total} is stored`,
    },
  ]
}
