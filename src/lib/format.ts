import type { Comparator, Unit } from '../dataset/schema.ts'
import { type Language, locales } from './language.ts'
import { units } from './units.ts'

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
  return numberFormat(language, maximumFractionDigits, 'auto').format(value)
}

/** "+57%", "−0,15": a change, always signed (zero has no sign). */
export function formatSignedNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return numberFormat(language, maximumFractionDigits, 'exceptZero').format(value).replace('-', '−')
}

export function formatUnit(value: string, unit: Unit, language: Language): string {
  const info = units[unit]
  if (language === 'vi') return info.isSymbol ? `${value}${info.vi}` : `${value} ${info.vi}`
  const body = info.isSymbol ? `${value}${info.en}` : `${value} ${info.en}`
  return info.enPrefix ? `${info.enPrefix} ${body}` : body
}

export function unitLabel(unit: Unit, language: Language): string {
  const info = units[unit]
  if (language === 'vi') return info.vi
  return info.enPrefix ? `${info.enPrefix} ${info.en}` : info.en
}

export const comparatorSigns: Record<Comparator, string> = {
  exact: '=',
  atLeast: '≥',
  over: '>',
  moreThan: '>',
  under: '<',
  range: '–',
}

/** How a target is worded, as a phrase a reader can say aloud next to the value. */
const comparatorWordsByLanguage: Record<Language, Record<Comparator, string>> = {
  vi: {
    exact: 'mức cần đạt',
    atLeast: 'tối thiểu (từ mức này trở lên)',
    over: 'cao hơn mức này',
    moreThan: 'hơn mức này',
    under: 'thấp hơn mức này',
    range: 'trong khoảng này',
  },
  en: {
    exact: 'level to reach',
    atLeast: 'at least this much',
    over: 'above this level',
    moreThan: 'more than this',
    under: 'below this level',
    range: 'within this range',
  },
}

export function comparatorWords(comparator: Comparator, language: Language): string {
  return comparatorWordsByLanguage[language][comparator]
}

type Amount = { value: number; max?: number | undefined; comparator: Comparator; unit: Unit }

/** "702,2 tỷ đồng", "≥ 96,5%", "1–2 tuyến phố", "> 1.441 người"; en "VND 702.2 billion". */
export function formatAmount(amount: Amount, language: Language): string {
  return withComparator(amount, formatUnit(formatBareAmount(amount, language), amount.unit, language))
}

/** The amount without a worded unit, for bar labels under an axis that names it: "447,229", "≥ 0,1", "9,77%". */
export function formatShortAmount(amount: Amount, language: Language): string {
  const bare = formatBareAmount(amount, language)
  return withComparator(amount, units[amount.unit].isSymbol ? `${bare}${units[amount.unit][language]}` : bare)
}

function formatBareAmount(amount: Amount, language: Language): string {
  return amount.comparator === 'range' && amount.max !== undefined
    ? `${formatNumber(amount.value, language)}–${formatNumber(amount.max, language)}`
    : formatNumber(amount.value, language)
}

function withComparator(amount: Amount, text: string): string {
  if (amount.comparator === 'exact' || amount.comparator === 'range') return text
  return `${comparatorSigns[amount.comparator]} ${text}`
}

/** "07/03/2024" in Vietnamese, "7 Mar 2024" in English. Accepts ISO dates and date-times. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00+07:00` : iso)
  const options: Intl.DateTimeFormatOptions =
    language === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }
  return new Intl.DateTimeFormat(locales[language], options).format(date)
}

/** "10:34, 07/03/2024": a publication time in Vietnam time. */
export function formatDateTime(iso: string, language: Language): string {
  const time = new Intl.DateTimeFormat(locales[language], {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso))
  return `${time}, ${formatDate(iso, language)}`
}
