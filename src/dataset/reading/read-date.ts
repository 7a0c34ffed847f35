/**
 * Dates and times as Vietnamese reports write them: "6/3/2024", "06/03/2024", "7-3-2024", "7.3.2024",
 * "ngày 14 tháng 7 năm 2025", "29, Tháng 06, 2022"; "10:34", "08h15", "11 giờ 30". The one date reader for the verifier and the draft.
 */
export type FoundDate = { iso: string; year: number; text: string; index: number; end: number }

const numericDate = /(?<![\d.,/])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/gu
const wordedDate = new RegExp(
  String.raw`(?<![${letter}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)`,
  'giu',
)
/** "29, Tháng 06, 2022 | 07:00": a page's date line, day, month and year set apart by commas. */
const pageDate = /(?<![\d.,])(\d{1,2}),\s*[Tt]háng\s+(\d{1,2}),\s*(\d{4})(?!\d)/gu
const pad = (n: number) => String(n).padStart(2, '0')

function calendarDate(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Every whole date in a text (day, month and year, a real calendar day), in order. */
export function findDates(text: string): FoundDate[] {
  const numeric = [...text.matchAll(numericDate)].map((m) => [m, m[1], m[3], m[4]] as const)
  const worded = [...text.matchAll(wordedDate), ...text.matchAll(pageDate)].map(
    (m) => [m, m[1], m[2], m[3]] as const,
  )
  return [...numeric, ...worded]
    .flatMap(([match, day, month, year]) => {
      const iso = calendarDate(Number(day), Number(month), Number(year))
      return iso
        ? [
            {
              iso,
              year: Number(year),
              text: match[0],
              index: match.index,
              end: match.index + match[0].length,
            },
          ]
        : []
    })
    .sort((a, b) => a.index - b.index)
}

/** "ngày 14 tháng 7": a day and its month in words, each a group. */
const wordedDayMonth = String.raw`(?<![${letter}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d)`

/** A day and a month written without a year: "30-11", "30/11", "ngày 30 tháng 11" (none of a whole date). */
export function findDaysAndMonths(text: string): { day: number; month: number }[] {
  const wholeDates = findDates(text)
  const inWhole = (index: number) => wholeDates.some((date) => index >= date.index && index < date.end)
  const numeric = [...text.matchAll(/(?<![\d.,/-])(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d|,\d|\s*[-/.]\s*\d)/gu)]
  const worded = [...text.matchAll(new RegExp(wordedDayMonth, 'giu'))]
  return [...numeric, ...worded]
    .filter((m) => !inWhole(m.index))
    .map((m) => ({ day: Number(m[1]), month: Number(m[2]) }))
    .filter(({ day, month }) => day >= 1 && day <= 31 && month >= 1 && month <= 12)
}

/** Parts of dates that are no figures: "tháng 3/2024", "12/2023", "ngày 6/3", "ngày 14 tháng 7". */
const partialDates = [
  /(?<![\d.,/])\d{1,2}\/\d{4}(?![\d/])/gu,
  new RegExp(
    // "ngày lễ 30/4, 1/5", "dịp 2/9": a day and month, and the days listed after it.
    String.raw`(?<![${letter}])(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|lễ|dịp)\s+\d{1,2}\/\d{1,2}(?:\s*(?:,|và|[-–])\s*\d{1,2}\/\d{1,2})*(?![\d/])`,
    'giu',
  ),
  new RegExp(wordedDayMonth, 'giu'),
  // "từ mùng 1 đến mùng 6 Tết", "Mùng 2 - 4 Tết": days of the lunar new year.
  new RegExp(
    String.raw`(?<![${letter}])(?:mùng|mồng)\s+\d{1,2}(?:\s*(?:[-–,]|và|đến(?:\s+hết)?|tới)\s*(?:(?:mùng|mồng)\s+)?\d{1,2})*(?![\d.,%])`,
    'giu',
  ),
  // "Ngày 2-2", "từ 25-1 đến hết 2-2", "từ ngày 25 đến 30-1 (26 tháng Chạp …)": days and months written with a dash, where
  // the words say they are days (not "từ 3-5 tấn", a range of amounts).
  new RegExp(
    String.raw`(?<![${letter}])(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s+\d{1,2}-\d{1,2}(?![\d.,-]|\s*%)|(?<![${letter}])từ\s+(?:ngày\s+)?\d{1,2}(?:-\d{1,2})?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}-\d{1,2}(?![\d.,-]|\s*%|\s+\p{Ll})`,
    'giu',
  ),
]

/** Where the text writes a date, whole or in part: offsets of each. */
export function findDateSpans(text: string): { start: number; end: number }[] {
  const whole = findDates(text).map((date) => ({ start: date.index, end: date.end }))
  const parts = partialDates.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  )
  return [...whole, ...parts]
}

export type FoundTime = { hhmm: string; text: string; index: number; end: number }

const times = [
  /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/gu,
  /(?<!\d)(\d{1,2})h(\d{2})(?!\d)/gu,
  /(?<!\d)(\d{1,2})\s*giờ\s*(\d{1,2})?(?:\s*phút)?/giu,
]

/** Every time of day in a text ("10:34", "08h15", "11 giờ 30"), as "HH:MM". */
export function findTimes(text: string): FoundTime[] {
  return times
    .flatMap((pattern) =>
      [...text.matchAll(pattern)].flatMap((match) => {
        const hour = Number(match[1])
        const minute = Number(match[2] ?? 0)
        if (hour > 23 || minute > 59) return []
        return [
          {
            hhmm: `${pad(hour)}:${pad(minute)}`,
            text: match[0],
            index: match.index,
            end: match.index + match[0].length,
          },
        ]
      }),
    )
    .sort((a, b) => a.index - b.index)
}

/**
 * A date as a person types it, as far as the page shows it: "7/3/2024", "07-03-2024", "3/2024", "2024" (or the
 * ISO forms) → "2024-03-07", "2024-03", "2024". Null when it is none of these or no real day.
 */
export function readDateInput(text: string): string | null {
  return readDateParts(text.trim())
}

function readDateParts(written: string): string | null {
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(written)
  const vietnamese = /^(?:(?:(\d{1,2})[/.-])?(\d{1,2})[/.-])?(\d{4})$/u.exec(written)
  const year = Number(iso?.[1] ?? vietnamese?.[3])
  const month = iso ? iso[2] : vietnamese?.[2]
  const day = iso ? iso[3] : vietnamese?.[1]
  if (!Number.isInteger(year) || year < 1945 || year > 2100) return null
  if (month === undefined) return day === undefined ? String(year) : null
  const m = Number(month)
  if (m < 1 || m > 12) return null
  if (day === undefined) return `${year}-${pad(m)}`
  return calendarDate(Number(day), m, year)
}
import { letter } from '../../lib/reg-exp.ts'
