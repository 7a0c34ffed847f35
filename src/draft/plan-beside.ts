import { shift, toNumber } from '../dataset/reading/decimal.ts'
import { unitInfo } from '../dataset/units.ts'
import type { DraftFigure } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'

/** How far a share as written may be from the pair's own ratio: a report rounds either. */
const roundingPoints = 1

/**
 * "diện tích gieo trồng đạt 9.481/9.440 ha, đạt 100,4% kế hoạch", "giải ngân được 99,2/151,7 tỷ đồng, đạt
 * 65,4%": a result written over its plan, then the share of plan the two make. When the share is the pair's own
 * ratio, the second value is the plan, a target of the result's year ("2.459/2.532 ha, đạt 97,12%" with no plan
 * named stays a part of a whole).
 */
export function planBesidePair(
  pair: FoundAmount | undefined,
  result: DraftFigure | undefined,
  share: DraftFigure,
): DraftFigure | null {
  if (!pair?.total || !result || result.unit === 'TODO' || share.unit === 'TODO') return null
  if (unitInfo(share.unit).kind !== 'share-of-plan' || result.role !== 'actual') return null
  const total = toNumber(pair.total)
  if (total <= 0) return null
  const ratio = (toNumber(pair.value) / total) * 100
  if (Math.abs(ratio - share.value) > roundingPoints) return null
  const slash = result.valueText.indexOf('/')
  if (slash < 0 || result.at === undefined) return null
  const valueText = result.valueText.slice(slash + 1).trim()
  const plan: DraftFigure = {
    ...result,
    role: 'target',
    comparator: 'exact',
    value: toNumber(shift(pair.total, -unitInfo(result.unit).scale)),
    valueText,
    at: result.at + result.valueText.indexOf(valueText, slash),
    why: {
      role: { rule: 'plan-level', words: unitInfo(share.unit).vi.replace(/^%\s*/u, '') },
      year: result.why?.year ?? { rule: 'none', words: '' },
    },
    todo: [`role: the plan beside the result "${result.valueText}", as "${share.valueText}" says`],
  }
  delete plan.isEstimate
  return plan
}
