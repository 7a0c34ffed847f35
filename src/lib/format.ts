import { type Language, locales } from './language.ts'

/**
 * The one place numbers, amounts and dates become text. vi-VN writes "7.412" and "447,229";
 * en writes "7,412" and "447.229". Everything on screen and in exports goes through here.
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(language: Language, maximumFractionDigits: number, signDisplay: 'auto' | 'exceptZero') {
  const key = `${language}|${maximumFractionDigits}|${signDisplay}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locales[language], { maximumFractionDigits, signDisplay })
    numberFormats.set(key, format)
  }
  return format
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 4): string {
  return minus(
    numberFormat(language, fractionDigitsFor(value, maximumFractionDigits), 'auto').format(value + 0),
  )
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
  return minus(numberFormat(language, maximumFractionDigits, 'exceptZero').format(value + 0))
}

/** "12,8 nghìn", "1,5 triệu", "12.8 thousand": a large number the way reports shorten it, for axis ticks. */
export function formatCompactNumber(value: number, language: Language, from = 10_000): string {
  if (Math.abs(value) < from) return formatNumber(value, language)
  let format = compactFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(locales[language], {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    })
    compactFormats.set(language, format)
  }
  return minus(format.format(value + 0))
}
const compactFormats = new Map<Language, Intl.NumberFormat>()

/** "07/03/2024" in Vietnamese, "7 Mar 2024" in English. Accepts ISO dates and date-times. */
export function formatDate(iso: string, language: Language): string {
  // A date entered as far as the page shows it: a year ("2024") or a month ("03/2024", "Mar 2024").
  if (/^\d{4}$/u.test(iso)) return iso
  if (/^\d{4}-\d{2}$/u.test(iso)) {
    const month = new Date(`${iso}-15T12:00:00+07:00`)
    return language === 'vi'
      ? `${iso.slice(5, 7)}/${iso.slice(0, 4)}`
      : new Intl.DateTimeFormat(locales.en, {
          month: 'short',
          year: 'numeric',
          timeZone: 'Asia/Ho_Chi_Minh',
        }).format(month)
  }
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00+07:00` : iso)
  const options: Intl.DateTimeFormatOptions =
    language === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }
  return new Intl.DateTimeFormat(locales[language], options).format(date)
}

/** "10:34, 07/03/2024": a publication time in Vietnam time. */
export function formatDateTime(iso: string, language: Language): string {
  if (iso.length <= 10) return formatDate(iso, language)
  const time = new Intl.DateTimeFormat(locales[language], {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso))
  return `${time}, ${formatDate(iso, language)}`
}
