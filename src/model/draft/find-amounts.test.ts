import { describe, expect, it } from 'vitest'
import type { Comparator } from '../../dataset/schema.ts'
import { findAmounts } from './find-amounts.ts'
import { scaledValue } from './written-number.ts'

type Expected = { valueText: string; value: number; max?: number; comparator: Comparator; unitText: string }
const amount = (
  valueText: string,
  value: number,
  comparator: Comparator,
  unitText: string,
  max?: number,
): Expected => ({
  valueText,
  value,
  comparator,
  unitText,
  ...(max === undefined ? {} : { max }),
})

describe('findAmounts reads the amounts reports write', () => {
  it.each<[string, Expected[]]>([
    [
      'Tổng thu ngân sách thực hiện 447,229 tỷ đồng',
      [amount('447,229 tỷ đồng', 447.229, 'exact', 'tỷ đồng')],
    ],
    ['tổng vốn đầu tư thực hiện 7.412 tỷ đồng', [amount('7.412 tỷ đồng', 7412, 'exact', 'tỷ đồng')]],
    ['mức bình quân 1.234.567 đồng/người', [amount('1.234.567 đồng/người', 1234567, 'exact', 'đồng/người')]],
    ['Toàn thành phố có 09 phường', [amount('09 phường', 9, 'exact', 'phường')]],
    ['diện tích tự nhiên là 73,0853 km2', [amount('73,0853 km2', 73.0853, 'exact', 'km2')]],
    ['diện tích khoảng 1.125,6 km²', [amount('khoảng 1.125,6 km²', 1125.6, 'exact', 'km²')]],
    ['Xây dựng 1-2 tuyến phố đạt tiêu chuẩn', [amount('1-2 tuyến phố', 1, 'range', 'tuyến phố', 2)]],
    ['tăng 3–4 trường', [amount('3–4 trường', 3, 'range', 'trường', 4)]],
    ['có thêm 3 – 4 trường đạt chuẩn', [amount('3 – 4 trường', 3, 'range', 'trường', 4)]],
    ['tăng trưởng từ 7,5% đến 8%', [amount('từ 7,5% đến 8%', 7.5, 'range', '%', 8)]],
    ['tăng trưởng từ 5 đến 7%', [amount('từ 5 đến 7%', 5, 'range', '%', 7)]],
    ['Tổng số cán bộ hơn 1.441 người', [amount('hơn 1.441 người', 1441, 'moreThan', 'người')]],
    ['lao động qua đào tạo chiếm trên 74%', [amount('trên 74%', 74, 'over', '%')]],
    ['trẻ dưới 5 tuổi xuống dưới 3%', [amount('dưới 3%', 3, 'under', '%')]],
    ['suy dinh dưỡng không quá 12%', [amount('không quá 12%', 12, 'under', '%')]],
    ['Giảm tỷ lệ hộ nghèo từ 0,1% trở lên', [amount('từ 0,1% trở lên', 0.1, 'atLeast', '%')]],
    [
      'Tạo việc làm mới từ 1.850 lao động trở lên',
      [amount('từ 1.850 lao động trở lên', 1850, 'atLeast', 'lao động')],
    ],
    ['tham gia BHYT đạt 96,5% trở lên', [amount('96,5% trở lên', 96.5, 'atLeast', '%')]],
    ['thu ngân sách ít nhất 380 tỷ đồng', [amount('ít nhất 380 tỷ đồng', 380, 'atLeast', 'tỷ đồng')]],
    ['trồng mới tối thiểu 250 ha rừng', [amount('tối thiểu 250 ha', 250, 'atLeast', 'ha')]],
    ['dân số gần 152 nghìn người', [amount('gần 152 nghìn người', 152000, 'exact', 'người')]],
    ['tỷ lệ hộ nghèo giảm 0,25% so với đầu năm 2023', [amount('0,25%', 0.25, 'exact', '%')]],
    ['giảm 1,2 điểm phần trăm', [amount('1,2 điểm phần trăm', 1.2, 'exact', 'điểm phần trăm')]],
    ['tăng 1,5 điểm % so với năm 2023', [amount('1,5 điểm %', 1.5, 'exact', 'điểm %')]],
    ['tổng vốn 1,5 nghìn tỷ đồng', [amount('1,5 nghìn tỷ đồng', 1500, 'exact', 'tỷ đồng')]],
    ['xuất khẩu 2,3 triệu USD', [amount('2,3 triệu USD', 2300000, 'exact', 'USD')]],
    ['việc làm cho 15 nghìn lao động', [amount('15 nghìn lao động', 15000, 'exact', 'lao động')]],
    ['hỗ trợ 3 tỷ cho hộ nghèo', [amount('3 tỷ', 3, 'exact', 'tỷ')]],
    ['gấp 1,5 lần cùng kỳ', [amount('gấp 1,5 lần', 1.5, 'exact', 'lần')]],
    ['đạt 100% kế hoạch', [amount('100% kế hoạch', 100, 'exact', '% kế hoạch')]],
    ['giá trị đạt 105 triệu đồng/ha', [amount('105 triệu đồng/ha', 105, 'exact', 'triệu đồng/ha')]],
    ['mật độ xấp xỉ 412 người/km2', [amount('xấp xỉ 412 người/km2', 412, 'exact', 'người/km2')]],
    ['sản lượng hơn 42.700 tấn', [amount('hơn 42.700 tấn', 42700, 'moreThan', 'tấn')]],
    ['có 36.420 hộ', [amount('36.420 hộ', 36420, 'exact', 'hộ')]],
    ['cao hơn 5% so với', [amount('5%', 5, 'exact', '%')]],
    [
      '(gồm 16 Đảng bộ, 51 chi bộ cơ sở)',
      [amount('16 Đảng bộ', 16, 'exact', 'Đảng bộ'), amount('51 chi bộ', 51, 'exact', 'chi bộ')],
    ],
  ])('%j', (text, expected) => {
    const { amounts } = findAmounts(text)
    expect(
      amounts.map(({ valueText, value, max, comparator, unitText }) => ({
        valueText,
        value,
        comparator,
        unitText,
        ...(max === undefined ? {} : { max }),
      })),
    ).toEqual(expected)
    for (const found of amounts) expect(text.slice(found.start, found.end)).toBe(found.valueText)
  })

  it('reads "8/13 chỉ tiêu" as a fraction', () => {
    expect(findAmounts('có 8/13 chỉ tiêu chủ yếu đạt').amounts).toMatchObject([
      { kind: 'fraction', value: 8, total: 13, valueText: '8/13', unitText: 'chỉ tiêu' },
    ])
  })
})

describe('findAmounts leaves what is not a figure', () => {
  it.each<[string, string]>([
    ['Chiều ngày 6/3/2024, Ban Thường vụ', 'date'],
    ['10:34, Thứ Năm, 7-3-2024', 'time'],
    ['Thứ Ba, 15/07/2025 - 08:15', 'date'],
    ['Ngày 14 tháng 7 năm 2025, Huyện ủy', 'date'],
    ['so với năm 2022', 'year'],
    ['giai đoạn 2021-2025', 'years'],
    ['nhiệm kỳ 2025–2030', 'years'],
    ['quy hoạch phân khu tỉ lệ 1/2.000 của các phường', 'map scale'],
    ['theo Quyết định số 2468/QĐ-UBND', 'document number'],
    ['Kế hoạch số 125-KH/TU', 'document number'],
    ['Giá trị trên 1 ha canh tác', 'per-unit denominator ("trên 1 ha")'],
    ['trẻ dưới 5 tuổi', 'age in a label ("trẻ dưới 5 tuổi")'],
    ['6 tháng đầu năm', 'length of a period ("6 tháng đầu năm")'],
    ['lần thứ 14', 'ordinal or reference'],
    ['tháng 3 vừa qua', 'date'],
    ['kết thúc lúc 11 giờ 30 cùng ngày', 'time'],
    ['Trường số 1 của huyện', 'name or reference number'],
    ['kỷ niệm 2024 và', 'year'],
  ])('%j: %s', (text, reason) => {
    const { amounts, ignored } = findAmounts(text)
    expect(amounts).toEqual([])
    expect(ignored.map((number) => number.reason)).toContain(reason)
  })

  it.each([
    'Đại hội Đảng bộ thành phố lần thứ XIV',
    'diện tích km2 và BHYT5',
    'dịch COVID-19 được kiểm soát',
    'Quốc lộ 1A chạy qua',
  ])('%j has no number at all', (text) => {
    expect(findAmounts(text).amounts).toEqual([])
  })
})

describe('scaledValue', () => {
  it.each<[string, string, number, number]>([
    ['1', '5', 3, 1500],
    ['2', '3', 6, 2300000],
    ['447', '229', 0, 447.229],
    ['09', '', 0, 9],
    ['4', '25', 3, 4250],
    ['12', '345', 2, 1234.5],
  ])('%s,%s × 10^%d = %d', (whole, fraction, exponent, expected) => {
    expect(scaledValue({ whole, fraction }, exponent)).toBe(expected)
  })
})
