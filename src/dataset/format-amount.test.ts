import { describe, expect, it } from 'vitest'
import type { Language } from '../lib/language.ts'
import type { Comparator } from './comparators.ts'
import { formatAmount, formatShortAmount } from './format-amount.ts'
import type { Unit } from './units.ts'

// An amount never breaks across lines: its spaces are no-break spaces, written · here so the tables show
// where they are; a plain space in a result would fail.
const shown = (text: string) => text.replaceAll('\u00a0', '·')

describe('formatAmount', () => {
  it.each<[number, number | undefined, Comparator, Unit, Language, string]>([
    [702.2, undefined, 'exact', 'billion-vnd', 'vi', '702,2·tỷ·đồng'],
    [702.2, undefined, 'exact', 'billion-vnd', 'en', 'VND·702.2·billion'],
    [6.3, undefined, 'exact', 'billion-usd', 'vi', '6,3·tỷ·USD'],
    [6.3, undefined, 'exact', 'billion-usd', 'en', 'US$·6.3·billion'],
    [9.77, undefined, 'exact', 'percent', 'vi', '9,77%'],
    [9.77, undefined, 'exact', 'percent', 'en', '9.77%'],
    [96.5, undefined, 'atLeast', 'percent', 'vi', '≥·96,5%'],
    [74, undefined, 'over', 'percent', 'en', '>·74%'],
    [3, undefined, 'under', 'percent', 'vi', '<·3%'],
    [1, 2, 'range', 'street', 'vi', '1–2·tuyến·phố'],
    [3, 4, 'range', 'school', 'en', '3–4·schools'],
    [1441, undefined, 'moreThan', 'person', 'vi', '>·1.441·người'],
    [0.1, undefined, 'atLeast', 'percentage-point', 'vi', '≥·0,1·điểm·phần·trăm'],
    [1850, undefined, 'atLeast', 'worker', 'en', '≥·1,850·workers'],
    [105, undefined, 'exact', 'million-vnd-per-ha', 'en', 'VND·105·million/ha'],
    [73.0853, undefined, 'exact', 'km2', 'vi', '73,0853·km²'],
    [1, undefined, 'exact', 'school', 'en', '1·school'],
    [15, undefined, 'about', 'worker', 'vi', '≈·15·lao·động'],
    [12, undefined, 'atMost', 'percent', 'vi', '≤·12%'],
    [0.000001, undefined, 'exact', 'billion-vnd', 'vi', '0,000001·tỷ·đồng'],
    [-2.5, undefined, 'exact', 'percent', 'vi', '−2,5%'],
    // "giảm hơn 12%": a fall of more than 12% is a change below −12%.
    [-12, undefined, 'moreThan', 'percent', 'vi', '<·−12%'],
    [-1, undefined, 'atLeast', 'percentage-point', 'vi', '≤·−1·điểm·phần·trăm'],
    [-0.5, undefined, 'under', 'percent', 'en', '>·−0.5%'],
    [118.5, undefined, 'exact', 'percent-of-estimate', 'vi', '118,5%·dự·toán'],
    [1234567, undefined, 'exact', 'vnd', 'en', 'VND·1,234,567'],
    [2.3, undefined, 'exact', 'million-usd', 'en', 'US$·2.3·million'],
    [62.5, undefined, 'exact', 'quintal-per-ha', 'vi', '62,5·tạ/ha'],
  ])('%s–%s %s %s in %s is %s', (value, max, comparator, unit, language, expected) => {
    expect(shown(formatAmount({ value, max, comparator, unit }, language))).toBe(expected)
  })
})

describe('formatShortAmount', () => {
  it.each<[number, number | undefined, Comparator, Unit, Language, string]>([
    [447.229, undefined, 'exact', 'billion-vnd', 'vi', '447,229'],
    [447.229, undefined, 'exact', 'billion-vnd', 'en', '447.229'],
    [9.77, undefined, 'exact', 'percent', 'vi', '9,77%'],
    [0.1, undefined, 'atLeast', 'percentage-point', 'vi', '≥·0,1'],
    [1, 2, 'range', 'street', 'en', '1–2'],
  ])('%s–%s %s %s in %s is %s', (value, max, comparator, unit, language, expected) => {
    expect(shown(formatShortAmount({ value, max, comparator, unit }, language))).toBe(expected)
  })
})

it('says an estimate as the report does', () => {
  expect(
    shown(formatAmount({ value: 4200, comparator: 'exact', unit: 'billion-vnd', isEstimate: true }, 'vi')),
  ).toBe('ước·4.200·tỷ·đồng')
  expect(
    shown(formatAmount({ value: 4200, comparator: 'exact', unit: 'billion-vnd', isEstimate: true }, 'en')),
  ).toBe('est.·VND·4,200·billion')
})
