import { formatNumber } from '../lib/format.ts'
import { type Language, locales } from '../lib/language.ts'
import { boundOf, type Comparator, comparators } from './comparators.ts'
import { type Unit, unitInfo } from './units.ts'

/**
 * Amounts with their units and comparators as text, from the unit and comparator tables. Numbers go
 * through `lib/format.ts`; everything on screen and in exports that names a unit goes through here.
 */
const plurals = new Map<Language, Intl.PluralRules>()
function pluralOf(value: number, language: Language): 'one' | 'other' {
  let rules = plurals.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(locales[language])
    plurals.set(language, rules)
  }
  return rules.select(value) === 'one' ? 'one' : 'other'
}

/** A no-break space: an amount is one unit of reading, so a line never breaks inside it. */
const nbsp = '\u00a0'
const unbroken = (text: string) => text.replaceAll(' ', nbsp)

/** "447,229 tỷ đồng", "9,77%", "VND 702.2 billion", "1 school", "3 schools"; never broken across lines. */
export function formatUnit(valueText: string, unit: Unit, language: Language, value = 2): string {
  const info = unitInfo(unit)
  const word = language === 'vi' ? info.vi : info.en[pluralOf(value, language)]
  const body = !word ? valueText : info.isSymbol ? `${valueText}${word}` : `${valueText} ${word}`
  return unbroken(language === 'en' && info.enPrefix ? `${info.enPrefix} ${body}` : body)
}

/** The unit's name for an axis or a column: "tỷ đồng", "VND billion", "people". */
export function unitLabel(unit: Unit, language: Language): string {
  const info = unitInfo(unit)
  if (language === 'vi') return info.vi
  return [info.enPrefix, info.en.other].filter(Boolean).join(' ')
}

export function comparatorSign(comparator: Comparator): string {
  return comparators[comparator].sign
}

/** The sign an amount or its note leads with: none for an exact amount, nor for a range ("2–3 xã" says its own). */
export function noteSign(comparator: Comparator): string {
  return comparator === 'exact' || comparator === 'range' ? '' : comparators[comparator].sign
}

/** How a target is worded, as a phrase a reader can say aloud next to the value. */
export function comparatorWords(comparator: Comparator, language: Language): string {
  return comparators[comparator].phrase[language]
}

type Amount = {
  value: number
  max?: number | undefined
  comparator: Comparator
  unit: Unit
  /** With unit "other": the report's own words for it. */
  otherUnit?: string | undefined
  isEstimate?: boolean | undefined
}

/** "702,2 tỷ đồng", "≥ 96,5%", "1–2 tuyến phố", "> 1.441 người", "ước 4.200 tỷ đồng"; en "VND 702.2 billion". */
export function formatAmount(amount: Amount, language: Language): string {
  const bare = formatBareAmount(amount, language)
  const text =
    amount.unit === 'other'
      ? unbroken(`${bare} ${amount.otherUnit ?? ''}`.trim())
      : formatUnit(bare, amount.unit, language, amount.max ?? amount.value)
  return withComparator(amount, text, language)
}

/** The amount without a worded unit, for bar labels under an axis that names it: "447,229", "≥ 0,1", "9,77%". */
export function formatShortAmount(amount: Amount, language: Language): string {
  const bare = formatBareAmount(amount, language)
  const info = unitInfo(amount.unit)
  return withComparator(
    amount,
    info.isSymbol ? `${bare}${language === 'vi' ? info.vi : info.en.other}` : bare,
    language,
  )
}

function formatBareAmount(amount: Amount, language: Language): string {
  return amount.comparator === 'range' && amount.max !== undefined
    ? `${formatNumber(amount.value, language)}–${formatNumber(amount.max, language)}`
    : formatNumber(amount.value, language)
}

const estimateWord: Record<Language, string> = { vi: 'ước', en: 'est.' }

function withComparator(amount: Amount, text: string, language: Language): string {
  const sign = noteSign(boundOf(amount.comparator, amount.value))
  const signed = sign ? `${sign}${nbsp}${text}` : text
  return amount.isEstimate ? `${estimateWord[language]}${nbsp}${signed}` : signed
}
