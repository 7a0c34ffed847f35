import { unitInfo } from '../dataset/units.ts'
import type { DraftFigure } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'

/** "đạt 103% kế hoạch", "vượt 15% dự toán": a share of a plan. */
export function isPlanShare(amount: FoundAmount): boolean {
  return amount.units.some((unit) => unitInfo(unit).kind === 'share-of-plan')
}

/** "… đạt 2,5 tỷ USD, tăng 53,4%, vượt 47% kế hoạch": what a share of plan measures is the amount, not its growth. */
export const isAmount = (figure: DraftFigure) =>
  figure.unit !== 'TODO' &&
  !['percent', 'points', 'share-of-plan', 'percent-per-year'].includes(unitInfo(figure.unit).kind)

/**
 * "Tổng thu ngân sách đạt 1.036,8 tỷ đồng, vượt 15% dự toán": a share of plan measures the amount before it,
 * so it takes that amount's name, not one made of the words "dự toán".
 */
export function tiedToAmountBefore(figure: DraftFigure, before: DraftFigure | undefined): DraftFigure {
  if (figure.unit === 'TODO' || unitInfo(figure.unit).kind !== 'share-of-plan' || !before) return figure
  return {
    ...figure,
    label: { ...figure.label, vi: `${before.label.vi} (${unitInfo(figure.unit).vi})` },
    todo: [
      ...(figure.todo ?? []),
      `indicator: the share of plan of "${before.valueText}" before it; give both the same indicator or keep it a fact`,
    ],
  }
}
