import { hasLetter, letter } from '../../lib/reg-exp.ts'
import { isTimeOfScorecard, readScorecards } from '../../dataset/reading/read-scorecard.ts'
import { findPhrases, type Phrase } from './governing.ts'
import { targetsFared, workStartedBefore } from './role-words.ts'
import { findTimeExpressions, tet, type TimeExpression } from './time-expressions.ts'

/*
 * What one sentence says of the years it names: the signals `readReportYears` weighs over a whole text to find the
 * year a report gives results for and the year it plans.
 */

/** "đạt 12/9 chỉ tiêu …": targets reached, counted. */
const reachedCountOfTargets = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|hoàn thành|vượt)\s+\d+\s*\/\s*\d+\s+chỉ tiêu(?![${letter}])[^,;.]*$`,
  'iu',
)

/**
 * The nearest governing word before a year says what the year is: "tổng kết năm 2024", "kết quả … năm 2024",
 * "những thành tựu nổi bật về kinh tế - xã hội trong năm 2024", "nhìn lại năm 2023", "đã khép lại năm 2023 với nhiều thành
 * tích" are the results' year, "nhiệm vụ năm 2025", "mục tiêu … năm 2025" the plan's, except that a plan carried out
 * ("tình hình thực hiện nhiệm vụ … năm 2024") is the results' again ("củng cố tình hình an ninh … năm 2024" is a task).
 */
const governingWords = new RegExp(
  String.raw`(?<![${letter}])(?:(tổng kết|nhìn lại|khép lại|kết quả|(?<!(?:cần|sẽ|phải|kế hoạch|phương án)\s+)thực hiện|đánh giá|(?<!(?:củng cố|giữ vững|giữ ổn định|ổn định|bảo đảm|đảm bảo)\s+)tình hình|ước đạt|đạt được|đã đạt|thành tựu)|(nhiệm vụ|mục tiêu|phương hướng|phương án|kịch bản|kế hoạch|chỉ tiêu|dự toán|phấn đấu|triển khai|đề ra|(?<!bàn\s)giao(?!\s+(?:tiếp|thông|dịch|lưu|nhận|hàng|thương|ban|diện))))(?![${letter}])`,
  'giu',
)
// "chỉ đạo, điều hành thực hiện các nhiệm vụ … năm 2018", "ra sức thi đua thực hiện các chỉ tiêu … năm 2024", "lễ ra quân
// thực hiện các chỉ tiêu … năm 2020" carry a plan out still: only a report of it looks back
// ("báo cáo … về thực hiện các nhiệm vụ, mục tiêu … 6 tháng đầu năm", "hội nghị … tổng kết nhiệm vụ năm 2020 và triển
// khai phương hướng, nhiệm vụ năm 2021").
const carriedOut = new RegExp(
  String.raw`(?:(?<!(?:chỉ đạo|điều hành|tập trung|tổ chức|triển khai|quyết liệt|để|nhằm|thi đua|ra sức|nỗ lực|cố gắng|đang|ra quân|phát động)(?:,?\s+[${letter}]+)?\s+)thực hiện|tình hình|kết quả|đánh giá|tổng kết|sơ kết)\s+(?:[${letter}]+,?\s+){0,3}$`,
  'iu',
)

function governingBefore(before: string): { kind: 'results' | 'plan'; index: number } | null {
  // ("HUYỆN GIAO THUỶ … NĂM 2023", "xã Giao Long": a place's name, written with a capital, assigns nothing.)
  const last = [...before.matchAll(governingWords)]
    .filter((match) => !/^G(?:iao|IAO)$/u.test(match[0]))
    .at(-1)
  if (!last) return null
  if (last[1]) return { kind: 'results', index: last.index }
  const said = before.slice(0, last.index)
  // ("Thực hiện mục tiêu, chỉ tiêu cần thực hiện trong năm 2020, …": targets still to be carried out are the plan's.)
  if (/(?<![\p{L}])(?:cần|sẽ|phải)\s+(?:được\s+)?thực hiện(?![\p{L}])/iu.test(before.slice(last.index)))
    return { kind: 'plan', index: last.index }
  return {
    kind: carriedOut.test(said) || shareReached.test(said) || planReached.test(said) ? 'results' : 'plan',
    index: last.index,
  }
}
/** Words that open a sentence by carrying a year's tasks out ("Thực hiện nhiệm vụ chính trị năm 2026, …"). */
const carryingOutOpening = new RegExp(String.raw`^\s*thực hiện\s+(?:[${letter}]+\s+){1,6}$`, 'iu')
/** What the sentence then says first: going on ahead ("tiếp tục tập trung", "phấn đấu", "sẽ") or done ("đã", "đạt"). */
const firstAheadOrDone = new RegExp(
  String.raw`(?<![${letter}])(?:(tiếp tục(?!\s+(?:đạt|được|có|tăng|giữ|duy trì)(?![${letter}]))|phấn đấu|quyết tâm|sẽ)|đã|đạt|hoàn thành)(?![${letter}])`,
  'iu',
)

/** Whether a sentence opens by carrying a year's tasks out and then goes on ahead: a plan, not a look back. */
export function carryingOutOpens(before: string, after: string): boolean {
  return carryingOutOpening.test(before) && firstAheadOrDone.exec(after)?.[1] !== undefined
}
/** An honour's words, before the year whose tasks it rewards ("trao giấy khen cho … hoàn thành xuất sắc nhiệm vụ năm 2022"). */
const honourWords = new RegExp(
  String.raw`(?<![${letter}])(?:khen thưởng|giấy khen|bằng khen|tuyên dương|biểu dương|vinh danh|danh hiệu)(?![${letter}])`,
  'iu',
)
/** Not after words that aim at what follows ("phấn đấu hoàn thành …"). */
const notAimedAt = String.raw`(?<!(?:phấn đấu|để|nhằm|quyết tâm|sẽ|cần|phải|nhất định|nỗ lực|cố gắng|tập trung|đảm bảo|bảo đảm)\s+)`
/**
 * "thực hiện nhiều chỉ tiêu vượt kế hoạch năm 2022", "… hoàn thành cơ bản các chỉ tiêu, nhiệm vụ năm 2022": a plan
 * exceeded, reached or done is of the results' year (not one to be done: "phấn đấu hoàn thành các chỉ tiêu …"); so
 * are the tasks of a year done well, an honour's reason ("cá nhân hoàn thành xuất sắc nhiệm vụ năm 2025"), and a plan
 * said done ("huyện đã hoàn thành kế hoạch sản xuất, tái canh cà phê năm 2022").
 */
const planReached = new RegExp(
  String.raw`(?<![${letter}])(?:(?:vượt|đạt và vượt|hoàn thành và vượt|hoàn thành vượt)\s+(?:mức\s+|so với\s+)?|${notAimedAt}(?:hoàn thành|đạt)(?:\s+(?:cơ bản|tốt|toàn diện|xuất sắc|thắng lợi))?(?:\s+(?:các|toàn bộ|hầu hết|nhiều|những))?(?:\s+(?:chỉ tiêu|mục tiêu|nhiệm vụ)\s*,?(?:\s*và)?)+\s*|${notAimedAt}hoàn thành\s+(?:tốt|xuất sắc)\s+(?:các\s+)?|${notAimedAt}(?<!(?:góp phần|tiếp tục|hướng tới|chung sức)\s+)(?<=(?<![${letter}])đã\s+)hoàn thành\s+)$`,
  'iu',
)
/** "đạt 95,3% kế hoạch năm 2021", "đạt 93,2% so kế hoạch 2021": the plan a share reached is of the results' year. */
const shareReached = /\d\s*%\s*(?:so\s+(?:với\s+)?)?$/u

/** "Trên cơ sở những kết quả đạt được …", "căn cứ kết quả …": the results a plan is built on, said before it. */
export const resultsBuiltOn = new RegExp(
  String.raw`(?<![${letter}])(?:trên cơ sở|căn cứ(?:\s+vào)?|từ)\s+(?:những\s+|các\s+)?kết quả[^,;]*$`,
  'iu',
)

export type Signal = {
  year: number | undefined
  kind: 'results' | 'plan'
  weight: number
  words: string
  partOfYear?: string
  /** Read from what a change is measured against ("so với năm 2021"): the year after it. */
  isBase?: boolean
  /** Part of a year with no year written, of the year the page is dated ("6 tháng đầu năm nay" under "10/07/2024"). */
  isDated?: boolean
}

/**
 * "Thu nhập … từ 10 triệu đồng năm 2011 tăng lên 16,7 triệu đồng trong năm 2015", "Thu ngân sách năm 2011 gần 13
 * tỷ đồng, đến năm 2015 đạt 47 tỷ đồng": where a change over years started says nothing of the year reported,
 * the later year it went to does (a year of results when the change is said done).
 */
function changedTo(sentence: string, time: TimeExpression): number | undefined {
  if (time.year === undefined) return undefined
  // ("Năm 2023, Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt": a document's name goes
  // nowhere.)
  const cited = findTimeExpressions(sentence).filter((t) => t.kind === 'cited' && t.start >= time.end)
  const unnamed = cited.reduceRight(
    (text, t) => text.slice(0, t.start) + ' '.repeat(t.end - t.start) + text.slice(t.end),
    sentence,
  )
  // ("Tổng vốn … năm 2024 … đạt hơn 277 tỷ đồng, tỷ lệ giải ngân ước tính đến đầu năm 2025 đạt 95,81%": a day results
  // are counted up to is no year they went to.)
  const after = unnamed.slice(time.end, time.end + 80).split(/[;.!?]/u)[0] ?? ''
  const later = new RegExp(
    String.raw`(?<![${letter}])(?<!tính\s+)(?:đến|tới|lên|xuống)(?:\s+(?:còn|mức))?[^;]{0,40}?(?:năm\s+)?((?:19|20)\d{2})`,
    'iu',
  ).exec(after)
  const year = Number(later?.[1])
  return year > time.year ? year : undefined
}

/**
 * Whether the sentence's scorecard is of this time: not when its own time is named right after it ("đặt mục tiêu …
 * trong năm 2026 …, dựa trên nền tảng 17/17 chỉ tiêu đã hoàn thành trong năm nay": this year's, not 2026's).
 */
function scorecardOf(
  sentence: string,
  time: TimeExpression,
  scorecards: readonly { end: number }[],
  times: readonly TimeExpression[],
): boolean {
  return scorecards.some(
    (card) =>
      !times.some(
        (other) =>
          other !== time &&
          other.start >= card.end &&
          isTimeOfScorecard(sentence.slice(card.end, other.start)),
      ),
  )
}

/** What one sentence says of the years it names. */
export function signals(sentence: string): Signal[] {
  const phrases = findPhrases(sentence)
  // A scorecard says how a year's targets were met: its year is a year of results.
  const scorecards = readScorecards(sentence)
  // ("Khách du lịch tham quan Làng nghề Trường Sơn Tết Nhâm Dần 2022.": a photo's Tết, with no figure said, reports
  // nothing.)
  const times = findTimeExpressions(sentence).filter(
    (time) =>
      time.partOfYear !== tet || /\d/u.test(`${sentence.slice(0, time.start)} ${sentence.slice(time.end)}`),
  )
  return [
    ...times
      .filter((time) => time.kind === 'term')
      .flatMap((time) => termLookedBack(sentence, time, phrases)),
    // "Tính đến cuối năm 2024, quy mô kinh tế ước đạt …", "đến thời điểm 31/12/2019, toàn tỉnh giảm được …": the end of
    // a year a result is said at sums that year up.
    ...times
      .filter(
        (time) =>
          time.kind === 'period' ||
          time.kind === 'part-of-year' ||
          (time.kind === 'point' &&
            (/^tính\s+(?:đến|tới)\s+cuối\s+năm|31\s*[/.-]\s*12\s*[/.-]/iu.test(time.words) ||
              // "Ước đến cuối năm 2023, …": an estimate of the year up to its end (not "ước tính đến đầu năm 2025",
              // the day the year before is counted up to)
              (time.point !== 'start' && estimatedBefore.test(sentence.slice(0, time.start))) ||
              // ("Đến cuối năm 2020, tỉnh ước giảm tỷ lệ hộ nghèo còn 6,07%": one that opens a sentence whose subject
              // is then estimated.)
              (time.point === 'end' && time.start === 0 && estimatedAfter.test(sentence.slice(time.end))))),
      )
      .filter((time) => time.year !== undefined || time.kind === 'part-of-year')
      .flatMap((time) =>
        periodSignals(sentence, time, phrases, scorecardOf(sentence, time, scorecards, times), times),
      ),
    ...times.flatMap((time) => spanSummedUp(sentence, time)),
    ...times.flatMap((time): Signal[] =>
      time.kind === 'point' &&
      time.point === 'end' &&
      time.start === 0 &&
      time.year !== undefined &&
      heldAtEnd.test(sentence.slice(time.end))
        ? [{ year: time.year, kind: 'results', weight: 1, words: time.words }]
        : [],
    ),
    ...times.flatMap((time) => endAimedAt(time, phrases)),
  ]
}

/** "Phấn đấu giảm tỷ lệ hộ nghèo đến cuối năm 2024 còn 1,20%": the end of a year an aim runs to is the plan's year. */
function endAimedAt(time: TimeExpression, phrases: readonly Phrase[]): Signal[] {
  if (time.kind !== 'point' || time.point !== 'end' || time.year === undefined) return []
  const aim = phrases.findLast((phrase) => phrase.kind === 'aim' && phrase.end <= time.start)
  const isDoneBetween = phrases.some(
    (phrase) =>
      phrase.kind === 'done' && aim !== undefined && phrase.start > aim.end && phrase.end <= time.start,
  )
  return aim && !isDoneBetween ? [{ year: time.year, kind: 'plan', weight: 1, words: time.words }] : []
}

/**
 * "Hội nghị tổng kết Đề án giải quyết việc làm giai đoạn 2021–2025", "tổng kết 5 năm thực hiện Nghị quyết … giai đoạn
 * 2016-2020": a span summed up is looked back on, up to its last year.
 */
function spanSummedUp(sentence: string, time: TimeExpression): Signal[] {
  if (time.isSpan !== true || time.year === undefined || (time.kind !== 'deadline' && time.kind !== 'term'))
    return []
  const summed = new RegExp(
    String.raw`(?<![${letter}])(?:tổng kết|sơ kết)(?![${letter}])[^,;:.\d]{0,80}?(?:\d\s+năm[^,;:.\d]{0,60}?)?$`,
    'iu',
  ).exec(sentence.slice(0, time.start))
  return summed
    ? [{ year: time.year, kind: 'results', weight: 1, words: `${summed[0].trim()} ${time.words}` }]
    : []
}

/**
 * "…; xã đạt chuẩn nông thôn mới vào năm 2018 (hoàn thành sớm 2 năm so với Nghị quyết); …": the year an event of a list
 * happened in, closing its item, sums up no year of the text; nor does one a story goes on from ("… đạt chuẩn huyện nông
 * thôn mới vào năm 2020, ngay sau đó huyện đã bắt tay vào …").
 */
export function isEventYear(sentence: string, time: TimeExpression): boolean {
  return (
    /(?<![\p{L}])vào\s*$/iu.test(sentence.slice(Math.max(0, time.start - 8), time.start)) &&
    /^\s*(?:\([^()]*\)\s*)?(?:[;.]|,\s*(?:(?:ngay|và|rồi)\s+)?(?:sau đó|từ đó)(?![\p{L}]))/iu.test(
      sentence.slice(time.end),
    )
  )
}

/** "sẽ": what is still to come. */
const willWord = new RegExp(String.raw`(?<![${letter}])sẽ(?![${letter}])`, 'iu')
/** "dự tính năm 2022, …": an estimate of the year named next. */
const estimateBefore = /(?:dự tính|ước tính|ước|dự kiến)\s*$/iu

/** What a sentence says of a year (or part of one) it names as a period. */
function periodSignals(
  sentence: string,
  time: TimeExpression,
  phrases: readonly Phrase[],
  hasScorecard: boolean,
  times: readonly TimeExpression[],
): Signal[] {
  // "… tăng 6,48%, cao hơn mức tăng 4,71% của quý I/2024", "GRDP đã tăng cao hơn quý I năm 2020", "cao hơn mức 5% mà
  // thành phố đạt được trong 6 tháng đầu năm 2024": the period compared with is no period reported.
  const said = sentence.slice(Math.max(0, time.start - 60), time.start)
  if (
    new RegExp(
      String.raw`(?<![${letter}])(?:cao|thấp)\s+hơn\s+(?:so với\s+)?(?:mức\s+(?:(?:tăng|giảm)(?:\s+trưởng)?\s+)?(?:khoảng\s+)?[\d.,]+\s*%\s+(?:mà\s+[^,;.\d]{0,40}?\s)?(?:của|trong)\s*)?$`,
      'iu',
    ).test(said)
  )
    return []
  // "Khi mới bước vào xây dựng nông thôn mới năm 2010, …": the year a work started in, set against what it has reached
  // since, is no year reported.
  if (workStartedBefore.test(sentence.slice(0, time.start))) return []
  // (An aim to reach something "vào năm 2030;" is a plan's year.)
  if (
    !phrases.some((phrase) => phrase.kind === 'aim' && phrase.start < time.start) &&
    isEventYear(sentence, time)
  )
    return []
  // "Năm 2024 khép lại với không ít khó khăn nhưng để lại nhiều dấu ấn …": a year said to have closed is summed up.
  const closed = /^\s+(?:đã\s+)?(?:khép lại|kết thúc|đi qua|qua đi|vừa qua)(?![\p{L}])/iu.exec(
    sentence.slice(time.end),
  )
  if (time.year !== undefined && closed)
    return [{ year: time.year, kind: 'results', weight: 1, words: `${time.words}${closed[0]}` }]
  // "… phấn đấu tăng lên khoảng 4.710 USD/năm (năm 2024 là 4.460 USD/năm)": a year's own level, bracketed, is its result
  // (not after "so với cùng kỳ": "tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)" is the level of the time compared).
  if (
    time.year !== undefined &&
    /\(\s*$/u.test(sentence.slice(Math.max(0, time.start - 3), time.start)) &&
    !comparedPeriodBracketed.test(sentence.slice(Math.max(0, time.start - 40), time.start)) &&
    /^\s+(?:là|đạt)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d/iu.test(sentence.slice(time.end))
  )
    return [{ year: time.year, kind: 'results', weight: 1, words: time.words }]
  const wentTo = changedTo(sentence, time)
  if (wentTo !== undefined) {
    const isDone = phrases.some(
      (phrase) => (phrase.kind === 'done' || phrase.kind === 'weak-done') && phrase.start >= time.end,
    )
    return isDone ? [{ year: wentTo, kind: 'results', weight: 1, words: `năm ${wentTo}` }] : []
  }
  // The words before the year in its clause, up to 120 characters back.
  const from = Math.max(0, time.start - 120)
  const before =
    sentence
      .slice(from, time.start)
      .split(/[;.!?]/u)
      .at(-1) ?? ''
  // ("… tăng 3,1% so với cùng kỳ năm trước (năm 2024 tăng 9,3%)": the level of the period compared with, bracketed
  // after the comparison, is no year reported.)
  if (comparedPeriodBracketed.test(before)) return []
  // "Phát huy kết quả đạt được, trong năm 2025, huyện tập trung …": a year that opens its clause after a comma
  // is said of what follows it, not of the words before the comma.
  // ("… tỷ lệ đô thị hóa từ 7% năm 2004 đã đạt đến 28% năm 2022": a year right after an amount is that amount's; the
  // word before the amount governs the amount, not the text's year.)
  // ("Trên cơ sở những kết quả đạt được trong phát triển kinh tế năm 2023, thị xã đề ra 29 chỉ tiêu": the results a
  // plan is built on name no year of theirs; the year is the plan's, which the clause after sets.)
  const isBasis =
    resultsBuiltOn.test(before) && phrases.some((phrase) => phrase.kind === 'aim' && phrase.start >= time.end)
  // ("Đây là tiền đề để huyện tiếp tục phát triển trong năm 2023", "Đề án … để báo cáo Trung ương trong quý I/2025":
  // what something is for is ahead; not "… kế hoạch hành động để thực hiện đồng bộ các giải pháp đã giúp kinh tế … năm
  // 2024 duy trì đà tăng trưởng khá": what it has done.)
  const isPurpose =
    new RegExp(
      String.raw`(?<![${letter}])(?:để|nhằm)\s+(?:[^,;\d]*?\s)?(?:tiếp tục|phát triển|hoàn thành|thực hiện|phấn đấu|báo cáo|trình)(?![${letter}])(?:(?!(?<![${letter}])(?:đã|giúp)(?![${letter}]))[^,;\d])*$`,
      'iu',
    ).test(before) &&
    // (not "nhằm đánh giá kết quả thực hiện nhiệm vụ … năm 2020", "để báo cáo kết quả năm 2024": a look back)
    !/(?:kết quả|đánh giá|tổng kết|sơ kết|tình hình)/iu.test(before.slice(before.search(/(?:để|nhằm)\s/iu)))
  // "Ước đến cuối năm 2023, tỷ lệ trường đạt chuẩn quốc gia đạt 68,18%": an estimate of the year up to its end.
  if (time.kind !== 'part-of-year' && estimatedBefore.test(before))
    return [
      {
        year: time.year,
        kind: 'results',
        weight: 3,
        words: `${before.trim().split(/\s+/u).at(-1) ?? ''} ${time.words}`.trim(),
      },
    ]
  // ("… đạt kết quả rất tích cực: Năm 2019, toàn huyện có 16/25 xã …": so does one opening the clause after a colon.)
  // ("… vừa ban hành kế hoạch trồng cây phân tán trên địa bàn thành phố, năm 2026.": one that closes its sentence is
  // still said of the words before it.)
  const closesSentence = !/\p{L}/u.test(sentence.slice(time.end))
  const governed =
    /[,:]\s*(?:trong|sang|cho|đến)?\s*$/iu.test(before) && !closesSentence
      ? null
      : isBasis || isPurpose
        ? { kind: 'plan' as const, index: before.length }
        : governingBefore(before)
  const governingRead = governed && /\d/u.test(before.slice(governed.index)) ? null : governed
  // ("Thực hiện nhiệm vụ chính trị năm 2026, Đảng ủy … tiếp tục tập trung lãnh đạo …": a sentence that opens by carrying
  // a year's tasks out, then goes on ahead, plans them; "Thực hiện nhiệm vụ năm 2024, huyện đã …" looks back.)
  const governing =
    governingRead?.kind === 'results' && carryingOutOpens(before, sentence.slice(time.end))
      ? { kind: 'plan' as const, index: governingRead.index }
      : governingRead
  const part = time.kind === 'part-of-year' ? { partOfYear: time.partOfYear ?? '' } : {}
  // "thống nhất các chỉ tiêu … năm 2026, trong đó tốc độ tăng trưởng ước đạt từ 11%": an estimate under a plan's
  // name is the plan's level, not a result that sums the plan up.
  // "… trong năm 2019, …, phấn đấu hoàn thành tốt các chỉ tiêu", "… ngay từ những tháng đầu năm để đạt kết quả cao
  // nhất": an achievement aimed at, or one to be reached, sums nothing up.
  // ("Tỉnh đặt mục tiêu … trong năm 2026 …, dựa trên nền tảng 17/17 chỉ tiêu đã hoàn thành trong năm nay": what is
  // said done of another time named right after it is not said of this one.)
  const isOfLaterTime = (phrase: Phrase) =>
    times.some((other) => other !== time && other.start >= phrase.end && other.start - phrase.end <= 12)
  const strongAfter = phrases.find(
    (phrase) =>
      phrase.kind === 'done' &&
      phrase.start >= time.end &&
      !isOfLaterTime(phrase) &&
      !/^ước/iu.test(phrase.words) &&
      !phrases.some((aim) => aim.kind === 'aim' && aim.start >= time.end && aim.end <= phrase.start) &&
      !new RegExp(String.raw`(?<![${letter}])(?:để|nhằm)\s+(?:[${letter}]+\s+){0,2}$`, 'iu').test(
        sentence.slice(Math.max(0, phrase.start - 24), phrase.start),
      ),
  )
  // "Năm 2025 có ý nghĩa đặc biệt quan trọng … khi đây là năm cuối thực hiện kế hoạch …", "năm 2023 là năm bản lề": a
  // year's place in a term, told of the year the text is in; its results if no other year's are said.
  if (
    !governing &&
    !hasScorecard &&
    strongAfter === undefined &&
    new RegExp(
      String.raw`^[^.;]{0,80}?(?<![${letter}])là\s+năm\s+(?:cuối|đầu|cuối cùng|thứ\s+[${letter}]+|bản lề|tăng tốc|bứt phá|về đích|có ý nghĩa)(?![${letter}])`,
      'iu',
    ).test(sentence.slice(time.end))
  )
    return [{ year: time.year, kind: 'results', weight: 0.25, words: time.words, ...part }]
  // "6 tháng cuối năm 2025", "những tháng cuối năm": the months still ahead are planned, never reported (but "hội nghị
  // tổng kết công tác … 6 tháng cuối năm 2025" sums them up).
  if (time.kind === 'part-of-year' && /cuối/iu.test(time.words) && governing?.kind !== 'results')
    return [{ year: time.year, kind: 'plan', weight: governing ? 3 : 1, words: time.words }]
  if (governing || hasScorecard) {
    const words = governing
      ? [before.slice(governing.index).trim(), time.words].filter((part) => part !== '').join(' ')
      : time.words
    // "chỉ tiêu … giao cho năm 2024, có 19 chỉ tiêu đạt và vượt": the plan's year, summed up, is the results'.
    // ("nhiều chỉ tiêu phát triển kinh tế xã hội năm 2023 không đạt": a plan's targets said met or missed sum it up.)
    const isJudged = new RegExp(
      String.raw`^\s*(?:đều\s+|đã\s+|không\s+|chưa\s+|cơ bản\s+)+(?:đạt|hoàn thành)(?![${letter}])`,
      'iu',
    ).test(sentence.slice(time.end))
    // ("… được kết nạp vào Đảng đạt 12/9 chỉ tiêu phát triển đảng viên được giao trong năm 2024": the targets assigned for
    // the year, reached by a count; not "Quyết tâm đạt chỉ tiêu năm 2024", a resolve.)
    const isReachedBefore = governing?.kind !== 'results' && reachedCountOfTargets.test(before)
    const isResults =
      governing?.kind === 'results' ||
      hasScorecard ||
      strongAfter !== undefined ||
      isJudged ||
      isReachedBefore
    // "trao giấy khen cho 8 chi bộ hoàn thành xuất sắc nhiệm vụ năm 2022": the year an honour is for is done, but the
    // text may report a later time ("… quí I" of the year after): its results only if no other time's are said.
    const isHonoured = isResults && honourWords.test(before)
    return [
      isHonoured
        ? { year: time.year, kind: 'results', weight: 0.25, words, ...part }
        : isResults
          ? { year: time.year, kind: 'results', weight: 3, words, ...part }
          : { year: time.year, kind: 'plan', weight: 3, words },
    ]
  }
  // "Năm 2024, … đạt …": what follows the year in its sentence says. An achievement said strongly outweighs a
  // plan's name ("có 8/13 chỉ tiêu chủ yếu đạt và vượt"), an aim before it does not.
  // "Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra một số chỉ tiêu chủ yếu, như: …; đạt chuẩn nông thôn mới vào năm 2027",
  // "Nghị quyết đề ra 14 chỉ tiêu chủ yếu, trong đó … năm 2030 đạt …": a year inside what the sentence has set out to
  // aim at is a plan's, whatever its item says.
  const aimBefore = phrases.findLast((phrase) => phrase.kind === 'aim' && phrase.end <= time.start)
  const isAimed =
    aimBefore !== undefined &&
    !phrases.some(
      (phrase) => phrase.kind === 'done' && phrase.start >= aimBefore.end && phrase.end <= time.start,
    ) &&
    // ("… yêu cầu trong năm 2023, mỗi đơn vị …": the year aimed at right after the aim.)
    new RegExp(String.raw`:|(?<![${letter}])trong đó(?![${letter}])|^\s*(?:trong\s+)?$`, 'iu').test(
      sentence.slice(aimBefore.end, time.start),
    )
  if (isAimed) return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  const after = phrases.filter((phrase) => phrase.start >= time.end)
  // "6 tháng đầu năm 2025, huyện phấn đấu …": a part of a year that opens its clause is aimed at by what follows;
  // "Hải Phòng bứt phá 6 tháng đầu năm, dồn lực cho mục tiêu …": one inside its clause, only by an aim of that clause.
  const clauseStart = Math.max(...[',', ';', ':', '.'].map((mark) => sentence.lastIndexOf(mark, time.start)))
  const opensClause = !hasLetter.test(sentence.slice(clauseStart + 1, time.start))
  const clauseEnd = sentence.slice(time.end).search(/[,;:]/u)
  const isOwnClause = (phrase: Phrase) =>
    time.kind !== 'part-of-year' || opensClause || clauseEnd < 0 || phrase.start < time.end + clauseEnd
  // ("Năm 2024, Tỉnh ủy … đã lãnh đạo … các nhiệm vụ, giải pháp đề ra trên các lĩnh vực": the tasks set out, carried
  // out, are no aim of the year.)
  const isSetOutDone = (phrase: Phrase) =>
    /^(?:đề ra|đặt ra)$/iu.test(phrase.words) &&
    new RegExp(
      String.raw`(?<![${letter}])(?:nhiệm vụ|giải pháp|mục tiêu|chỉ tiêu|kế hoạch)(?:\s+đã)?\s*$`,
      'iu',
    ).test(sentence.slice(Math.max(0, phrase.start - 28), phrase.start)) &&
    after.some((done) => done.kind === 'weak-done' && /^đã$/iu.test(done.words) && done.end <= phrase.start)
  const aim = after.find((phrase) => phrase.kind === 'aim' && isOwnClause(phrase) && !isSetOutDone(phrase))
  const planNoun = after.find((phrase) => phrase.kind === 'plan-noun')
  const done = after.find((phrase) => phrase.kind === 'done')
  const weak = after.find((phrase) => phrase.kind === 'weak-done')
  if (aim && (!done || aim.start < done.start))
    return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  // "Cụ thể, trong năm 2025, tỉnh … sẽ tiếp tục duy trì đà tăng trưởng": what a year will see is planned (not "dự tính
  // năm 2022, Đồng Nai sẽ có 13 chỉ tiêu vượt kế hoạch": the year's results, estimated).
  const will = willWord.exec(sentence.slice(time.end))
  const firstDone = after.find((phrase) => phrase.kind === 'done' || phrase.kind === 'weak-done')
  const isEstimate =
    estimateBefore.test(before) || /kế hoạch|chỉ tiêu|dự toán/iu.test(sentence.slice(time.end))
  if (
    will &&
    time.kind === 'period' &&
    !isEstimate &&
    (!firstDone || time.end + will.index < firstDone.start)
  )
    return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  // "THỐNG KÊ … 9 THÁNG ĐẦU NĂM 2017": part of a year named with no aim is the part the text reports.
  if (time.kind === 'part-of-year' && !/cuối/iu.test(time.words))
    return [{ year: time.year, kind: 'results', weight: 1, words: time.words, ...part }]
  if (done) return [{ year: time.year, kind: 'results', weight: 1, words: time.words, ...part }]
  // ("Năm 2022, nhiều chỉ tiêu phát triển kinh tế của tỉnh trên đà phục hồi": targets said to fare so are the year's
  // results.)
  if (planNoun && new RegExp(targetsFared, 'iu').test(sentence.slice(planNoun.end)))
    return [{ year: time.year, kind: 'results', weight: 1, words: time.words, ...part }]
  if (planNoun) return [{ year: time.year, kind: 'plan', weight: 1, words: time.words }]
  if (weak) return [{ year: time.year, kind: 'results', weight: 0.5, words: time.words, ...part }]
  // "Huyện … vừa được công nhận đạt chuẩn nông thôn mới năm 2019": a standard said reached in the year after it.
  const reachedBefore = phrases.findLast(
    (phrase) =>
      (phrase.kind === 'weak-done' || phrase.kind === 'done') &&
      phrase.end <= time.start &&
      /^(?:đạt|hoàn thành)$/iu.test(phrase.words),
  )
  if (
    reachedBefore &&
    new RegExp(String.raw`^\s+chuẩn\s[^\d,;:()]{0,60}$`, 'iu').test(
      sentence.slice(reachedBefore.end, time.start),
    )
  )
    return [{ year: time.year, kind: 'results', weight: 0.5, words: time.words, ...part }]
  return []
}

/**
 * "Nhiệm kỳ 2020 - 2025, Đảng bộ xã đã …": a term that opens its sentence with no aim after it is looked back on; its
 * results are of the year it ended.
 */
function termLookedBack(sentence: string, time: TimeExpression, phrases: readonly Phrase[]): Signal[] {
  // ("LNV - Nhiệm kỳ 2015 – 2020, …": a paper's mark before the lead.)
  if (
    time.year === undefined ||
    !time.isSpan ||
    !/^\s*(?:\p{Lu}{2,6}\s*[-–—]\s*)?(?:[Tt]rong\s+)?$/u.test(sentence.slice(0, time.start))
  )
    return []
  const after = phrases.filter((phrase) => phrase.start >= time.end)
  const done = after.find((phrase) => phrase.kind === 'done')
  const aim = after.find((phrase) => phrase.kind === 'aim')
  // ("Nhiệm kỳ 2015 – 2020, Đảng bộ … nỗ lực phấn đấu triển khai thực hiện Nghị quyết … đạt được những kết quả tích
  // cực": the effort told with what it came to.)
  const cameTo = new RegExp(
    String.raw`(?<![${letter}])(?:đã\s+)?đạt được\s+(?:những|nhiều)\s+(?:kết quả|thành tựu)`,
    'iu',
  ).test(sentence.slice(time.end))
  if (aim && (!done || aim.start < done.start) && !cameTo) return []
  // "Nhiệm kỳ 2020 - 2025, Đảng bộ xã không ngừng nâng cao …." with its results in the sentences after: a past told.
  return [{ year: time.year, kind: 'results', weight: done ? 1 : 0.5, words: time.words }]
}

/** "Ước đến cuối năm 2023", "ước tính năm 2024": an estimate said right before the time it is of. */
/** "so với cùng kỳ (", "so với cùng kỳ năm trước (": the period compared, its level bracketed next. */
const comparedPeriodBracketed = new RegExp(
  String.raw`(?<![${letter}])so\s+(?:với\s+)?cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?\s*\(\s*$`,
  'iu',
)
/** "Đến cuối năm 2023, tỉnh có 110/116 xã nông thôn mới": what a place has at a year's end, with no aim in its sentence. */
const heldAtEnd = new RegExp(
  String.raw`^\s*,\s*(?:toàn\s+)?(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn)?[^\d;:.]{0,40}?(?<![${letter}])(?:đã\s+)?có(?![${letter}])(?![^]*(?<![${letter}])(?:phấn đấu|mục tiêu|sẽ|dự kiến|kế hoạch|chỉ tiêu)(?![${letter}]))`,
  'iu',
)
/** "…, tỉnh ước giảm …", "…, tổng thu ước đạt …": the subject's amount estimated, before any number is said. */
const estimatedAfter = new RegExp(String.raw`^\s*,[^\d;:.]*?(?<![${letter}])ước(?![${letter}])`, 'iu')
const estimatedBefore = new RegExp(String.raw`(?<![${letter}])ước(?:\s+tính)?\s*$`, 'iu')
