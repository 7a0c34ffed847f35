import { describe, expect, it } from 'vitest'
import { bigDataset } from '../../scripts/big-dataset.ts'
import {
  foldText,
  type IndicatorFilter,
  matchesFilter,
  pairedIndicatorIds,
  matchesWords,
} from './indicator-filter.ts'

const { dataset } = bigDataset()
const paired = pairedIndicatorIds(dataset)
const none: IndicatorFilter = { query: '', field: null, onlyPaired: false }
const names = (filter: IndicatorFilter) =>
  dataset.indicators.filter((indicator) => matchesFilter(indicator, filter, paired)).map((i) => i.name.vi)

describe('foldText', () => {
  it.each([
    ['Tỷ lệ hộ dùng nước sạch', 'ty le ho dung nuoc sach'],
    ['ĐƯỜNG GIAO THÔNG', 'duong giao thong'],
    ['  Bảo   hiểm y tế ', 'bao hiem y te'],
  ])('%s reads as %s', (text, folded) => expect(foldText(text)).toBe(folded))
})

describe('matchesFilter', () => {
  it('finds an indicator typed without diacritics, in any word order', () => {
    expect(names({ ...none, query: 'nuoc sach' })).toEqual([
      'Tỷ lệ hộ dùng nước sạch khu vực thành thị',
      'Tỷ lệ hộ dùng nước sạch khu vực nông thôn',
      'Tỷ lệ hộ dùng nước sạch vùng miền núi',
      'Tỷ lệ hộ dùng nước sạch vùng ven biển',
    ])
    expect(names({ ...none, query: 'ven biển nước' })).toEqual(['Tỷ lệ hộ dùng nước sạch vùng ven biển'])
  })

  it('finds an indicator by its English name', () => {
    expect(names({ ...none, query: 'clean water, coastal' })).toEqual([
      'Tỷ lệ hộ dùng nước sạch vùng ven biển',
    ])
    expect(names({ ...none, query: 'clean water coastal' })).toEqual([
      'Tỷ lệ hộ dùng nước sạch vùng ven biển',
    ])
  })

  it('narrows by field and by having both a result and a target', () => {
    expect(names({ ...none, field: 'defence' })).toHaveLength(25)
    expect(names({ ...none, onlyPaired: true })).toHaveLength(100)
    expect(names({ query: 'nuoc', field: 'economy-budget', onlyPaired: false })).toEqual([
      'Tỷ lệ hộ dùng nước sạch khu vực thành thị',
    ])
  })
})

describe('matchesWords', () => {
  it.each([
    ['nuoc sach', 'Tỷ lệ hộ dùng nước sạch', true],
    ['NƯỚC', 'Tỷ lệ hộ dùng nước sạch', true],
    ['chung', 'Tỷ lệ tiêm chủng đầy đủ', true],
    // Words are matched from their start: "hung" is inside "chủng", not a word of it.
    ['hung', 'Tỷ lệ tiêm chủng đầy đủ', false],
    // Without marks "ho" may be hộ or hóa; with them, "hộ" is only hộ.
    ['ho', 'Tỷ lệ hộ gia đình văn hóa', true],
    ['ho', 'Tỷ lệ thôn có nhà văn hóa', true],
    ['hộ', 'Tỷ lệ thôn có nhà văn hóa', false],
    ['hộ nghèo', 'Tỷ lệ hộ nghèo vùng ven biển', true],
    ['y te', 'Tỷ lệ người dân tham gia bảo hiểm y tế', true],
    ['', 'anything', true],
  ])('“%s” in “%s”: %s', (query, text, expected) => {
    expect(matchesWords(query, text)).toBe(expected)
  })
})
