import { type FoundDate, findDates, findTimes } from '../dataset/reading/read-date.ts'
import { readPlace } from './report-place.ts'
import { splitSentences } from './split-text.ts'
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

export type ReportLines = {
  title: string
  dateLine: string | null
  author: string | null
  bodyStart: number
  /** The title's line, after an official document's header block ("ỦY BAN NHÂN DÂN HUYỆN …", "Số: …/BC-UBND"). */
  titleLine?: number
}

/**
 * The lines an official document opens with before its title, each cell of a line written in two columns: the body
 * that issues it, the country's motto, its number, the genre ("BÁO CÁO"), rules.
 */
const headerCell = new RegExp(
  [
    String.raw`^(?:ỦY|UỶ|ủy|uỷ)\s+BAN\s+NHÂN\s+DÂN\b.*$`,
    String.raw`^(?:UBND|HĐND|HỘI ĐỒNG NHÂN DÂN|ĐẢNG BỘ|ĐẢNG (?:ỦY|UỶ)|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|TỈNH (?:ỦY|UỶ)|HUYỆN (?:ỦY|UỶ)|THÀNH (?:ỦY|UỶ)|SỞ|CHI CỤC|CỤC)(?:\s[\p{Lu}\d\s–-]*)?$`,
    String.raw`^CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$`,
    String.raw`^Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc$`,
    String.raw`^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$`,
    String.raw`^Số\s*:?\s*[\d\s.]*\/.*$`,
    String.raw`^[-_–—*=.\s]{3,}$`,
  ].join('|'),
  'u',
)
const formalCell =
  /^(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Số\s*:?\s*[\d\s.]*\/.*)$/u
/** The genre an official document names alone above its title: "BÁO CÁO", "KẾ HOẠCH". */
const genreLine = /^(?:BÁO CÁO|KẾ HOẠCH|NGHỊ QUYẾT|TỜ TRÌNH|THÔNG BÁO|CHƯƠNG TRÌNH)$/u
/** "Sơn Khê, ngày 10 tháng 12 năm 2025": where and when it was signed. */
const signedLine = /^[^,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}$/iu

/** An official document's header: the lines before its title, and the date it was signed. */
function officialHeader(lines: readonly string[]): { length: number; dateLine: string | null } {
  let at = 0
  let dateLine: string | null = null
  let isOfficial = false
  while (at < lines.length) {
    const cells = (lines[at] ?? '')
      .split('\t')
      .map((cell) => cell.trim())
      .filter(Boolean)
    if (cells.length === 0) break
    const isHeader = cells.every(
      (cell) => headerCell.test(cell) || signedLine.test(cell) || genreLine.test(cell),
    )
    if (!isHeader) break
    // The motto or the document's number says it is one: a headline in capitals ("UBND HUYỆN … TỔNG KẾT NĂM 2025") is not.
    isOfficial ||= cells.some((cell) => formalCell.test(cell))
    dateLine ??= cells.find((cell) => signedLine.test(cell)) ?? null
    at += 1
  }
  return isOfficial ? { length: at, dateLine } : { length: 0, dateLine: null }
}

/** A line that is only a date, with its weekday and time: "Thứ Tư, ngày 10/07/2024 | 08:16", "04/06/2018 17:22". */
const dateOnly =
  /^\s*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\(GMT\+7\))?\s*$/iu

/** Title (first line), the publication line just under it (a short line with a date), and the author (a last short line that looks like a name). */
export function readReportLines(lines: readonly string[]): ReportLines {
  // "ỦY BAN NHÂN DÂN HUYỆN SƠN KHÊ / Số: 215/BC-UBND / BÁO CÁO / Kết quả thực hiện …": the title follows the header.
  const header = officialHeader(lines)
  if (header.length > 0 && isTitle(lines[header.length] ?? '')) {
    const titleLine = header.length
    return {
      title: lines[titleLine] ?? todo,
      dateLine: header.dateLine,
      author: findAuthor(lines),
      bodyStart: titleLine + 1,
      titleLine,
    }
  }
  // A first line above the title, and no title itself: the lines after it read as a text of their own, one line down
  // (the title a line further down, read with the body as every title is).
  const opening = lines[0] ?? ''
  const belowOpening = () => {
    const rest = readReportLines(lines.slice(1))
    return { ...rest, bodyStart: rest.bodyStart + 1, titleLine: (rest.titleLine ?? 0) + 1 }
  }
  // "02/07/2019 - 11:06" above the title: a page that puts its date first.
  if (opening.length <= 40 && findDate(opening) !== null && isTitle(lines[1] ?? '')) {
    const below = belowOpening()
    return below.dateLine === null ? { ...below, dateLine: opening } : below
  }
  // "Thứ Tư, ngày 10/07/2024 | 08:16" over the body, the title left behind when the page was copied: the date the page
  // gives, and no title.
  if (dateOnly.test(opening) && findDate(opening) !== null && !isTitle(lines[1] ?? ''))
    return { title: todo, dateLine: opening, author: findAuthor(lines), bodyStart: 1 }
  // "Báo Công An Đà Nẵng" over the headline: the paper's name, copied with its page, is no title.
  if (
    /^(?:Báo|Tạp chí|Cổng thông tin|Trang thông tin|Đài)\s+\p{Lu}/u.test(opening) &&
    opening.length <= 60 &&
    isTitle(lines[1] ?? '')
  )
    return belowOpening()
  // A title is one short line that is not a sentence; a text that opens with its body keeps every line.
  const first = lines[0] ?? ''
  if (!isTitle(first)) return { title: todo, dateLine: null, author: findAuthor(lines), bodyStart: 0 }
  const title = first
  const dateLineIndex = lines.slice(1, 3).findIndex((line) => line.length <= 80 && findDate(line) !== null)
  const dateLine = dateLineIndex < 0 ? null : (lines[dateLineIndex + 1] ?? null)
  // A paragraph of the body between the title and the date line ("Xuất bản: 01/12/2025" under a one-paragraph text)
  // keeps the body where it starts: only short lines (a category, an author) make a header block.
  const isHeaderBlock = lines.slice(1, dateLineIndex + 1).every((line) => line.length <= 80)
  return {
    title,
    dateLine,
    author: findAuthor(lines),
    bodyStart: dateLine === null || !isHeaderBlock ? 1 : dateLineIndex + 2,
  }
}

/** A title is one short line that is not a sentence: it ends with no stop, and holds one ("HĐND TP. Phổ Yên: …" too). */
function isTitle(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 200 &&
    !/[.;:]$/u.test(line) &&
    splitSentences({ text: line, start: 0 }).length <= 1
  )
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
 * "Ngày 26/12/2013, Chính phủ ban hành Nghị quyết số 130/NQ-CP …": an authority issuing a document right after a day,
 * told as history, makes the day that document's.
 */
const issuedAfterDay = new RegExp(
  String.raw`^[^.;]{0,12}?,?\s*(?:Chính phủ|Thủ tướng(?:\s+Chính phủ)?|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ\s+\p{Lu}[^.;]{0,40}?|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)[^.;]{0,60}?\s(?:đã\s+)?(?:ban hành|ký ban hành|ký)\s+(?:Nghị quyết|Quyết định|Nghị định|Chỉ thị)(?![${letter}])`,
  'u',
)

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
  /** The title's line (0, or the line after an official document's header block). */
  titleLine: number
} {
  const { title, dateLine, author, bodyStart, titleLine = 0 } = readReportLines(lines)
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
  // "… thành phố đảo đầu tiên của Việt Nam (từ ngày 1/1/2021)": the day something began is neither.
  const isSince = (line: string, index: number) =>
    new RegExp(String.raw`(?<![${letter}])(?:kể\s+)?từ(?:\s+ngày)?\s*$`, 'iu').test(line.slice(0, index))
  // "lễ kỷ niệm 20 năm Ngày thành lập huyện (9/12/2003-9/12/2023)", "kỷ niệm 97 năm Ngày Báo chí cách mạng Việt Nam
  // (21.6.1925 - 21.6.2022)": an anniversary's days, a span from one full date to another, are no meeting's.
  const isAnniversary = (line: string, index: number) =>
    new RegExp(
      String.raw`(?<![${letter}])(?:thành lập|kỷ niệm|ra đời|giải phóng|tái lập)[^.;]{0,60}$`,
      'iu',
    ).test(line.slice(0, index)) ||
    /^\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*[-–]\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}/u.test(line.slice(index)) ||
    /\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*[-–]\s*$/u.test(line.slice(0, index))
  // "so với 31/12/2021 tăng 1.475 tỷ đồng": a day compared with is the base of a change, no day of the text.
  const isCompared = (line: string, index: number) =>
    new RegExp(String.raw`(?<![${letter}])so(?:\s+với)?(?:\s+(?:ngày|thời điểm))?\s*$`, 'iu').test(
      line.slice(0, index),
    )
  const isIssued = (line: string, index: number) => issuedAfterDay.test(line.slice(index))
  // "đại hội đảng bộ cơ sở hoàn thành trước tháng 30/6/2020", "chậm nhất ngày 31/8": a day something is to be done by.
  const isDeadline = (line: string, index: number) =>
    new RegExp(
      String.raw`(?<![${letter}])(?:trước|chậm nhất(?:\s+là)?|muộn nhất(?:\s+là)?)(?:\s+(?:ngày|tháng))?\s*$`,
      'iu',
    ).test(line.slice(0, index))
  const bodyDates = (line: string) => {
    const cited = findTimeExpressions(line).filter((time) => time.kind === 'cited')
    return findDates(line).filter(
      (date) =>
        (!published || date.iso <= published.iso) &&
        !cited.some((doc) => date.index >= doc.start && date.index < doc.end) &&
        !isSince(line, date.index) &&
        !isAnniversary(line, date.index) &&
        !isIssued(line, date.index) &&
        !isCompared(line, date.index) &&
        !isDeadline(line, date.index),
    )
  }
  const meetingDates = (line: string) => bodyDates(line).filter((date) => !isCutOff(line, date.index))
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
  return {
    report,
    ...(publishedYear ? { published: publishedYear } : {}),
    headerLines: bodyStart,
    titleLine,
  }
}
