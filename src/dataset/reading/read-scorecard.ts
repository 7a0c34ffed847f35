import { letter } from '../../lib/reg-exp.ts'
import { decimalFromNumber, toNumber } from './decimal.ts'
import { type AmountReading, readAmounts } from './read-amount.ts'

/**
 * How many of a report's targets were reached, as it words it, with the words' offsets in the text read; `isEstimate`
 * where the words only expect them reached ("25/28 chỉ tiêu … dự kiến hoàn thành", "ước cả năm đạt 18/21 chỉ tiêu").
 */
export type ScorecardReading = {
  achieved: number
  total: number
  start: number
  end: number
  valueText: string
  isEstimate?: true
}

/** "dự kiến", "ước", "dự ước", "sẽ": the achievement of a scorecard expected, not yet said reached. */
const expectedBefore = new RegExp(
  String.raw`(?<![${letter}])(?:dự kiến|dự ước|ước(?:\s+tính|\s+thực hiện)?|sẽ|có khả năng)(?:\s+(?:cả năm|đến cuối năm|hết năm))?(?:\s+(?:có|đạt|hoàn thành|đạt và vượt|hoàn thành và vượt|vượt)){0,2}(?:\s+(?:kế hoạch|KH))?\s*$`,
  'iu',
)
const expectedAfter = new RegExp(
  String.raw`^[^.;:!?\d]{0,60}?(?<![${letter}])(?:dự kiến|dự ước|ước(?:\s+tính)?|sẽ|có khả năng)\s+(?:(?:cơ bản|cả năm)\s+)?(?:đạt|hoàn thành|vượt)(?![${letter}])`,
  'iu',
)

/** "Ước thực hiện cả năm 2020, Cẩm Xuyên có 18/23 chỉ tiêu …": a clause opened by the year's estimate. */
const estimateOpens = new RegExp(
  String.raw`^\s*(?:ước(?:\s+(?:thực hiện|tính))?|dự ước|dự kiến)\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d{2})?\s*,[^,]{0,60}$`,
  'iu',
)

/** Marks the scorecards whose words only expect the targets reached. */
function withEstimates(text: string, cards: ScorecardReading[]): ScorecardReading[] {
  return cards.map((card) => {
    const clauseStart = Math.max(
      ...['.', ';', ':', '!', '?'].map((mark) => text.lastIndexOf(mark, card.start - 1)),
    )
    const before = text.slice(Math.max(clauseStart + 1, card.start - 60), card.start)
    const after = text.slice(card.end, card.end + 80)
    const clause = text.slice(clauseStart + 1, card.start)
    return expectedBefore.test(before) || expectedAfter.test(after) || estimateOpens.test(clause)
      ? { ...card, isEstimate: true }
      : card
  })
}

/** "chỉ tiêu", "nhóm chỉ tiêu": the words a count of targets is written with. */
export const indicatorWord = /^(?:nhóm\s+)?chỉ tiêu/iu

/** Numbers written in words, as reports sometimes write counts of targets: "hai mươi ba", "mười chín", "bốn". */
const units = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
}
const unitWord = Object.keys(units).join('|')
const numberWords = String.raw`(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi(?:\s+(?:${unitWord}))?|mười(?:\s+(?:${unitWord}))?|${unitWord})`
const countInWords = new RegExp(String.raw`(?<![${letter}])(${numberWords})\s+chỉ tiêu`, 'giu')

/** "hai mươi ba" → 23, "mười chín" → 19, "bốn" → 4. */
export function numberFromWords(words: string): number {
  const parts = words.toLocaleLowerCase('vi').split(/\s+/u)
  const unitOf = (word: string | undefined) => (word ? ((units as Record<string, number>)[word] ?? 0) : 0)
  if (parts[0] === 'mười') return 10 + unitOf(parts[1])
  if (parts[1] === 'mươi') return unitOf(parts[0]) * 10 + unitOf(parts[2])
  return unitOf(parts[0])
}
/** Words that say the targets counted were reached ("đạt", "đạt và vượt", "hoàn thành", "vượt"). */
const reached = new RegExp(String.raw`(?:đạt|hoàn thành|vượt)(?![${letter}])`, 'iu')
// "đạt và vượt kế hoạch 18 chỉ tiêu": the plan may be named before the count.
const reachedBefore =
  /(?:đạt|hoàn thành|vượt|thực hiện được)(?:\s+và\s+(?:vượt|hoàn thành vượt))?(?:\s+(?:kế hoạch|KH))?\s*$/iu
// "có 17 chỉ tiêu dự kiến đạt, vượt": reached, as a year-end report expects it; "có 29 chỉ tiêu cơ bản đạt và vượt kế
// hoạch": all reached, some beyond (not "3 chỉ tiêu cơ bản đạt" alone, a status short of reached).
const reachedAfter = new RegExp(
  String.raw`^\s*(?:chủ yếu\s+)?(?:(?:đã|dự kiến|ước)\s+|cơ bản\s+(?=(?:đạt|hoàn thành)\s+và\s+vượt))?(?:đạt|hoàn thành|vượt)(?:\s+và\s+(?:vượt|hoàn thành vượt))?(?![${letter}])`,
  'iu',
)
const remainder = new RegExp(
  String.raw`^\s*(?:[${letter}]+\s+){0,3}?,?\s*(?:còn|và|có)?\s*(?:\d{1,3}|[${letter}]+(?:\s+[${letter}]+){0,2})\s+chỉ tiêu\s+(?:chưa|không)\s+(?:đạt|hoàn thành)(?![${letter}])`,
  'iu',
)
/** "19 trên 23 chỉ tiêu", "19 trên tổng số 23 chỉ tiêu", "17 trong số 20 chỉ tiêu", "20 chỉ tiêu/21 chỉ tiêu". */
const ofTotal =
  /(?<![\d.,])(\d{1,3})\s+(?:(?:trên|trong số|trong tổng số)\s+(?:tổng số\s+)?|chỉ tiêu\s*\/\s*)(\d{1,3})\s+chỉ tiêu/giu

/** "đã đề ra 27 chỉ tiêu, và đã có 25 hoàn thành": the count reached said with no "chỉ tiêu" of its own. */
const countThenReached = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3})\s+chỉ tiêu(?:[^.;!?\d]{0,60}?)\s(?:đã\s+)?có\s+(\d{1,3})\s+(?:đã\s+)?(?:hoàn thành|đạt)(?![${letter}])`,
  'giu',
)

/**
 * "Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành", "tất cả 15 chỉ tiêu đều đạt và vượt", "toàn bộ 52 chỉ tiêu nghị quyết
 * đều hoàn thành", "Cả 16 chỉ tiêu kinh tế - xã hội chủ yếu của thành phố đều hoàn thành": every target reached.
 */
const allReached = new RegExp(
  String.raw`(?<![${letter}])(?:toàn bộ|tất cả|cả)\s+(\d{1,3})\s+chỉ tiêu(?:\s+(?:kinh tế\s*[-–]\s*xã hội|chủ yếu|cơ bản|nghị quyết|đề ra))*(?:\s+của\s+(?:ngành|huyện|tỉnh|xã|phường|thành phố|thị xã|đơn vị))?\s+(?:đều\s+)?(?:đạt|hoàn thành)(?:\s+và\s+(?:vượt|hoàn thành vượt))?(?:\s+kế hoạch)?(?![${letter}])`,
  'giu',
)

/**
 * "đạt và vượt toàn bộ 20 chỉ tiêu", "hoàn thành tất cả 15 chỉ tiêu", "hoàn thành kế hoạch toàn bộ 15 chỉ tiêu": every
 * target reached, the verb said first.
 */
const reachedAll = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|hoàn thành)(?:\s+và\s+(?:vượt|hoàn thành vượt))?(?:\s+(?:kế hoạch|KH))?\s+(?:toàn bộ|tất cả|cả)\s+(\d{1,3})\s+chỉ tiêu`,
  'giu',
)

/**
 * "Hoàn thành 26 chỉ tiêu Nghị quyết đề ra, trong đó có 11 chỉ tiêu vượt": the targets set, named by "đề ra", all reached
 * (unless the sentence counts a larger whole first or says some were not reached).
 */
const reachedSetTargets = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|hoàn thành)(?:\s+và\s+(?:vượt|hoàn thành vượt)(?:\s+mức)?)?\s+(\d{1,3})\s+chỉ tiêu(?:\s+(?:chủ yếu|cơ bản))?(?:\s+(?:của\s+)?(?:Nghị quyết|NQ)(?:\s+Đại hội)?)?\s+(?:đã\s+)?đề ra(?![${letter}])(?![^.;!?]*(?:chưa|không)\s+(?:đạt|hoàn thành))`,
  'giu',
)

/**
 * "Trong 23 chỉ tiêu … theo Nghị quyết …; đến nay, huyện đã hoàn thành 100% chỉ tiêu NQ đề ra": the targets counted,
 * then all of them said reached as a share.
 */
const countAllReached = new RegExp(
  String.raw`(?<![\d.,/])(\d{1,3})\s+chỉ tiêu[^.!?]{0,160}?(?<![${letter}])(?:hoàn thành|đạt)(?:\s+và\s+vượt)?\s+100\s*%\s+(?:các\s+)?chỉ tiêu(?![${letter}])`,
  'giu',
)

/**
 * Every scorecard in a text: "8/13 chỉ tiêu … đạt", "có 19 trên 23 chỉ tiêu đạt", "toàn bộ 33 chỉ tiêu đều hoàn
 * thành", and the two counts of one
 * sentence ("đề ra 22 chỉ tiêu …, trong đó thực hiện đạt và vượt 19 chỉ tiêu", "Trong 24 chỉ tiêu …, có 20 chỉ
 * tiêu đạt và vượt"). The one reader of scorecards for the draft and the verifier.
 */
/**
 * "Đến hết tháng 6, có 28/46 chỉ tiêu có kết quả và đánh giá được tiến độ": targets that can be reckoned so far, not
 * targets reached.
 */
const notReckoned = new RegExp(
  String.raw`^\s*(?:[${letter}]+\s+){0,3}?(?:có kết quả|(?:được\s+)?đánh giá được|chưa (?:có kết quả|có số liệu|đánh giá)|đang thực hiện)(?![${letter}])`,
  'iu',
)

/** "Biên Hòa đã thực hiện đạt và vượt 41/41 của năm 2024": the targets left unsaid after the words that count them. */
const reachedUnsaid = new RegExp(
  String.raw`(?<![${letter}])(?:đạt và vượt|hoàn thành và vượt)\s+\d{1,3}\s*\/\s*\d{1,3}(?=\s+của\s+năm|\s*[.;,]|\s*$)`,
  'iu',
)

/** " đạt và vượt kế hoạch", " đều hoàn thành chỉ tiêu": reached against the plan, said of the criteria counted before. */
const reachedAgainstPlan = String.raw`\s+(?:đều\s+)?(?:đạt|hoàn thành)(?:\s+và\s+(?:vượt|hoàn thành vượt))?(?:\s+so với)?\s+(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|mục tiêu)(?![${letter}])`
const planReachedAfter = new RegExp(`^${reachedAgainstPlan}`, 'iu')
/** "12/17 tiêu chí đạt và vượt kế hoạch": a scorecard that calls its targets criteria. */
const criteriaOfPlan = new RegExp(String.raw`\d\s*\/\s*\d{1,3}\s+tiêu chí${reachedAgainstPlan}`, 'iu')

/**
 * Whether a time named right after a scorecard is the scorecard's own ("17/17 chỉ tiêu đã hoàn thành trong năm nay"),
 * within its clause (not the next clause's: "19/22 chỉ tiêu, năm 2025 phấn đấu …"). `between` runs from the
 * scorecard's end to the time.
 */
export function isTimeOfScorecard(between: string): boolean {
  return between.length <= 40 && /^[^,;.:()]*(?<![\p{L}])(?:trong|của)\s*$/u.test(between)
}

/** "13 chỉ triêu đạt và vượt": a page's typo of "chỉ tiêu", read as the word it stands for (same length, a space after). */
const targetWordTypo = new RegExp(String.raw`(?<![${letter}])chỉ triêu(?![${letter}])`, 'giu')

export function readScorecards(text: string): ScorecardReading[] {
  const read = text.replace(targetWordTypo, (typo) => `${typo.slice(0, 3)} tiêu `)
  if (read === text) return readScorecardsIn(text)
  // The amounts as the page writes them: each reading's words, at the same place in the text as written.
  return readScorecardsIn(read).map((card) => {
    const at = read.indexOf(card.valueText, card.start)
    return at < 0 ? card : { ...card, valueText: text.slice(at, at + card.valueText.length) }
  })
}

function readScorecardsIn(text: string): ScorecardReading[] {
  // Every form counts "chỉ tiêu" (or leaves it unsaid after "đạt và vượt"): a text without the word has no scorecard,
  // and its amounts need not be read.
  if (!/chỉ\s+tiêu/iu.test(text) && !reachedUnsaid.test(text) && !criteriaOfPlan.test(text)) return []
  const found: ScorecardReading[] = []
  const amounts = readAmounts(text)
  // "đạt và vượt 10/11 các chỉ tiêu": a fraction of "the targets"; "18/18 nhóm chỉ tiêu": of groups of targets; "Có
  // 14/17 hoàn thành đạt và vượt chỉ tiêu": of the targets named after what was done.
  const isOfTheTargets = (amount: AmountReading) =>
    amount.kind === 'fraction' &&
    ((amount.unitText === '' &&
      /^\s+(?:(?:hoàn thành|đạt)(?:\s+(?:và|,)?\s*(?:đạt|vượt|hoàn thành))*\s+)?(?:các|những)?\s*chỉ tiêu/iu.test(
        text.slice(amount.end),
      )) ||
      /^nhóm chỉ tiêu$/iu.test(amount.unitText) ||
      (amount.unitText === '' &&
        reachedUnsaid.test(text.slice(Math.max(0, amount.start - 20), amount.end + 10))) ||
      (/^nhóm$/iu.test(amount.unitText) && /^\s+chỉ tiêu/iu.test(text.slice(amount.end))) ||
      // ("có 12/17 tiêu chí đạt và vượt kế hoạch của Nghị quyết": the targets called criteria, reached against the plan.)
      (/^tiêu chí$/iu.test(amount.unitText) && planReachedAfter.test(text.slice(amount.end))))
  // ("Trong 17 nhóm chỉ tiêu …, có 9 nhóm chỉ tiêu đạt và 8 nhóm chỉ tiêu vượt": groups of targets counted as targets are,
  // unless the targets themselves are counted beside them: "19 chỉ tiêu thành phần (của 16 nhóm chỉ tiêu)".)
  const counted = amounts.filter((amount) => indicatorWord.test(amount.unitText) || isOfTheTargets(amount))
  const isGroup = (amount: AmountReading) => /^nhóm/iu.test(amount.unitText) && amount.kind !== 'fraction'
  const counts = counted.some((amount) => /^chỉ tiêu/iu.test(amount.unitText))
    ? counted.filter((amount) => !isGroup(amount))
    : counted
  // "2/27 chỉ tiêu chưa đạt": 25 of 27 reached; "7/22 chỉ tiêu vượt, 12/22 chỉ tiêu đạt và 3/22 chỉ tiêu không đạt":
  // one scorecard, 19 of 22, told by outcome.
  // (… "gồm 20/32 chỉ tiêu theo Chương trình … và 8/14 chỉ tiêu Huyện ủy bổ sung": its parts, up to the sentence's end.)
  const reckonedOnly = counts
    .filter(
      (amount) => amount.kind === 'fraction' && notReckoned.test(text.slice(amount.end, amount.end + 40)),
    )
    .map((amount) => ({
      start: amount.start,
      end: amount.end + (/^[^.;]*/u.exec(text.slice(amount.end))?.[0].length ?? 0),
    }))
  const fractions = counts
    .filter(
      (amount) =>
        amount.kind === 'fraction' &&
        amount.total !== undefined &&
        !reckonedOnly.some((span) => amount.start >= span.start && amount.start < span.end),
    )
    .map((amount) => {
      const after = statusAfter.exec(text.slice(amount.end, amount.end + 30))
      return {
        amount,
        status: statusOf(after),
        // "7/12 chỉ tiêu vượt kế hoạch": those beyond the plan only; how many more reached it, the words do not say.
        // ("10/13 chỉ tiêu vượt và đạt kế hoạch": those beyond it and those that reached it, all reached.)
        isBeyondOnly:
          after !== null &&
          /^\s*(?:(?:đã|dự kiến|ước)\s+)?vượt(?!\s+và)/iu.test(text.slice(amount.end, amount.end + 30)),
        end: after ? amount.end + after[0].length : amount.end,
        total: toNumber(amount.total ?? decimalFromNumber(0)),
      }
    })
  let group: typeof fractions = []
  const closeGroup = () => {
    const first = group[0]
    const last = group.at(-1)
    if (first && last) {
      const total = first.total
      const part = (item: (typeof group)[number]) => toNumber(item.amount.value)
      const isByOutcome = group.length >= 2 && group.every((item) => item.status !== undefined)
      const reachedParts = group.filter((item) => item.status === 'reached').map(part)
      const sum = reachedParts.reduce((all, value) => all + value, 0)
      // "19/22 chỉ tiêu đạt và 7/22 chỉ tiêu vượt": those beyond are among those reached, when the parts add up past it.
      const achieved = isByOutcome
        ? sum <= total
          ? sum
          : Math.max(...reachedParts)
        : first.status === 'missed'
          ? total - part(first)
          : part(first)
      const end = isByOutcome || first.status === 'missed' ? last.end : first.amount.end
      const isSomeBeyond = !isByOutcome && first.isBeyondOnly && part(first) < total
      if (achieved >= 0 && achieved <= total && !isSomeBeyond)
        found.push({
          achieved,
          total,
          start: first.amount.start,
          end,
          valueText: text.slice(first.amount.start, end),
        })
      if (!isByOutcome)
        for (const item of group.slice(1)) {
          const value = part(item)
          if (value <= item.total)
            found.push({
              achieved: value,
              total: item.total,
              start: item.amount.start,
              end: item.amount.end,
              valueText: item.amount.valueText,
            })
        }
    }
    group = []
  }
  for (const item of fractions) {
    const previous = group.at(-1)
    const between = previous ? text.slice(previous.end, item.amount.start) : ''
    // ("… vượt mức 18/19 chỉ tiêu kinh tế-xã hội, trong đó 3/19 chỉ tiêu kinh tế quan trọng đều hoàn thành vượt …": the
    // detail of the scorecard just given, no scorecard of its own.)
    if (
      previous?.total === item.total &&
      between.length <= 60 &&
      /^[^.;!?:]*trong đó[^.;!?:]*$/iu.test(between)
    ) {
      closeGroup()
      continue
    }
    if (previous && (previous.total !== item.total || between.length > 40 || /[.;!?:]/u.test(between)))
      closeGroup()
    group.push(item)
  }
  closeGroup()
  // The forms written in one piece: "19 trên 23 chỉ tiêu", "đề ra 27 chỉ tiêu, và đã có 25 hoàn thành", "toàn bộ 33 chỉ
  // tiêu chủ yếu đều hoàn thành", each match read as its counts.
  const wholeForms: [RegExp, (match: RegExpExecArray) => [achieved: number, total: number]][] = [
    [ofTotal, (match) => [Number(match[1]), Number(match[2])]],
    [countThenReached, (match) => [Number(match[2]), Number(match[1])]],
    [allReached, (match) => [Number(match[1]), Number(match[1])]],
    [reachedAll, (match) => [Number(match[1]), Number(match[1])]],
    [reachedSetTargets, (match) => [Number(match[1]), Number(match[1])]],
    [countAllReached, (match) => [Number(match[1]), Number(match[1])]],
  ]
  for (const [pattern, counts] of wholeForms)
    for (const match of text.matchAll(pattern)) {
      const [achieved, total] = counts(match)
      // ("Trong 24 chỉ tiêu, hoàn thành 20 chỉ tiêu đề ra": the targets reached, of a whole counted first.)
      const isPartOfCount =
        pattern === reachedSetTargets && /\d\s*chỉ tiêu/iu.test(text.slice(0, match.index))
      if (achieved <= total && !isPartOfCount)
        found.push({
          achieved,
          total,
          start: match.index,
          end: match.index + match[0].length,
          valueText: match[0],
        })
    }
  // Two plain counts in one sentence: the total, then how many were reached; in digits or in words.
  const inWords = [...text.matchAll(countInWords)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    valueText: match[0],
    value: decimalFromNumber(numberFromWords(match[1] ?? '')),
  }))
  const plain = [
    ...counts.filter((amount) => amount.kind === 'amount' && amount.max === undefined),
    ...inWords,
  ].sort((a, b) => a.start - b.start)
  // "vượt 11 chỉ tiêu, 5 chỉ tiêu đạt, 2 chỉ tiêu cơ bản đạt và 1 chỉ tiêu không đạt": a count of each outcome.
  const breakdowns = readBreakdowns(text, counts)
  plain.forEach((total, i) => {
    const achieved = plain[i + 1]
    const isTaken = (start: number) => found.some((card) => card.start <= start && card.end > start)
    if (!achieved || isTaken(total.start) || isTaken(achieved.start)) return
    const between = text.slice(total.end, achieved.start)
    if (/[.!?]\s/u.test(between) || between.length > 160) return
    const digit = achieved.start + Math.max(0, achieved.valueText.search(/\d/u))
    // "Trong 18 chỉ tiêu …, xã vượt 10 chỉ tiêu, 5 chỉ tiêu đạt, …": the total, then its breakdown.
    const breakdown = breakdowns.find((card) => card.start <= digit && card.end > digit)
    // ("Trong tổng số 25 chỉ tiêu …, có 12 chỉ tiêu vượt kế hoạch và 9 chỉ tiêu đạt kế hoạch": counts all reached, under a
    // larger total, leave the rest not reached.)
    if (breakdown) {
      if (
        breakdown.total === toNumber(total.value) ||
        (breakdown.needsTotal && breakdown.total < toNumber(total.value))
      )
        found.push({
          achieved: breakdown.achieved,
          total: toNumber(total.value),
          start: total.start,
          end: breakdown.end,
          valueText: text.slice(total.start, breakdown.end),
        })
      return
    }
    const after = text.slice(achieved.end, achieved.end + 30)
    const saidBefore = reachedBefore.exec(text.slice(Math.max(0, digit - 40), digit))?.[0]
    const saidAfter = reachedAfter.exec(after)?.[0]
    // "Trong số 22 chỉ tiêu …, có 9 chỉ tiêu vượt kế hoạch": those exceeded only, not all those reached.
    const isOnlyExceeded = [saidBefore, saidAfter].every(
      (words) =>
        words === undefined ||
        /^\s*(?:chủ yếu\s+)?(?:(?:đã|dự kiến|ước)\s+)?vượt(?:\s+(?:kế hoạch|KH))?\s*$/iu.test(words),
    )
    const isReached = (saidBefore !== undefined || saidAfter !== undefined) && !isOnlyExceeded
    // "vượt 9 chỉ tiêu, 4 chỉ tiêu đạt": a count said reached is no total (the verb may be inside its words).
    const totalDigit = total.start + Math.max(0, total.valueText.search(/\d/u))
    const [a, t] = [toNumber(achieved.value), toNumber(total.value)]
    if (!isReached || a > t || reached.test(text.slice(Math.max(0, totalDigit - 30), totalDigit))) return
    // "…, còn 3 chỉ tiêu chưa đạt": the rest of the count belongs to the scorecard's words.
    const reachedEnd = achieved.end + (reachedAfter.exec(after)?.[0].length ?? 0)
    const rest = remainder.exec(text.slice(reachedEnd))
    const end = reachedEnd + (rest?.[0].length ?? 0)
    found.push({ achieved: a, total: t, start: total.start, end, valueText: text.slice(total.start, end) })
  })
  // A breakdown with no total written before it. One that counts again a scorecard just given ("đạt và vượt 14/15 chỉ
  // tiêu; trong đó có 3 chỉ tiêu vượt, 11 chỉ tiêu đạt và 1 chỉ tiêu chưa đạt") is its detail, not another scorecard.
  for (const { needsTotal, ...card } of breakdowns)
    if (
      !needsTotal &&
      !found.some(
        (other) =>
          (card.start < other.end && card.end > other.start) ||
          (other.achieved === card.achieved && other.total === card.total && other.end <= card.start),
      )
    )
      found.push(card)
  return withEstimates(
    text,
    found.sort((a, b) => a.start - b.start),
  )
}

type Status = 'reached' | 'nearly' | 'missed'
// ("1 chỉ tiêu đúng hướng", "đạt một phần", "gần đạt", "đạt trên 70%", "trên 50%", "đạt từ 70 đến dưới 100%" of its
// aim: on track, not reached.)
const status = String.raw`(?:(không|chưa)\s+(?:đạt|hoàn thành)|(cơ bản\s+(?:đạt|hoàn thành)|(?:gần|xấp xỉ)\s+đạt|đúng hướng|đạt một phần|(?:đạt\s+(?:(?:trên|dưới|từ|khoảng|gần)\s+)?|(?:trên|dưới)\s+)\d{1,2}(?:[.,]\d+)?\s*%|đạt\s+từ\s+\d{1,2}(?:[.,]\d+)?\s*%?\s*(?:đến|[-–])\s*(?:dưới\s+)?\d{1,3}(?:[.,]\d+)?\s*%)|(?:đã\s+)?(?:thực hiện\s+)?(vượt|đạt|hoàn thành))`
const statusBefore = new RegExp(String.raw`(?<![${letter}])${status}(?:\s+và\s+vượt)?\s+(?:được\s+)?$`, 'iu')
const statusAfter = new RegExp(String.raw`^\s*${status}(?![${letter}])`, 'iu')
const statusOf = (match: RegExpExecArray | null): Status | undefined =>
  !match ? undefined : match[1] ? 'missed' : match[2] ? 'nearly' : 'reached'

/**
 * A scorecard told as a breakdown: "vượt 11 chỉ tiêu, 5 chỉ tiêu đạt 100%, 2 chỉ tiêu cơ bản đạt và 1 chỉ tiêu
 * không đạt" is 16 of 19 reached. Every count of the run says how its targets ended; a run of counts all reached needs
 * the total written before it.
 */
function readBreakdowns(
  text: string,
  counts: readonly AmountReading[],
): (ScorecardReading & { needsTotal?: true })[] {
  const items = counts
    .filter((amount) => amount.kind === 'amount' && amount.max === undefined)
    .map((amount, i, all) => {
      const from = Math.max(i > 0 ? (all[i - 1]?.end ?? 0) : 0, amount.start - 40)
      const digit = amount.start + Math.max(0, amount.valueText.search(/\d/u))
      const before = statusBefore.exec(text.slice(from, digit))
      const after = statusAfter.exec(text.slice(amount.end, amount.end + 30))
      return {
        amount,
        status: statusOf(before) ?? statusOf(after),
        start: before ? from + before.index : amount.start,
        end: after ? amount.end + after[0].length : amount.end,
      }
    })
  const cards: (ScorecardReading & { needsTotal?: true })[] = []
  let run: typeof items = []
  const close = () => {
    const statuses = run.map((item) => item.status)
    const first = run[0]
    const last = run.at(-1)
    if (first && last && run.length >= 2 && statuses.includes('reached')) {
      const count = (items: typeof run) => items.reduce((sum, item) => sum + toNumber(item.amount.value), 0)
      cards.push({
        achieved: count(run.filter((item) => item.status === 'reached')),
        total: count(run),
        start: first.start,
        end: last.end,
        valueText: text.slice(first.start, last.end),
        // "có 9 chỉ tiêu vượt và 35 chỉ tiêu đạt": every count reached is a scorecard only under its total ("Trong 44
        // chỉ tiêu …"); alone, it may be a few of many.
        ...(statuses.every((s) => s === 'reached') ? { needsTotal: true } : {}),
      })
    }
    run = []
  }
  for (const item of items) {
    const previous = run.at(-1)
    const between = previous ? text.slice(previous.end, item.start) : ''
    // "18 chỉ tiêu đạt và vượt …; 4 chỉ tiêu đạt trên 80%; …": a breakdown's items may be set apart by semicolons.
    if (previous && (between.length > 40 || /[.!?:]/u.test(between))) close()
    if (!item.status) {
      close()
      continue
    }
    run.push(item)
  }
  close()
  return cards
}
