import { type Unit, unitInfo } from '../dataset/units.ts'
import type { DraftFigure } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'

/** "đạt 103% kế hoạch", "vượt 15% dự toán": a share of a plan. */
export function isPlanShare(amount: FoundAmount): boolean {
  return amount.units.some((unit) => unitInfo(unit).kind === 'share-of-plan')
}

/** "103,32% kế hoạch", "105% dự toán": a figure in a share of its plan or of the budget's estimate. */
export const isShareOfPlanFigure = (figure: DraftFigure): figure is DraftFigure & { unit: Unit } =>
  figure.unit !== 'TODO' && unitInfo(figure.unit).kind === 'share-of-plan'

/** "… đạt 2,5 tỷ USD, tăng 53,4%, vượt 47% kế hoạch": what a share of plan measures is the amount, not its growth. */
export const isAmount = (figure: DraftFigure) =>
  figure.unit !== 'TODO' &&
  !['percent', 'points', 'share-of-plan', 'percent-per-year'].includes(unitInfo(figure.unit).kind)

/**
 * "… đạt 548% so với dự toán tỉnh giao, đạt 237% so với dự toán huyện giao": who set the plan a share reaches, written
 * right after it, so that two shares of two plans are told apart.
 */
const assigner = new RegExp(
  String.raw`^\s*(?:so\s+(?:với\s+)?)?(?:(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết)\s+)?(?:năm\s+(?:19|20)\d{2}\s+)?(?:do\s+)?((?:Trung ương|TW|Thủ tướng Chính phủ|Bộ Tài chính|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|tỉnh|huyện|thành phố|thị xã|cấp trên)(?:\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường))?\s+(?:giao|thông qua)|(?:HĐND|Hội đồng nhân dân)\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường))(?![\p{L}\p{M}])`,
  'iu',
)

/**
 * `after`: the words right after the share in its clause, where the quote may say the same share twice ("đạt 105% dự toán
 * Thủ tướng Chính phủ giao và đạt 105% dự toán HĐND tỉnh").
 */
function assignedBy(figure: DraftFigure, after?: string): string | undefined {
  const at = figure.quote.indexOf(figure.valueText)
  if (at < 0 && after === undefined) return undefined
  const rest = after ?? figure.quote.slice(at + figure.valueText.length)
  // ("548% so với dự toán" holds its plan's name; "tỉnh giao" follows.)
  const said = `${/(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết)\s*$/iu.test(figure.valueText) ? 'dự toán ' : ''}${rest}`
  return assigner.exec(said)?.[1]
}

/**
 * "Tổng thu ngân sách đạt 1.036,8 tỷ đồng, vượt 15% dự toán": a share of plan measures the amount before it,
 * so it takes that amount's name, not one made of the words "dự toán".
 */
export function tiedToAmountBefore(
  figure: DraftFigure,
  before: DraftFigure | undefined,
  after?: string,
): DraftFigure {
  if (!isShareOfPlanFigure(figure) || !before) return figure
  // ("nông nghiệp đạt 101,68%, công nghiệp đạt 97,68%": a share after another share is its own thing's.)
  if (isShareOfPlanFigure(before)) return figure
  const by = assignedBy(figure, after)
  return {
    ...figure,
    label: { ...figure.label, vi: `${before.label.vi} (${unitInfo(figure.unit).vi}${by ? ` ${by}` : ''})` },
    todo: [
      ...(figure.todo ?? []),
      `indicator: the share of plan of "${before.valueText}" before it; give both the same indicator or keep it a fact`,
    ],
  }
}
