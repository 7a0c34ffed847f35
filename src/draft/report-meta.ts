import { type FoundDate, findDates, findTimes } from '../dataset/reading/read-date.ts'
import { readPlace } from './report-place.ts'
import { findTimeExpressions } from './structure/time-expressions.ts'
import { escapeRegExp, letter } from '../lib/reg-exp.ts'

/** "TODO" marks what a person must fill in: the tool could not read it from the text. */
export const todo = 'TODO'

export type DraftReport = {
  title: { vi: string; en: string }
  titleQuote: string
  place: {
    name: { vi: string; en: string }
    kind: { vi: string; en: string }
    province: { vi: string; en: string }
  }
  publisher: { name: { vi: string; en: string }; url: string; quote: string }
  publishedAt: string
  publishedQuote: string
  meetingDate: string
  meetingQuote: string
  author: string
  authorQuote: string
  language: 'vi'
  sourceFile: string
}

/** The first whole date in a text. */
export function findDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null
}

const namePattern = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*){1,4}$/u
const notAuthor = /^\(.*\)$|tin khác|tin liên quan|bài liên quan|xem thêm/iu

export type ReportLines = { title: string; dateLine: string | null; author: string | null; bodyStart: number }

/** Title (first line), the publication line just under it (a short line with a date), and the author (a last short line that looks like a name). */
export function readReportLines(lines: readonly string[]): ReportLines {
  // "02/07/2019 - 11:06" above the title: a page that puts its date first.
  const opening = lines[0] ?? ''
  if (opening.length <= 40 && findDate(opening) !== null && isTitle(lines[1] ?? '')) {
    const rest = readReportLines(lines.slice(1))
    return rest.dateLine === null
      ? { ...rest, dateLine: opening, bodyStart: rest.bodyStart + 1 }
      : { ...rest, bodyStart: rest.bodyStart + 1 }
  }
  // A title is one short line that is not a sentence; a text that opens with its body keeps every line.
  const first = lines[0] ?? ''
  if (!isTitle(first)) return { title: todo, dateLine: null, author: findAuthor(lines), bodyStart: 0 }
  const title = first
  const dateLineIndex = lines.slice(1, 3).findIndex((line) => line.length <= 80 && findDate(line) !== null)
  const dateLine = dateLineIndex < 0 ? null : (lines[dateLineIndex + 1] ?? null)
  return { title, dateLine, author: findAuthor(lines), bodyStart: dateLine === null ? 1 : dateLineIndex + 2 }
}

function isTitle(line: string): boolean {
  return line.length > 0 && line.length <= 200 && !/[.;:]$/u.test(line) && !/[.!?]\s+\p{Lu}/u.test(line)
}

/** The author: a last short line that looks like a name. */
function findAuthor(lines: readonly string[]): string | null {
  for (const line of lines.slice(-4).reverse()) {
    if (notAuthor.test(line)) continue
    return line.length <= 60 && namePattern.test(line) ? line : null
  }
  return null
}

/** The place the text names most, its title counting most; what it does not name is left "TODO". */
function placeOf(lines: readonly string[], titleLines: number): DraftReport['place'] {
  const titleEnd = lines.slice(0, titleLines).join('\n').length
  const place = readPlace(lines.join('\n'), titleEnd)
  const orTodo = (words: { vi: string; en: string } | undefined) =>
    words?.vi ? words : { vi: todo, en: todo }
  return { name: orTodo(place?.name), kind: orTodo(place?.kind), province: orTodo(place?.province) }
}

/**
 * What the text says about itself. Times are read as Vietnam time (+07:00), the zone of every report
 * this tool is for; anything not written in the text is left "TODO".
 */
export function draftReport(
  lines: readonly string[],
  sourceFile: string,
): {
  report: DraftReport
  published?: { year: number; month?: number; words: string }
  headerLines: number
} {
  const { title, dateLine, author, bodyStart } = readReportLines(lines)
  const published = dateLine === null ? null : findDate(dateLine)
  const time = dateLine === null ? null : (findTimes(dateLine)[0] ?? null)
  const body = lines.slice(bodyStart)
  // The meeting is the first date of the body that is not after the publication (a deadline is).
  // A date inside a cited document ("Nghị quyết số 112/NQ-HĐND ngày 8/12/2024") is that document's, not the meeting's,
  // and a date figures are counted to ("Tính đến ngày 30/10/2023, …") is theirs.
  const isCutOff = (line: string, index: number) =>
    new RegExp(String.raw`(?<![${letter}])(?:tính\s+)?(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?\s*$`, 'iu').test(
      line.slice(0, index),
    )
  const bodyDates = (line: string) => {
    const cited = findTimeExpressions(line).filter((time) => time.kind === 'cited')
    return findDates(line).filter(
      (date) =>
        (!published || date.iso <= published.iso) &&
        !cited.some((doc) => date.index >= doc.start && date.index < doc.end),
    )
  }
  // "lễ kỷ niệm 20 năm Ngày thành lập huyện (9/12/2003-9/12/2023)": an anniversary's day is no meeting's.
  const isAnniversary = (line: string, index: number) =>
    new RegExp(
      String.raw`(?<![${letter}])(?:thành lập|kỷ niệm|ra đời|giải phóng|tái lập)[^.;]{0,40}$`,
      'iu',
    ).test(line.slice(0, index))
  const meetingDates = (line: string) =>
    bodyDates(line).filter((date) => !isCutOff(line, date.index) && !isAnniversary(line, date.index))
  // A date figures are counted to still says the year of a text that names none other.
  const cutOffLine = body.find((line) => bodyDates(line).length > 0)
  const cutOff = cutOffLine === undefined ? null : (bodyDates(cutOffLine)[0] ?? null)
  const meetingLine = body.find((line) => meetingDates(line).length > 0)
  const meeting = meetingLine === undefined ? null : (meetingDates(meetingLine)[0] ?? null)
  const meetingQuote =
    meetingLine === undefined || meeting === null
      ? todo
      : (new RegExp(
          `(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|sáng|chiều|tối|trưa|đêm)\\s+)?(?:(?:ngày|Ngày)\\s+)?${escapeRegExp(meeting.text)}`,
          'u',
        ).exec(meetingLine)?.[0] ?? meeting.text)
  // "(NLĐO)- Trong 8 tháng …", "(Cổng TTĐT) Chiều …", and a paper's mark with no brackets: "NDO – Năm 2024, …",
  // "TTXVN - …", "Baohatinh.vn - …" (capitals, or a site's address, then a dash).
  const publisherQuote =
    /^\([^()]{2,60}\)/u.exec(body[0] ?? '')?.[0] ??
    /^(?:\p{Lu}[\p{Lu}\d.&]{1,11}(?:\s\p{Lu}[\p{Lu}\d.]{1,11})?|[\p{L}\d-]{2,30}\.(?:vn|com\.vn|gov\.vn|net|com))(?=\s*[-–—]\s)/u.exec(
      body[0] ?? '',
    )?.[0]
  const publisherName = publisherQuote?.replace(/^\((.*)\)$/u, '$1')
  const publishedAt = !published
    ? todo
    : time
      ? `${published.iso}T${time.hhmm}:00+07:00`
      : `${todo}: ${published.iso}, the time is not in the text`
  // The year the text was published, or failing that the year of its meeting: what a year-less part is read against.
  const publishedYear = published
    ? { year: published.year, month: Number(published.iso.slice(5, 7)), words: dateLine ?? published.text }
    : meeting
      ? { year: meeting.year, words: meetingQuote }
      : cutOff
        ? { year: cutOff.year, words: cutOff.text }
        : undefined
  const report: DraftReport = {
    title: { vi: title, en: todo },
    titleQuote: title,
    place: placeOf(lines, title === todo ? 0 : bodyStart),
    publisher: {
      name: { vi: publisherName ?? todo, en: todo },
      url: todo,
      quote: publisherQuote ?? todo,
    },
    publishedAt,
    publishedQuote: dateLine ?? todo,
    meetingDate: meeting?.iso ?? todo,
    meetingQuote,
    author: author ?? todo,
    authorQuote: author ?? todo,
    language: 'vi',
    sourceFile,
  }
  return { report, ...(publishedYear ? { published: publishedYear } : {}), headerLines: bodyStart }
}
