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

export type FoundDate = { iso: string; year: number; text: string; index: number }

const numericDate = /(?<![\d.,/])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/u
const wordedDate = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu
const pad = (n: string) => n.padStart(2, '0')

/** The first date written "6/3/2024", "7-3-2024", "15/07/2025" or "ngày 14 tháng 7 năm 2025". */
export function findDate(text: string): FoundDate | null {
  const found = [numericDate.exec(text), wordedDate.exec(text)]
    .filter((match) => match !== null)
    .sort((a, b) => a.index - b.index)[0]
  if (!found) return null
  const [day = '', month = '', year = ''] =
    found.length === 5 ? [found[1], found[3], found[4]] : [found[1], found[2], found[3]]
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null
  return { iso: `${year}-${pad(month)}-${pad(day)}`, year: Number(year), text: found[0], index: found.index }
}

const namePattern = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*){1,4}$/u
const notAuthor = /^\(.*\)$|tin khác|tin liên quan|bài liên quan|xem thêm/iu

export type ReportLines = { title: string; dateLine: string | null; author: string | null; bodyStart: number }

/** Title (first line), the publication line just under it (a short line with a date), and the author (a last short line that looks like a name). */
export function readReportLines(lines: readonly string[]): ReportLines {
  const title = lines[0] ?? ''
  const dateLineIndex = lines.slice(1, 3).findIndex((line) => line.length <= 80 && findDate(line) !== null)
  const dateLine = dateLineIndex < 0 ? null : (lines[dateLineIndex + 1] ?? null)
  let author: string | null = null
  for (const line of lines.slice(-4).reverse()) {
    if (notAuthor.test(line)) continue
    if (line.length <= 60 && namePattern.test(line)) author = line
    break
  }
  return { title, dateLine, author, bodyStart: dateLine === null ? 1 : dateLineIndex + 2 }
}

/**
 * What the text says about itself. Times are read as Vietnam time (+07:00), the zone of every report
 * this tool is for; anything not written in the text is left "TODO".
 */
export function draftReport(
  lines: readonly string[],
  sourceFile: string,
): { report: DraftReport; reportYear?: number; headerLines: number } {
  const { title, dateLine, author, bodyStart } = readReportLines(lines)
  const published = dateLine === null ? null : findDate(dateLine)
  const time = dateLine === null ? null : /(?<!\d)(\d{1,2})[:h](\d{2})(?!\d)/u.exec(dateLine)
  const body = lines.slice(bodyStart)
  const meetingLine = body.find((line) => findDate(line) !== null)
  const meeting = meetingLine === undefined ? null : findDate(meetingLine)
  const meetingQuote =
    meetingLine === undefined || meeting === null
      ? todo
      : (new RegExp(
          `(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|sáng|chiều|tối|trưa|đêm)\\s+)?(?:(?:ngày|Ngày)\\s+)?${escapeRegExp(meeting.text)}`,
          'u',
        ).exec(meetingLine)?.[0] ?? meeting.text)
  const publisherQuote = /^\([^()]{2,60}\)/u.exec(body[0] ?? '')?.[0]
  const missing = { vi: todo, en: todo }
  const publishedAt = !published
    ? todo
    : time
      ? `${published.iso}T${pad(time[1] ?? '')}:${time[2] ?? ''}:00+07:00`
      : `${todo}: ${published.iso}, the time is not in the text`
  const reportYear = published?.year ?? meeting?.year
  const report: DraftReport = {
    title: { vi: title, en: todo },
    titleQuote: title,
    place: { name: missing, kind: missing, province: missing },
    publisher: {
      name: { vi: publisherQuote?.slice(1, -1) ?? todo, en: todo },
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
  return { report, ...(reportYear === undefined ? {} : { reportYear }), headerLines: bodyStart }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
}
