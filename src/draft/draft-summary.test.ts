import { describe, expect, it } from 'vitest'
import { draftDataset } from './draft-dataset.ts'
import { summarizeDraft } from './draft-summary.ts'

describe('summarizeDraft', () => {
  const text = [
    'Báo cáo mẫu',
    '10:34, Thứ Năm, 7-3-2024',
    'Toàn huyện có 64 km bờ biển.',
    'Năm 2023, tổng thu ngân sách thực hiện 447,229 tỷ đồng.',
    'Năm 2024, huyện phấn đấu trồng mới 250 cây xanh.',
    'Lê Văn An',
  ].join('\n')
  const lines = summarizeDraft(draftDataset(text, 'bao-cao.vi.txt'))

  it('counts the candidate figures by role', () => {
    expect(lines[0]).toBe(
      'bao-cao.vi.txt: 3 candidate figures — 1 actual, 1 target, 1 other (1 profile, 0 fact)',
    )
  })

  it('lists the TODOs left by kind', () => {
    expect(lines.join('\n')).toMatch(/TODO left: \d+/u)
    expect(lines).toContain('    3 × figures[].label.en')
    expect(lines).toContain('    1 × figures: unit to check')
    expect(lines).toContain('    1 × figures: role to check')
  })
})
