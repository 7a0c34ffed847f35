import { describe, expect, it } from 'vitest'
import { bigDataset } from '../../scripts/big-dataset.ts'
import { foldText, type IndicatorFilter, matchesFilter, pairedIndicatorIds } from './indicator-filter.ts'

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
