import { letter } from '../../lib/reg-exp.ts'
import { add, decimalFromDigits, toNumber } from '../../dataset/reading/decimal.ts'
import { readVietnameseNumber } from '../../dataset/reading/read-quantity.ts'
import { planSetAfter } from '../structure/governing.ts'
import { placeSubject, sectorAlone } from '../figure-name.ts'
import { partsOfYearlyGrowth, yearlyAfterAmount, yearlyBeforeAmount } from '../yearly-average.ts'
import {
  amountWithUnit,
  isPercentagePointChange,
  isPoorHouseholdsChange,
  isPossibleInPoints,
  rateNamedAfter,
} from '../percentage-points.ts'
import {
  amountNoun,
  amountThenExcess,
  amountThenShare,
  assignedAfter,
  assignedPlanReached,
  budgetPlanNamed,
  budgetWords,
  changeThenPlanBracket,
  changeWordStart,
  collected,
  collectedPlanNamed,
  comparedAfter,
  growthRightAfter,
  nextItemAfter,
  planBeforeExcess,
  planBeforeShare,
  planLevelSetExceeded,
  planNamedInExcess,
  planNamedInGap,
  planNamedPastExcess,
  planOfSharesInTurn,
  planOpensSentence,
  rateNamed,
  rateNames,
  reachedVerb,
  reachedVerbBound,
  sharedComparison,
  shareOfPlanBrokenDown,
  sharesListedOfPlan,
  targetsSaidReached,
  wholeNamedAfter,
} from './percent-words.ts'
import type { UnitChoice, UnitContext } from './unit-context.ts'

/** " so với cùng kỳ năm trước (năm 2021 tăng 6,6%)": the growth of the year compared with, bracketed after. */
const comparedGrowthAfter = new RegExp(
  String.raw`^\s*so\s+(?:với\s+)?[^()\d]{0,30}\(\s*(?:năm\s+)?(?:19|20)\d{2}\s+(?:tăng|tăng trưởng|đạt)\s+(\d[\d.,]*)\s*%\s*\)`,
  'iu',
)
const growthSaid = new RegExp(String.raw`(?<![${letter}])(?:tăng|tăng trưởng)\s+(\d[\d.,]*)\s*%`, 'giu')

/**
 * "… tăng 3,19%, …, thấp hơn 3,40% so với cùng kỳ năm trước (năm 2021 tăng 6,6%)": how far this year's growth is from
 * the one bracketed for the year compared with, to within a rounding, is a gap in points, not a growth of its own.
 */
function isGapBetweenGrowths({ reading, after, sentenceBefore, clauseBefore }: UnitContext): boolean {
  const compared = readVietnameseNumber(comparedGrowthAfter.exec(after)?.[1] ?? '')
  const growth = readVietnameseNumber(
    [...`${sentenceBefore} ${clauseBefore}`.matchAll(growthSaid)].at(-1)?.[1] ?? '',
  )
  if (compared === null || growth === null || reading.max) return false
  // (A page rounds either growth: "tăng 14,46%, …, giảm 0,40% … (năm 2021 tăng 14,9%)".)
  return Math.abs(Math.abs(growth - compared) - Math.abs(toNumber(reading.value))) <= 0.05
}

/**
 * The unit of an amount written with "%": a share of the plan or of the budget's estimate, a change in points, a rate, a
 * growth a year.
 */
export function choosePercentUnit(context: UnitContext): UnitChoice {
  const {
    reading,
    before,
    clause,
    listLead,
    sentenceBefore,
    paragraphBefore,
    ownBefore,
    clauseBefore,
    said,
    after,
    untilAmount,
    subject,
    isRateExcess,
    level,
    pick,
  } = context

  // "So với năm 2021, giảm gần 6,7 nghìn hộ nghèo, tương đương với 1,41%", "giảm 1.686ha (bằng 2,24%)": a fall said
  // again in percent is a fall (of poor households, the rate's, in points).
  const fallSaidAgain = new RegExp(
    String.raw`(?<![${letter}])giảm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*[^,;()\d]{0,30}?(?:,\s*|\s*\(\s*)(?:tương đương|tương ứng|bằng)(?:\s+với)?\s*$`,
    'iu',
  ).exec(untilAmount)
  if (fallSaidAgain && !reading.max && toNumber(reading.value) > 0) {
    const chosen = pick(/hộ\s+(?:nghèo|cận nghèo)/iu.test(untilAmount) ? 'percentage-point' : 'percent')
    return { ...chosen, value: -chosen.value }
  }
  if (isGapBetweenGrowths(context)) return pick('percentage-point')

  // Whose plan a bare share reaches: "thu ngân sách đạt gần 900 tỷ đồng, đạt 130%" reaches the budget's estimate.
  // The budget's plan named earlier in the sentence is the one its shares go on reaching ("tổng thu ngân sách … đạt
  // 112,52% kế hoạch, tổng chi ngân sách … đạt 97,36%").
  // "… thu được 2.663,8 tỷ đồng, đạt 18,8% dự toán HĐND tỉnh giao. Nếu trừ … thì tổng thu là 2.590,6 tỷ đồng, đạt
  // 18,9%": what is collected goes on reaching the estimate its paragraph named.
  const paragraphPlan = [...paragraphBefore.matchAll(collectedPlanNamed)].at(-1)?.[1]
  const budgetPlan =
    [...`${sentenceBefore} ${clauseBefore}`.matchAll(budgetPlanNamed)].at(-1)?.[1] ??
    (collected.test(subject) ? paragraphPlan : undefined)
  // "Thu ngân sách cả nhiệm kỳ 76,3 tỷ đồng, đạt 164,5%": a term has a resolution's target, no yearly estimate.
  const isOverTerm = /nhiệm kỳ|giai đoạn|\b5 năm/iu.test(`${sentenceBefore} ${clauseBefore}`)
  // "…, đạt 93,5% dự toán …; thu từ dầu thô 2.758 tỷ đồng, đạt 91,9%": a revenue listed after the budget's estimate.
  const isBudget =
    budgetWords.test(subject) ||
    ((/^\s*(?:trong đó,?\s*)?(?:thu|chi)\s/iu.test(subject) || collected.test(subject)) &&
      /dự toán/iu.test(budgetPlan ?? ''))
  const shareOfPlan =
    isBudget &&
    (!budgetPlan || /dự toán/iu.test(budgetPlan)) &&
    (!isOverTerm || /dự toán/iu.test(budgetPlan ?? '')) &&
    !new RegExp(String.raw`(?<![${letter}])(?:kế hoạch|KH|chỉ tiêu|nghị quyết)(?![${letter}])`, 'iu').test(
      listLead,
    ) &&
    // "thu ngân sách … đạt 745%, vượt chỉ tiêu Nghị quyết": the plan the share exceeds, named right after it.
    !new RegExp(
      String.raw`^\s*,?\s*(?:vượt|đạt)\s+(?:chỉ tiêu|mục tiêu|kế hoạch|KH|nghị quyết)(?![${letter}])`,
      'iu',
    ).test(after)
      ? 'percent-of-estimate'
      : 'percent-of-plan'
  // "đạt 115,15% so với Hội đồng nhân dân huyện giao": a share of what those who set the plan assigned.
  if (assignedAfter.test(after)) {
    const unit = /%\s*(?:so\s+với\s+|so\s+)?dự toán/iu.test(clauseBefore)
      ? 'percent-of-estimate'
      : shareOfPlan
    // "thực hiện hơn 1.666 tỷ đồng, vượt 40,5% so với tỉnh giao": 140,5% of what was assigned (of a rate, points).
    if (!/^vượt\s/iu.test(reading.valueText) || reading.max) return pick(unit)
    return isRateExcess && toNumber(reading.value) < 100
      ? { unit: 'percentage-point', value: toNumber(reading.value), comparator: 'exact' }
      : { unit, value: toNumber(add(decimalFromDigits('100'), reading.value)), comparator: 'exact' }
  }
  // "tỷ lệ giải ngân đạt 91,4% (so với kế hoạch vốn Trung ương giao đầu năm)": the plan bracketed right after a share
  // reached is what it is a share of.
  const planBracketed = new RegExp(
    String.raw`^\s*\(\s*so\s+(?:với\s+)?(kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết)(?![${letter}])`,
    'iu',
  ).exec(after)?.[1]
  if (
    planBracketed &&
    /(?<![\p{L}])(?:đạt|bằng)\s*$/iu.test(said) &&
    /^[\d.,]+\s*%$/u.test(reading.valueText.trim())
  )
    return pick(/dự toán/iu.test(planBracketed) ? 'percent-of-estimate' : 'percent-of-plan')
  // "… 169 tỉ đồng, đạt 150%, vượt 56 tỉ đồng so dự toán": the plan named past the excess is the share's.
  const pastExcess = planNamedPastExcess.exec(after)
  const planPastExcess = pastExcess?.[1]
  // ("Tỷ lệ bao phủ BHYT … đạt 83,06%, vượt 6% so với chỉ tiêu": a rate's level, then its excess over the target level
  // in points; not a share of plan, which would be 106%.)
  const excessInPercent = /^\s*,\s*vượt\s+(?:gần|hơn|trên|khoảng)?\s*(\d[\d.,]*)\s*%/iu.exec(after)?.[1]
  const isRateLevelThenExcess =
    excessInPercent !== undefined &&
    rateNames.test(subject) &&
    reading.kind === 'amount' &&
    Math.abs(toNumber(reading.value) - 100 - (readVietnameseNumber(excessInPercent) ?? 0)) > 0.15
  if (planPastExcess && !isRateLevelThenExcess && /(?<![\p{L}])đạt\s*$/iu.test(said))
    return pick(/dự toán/iu.test(planPastExcess) ? 'percent-of-estimate' : 'percent-of-plan')
  // "Có 4/7 lĩnh vực thu đạt dự toán là thuế sử dụng đất phi nông nghiệp (109,9%), phí - lệ phí (107,7%); …": the shares
  // bracketed after each part a lead names reach the plan that lead names.
  // ("Còn nhiều khoản thu … chưa đạt 50% dự toán, như: tài chính thu (48%), …": the plan named in the list's lead.)
  const listedPlan =
    sharesListedOfPlan.exec(clauseBefore)?.[1] ??
    (listLead ? sharesListedOfPlan.exec(`${listLead}: ${clauseBefore}`)?.[1] : undefined)
  if (listedPlan && /\(\s*$/u.test(before))
    return pick(/dự toán/iu.test(listedPlan) ? 'percent-of-estimate' : 'percent-of-plan')
  // "… 264.821,45 ha, bằng 99,63% so với cùng kỳ năm trước, trong đó vụ Đông Xuân … 184.989,53 ha, bằng 99,88%": the
  // parts go on with the comparison their whole was given with.
  const wholeCompared = sharedComparison.exec(`${sentenceBefore} ${clauseBefore}`)
  // "Tổng đàn lợn đạt 150.282 con, tăng 0,66% so với cùng kỳ; đàn gia cầm đạt 8.657,55 nghìn con, bằng 98,01%": among
  // items compared with last year, in a sentence that names no plan, a bare share is of last year's level too.
  const isAmongCompared =
    new RegExp(
      String.raw`(?<![${letter}])(?:so\s+(?:với\s+)?(?:cùng kỳ|năm trước|năm\s+(?:19|20)\d{2})|(?:tăng|giảm)\s+[\d.,]+\s*%)`,
      'iu',
    ).test(`${sentenceBefore} ${clauseBefore}`) &&
    !new RegExp(
      String.raw`(?<![${letter}])(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|NQ|mục tiêu)(?![${letter}])`,
      'u',
    ).test(`${listLead} ${sentenceBefore} ${clauseBefore}`) &&
    !isBudget &&
    // (not "… ước đạt 3.142 tỷ đồng, bằng 106,8%, tăng 6,15% so với cùng kỳ": its change from last year said apart)
    !/^\s*,?\s*(?:và\s+)?(?:tăng|giảm)\s+[\d.,]+\s*%/u.test(after)
  // "… đã thu hoạch được 6.858 ha, bằng 32,5% diện tích lúa mùa đã gieo cấy": the whole a part is of, named after it.
  if (amountThenShare.test(clauseBefore) && wholeNamedAfter.test(after)) return pick('percent')
  if (amountThenShare.test(clauseBefore) && !comparedAfter.test(after))
    return wholeCompared || isAmongCompared ? pick('percent') : pick(shareOfPlan)
  // "… đạt 98,96% chỉ tiêu nghị quyết. Trong đó, nông nghiệp và thủy sản đạt 101,68%": the parts of a share of plan,
  // broken down, are shares of their plans.
  const brokenDownPlan = shareOfPlanBrokenDown.exec(`${sentenceBefore}${clauseBefore}`)?.[1]
  // ("… ước bằng 44,6% kế hoạch năm 2024; trong đó, khu vực công nghiệp - xây dựng bằng 47,1%": said with "bằng" too.)
  if (brokenDownPlan && /(?<![\p{L}])(?:đạt|bằng)\s*$/iu.test(said) && !comparedAfter.test(after))
    return pick(/dự toán/iu.test(brokenDownPlan) ? 'percent-of-estimate' : 'percent-of-plan')
  // "tỷ lệ người dân tham gia bảo hiểm y tế đạt 100,2%": a rate over the whole, compared with nothing, is a share of the
  // plan (no rate passes 100%; "khu vực nông, lâm, thủy sản đạt 103,82%" is a sector's index, of the year before).
  if (
    reading.kind === 'amount' &&
    toNumber(reading.value) > 100 &&
    /(?<![\p{L}])đạt\s*$/iu.test(said) &&
    rateNamed.test(subject) &&
    !/\d/u.test(subject) &&
    !/^(?:đạt|vượt)\s/iu.test(reading.valueText) &&
    !comparedAfter.test(after) &&
    !wholeCompared
  )
    return {
      ...pick(shareOfPlan),
      todo: `unit: "${reading.valueText}" is over 100% and compared with nothing said; read as a share of the plan`,
    }
  // "tỷ lệ hộ dân sử dụng điện 99,5%, đạt 100,3%", "tốc độ tăng trưởng … tăng 11,03%, đạt 100,03%": a rate's level
  // or growth, then a bare share it reaches, compared with nothing: the share of the rate's plan.
  if (
    /\d\s*%\s*,\s*(?:ước\s+)?đạt\s*$/u.test(ownBefore) &&
    rateNames.test(subject) &&
    !comparedAfter.test(after)
  )
    return pick(shareOfPlan)
  // "diện tích lúa đạt 212.614ha, vượt 3,68% kế hoạch; sản lượng đạt hơn 1,33 triệu tấn, vượt 9,41%.": an excess
  // said of an amount just given, with nothing after it to exceed, exceeds that amount's plan: 109,41% of it.
  // ("giá trị sản xuất vượt 63%; thu ngân sách nhà nước vượt 15,5%": an amount's excess, said of the amount named, is
  // too: no amount in đồng or tonnes is "over 63%".)
  const excessItem = subject.split(',').at(-1) ?? ''
  const isAmountsExcess =
    amountNoun.test(excessItem) && !rateNames.test(excessItem) && /^[^\d]*vượt\s*$/iu.test(excessItem)
  if (
    reading.comparator === 'over' &&
    /^vượt\s/iu.test(reading.valueText) &&
    (amountThenExcess.test(clauseBefore) || isAmountsExcess) &&
    // "… ước đạt 10.951 tỷ đồng, vượt 1,8% và tăng 11%": another change after it names nothing it exceeds either; nor
    // does the next item of a list ("… đạt 136 tỷ đồng, vượt 38,07%, giải quyết việc làm cho 2.843 lao động, …").
    (/^\s*(?:[;.]|$|(?:,|và)\s+(?:tăng|giảm)\s+\d)/u.test(after) || nextItemAfter.test(after))
  ) {
    const excess = toNumber(reading.value)
    return {
      unit: shareOfPlan,
      value: toNumber(add(decimalFromDigits('100'), reading.value)),
      comparator: 'exact',
      todo: `value: "${reading.valueText}" names no plan; read as exceeding the plan of the amount before it by ${excess}%`,
    }
  }
  // "Đặc biệt, 4 chỉ tiêu vượt kế hoạch HĐND phường gồm: tổng thu ngân sách … đạt 75 tỷ đồng, vượt 8%; tỷ lệ … đạt
  // 98,5%, vượt 7%", "một số chỉ tiêu đạt và vượt so với kế hoạch năm, đơn cử sản lượng … vượt 2,43%, muối vượt 0,46%":
  // each item's bare excess is over the plan the lead names, a share of it as the lead counts it, a rate's too.
  const leadExceeds = new RegExp(
    String.raw`(?<![${letter}])chỉ tiêu[^;:\d]{0,40}?(?<![${letter}])vượt\s+(?:so\s+với\s+)?(kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?![${letter}])`,
    'iu',
  ).exec(`${listLead} ${sentenceBefore} ${clauseBefore}`)
  if (
    leadExceeds &&
    reading.comparator === 'over' &&
    !reading.max &&
    /^vượt\s/iu.test(reading.valueText) &&
    toNumber(reading.value) < 100 &&
    /^\s*(?:[;.()]|$|,|và\s)/u.test(after)
  ) {
    const excess = toNumber(reading.value)
    return {
      unit: /dự toán/iu.test(leadExceeds[1] ?? '') ? 'percent-of-estimate' : 'percent-of-plan',
      value: toNumber(add(decimalFromDigits('100'), reading.value)),
      comparator: 'exact',
      todo: `value: "${reading.valueText}" names no plan; read as exceeding the plan of "${leadExceeds[0]}" by ${excess}%`,
    }
  }
  // "tổng vốn đầu tư … đạt 2.950 tỷ đồng, vượt chỉ tiêu đề ra 17,06%": the plan named between the excess and its
  // amount; of a rate ("tăng trưởng đạt 16,72%, vượt kế hoạch (KH) 0,22%") the excess is in points, as above.
  const excessNamed =
    planNamedInExcess.exec(said) ?? planLevelSetExceeded.exec(said) ?? planBeforeExcess.exec(said)
  const planOfExcess = excessNamed?.[1]
  const excessBound = excessNamed?.[2]?.toLocaleLowerCase('vi')
  // ("vượt chỉ tiêu 95% đề ra" is the plan's level.)
  if (planOfExcess && reading.kind === 'amount' && !planSetAfter.test(after)) {
    const excess = toNumber(reading.value)
    const rateExcess = isRateExcess && excess < 100 && (level === null || excess <= level)
    // ("vượt … hơn 2,7%": the bound is the excess's, and so the share's.)
    const comparator = excessBound || reading.comparator === 'about' ? reading.comparator : 'exact'
    // "… đạt 4%, so với kế hoạch vượt từ 0,2-0,5%": a rate's excess over a range is in points too.
    if (rateExcess)
      return {
        unit: 'percentage-point',
        value: excess,
        ...(reading.max ? { max: toNumber(reading.max) } : {}),
        comparator: reading.max ? reading.comparator : comparator,
      }
    if (!reading.max)
      return {
        unit: /dự toán/iu.test(planOfExcess) ? 'percent-of-estimate' : 'percent-of-plan',
        value: toNumber(add(decimalFromDigits('100'), reading.value)),
        comparator,
      }
  }
  // "công nghiệp tăng 15,06%, thấp hơn mục tiêu cả năm 3,44%", "thu ngân sách 412 tỷ đồng, cao hơn dự toán 12%": how far
  // a result is above or under the plan named before the gap; of a rate, in points.
  const gap = planNamedInGap.exec(said)
  if (gap && reading.kind === 'amount' && !reading.max) {
    const sign = /^thấp/iu.test(gap[1] ?? '') ? -1 : 1
    const size = toNumber(reading.value)
    // (Its result is said before the gap, in the clause or the one before: "tăng 12,9%, thấp hơn kế hoạch 1,1%"; a rate's
    // in percent, an amount's in its unit.)
    const prior = `${sentenceBefore} ${clauseBefore}`
    const lastRate = [...prior.matchAll(/\d\s*%/gu)].at(-1)?.index ?? -1
    const lastOther = [...prior.matchAll(amountWithUnit)].at(-1)?.index ?? -1
    const isRate = (isRateExcess || lastRate > lastOther) && size < 100
    const comparator = gap[3] || reading.comparator === 'about' ? reading.comparator : 'exact'
    return isRate
      ? { unit: 'percentage-point', value: sign * size, comparator }
      : {
          unit: /dự toán/iu.test(gap[2] ?? '') ? 'percent-of-estimate' : 'percent-of-plan',
          value: 100 + sign * size,
          comparator,
        }
  }
  // "So với kế hoạch năm đề ra, 9 tháng đầu năm, tỉnh đã hoàn thành 81,6% về xuất khẩu và 81,75% về nhập khẩu": the plan
  // a sentence opens with is the one the shares it goes on to reach are of.
  const planOpening = planOpensSentence.exec(`${sentenceBefore} ${clauseBefore}`)
  if (planOpening && !comparedAfter.test(after) && !reading.max)
    return pick(/dự toán/iu.test(planOpening[1] ?? '') ? 'percent-of-estimate' : 'percent-of-plan')
  // "… được 77,571 tỷ đồng, so kế hoạch năm đạt 76,73%": the plan named before the share it reaches; "ước hoàn thành
  // vượt dự toán thành phố giao bằng 110,6%": the plan reached, as those who set it assigned it.
  const planBefore = planBeforeShare.exec(said) ?? assignedPlanReached.exec(said)
  if (planBefore)
    return pick(/dự toán/iu.test(planBefore[1] ?? '') ? 'percent-of-estimate' : 'percent-of-plan')
  // "Tổng đàn trâu đạt 95,07%; đàn bò đạt 88,93%", "… đáng chú ý như diện tích gieo trồng … cả năm đạt 96,44%": a
  // bare share of an amount (no count or area is a share of itself) reaches its plan.
  // ("Giá trị ngành dịch vụ đạt 101,3%, giá trị sản xuất công nghiệp đạt 100,1%": the list's last item, said bare.)
  const amountSubject =
    [subject, subject.split(',').at(-1) ?? ''].find(
      (words) => amountNoun.test(words) && !/\d/u.test(words),
    ) ?? ''
  if (
    amountNoun.test(amountSubject) &&
    reachedVerb.test(said) &&
    !/t[ỷỉ] lệ|t[ỷỉ] trọng|tốc độ|tăng|giảm|bình quân/iu.test(amountSubject) &&
    !comparedAfter.test(after)
  )
    return pick(shareOfPlan)
  // "TM-DV đạt 52%, tăng 15,6%; sản xuất TTCN đạt 51%, tăng 20,7%": what a sector reached, then how much it grew, is
  // the share of its plan (a rate is named as one; a sector's index of last year is 100 plus its growth).
  const growthAfter = growthRightAfter.exec(after)?.[1]
  const item = subject.split(',').at(-1) ?? ''
  if (
    growthAfter !== undefined &&
    reading.kind === 'amount' &&
    !reading.max &&
    reachedVerb.test(said) &&
    !rateNames.test(item) &&
    !/\d/u.test(item) &&
    Math.abs(toNumber(reading.value) - 100 - (readVietnameseNumber(growthAfter) ?? 0)) > 0.15
  )
    return pick(shareOfPlan)
  // "… các chỉ tiêu cơ bản đạt kế hoạch đề ra: … trồng thuốc lá đạt 100,5%; thu ngân sách đạt 145%": in a list of
  // what reached its plan, a bare share reached is of the plan.
  // ("Trong đó, một số chỉ tiêu khó nhưng kết quả vẫn đạt cao như: Xây dựng nông thôn mới đạt 325%; …": targets said
  // reached, then each one's share.)
  if (
    (new RegExp(
      String.raw`(?:đạt|hoàn thành|vượt)(?:\s+và\s+vượt)?\s+(?:kế hoạch|chỉ tiêu|KH)(?![${letter}])`,
      'iu',
    ).test(listLead) ||
      targetsSaidReached.test(listLead)) &&
    reachedVerbBound.test(said) &&
    !rateNames.test(subject) &&
    !comparedAfter.test(after)
  )
    return pick('percent-of-plan')
  // "đã giải ngân đạt 62%", "giải ngân … được 99,2/151,7 tỷ đồng, đạt 65,4%": what is paid out reaches a share of
  // the capital planned for it ("tỷ lệ giải ngân … đạt 95%" is a rate and keeps its level).
  // ("… kế hoạch vốn … gần 287 tỷ đồng, đến ngày 23/12/2022 đã giải ngân được 90,3%": paid out, a share of it.)
  if (
    new RegExp(String.raw`(?<![${letter}])giải ngân`, 'iu').test(subject) &&
    (reachedVerb.test(said) ||
      new RegExp(String.raw`(?<![${letter}])giải ngân\s+được\s*$`, 'iu').test(said)) &&
    !rateNames.test(subject) &&
    !comparedAfter.test(after)
  )
    return pick('percent-of-plan')
  // "… đã giải ngân đạt 27,07% (cao hơn so với cùng kỳ năm 2023 (17,4%); trong đó một số nguồn vốn đạt khá như: Chương
  // trình MTQG xây dựng NTM (61,99%), …": a share bracketed after what it measures, in a sentence of what was paid out, is
  // paid out too (last year's, or a source's).
  if (
    /\(\s*$/u.test(before) &&
    new RegExp(String.raw`(?<![${letter}])giải ngân\s+(?:đạt|được)\s+[\d.,]+\s*%`, 'iu').test(
      `${sentenceBefore}${clauseBefore}`,
    ) &&
    !rateNames.test(subject)
  )
    return pick('percent-of-plan')
  // "…, tương ứng đạt kế hoạch lần lượt 44%; 40%; 38% và 1%", "…, lần lượt đạt 100% và 34% kế hoạch".
  const planInTurn = planOfSharesInTurn(`${sentenceBefore}${ownBefore}`, ownBefore, after)
  if (planInTurn && !reading.max)
    return pick(/dự toán/iu.test(planInTurn) ? 'percent-of-estimate' : 'percent-of-plan')
  // "Tỷ lệ hộ nghèo giảm 3,3%, chia theo các huyện như sau: Thành phố Yên Bái giảm 0,16% …": a rate's change broken
  // down by place is in points, as the rate's own is.
  const placeItem = `${clauseBefore.split(/[;:]/u).at(-1) ?? ''}${said.slice(before.length)}`
  const isPlacesRate =
    placeSubject.exec(placeItem)?.[2] !== undefined &&
    /t[ỷỉ] lệ[^:;.]*?(?:giảm|tăng)\s+[\d,]+\s*%/iu.test(`${sentenceBefore} ${listLead}`)
  // "Nhiều xã có tỷ lệ hộ nghèo giảm cao như: Đại Tự giảm 1,12%, Đồng Cương giảm 0,89%": places named bare in a list
  // of places whose rate changed.
  const isNamedPlacesRate =
    new RegExp(
      String.raw`(?:^|[,;:]\s*)\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}\s+(?:giảm|tăng)\s*$`,
      'u',
    ).test(placeItem) &&
    new RegExp(
      String.raw`(?<![${letter}])(?:xã|phường|huyện|địa phương|đơn vị)(?![${letter}])[^:;.]*?t[ỷỉ] lệ[^:;.]*?(?:giảm|tăng)[^:;.\d]*?(?:như|sau|gồm)?\s*:`,
      'iu',
    ).test(`${sentenceBefore} ${clauseBefore}`)
  if (isPlacesRate || isNamedPlacesRate) return pick('percentage-point')
  // "tỷ trọng khu vực công nghiệp - xây dựng giảm 3,74%; dịch vụ tăng 3,04%; nông nghiệp tăng 0,27%": the sectors
  // after a share's change go on changing their shares, in points.
  const isSectorsShare =
    sectorAlone.test(placeItem.replace(/^[\s,;]*(?:và\s+)?|\s+(?:tăng|giảm)\s*$/giu, '')) &&
    new RegExp(String.raw`(?<![${letter}])(?:tăng|giảm)\s*$`, 'iu').test(placeItem) &&
    /t[ỷỉ] trọng[^:.]*?(?:giảm|tăng)\s+[\d,]+\s*%/iu.test(`${sentenceBefore} ${listLead}`)
  if (isSectorsShare) return pick('percentage-point')
  // "giảm 0,04% tỷ lệ hộ nghèo": a fall said before the rate it lowers is the size of the fall, as "giảm tỷ lệ hộ nghèo
  // 0,04%" is (the curated Đông Hà dataset's "Mức giảm tỷ lệ hộ nghèo").
  const fallWord = /^giảm\s+/iu.exec(reading.valueText)?.[0]
  if (
    fallWord &&
    rateNamedAfter.test(clause.slice(clause.indexOf(reading.valueText) + reading.valueText.length))
  )
    return {
      unit: 'percentage-point',
      value: Math.abs(toNumber(reading.value)),
      ...(reading.max ? { max: Math.abs(toNumber(reading.max)) } : {}),
      valueText: reading.valueText.slice(fallWord.length),
    }
  // "tỷ lệ giảm hộ nghèo đa chiều toàn tỉnh đạt 3,7%", "tỷ lệ giảm nghèo đạt 8,39%": how much the poverty rate fell, in
  // points of it (each year's too).
  if (
    new RegExp(
      String.raw`(?<![${letter}])(?:t[ỷỉ] lệ|mức)\s+giảm\s+(?:t[ỷỉ] lệ\s+)?(?:số\s+)?(?:hộ\s+)?(?:nghèo|cận nghèo)(?![${letter}])[^,;.\d]*$`,
      'iu',
    ).test(untilAmount)
  )
    return pick('percentage-point')
  // "GRDP … tăng 5,56% so với cùng kỳ. Trong đó khu vực nông lâm nghiệp và thuỷ sản đóng góp 1,19%, …": a part of the
  // growth, said with nothing it is a share of, is in points of it ("đóng góp 30% tổng thu ngân sách" is a share).
  // ("tăng 13,26% (đóng góp 81% vào mức tăng chung)", "…, tăng 1,06% (đóng góp 0,9%)": parts no points could be, larger
  // than every growth said, are shares of the growth, and so are the other parts of that sentence.)
  if (
    /đóng góp(?:\s+tăng)?(?:\s+(?:được|khoảng|gần|hơn|trên))?\s*$/iu.test(said) &&
    // ("đóng góp tăng 2,57% cho GRDP": what it added to the economy's growth.)
    (/^\s*(?:[,;.)]|và\s|vào\s+(?:mức\s+)?tăng|$)/iu.test(after) ||
      (/đóng góp\s+tăng/iu.test(said) && /^\s*(?:cho|vào)\s+(?:GRDP|tăng trưởng)/iu.test(after)))
  )
    return pick(
      isShareOfGrowth(`${sentenceBefore} ${clauseBefore}${reading.valueText}`)
        ? 'percent'
        : 'percentage-point',
    )
  // Poor households' change said as their share of all households: the rate's change, in points.
  if (!reading.max && isPoorHouseholdsChange(untilAmount, said, after)) return pick('percentage-point')
  // "tỷ lệ hộ nghèo giảm 2,06% (NQ đề ra 1,5 - 2%)": the plan bracketed beside a rate's change is in points too.
  const changeBeforePlan = changeThenPlanBracket.exec(clauseBefore)
  if (
    changeBeforePlan?.[1] !== undefined &&
    isPercentagePointChange(`${changeBeforePlan[1]} `, changeBeforePlan[1])
  )
    return pick('percentage-point')
  return pick(
    // "tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,8%": a rate's yearly fall is in points, as its fall in one year is.
    // "giảm tỷ lệ hộ nghèo đa chiều dưới 0,22%": a fall bounded from above is the level it brings the rate to.
    // (Not one written a year: "Tỷ lệ hộ nghèo giảm bình quân/năm: trên 8%".)
    !yearlyBeforeAmount.test(untilAmount) &&
      !yearlyAfterAmount.test(after) &&
      reading.comparator !== 'under' &&
      reading.comparator !== 'atMost' &&
      isPossibleInPoints(
        untilAmount,
        toNumber(reading.value),
        new RegExp(String.raw`(?<![${letter}])giảm`, 'iu').test(said),
      ) &&
      isPercentagePointChange(
        said,
        untilAmount,
        clause.slice(clause.indexOf(reading.valueText) + reading.valueText.length),
      )
      ? 'percentage-point'
      : // "tăng trưởng GRDP bình quân 7-8% mỗi năm": a rate a year, as written after the amount; "… chỉ tăng 0,4%/năm,
        // trong đó khu vực nông, lâm nghiệp và thủy sản tăng nhẹ (+0,95%)": the parts of a growth written a year grow
        // yearly too. An average said before a bare "%" ("tăng bình quân hằng năm 16%") is in percent, as written: its
        // name says it is an average, and a year's growth can be set against it.
        // ("tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 80% hằng năm" is a level each year.)
        (yearlyAfterAmount.test(after) && changeWordStart.test(untilAmount)) ||
          yearlyBeforeAmount.test(untilAmount) ||
          (partsOfYearlyGrowth(`${sentenceBefore} ${clauseBefore}`) &&
            (changeWordStart.test(said) || /^[+\-−]/u.test(reading.valueText)))
        ? 'percent-per-year'
        : 'percent',
  )
}

/** Whether the parts of a growth said so far ("đóng góp 81%") are larger than every growth said: shares of it. */
function isShareOfGrowth(text: string): boolean {
  const percents = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((m) => Number((m[1] ?? '').replace(/\./gu, '').replace(',', '.')))
  const parts = percents(/đóng góp(?:\s+(?:được|khoảng|gần|hơn|trên))?\s*(\d[\d.,]*)\s*%/giu)
  const growths = percents(/(?:tăng|tăng trưởng)(?:\s+(?:khoảng|gần|hơn|trên))?\s*(\d[\d.,]*)\s*%/giu)
  return parts.length > 0 && growths.length > 0 && Math.max(...parts) > Math.max(...growths)
}
