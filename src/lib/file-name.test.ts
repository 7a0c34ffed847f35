import { describe, expect, it } from 'vitest'
import { exportFileName, slugify } from './file-name.ts'

describe('slugify', () => {
  it.each([
    ['Tổng thu ngân sách', 'tong-thu-ngan-sach'],
    ['Đông Hà', 'dong-ha'],
    ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng)', 'ty-le-tre-em-duoi-5-tuoi-suy-dinh-duong'],
    ['Chỉ tiêu 2024: Văn hóa – xã hội', 'chi-tieu-2024-van-hoa-xa-hoi'],
    ['Kết quả năm 2023', 'ket-qua-nam-2023'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['   ', ''],
  ])('%j → %j', (text, expected) => {
    expect(slugify(text)).toBe(expected)
  })
})

describe('exportFileName', () => {
  it('builds the name from the dataset, the item and the scale', () => {
    expect(
      exportFileName({ datasetId: 'dong-ha-2024', item: 'Tổng thu ngân sách', scale: 2, extension: 'png' }),
    ).toBe('dong-ha-2024_tong-thu-ngan-sach_2x.png')
    expect(
      exportFileName({
        datasetId: 'dong-ha-2024',
        item: 'Slide 3',
        preset: 'share',
        scale: 1,
        extension: 'png',
      }),
    ).toBe('dong-ha-2024_slide-3_share_1x.png')
    expect(exportFileName({ datasetId: 'dong-ha-2024', item: 'Bộ số liệu', extension: 'csv' })).toBe(
      'dong-ha-2024_bo-so-lieu.csv',
    )
  })
})
