import { letter } from '../lib/reg-exp.ts'
import type { Period } from '../dataset/schema.ts'
import { otherUnitWords } from '../dataset/reading/amount-words.ts'
import { chooseUnit } from './choose-unit.ts'
import { countedNoun } from './counted-noun.ts'
import type { DraftFigure, DraftRole } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'
import { nameFigure, signedName } from './figure-name.ts'
import type { Span } from './split-text.ts'
import type { Why } from './structure/reasons.ts'
import type { ReportYears } from './structure/report-years.ts'
import type { TimeExpression } from './structure/time-expressions.ts'

/** Where an amount stands: its clause, the words it is quoted with, the other amounts and time expressions of the clause (offsets in the clause). */
export type Place = {
  clause: Span
  quote: Span
  amounts: FoundAmount[]
  i: number
  times: TimeExpression[]
  /** The name of the figure before it in the clause. */
  previousName?: string
  /** The name of the first figure of its sentence. */
  sentenceName?: string
  /** The words of the lead clause just before, for an amount its clause gives no words ("… đến năm 2025: 60 triệu đồng"). */
  leadText?: string
  /** The lead clause of the list its clause is an item of, in its sentence ("… bình quân hàng năm đạt 16%, trong đó:"). */
  listLead?: string
  /** Where its sentence starts in the text. */
  sentenceStart?: number
  /** The words of its sentence before its clause. */
  sentenceBefore?: string
  /** Its paragraph's sentences before its own. */
  paragraphBefore?: string
}

/**
 * What a change is measured against, written after the amount and before the next: "so với năm 2023", "so với
 * cùng kỳ" (the year before the figure's), "gấp 1,6 lần năm 2020". "so với kế hoạch" is no year.
 */
function changeBase(place: Place, period: Period | undefined, years: ReportYears): Period | undefined {
  const { clause, amounts, i, times } = place
  const amount = amounts[i]
  if (!amount) return undefined
  const nextStart = amounts[i + 1]?.start ?? clause.text.length
  const previousEnd = amounts[i - 1]?.end ?? 0
  // "đón trên 2,1 triệu lượt khách, so với cùng kỳ tăng 8,4%": a base said right before a change is that change's, not
  // the level's before it.
  const isBeforeChange = (t: TimeExpression, to: number) =>
    /^\s*,?\s*(?:thì\s+)?(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$/iu.test(
      clause.text.slice(t.end, to),
    )
  const base =
    times.find(
      (t) =>
        t.kind === 'base' &&
        t.start >= amount.end &&
        t.start < nextStart &&
        !isBeforeChange(t, nextStart) &&
        // ("chiếm 3,92% (cơ cấu tương ứng của 6 tháng đầu năm 2023 là: …)": the period whose levels follow.)
        t.isLevelsOf !== true,
    ) ?? times.find((t) => t.kind === 'base' && t.start >= previousEnd && isBeforeChange(t, amount.start))
  if (!base || base.isPlan) return undefined
  // "so với cùng kỳ" of a figure whose year is not known has no known year either.
  const of = period?.year ?? years.results?.year
  const year = base.year ?? (of === undefined ? undefined : of + (base.yearOffset ?? 0))
  return year ? { year, ...(base.point ? { point: base.point } : {}) } : undefined
}

/**
 * Whether a semicolon stands between the last `words` of `textBefore` and its end, unless those words lead a list ("Ước
 * thực hiện năm 2024: GRDP tăng 8%; thu ngân sách …" estimates every item).
 */
function isPastSemicolon(textBefore: string, words: string): boolean {
  const at = textBefore.toLocaleLowerCase('vi').lastIndexOf(words.toLocaleLowerCase('vi'))
  const rest = textBefore.slice(at + words.length)
  return at >= 0 && rest.includes(';') && !rest.slice(0, rest.indexOf(';')).includes(':')
}

/**
 * Where a figure's words start in its clause: within the amount's ("1.500" of "1.500/1.600"), or, where the unit
 * chooser took in words after it ("4 chỉ số quan trọng", "từ 25 độ"), where those longer words stand.
 */
function valueStart(clause: string, amount: FoundAmount, valueText: string | undefined): number {
  if (!valueText) return amount.start
  const inAmount = amount.valueText.indexOf(valueText)
  if (inAmount >= 0) return amount.start + inAmount
  const inClause = clause.indexOf(valueText, amount.start)
  return inClause >= 0 ? inClause : amount.start
}

/** A candidate figure from an amount: unit code, base of a change, a guessed label, and the notes for a person. */
export function buildFigure(
  amount: FoundAmount,
  place: Place,
  role: DraftRole,
  period: Period | undefined,
  notes: string[],
  why: Why,
  years: ReportYears,
  partOfYear?: string,
): DraftFigure {
  const { clause, quote, amounts, i } = place
  const quoteFrom = quote.start - clause.start
  const previousEnd = Math.max(quoteFrom, amounts[i - 1]?.end ?? 0)
  const before = clause.text.slice(previousEnd, amount.start)
  const unit = chooseUnit(
    amount,
    before,
    clause.text,
    place.listLead,
    place.sentenceBefore,
    place.paragraphBefore,
  )
  const nextStart = amounts[i + 1]?.start ?? clause.text.length
  const changeFrom = changeBase(place, period, years)
  // The words since the amount before, and since the noun it counts ("cấp 12.624 sổ BHXH và 244.128 thẻ BHYT").
  const previous = amounts[i - 1]
  const previousNoun = previous && previous.unitText === '' ? countedNoun(previous, clause.text) : null
  const nounLength = previous && previousNoun ? previousNoun.valueText.length - previous.valueText.length : 0
  const ownWords = clause.text.slice((previous?.end ?? 0) + nounLength, amount.start)
  // "cấp 12.624 sổ BHXH và 244.128 thẻ BHYT": a noun no unit row knows, read with the amount, names its count.
  const nounWords =
    unit.valueText?.startsWith(amount.valueText) && unit.otherUnit
      ? unit.valueText.slice(amount.valueText.length)
      : ''
  const label = nameFigure({
    before: i === 0 && !/\p{L}/u.test(ownWords) && place.leadText ? place.leadText : ownWords,
    after: clause.text.slice(amount.end + nounWords.length, nextStart),
    unit: unit.unit,
    unitText: nounWords ? (unit.otherUnit ?? '') : amount.unitText,
    valueText: amount.valueText,
    ...(place.previousName ? { previousName: place.previousName } : {}),
    ...(place.sentenceName ? { sentenceName: place.sentenceName } : {}),
    isBrokenDown: /(?<![\p{L}])trong đó(?![\p{L}])/iu.test(place.sentenceBefore ?? ''),
  })
  const todo = [...(unit.todo ? [unit.todo] : []), ...notes]
  return {
    id: '',
    role,
    label: { vi: signedName(label, unit.value), en: 'TODO' },
    unit: unit.unit,
    ...(unit.otherUnit ? { otherUnit: otherUnitWords(unit.otherUnit) } : {}),
    unitText: amount.unitText,
    comparator: unit.comparator ?? amount.comparator,
    value: unit.value,
    ...(unit.max === undefined ? {} : { max: unit.max }),
    // "tổng thu ngân sách ước đạt 82.235 tỷ đồng, trong đó thu nội địa 64.435 tỷ đồng": what an estimate governs, in
    // its sentence, is estimated too.
    // ("ước đạt 3.800 tỷ đồng, …; tỷ lệ hộ nghèo còn 0,11%": not past a semicolon, where another clause says its own.)
    ...(amount.estimateWord ||
    (role === 'actual' &&
      why.role.rule === 'done' &&
      new RegExp(String.raw`^ước(?![${letter}])`, 'iu').test(why.role.words) &&
      !isPastSemicolon(`${place.sentenceBefore ?? ''}${clause.text.slice(0, amount.start)}`, why.role.words))
      ? { isEstimate: true }
      : {}),
    ...(period ? { period } : {}),
    ...(partOfYear ? { partOfYear } : {}),
    ...(changeFrom ? { changeFrom } : {}),
    quote: quote.text,
    valueText: unit.valueText ?? amount.valueText,
    at: clause.start + valueStart(clause.text, amount, unit.valueText),
    ...(place.sentenceStart === undefined ? {} : { sentenceStart: place.sentenceStart }),
    why,
    ...(todo.length > 0 ? { todo } : {}),
  }
}
