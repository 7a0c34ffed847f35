import { readAmounts } from '../dataset/reading/read-amount.ts'
import { toNumber } from '../dataset/reading/decimal.ts'
import { unitInfo } from '../dataset/units.ts'
import { letter } from '../lib/reg-exp.ts'
import type { Verdict } from './verdict.ts'

/** Words a report uses for its plan: a result "đạt 112% kế hoạch", "vượt chỉ tiêu", "hoàn thành dự toán". */
const planWords = 'kế hoạch|chỉ tiêu|dự toán|mục tiêu|nghị quyết|KH'
/** "không đạt", "chưa hoàn thành": the report says the target was missed. */
const missed = new RegExp(
  `(?<![${letter}])(không|chưa)\\s+(đạt|hoàn thành|vượt)(?![${letter}])([^.;:!?]{0,40}?(?<![${letter}])(${planWords})(?![${letter}]))?`,
  'iu',
)
/** "vượt kế hoạch", "đạt 102% chỉ tiêu", "hoàn thành vượt mức dự toán": reached, in the report's own words. */
const reached = new RegExp(
  `(?<![${letter}])(vượt|đạt|hoàn thành)(?![${letter}])[^.;:!?]{0,40}?(?<![${letter}])(${planWords})(?![${letter}])`,
  'iu',
)

/**
 * What a report's sentence says of its own target, if anything: reached or missed. "Đạt 447 tỷ đồng" says
 * only an amount: only words that point at the plan (kế hoạch, chỉ tiêu, dự toán, mục tiêu, nghị quyết) count,
 * and a share of the plan counts by its size.
 */
export function statedVerdict(sentence: string): Exclude<Verdict, 'cannot-say'> | null {
  return statedWords(sentence)?.verdict ?? null
}

/** The words the report uses ("vượt kế hoạch", "đạt 96% kế hoạch", "không đạt chỉ tiêu"), and what they say. */
export function statedWords(
  sentence: string,
): { verdict: Exclude<Verdict, 'cannot-say'>; words: string } | null {
  const miss = missed.exec(sentence)
  if (miss) return { verdict: 'missed', words: miss[0] }
  // "đạt 96% kế hoạch" is short of the plan, "vượt 18,5% dự toán" beyond it: the amount reader says which.
  const share = readAmounts(sentence).find((reading) =>
    reading.units.some((unit) => unitInfo(unit).kind === 'share-of-plan'),
  )
  if (share) {
    const before = /(?<!\p{L})(đạt|vượt|bằng)\s*$/iu.exec(sentence.slice(0, share.start))
    return {
      verdict: toNumber(share.value) >= 100 ? 'reached' : 'missed',
      words: `${before ? `${before[0]}` : ''}${share.valueText}`.trim(),
    }
  }
  const reach = reached.exec(sentence)
  return reach ? { verdict: 'reached', words: reach[0] } : null
}
