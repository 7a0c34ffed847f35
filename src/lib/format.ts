import type { Language } from './language.ts'

/**
 * The one place numbers, amounts and dates become text. vi-VN writes "7.412" and "447,229";
 * en writes "7,412" and "447.229". Everything on screen and in exports goes through here.
 */
/** How each language writes a number's parts: vi "7.412,5", en "7,412.5". */
const separators: Record<Language, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
}

/**
 * The digits of a number rounded half away from zero at `fractionDigits` decimals, as Intl rounds: from the shortest
 * decimal that reads back as the number ("1.005", so 1,01 to two decimals), not from its binary value.
 */
function roundedDigits(size: number, fractionDigits: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponent = '0'] = String(size).split('e')
  const [int = '0', frac = ''] = mantissa.split('.')
  let digits = int + frac
  let point = int.length + Number(exponent)
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (digits.length < point) digits += '0'.repeat(point - digits.length)
  const keep = point + fractionDigits
  if (digits.length > keep) {
    const roundsUp = (digits[keep] ?? '0') >= '5'
    let kept = digits.slice(0, keep)
    if (roundsUp) {
      const raised = (BigInt(kept || '0') + 1n).toString().padStart(keep, '0')
      if (raised.length > keep) point += raised.length - keep
      kept = raised
    }
    digits = kept
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/u, '') || '0'
  return { whole, fraction: digits.slice(point).replace(/0+$/u, '') }
}

/**
 * A number rounded to at most `fractionDigits` decimals, grouped in thousands, in the language's separators. Written
 * by hand rather than with Intl.NumberFormat: the first number a phone formats with Intl loads the locale's data
 * in one long task, and the first screen shows numbers.
 */
function writeNumber(
  value: number,
  language: Language,
  fractionDigits: number,
  signDisplay: 'auto' | 'exceptZero',
): string {
  const { whole, fraction } = roundedDigits(Math.abs(value), fractionDigits)
  const { group, decimal } = separators[language]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, group)
  const digits = fraction ? `${grouped}${decimal}${fraction}` : grouped
  if (whole === '0' && !fraction) return digits
  if (value < 0) return `-${digits}`
  return signDisplay === 'exceptZero' ? `+${digits}` : digits
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 4): string {
  return minus(writeNumber(value + 0, language, fractionDigitsFor(value, maximumFractionDigits), 'auto'))
}

/**
 * A negative number with the minus sign ("−2,5%"), never a hyphen: a line may break after a hyphen and leave
 * "-" at one line's end and "2,5%" at the next's, where the number reads as positive. −0 is written 0.
 */
const minus = (written: string) =>
  /^-0(?:[.,]0*)?$/u.test(written) ? written.slice(1) : written.replace(/^-/u, '−')

/** Tiny values keep their significant digits: 0,000001 tỷ đồng is not "0 tỷ đồng". */
function fractionDigitsFor(value: number, maximumFractionDigits: number): number {
  if (value === 0 || Math.abs(value) >= 10 ** -maximumFractionDigits) return maximumFractionDigits
  return Math.min(20, Math.ceil(-Math.log10(Math.abs(value))) + 3)
}

/** "+57%", "−0,15": a change, always signed (zero has no sign). */
export function formatSignedNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return minus(writeNumber(value + 0, language, maximumFractionDigits, 'exceptZero'))
}

/** The words reports shorten large numbers with, largest first. */
const compactScales: readonly { exponent: number; words: Record<Language, string> }[] = [
  { exponent: 12, words: { vi: 'nghìn tỷ', en: 'trillion' } },
  { exponent: 9, words: { vi: 'tỷ', en: 'billion' } },
  { exponent: 6, words: { vi: 'triệu', en: 'million' } },
  { exponent: 3, words: { vi: 'nghìn', en: 'thousand' } },
]

/** "12,8 nghìn", "1,5 triệu", "12.8 thousand": a large number the way reports shorten it (3 significant digits). */
export function formatCompactNumber(value: number, language: Language, from = 10_000): string {
  if (Math.abs(value) < from) return formatNumber(value, language)
  const size = Math.abs(value)
  for (const [index, scale] of compactScales.entries()) {
    if (size < 10 ** scale.exponent) continue
    const shortened = Number((size / 10 ** scale.exponent).toPrecision(3))
    // "999.950" rounds to 1.000 nghìn: that is 1 triệu.
    const larger = compactScales[index - 1]
    if (shortened >= 1000 && larger) {
      const rounded = Number((size / 10 ** larger.exponent).toPrecision(3))
      return minus(
        `${value < 0 ? '-' : ''}${writeNumber(rounded, language, 2, 'auto')} ${larger.words[language]}`,
      )
    }
    return minus(
      `${value < 0 ? '-' : ''}${writeNumber(shortened, language, 2, 'auto')} ${scale.words[language]}`,
    )
  }
  return formatNumber(value, language)
}

/**
 * A moment's calendar date and clock time in Vietnam (UTC+7 all year since 1975), by arithmetic: the browser's
 * time-zone data is large and slow to load on a phone, and the first screen shows a date.
 */
function inVietnam(date: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const shifted = new Date(date.getTime() + 7 * 3_600_000)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  }
}
const twoDigits = (value: number) => String(value).padStart(2, '0')
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']

/** "07/03/2024" in Vietnamese, "7 Mar 2024" in English. Accepts ISO dates and date-times. */
export function formatDate(iso: string, language: Language): string {
  // A date entered as far as the page shows it: a year ("2024") or a month ("03/2024", "Mar 2024").
  if (/^\d{4}$/u.test(iso)) return iso
  if (/^\d{4}-\d{2}$/u.test(iso)) {
    const month = Number(iso.slice(5, 7))
    return language === 'vi'
      ? `${iso.slice(5, 7)}/${iso.slice(0, 4)}`
      : `${englishMonths[month - 1] ?? ''} ${iso.slice(0, 4)}`
  }
  const { year, month, day } = inVietnam(new Date(iso.length === 10 ? `${iso}T12:00:00+07:00` : iso))
  return language === 'vi'
    ? `${twoDigits(day)}/${twoDigits(month)}/${year}`
    : `${day} ${englishMonths[month - 1] ?? ''} ${year}`
}

/** "10:34, 07/03/2024": a publication time in Vietnam time. */
export function formatDateTime(iso: string, language: Language): string {
  if (iso.length <= 10) return formatDate(iso, language)
  const { hour, minute } = inVietnam(new Date(iso))
  return `${twoDigits(hour)}:${twoDigits(minute)}, ${formatDate(iso, language)}`
}

/** "12,4 MB", "850 kB": the size of a file, or of what a browser keeps, as a reader says it. */
export function formatBytes(bytes: number, language: Language): string {
  const megabytes = bytes / 1_000_000
  if (megabytes >= 1000) return `${formatNumber(Math.round(megabytes / 100) / 10, language)} GB`
  if (megabytes >= 1) return `${formatNumber(Math.round(megabytes * 10) / 10, language)} MB`
  return `${formatNumber(Math.max(1, Math.round(bytes / 1000)), language)} kB`
}
