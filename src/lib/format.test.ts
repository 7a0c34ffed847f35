import { describe, expect, it } from 'vitest'
import type { Comparator, Unit } from '../dataset/schema.ts'
import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatNumber,
  formatShortAmount,
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

describe('formatAmount', () => {
  it.each<[number, number | undefined, Comparator, Unit, Language, string]>([
    [702.2, undefined, 'exact', 'billion-vnd', 'vi', '702,2 tỷ đồng'],
    [702.2, undefined, 'exact', 'billion-vnd', 'en', 'VND 702.2 billion'],
    [9.77, undefined, 'exact', 'percent', 'vi', '9,77%'],
    [9.77, undefined, 'exact', 'percent', 'en', '9.77%'],
    [96.5, undefined, 'atLeast', 'percent', 'vi', '≥ 96,5%'],
    [74, undefined, 'over', 'percent', 'en', '> 74%'],
    [3, undefined, 'under', 'percent', 'vi', '< 3%'],
    [1, 2, 'range', 'street', 'vi', '1–2 tuyến phố'],
    [3, 4, 'range', 'school', 'en', '3–4 schools'],
    [1441, undefined, 'moreThan', 'person', 'vi', '> 1.441 người'],
    [0.1, undefined, 'atLeast', 'percentage-point', 'vi', '≥ 0,1 điểm phần trăm'],
    [1850, undefined, 'atLeast', 'worker', 'en', '≥ 1,850 workers'],
    [105, undefined, 'exact', 'million-vnd-per-ha', 'en', 'VND 105 million/ha'],
    [73.0853, undefined, 'exact', 'km2', 'vi', '73,0853 km²'],
  ])('%s–%s %s %s in %s is %s', (value, max, comparator, unit, language, expected) => {
    expect(formatAmount({ value, max, comparator, unit }, language)).toBe(expected)
  })
})

describe('formatDate', () => {
  it.each<[string, Language, string]>([
    ['2024-03-07', 'vi', '07/03/2024'],
    ['2024-03-06', 'en', '6 Mar 2024'],
    ['2024-03-07T10:34:00+07:00', 'vi', '07/03/2024'],
    // Late evening in Vietnam keeps its Vietnamese date whatever the viewer's time zone.
    ['2024-03-06T23:30:00+07:00', 'vi', '06/03/2024'],
  ])('%s in %s is %s', (iso, language, expected) => {
    expect(formatDate(iso, language)).toBe(expected)
  })

  it('gives the publication time in Vietnam time', () => {
    expect(formatDateTime('2024-03-07T10:34:00+07:00', 'vi')).toBe('10:34, 07/03/2024')
  })
})

describe('formatShortAmount', () => {
  it.each<[number, number | undefined, Comparator, Unit, Language, string]>([
    [447.229, undefined, 'exact', 'billion-vnd', 'vi', '447,229'],
    [447.229, undefined, 'exact', 'billion-vnd', 'en', '447.229'],
    [9.77, undefined, 'exact', 'percent', 'vi', '9,77%'],
    [0.1, undefined, 'atLeast', 'percentage-point', 'vi', '≥ 0,1'],
    [1, 2, 'range', 'street', 'en', '1–2'],
  ])('%s–%s %s %s in %s is %s', (value, max, comparator, unit, language, expected) => {
    expect(formatShortAmount({ value, max, comparator, unit }, language)).toBe(expected)
  })
})
