import { describe, expect, it } from 'vitest'
import { draftDataset } from './draft-dataset.ts'
import { suggestIndicator } from './suggest-indicator.ts'
import { workReducer } from './work-actions.ts'
import { workFromDraft } from './work-from-draft.ts'
import { indicatorSettings } from './work.ts'

describe('suggestIndicator', () => {
  it.each<[string, string, string, boolean]>([
    ['Tốc độ tăng trưởng kinh tế', 'economy-budget', 'higher', true],
    ['Tổng thu ngân sách trên địa bàn', 'economy-budget', 'higher', false],
    ['Tổng chi ngân sách địa phương', 'economy-budget', 'neither', false],
    ['Tỷ lệ hộ dân tham gia nộp phí rác thải', 'urban-environment', 'higher', false],
    ['Tỷ lệ che phủ rừng', 'urban-environment', 'higher', false],
    ['Mức giảm tỷ lệ hộ nghèo', 'society', 'higher', false],
    ['Tỷ lệ hộ nghèo', 'society', 'lower', false],
    ['Thay đổi tỷ lệ hộ cận nghèo', 'society', 'lower', false],
    ['Số đảng viên mới kết nạp', 'party', 'higher', false],
    ['Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', 'party', 'higher', false],
    ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng)', 'society', 'lower', false],
    ['Công tác tuyển quân', 'defence', 'higher', false],
    ['Tỉ lệ tăng dân số tự nhiên', 'society', 'lower', false],
    ['Số sáng kiến được công nhận', '', 'higher', false],
    // A sector's share of the economy has no better way of its own; an index is given as its rise.
    ['Tỷ trọng nông, lâm, ngư nghiệp', 'economy-budget', 'neither', false],
    ['Cơ cấu kinh tế dịch vụ', 'economy-budget', 'neither', false],
    ['Chỉ số sản xuất công nghiệp (IIP)', 'economy-budget', 'higher', true],
    ['Chỉ số giá tiêu dùng', 'economy-budget', 'neither', true],
  ])('%j → %s, %s', (name, field, better, isGrowthRate) => {
    expect(suggestIndicator(name)).toEqual({ field, better, isGrowthRate })
  })
})

describe('indicatorSettings', () => {
  it('takes a target set as a ceiling ("dưới 1%") to mean lower is better, whatever the name says', () => {
    const text =
      'Năm 2026, xã Hà Lâm phấn đấu tỉ lệ sinh con thứ ba dưới 5%; số hộ kinh doanh đạt trên 240 hộ.\n'
    const work = workReducer(workFromDraft(draftDataset(text, 'ha-lam.vi.txt'), text, 'ha-lam.vi.txt'), {
      type: 'figures/accept-pending',
    })
    const [ceiling, floor] = work.figures
    expect(indicatorSettings(work, ceiling?.indicator ?? '').better).toBe('lower')
    expect(indicatorSettings(work, floor?.indicator ?? '').better).toBe('higher')
  })
})
