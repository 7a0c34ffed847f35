import { letter } from '../lib/reg-exp.ts'
import { shift, toNumber } from '../dataset/reading/decimal.ts'
import { readAmount } from '../dataset/reading/read-amount.ts'
import { isCountUnit, unitInfo } from '../dataset/units.ts'
import type { DraftFigure } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'
import { isAmount, tiedToAmountBefore } from './share-of-plan.ts'

/** How far a share as written may be from the pair's own ratio: a report rounds either. */
const roundingPoints = 1
/**
 * Whether a share as written is a pair's own ratio, rounded: within a point, or a hundredth of itself for a large one
 * ("88/28ha đạt 315,6%": 314,3% as the pair gives it).
 */
/** A pair's first value as a share of its second, in percent ("4,896/4,8" → 102); null with no second or none to share. */
function pairRatio(pair: FoundAmount): number | null {
  const total = pair.total ? toNumber(pair.total) : 0
  return total > 0 ? (toNumber(pair.value) / total) * 100 : null
}
const isRatioOf = (ratio: number, share: number) =>
  Math.abs(ratio - share) <= Math.max(roundingPoints, Math.abs(share) / 100)

/** "cao hơn", "gấp 1,2 lần", "so với", "bình quân chung": one amount set beside another's. */
const pairCompared = new RegExp(
  String.raw`(?<![${letter}])(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn|gấp|so\s+với|bình quân chung|mức chung)(?![${letter}])`,
  'iu',
)

/** "695ha/700ha": the unit written after both values, as a result and its plan are in a list of them. */
const unitTwice = /\d[\s\u00a0]*\p{L}[^/]*\/[\s\u00a0]*\d/u

/**
 * "diện tích gieo trồng đạt 9.481/9.440 ha, đạt 100,4% kế hoạch", "trồng được 695ha/700ha, đạt 99,3%", "thu ngân
 * sách đạt 24,472/23 tỷ đồng, đạt 106%": a result written over its plan, then the share the two make. When the
 * share is the pair's own ratio and something says the second is a plan (the share names it, the unit is written
 * twice, or the first exceeds the second, as no part exceeds its whole), the second value is the plan, a target of
 * the result's year, and the share is a share of plan. "bàn giao khoảng 2.459/2.532 ha, đạt 97,12%" stays a part of
 * a whole.
 */
export function planBesidePair(
  pair: FoundAmount | undefined,
  result: DraftFigure | undefined,
  share: DraftFigure,
): { plan: DraftFigure; share: DraftFigure } | null {
  // (A result with no unit written, "Sản lượng lương thực có hạt được 1558,77/1450 đạt 107,5%", keeps its plan too,
  // in the unit a person gives both.)
  if (!pair?.total || !result || share.unit === 'TODO') return null
  if (result.role !== 'actual' || result.at === undefined) return null
  const shareKind = unitInfo(share.unit).kind
  if (shareKind !== 'share-of-plan' && share.unit !== 'percent') return null
  const ratio = pairRatio(pair)
  if (ratio === null || !isRatioOf(ratio, share.value)) return null
  const isPlan = shareKind === 'share-of-plan' || unitTwice.test(result.valueText) || ratio > 100
  const planWord = shareKind === 'share-of-plan' ? unitInfo(share.unit).vi : unitInfo('percent-of-plan').vi
  const plan = isPlan ? planOf(pair, result, planWord.replace(/^%\s*/u, ''), share.valueText) : null
  if (!plan) return null
  return {
    plan,
    share: shareKind === 'share-of-plan' ? share : { ...share, unit: 'percent-of-plan' },
  }
}

/**
 * "trong đó năm 2023 chỉ đạt 01/02 xã theo kế hoạch": a count over the count its plan set, said so right after it.
 */
export function planAfterFraction(
  pair: FoundAmount | undefined,
  result: DraftFigure | undefined,
  after: string,
): DraftFigure | null {
  const named = new RegExp(String.raw`^\s*(?:theo|so với)\s+(kế hoạch|KH)(?![${letter}])`, 'iu').exec(after)
  if (!pair?.total || !result || result.unit === 'TODO' || result.role !== 'actual' || !named?.[1])
    return null
  return planOf(pair, result, named[1], named[0].trim())
}

/** The second value of a result's pair, as the plan's level: a target of the result's year, said by `words`. */
function planOf(pair: FoundAmount, result: DraftFigure, planWord: string, words: string): DraftFigure | null {
  const slash = result.valueText.indexOf('/')
  if (!pair.total || slash < 0 || result.at === undefined) return null
  const valueText = result.valueText.slice(slash + 1).trim()
  // (With no unit, the number as written, as its result's is.)
  const scale = result.unit === 'TODO' ? pair.topExponent : unitInfo(result.unit).scale
  const plan: DraftFigure = {
    ...result,
    role: 'target',
    comparator: 'exact',
    value: toNumber(shift(pair.total, -scale)),
    valueText,
    at: result.at + result.valueText.indexOf(valueText, slash),
    why: {
      role: { rule: 'plan-level', words: planWord },
      year: result.why?.year ?? { rule: 'none', words: '' },
    },
    todo: [`role: the plan beside the result "${result.valueText}", as "${words}" says`],
  }
  delete plan.isEstimate
  return plan
}

/**
 * "tổng thu ngân sách dự toán giao là 228,7 tỷ đồng; trong đó phần huyện thu 168,7 tỷ đồng (thuế phí 70 tỷ đồng;
 * …)", "… là 271,4 tỷ đồng. Trong đó, ngân sách cấp tỉnh là 200 tỷ đồng": the parts of a level a plan set are planned too, until words of achievement say otherwise. `between` runs from
 * the planned level to the part's number.
 */
export function isPartOfPlan(planned: DraftFigure | undefined, between: string): boolean {
  return (
    planned?.role === 'target' &&
    planned.why?.role.rule === 'plan-level' &&
    // "…; trong đó …", or the level ending its sentence (or its bracket) and the next opening "Trong đó, …"
    // ("… là 2.434,977 tỷ đồng, gồm nguồn vốn ngân sách địa phương là 982,090 tỷ đồng": its parts listed.)
    new RegExp(
      String.raw`^(?:[^.!?]*?[;,]|\s*\)?\s*[.!?])\s*(?:trong đó|(?:bao\s+)?gồm)(?![${letter}])`,
      'iu',
    ).test(between) &&
    // ("(KH giảm từ 1,5 - 2%). Trong đó: tỷ lệ hộ nghèo đồng bào dân tộc còn 9,05%": the level a rate is down to is a
    // result, of the rate said before the bracket.)
    !new RegExp(
      String.raw`(?<![${letter}])(?:thực hiện|ước|đạt|đã|được|tăng|giảm|vượt|còn(?!\s+lại))(?![${letter}])`,
      'iu',
    ).test(between)
  )
}

/**
 * "… đặt mục tiêu tốc độ tăng trưởng kinh tế … đạt khoảng 15 - 16%. Trong đó, công nghiệp - xây dựng tăng 17 - 18%/năm;
 * dịch vụ tăng 10 - 11%/năm": the parts of a target broken down, right after it, are targets of its year, said with
 * their change but with no word of a result done. `between` runs from the target's words to the part's number.
 */
export function isPartOfTarget(aimed: DraftFigure | undefined, between: string): boolean {
  return (
    aimed?.role === 'target' &&
    ['aim', 'lead', 'section'].includes(aimed.why?.role.rule ?? '') &&
    new RegExp(String.raw`^(?:[^.!?]*?[;,]|\s*[.!?])\s*trong đó(?![${letter}])`, 'iu').test(between) &&
    !new RegExp(String.raw`(?<![${letter}])(?:thực hiện|ước|đã|được|vượt)(?![${letter}])`, 'iu').test(between)
  )
}

/**
 * "Thu ngân sách gần 667 tỷ đồng, tăng 20,35% so với dự toán năm 2024", said of a target of 2025: the rise is of the
 * target over an earlier year's estimate, a change from that year (20,35%), not a result reaching 120,35% of its own
 * plan. `after` runs from the share's words on. Null when the share is of its own year's plan.
 */
export function riseOverEarlierPlan(
  share: DraftFigure,
  target: DraftFigure | undefined,
  after: string,
): DraftFigure | null {
  const planYear = Number(/^\s*năm\s+((?:19|20)\d{2})(?!\d)/u.exec(after)?.[1])
  if (
    share.unit === 'TODO' ||
    unitInfo(share.unit).kind !== 'share-of-plan' ||
    !/^tăng\s/iu.test(share.valueText) ||
    target?.role !== 'target' ||
    target.period === undefined ||
    !(planYear < target.period.year)
  )
    return null
  const words = /\d[\d.,]*\s*%/u.exec(share.valueText)
  const rise = words ? readAmount(words[0]).reading : null
  if (!words || !rise) return null
  return {
    ...share,
    role: 'target',
    unit: 'percent',
    value: toNumber(rise.value),
    valueText: words[0],
    ...(share.at === undefined ? {} : { at: share.at + words.index }),
    period: target.period,
    changeFrom: { year: planYear },
    label: {
      ...share.label,
      vi: `Tốc độ tăng ${target.label.vi.charAt(0).toLocaleLowerCase('vi')}${target.label.vi.slice(1)}`,
    },
    ...(target.why ? { why: target.why } : {}),
  }
}

/**
 * "Lũy kế đến nay đạt 186.655,8 ha, đạt 99,82% kế hoạch năm 2024 (187.000 ha)": an amount bracketed right after a share
 * of plan, in the result's unit, whose ratio to the result is that share, is the plan's level, a target of the result's
 * year ("đạt 70,9% kế hoạch (36.982 tỷ đồng)", with no result before it, is the result's amount). `between` runs from the
 * share's words to the amount's.
 */
export function planBracketedAfterShare(
  amount: DraftFigure,
  share: DraftFigure | undefined,
  result: DraftFigure | undefined,
  between: string,
): DraftFigure | null {
  if (
    !share ||
    !result ||
    share.unit === 'TODO' ||
    unitInfo(share.unit).kind !== 'share-of-plan' ||
    result.role !== 'actual' ||
    result.unit !== amount.unit ||
    amount.value <= 0 ||
    !/^\s*(?:năm\s+(?:19|20)\d{2}\s*)?\(\s*$/u.test(between)
  )
    return null
  const ratio = (result.value / amount.value) * 100
  if (!isRatioOf(ratio, share.value)) return null
  return {
    ...amount,
    role: 'target',
    ...(result.period ? { period: result.period } : {}),
    why: {
      role: { rule: 'plan-level', words: share.valueText },
      year: result.why?.year ?? { rule: 'none', words: '' },
    },
  }
}

/**
 * "6/21 chỉ tiêu chưa đạt: …, trong đó KV I đạt 2,89/3,84%, …; tổng vốn đầu tư toàn xã hội: 18.690/23.500 tỷ đồng": under a
 * lead of the targets not reached, a result written over a larger amount gives that amount as its plan, a target of
 * the result's year. `sentenceBefore` runs from the sentence's start to the result.
 */
export function planOfPairNotReached(
  pair: FoundAmount | undefined,
  result: DraftFigure | undefined,
  sentenceBefore: string,
): DraftFigure | null {
  if (!pair?.total || !result || result.role !== 'actual' || result.unit === 'TODO') return null
  // ("có 32/47 xã đạt chuẩn" is a part of a whole: things counted are no plan's.)
  if (toNumber(pair.value) >= toNumber(pair.total) || isCountUnit(result.unit)) return null
  const lead = new RegExp(
    String.raw`(?<![${letter}])chỉ tiêu\s+(?:chưa|không)\s+(?:đạt|hoàn thành)(?![${letter}])[^:.]*:(?:[^.]|\.(?=\d))*$`,
    'iu',
  ).exec(sentenceBefore)
  return lead ? planOf(pair, result, 'chỉ tiêu', lead[0].slice(0, lead[0].indexOf(':')).trim()) : null
}

/**
 * "kết nạp 5.742/5.000 đảng viên mới", "Tổng thu ngân sách 42.999/28.000 tỷ đồng", "lúa 40/38ha": a result written over
 * a smaller amount of its unit. No part exceeds its whole, so the second is the plan it beat, a target of the result's
 * year, whether or not a share follows (one that does is read by `planBesidePair`, which keeps this plan). "có 32/47 xã
 * đạt chuẩn" and "giải phóng được 411,3/427 ha" stay parts of a whole: their whole is kept in the note.
 */
export function planOfPairOver(
  pair: FoundAmount | undefined,
  result: DraftFigure | undefined,
  sentenceBefore: string,
): DraftFigure | null {
  // (A total over a term, "Trong nhiệm kỳ đã kết nạp 5.742/5.000 đảng viên mới", beat the term's plan.)
  if (!pair?.total || !result || result.unit === 'TODO') return null
  if (result.role !== 'actual' && !(result.role === 'fact' && result.why?.role.rule === 'span')) return null
  if (toNumber(pair.value) <= toNumber(pair.total)) return null
  // (Not a rate's or a count of targets: "12,6/9,8%", "đạt 11/8 chỉ tiêu phát triển đảng viên"; nor the place set
  // beside another it is compared with: "thu nhập … gấp 1,2 lần của huyện (58,4/48,7 triệu đồng)".)
  if (!isAmount(result) || ['indicator', 'task-group'].includes(result.unit)) return null
  if (pairCompared.test(sentenceBefore.split(';').at(-1) ?? '')) return null
  return planOf(pair, result, result.valueText, result.valueText)
}

/**
 * "Thu thuế công thương nghiệp đạt 102% (4,896 tỷ/4,8 tỷ)": a share said first, its result over the plan bracketed
 * after it. When the share is the pair's own ratio, it is a share of that plan.
 */
export function shareBeforePair(
  share: DraftFigure | undefined,
  pair: FoundAmount,
  result: DraftFigure,
  between: string,
): DraftFigure | null {
  if (!share || share.unit !== 'percent' || !pair.total || !/^\s*\(\s*$/u.test(between)) return null
  const ratio = pairRatio(pair)
  if (ratio === null || !isRatioOf(ratio, share.value)) return null
  return tiedToAmountBefore({ ...share, unit: 'percent-of-plan' }, result)
}

/**
 * "Vụ Đông năm 2023, toàn tỉnh dự kiến sản xuất trên 4.300 ha … Đến nay, đã gieo trồng được 2.501,8 ha, đạt 58,2% kế
 * hoạch": an amount said earlier in the paragraph, in the result's unit, whose ratio to the result is the share of plan
 * as written (to its last decimal) is the plan's level, a target of its own year. Returns the figures with those
 * levels made targets.
 */
export function plansReachedLater(
  figures: readonly DraftFigure[],
  paragraphOf: ReadonlyMap<DraftFigure, string>,
): DraftFigure[] {
  const planned = new Map<DraftFigure, DraftFigure>()
  figures.forEach((share, i) => {
    const result = figures[i - 1]
    if (
      !result ||
      share.role !== 'actual' ||
      share.unit === 'TODO' ||
      unitInfo(share.unit).kind !== 'share-of-plan' ||
      result.role !== 'actual' ||
      result.unit === 'TODO' ||
      unitInfo(result.unit).kind === 'share-of-plan' ||
      result.sentenceStart !== share.sentenceStart ||
      paragraphOf.get(result) !== paragraphOf.get(share)
    )
      return
    const decimals = /,(\d+)\s*%/u.exec(share.valueText)?.[1]?.length ?? 0
    const within = 0.5 * 10 ** -decimals + 1e-9
    // (not "đã phân bổ … hơn 13.092 tỷ đồng, đạt 94,8%": an amount itself measured against a plan is a result.)
    const isMeasured = (other: DraftFigure, at: number) => {
      const next = figures[at + 1]
      return (
        next !== undefined &&
        next.sentenceStart === other.sentenceStart &&
        next.unit !== 'TODO' &&
        unitInfo(next.unit).kind === 'share-of-plan'
      )
    }
    const level = figures
      .slice(0, i - 1)
      .findLast(
        (other, at) =>
          other.role === 'actual' &&
          !isMeasured(other, at) &&
          other.unit === result.unit &&
          other.value > 0 &&
          paragraphOf.get(other) === paragraphOf.get(share) &&
          other.period?.year === result.period?.year &&
          !planned.has(other) &&
          Math.abs((result.value / other.value) * 100 - share.value) <= within,
      )
    if (!level) return
    planned.set(level, {
      ...level,
      role: 'target',
      why: {
        role: { rule: 'plan-level', words: share.valueText },
        year: level.why?.year ?? { rule: 'none', words: '' },
      },
    })
  })
  return figures.map((figure) => planned.get(figure) ?? figure)
}
