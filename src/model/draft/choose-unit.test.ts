import { describe, expect, it } from 'vitest'
import { chooseUnit, isPercentagePointChange } from './choose-unit.ts'

describe('isPercentagePointChange', () => {
  it.each<[string, boolean]>([
    ['tỷ lệ hộ nghèo giảm ', true],
    ['Giảm tỷ lệ hộ nghèo ', true],
    ['Tỷ lệ đô thị hóa tăng ', true],
    ['Tốc độ tăng trưởng kinh tế thành phố tăng ', false],
    [', tăng ', false],
    ['Tỷ lệ lao động qua đào tạo chiếm ', false],
    ['tỷ lệ hộ nghèo giảm còn ', false],
    ['Tỷ lệ trẻ em suy dinh dưỡng xuống ', false],
  ])('%j → %s', (before, expected) => {
    expect(isPercentagePointChange(before)).toBe(expected)
  })
})

describe('chooseUnit', () => {
  it.each<[string, string, string, string]>([
    ['%', 'tỷ lệ hộ nghèo giảm ', '', 'percentage-point'],
    ['%', 'đạt ', '', 'percent'],
    ['điểm phần trăm', 'giảm ', '', 'percentage-point'],
    ['% kế hoạch', 'đạt ', '', 'percent-of-plan'],
    ['tỷ đồng', '', '', 'billion-vnd'],
    ['tỉ đồng', '', '', 'billion-vnd'],
    ['triệu đồng', 'đạt ', 'Giá trị trên 1 ha canh tác đạt 105 triệu đồng', 'million-vnd-per-ha'],
    ['triệu đồng', 'đạt ', 'lương bình quân 7 triệu đồng', 'TODO'],
    ['km2', '', '', 'km2'],
    ['người/km2', '', '', 'person-per-km2'],
    ['Đảng bộ', '', '', 'party-committee'],
    ['đồng chí', '', '', 'party-member'],
    ['USD', '', '', 'TODO'],
    ['', '', '', 'TODO'],
  ])('%j after %j → %s', (unitText, before, clause, expected) => {
    expect(chooseUnit(unitText, before, clause).unit).toBe(expected)
  })

  it('says why it left a unit to a person', () => {
    expect(chooseUnit('USD', '', '').todo).toContain('no unit code for "USD"')
  })
})
