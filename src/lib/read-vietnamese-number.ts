import type { Comparator } from '../dataset/schema.ts'

/**
 * A number as Vietnamese reports write it: "." groups thousands, "," is the decimal mark.
 * "7.412" is 7412, "447,229" is 447.229, "09" is 9. A dot followed by anything but exactly
 * three digits is not a thousands separator, so "1.5" is not read as a number at all.
 * Digits glued to a letter ("km2", "BHYT5") are part of a word, not a number.
 */
const numberPattern = /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d.]\d|\p{L})/gu

export function readVietnameseNumber(text: string): number | null {
  const trimmed = text.trim()
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(trimmed)
  if (!match) return null
  const whole = (match[1] ?? '').replaceAll('.', '')
  const fraction = match[2]
  return Number(fraction === undefined ? whole : `${whole}.${fraction}`)
}

/** Every number in a text, in order, read by Vietnamese rules. */
export function readVietnameseNumbers(text: string): number[] {
  return [...text.normalize('NFC').matchAll(numberPattern)].map((match) => {
    const whole = (match[1] ?? '').replaceAll('.', '')
    return Number(match[2] === undefined ? whole : `${whole}.${match[2]}`)
  })
}

export type ReadAmount = {
  comparator: Comparator
  numbers: number[]
  /** What follows the last number: the unit as the report writes it ("tỷ đồng", "%"). */
  unitText: string
}

const rangePattern = /(\d[\d.,]*)\s*[-–—]\s*(\d[\d.,]*)/u

/** Reads a short phrase that states an amount: "từ 0,1% trở lên", "trên 74%", "1-2 tuyến phố", "từ 5 đến 7%", "hơn 1.441 người". */
export function readAmount(phrase: string): ReadAmount {
  const text = phrase.normalize('NFC').trim()
  const matches = [...text.matchAll(numberPattern)]
  const numbers = readVietnameseNumbers(text)
  const lower = text.toLocaleLowerCase('vi')
  let comparator: Comparator = 'exact'
  if ((rangePattern.test(text) || /^từ\s.+\sđến\s/u.test(lower)) && numbers.length === 2) comparator = 'range'
  else if (/trở lên|tối thiểu|ít nhất/u.test(lower)) comparator = 'atLeast'
  else if (/^(trên|vượt)\s/u.test(lower)) comparator = 'over'
  else if (/^hơn\s/u.test(lower)) comparator = 'moreThan'
  else if (/^(dưới|không quá|chưa đến)\s/u.test(lower)) comparator = 'under'
  const last = matches.at(-1)
  const afterLast = last?.index === undefined ? text : text.slice(last.index + last[0].length)
  const unitText = afterLast.replace(/\s*trở lên\s*$/u, '').trim()
  return { comparator, numbers, unitText }
}
