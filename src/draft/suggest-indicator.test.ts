import { describe, expect, it } from 'vitest'
import { suggestIndicator } from './suggest-indicator.ts'

describe('suggestIndicator', () => {
  it.each<[string, string, string, boolean]>([
    ['Tốc độ tăng trưởng kinh tế', 'economy-budget', 'higher', true],
    ['Tổng thu ngân sách trên địa bàn', 'economy-budget', 'higher', false],
    ['Tổng chi ngân sách địa phương', 'economy-budget', 'neither', false],
    ['Tỷ lệ hộ dân tham gia nộp phí rác thải', 'urban-environment', 'higher', false],
    ['Tỷ lệ che phủ rừng', 'urban-environment', 'higher', false],
    ['Mức giảm tỷ lệ hộ nghèo', 'society', 'higher', false],
    ['Tỷ lệ hộ nghèo', 'society', 'lower', false],
    ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng)', 'society', 'lower', false],
    ['Công tác tuyển quân', 'defence', 'higher', false],
    ['Số sáng kiến được công nhận', '', 'higher', false],
  ])('%j → %s, %s', (name, field, better, isGrowthRate) => {
    expect(suggestIndicator(name)).toEqual({ field, better, isGrowthRate })
  })
})
