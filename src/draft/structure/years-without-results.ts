import { letter } from '../../lib/reg-exp.ts'
import { findPhrases } from './governing.ts'
import type { ReportYears } from './report-years.ts'
import { workStartedBefore } from './role-words.ts'
import { findTimeExpressions } from './time-expressions.ts'

/*
 * Where a text names no year of results in words of achievement, what else says it: the latest day it writes in full,
 * the one year it names, the term it looks back on: the last resorts of `readReportYears`.
 */

/** The latest day a text writes in full, with its year ("ngày 17/9/2024", "17/9/2024"). */
export function latestFullDate(sentences: readonly string[]): { year: number; words: string } | undefined {
  return sentences
    .flatMap((sentence) =>
      [...sentence.matchAll(/(?<![\d/.])\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})(?![\d/])/gu)].map((m) => ({
        year: Number(m[1]),
        words: m[0],
      })),
    )
    .sort((a, b) => b.year - a.year)[0]
}

/**
 * "Nhiệm kỳ qua, …", "5 năm đã qua (2015-2020), …" in the news of a congress for the term 2020 - 2025: the past term,
 * which ended in 2020.
 */
// ("Nửa nhiệm kỳ qua", "giữa nhiệm kỳ": half of the term now running, no term ended.)
const pastTerm = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:nửa|nữa|giữa)\s+)(?:nhiệm kỳ (?:vừa |đã )?qua|nhiệm kỳ trước|(?:5|năm) năm (?:vừa |đã )?qua)(?![${letter}])`,
  'iu',
)

const pastTermYears = new RegExp(
  String.raw`${pastTerm.source}\s*\(\s*(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})\s*\)`,
  'iu',
)

/**
 * The year the term a text looks back on ended: the start of the newest term it names ("Đại hội … nhiệm kỳ
 * 2025-2030 … Nhiệm kỳ 2020-2025, …" looks back on 2020-2025, which ended in 2025).
 */
export function pastTermEnd(sentences: readonly string[], opened?: OpenedTerm): ReportYears['results'] {
  const looksBack = sentences
    .map((sentence) => pastTerm.exec(sentence)?.[0])
    .find((words) => words !== undefined)
  if (!looksBack) return carriedOutTermEnd(sentences) ?? spanReachedEnd(sentences, opened)
  // "Trong nhiệm kỳ qua (2015 - 2020), …": the term looked back on, its years bracketed after it.
  const bracketed = sentences.map((sentence) => pastTermYears.exec(sentence)).find((match) => match !== null)
  if (bracketed)
    return { year: Number(bracketed[1]), why: { rule: 'results', words: bracketed[0].replace(/^\s+/u, '') } }
  const times = sentences.flatMap((sentence) => findTimeExpressions(sentence))
  const starts = times
    .filter((time) => time.kind === 'term' && time.year !== undefined)
    .flatMap((time) => {
      const start = /\d{4}/u.exec(time.words)?.[0]
      return start ? [{ year: Number(start), end: time.year ?? 0, words: time.words }] : []
    })
  const newest = starts.sort((a, b) => b.year - a.year)[0]
  if (!newest) return undefined
  // ("… nhiệm kỳ qua … Tuy nhiên, nhiệm kỳ 2015-2020, … còn một số tồn tại. Đại hội lần này đặt mục tiêu phấn đấu đến
  // năm 2025": a text that aims past the newest term it names looks back on that term itself.)
  const aimsPast = times.some(
    (time) => time.kind === 'deadline' && !time.isSpan && time.year !== undefined && time.year > newest.end,
  )
  return {
    year: aimsPast ? newest.end : newest.year,
    why: { rule: 'results', words: `${looksBack} · ${newest.words}` },
  }
}

/**
 * "Tổng vốn đầu tư … giai đoạn 2021-2025 đạt trên 7.240 tỷ đồng; … Phấn đấu đến năm 2030, …": in a text whose only
 * results are a span's, said reached, and which aims past it (or aims at nothing), the span is looked back on, up to its
 * last year. A span
 * of the term a congress opens is not ("Đại hội … giai đoạn 2025-2030 … GRDP bình quân giai đoạn 2026-2030 tăng
 * 12%/năm, … đạt 20.000 USD": its targets).
 */
function spanReachedEnd(sentences: readonly string[], opened?: OpenedTerm): ReportYears['results'] {
  const spans = sentences.flatMap((sentence) =>
    findTimeExpressions(sentence).flatMap((time) =>
      time.isSpan === true &&
      time.year !== undefined &&
      !(opened !== undefined && time.year > opened.start) &&
      (findPhrases(sentence.slice(time.end).split(/[;.]/u)[0] ?? '').some(
        (phrase) =>
          phrase.kind === 'done' ||
          (phrase.kind === 'weak-done' && /^(?:đạt|tăng|giảm)$/iu.test(phrase.words)),
      ) ||
        termTargetsReached.test(sentence.slice(time.end).split(/[.]/u)[0] ?? ''))
        ? [{ year: time.year, words: time.words }]
        : [],
    ),
  )
  const [span, ...others] = [...new Map(spans.map((s) => [s.year, s])).values()]
  const aimsPast = sentences.some((sentence) =>
    findTimeExpressions(sentence).some(
      (time) => time.kind === 'deadline' && !time.isSpan && (time.year ?? 0) > (span?.year ?? Infinity),
    ),
  )
  // ("Phấn đấu đến năm 2030, …. Tốc độ tăng trưởng kinh tế bình quân thời kỳ 2021-2030 đạt trên 9%/năm. … Đến năm
  // 2050: …": a span the text aims at a year of, its last or one before, is still ahead.)
  const spanStart = Number(/(?:19|20)\d{2}/u.exec(span?.words ?? '')?.[0] ?? Infinity)
  const aimsWithin = sentences.some((sentence) =>
    findTimeExpressions(sentence).some(
      (time) =>
        time.kind === 'deadline' &&
        !time.isSpan &&
        (time.year ?? 0) > spanStart &&
        (time.year ?? Infinity) <= (span?.year ?? 0) &&
        findPhrases(sentence.slice(0, time.start)).some((phrase) => phrase.kind === 'aim'),
    ),
  )
  // ("Thị xã … thu ngân sách giai đoạn 2015-2020 tăng 29,44%/năm, …; bình quân đầu người đến nay đạt 56,7 triệu đồng": a
  // text that aims at nothing and tells what there is up to now looks back on the one span it says reached, as well.)
  // (Not a list of targets that names a span and no aim word: "Tốc độ tăng GRDP bình quân 5 năm (2026-2030) đạt 7,5%".)
  const looksBackNow = () =>
    sentences.some((sentence) => upToNow.test(sentence)) &&
    !sentences.some((sentence) => findPhrases(sentence).some((phrase) => phrase.kind === 'aim'))
  return span && others.length === 0 && !aimsWithin && (aimsPast || looksBackNow())
    ? { year: span.year, why: { rule: 'results', words: span.words } }
    : undefined
}

/** "đến nay", "hiện nay": the text's own time, looked back from. */
const upToNow = new RegExp(String.raw`(?<![${letter}])(?:đến|tới|hiện)\s+nay(?![${letter}])`, 'iu')

/** "Sau 5 năm triển khai thực hiện, thị xã … đã đạt được nhiều kết quả": the years of a plan carried out, looked back on. */
const yearsCarriedOut = new RegExp(
  String.raw`(?<![${letter}])sau\s+(?:5|năm)\s+năm\s+(?:triển khai\s+)?thực hiện(?![${letter}])[^.]*?(?<![${letter}])(?:đã\s+)?đạt(?![${letter}])`,
  'iu',
)

/**
 * "Nhiệm kỳ 2020 - 2025, … Sau 5 năm triển khai thực hiện, thị xã … đã đạt được …": with no new term opened, the years
 * looked back on are those of the one term the text names, which ended in its last year.
 */
function carriedOutTermEnd(sentences: readonly string[]): ReportYears['results'] {
  const looksBack = sentences
    .map((sentence) => yearsCarriedOut.exec(sentence)?.[0])
    .find((w) => w !== undefined)
  if (!looksBack) return undefined
  const terms = sentences.flatMap((sentence) =>
    findTimeExpressions(sentence).filter(
      (time) => time.kind === 'term' && time.isSpan && time.year !== undefined,
    ),
  )
  const [term, ...others] = [...new Map(terms.map((time) => [time.year, time])).values()]
  return term?.year !== undefined && others.length === 0
    ? {
        year: term.year,
        why: { rule: 'results', words: `${term.words} · ${looksBack.split(/\s+/u).slice(0, 6).join(' ')}` },
      }
    : undefined
}

/**
 * "Đại hội đại biểu Đảng bộ tỉnh … lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết …": the news of a congress
 * sets the targets of the term it opens, to that term's last year. A congress's resolution cited by another report
 * ("thực hiện Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025") sets nothing here, nor does a congress still to come
 * ("Báo cáo Chính trị … trình Đại hội … nhiệm kỳ 2025 - 2030", "chuẩn bị nhân sự cho Đại hội"), nor one long past
 * ("từ sau Đại hội Đảng bộ tỉnh và thị xã (nhiệm kỳ 2020-2025), thị xã đã …"), nor one whose targets are cited ("đạt chỉ
 * tiêu cơ cấu Đại hội XI (2015 - 2020) đã đề ra"). ("Sau ba ngày làm việc, đại hội bầu Ban Chấp hành … nhiệm kỳ 2020-2025":
 * the congress named again by what it did.)
 */
const congress = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:Nghị quyết|nghị quyết|NQ|trình|[Cc]huẩn bị|cho|trước|sau|tiến tới|hướng tới|chào mừng)\s+)(?:Đại hội(?<!chỉ tiêu(?:\s+[${letter}]+){0,3}\s+Đại hội)(?![${letter}])|đại hội(?=\s+(?:đã\s+)?(?:bầu|biểu quyết|thông qua)(?![${letter}])))`,
  'u',
)

/** "bầu Ban Chấp hành …": a congress electing its committee. */
const electedFor = new RegExp(String.raw`(?<![${letter}])bầu(?![${letter}])`, 'u')
/** "nhiệm kỳ 2025-2030": a term's first and last years. */
const termYears = /nhiệm kỳ\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/iu

/** The term a congress opens: its first and last years, and the words that say it. */
export type OpenedTerm = { year: number; start: number; words: string }

/**
 * "… thực hiện hoàn thành hầu hết các chỉ tiêu …", "… đạt và vượt 16 chỉ tiêu", "; đến nay, huyện … đã hoàn thành 100%
 * chỉ tiêu NQ đề ra": a term's targets said reached.
 */
const termTargetsReached = new RegExp(
  String.raw`^\s*[,;][^.]*?(?<![${letter}])(?:hoàn thành|đạt và vượt|đạt, vượt)(?:\s+(?:[${letter}]+|\d+\s*%)){0,3}?\s+(?:các\s+)?chỉ tiêu(?![${letter}])`,
  'iu',
)

export function congressTermEnd(sentences: readonly string[]): OpenedTerm | undefined {
  for (const sentence of sentences) {
    const held = congress.exec(sentence)
    if (!held) continue
    // ("… đã hoàn thành 1 công trình trọng điểm của Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020": a congress whose targets
    // are carried out, named as their owner, is no news of a congress.)
    if (/(?<![\p{L}])(?:của|theo)\s*$/iu.test(sentence.slice(Math.max(0, held.index - 8), held.index)))
      continue
    // ("Đại hội Thi đua yêu nước tỉnh … lần thứ VI, giai đoạn 2025-2030": a congress's span said as a "giai đoạn".)
    const times = findTimeExpressions(sentence)
    const term = times.find(
      (time) =>
        (time.kind === 'term' || time.kind === 'deadline') &&
        time.isSpan &&
        time.year !== undefined &&
        time.start > held.index,
    )
    const start = Number(/\d{4}/u.exec(term?.words ?? '')?.[0] ?? Number.NaN)
    // ("Theo báo cáo chính trị tại Đại hội, nhiệm kỳ 2015 – 2020, huyện … hoàn thành hầu hết các chỉ tiêu Nghị quyết
    // …": a term whose targets the sentence says were reached is the one looked back on, not the one opened.)
    const isReachedTerm =
      term !== undefined && termTargetsReached.test(sentence.slice(term.end).split(/[.]/u)[0] ?? '')
    if (term?.year !== undefined && start < term.year && !isReachedTerm)
      return { year: term.year, start, words: `${held[0]} … ${term.words}` }
    // "đại hội bầu Ban Chấp hành Đảng bộ phường khóa IV, nhiệm kỳ 2025-2030": the committee a congress elects serves
    // the term it opens.
    const elected = times.find(
      (time) =>
        time.kind === 'cited' &&
        time.start > held.index &&
        electedFor.test(sentence.slice(held.index, time.start)) &&
        termYears.test(time.words),
    )
    const years = termYears.exec(elected?.words ?? '')
    if (elected && years && Number(years[1]) < Number(years[2]))
      return { year: Number(years[2]), start: Number(years[1]), words: `${held[0]} … ${elected.words}` }
  }
  return undefined
}

/**
 * "… thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025. Các chỉ tiêu chủ yếu cơ bản đạt và vượt …" in the news
 * of the congress of 2025 - 2030: the term before the one opened, named in the text, is the one looked back on.
 */
export function previousTermEnd(sentences: readonly string[], opened: OpenedTerm): ReportYears['results'] {
  for (const sentence of sentences) {
    // ("Báo cáo chính trị của Đảng ủy phường khóa IX, nhiệm kỳ 2015-2020": the committee named by the term before.)
    const previous = findTimeExpressions(sentence).find(
      (time) =>
        ((time.kind === 'term' || time.kind === 'deadline') && time.isSpan && time.year === opened.start) ||
        (time.kind === 'cited' &&
          Number(/nhiệm kỳ\s*(?:19|20)\d{2}\s*[-–—]\s*((?:19|20)\d{2})/iu.exec(time.words)?.[1]) ===
            opened.start),
    )
    if (previous)
      return { year: opened.start, why: { rule: 'results', words: `${previous.words} · ${opened.words}` } }
  }
  // "Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ 33, … Đảng bộ xã … đã tập trung lãnh đạo … đạt được những kết quả
  // toàn diện": the resolution of the congress before, carried out.
  for (const sentence of sentences) {
    const carried = carriedResolution.exec(sentence)
    if (
      carried &&
      findPhrases(sentence).some((phrase) => phrase.kind === 'done' && phrase.start > carried.index)
    )
      return { year: opened.start, why: { rule: 'results', words: `${carried[0]} · ${opened.words}` } }
  }
  return undefined
}

/** "Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ 33": a congress's resolution carried out, named by its number. */
const carriedResolution = new RegExp(
  String.raw`(?<![${letter}])(?:thực hiện|triển khai)\s+Nghị quyết\s+Đại hội(?:\s+(?:đại biểu\s+)?Đảng bộ(?:\s+[${letter}]+){0,3})?\s+(?:lần thứ\s+[\dIVXLC]+|khóa\s+[\dIVXLC]+)(?![${letter}\d])`,
  'iu',
)

/**
 * "Đến nay, thu nhập bình quân … đạt gần 87 triệu đồng" in the news of a congress of the term 2025 - 2030: what is
 * done so far is of the year the congress is held, the term's first.
 */
export function soFarAtCongress(sentences: readonly string[], opened: OpenedTerm): ReportYears['results'] {
  const now = doneSoFar(sentences)
  return now ? { year: opened.start, why: { rule: 'results', words: `${now} · ${opened.words}` } } : undefined
}

/** The words of the first "Đến nay, … đã đạt …" of a text: what is done so far, said as done. */
function doneSoFar(sentences: readonly string[]): string | undefined {
  for (const sentence of sentences) {
    const now = findTimeExpressions(sentence).find((time) => time.kind === 'now')
    const isDone =
      now !== undefined &&
      findPhrases(sentence).some(
        (phrase) => (phrase.kind === 'done' || phrase.kind === 'weak-done') && phrase.start >= now.end,
      )
    if (now && isDone) return now.words
  }
  return undefined
}

/**
 * "Năm 2024 là năm rất quan trọng … Đến nay, toàn huyện đã hoàn thành gieo trồng vụ xuân": what is done so far, in a
 * text that names one year, is of that year.
 */
export function soFarInOnlyYear(sentences: readonly string[]): ReportYears['results'] {
  const years = periodYears(sentences)
  if (years.size !== 1) return undefined
  const year = [...years][0] ?? 0
  const now = doneSoFar(sentences)
  return now ? { year, why: { rule: 'results', words: `${now} · năm ${year}` } } : undefined
}

/**
 * "… tạo đà tăng trưởng mạnh trong năm nay với mục tiêu … (tăng 12,3% so với năm 2022)": in a text that names no year
 * of its own, "this year" said beside last year compared with is the year after it.
 */
export function thisYearAfterBase(sentences: readonly string[]): ReportYears['results'] {
  for (const sentence of sentences) {
    const thisYear = new RegExp(String.raw`(?<![${letter}])năm nay(?![${letter}])`, 'iu').exec(sentence)
    const base = /so với(?:\s+cùng kỳ)?\s+năm\s+((?:19|20)\d{2})(?!\d)/iu.exec(sentence)
    if (thisYear && base)
      return { year: Number(base[1]) + 1, why: { rule: 'results', words: `${thisYear[0]} · ${base[0]}` } }
  }
  return undefined
}

/** "(KH 2024: tăng 7% trở lên)", "(kế hoạch năm 2024: 18,9%)": the plan of a year, bracketed beside a result. */
const planBracket = /\(\s*(?:KH|kế hoạch)(?:\s+năm)?\s+((?:19|20)\d{2})\s*:/gu

/**
 * "GRDP … ước thực hiện 46.427 tỷ đồng, tăng 7,86% so với cùng kỳ (KH 2024: tăng 7% trở lên)": a text that names no
 * year but the plan each result is set beside reports on that plan's year (the latest, when it names more).
 */
export function planBesideResults(sentences: readonly string[]): ReportYears['results'] {
  const named = sentences.flatMap((sentence) =>
    [...sentence.matchAll(planBracket)].flatMap((m) =>
      findPhrases(sentence.slice(0, m.index)).some((p) => p.kind === 'done' || p.kind === 'weak-done')
        ? [{ year: Number(m[1]), words: m[0].replace(/^\(\s*|\s*:$/gu, '') }]
        : [],
    ),
  )
  const latest = named.sort((a, b) => b.year - a.year)[0]
  return latest ? { year: latest.year, why: { rule: 'results', words: latest.words } } : undefined
}

/** The years the text names as periods ("năm 2024", "6 tháng đầu năm 2024"). */
export function periodYears(sentences: readonly string[]): Set<number> {
  // "Khi mới bước vào xây dựng nông thôn mới năm 2010, xã chỉ có 5/19 tiêu chí …. Đến nay, … đã đạt 41,45 triệu đồng":
  // the year a work started in, set against now, is no period the text reports.
  const isSetAgainstNow = sentences.some((sentence) =>
    /(?<![\p{L}])(?:đến nay|hiện nay|hiện đã|nay đã)(?![\p{L}])/iu.test(sentence),
  )
  return new Set(
    sentences.flatMap((sentence) =>
      findTimeExpressions(sentence)
        .filter((time) => time.kind === 'period' || time.kind === 'part-of-year')
        .filter((time) => !(isSetAgainstNow && workStartedBefore.test(sentence.slice(0, time.start))))
        .flatMap((time) => (time.year === undefined ? [] : [time.year])),
    ),
  )
}

/** Whether the one year the text names as a period is `year`. */
export function isOnlyYear(sentences: readonly string[], year: number): boolean {
  const years = periodYears(sentences)
  return years.size === 1 && years.has(year)
}

/** Whether any sentence aims at something ("phấn đấu", "mục tiêu", "đề ra"); a plan's name alone may be a scorecard's. */
export function plansAnything(sentences: readonly string[]): boolean {
  return sentences.some(
    (sentence) =>
      findPhrases(sentence).some((phrase) => phrase.kind === 'aim') && !isAimWithinItsYear(sentence),
  )
}

/**
 * "Lào Cai phấn đấu đến cuối ngày 31/12, số thu ngân sách sẽ đạt …": an aim for a day of the year, named with no year,
 * is for the rest of the year the text reports, not a plan of another.
 */
function isAimWithinItsYear(sentence: string): boolean {
  const times = findTimeExpressions(sentence)
  return times.some((time) => time.kind === 'date') && times.every((time) => time.year === undefined)
}

/**
 * "Năm 2019, mặc dù gặp nhiều khó khăn, … kinh tế, xã hội của thị trấn phát triển toàn diện." in a text that plans
 * 2020: a sentence opening with the year before the plan's, aiming at nothing, sums that year up.
 */
export function yearBeforePlanOpened(
  sentences: readonly string[],
  planYear: number | undefined,
): ReportYears['results'] {
  if (planYear === undefined) return undefined
  for (const sentence of sentences) {
    const opening = findTimeExpressions(sentence).find(
      (time) =>
        time.kind === 'period' &&
        time.year === planYear - 1 &&
        /^\s*(?:trong\s+)?$/iu.test(sentence.slice(0, time.start)) &&
        /^\s*,/u.test(sentence.slice(time.end)),
    )
    if (opening && !findPhrases(sentence).some((p) => p.kind === 'aim' || p.kind === 'expect'))
      return { year: planYear - 1, why: { rule: 'results', words: opening.words } }
  }
  return undefined
}

/**
 * "Những kết quả đạt được là tiền đề vững chắc để Võ Nhai thực hiện hiệu quả các mục tiêu đề ra trong năm tăng tốc 2024":
 * in a text that plans a year and names no year of its results, the results a plan is built on are of the year before.
 */
export function resultsBeforePlanBuiltOn(
  sentences: readonly string[],
  planYear: number | undefined,
): ReportYears['results'] {
  if (planYear === undefined) return undefined
  for (const sentence of sentences) {
    const basis = new RegExp(
      String.raw`(?<![${letter}])kết quả\s+(?:đã\s+)?đạt được\s+(?:[${letter}]+\s+){0,4}?(?:là|sẽ là|tạo|tạo ra)\s+(?:[${letter}]+\s+){0,2}?(?:tiền đề|nền tảng|cơ sở|động lực|đà)(?![${letter}])`,
      'iu',
    ).exec(sentence)
    const planned = basis
      ? findTimeExpressions(sentence).find((time) => time.start > basis.index && time.year === planYear)
      : undefined
    if (basis && planned)
      return { year: planYear - 1, why: { rule: 'results', words: `${basis[0]} … ${planned.words}` } }
  }
  return undefined
}

/**
 * "Cập nhật ngày: 28/12/2014" over "… kỳ họp … đánh giá kết quả thực hiện nhiệm vụ … và triển khai phương hướng, nhiệm
 * vụ năm 2015. … thu nhập bình quân đạt gần 28 triệu đồng": a text published in the last quarter of a year that plans
 * the next one, and says what was achieved, sums up the year it was published in.
 */
export function endingYearPublished(
  sentences: readonly string[],
  published: { year: number; month?: number; words: string } | undefined,
  planYear: number | undefined,
): ReportYears['results'] {
  if (!published?.month || published.month < 10 || planYear !== published.year + 1) return undefined
  const saysDone = sentences.some((sentence) =>
    findPhrases(sentence).some((p) => p.kind === 'done' || p.kind === 'weak-done'),
  )
  return saysDone ? { year: published.year, why: { rule: 'published', words: published.words } } : undefined
}

/** "Kỳ họp thứ hai, HĐND thành phố … nhiệm kỳ 2021 - 2026", "HĐND … nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ nhất". */
const session = String.raw`(?<![${letter}])kỳ họp thứ (?:nhất|hai|1|2)(?![${letter}\d])`
const term = String.raw`(?<![${letter}])nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}`
const firstSessions = [
  new RegExp(String.raw`(${session})[^.]{0,120}?(${term})`, 'iu'),
  new RegExp(String.raw`(${term})[^.]{0,80}?(${session})`, 'iu'),
]

/**
 * "Kỳ họp thứ hai, HĐND thành phố … nhiệm kỳ 2021 - 2026 … 6 tháng đầu năm, thành phố …": a council's first or second
 * session is held in the year its term starts, the year whose first months it reviews when it names no other.
 */
export function firstSessionYear(sentences: readonly string[]): { year: number; words: string } | undefined {
  for (const sentence of sentences) {
    const [sessionFirst, termFirst] = firstSessions.map((pattern) => pattern.exec(sentence))
    if (sessionFirst?.[3])
      return { year: Number(sessionFirst[3]), words: `${sessionFirst[1]} · ${sessionFirst[2]}` }
    if (termFirst?.[2]) return { year: Number(termFirst[2]), words: `${termFirst[3]} · ${termFirst[1]}` }
  }
  return undefined
}

/**
 * "6 tháng đầu năm, …. 6 tháng cuối năm, … để được công nhận huyện nông thôn mới vào cuối năm 2019": a text on the
 * first months of a year it does not name, that turns to the months left and aims them at the end of one year, and
 * names no other, is of that year.
 */
export function endOfYearAimedAt(sentences: readonly string[]): { year: number; words: string } | undefined {
  if (!sentences.some((sentence) => /tháng\s+cuối\s+năm(?!\s*(?:19|20)\d{2})/iu.test(sentence)))
    return undefined
  const named = sentences
    .flatMap(findTimeExpressions)
    .filter((time) => !['cited', 'price-base', 'date'].includes(time.kind) && time.year !== undefined)
  const [end] = named
  if (
    end?.year === undefined ||
    named.some((time) => time.year !== end.year) ||
    !named.some((time) => time.kind === 'point' && time.point === 'end')
  )
    return undefined
  return { year: end.year, words: end.words }
}
