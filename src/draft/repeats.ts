import { unitInfo } from '../dataset/units.ts'
import { escapeRegExp } from '../lib/reg-exp.ts'
import type { DraftFigure, IgnoredNumberNote } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'
import { indicatorOfLabel } from './figure-name.ts'

/**
 * Whether the body of a text says a headline's amount again: the same number with the same unit. "7%" in the body
 * repeats "tăng 7%" in the headline; a "7 xã" does not.
 */
export function isRepeatedIn(bodyText: string, amount: FoundAmount): boolean {
  const number = (/\d[\d.,]*\d|\d/u.exec(amount.valueText)?.[0] ?? '').replace(/[.]/gu, '\\.')
  const unit = escapeRegExp(amount.unitText)
  return new RegExp(`(?<![\\d.,])${number}(?![\\d]|[.,]\\d)\\s*(?:[\\p{L}\\s]{0,12}\\s)?${unit}`, 'iu').test(
    bodyText,
  )
}

/**
 * A page repeats its main figures in the lead, a caption or a summary line ("… thu nhập bình quân đầu người gần 82
 * triệu đồng"): the same specific amount said again is one figure, kept where its paragraph says most. Round
 * amounts ("100%", "2 xã") recur as different figures and are all kept.
 */
export function withoutRepeats(
  figures: DraftFigure[],
  paragraphLength: ReadonlyMap<DraftFigure, number>,
  ignored: IgnoredNumberNote[],
): DraftFigure[] {
  const isSpecific = (figure: DraftFigure) => {
    const digits = (/\d[\d.,]*/u.exec(figure.valueText)?.[0] ?? '').replace(/[.,]/gu, '').replace(/^0+/u, '')
    // "828.000 khách": three figures before its zeros are as specific as "828 ngàn lượt".
    const significant = String(figure.value)
      .replace(/\D/gu, '')
      .replace(/^0+|0+$/gu, '')
    return (
      /,\d/u.test(figure.valueText) ||
      (digits.length >= 3 && !/0{2,}$/u.test(digits)) ||
      significant.length >= 3 ||
      /tỷ|tỉ|triệu|nghìn|ngàn/iu.test(figure.valueText)
    )
  }
  // A share or a rate recurs for other things ("tăng 2,5%"): it is the same figure only under the same name.
  // A result and its plan may be the same amount ("đạt 17,8% (KH 17,8%)"), and so may the targets of two years: two
  // figures, not one said again.
  const key = (figure: DraftFigure) =>
    [
      figure.role,
      figure.period?.year ?? '',
      // The amount, not its words: "trên 6,8 triệu lượt khách" in the lead is "ước đạt hơn 6,8 triệu lượt khách" of
      // the body, "828.000 khách" of a headline "gần 828 ngàn lượt".
      String(figure.unit),
      figure.otherUnit ?? '',
      figure.value,
      figure.max ?? '',
      // "17.400/18.400 tấn" also gives the plan: it is no repeat of a "17.400 tấn" said alone.
      /\/\s*(\d[\d.,]*)/u.exec(figure.valueText)?.[1] ?? '',
      figure.unit !== 'TODO' && unitInfo(figure.unit).isSymbol
        ? indicatorOfLabel(figure.label.vi).toLocaleLowerCase('vi')
        : '',
    ].join('|')
  const groups = new Map<string, DraftFigure[]>()
  for (const figure of figures)
    if (isSpecific(figure)) groups.set(key(figure), [...(groups.get(key(figure)) ?? []), figure])
  const dropped = new Set<DraftFigure>()
  const drop = (figure: DraftFigure) => {
    if (dropped.has(figure)) return
    dropped.add(figure)
    ignored.push({
      text: figure.valueText,
      reason: 'the same figure said again',
      context: figure.quote.slice(0, 80),
    })
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue
    // The one in the longest paragraph; in one paragraph, the one said with what it is compared with ("… tăng 15,5
    // lần Quý I/2024, … tăng 15,5 lần so với cùng kỳ năm 2023").
    // A photo's caption ("… (Ảnh: CTV)") repeats the body: never the one kept.
    const isCaption = (figure: DraftFigure) => /\(\s*ảnh\s*:|^\s*\||[-–]\s*ảnh\s*\d/iu.test(figure.quote)
    const kept = [...group].sort(
      (a, b) =>
        Number(isCaption(a)) - Number(isCaption(b)) ||
        (paragraphLength.get(b) ?? 0) - (paragraphLength.get(a) ?? 0) ||
        Number(b.changeFrom !== undefined) - Number(a.changeFrom !== undefined),
    )[0]
    if (!kept) continue
    for (const figure of group) {
      if (figure === kept) continue
      drop(figure)
      // "… đạt 647 ngàn tấn, tăng 2%" said again: a round change right after a repeated figure repeats with it.
      const next = figures[figures.indexOf(figure) + 1]
      const keptNext = figures[figures.indexOf(kept) + 1]
      if (
        next &&
        keptNext &&
        next.quote === figure.quote &&
        keptNext.quote === kept.quote &&
        next.unit === keptNext.unit &&
        next.value === keptNext.value &&
        !dropped.has(keptNext)
      )
        drop(next)
    }
  }
  return figures.filter((figure) => !dropped.has(figure))
}
