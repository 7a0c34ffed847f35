import { describe, expect, it } from 'vitest'
import {
  formatCompactNumber,
  formatDate,
  formatDateTime,
  formatNumber,
  formatSignedNumber,
} from './format.ts'
import type { Language } from './language.ts'

describe('formatNumber', () => {
  it.each<[number, Language, string]>([
    [447.229, 'vi', '447,229'],
    [7412, 'vi', '7.412'],
    [101249, 'vi', '101.249'],
    [73.0853, 'vi', '73,0853'],
    [9.77, 'vi', '9,77'],
    [702.2, 'vi', '702,2'],
    [9, 'vi', '9'],
    [447.229, 'en', '447.229'],
    [7412, 'en', '7,412'],
    [101249, 'en', '101,249'],
    // A minus sign, not a hyphen a line may break after; and never a minus zero.
    [-2.5, 'vi', '−2,5'],
    [-0, 'vi', '0'],
    [-0.00001, 'vi', '−0,00001'],
    // Tiny values keep their significant digits.
    [0.000001, 'vi', '0,000001'],
    [0.00001234, 'en', '0.00001234'],
    [0.00005, 'vi', '0,00005'],
  ])('%s in %s is %s', (value, language, expected) => {
    expect(formatNumber(value, language)).toBe(expected)
  })
})

describe('formatSignedNumber', () => {
  it.each<[number, Language, string]>([
    [57.01, 'vi', '+57,01'],
    [-0.15, 'vi', '−0,15'],
    [3.23, 'en', '+3.23'],
    [0, 'en', '0'],
  ])('%s in %s is %s', (value, language, expected) => {
    expect(formatSignedNumber(value, language)).toBe(expected)
  })
})

describe('formatDate', () => {
  it.each<[string, Language, string]>([
    ['2024-03-07', 'vi', '07/03/2024'],
    ['2024-03-06', 'en', '6 Mar 2024'],
    ['2024-03-07T10:34:00+07:00', 'vi', '07/03/2024'],
    // Late evening in Vietnam keeps its Vietnamese date whatever the viewer's time zone.
    ['2024-03-06T23:30:00+07:00', 'vi', '06/03/2024'],
    // A moment written in UTC is dated in Vietnam (UTC+7): half past midnight on the 7th there.
    ['2024-03-06T17:30:00Z', 'vi', '07/03/2024'],
    ['2024-12-31T20:00:00Z', 'en', '1 Jan 2025'],
    ['2024-09', 'en', 'Sept 2024'],
    ['2024-09', 'vi', '09/2024'],
  ])('%s in %s is %s', (iso, language, expected) => {
    expect(formatDate(iso, language)).toBe(expected)
  })

  it('gives the publication time in Vietnam time', () => {
    expect(formatDateTime('2024-03-07T10:34:00+07:00', 'vi')).toBe('10:34, 07/03/2024')
    expect(formatDateTime('2024-03-07T03:04:00Z', 'en')).toBe('10:04, 7 Mar 2024')
  })
})

describe('formatCompactNumber', () => {
  it.each<[number, Language, string]>([
    [12800, 'vi', '12,8 nghìn'],
    [152000, 'vi', '152 nghìn'],
    [1_500_000, 'vi', '1,5 triệu'],
    [3_000_000_000, 'vi', '3 tỷ'],
    [9000, 'vi', '9.000'],
    [12800, 'en', '12.8 thousand'],
    [702.2, 'en', '702.2'],
  ])('%s in %s is %s', (value, language, expected) => {
    expect(formatCompactNumber(value, language)).toBe(expected)
  })
})

it('compacts from a chosen size, so an axis can write all its ticks one way', () => {
  expect(formatCompactNumber(7500, 'vi', 1)).toBe('7,5 nghìn')
  expect(formatCompactNumber(7500, 'en', 1)).toBe('7.5 thousand')
  expect(formatCompactNumber(12_800, 'vi', Infinity)).toBe('12.800')
})

describe('numbers written by hand, as the browser’s Intl writes them', () => {
  // Intl.NumberFormat is the reference: the formatter avoids it only for its slow first use on a phone.
  const values: number[] = []
  let seed = 7
  const random = () => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  for (let i = 0; i < 400; i++) {
    const magnitude = 10 ** Math.floor(random() * 16 - 5)
    values.push((random() - 0.3) * magnitude)
  }
  values.push(0, -0, 0.5, 1.005, 2.675, 1234.5, 999_999.995, 1e15, -0.00004, 0.125, 7412, 447.229)

  it.each<[Language, string]>([
    ['vi', 'vi-VN'],
    ['en', 'en-GB'],
  ])('formatNumber and formatSignedNumber in %s', (language, locale) => {
    for (const digits of [0, 1, 2, 4]) {
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
      const signed = new Intl.NumberFormat(locale, {
        maximumFractionDigits: digits,
        signDisplay: 'exceptZero',
      })
      for (const value of values.filter((v) => v === 0 || Math.abs(v) >= 10 ** -digits)) {
        const expected = plain.format(value + 0).replace(/^-/u, '−')
        expect(formatNumber(value, language, digits), `${value} to ${digits}`).toBe(
          /^−0(?:[.,]0*)?$/u.test(expected) ? expected.slice(1) : expected,
        )
        const expectedSigned = signed.format(value + 0).replace(/^-/u, '−')
        expect(formatSignedNumber(value, language, digits), `${value} signed to ${digits}`).toBe(
          expectedSigned,
        )
      }
    }
  })

  it.each<[Language, string]>([
    ['vi', 'vi-VN'],
    ['en', 'en-GB'],
  ])('formatCompactNumber in %s', (language, locale) => {
    const compact = new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    })
    for (const value of [...values, 999_950, 12_800, 1_234_567, -45_000, 3e12, 1.5e13].filter(
      (v) => Math.abs(v) >= 10_000 && Math.abs(v) < 1e15,
    ))
      expect(formatCompactNumber(value, language), String(value)).toBe(
        compact.format(value).replace(/^-/u, '−'),
      )
  })
})
