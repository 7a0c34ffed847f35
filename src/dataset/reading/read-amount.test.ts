import { describe, expect, it } from 'vitest'
import type { Comparator } from '../comparators.ts'
import { toNumber } from './decimal.ts'
import { readAmount, readAmounts } from './read-amount.ts'

/**
 * How reports write amounts, and how each must read: the words of the amount, the value (scale applied, in
 * the unit words written), the high end of a range or the whole of a fraction, the comparator and the unit words.
 */
type Row = [
  text: string,
  valueText: string,
  value: number,
  comparator: Comparator,
  unitText: string,
  extra?: { max?: number; total?: number; estimate?: string; planExcess?: number; scale?: string },
]

const forms: Row[] = [
  // Thousands dots, decimal commas, leading zeros.
  ['thực hiện 447,229 tỷ đồng', '447,229 tỷ đồng', 447_229_000_000, 'exact', 'đồng', { scale: 'tỷ' }],
  ['tổng vốn 7.412 tỷ đồng', '7.412 tỷ đồng', 7_412_000_000_000, 'exact', 'đồng'],
  ['có 09 phường', '09 phường', 9, 'exact', 'phường'],
  ['diện tích 73,0853 km2', '73,0853 km2', 73.0853, 'exact', 'km2'],
  ['diện tích 1.125,6 km²', '1.125,6 km²', 1125.6, 'exact', 'km²'],
  ['dân số là 101.249 người', '101.249 người', 101_249, 'exact', 'người'],
  ['mức 1.234.567 đồng/người', '1.234.567 đồng/người', 1_234_567, 'exact', 'đồng/người'],
  ['thu 3 tỉ đồng', '3 tỉ đồng', 3_000_000_000, 'exact', 'đồng', { scale: 'tỉ' }],
  ['chi 765,189 tỷ đồng', '765,189 tỷ đồng', 765_189_000_000, 'exact', 'đồng'],
  ['0,000001 tỷ đồng', '0,000001 tỷ đồng', 1000, 'exact', 'đồng'],
  // Scale words with a currency or a counted noun.
  [
    'tổng giá trị 12,8 nghìn tỷ đồng',
    '12,8 nghìn tỷ đồng',
    12_800_000_000_000,
    'exact',
    'đồng',
    { scale: 'nghìn tỷ' },
  ],
  ['vốn 1,5 ngàn tỷ đồng', '1,5 ngàn tỷ đồng', 1_500_000_000_000, 'exact', 'đồng', { scale: 'ngàn tỷ' }],
  ['đón 1.250 nghìn lượt', '1.250 nghìn lượt', 1_250_000, 'exact', 'lượt'],
  ['đón 1,2 triệu lượt khách', '1,2 triệu lượt khách', 1_200_000, 'exact', 'lượt khách'],
  ['dân số 152 nghìn người', '152 nghìn người', 152_000, 'exact', 'người'],
  ['xuất khẩu 2,3 triệu USD', '2,3 triệu USD', 2_300_000, 'exact', 'USD'],
  // Dollars in words: "đô la" is the dollar too.
  ['xuất khẩu đạt hơn 265 triệu đô la, tăng 8%', 'hơn 265 triệu đô la', 265_000_000, 'moreThan', 'đô la'],
  ['việc làm cho 15 nghìn lao động', '15 nghìn lao động', 15_000, 'exact', 'lao động'],
  ['lương 7 triệu đồng', '7 triệu đồng', 7_000_000, 'exact', 'đồng'],
  ['giá trị 105 triệu đồng/ha', '105 triệu đồng/ha', 105_000_000, 'exact', 'đồng/ha'],
  ['thu nhập 68,5 triệu đồng/người/năm', '68,5 triệu đồng/người/năm', 68_500_000, 'exact', 'đồng/người/năm'],
  ['hỗ trợ 850 triệu đồng', '850 triệu đồng', 850_000_000, 'exact', 'đồng'],
  ['hỗ trợ 3 tỷ cho hộ nghèo', '3 tỷ', 3_000_000_000, 'exact', ''],
  ['sản lượng 1,2 nghìn tấn', '1,2 nghìn tấn', 1200, 'exact', 'tấn'],
  // Compound amounts, one figure each.
  [
    'thu 312 tỷ 560 triệu đồng',
    '312 tỷ 560 triệu đồng',
    312_560_000_000,
    'exact',
    'đồng',
    { scale: 'tỷ triệu' },
  ],
  ['hỗ trợ 1 tỷ 250 triệu đồng', '1 tỷ 250 triệu đồng', 1_250_000_000, 'exact', 'đồng'],
  ['mức 2 triệu 500 nghìn đồng', '2 triệu 500 nghìn đồng', 2_500_000, 'exact', 'đồng'],
  ['vốn 3 nghìn 200 tỷ đồng', '3 nghìn 200 tỷ đồng', 3_200_000_000_000, 'exact', 'đồng'],
  ['thu 1 tỷ 5 triệu 20 nghìn đồng', '1 tỷ 5 triệu 20 nghìn đồng', 1_005_020_000, 'exact', 'đồng'],
  ['trên 2 tỷ 100 triệu đồng', 'trên 2 tỷ 100 triệu đồng', 2_100_000_000, 'over', 'đồng'],
  ['khoảng 5 tỉ 300 triệu đồng', 'khoảng 5 tỉ 300 triệu đồng', 5_300_000_000, 'about', 'đồng'],
  // Comparators as worded.
  ['chiếm trên 74%', 'trên 74%', 74, 'over', '%'],
  ['hơn 1.441 người', 'hơn 1.441 người', 1441, 'moreThan', 'người'],
  ['tăng trưởng vượt 7%', 'vượt 7%', 7, 'over', '%'],
  ['xuống dưới 3%', 'dưới 3%', 3, 'under', '%'],
  ['suy dinh dưỡng không quá 12%', 'không quá 12%', 12, 'atMost', '%'],
  ['chưa đến 5%', 'chưa đến 5%', 5, 'under', '%'],
  ['chưa tới 200 hộ', 'chưa tới 200 hộ', 200, 'under', 'hộ'],
  ['tối đa 3 dự án', 'tối đa 3 dự án', 3, 'atMost', 'dự án'],
  ['giảm 2% trở xuống', '2% trở xuống', 2, 'atMost', '%'],
  ['từ 1.850 lao động trở lên', 'từ 1.850 lao động trở lên', 1850, 'atLeast', 'lao động'],
  ['giảm tỷ lệ hộ nghèo từ 0,1% trở lên', 'từ 0,1% trở lên', 0.1, 'atLeast', '%'],
  ['đạt 96,5% trở lên', '96,5% trở lên', 96.5, 'atLeast', '%'],
  ['ít nhất 380 tỷ đồng', 'ít nhất 380 tỷ đồng', 380_000_000_000, 'atLeast', 'đồng'],
  ['tối thiểu 250 ha rừng', 'tối thiểu 250 ha', 250, 'atLeast', 'ha'],
  // Units a web page glues on, and a plan's "/KH" that is no part of the unit.
  ['đàn gia cầm 1.031.200con/KH 750.000 con', '1.031.200con', 1_031_200, 'exact', 'con'],
  ['ước đạt 38.198 tấn/KH 41.000 tấn', 'ước đạt 38.198 tấn', 38_198, 'exact', 'tấn', { estimate: 'ước đạt' }],
  ['thu ngân sách đạt 502 tỷ đồng/mục tiêu nghị quyết 500 tỷ đồng', '502 tỷ đồng', 502e9, 'exact', 'đồng'],
  ['đạt 65,9%KH (tăng 7 tỷ đồng)', '65,9%KH', 65.9, 'exact', '%KH'],
  ['tỷ lệ hộ nghèo giảm thêm 0,4%', 'giảm thêm 0,4%', -0.4, 'exact', '%'],
  ['tỷ lệ hộ nghèo giảm từ 2,5% xuống còn 2%', '2,5%', 2.5, 'exact', '%'],
  ['tỷ trọng nông nghiệp giảm từ 24%, xuống còn khoảng 19%', '24%', 24, 'exact', '%'],
  [
    'tỷ lệ nghèo giảm từ 41,2% (trong đó: hộ nghèo là 30,1%; cận nghèo là 11,1%) xuống còn 30%',
    '41,2%',
    41.2,
    'exact',
    '%',
  ],
  // A stray space after the decimal comma of two or three digits before a unit of measure; a dot decimal before one.
  ['diện tích trồng rừng đạt 47, 97ha', '47, 97ha', 47.97, 'exact', 'ha'],
  [
    'sản lượng lúa nương ước đạt 167, 2 tấn',
    'ước đạt 167, 2 tấn',
    167.2,
    'exact',
    'tấn',
    { estimate: 'ước đạt' },
  ],
  ['diện tích 7.2 ha', '7.2 ha', 7.2, 'exact', 'ha'],
  ['lớp 6, 7 có 30 học sinh', '6', 6, 'exact', ''],
  // A page's stray space after the decimal comma of a number grouped in thousands, before its scale.
  ['tổng chi ngân sách là 1.076, 31 tỷ đồng', '1.076, 31 tỷ đồng', 1_076_310_000_000, 'exact', 'đồng'],
  ['có 1.200, 300 hộ', '1.200', 1200, 'exact', ''],
  // Likewise before a scale after two or three decimals; "2, 3 triệu" is two or three million, and a year is no whole.
  [
    'thu ngân sách ước đạt 21, 72 tỷ đồng',
    'ước đạt 21, 72 tỷ đồng',
    21_720_000_000,
    'exact',
    'đồng',
    { estimate: 'ước đạt' },
  ],
  ['hỗ trợ 2, 3 triệu đồng', '2', 2, 'exact', ''],
  ['năm 2021, 72 tỷ đồng', '2021', 2021, 'exact', ''],
  // A decimal comma with no decimals before "%": the page's slip.
  ['bằng 152,% KH thành phố giao', '152,% KH', 152, 'exact', '% KH'],
  ['thương mại - dịch vụ 11/%;', '11/%', 11, 'exact', '%'],
  // A page's doubled space between the words of a unit.
  ['thu ngân sách đạt 118%  dự toán tỉnh giao', '118%  dự toán', 118, 'exact', '%  dự toán'],
  ['cấp 35  hộ kinh doanh', '35  hộ kinh doanh', 35, 'exact', 'hộ kinh doanh'],
  // A line the page's width cut between the words of a unit.
  ['có gần 8.600 doanh\nnghiệp mới thành lập', 'gần 8.600 doanh\nnghiệp', 8_600, 'about', 'doanh nghiệp'],
  ['không dưới 90%', 'không dưới 90%', 90, 'atLeast', '%'],
  ['khoảng 15 nghìn lao động', 'khoảng 15 nghìn lao động', 15_000, 'about', 'lao động'],
  ['dân số gần 152 nghìn người', 'gần 152 nghìn người', 152_000, 'about', 'người'],
  ['mật độ xấp xỉ 412 người/km2', 'xấp xỉ 412 người/km2', 412, 'about', 'người/km2'],
  ['trên dưới 100 hộ', 'trên dưới 100 hộ', 100, 'about', 'hộ'],
  ['cao hơn 5% so với', '5%', 5, 'exact', '%'],
  ['tăng từ 5% so với', '5%', 5, 'exact', '%'],
  // A bracket closing right after "tăng từ" ends the change: a floor.
  ['(kế hoạch tăng từ 12%), đứng', 'từ 12%', 12, 'atLeast', '%'],
  ['sản lượng củi khai thác đạt 31.420,5 ste, giảm', '31.420,5 ste', 31420.5, 'exact', 'ste'],
  ['sản lượng hoa màu đạt từ 20.000 tấn;', 'từ 20.000 tấn', 20_000, 'atLeast', 'tấn'],
  ['cá tạp quy đổi từ 5.100 tấn sứa', '5.100 tấn', 5100, 'exact', 'tấn'],
  // "trở lên" after the noun's other words still ends a floor, and moves nothing.
  ['kết nạp từ 80 đảng viên mới trở lên.', 'từ 80 đảng viên', 80, 'atLeast', 'đảng viên'],
  ['kim ngạch xuất khẩu đạt 1,75 tỷ USD (trở lên);', '1,75 tỷ USD (trở lên)', 1.75e9, 'atLeast', 'USD'],
  // A rate's range with "%" after both ends and the time once, at the end: one range, no negative second amount.
  ['cho vay ngắn hạn ở mức 4%-9%/năm, trung hạn', '4%-9%/năm', 4, 'range', '%/năm', { max: 9 }],
  ['tăng từ 120 tỷ đồng năm 2020 lên 200 tỷ đồng', '120 tỷ đồng', 120e9, 'exact', 'đồng'],
  // Estimates.
  [
    'ước đạt 4,2 nghìn tỷ đồng',
    'ước đạt 4,2 nghìn tỷ đồng',
    4_200_000_000_000,
    'exact',
    'đồng',
    { estimate: 'ước đạt' },
  ],
  ['ước tính 1.200 hộ', 'ước tính 1.200 hộ', 1200, 'exact', 'hộ', { estimate: 'ước tính' }],
  ['ước thực hiện trên 10%', 'ước thực hiện trên 10%', 10, 'over', '%', { estimate: 'ước thực hiện' }],
  ['ước 9,5%', 'ước 9,5%', 9.5, 'exact', '%', { estimate: 'ước' }],
  // Nouns no unit code has, kept as written.
  ['có thêm 4 khu dân cư kiểu mẫu', '4 khu dân cư', 4, 'exact', 'khu dân cư', {}],
  ['công nhận 8 vùng nông nghiệp ứng dụng công nghệ cao', '8 vùng', 8, 'exact', 'vùng', {}],
  ['308 chuỗi cung ứng thực phẩm an toàn', '308 chuỗi', 308, 'exact', 'chuỗi', {}],
  ['giữ tỉ lệ trễ hẹn dưới mức 5%', 'dưới mức 5%', 5, 'under', '%', {}],
  // Ranges.
  ['xây dựng 1-2 tuyến phố', '1-2 tuyến phố', 1, 'range', 'tuyến phố', { max: 2 }],
  ['tăng 3–4 trường', '3–4 trường', 3, 'range', 'trường', { max: 4 }],
  ['thêm 3 – 4 trường', '3 – 4 trường', 3, 'range', 'trường', { max: 4 }],
  ['tăng trưởng 6,5 - 7%', '6,5 - 7%', 6.5, 'range', '%', { max: 7 }],
  ['tăng trưởng 6,5% - 7%', '6,5% - 7%', 6.5, 'range', '%', { max: 7 }],
  ['tăng trưởng từ 5 đến 7%', 'từ 5 đến 7%', 5, 'range', '%', { max: 7 }],
  ['tăng trưởng từ 5% đến 7%', 'từ 5% đến 7%', 5, 'range', '%', { max: 7 }],
  ['tăng trưởng từ 7,5% tới 8%', 'từ 7,5% tới 8%', 7.5, 'range', '%', { max: 8 }],
  // With its unit written at both ends, "đến" joins a range without "từ"; a bare number after "đến" is no end.
  ['chiếm 32,77% đến 32,79%', '32,77% đến 32,79%', 32.77, 'range', '%', { max: 32.79 }],
  ['trồng 500 ha đến 600 ha rừng', '500 ha đến 600 ha', 500, 'range', 'ha', { max: 600 }],
  // The plan both ends are of, written once after the second.
  ['đạt từ 96% đến 103% kế hoạch', 'từ 96% đến 103% kế hoạch', 96, 'range', '% kế hoạch', { max: 103 }],
  ['tăng 12% đến năm 2025', '12%', 12, 'exact', '%', {}],
  // A bare number "đến" one with its unit is a range too; a year after a share, or two years, are none.
  ['đề ra là 7,5 đến 8%/năm', '7,5 đến 8%/năm', 7.5, 'range', '%/năm', { max: 8 }],
  ['tổ chức 15 đến 20 cuộc', '15 đến 20 cuộc', 15, 'range', 'cuộc', { max: 20 }],
  ['đạt 85% đến 2025', '85%', 85, 'exact', '%', {}],
  // Kinds of place counted together are one unit, commas and all; a commune by its name is not one of them.
  [
    'có 66/66 thôn, ấp, khu phố giữ vững',
    '66/66 thôn, ấp, khu phố',
    66,
    'exact',
    'thôn, ấp, khu phố',
    { total: 66 },
  ],
  ['có 10 thôn, xã Hòa Bình có 3 thôn', '10 thôn', 10, 'exact', 'thôn', {}],
  ['cho 5.866 lượt lao động', '5.866 lượt lao động', 5866, 'exact', 'lượt lao động', {}],
  ['giảm từ 0,8 - 1,2%', 'từ 0,8 - 1,2%', 0.8, 'range', '%', { max: 1.2 }],
  ['từ 1.200 đến 1.500 lao động', 'từ 1.200 đến 1.500 lao động', 1200, 'range', 'lao động', { max: 1500 }],
  ['từ 9 đến 9,5 nghìn tỷ đồng', 'từ 9 đến 9,5 nghìn tỷ đồng', 9e12, 'range', 'đồng', { max: 9.5e12 }],
  ['thu 5-7 tỷ đồng', '5-7 tỷ đồng', 5e9, 'range', 'đồng', { max: 7e9 }],
  ['2–3 xã đạt chuẩn', '2–3 xã', 2, 'range', 'xã', { max: 3 }],
  // Fractions.
  ['có 8/13 chỉ tiêu đạt', '8/13 chỉ tiêu', 8, 'exact', 'chỉ tiêu', { total: 13 }],
  ['7/10 xã đạt chuẩn', '7/10 xã', 7, 'exact', 'xã', { total: 10 }],
  ['khoảng 2.459/2.532 ha', 'khoảng 2.459/2.532 ha', 2459, 'about', 'ha', { total: 2532 }],
  ['12/20 chỉ tiêu', '12/20 chỉ tiêu', 12, 'exact', 'chỉ tiêu', { total: 20 }],
  ['đạt 8/13', '8/13', 8, 'exact', '', { total: 13 }],
  // Multiples, rates per period, averages.
  ['bằng 1,5 lần cùng kỳ', '1,5 lần', 1.5, 'exact', 'lần'],
  ['gấp 2 lần năm trước', 'gấp 2 lần', 2, 'exact', 'lần'],
  ['gấp 1,3 lần năm 2024', 'gấp 1,3 lần', 1.3, 'exact', 'lần'],
  ['tăng bình quân 9%/năm', '9%/năm', 9, 'exact', '%/năm'],
  ['từ 8%/năm trở lên', 'từ 8%/năm trở lên', 8, 'atLeast', '%/năm'],
  ['năng suất bình quân 62,5 tạ/ha', '62,5 tạ/ha', 62.5, 'exact', 'tạ/ha'],
  // A yield a page glued to its number.
  ['năng suất bình quân đạt 62,3tạ/ha; sản lượng', '62,3tạ/ha', 62.3, 'exact', 'tạ/ha'],
  ['với tổng công suất 469MW.', '469MW', 469, 'exact', 'MW'],
  // A unit after "/" written with its hyphen.
  ['năng suất lúa đạt 61,4 tạ/héc-ta, tăng', '61,4 tạ/héc-ta', 61.4, 'exact', 'tạ/héc-ta'],
  // Percent of plan.
  ['đạt 100,6% dự toán', '100,6% dự toán', 100.6, 'exact', '% dự toán'],
  ['bằng 64,2% kế hoạch', '64,2% kế hoạch', 64.2, 'exact', '% kế hoạch'],
  ['bằng 57,3% dự toán', '57,3% dự toán', 57.3, 'exact', '% dự toán'],
  ['đạt 100% kế hoạch', '100% kế hoạch', 100, 'exact', '% kế hoạch'],
  ['giải ngân đạt 58,7% tổng kế hoạch vốn', '58,7% tổng kế hoạch', 58.7, 'exact', '% tổng kế hoạch'],
  ['vượt 18,5% dự toán', 'vượt 18,5% dự toán', 118.5, 'exact', '% dự toán', { planExcess: 18.5 }],
  ['vượt 15% kế hoạch', 'vượt 15% kế hoạch', 115, 'exact', '% kế hoạch', { planExcess: 15 }],
  // An amount by which a result beat its plan is that amount, exactly.
  ['vượt 17,7 triệu đồng so với mục tiêu', 'vượt 17,7 triệu đồng', 17700000, 'exact', 'đồng'],
  ['thu ngân sách vượt 6,6% so với cùng kỳ', 'vượt 6,6%', 6.6, 'exact', '%'],
  ['tỷ lệ tiêm chủng vượt 95%', 'vượt 95%', 95, 'over', '%'],
  // Above or under a plan by some percent: that share of it.
  [
    'cao hơn 2,4% so với kế hoạch',
    'cao hơn 2,4% so với kế hoạch',
    102.4,
    'exact',
    '% so với kế hoạch',
    { planExcess: 2.4 },
  ],
  [
    'thấp hơn 2,4% so với kế hoạch',
    'thấp hơn 2,4% so với kế hoạch',
    97.6,
    'exact',
    '% so với kế hoạch',
    { planExcess: -2.4 },
  ],
  ['giảm 3% so kế hoạch', 'giảm 3% so kế hoạch', 97, 'exact', '% so kế hoạch', { planExcess: -3 }],
  ['cao hơn 5% so với cùng kỳ', '5%', 5, 'exact', '%'],
  // Lower than another time by that much: a fall.
  ['thấp hơn 5% so với cùng kỳ', '5%', -5, 'exact', '%'],
  // A fall by as much as.
  ['giảm tới 45,9%', 'giảm tới 45,9%', -45.9, 'exact', '%'],
  // A share of the plan reached and passed, not its excess.
  ['đạt và vượt 123,7% kế hoạch', 'vượt 123,7% kế hoạch', 123.7, 'exact', '% kế hoạch'],
  ['đạt 105% so với dự toán', '105% so với dự toán', 105, 'exact', '% so với dự toán'],
  // A page that writes the decimal mark as a dot, where no group of thousands can be read.
  ['đạt 40.99% kế hoạch', '40.99% kế hoạch', 40.99, 'exact', '% kế hoạch'],
  ['thu nhập 38.5 triệu đồng', '38.5 triệu đồng', 38_500_000, 'exact', 'đồng', { scale: 'triệu' }],
  ['sản lượng 7.650 tấn', '7.650 tấn', 7650, 'exact', 'tấn'],
  // Two values in one scale and unit, this place's and another's: the first is the amount.
  [
    'thu nhập bình quân đầu người (83,5/64 triệu đồng)',
    '83,5/64 triệu đồng',
    83_500_000,
    'exact',
    'đồng',
    { scale: 'triệu' },
  ],
  // A number a page glued to its verb: its words are read as with a space ("giảm2,6%" is a fall).
  [
    'ước đạt16.743 tỷ đồng',
    'ước đạt16.743 tỷ đồng',
    16_743_000_000_000,
    'exact',
    'đồng',
    { scale: 'tỷ', estimate: 'ước đạt' },
  ],
  ['diện tích lúa giảm2,6% so với cùng kỳ', 'giảm2,6%', -2.6, 'exact', '%'],
  ['tổng thu đạt 15.563 tỷđồng, tăng', '15.563 tỷđồng', 15_563_000_000_000, 'exact', 'đồng', { scale: 'tỷ' }],
  // "tr" shortens "triệu" before the currency, "đ" shortens "đồng": read as the words they shorten.
  [
    'thu nhập đạt 70 tr.đ/người, tăng',
    '70 tr.đ/người',
    70_000_000,
    'exact',
    'đồng/người',
    { scale: 'triệu' },
  ],
  ['tăng 5 trđ so với năm trước', '5 trđ', 5_000_000, 'exact', 'đồng', { scale: 'triệu' }],
  ['bình quân 150 tr.đồng/ha', '150 tr.đồng/ha', 150_000_000, 'exact', 'đồng/ha', { scale: 'triệu' }],
  // "đ/c" shortens "đồng chí" (comrades), not money per "c"; "50.000đ/kg" is still money.
  ['đạt 70,0 Tr. đồng đến năm 2020', '70,0 Tr. đồng', 70_000_000, 'exact', 'đồng', { scale: 'triệu' }],
  // A page that lost the bar of "đ" still writes money.
  ['số thu đạt hơn 2 tỷ dồng, đạt', 'hơn 2 tỷ dồng', 2_000_000_000, 'moreThan', 'dồng', { scale: 'tỷ' }],
  ['có 128 đ/c được đánh giá', '128 đ/c', 128, 'exact', 'đồng chí'],
  ['có 10 Đ/c hoàn thành xuất sắc', '10 Đ/c', 10, 'exact', 'đồng chí'],
  ['giá 50.000đ/kg', '50.000đ/kg', 50_000, 'exact', 'đồng/kg'],
  ['giá bán 50.000đ/kg', '50.000đ/kg', 50_000, 'exact', 'đồng/kg'],
  // "tr." before anything else is no scale ("tr. 12" of a page number).
  ['xem 12 tr. sau', '12', 12, 'exact', ''],
  // "đến từ": where they come from, no range's start.
  ['đảng viên đến từ 14 chi bộ trực thuộc', '14 chi bộ', 14, 'exact', 'chi bộ'],
  ['Có13/14 xã đạt chuẩn', '13/14 xã', 13, 'exact', 'xã', { total: 14 }],
  // A counted noun a page glued to its number.
  ['nâng tổng số đảng viên lên 231đảng viên.', '231đảng viên', 231, 'exact', 'đảng viên'],
  ['phấn đấu có ít nhất 20sản phẩm OCOP', 'ít nhất 20sản phẩm', 20, 'atLeast', 'sản phẩm'],
  ['thành lập mới 87doanh nghiệp', '87doanh nghiệp', 87, 'exact', 'doanh nghiệp'],
  // Percentage points and signs.
  ['giảm 1,2 điểm phần trăm', 'giảm 1,2 điểm phần trăm', -1.2, 'exact', 'điểm phần trăm'],
  ['giảm 0,07% so với năm 2023', 'giảm 0,07%', -0.07, 'exact', '%'],
  ['giảm khoảng 5%', 'giảm khoảng 5%', -5, 'about', '%'],
  ['tỷ lệ hộ nghèo giảm bình quân 4,3%/năm', 'giảm bình quân 4,3%/năm', -4.3, 'exact', '%/năm'],
  ['tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,8%', 'giảm bình quân mỗi năm 1,8%', -1.8, 'exact', '%'],
  ['giảm 2 - 3%', '2 - 3%', 2, 'range', '%', { max: 3 }],
  // Whole counts joined by "đến", then the things counted (no unit word the reader knows).
  ['xây dựng được 2 đến 3 xóm đạt chuẩn', '2 đến 3', 2, 'range', '', { max: 3 }],
  ['tăng 1,5 điểm % so với năm 2023', '1,5 điểm %', 1.5, 'exact', 'điểm %'],
  ['tăng trưởng âm 2,5%', 'âm 2,5%', -2.5, 'exact', '%'],
  ['tăng trưởng -1,8%', '-1,8%', -1.8, 'exact', '%'],
  // Units that stick, units in any case, words after the unit that are not part of it.
  ['(gồm 16 Đảng bộ', '16 Đảng bộ', 16, 'exact', 'Đảng bộ'],
  ['7.210 đồng chí.', '7.210 đồng chí', 7210, 'exact', 'đồng chí'],
  ['có 36.420 hộ, trong đó', '36.420 hộ', 36_420, 'exact', 'hộ'],
  ['thành lập 215 doanh nghiệp mới', '215 doanh nghiệp', 215, 'exact', 'doanh nghiệp'],
  ['có 64 km bờ biển', '64 km', 64, 'exact', 'km'],
  ['sản lượng hơn 42.700 tấn lúa', 'hơn 42.700 tấn', 42_700, 'moreThan', 'tấn'],
  ['tỷ lệ 100% trường học', '100%', 100, 'exact', '%'],
  // A result and its plan, each with its unit; a pair in one scale; a rate per so many people.
  ['trồng được 695ha/700ha, đạt 99,3%', '695ha/700ha', 695, 'exact', 'ha', { total: 700 }],
  // Money in đồng left unsaid after both values, each with its scale word: a pair too.
  [
    'thu thuế (3,914 tỷ/3,8 tỷ), thuế',
    '3,914 tỷ/3,8 tỷ',
    3_914_000_000,
    'exact',
    '',
    { total: 3_800_000_000, scale: 'tỷ' },
  ],
  [
    'được gần 99,2/151,7 tỷ đồng',
    'gần 99,2/151,7 tỷ đồng',
    99.2e9,
    'about',
    'đồng',
    { total: 151.7e9, scale: 'tỷ' },
  ],
  // A page may space the slash of a pair; a signed bound in a table's cell is the comparator.
  [
    'đạt 8.795/ 8.995 tỷ đồng',
    '8.795/ 8.995 tỷ đồng',
    8795e9,
    'exact',
    'đồng',
    { total: 8995e9, scale: 'tỷ' },
  ],
  ['≥ 45,5 %', '≥ 45,5 %', 45.5, 'atLeast', '%'],
  ['<2 %', '<2 %', 2, 'under', '%'],
  ['đạt 14,3 bác sỹ/1 vạn dân', '14,3 bác sỹ/1 vạn dân', 14.3, 'exact', 'bác sỹ/1 vạn dân'],
  ['12 bác sĩ/vạn dân', '12 bác sĩ/vạn dân', 12, 'exact', 'bác sĩ/vạn dân'],
  ['26 giường bệnh trên vạn dân', '26 giường bệnh trên vạn dân', 26, 'exact', 'giường bệnh trên vạn dân'],
  // A page that grouped thousands with a comma before its decimal comma.
  ['thu nội địa 7,710,3 tỷ đồng', '7,710,3 tỷ đồng', 7_710_300_000_000, 'exact', 'đồng'],
  // Money whose "đồng" is left out, glued or not, then the year it was reached: no length of years.
  ['lên gần 402tỷ năm 2025', 'gần 402tỷ', 402e9, 'about', '', { scale: 'tỷ' }],
  ['đạt 96,5 triệu năm 2024', '96,5 triệu', 96.5e6, 'exact', '', { scale: 'triệu' }],
  // A page's line cut before the scale word, which goes on in lower case (not a new line opening "Tỷ lệ …").
  [
    'ước đạt 2.815\nnghìn lượt khách',
    'ước đạt 2.815\nnghìn lượt khách',
    2_815_000,
    'exact',
    'lượt khách',
    { estimate: 'ước đạt', scale: 'nghìn' },
  ],
  ['đạt 15\nTỷ lệ hộ nghèo', '15', 15, 'exact', ''],
  // Points with the percent sign glued on.
  ['làm giảm 0,6 điểm% vào tăng trưởng GRDP', 'giảm 0,6 điểm%', -0.6, 'exact', 'điểm%'],
  // A percent sign typed twice is one, before the words it goes with.
  ['đạt 128% % kế hoạch', '128% % kế hoạch', 128, 'exact', '% kế hoạch'],
]

describe('readAmounts reads every way a report writes an amount', () => {
  it('has a table of at least 80 written forms', () => {
    expect(forms.length).toBeGreaterThanOrEqual(80)
  })

  it.each(forms)('%j', (text, valueText, value, comparator, unitText, extra = {}) => {
    // The first amount; a year after it ("năm 2024") is a number too, left to the draft to set aside.
    const [reading] = readAmounts(text)
    expect(reading).toBeDefined()
    if (!reading) return
    expect(text.slice(reading.start, reading.end)).toBe(reading.valueText)
    expect({
      valueText: reading.valueText,
      value: toNumber(reading.value),
      comparator: reading.comparator,
      unitText: reading.unitText,
    }).toEqual({ valueText, value, comparator, unitText })
    if (extra.max !== undefined) expect(reading.max && toNumber(reading.max)).toBe(extra.max)
    else expect(reading.max).toBeUndefined()
    if (extra.total !== undefined) expect(reading.total && toNumber(reading.total)).toBe(extra.total)
    expect(reading.estimateWord).toBe(extra.estimate)
    if (extra.planExcess !== undefined)
      expect(reading.planExcess && toNumber(reading.planExcess)).toBe(extra.planExcess)
    if (extra.scale !== undefined) expect(reading.scaleWords.join(' ')).toBe(extra.scale)
  })
})

describe('readAmount reads one phrase whole', () => {
  it.each<[string, string]>([
    ['447,229 tỷ đồng', ''],
    ['đạt 100,6% dự toán', 'đạt'],
    ['7.210 đồng chí (cuối năm)', '(cuối năm)'],
    ['101.249\u00a0người', ''],
  ])('%j leaves %j', (phrase, rest) => {
    expect(readAmount(phrase).rest).toBe(rest)
  })

  it('finds nothing in words without a number', () => {
    expect(readAmount('không có số')).toEqual({ reading: null, rest: 'không có số' })
  })

  it('names the units the words may be', () => {
    expect(readAmount('850 triệu đồng').reading?.units).toEqual([
      'vnd',
      'million-vnd',
      'billion-vnd',
      'million-vnd-per-person-year',
      'million-vnd-per-ha',
    ])
    expect(readAmount('0,25%').reading?.units).toEqual(['percent', 'percentage-point', 'percent-per-year'])
    expect(readAmount('64 km').reading?.units).toEqual(['km'])
    // A scale with no unit is money in đồng, the word reports leave out ("9.150 tỷ").
    expect(readAmount('5 tỷ').reading?.units).toEqual([
      'vnd',
      'million-vnd',
      'billion-vnd',
      'million-vnd-per-person-year',
      'million-vnd-per-ha',
    ])
    expect(readAmount('5 học sinh').reading?.units).toEqual([])
    // "thu hút trên 113.000 khách": visitors are counted in visits.
    expect(readAmount('113.000 khách').reading?.units).toEqual(['visit'])
    // "Điện sản xuất tăng gấp 7,2": a multiple with no "lần" after it.
    expect(readAmount('gấp 7,2').reading?.units).toEqual(['multiple'])
  })
})
