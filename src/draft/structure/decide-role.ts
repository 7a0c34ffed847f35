import { letter } from '../../lib/reg-exp.ts'
import type { Period } from '../../dataset/schema.ts'
import type { Phrase } from './governing.ts'
import { planLevelBeaten, planLevelBefore, planSetAround } from './plan-levels.ts'
import { readVietnameseNumber } from '../../dataset/reading/read-quantity.ts'
import type { Reason, RoleRule, Why } from './reasons.ts'
import type { ReportYears } from './report-years.ts'
import { findTimeExpressions, type TimeExpression } from './time-expressions.ts'
import { yearOf, yearOfFigure } from './figure-year.ts'
import { resultOverYears } from './result-over-years.ts'
import {
  attractedWords,
  baseBracket,
  baseBracketGoingOn,
  contrastReached,
  countedBefore,
  elsewhereLevel,
  elsewhereListed,
  farmedBefore,
  hadNow,
  isPlanLastNamedAsShare,
  timeAhead,
  moveFrom,
  moveTo,
  nextItemYear,
  property,
  startYearThenMoveTo,
  yearKinds,
  yearLevelBracket,
} from './role-words.ts'

/** A list a lead clause opened: its items are results or targets of its year. */
export type Scope = {
  role: 'actual' | 'target'
  year?: number
  words: string
  /** "xác định 15 chỉ tiêu chủ yếu, bao gồm:": the number of items it announces, and those seen. */
  announced?: number
  items: number
  /** Carried on from the paragraph before, where a list went on without a new lead: weaker than a verb. */
  isCarried?: boolean
  /** Its items gave figures: only a list of amounts may go on into the next paragraph. */
  hasFigures?: boolean
  /** Where the lead clause ends in the text: aim words before it are the lead's own. */
  leadEnd?: number
  /** A plan heading's first year, where it runs over years ("… ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030"). */
  from?: number
}

/**
 * "… xuống còn 1,36% vào cuối năm 2020": a year's end written right after the amount, the year it is reached (not the
 * next clause's: "giảm bình quân 1,43%/năm, đến cuối năm 2024 chỉ còn 4,9%").
 */
const yearEndAfter = /^\s*(?:vào\s+)?(?:thời điểm\s+)?cuối\s+năm\s+(?:19|20)\d{2}/iu

/** "… thực hiện mục tiêu giảm nghèo bền vững, đưa tỷ lệ hộ nghèo giảm": a goal carried out, up to the amount. */
const goalCarriedOut = new RegExp(
  String.raw`(?<![${letter}])(?:thực hiện|hoàn thành)\s+(?:các\s+|tốt\s+)?mục tiêu(?![${letter}])(?![^.;:]*(?:phấn đấu|đề ra|đặt ra|dự kiến|sẽ))[^.;:]*$`,
  'iu',
)
/** ", vượt kế hoạch đề ra": the plan an amount is said to have beaten, right after it. */
const planBeatenAfter = new RegExp(
  String.raw`^\s*,?\s*(?:đạt\s+và\s+)?vượt\s+(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu|nghị quyết)(?![${letter}])`,
  'iu',
)

/** "Nếu như năm 2016, … thì đến năm 2020 …": a start's year set against the year a move reached. */
const startThenEnd =
  /(?:Nếu như|Nếu|Từ)\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d)[^.]*?\sthì\s+(?:đến|tới|sang)\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d)/iu

/** "(chỉ tiêu Nghị quyết ĐH là …": a plan bracketed right after an amount, to measure it by. */
const planBracketedAfter = new RegExp(
  String.raw`^\s*\(\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|KH|nghị quyết|NQ|mục tiêu)(?![${letter}])[^()\d]*$`,
  'iu',
)

/** What a sentence says up to an amount: its time expressions and governing phrases, offsets in the text. */
export type Before = { times: readonly TimeExpression[]; phrases: readonly Phrase[] }

/**
 * What follows the amount in its clause, up to the next amount: governing phrases ("… 342 tỷ đồng, đạt 56,1% dự
 * toán") and time expressions ("… 96,4 nghìn tỷ đồng vào năm 2023", "…, tăng 8% so với cùng kỳ").
 */
export type After = { phrases: readonly Phrase[]; times: readonly TimeExpression[] }

export type Decision = {
  role: 'actual' | 'target' | 'fact'
  period?: Period
  partOfYear?: string
  why: Why
  /** The time expression that gave the year, where one did. */
  yearTime?: TimeExpression
}

/** The last year a paragraph named, with the role it was named for. */
export type ParagraphYear = {
  year: number
  role: 'actual' | 'target'
  words: string
  partOfYear?: string
  /** Named by a sentence of its own, with no amount ("Năm 2025, xã đã thực hiện quyết liệt các giải pháp."). */
  isOpening?: boolean
  /** Carried from the paragraph before, until a sentence names a time of its own. */
  isCarried?: boolean
}

type Inputs = {
  before: Before
  after: After
  /** The clause's words just before the amount's number. */
  wordsBefore: string
  /** The sentence's words before the amount's number. */
  sentenceBefore?: string
  /** The clause's words right after the amount, up to the next amount. */
  wordsAfter?: string
  /** The amount's own words ("465 dự án"). */
  amountWords?: string
  isShareOfPlan: boolean
  scope: Scope | null
  /** The heading of the part of the report it is in ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"), if any. */
  section?: Scope | null
  /** The last year named earlier in the paragraph, with the role it was named for. */
  paragraphYear: ParagraphYear | null
  years: ReportYears
  published?: { year: number; month?: number; words: string }
}

/** "một số chỉ tiêu vượt so với kế hoạch như …": targets said to have beaten their plan, named after it. */
const targetsBeaten = new RegExp(
  String.raw`(?<![${letter}])chỉ tiêu(?:\s+[${letter}-]+){0,4}?\s+(?:đều\s+)?(?:đã\s+)?((?:đạt và vượt|hoàn thành vượt|vượt)\s+(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|mục tiêu))(?![${letter}])[^.;]*$`,
  'iu',
)

/** " vượt tiến độ", " đạt theo tiến độ" right after an amount: how far along it is. */
const progressRightAfter = /^\s*(?:đều\s+)?(?:đạt|vượt|chậm)(?:\s+(?:theo|so với))?\s+tiến độ/iu

/** Words of a plan made or an aim ("đã đề ra mục tiêu", "đã giao kế hoạch"): what is done is setting it. */
const aimOrPlanWords = new RegExp(
  String.raw`(?<![${letter}])(?:đề ra|đặt ra|mục tiêu|kế hoạch|phấn đấu|chỉ tiêu|giao|xác định|ban hành|sẽ|dự kiến)(?![${letter}])`,
  'iu',
)

/** ", đã được điều chỉnh …" right after a level: a plan's, adjusted (results are not adjusted). */
const saidAdjusted = new RegExp(String.raw`^\s*,?\s*(?:đã\s+)?được\s+điều chỉnh(?![${letter}])`, 'iu')

/** "ước thực hiện đến cuối nhiệm kỳ là", "ước đến hết năm 2025 đạt": what a later time is estimated to reach. */
const estimatedToLaterTime = new RegExp(
  String.raw`(?<![${letter}])ước(?:\s+(?:thực hiện|tính))?\s+(?:(?:đến|tới)\s+)?(?:hết\s+|cuối\s+)?(?:nhiệm kỳ|năm\s+(?:19|20)\d{2})(?:\s+(?:là|đạt))?\s*$`,
  'iu',
)

/**
 * A figure's role and year from the structure around it, in the order a careful reader weighs them: aim words
 * before it in its sentence make it a target, unless an achievement is said after them ("đạt 103% kế hoạch" is a
 * result); a list's lead clause governs its items; a year after the results' year or a plan's horizon makes a
 * target; words of achievement make a result. Each decision keeps the words that made it.
 */
export function decideRole({
  before,
  after,
  wordsBefore,
  sentenceBefore,
  wordsAfter = '',
  amountWords = '',
  isShareOfPlan,
  scope,
  section = null,
  paragraphYear,
  years,
  published,
}: Inputs): Decision {
  const yearTimesBefore = before.times.filter(
    (t) => yearKinds.has(t.kind) || (t.kind === 'period' && t.yearOffset !== undefined),
  )
  // ("Đến cuối năm 2023, tỷ trọng … tăng từ 76% năm 2020 lên 81%": the start's year is passed over.)
  const timeBeforeAll = yearTimesBefore.at(startYearThenMoveTo.test(wordsBefore) ? -2 : -1)
  // "Năm 2019, Sở Công thương dự báo … Dự kiến kim ngạch xuất khẩu cả năm ước đạt …": in a paragraph of a year after
  // the results', "cả năm" and "so với cùng kỳ" count from that year.
  const laterParagraphYear =
    paragraphYear && years.results && paragraphYear.year > years.results.year ? paragraphYear.year : undefined
  // ("Dự kiến đến hết năm 2020, … . …, cũng theo dự ước hết năm nay đạt 2.200 tỷ đồng": "năm nay" is the year the text is
  // written in, whatever later year its paragraph named; "cả năm" is the whole of the paragraph's year.)
  const yearHere = (t: TimeExpression) =>
    t.year === undefined &&
    t.yearOffset !== undefined &&
    !/năm nay/iu.test(t.words) &&
    laterParagraphYear !== undefined
      ? laterParagraphYear + t.yearOffset
      : yearOf(t, years, published)
  const yearBefore = timeBeforeAll ? yearHere(timeBeforeAll) : undefined
  // "dự kiến": for a year after the results', an aim; for the results' own year, an expected result.
  // A text of the year's second half ("Cập nhật: 09/08/2018") that names no year of results expects its own year's.
  const isOwnYearLate =
    !years.results && published?.month !== undefined && published.month >= 7 && yearBefore === published.year
  // "Vụ Đông - Xuân 2023-2024, … đặt chỉ tiêu … Cụ thể, … năng suất dự kiến 69,4 tạ/ha": with no year of its own, the
  // expectation is of its paragraph's year.
  const expectedYear = yearBefore ?? paragraphYear?.year
  // "Tổng thu ngân sách 5 tháng đầu năm 2020 …; dự kiến đến cuối năm 2020 đạt 50 triệu đồng": the rest of a year whose
  // first months are reported is still ahead.
  const isRestOfPartYear =
    years.results?.partOfYear !== undefined &&
    expectedYear === years.results.year &&
    before.times.some((t) => /cuối năm|hết năm|cả năm/iu.test(t.words))
  const isAheadOfResults =
    (!years.results && !isOwnYearLate) ||
    (years.results !== undefined && expectedYear !== undefined && expectedYear > years.results.year) ||
    isRestOfPartYear
  // "Dự kiến cuối năm 2021 sẽ hoàn thành 100% …": what is expected to be done yet ("sẽ") is aimed at, in any year; so
  // is what is expected "trong thời gian tới" ("Dự kiến có khoảng 9.800 ha lúa … được gieo cấy trong thời gian tới").
  const isYetToCome = (p: Phrase) => {
    const from = wordsBefore.toLocaleLowerCase('vi').lastIndexOf(p.words.toLocaleLowerCase('vi'))
    return (
      from >= 0 &&
      (new RegExp(String.raw`(?<![${letter}])sẽ(?![${letter}])`, 'u').test(wordsBefore.slice(from)) ||
        timeAhead.test(wordsAfter))
    )
  }
  // ("Năm 2025, theo kế hoạch chung, toàn thành phố dự kiến trồng gần 1,7 triệu cây": what the plan expects.)
  const isByPlan = /(?:^|[,;:]\s*)theo kế hoạch(?:\s+chung)?\s*,/iu.test(sentenceBefore ?? wordsBefore)
  const phrases = before.phrases.map((p) =>
    p.kind === 'expect'
      ? {
          ...p,
          kind: isAheadOfResults || isYetToCome(p) || isByPlan ? ('aim' as const) : ('done' as const),
        }
      : p,
  )
  const lastAim = phrases.filter((p) => p.kind === 'aim' || p.kind === 'plan-noun').at(-1)
  // "chỉ tiêu … đặt ra từ đầu năm là 10,5% nhưng đến cuối năm chỉ đạt 4,29%": what was reached, set against the aim.
  const reachedInstead = lastAim ? contrastReached.exec(wordsBefore) : null
  const doneAfterAim =
    phrases.filter((p) => p.kind === 'done' && (!lastAim || p.start > lastAim.start)).at(-1) ??
    (reachedInstead
      ? { kind: 'done' as const, start: 0, end: 0, words: reachedInstead[0].trim() }
      : undefined)
  const weakDone = phrases.filter((p) => p.kind === 'weak-done').at(-1)
  const timeBefore = timeBeforeAll
  // A year written right after the amount ("… 96,4 nghìn tỷ đồng vào năm 2023", "từ 10 triệu đồng năm 2011 tăng
  // lên 16,7 triệu đồng trong năm 2015") is its own.
  // So is part of a year: "cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021".
  // ("… năm 2025 đạt 180 - 190 nghìn tỷ đồng và năm 2030 đạt 300 - 310 nghìn tỷ đồng": a year opening the next item is
  // that item's.)
  const timeAfter = nextItemYear.test(wordsAfter)
    ? undefined
    : after.times.find(
        (t) =>
          (t.kind === 'period' ||
            t.kind === 'part-of-year' ||
            (t.kind === 'point' && t.point === 'end' && yearEndAfter.test(wordsAfter))) &&
          t.year !== undefined,
      )
  const time = timeAfter ?? timeBefore
  const timeYear = time ? yearHere(time) : undefined
  const resultsYear = years.results?.year

  // ("(cùng kỳ năm 2014 tăng 7,09%, đóng góp cho tăng trưởng chung 2,98 điểm %)": the bracket opened by the period
  // compared goes on comparing it after a comma.)
  const base =
    baseBracket.exec(wordsBefore) ??
    (!timeBefore && !timeAfter ? baseBracketGoingOn.exec(sentenceBefore ?? '') : null)
  const baseYear = base?.[1] ?? base?.[2] ?? base?.[3] ?? base?.[4] ?? base?.[5] ?? base?.[6] ?? base?.[7]
  const comparedYear = baseYear ? Number(baseYear) : (timeYear ?? resultsYear ?? 0) - 1
  if (base && comparedYear > 0) {
    // (the compared period's own words, not the bracket's before them: "…, cùng kỳ năm 2023 tăng")
    const words = base[0].replace(/^[\s(]+|[\s(:]+$/gu, '').replace(/^[^()]*[,;]\s*(?=cùng kỳ)/u, '')
    return {
      role: 'actual',
      period: { year: comparedYear },
      why: { role: { rule: 'done', words }, year: { rule: 'base', words } },
    }
  }

  // "… phấn đấu tăng lên khoảng 4.710 USD/năm (năm 2024 là 4.460 USD/năm)": a bracketed year's own level, of a year
  // reported, is that year's result, whatever the sentence aims at.
  const yearLevel = yearLevelBracket.exec(wordsBefore)
  const levelYear = Number(yearLevel?.[1] ?? yearLevel?.[2])
  if (yearLevel && resultsYear !== undefined && levelYear <= resultsYear) {
    const words = yearLevel[0]
      .replace(/^[\s(]+/u, '')
      .replace(/\s*:?\s*(?:[\d.,]+\s*%\s*(?:[;,]|[-–])\s*(?:và\s+)?)*$/u, '')
      .trim()
    // ("(cơ cấu tương ứng của 6 tháng đầu năm 2023 là: …)": the months of the period compared.)
    const months = findTimeExpressions(words).find((time) => time.isLevelsOf === true)?.partOfYear
    return {
      role: 'actual',
      period: { year: levelYear },
      ...(months ? { partOfYear: months } : {}),
      why: { role: { rule: 'done', words }, year: { rule: 'written', words } },
    }
  }

  // "Năm 2020, tỷ lệ hộ nghèo giảm từ 9,56% xuống còn 7,3%": where a year's move started is the year before's level
  // (a term's or a span's start is left as read: "giai đoạn 2021-2025, … tăng từ …").
  const moveStart = moveFrom.exec(wordsBefore)
  const movedYear = timeYear ?? resultsYear
  // ("5 năm qua, … số hộ nghèo giảm từ 494 hộ xuống còn 247 hộ", the term looked back on ending in 2020: the move
  // started when the span did, 2015.)
  const spanStart = spanStartYear(before.times, movedYear)
  if (
    moveStart &&
    moveTo.test(wordsAfter) &&
    !timeAfter &&
    movedYear !== undefined &&
    ((!before.times.some((t) => t.isSpan === true || t.kind === 'term') &&
      !/nhiệm kỳ|giai đoạn/iu.test(wordsBefore)) ||
      spanStart !== undefined)
  ) {
    const words = moveStart[0].trim()
    // ("Trong nhiệm kỳ 2015-2020, … Cơ cấu kinh tế chuyển dịch …, nông nghiệp giảm từ 46,47% xuống còn 28,1%": in a text
    // whose results are a term looked back on, the move started when the term did.)
    const termStart = /^nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–—]/iu.exec(years.results?.why.words ?? '')?.[1]
    // ("Nếu như năm 2016, tỷ trọng nông nghiệp chiếm 33,6% thì đến năm 2020 …; công nghiệp tăng từ 43,4% lên 52,1%": the
    // year the sentence set the start in.)
    const setAgainst = startThenEnd.exec(sentenceBefore ?? wordsBefore)
    const startYear =
      setAgainst && Number(setAgainst[2]) === movedYear
        ? Number(setAgainst[1])
        : (spanStart ?? (timeYear === undefined && termStart ? Number(termStart) : movedYear - 1))
    return {
      role: 'actual',
      period: { year: startYear },
      why: { role: { rule: 'done', words }, year: { rule: 'base', words } },
    }
  }

  // "các chỉ tiêu còn lại đều đạt trên 90% kế hoạch năm, như tốc độ tăng trưởng kinh tế đạt 17,5%": no aim governs.
  const isShareUnit =
    lastAim?.kind === 'plan-noun' &&
    !phrases.some((p) => p.kind === 'aim') &&
    isPlanLastNamedAsShare(sentenceBefore ?? '')

  // "(chỉ tiêu năm 2014 tăng 8,5 - 9%; năm 2013 tăng 7,96% …)": a plan of a year names no aim for an earlier year said
  // after it, which is past.
  const aimYear = Number(/(?:19|20)\d{2}/u.exec(lastAim?.kind === 'plan-noun' ? lastAim.words : '')?.[0])
  const isBeforeAimsYear =
    timeYear !== undefined &&
    time !== undefined &&
    lastAim !== undefined &&
    timeYear < aimYear &&
    time.start > lastAim.end

  const role = ((): Reason<RoleRule> & { role: Decision['role'] } => {
    const aimGoverns = lastAim && !doneAfterAim && !isShareUnit && !isBeforeAimsYear
    // "cao hơn bình quân cả nước (6,42%)": the country's level, bracketed beside the place's to compare.
    const compared = elsewhereLevel.exec(wordsBefore) ?? elsewhereListed.exec(sentenceBefore ?? '')
    if (compared)
      return { role: 'fact', rule: 'elsewhere', words: compared[0].replace(/[\s(]+$/u, '').trim() }
    const owned = property.exec(wordsBefore)
    const isAttracted =
      countedBefore.test(wordsBefore.slice(0, owned?.index)) && attractedWords.test(wordsBefore)
    // "Toàn tỉnh có 17 vùng trồng nội địa với diện tích trên 808 ha": the area of the things a place has, counted
    // just before, is what it has, as their count is.
    // (Or counted opening its own clause: "…, 82 hộ tham gia dự án tưới nhỏ giọt với diện tích gần 49,5 ha".)
    const count = String.raw`(?:hơn\s+|trên\s+|gần\s+)?\d[\d.,]*\s+[${letter}]`
    const isStockArea = new RegExp(
      String.raw`(?<![${letter}])có\s+${count}[^.;:]{0,100}$|(?:^|[,;])\s*${count}[^.;:,]{0,100}$`,
      'iu',
    ).test(wordsBefore.slice(0, owned?.index))
    if (owned && !isAttracted && !isStockArea && !farmedBefore.test(wordsBefore.slice(0, owned.index)))
      return { role: 'fact', rule: 'property', words: owned[0].trim() }
    // "Trong 24 chỉ tiêu chủ yếu, phường phấn đấu …": a count of targets before what is aimed at is the plan's count.
    const aimAfter = after.phrases.find((p) => p.kind === 'aim')
    const isDone = (p: Phrase) => p.kind === 'done' || p.kind === 'weak-done'
    if (
      aimAfter &&
      /^[^/]*\d\s+chỉ tiêu/iu.test(amountWords) &&
      !before.phrases.some(isDone) &&
      !after.phrases.some((p) => isDone(p) && p.start < aimAfter.start)
    )
      return { role: 'target', rule: 'aim', words: aimAfter.words }
    const setAround = planSetAround(wordsBefore, wordsAfter)
    if (setAround) return { role: 'target', rule: 'plan-level', words: setAround }
    // "sản lượng thủy sản cả năm là 830.300 tấn, đã được điều chỉnh tăng thêm 10.000 tấn": a level said adjusted is a
    // plan's (results are not adjusted).
    const adjustedAfter = saidAdjusted.exec(wordsAfter)
    if (adjustedAfter && !isShareOfPlan)
      return { role: 'target', rule: 'plan-level', words: adjustedAfter[0].replace(/^[\s,]+/u, '') }
    const level =
      planLevelBefore(wordsBefore, amountWords) ??
      planLevelBeaten(
        wordsBefore,
        sentenceBefore ?? wordsBefore,
        readVietnameseNumber(/\d[\d.,]*/u.exec(amountWords)?.[0] ?? '') ?? Number.NaN,
      )
    if (level && !isShareOfPlan) return { role: 'target', rule: 'plan-level', words: level }
    // "Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu …; đạt và vượt chỉ tiêu giảm hộ nghèo; …
    // hộ gia đình đạt tiêu chuẩn văn hóa 85% trở lên": nothing of a term to come is done yet.
    if (time?.isNewTerm) return { role: 'target', rule: 'later-year', words: time.words }
    const isLeadsOwnAim = aimGoverns && scope?.leadEnd !== undefined && lastAim.end <= scope.leadEnd
    // In a part headed by the year's plan ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"), only words of the past ("ước
    // đạt", "đã đạt", "thực hiện") or an earlier year make a result: "đạt", "thu được" name what is aimed at.
    const isInPlanSection =
      section?.role === 'target' &&
      !(timeYear !== undefined && section.year !== undefined && timeYear < (section.from ?? section.year)) &&
      !(
        doneAfterAim &&
        new RegExp(String.raw`(?<![${letter}])(?:ước|đã)(?![${letter}])|thực hiện`, 'iu').test(
          doneAfterAim.words,
        )
      )
    if (isShareOfPlan) {
      if (isInPlanSection && !aimGoverns && section)
        return { role: 'target', rule: 'section', words: section.words }
      if (isLeadsOwnAim && scope?.role === 'actual')
        return { role: 'actual', rule: 'share-of-plan', words: '' }
      // ("… một số chỉ tiêu về văn hóa - xã hội có nhiều tiến bộ …, với chỉ số hạnh phúc … đạt 62,57%, vượt 1,37% so với
      // kế hoạch": a share of plan said after the targets' noun and a verb of reaching is reached.)
      const isReachedAfterNoun =
        lastAim?.kind === 'plan-noun' && weakDone !== undefined && weakDone.start > lastAim.start
      if (aimGoverns && !isReachedAfterNoun) return { role: 'target', rule: 'aim', words: lastAim.words }
      // "Đại hội xác định 12 chỉ tiêu …, trong đó …; thu ngân sách hằng năm đạt và vượt ít nhất 10% so với chỉ tiêu":
      // in a list of the targets a plan counted, "đạt và vượt" is what each is to reach.
      // (Not a lead's carried on into a paragraph of results: "Năm 2018, … Tổng thu ngân sách … đạt 122,44% kế hoạch".)
      if (scope?.role === 'target' && !scope.isCarried && (!doneAfterAim || scope.announced !== undefined))
        return { role: 'target', rule: 'lead', words: scope.words }
      return { role: 'actual', rule: 'share-of-plan', words: '' }
    }
    // Aim words of the list's own lead ("Các chỉ tiêu chủ yếu năm 2025 là:") are said as the lead.
    // A list of results opened by plan words ("… đạt và vượt. Trong đó, các chỉ tiêu chủ yếu như: …") is results.
    if (isLeadsOwnAim && scope) return { role: scope.role, rule: 'lead', words: scope.words }
    // "Năm 2024, đối với chỉ tiêu cơ bản về kinh tế … của huyện đạt 15,03% …", "Ở các chỉ tiêu khác, đến cuối năm 2020 …
    // chỉ còn 97 hộ nghèo": a plan's name, then "đạt" or "còn", of the year the
    // report gives results for, with no word of aim, says what the indicator reached.
    const reachedUnderPlanName =
      aimGoverns &&
      lastAim.kind === 'plan-noun' &&
      !phrases.some((p) => p.kind === 'aim') &&
      weakDone !== undefined &&
      weakDone.start > lastAim.start &&
      /^(?:đạt|tăng|giảm|còn)$/iu.test(weakDone.words) &&
      !scope &&
      timeYear !== undefined &&
      timeYear === resultsYear
    if (reachedUnderPlanName) return { role: 'actual', rule: 'done', words: weakDone.words }
    // "… đã thúc đẩy mục tiêu xây dựng trường đạt chuẩn quốc gia, đến cuối năm 2015 đạt 61% (chỉ tiêu Nghị quyết ĐH là
    // 50%)": a level reached, its own plan bracketed beside it to measure it by, is the result.
    if (
      aimGoverns &&
      weakDone !== undefined &&
      weakDone.start > lastAim.end &&
      /^đạt$/iu.test(weakDone.words) &&
      planBracketedAfter.test(wordsAfter)
    )
      return { role: 'actual', rule: 'done', words: weakDone.words }
    // "… thực hiện mục tiêu giảm nghèo bền vững, đưa tỷ lệ hộ nghèo toàn tỉnh giảm 3,76%, vượt kế hoạch đề ra": a goal
    // carried out, its amount said to have beaten the plan, is reached.
    if (aimGoverns && goalCarriedOut.test(wordsBefore) && planBeatenAfter.test(wordsAfter))
      return { role: 'actual', rule: 'done', words: planBeatenAfter.exec(wordsAfter)?.[0].trim() ?? '' }
    // "trong số 18 chỉ tiêu 2024, đến nay có 5 chỉ tiêu vượt tiến độ": how far along a plan's targets are is a result.
    const progress = progressRightAfter.exec(wordsAfter)?.[0]
    if (aimGoverns && progress) return { role: 'actual', rule: 'done', words: progress.trim() }
    // "Trong đó, một số chỉ tiêu vượt so với kế hoạch như tổng giá trị sản xuất tăng 8,28%": the targets said to have
    // beaten their plan, then named by what they reached, are results.
    const beaten = targetsBeaten.exec(sentenceBefore ?? wordsBefore)
    if (aimGoverns && lastAim.kind === 'plan-noun' && !phrases.some((p) => p.kind === 'aim') && beaten)
      return { role: 'actual', rule: 'done', words: beaten[1] ?? '' }
    if (aimGoverns) return { role: 'target', rule: 'aim', words: lastAim.words }
    // A list is over once it has given the items it announced; a year of results written in the sentence
    // ("Kim ngạch xuất khẩu năm 2024 đạt …") takes the sentence out of a list of targets.
    const isListOver = scope?.announced !== undefined && scope.items >= scope.announced
    // (A lead of targets that names no year aims at the text's plan's, else the year after its results, as its items' years
    // say: `yearOfFigure`.)
    const scopeYear =
      scope?.year ??
      (scope?.role === 'target'
        ? (years.plan?.year ?? (years.results ? years.results.year + 1 : undefined))
        : undefined)
    // ("Năm 2018, tổng giá trị sản xuất … ước thực hiện 2.700 tỷ đồng" after a lead of the targets the text plans: a year of
    // its results is not the plan's.)
    const isEarlierYear =
      scope?.role === 'target' &&
      timeYear !== undefined &&
      ((scope.year !== undefined && timeYear < scope.year) ||
        (scope.year === undefined &&
          years.plan === undefined &&
          timeYear === years.results?.year &&
          scope.isCarried === true))
    const listScope = scope && !isListOver && !isEarlierYear ? scope : null
    // "… 20 chỉ tiêu chủ yếu là: …; tổng sản lượng lương thực đạt và vượt 10.012 tấn": in a list of targets,
    // "đạt và vượt" is what the item aims at; only words of the past ("ước đạt", "đã đạt") make it a result.
    // "… kịch bản tăng trưởng năm 2025. Các nội dung chủ yếu như: …; thu ngân sách ước đạt 24.532 tỷ đồng" in March 2025:
    // an estimate for a year whose whole results the text cannot give yet is the level the plan expects.
    const listYear = listScope ? scopeYear : undefined
    const isYearAhead =
      listYear !== undefined &&
      (years.results === undefined ||
        listYear > years.results.year ||
        (listYear === years.results.year && years.results.partOfYear !== undefined))
    // ("Một số chỉ tiêu phấn đấu được quận xác định: … . Tổng vốn đầu tư phát triển ước thực hiện 98 tỷ đồng": so is one
    // a sentence of the list after its lead's estimates, for the year ahead.)
    const isEstimateAhead = isYearAhead && /^ước/iu.test(doneAfterAim?.words ?? '')
    const isAimedInList =
      doneAfterAim !== undefined &&
      listScope?.role === 'target' &&
      (!listScope.isCarried || isEstimateAhead) &&
      !(isYearAhead ? /đã|được|(?<!ước\s)thực hiện|bằng/iu : /ước|đã|được|thực hiện|bằng/iu).test(
        doneAfterAim.words,
      )
    if (isAimedInList && listScope) return { role: 'target', rule: 'lead', words: listScope.words }
    // "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" heads what follows: "… tỷ lệ lao động qua đào tạo đạt 73%" there is
    // what the year aims at; only words of the past ("ước đạt", "đã đạt") or an earlier year make it a result.
    if (isInPlanSection && listScope?.role !== 'actual' && section)
      return { role: 'target', rule: 'section', words: section.words }
    // A text that gives targets and no results: "ước đạt" there is the level its plan expects ("… chỉ tiêu chủ yếu năm
    // 2026, … GRDP ước đạt trên 367.000 tỷ đồng").
    const isPlanEstimate =
      !years.results &&
      years.plan !== undefined &&
      doneAfterAim !== undefined &&
      /^ước/iu.test(doneAfterAim.words) &&
      (timeYear === undefined || timeYear === years.plan.year) &&
      listScope?.role !== 'actual' &&
      paragraphYear?.role !== 'actual' &&
      // "Đến nay, … sản lượng thủy sản ước đạt 4.006 tấn": an estimate of what is done so far is a result.
      !before.times.some((t) => t.kind === 'now') &&
      !after.times.some((t) => t.kind === 'base' && !t.isPlan)
    if (isPlanEstimate) return { role: 'target', rule: 'plan-text', words: years.plan?.why.words ?? '' }
    // "Mục tiêu phát triển đến năm 2030, phấn đấu …. Tỷ lệ lao động qua đào tạo đạt trên 80%": in a text that names
    // no year of results, no plan's year and no date, only the year it aims to reach, a level "đạt" with no time of
    // its own is aimed at.
    const isHorizonLevel =
      !years.results &&
      !years.plan &&
      years.horizon?.isDeadline === true &&
      published === undefined &&
      !time &&
      doneAfterAim === undefined &&
      weakDone !== undefined &&
      /^đạt$/iu.test(weakDone.words) &&
      listScope?.role !== 'actual' &&
      paragraphYear?.role !== 'actual' &&
      !before.times.some((t) => t.kind === 'now')
    // ("Đến năm 2030 trở thành tỉnh khá, …. GRDP … đạt 170 triệu đồng/năm": the paragraph's year aimed at, said so.)
    if (isHorizonLevel)
      return paragraphYear?.role === 'target'
        ? { role: 'target', rule: 'paragraph', words: paragraphYear.words }
        : { role: 'target', rule: 'plan-text', words: years.horizon?.words ?? '' }
    // "mục tiêu năm 2026 …, tổng vốn đầu tư ước đạt 168 nghìn tỷ đồng": an estimate for a year after the results' is
    // what that year is planned to reach ("Tháng 1/2024, … ước đạt …" estimates a month gone by).
    // ("Trong 5 tháng cuối năm, xã đề ra mục tiêu …, thu nhập bình quân đầu người ước đạt 73 triệu đồng" in a text of
    // the first 7 months: so is one for the months of the results' year still ahead.)
    const isMonthsAhead =
      time?.kind === 'part-of-year' &&
      /cuối/iu.test(time.words) &&
      years.results?.partOfYear !== undefined &&
      !/cuối/iu.test(years.results.partOfYear) &&
      (timeYear ?? resultsYear) === resultsYear
    // ("GRDP bình quân đầu người năm 2023 đạt 94,1 triệu đồng, ước thực hiện đến cuối nhiệm kỳ là 113,4 triệu đồng": what
    // a later time is estimated to reach, with no aim said, is a result estimated.)
    const estimatedAhead = estimatedToLaterTime.exec(wordsBefore)
    if (estimatedAhead && !lastAim) return { role: 'actual', rule: 'done', words: estimatedAhead[0].trim() }
    if (
      doneAfterAim &&
      /^ước/iu.test(doneAfterAim.words) &&
      time &&
      !(time.kind === 'part-of-year' && !/cuối/iu.test(time.words)) &&
      ((timeYear !== undefined && resultsYear !== undefined && timeYear > resultsYear) || isMonthsAhead)
    )
      return { role: 'target', rule: 'later-year', words: time.words }
    if (doneAfterAim) {
      // "… ước đạt 3.800 tỷ đồng …; tỷ lệ hộ nghèo còn 0,11%": the clause's own verb says why, not an earlier clause's.
      const said = wordsBefore.toLocaleLowerCase('vi')
      const isOwn = (p: Phrase) => said.includes(p.words.toLocaleLowerCase('vi'))
      const words =
        weakDone && weakDone.start > doneAfterAim.start && !isOwn(doneAfterAim) && isOwn(weakDone)
          ? weakDone.words
          : doneAfterAim.words
      return { role: 'actual', rule: 'done', words }
    }
    if (listScope && !listScope.isCarried)
      return { role: listScope.role, rule: 'lead', words: listScope.words }
    // "Sau 4 năm thực hiện … nhiệm kỳ 2020-2025, … đạt 41.300 tỷ đồng": what a span achieved is no target.
    // (Not in the news of a congress that gives only the targets of the term it opens: "Đại hội đã đề ra mục tiêu: … Tổng
    // kim ngạch xuất khẩu trong 5 năm đạt 2,8 tỷ USD" is what the term is to reach.)
    const isOpenedTermOnly = !years.results && years.plan?.isOpenedTerm === true
    const isSpanDone =
      time?.isSpan === true &&
      weakDone !== undefined &&
      weakDone.start > time.start &&
      !isOpenedTermOnly &&
      // (not the years ahead: "5 năm tới để đạt tốc độ tăng trưởng GDP bình quân 14%/năm")
      (time.yearOffset ?? 0) <= 0
    if (isSpanDone) return { role: 'actual', rule: 'done', words: weakDone.words }
    // "Riêng quý I/2025, thu ngân sách đạt …" after a year's results: a result so far, not a target.
    // ("Đến cuối tháng 02/2025, toàn huyện có 13/13 xã được công nhận đạt chuẩn": what stands at a month's end, said done
    // after the amount.)
    const doneAfterAmount = after.phrases.find(
      (p) => (p.kind === 'done' || p.kind === 'weak-done') && !/^ước/iu.test(p.words),
    )
    const isPartDone =
      time?.kind === 'part-of-year' &&
      !/cuối năm/iu.test(time.words) &&
      !/(?:6|sáu|[Nn]hững)\s+tháng\s+cuối/iu.test(time.words) &&
      ((weakDone !== undefined && weakDone.start > time.start) || doneAfterAmount !== undefined)
    if (isPartDone) return { role: 'actual', rule: 'done', words: (weakDone ?? doneAfterAmount)?.words ?? '' }
    // ("Giai đoạn sau năm 2020, tỉnh đầu tư …": the years after one, with no end, are ahead.)
    if (
      time?.kind === 'deadline' &&
      ((timeYear !== undefined && (resultsYear === undefined || timeYear > resultsYear)) ||
        (timeYear === undefined && time.isSpan === true && /(?<![\p{L}])sau\s+năm/iu.test(time.words)))
    )
      return { role: 'target', rule: 'deadline', words: time.words }
    // ("… năm 2022 thị xã đã trở lại với tốc độ tăng trưởng 13,8%": a later year's said done with "đã" is a result.)
    const saidDone = phrases.find(
      (p) => p.kind === 'weak-done' && /^đã$/iu.test(p.words) && time !== undefined && p.start > time.start,
    )
    // (Not "… đã điều chỉnh, phấn đấu … đạt 13,28%": a plan adjusted.)
    const isAimedAfter = /(?<![\p{L}])(?:phấn đấu|mục tiêu|kế hoạch|điều chỉnh|dự kiến)(?![\p{L}])/iu.test(
      wordsBefore,
    )
    if (
      saidDone &&
      !isAimedAfter &&
      timeYear !== undefined &&
      resultsYear !== undefined &&
      timeYear > resultsYear
    )
      return { role: 'actual', rule: 'done', words: saidDone.words }
    // ("Đến đầu năm 2019, đạt 35,04 triệu đồng/người/năm; dự kiến đến cuối năm 2019 đạt 38 triệu đồng": where a later
    // year began is a level reached, not aimed at.)
    const isReachedByYearStart =
      time?.kind === 'point' && time.point === 'start' && !isAimedAfter && weakDone !== undefined
    if (
      time &&
      timeYear !== undefined &&
      resultsYear !== undefined &&
      timeYear > resultsYear &&
      !isReachedByYearStart
    )
      return { role: 'target', rule: 'later-year', words: time.words }
    // A list carried from the paragraph before ends where this paragraph names a year of its own ("Năm 2025, …"), in a
    // sentence of its own or with its first figures ("Năm 2018, tổng mức bán lẻ … ước đạt …. … hoàn thành xây mới 70 nhà").
    const isOwnYear =
      paragraphYear !== null && !paragraphYear.isCarried && paragraphYear.year !== listScope?.year
    if (listScope?.isCarried && !time && !isOwnYear)
      return { role: listScope.role, rule: 'lead', words: listScope.words }
    // A text that gives targets and no results ("… ban hành kế hoạch … năm 2025"): its figures are targets.
    // In the news of a congress, what the place or its Party has now ("Đảng bộ phường có 74 tổ chức Đảng với 5.067
    // đảng viên", "Phường hiện có …") is no target of the term.
    // "Hằng năm có trên 90% tổ chức cơ sở đảng …" is what each year of the term is to have, and a part of a target
    // ("tỷ lệ lao động qua đào tạo đạt trên 80%, trong đó có bằng cấp, chứng chỉ 40%") is a target too.
    // Nor, in any text of aims, what the place has now ("Huyện … hiện có 48 tổ hợp tác, với 599 thành viên; có 23 trang
    // trại").
    const isHadNow =
      hadNow.test(sentenceBefore ?? wordsBefore) ||
      (years.plan?.isOpenedTerm === true &&
        new RegExp(String.raw`(?<![${letter}])(?<!trong đó,?\s+)có(?![${letter}])`, 'iu').test(wordsBefore) &&
        !new RegExp(
          String.raw`(?<![${letter}])(?:hằng|hàng|mỗi)\s+năm(?![${letter}])[^,;.]*?\scó(?![${letter}])`,
          'iu',
        ).test(wordsBefore))
    // ("gần 700 doanh nghiệp đang hoạt động", "Khu công nghiệp … rộng 500 ha", "sáp nhập từ … 3 khu phố của phường …
    // cũ": what is there now, how large a thing is, what a place was made of, are no plan either.)
    const isThereNow =
      new RegExp(
        String.raw`^\s*(?:[${letter}]+\s+){0,4}?đang\s+(?:hoạt động|sinh sống|làm việc)(?![${letter}])`,
        'iu',
      ).test(wordsAfter) ||
      new RegExp(String.raw`(?<![${letter}])rộng(?:\s+(?:khoảng|gần|hơn|trên))?\s*$`, 'iu').test(
        wordsBefore,
      ) ||
      new RegExp(String.raw`(?<![${letter}])sáp nhập(?![${letter}])[^.;]*$`, 'iu').test(wordsBefore)
    // ("Huyện đã trồng được 162 ha", "huyện đã tổ chức trồng lại 17,1 ha rừng", "30 nghìn cây keo đã được bàn giao": what
    // is said done is no plan; not "huyện đã đề ra mục tiêu trồng 200 ha", a plan said made.)
    const isSaidDone =
      new RegExp(
        String.raw`(?<![${letter}])đã\s+(?:[${letter}]+\s+){1,3}?được(?![${letter}])[^,;]*$`,
        'iu',
      ).test(wordsBefore) ||
      !aimOrPlanWords.test(
        new RegExp(String.raw`(?<![${letter}])đã\s+(?:[${letter}’']+\s+){1,6}$`, 'iu').exec(
          wordsBefore,
        )?.[0] ?? 'kế hoạch',
      ) ||
      new RegExp(String.raw`^\s*(?:[${letter}]+\s+){0,3}?đã\s+được(?![${letter}])`, 'iu').test(wordsAfter)
    if (
      !years.results &&
      years.plan &&
      !doneAfterAim &&
      !isHadNow &&
      !isThereNow &&
      !isSaidDone &&
      (!time ||
        timeYear === years.plan.year ||
        (isOpenedTermOnly && time.isSpan === true && timeYear === undefined))
    )
      return { role: 'target', rule: 'plan-text', words: years.plan.why.words }
    // "Tỉnh phấn đấu đến năm 2030 … Thu nhập … năm 2025 tăng 1,6 lần so với năm 2020": in a text that reports no year,
    // a growth by a year up to the one it aims at is aimed at (not up to the end of a term it may look back on).
    if (
      !years.results &&
      years.horizon?.isDeadline === true &&
      weakDone &&
      !doneAfterAim &&
      timeYear !== undefined &&
      timeYear <= years.horizon.year
    )
      return { role: 'target', rule: 'plan-text', words: years.horizon.words }
    // "Trong năm 2019, huyện đề ra mục tiêu … Thu nhập bình quân đạt 37,4 triệu đồng": the paragraph sets targets
    // for a year after the results' (or in a text that gives none), and its sentences go on with them.
    // ("Hiện tại, tỷ lệ hộ dân dùng nước sạch bình quân của tỉnh hơn 80%": a sentence opened by "now" in a text of aims
    // says what there is.)
    const nowOpening = /^\s*hiện\s+(?:nay|tại)\s*,/iu.exec(sentenceBefore ?? '')
    if (nowOpening && isHadNow && !time)
      return { role: 'actual', rule: 'done', words: nowOpening[0].replace(/[\s,]+$/u, '') }
    if (
      !time &&
      !isListOver &&
      paragraphYear?.role === 'target' &&
      (resultsYear === undefined || paragraphYear.year > resultsYear) &&
      !doneAfterAim &&
      !isSaidDone &&
      !isHadNow
    )
      return { role: 'target', rule: 'later-year', words: paragraphYear.words }
    const doneAfter = after.phrases.find((p) => p.kind === 'done' || p.kind === 'weak-done')
    // "… vốn đầu tư tăng 15%; 172 dự án được cấp giấy chứng nhận": the verb of a clause before the ";" reads as this one's
    // only where this clause says none of its own after the amount.
    const ownPart = (sentenceBefore ?? wordsBefore).split(';').at(-1)?.toLocaleLowerCase('vi') ?? ''
    if (weakDone && doneAfter && !ownPart.includes(weakDone.words.toLocaleLowerCase('vi')))
      return { role: 'actual', rule: 'done', words: doneAfter.words }
    if (weakDone) return { role: 'actual', rule: 'done', words: weakDone.words }
    if (time?.kind === 'part-of-year' && !/cuối/iu.test(time.words))
      return { role: 'actual', rule: 'part-of-year', words: time.words }
    if (doneAfter && !after.phrases.some((p) => p.kind === 'aim' && p.start < doneAfter.start))
      return { role: 'actual', rule: 'done', words: doneAfter.words }
    // "… 61.250 tấn, bằng 97,8% so với cùng kỳ": a change from a past period is said of a result.
    const baseAfter = after.times.find((t) => t.kind === 'base' && !t.isPlan)
    if (baseAfter) return { role: 'actual', rule: 'done', words: baseAfter.words }
    // Results go on in a paragraph that named their year; targets need words of their own.
    if (paragraphYear?.role === 'actual')
      return { role: 'actual', rule: 'paragraph', words: paragraphYear.words }
    if (section?.role === 'actual') return { role: 'actual', rule: 'section', words: section.words }
    return { role: 'fact', rule: 'no-words', words: '' }
  })()

  // "Kế thừa những thành quả đã đạt được năm 2023, …, phấn đấu đạt tốc độ tăng trưởng … khoảng 7,5% - 8%": the year of
  // results an aim builds on is not the year it aims at.
  const isResultsBeforeAim =
    role.role === 'target' &&
    role.rule === 'aim' &&
    time !== undefined &&
    lastAim !== undefined &&
    time.start < lastAim.start &&
    before.phrases.some((p) => p.kind === 'done' && p.end <= time.start && time.start - p.end <= 12) &&
    timeYear !== undefined &&
    timeYear === years.results?.year &&
    years.plan !== undefined &&
    years.plan.year > timeYear
  const year = yearOfFigure({
    role,
    time,
    timeYear,
    isResultsBeforeAim,
    scope,
    section,
    paragraphYear,
    years,
    wordsBefore,
    ...(published ? { published } : {}),
  })

  const overYears = resultOverYears({
    role,
    year,
    time,
    lastPhrase: phrases.at(-1),
    nowWords: before.times.filter((t) => t.kind === 'now').map((t) => t.words),
    wordsBefore,
    amountWords,
    isShareOfPlan,
    years,
  })
  if (overYears) return overYears
  // A figure nothing places gets no year by default either: a person decides both.
  // (Another place's level compared with is of the year the place's own is: "cao hơn Hải Phòng (8.665 USD/người)".)
  if (role.role === 'fact' && year.rule !== 'written' && role.rule !== 'elsewhere')
    return {
      role: 'fact',
      why: { role: { rule: role.rule, words: role.words }, year: { rule: 'none', words: '' } },
    }
  // ("GDP quý I tăng 7,7%, 6 tháng tăng 8,1%, 9 tháng tăng 8,1%, ước cả năm tăng 8,5%": the part of the year each
  // amount is said with, its year the report's.)
  const ownPart = time?.kind === 'part-of-year' && timeYear === undefined ? time.partOfYear : undefined
  const partOfYear = role.role === 'actual' ? (ownPart ?? year.partOfYear) : undefined
  return {
    role: role.role,
    ...(year.period ? { period: year.period } : {}),
    ...(partOfYear ? { partOfYear } : {}),
    why: { role: { rule: role.rule, words: role.words }, year: { rule: year.rule, words: year.words } },
    ...(year.rule === 'written' && time ? { yearTime: time } : {}),
  }
}

/** The year the one span said before a move that ends in `year` counts back to ("5 năm qua" ending in 2020: 2015). */
function spanStartYear(times: readonly TimeExpression[], year: number | undefined): number | undefined {
  const spans = times.filter(
    (t) =>
      (t.isSpan === true || t.kind === 'term') &&
      (t.year === year || (t.year === undefined && t.yearOffset === 0)),
  )
  const [span] = spans
  if (year === undefined || !span || spans.length > 1) return undefined
  // (Not a span written in years, "giai đoạn 2016 - 2020": whether it moved from 2015's level or 2016's, the words
  // leave open.)
  const counted = /(\d{1,2})\s+năm\s+(?:qua|vừa qua)/iu.exec(span.words)?.[1]
  return counted ? year - Number(counted) : undefined
}
