import { describe, expect, it } from 'vitest'
import { sameThingKey } from './align-names.ts'

describe('sameThingKey: two names of one thing', () => {
  it.each<[string, string, boolean]>([
    ['Tổng thu ngân sách nhà nước trên địa bàn', 'Thu ngân sách nhà nước', true],
    ['Thu ngân sách nhà nước trên địa bàn tỉnh', 'Tổng thu ngân sách (% dự toán)', true],
    ['Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', 'Tốc độ tăng trưởng GRDP', true],
    ['Tăng trưởng GRDP', 'Tốc độ tăng trưởng GRDP', true],
    // Parts and other measures of it are other things.
    ['Thu nội địa', 'Thu ngân sách nhà nước', false],
    ['Tốc độ tăng thu ngân sách', 'Thu ngân sách', false],
    ['GRDP bình quân đầu người', 'Tốc độ tăng trưởng GRDP', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameThingKey(a) === sameThingKey(b)).toBe(same)
  })
})
