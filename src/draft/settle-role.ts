import { unitInfo } from '../dataset/units.ts'
import { letter } from '../lib/reg-exp.ts'
import type { DraftFigure, DraftScorecard } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'
import { isPlaceProfile, isProfileUnit, isReachedStandardAfter } from './place-profile.ts'
import { ratePerThing } from './rate-per-thing.ts'
import { isPartOfPlan, isPartOfTarget } from './plan-beside.ts'
import type { Decision, Scope } from './structure/decide-role.ts'
import type { Why } from './structure/reasons.ts'
import { moveTo } from './structure/role-words.ts'
import type { ReportYears } from './structure/report-years.ts'
import type { Period } from '../dataset/schema.ts'

const profileWords = new RegExp(
  String.raw`(?<![${letter}])(?:có|là|gồm|diện tích|dân số|tổng số|mật độ)(?![${letter}])`,
  'iu',
)
/**
 * "144 hộ với diện tích hơn 166 ha trồng xoài", "82 hộ tham gia dự án tưới nhỏ giọt": people or households counted by what
 * they do, not those the place has.
 */
const isDoing = new RegExp(
  String.raw`^\s*(?:[${letter}]+\s+){0,2}?(?:với diện tích|tham gia|trồng|nuôi|được|đã|sử dụng|áp dụng|sản xuất|chăn nuôi|thoát|vay|nhận|hưởng|xây|lên đường)(?![${letter}])`,
  'iu',
)
/** ". Trong đó, …", "; trong đó, …" after a figure: what follows breaks it down. */
const brokenDownNext = new RegExp(String.raw`[.;:\n]\s*trong đó(?![${letter}])`, 'iu')
/** A plan's words ("điều chỉnh … từ 8,8% lên 10%"): a move of the plan's own level. */
const planWords = new RegExp(
  String.raw`(?<![${letter}])(?:điều chỉnh|chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?![${letter}])`,
  'iu',
)
/** "từ 53%" (then "lên 65%": `moveTo`): where a move starts. */
const moveFrom = new RegExp(String.raw`(?<![${letter}])từ\s+(?:mức\s+)?$`, 'iu')
/** "trong đó": what follows breaks down what was said before. */
const ofWhich = new RegExp(String.raw`(?<![${letter}])trong đó(?![${letter}])`, 'iu')
/** "chiếm", "chiếm tỷ lệ", "chiếm trên": a share said of what comes before it. */
const shareWord = String.raw`chiếm(?:\s+tỷ lệ)?(?:\s+(?:trên|dưới|gần|hơn|khoảng))?`
/** What a place is, whatever the year: its land and its people. */
const placeWords = new RegExp(
  String.raw`(?<![${letter}])(?:diện tích|dân số|mật độ|nhân khẩu)(?![${letter}])`,
  'iu',
)

/** "8 nhóm nhiệm vụ, giải pháp", "3 khâu đột phá": the parts of a plan, not targets of it. */
function isPlanPart(amount: FoundAmount, after: string): boolean {
  // ("hoàn thành 69/69 nhiệm vụ chương trình công tác": the tasks done of those set, a result.)
  if (amount.kind === 'fraction') return false
  return (
    amount.units.includes('task-group') ||
    /^(?:nhiệm vụ|giải pháp|khâu đột phá|đột phá)$/iu.test(amount.unitText) ||
    // "3 khâu đột phá", "3 lĩnh vực đột phá", "xác định 4 trụ cột quan trọng": a noun no unit row knows, read after the
    // amount.
    (amount.unitText === '' &&
      new RegExp(String.raw`^\s*(?:(?:khâu|lĩnh vực|mũi)\s+đột phá|trụ cột)(?![${letter}])`, 'iu').test(
        after,
      )) ||
    // "đề ra 8 nhóm chỉ tiêu về kinh tế, 6 nhóm chỉ tiêu về văn hóa - xã hội": the groups a plan is set in (not "9
    // nhóm chỉ tiêu đạt", groups reached).
    (/^nhóm chỉ tiêu$/iu.test(amount.unitText) &&
      !new RegExp(
        String.raw`^[^,;.]*?(?<![${letter}])(?:đạt|vượt|hoàn thành|không đạt|chưa đạt)(?![${letter}])`,
        'iu',
      ).test(after))
  )
}

type SettleInput = {
  decision: Decision
  amount: FoundAmount
  /** The clause's words after the amount. */
  afterAmount: string
  /** The amount's quote. */
  quote: string
  /** The twenty characters before the amount's number. */
  wordsBefore: string
  /** "vượt", "đạt": what a count of the scorecard's targets says they did, if it is one. */
  outcome: string | null
  scorecard: DraftScorecard | undefined
  scope: Scope | null
  years: ReportYears
  lastRoleInParagraph: DraftFigure['role'] | null
  sentenceFigures: readonly DraftFigure[]
  previousSentenceFigures: readonly DraftFigure[]
  /** The text from after a figure's words to this amount's number. */
  textAfter: (figure: DraftFigure) => string
}

/**
 * The role the structure decided, settled by what the amount itself is: a count of targets met, the place's profile,
 * a list's item after the list ended, a plan's part, a figure no words govern, a part of a planned level.
 */
/** "… so với thực hiện năm 2019", "so với ước thực hiện năm 2024": compared with a year's results. */
const comparedWithResults = new RegExp(
  String.raw`^\s*so\s+(?:với\s+)?(?:ước\s+)?thực hiện(?![${letter}])`,
  'iu',
)

/** "; địa phương giao là", ", HĐND tỉnh giao": who else set a level, with nothing else said. */
const setterInTurn = new RegExp(
  String.raw`^\s*[;,]\s*(?:(?:Trung ương|tỉnh|huyện|thành phố|thị xã|xã|phường|địa phương|cấp trên|Chính phủ|Thủ tướng(?:\s+Chính phủ)?|Bộ Tài chính|(?:HĐND|UBND)(?:\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường))?)\s+)(?:giao|phân bổ|bố trí)(?:\s+là)?\s*:?\s*$`,
  'iu',
)

export function settleRole({
  decision,
  amount,
  afterAmount,
  quote,
  wordsBefore,
  outcome,
  scorecard,
  scope,
  years,
  lastRoleInParagraph,
  sentenceFigures,
  previousSentenceFigures,
  textAfter,
}: SettleInput): {
  role: DraftFigure['role']
  why: Why
  period: Period | undefined
  notes: string[]
  isListItem: boolean
} {
  const notes: string[] = []
  let role: DraftFigure['role'] = decision.role
  let why = decision.why
  let period = decision.period
  // A count of the targets exceeded or met is a result of the scorecard's year.
  if (outcome) {
    role = 'actual'
    // Its own sentence's year, else the scorecard's, else (where it was first read as an aim) the year of results.
    const resultsYear =
      decision.role !== 'actual' && years.results
        ? { period: { year: years.results.year }, why: years.results.why }
        : undefined
    const yearWhy =
      why.year.rule === 'written' || scorecard?.period || !resultsYear ? why.year : resultsYear.why
    if (why.year.rule !== 'written') period = scorecard?.period ?? resultsYear?.period ?? period
    why = { role: { rule: 'done', words: outcome }, year: yearWhy }
  }
  // "diện tích đất tự nhiên hơn 47.100 ha, trong đó diện tích đất nông nghiệp chiếm 88,51%": a share of the place's
  // land or people, given just after them.
  // "Người Kinh 106.260 người, chiếm 67,33%", "Thái chiếm 163 hộ, 26,63 %": a part's share, said right after the part.
  const whole = sentenceFigures.at(-1)
  const isShareOfProfile =
    amount.units.includes('percent') &&
    whole?.role === 'profile' &&
    ((new RegExp(String.raw`(?<![${letter}])${shareWord}\s*$`, 'iu').test(wordsBefore) &&
      ofWhich.test(textAfter(whole))) ||
      new RegExp(String.raw`^\s*[,(]?\s*(?:${shareWord})?\s*$`, 'iu').test(textAfter(whole)))
  // "Dân số 157.806 người, … trong đó chủ yếu là: Người Kinh 106.260 người": a part of the place's people or land,
  // counted as the whole is; so is one broken down in the next sentence ("Trên địa bàn xã có: 612 hộ; … Trong đó dân
  // tộc: Thái chiếm 163 hộ").
  const isPartOf = (figure: DraftFigure) =>
    figure.role === 'profile' && figure.unit !== 'TODO' && amount.units.includes(figure.unit)
  const lastBefore = previousSentenceFigures.at(-1)
  const isPartOfProfile =
    !amount.units.some((unit) => unit.startsWith('percent')) &&
    (sentenceFigures.some((figure) => isPartOf(figure) && ofWhich.test(textAfter(figure))) ||
      (sentenceFigures.every((figure) => figure.role === 'profile') &&
        previousSentenceFigures.some(isPartOf) &&
        lastBefore !== undefined &&
        (brokenDownNext.test(textAfter(lastBefore)) ||
          // ("… Thái chiếm 163 hộ, 26,63 %. Mông chiếm: 448 hộ": the list of parts going on.)
          (previousSentenceFigures.every((figure) => figure.role === 'profile') &&
            new RegExp(String.raw`(?<![${letter}])chiếm\s*:?\s*$`, 'iu').test(wordsBefore)))))
  // "… diện tích đất tự nhiên là 39,99km2, có 55 tổ dân phố, dân số 102.648 người, 105 tổ chức đảng và 5.505 đảng
  // viên", "diện tích tự nhiên trên 39 km2 với 42 khu dân cư", "có 18/19 xã khu vực III, 156/177 bản đặc biệt khó
  // khăn": what the place has, listed right after its land or people, is its profile too.
  const isListedWithProfile =
    whole?.role === 'profile' &&
    !amount.units.some((unit) => unit.startsWith('percent')) &&
    new RegExp(
      String.raw`^(?:\s+[${letter}]+){0,4}\)?\s*(?:(?:,|và)\s*(?:(?:có|gồm|với)\s+)?|\s(?:có|gồm|với)\s+)$`,
      'iu',
    ).test(textAfter(whole))
  const perThing = ratePerThing(amount, afterAmount, wordsBefore)
  if (
    (isPlaceProfile(amount, quote) || isShareOfProfile || isListedWithProfile || isPartOfProfile) &&
    !isReachedStandardAfter(afterAmount)
  ) {
    role = 'profile'
    why = { ...why, role: { rule: 'profile', words: '' } }
  } else if (
    role === 'target' &&
    scope?.announced !== undefined &&
    scope.items >= scope.announced &&
    why.role.rule === 'lead'
  ) {
    role = 'fact'
    why = { ...why, role: { rule: 'after-list', words: String(scope.announced) } }
  }
  // "Hiện toàn tỉnh có 190 trường đạt chuẩn quốc gia, chiếm 43,58% … Trong đó, mầm non có 43 trường, …", "… hiện có
  // 67/85 xã đạt chuẩn tiêu chí số 2; trong đó, 42 xã …": in a text of aims, the parts of what is there now, broken
  // down next, are there now too.
  const saidBefore = [...previousSentenceFigures, ...sentenceFigures]
  const brokenDown = saidBefore.findLast(
    (figure) =>
      figure.role === 'actual' &&
      ((figure.unit !== 'TODO' && amount.units.includes(figure.unit)) ||
        sameNounCounted(figure, amount, afterAmount)) &&
      brokenDownNext.test(textAfter(figure)),
  )
  if (role === 'target' && why.role.rule === 'plan-text' && brokenDown) {
    role = 'actual'
    period = brokenDown.period
    why = {
      role: { rule: 'done', words: 'trong đó' },
      year: brokenDown.why?.year ?? { rule: 'none', words: '' },
    }
  }
  // "… sẽ nâng tỷ lệ nhựa hóa đường từ 53% lên 65%": where an aimed move starts is where the thing stands now (not a
  // plan's own, "điều chỉnh … tốc độ tăng trưởng năm 2025 từ 8,8% lên 10%").
  if (
    role === 'target' &&
    !planWords.test(quote.slice(0, Math.max(0, quote.indexOf(amount.valueText)))) &&
    moveFrom.test(wordsBefore) &&
    moveTo.test(afterAmount)
  ) {
    role = 'actual'
    period = years.results ? { year: years.results.year } : undefined
    why = {
      role: { rule: 'done', words: 'từ' },
      year: years.results?.why ?? { rule: 'none', words: '' },
    }
  }
  if (isPlanPart(amount, afterAmount)) {
    role = 'fact'
    why = { ...why, role: { rule: 'plan-parts', words: amount.valueText } }
  }
  const isListItem = role === 'target' && scope?.role === 'target'
  if (role === 'fact' && why.role.rule === 'no-words') {
    // "Toàn huyện có 19 hợp tác xã": what the place has, among results a result of their year ("có 64 km bờ
    // biển" among its area and population is its profile).
    const hasWord = new RegExp(
      String.raw`(?<![${letter}])có\s+(?:thêm\s+)?(?:hơn\s+|trên\s+|gần\s+)?$`,
      'iu',
    ).test(wordsBefore)
    const amongResults = years.results !== undefined && lastRoleInParagraph === 'actual'
    const added = addedWords(amount, wordsBefore, quote)
    // ("Đợt giao quân lần này, huyện có 92 tân binh lên đường nhập ngũ": people counted by what they did, in a text that
    // names no year, are a result all the same; a person gives its year.)
    const isDone =
      isPeopleUnit(amount) && isDoing.test(afterAmount) && !years.results && scope?.role !== 'target'
    if (((hasWord && amongResults) || added) && years.results) {
      role = 'actual'
      period = { year: years.results.year }
      why = {
        role: { rule: 'done', words: added ?? 'có' },
        year: { rule: years.results.why.rule, words: years.results.why.words },
      }
    } else if (
      why.year.rule === 'written' &&
      period !== undefined &&
      period.year <= (years.results?.year ?? period.year) &&
      !placeWords.test(quote)
    ) {
      // "GRDP đầu người tại Đồng Nai năm 2022 là trên 133 triệu đồng": what a year's figure is, a result of it.
      role = 'actual'
      why = { ...why, role: { rule: 'done', words: why.year.words } }
    } else if (isDone) {
      role = 'actual'
      why = { ...why, role: { rule: 'done', words: isDoing.exec(afterAmount)?.[0].trim() ?? '' } }
    } else if (
      (profileWords.test(quote) || lastRoleInParagraph === 'profile') &&
      // ("… bao gồm hơn 162,5 tỷ đồng bổ sung mục tiêu": money is no place's profile; in a text of a year's results,
      // "Đến nay, toàn huyện có 413 tổ công nghệ số cộng đồng" is what it has that year, not what it is.)
      !amount.units.some((unit) => unitInfo(unit).kind === 'money') &&
      (!years.results ||
        (amount.units.some(isProfileUnit) && !(isDoing.test(afterAmount) && scope?.role !== 'target')))
    )
      role = 'profile'
    else if (years.results && scope?.role !== 'target') {
      // A report of a year's results states most figures without a verb: read as that year's results.
      role = 'actual'
      period = { year: years.results.year }
      why = {
        role: { rule: 'results-text', words: years.results.why.words },
        year: { rule: years.results.why.rule, words: years.results.why.words },
      }
    }
    notes.push(`role: no words say whether this is a result or a target; ${role} or another role?`)
  }
  // "dự toán giao là 228,7 tỷ đồng; trong đó phần huyện thu 168,7 tỷ đồng": a part of the planned level its
  // sentence is about (not of a plan bracketed after a result: "đạt 51,8% … (23 tỷ đồng); trong đó, …").
  const planned =
    sentenceFigures[0]?.why?.role.rule === 'plan-level'
      ? sentenceFigures[0]
      : sentenceFigures.every((f) => f.why?.role.rule === 'part-of-plan') &&
          lastBefore?.why?.role.rule === 'plan-level'
        ? lastBefore
        : undefined
  if (
    (role === 'actual' || why.role.rule === 'no-words') &&
    planned?.at !== undefined &&
    isPartOfPlan(planned, textAfter(planned))
  ) {
    role = 'target'
    period = planned.period
    why = {
      role: { rule: 'part-of-plan', words: planned.why?.role.words ?? '' },
      year: planned.why?.year ?? why.year,
    }
  }
  // "… được Trung ương giao 8.184 tỷ đồng; địa phương giao là 8.526 tỷ đồng": another setter's level, said in turn after
  // the first, is the plan's too.
  const levelBefore = sentenceFigures.at(-1)
  if (
    role === 'actual' &&
    levelBefore?.why?.role.rule === 'plan-level' &&
    levelBefore.at !== undefined &&
    setterInTurn.test(textAfter(levelBefore))
  ) {
    role = 'target'
    period = levelBefore.period
    why = {
      role: { rule: 'plan-level', words: /[^;,]*$/u.exec(textAfter(levelBefore))?.[0].trim() ?? '' },
      year: levelBefore.why?.year ?? why.year,
    }
  }
  // "dự toán thu ngân sách … là 845 tỷ đồng, tăng 11% so với thực hiện năm 2019": how far a planned level rises over a
  // year's results is planned too.
  const plannedLevel = sentenceFigures.at(-1)
  if (
    role === 'actual' &&
    plannedLevel?.role === 'target' &&
    (/(?:^|\s)(?:tăng|giảm)\s*$/iu.test(wordsBefore) || /^(?:tăng|giảm)\s/iu.test(amount.valueText)) &&
    comparedWithResults.test(afterAmount)
  ) {
    role = 'target'
    period = plannedLevel.period
    why = {
      role: { rule: 'aim', words: plannedLevel.why?.role.words ?? '' },
      year: plannedLevel.why?.year ?? why.year,
    }
  }
  const aimed = lastBefore?.role === 'target' ? lastBefore : undefined
  // (A paragraph's target year goes on to it too: being part of the level set says more. So does a year of results
  // the part does not write, said with a bare "tăng": "… phấn đấu … tăng 17,84%/năm. Trong đó, công nghiệp - xây dựng
  // tăng 27,1%".)
  const isBareChange =
    why.year.rule !== 'written' &&
    /^(?:tăng|giảm|đạt|chiếm)$/iu.test(why.role.words) &&
    why.role.rule === 'done'
  if (
    ((role === 'actual' && (why.year.rule === 'none' || isBareChange || why.role.rule === 'results-text')) ||
      (role === 'target' && why.role.rule === 'later-year')) &&
    aimed?.at !== undefined &&
    isPartOfTarget(aimed, textAfter(aimed))
  ) {
    role = 'target'
    period = aimed.period
    // "là một phần của mức “khoảng 15 - 16%” đặt ra"
    why = { role: { rule: 'part-of-plan', words: aimed.valueText }, year: aimed.why?.year ?? why.year }
  }
  if (perThing && role === 'actual') {
    role = 'fact'
    why = { ...why, role: { rule: 'property', words: perThing.per } }
    notes.push(
      `unit: the amount is so much a ${perThing.thing} ("${perThing.per}"), a rate paid, not a total`,
    )
  }
  return { role, why, period, notes, isListItem }
}

/**
 * The words that make a count a result wherever it is said, or undefined: what was added ("toàn tỉnh có thêm 1 huyện,
 * 4 xã đạt chuẩn"), the total it raised ("nâng tổng số sản phẩm OCOP cấp tỉnh lên 531 sản phẩm"), a part of the place's
 * units that met something ("Có 24/24 thôn, tổ dân phố giữ vững danh hiệu văn hóa").
 */
function addedWords(amount: FoundAmount, wordsBefore: string, quote: string): string | undefined {
  if (new RegExp(String.raw`(?<![${letter}])có\s+thêm\s+(?:hơn\s+|trên\s+|gần\s+)?$`, 'iu').test(wordsBefore))
    return 'có thêm'
  const quoteBefore = quote.slice(0, Math.max(0, quote.indexOf(amount.valueText)))
  if (
    new RegExp(
      String.raw`(?<![${letter}])(?:nâng|đưa)\s+(?:tổng\s+)?số(?![${letter}])[^,;:]*?\s+lên\s+(?:hơn\s+|trên\s+|gần\s+)?$`,
      'iu',
    ).test(quoteBefore)
  )
    return 'lên'
  return amount.kind === 'fraction' && !/^chỉ tiêu/iu.test(amount.unitText) ? amount.valueText : undefined
}

/** "174 thư viện" and "118" then " thư viện": counts of one noun no unit row knows. */
function sameNounCounted(figure: DraftFigure, amount: FoundAmount, afterAmount: string): boolean {
  const noun = figure.otherUnit ?? ''
  return (
    noun !== '' &&
    `${amount.valueText}${afterAmount}`
      .replace(/^[^\p{L}]*/u, '')
      .toLocaleLowerCase('vi')
      .startsWith(noun.toLocaleLowerCase('vi'))
  )
}

/** Households or people, counted. */
function isPeopleUnit(amount: FoundAmount): boolean {
  return amount.units.some((unit) => unit === 'person' || unit === 'household' || unit === 'worker')
}
