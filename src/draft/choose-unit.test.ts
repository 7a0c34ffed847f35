import { describe, expect, it } from 'vitest'
import { readAmount } from '../dataset/reading/read-amount.ts'
import { chooseUnit } from './choose-unit.ts'
import { isPercentagePointChange } from './percentage-points.ts'

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
    ['lộ trình giảm tỉ lệ trễ hẹn hồ sơ, đến nay, tỉ lệ trễ hẹn dưới mức ', false],
    ['lộ trình giảm tỉ lệ trễ hẹn hồ sơ, đến nay, tỉ lệ trễ hẹn giảm ', true],
    ['Trong đó, chế biến thủy sản chiếm tỷ trọng đáng kể, tăng ', false],
    ['Ngành chế biến chiếm tỷ trọng 31,2%, tăng ', true],
  ])('%j → %s', (before, expected) => {
    expect(isPercentagePointChange(before)).toBe(expected)
  })
})

describe('chooseUnit', () => {
  it.each<[string, string, string, string, number]>([
    ['0,25%', 'tỷ lệ hộ nghèo giảm ', '', 'percentage-point', 0.25],
    ['9,77%', 'đạt ', '', 'percent', 9.77],
    // A share that is the clause's subject changes in points; a share beside an amount leaves the change the amount's.
    [
      '0,07%',
      ', giảm ',
      'Ngành nông nghiệp chiếm 38,1%, giảm 0,07% so với năm 2024',
      'percentage-point',
      0.07,
    ],
    ['3,4%', ', tăng ', 'nông nghiệp đạt 2.105 tỷ đồng, chiếm 30%, tăng 3,4%', 'percent', 3.4],
    // Points said of a level in percent are percentage points; a score's points are not.
    ['1 điểm', ', cao hơn ', 'Tăng trưởng đạt 9,2%, cao hơn 1 điểm so với kịch bản', 'percentage-point', 1],
    ['1,3 điểm', ', tăng ', 'Chỉ số PCI đạt 65,2 điểm, tăng 1,3 điểm', 'other', 1.3],
    // A growth rate higher than another year's by some percent is higher by that many points.
    [
      '1,9%',
      ', cao hơn ',
      'GRDP năm 2025 đạt mức tăng trưởng khoảng 8,1%, cao hơn 1,9% so với mức tăng trưởng năm 2024',
      'percentage-point',
      1.9,
    ],
    [
      '15,2%',
      ', tăng ',
      'Khu vực kinh tế tư nhân (chiếm 41% giá trị xuất khẩu) đạt 3,05 tỷ USD, tăng 15,2%',
      'percent',
      15.2,
    ],
    ['1,2 điểm phần trăm', 'giảm ', '', 'percentage-point', 1.2],
    // A growth rate's change right after it is in points; another year's growth, bracketed, is a level.
    [
      '0,26%',
      ', tăng ',
      'Năm 2025, tốc độ tăng trưởng giá trị sản xuất đạt 10,4%, tăng 0,26% so với năm 2024',
      'percentage-point',
      0.26,
    ],
    // (with a bound said after the verb)
    [
      'gần 2%',
      ', tăng ',
      'Kinh tế huyện Vân Khê phát triển, tăng trưởng GRDP đạt 6,4%, tăng gần 2% so với cùng kỳ năm 2025',
      'percentage-point',
      2,
    ],
    // (and after its excess over the plan, itself in points)
    [
      '0,6%',
      ', tăng ',
      'Tốc độ tăng trưởng giá trị sản xuất của huyện Hòa Lâm vượt 2% so với kế hoạch, tăng 0,6% so với cùng kỳ',
      'percentage-point',
      0.6,
    ],
    [
      '6,2%',
      'tăng ',
      'Tốc độ tăng trưởng kinh tế ước đạt 8,3%, cao nhất (năm 2022 tăng 6,2%',
      'percent',
      6.2,
    ],
    // A rate's excess over its target, bracketed after the rate, is in points.
    [
      'tăng 0,2% so với chỉ tiêu',
      ' (',
      'Khu vực I đạt 2,4% (tăng 0,2% so với chỉ tiêu)',
      'percentage-point',
      0.2,
    ],
    // Guests' nights are counted in "ngày"; an average stay is days, as written.
    ['2.450.000 ngày', ' ', 'Tổng ngày khách lưu trú 2.450.000 ngày', 'guest-night', 2_450_000],
    ['1,85 ngày', ' ', 'Bình quân ngày khách lưu trú: 1,85 ngày', 'other', 1.85],
    // An average over months is no yearly rate; an amount per person may be written "/người".
    ['3,41%', 'bình quân 6 tháng tăng ', 'bình quân 6 tháng tăng 3,41% so với cùng kỳ', 'percent', 3.41],
    [
      'khoảng 158,6 triệu đồng',
      'GRDP/người/năm đạt ',
      'GRDP/người/năm đạt khoảng 158,6 triệu đồng',
      'million-vnd-per-person-year',
      158.6,
    ],
    ['100% kế hoạch', 'đạt ', '', 'percent-of-plan', 100],
    ['57,3% dự toán', 'bằng ', '', 'percent-of-estimate', 57.3],
    ['vượt 15% dự toán', '', '', 'percent-of-estimate', 115],
    ['447,229 tỷ đồng', '', '', 'billion-vnd', 447.229],
    ['3 tỉ đồng', '', '', 'billion-vnd', 3],
    ['18,6 nghìn tỷ đồng', '', '', 'billion-vnd', 18600],
    ['312 tỷ 560 triệu đồng', '', '', 'billion-vnd', 312.56],
    ['105 triệu đồng', 'đạt ', 'Giá trị trên 1 ha canh tác đạt 105 triệu đồng', 'million-vnd-per-ha', 105],
    ['7 triệu đồng', 'đạt ', 'lương bình quân 7 triệu đồng', 'million-vnd', 7],
    ['1.234.567 đồng/người', '', '', 'vnd-per-person', 1234567],
    ['68,5 triệu đồng/người/năm', '', '', 'million-vnd-per-person-year', 68.5],
    // A person's income, written per person, is a year's.
    [
      '45,1 triệu đồng/người',
      'ước tính năm 2020 đạt ',
      'Thu nhập của người dân ước tính năm 2020 đạt 45,1 triệu đồng/người',
      'million-vnd-per-person-year',
      45.1,
    ],
    ['2,3 triệu USD', '', '', 'million-usd', 2.3],
    ['hơn 265 triệu đô la', '', '', 'million-usd', 265],
    ['12 cá nhân', 'kiểm tra đối với 4 tổ chức đảng và ', '', 'person', 12],
    // A province's exports are written in tỷ USD; the dashboard must not show them as thousands of millions.
    ['6,3 tỷ USD', '', '', 'billion-usd', 6.3],
    ['73,0853 km2', '', '', 'km2', 73.0853],
    ['412 người/km2', '', '', 'person-per-km2', 412],
    ['16 Đảng bộ', '', '', 'party-committee', 16],
    ['7.210 đồng chí', '', '', 'party-member', 7210],
    ['152 nghìn người', '', '', 'person', 152000],
    ['1.250 nghìn lượt', '', '', 'visit', 1250000],
    ['9%/năm', '', '', 'percent-per-year', 9],
    // Per person a year, the year written first.
    [
      '50,2 triệu đồng/năm/người',
      'thu nhập bình quân đầu người đạt ',
      'thu nhập bình quân đầu người đạt 50,2 triệu đồng/năm/người',
      'million-vnd-per-person-year',
      50.2,
    ],
    // A yearly average said before a bare "%", in any of its spellings, is in percent as written (its words are in
    // its name); a rate's yearly fall is in points; "cây hàng năm" are annual crops.
    ['12%', 'bình quân hằng năm đạt ', 'thu ngân sách bình quân hằng năm đạt 12%', 'percent', 12],
    [
      'khoảng 15 - 16%',
      'tốc độ tăng trưởng kinh tế bình quân thời kỳ 2021 - 2030 đạt ',
      'đặt mục tiêu tốc độ tăng trưởng kinh tế bình quân thời kỳ 2021 - 2030 đạt khoảng 15 - 16%',
      'percent',
      15,
    ],
    [
      'từ 10-15%',
      'duy trì tốc độ tăng trưởng kinh tế hàng năm ',
      'đặt mục tiêu duy trì tốc độ tăng trưởng kinh tế hàng năm từ 10-15%',
      'percent',
      10,
    ],
    ['giảm bình quân mỗi năm 1,8%', 'tỷ lệ hộ nghèo ', '', 'percentage-point', -1.8],
    // The parts of a yearly growth grow yearly too, after a comma or a semicolon.
    [
      '3,2%',
      'nông - lâm - thủy sản tăng ',
      'Tốc độ tăng giá trị sản phẩm giai đoạn 2026 - 2030 đạt 8,8%/năm; trong đó, nông - lâm - thủy sản tăng 3,2%',
      'percent-per-year',
      3.2,
    ],
    ['2,5%', ', tăng ', 'diện tích cây hàng năm 4.100 ha, tăng 2,5%', 'percent', 2.5],
    ['10 - 12%', 'thu ngân sách hằng năm tăng ', 'thu ngân sách hằng năm tăng 10 - 12%', 'percent', 10],
    ['2,5%', 'diện tích cây hàng năm tăng ', 'diện tích cây hàng năm tăng 2,5%', 'percent', 2.5],
    [
      'từ 80% trở lên',
      'tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm ',
      'tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm từ 80% trở lên',
      'percent',
      80,
    ],
    ['50,5%', ', đạt ', 'thu nội địa 10.152 tỷ đồng, đạt 50,5%', 'percent-of-estimate', 50.5],
    ['117%', ' đạt ', 'tổng thu ngân sách ước đạt 9,117 tỷ đồng đạt 117%', 'percent-of-estimate', 117],
    ['98%', ', đạt ', 'thu nội địa 10.152 tỷ đồng, đạt 98% so với cùng kỳ', 'percent', 98],
    // Income per head a year, with a page's space after the slash.
    [
      '86 triệu đồng/ năm',
      ' đạt ',
      'thu nhập bình quân đầu người đạt 86 triệu đồng/ năm',
      'million-vnd-per-person-year',
      86,
    ],
    // A part of the growth is in points of it; a part of a sum named after it is a share.
    [
      '1,19%',
      ' khu vực nông nghiệp đóng góp ',
      'Trong đó khu vực nông nghiệp đóng góp 1,19%, khu vực dịch vụ',
      'percentage-point',
      1.19,
    ],
    ['30%', ' doanh nghiệp FDI đóng góp ', 'doanh nghiệp FDI đóng góp 30% tổng thu ngân sách', 'percent', 30],
    // A scale before a noun no row knows counts that noun; before nothing, it is money.
    ['67,5 ngàn', ' ', 'may mặc 67,5 ngàn cái, tăng 3,8%', 'other', 67_500],
    ['12 nghìn tỷ', ' ', 'doanh thu 12 nghìn tỷ, tăng 5%', 'billion-vnd', 12_000],
    // The unit a page left to the excess bracketed beside the amount; a growth beside it gives none.
    ['47.967,0', ' đạt ', 'sản lượng lương thực đạt 47.967,0 (vượt 0,782 tấn)', 'tonne', 47967],
    ['1.250', ' đạt ', 'sản lượng chè đạt 1.250 (tăng 5%)', 'TODO', 1250],
    // A term's budget reaches its resolution's target: there is no estimate for five years.
    ['151,2%', ', đạt ', 'thu ngân sách cả nhiệm kỳ 64,1 tỷ đồng, đạt 151,2%', 'percent-of-plan', 151.2],
    ['97,1%', ', đạt ', 'đã bàn giao 2.459/2.532 ha, đạt 97,1%', 'percent', 97.1],
    ['65,9%KH', 'đạt ', '', 'percent-of-plan', 65.9],
    [
      '31,6%',
      '; thu nhập bình quân đầu người tăng ',
      'thu ngân sách bình quân hằng năm đạt 10%; thu nhập bình quân đầu người tăng 31,6%',
      'percent',
      31.6,
    ],
    // An excess over plan is of the amount said just before it, not of a rate named earlier in the clause.
    [
      'vượt hơn 11% dự toán',
      '(',
      'Tăng trưởng đạt 7,8%, thu ngân sách đạt 5.380 tỷ đồng (vượt hơn 11% dự toán)',
      'percent-of-estimate',
      111,
    ],
    [
      'vượt 0,57% so với kế hoạch',
      ', ',
      'Tỷ lệ hộ nghèo còn 3,1%, vượt 0,57% so với kế hoạch',
      'percentage-point',
      0.57,
    ],
    // No rate lies 100 points or more above its plan: that excess is of the plan itself.
    [
      'vượt 200% kế hoạch',
      ' ',
      'Tỷ lệ hộ nghèo giảm từ 0,12% xuống còn 0,07% vượt 200% kế hoạch',
      'percent-of-plan',
      300,
    ],
    // A level just reached in percent ("còn 10,27%") changes in points, though no "tỷ lệ" names it.
    ['0,39%', ', giảm ', 'hộ cận nghèo còn 10,27%, giảm 0,39%', 'percentage-point', 0.39],
    ['2,1%', ', tăng ', 'doanh thu đạt 102,4 tỷ đồng, tăng 2,1%', 'percent', 2.1],
    ['78,3% kế hoạch/năm', 'đạt ', '', 'percent-of-plan', 78.3],
    [
      '100,93%',
      ' bằng ',
      'sản lượng lương thực đạt 7.596 tấn (KH 7.526 tấn) bằng 100,93%',
      'percent-of-plan',
      100.93,
    ],
    // What a sector reached, then its growth: the share of its plan; an index of last year (100 plus the growth) and
    // a rate keep their level.
    ['48%', 'đạt ', 'dịch vụ đạt 48%, tăng 12,4% so với cùng kỳ', 'percent-of-plan', 48],
    ['103,5%', 'đạt ', 'công nghiệp đạt 103,5%, tăng 3,5%', 'percent', 103.5],
    ['61%', 'đạt ', 'tỷ lệ che phủ rừng đạt 61%, tăng 0,4%', 'percent', 61],
    // The shares bracketed after the places a lead says completed their plan are shares of it.
    [
      '101,4%',
      '(',
      'Có 2 huyện đã hoàn thành chỉ tiêu tỉnh giao là Mẫu Sơn (101,4%), Mẫu Đông (100,6%)',
      'percent-of-plan',
      101.4,
    ],
    // What a sector added to the economy's growth is in points.
    [
      '2,31%',
      ' và đóng góp tăng ',
      'ngành công nghiệp tăng 8,4% và đóng góp tăng 2,31% cho GRDP',
      'percentage-point',
      2.31,
    ],
    // A part of the whole named right after it is no share of a plan.
    ['41,2%', ', bằng ', 'đã thu hoạch được 3.215 ha, bằng 41,2% diện tích lúa đã gieo cấy', 'percent', 41.2],
    // A share's change written with its sign, in brackets after it, is in points.
    ['+0,28%', 'chiếm 30,39% (', 'Năm 2023, công nghiệp chiếm 30,39% (+0,28%)', 'percentage-point', 0.28],
    // The average of a year named is no yearly average.
    ['2,45%', 'tăng ', 'Chỉ số giá vàng bình quân năm 2023 tăng 2,45%', 'percent', 2.45],
    // So is prices' average over the year.
    ['3,19%', 'tăng ', 'Chỉ số giá tiêu dùng bình quân năm tăng 3,19%', 'percent', 3.19],
    // A share of things said first, then its change: points; a plan's share then the amount's growth: percent.
    [
      '5%',
      ', tăng ',
      'Năm 2019, 100% xóm, tổ dân phố xây dựng đường làng xanh sạch đẹp, tăng 5% so với cùng kỳ',
      'percentage-point',
      5,
    ],
    ['12%', ', tăng ', 'Thu ngân sách đạt 103% kế hoạch, tăng 12% so với cùng kỳ', 'percent', 12],
    ['gấp 1,3 lần', '', '', 'multiple', 1.3],
    ['62,5 tạ/ha', '', '', 'quintal-per-ha', 62.5],
    ['từ 117.000 tấn/năm trở lên', 'sản lượng lương thực đạt ', '', 'tonne', 117000],
    ['1.250ha/vụ', 'diện tích gieo trồng lúa ', '', 'hectare', 1250],
    ['61,4 tạ/héc-ta', '', '', 'quintal-per-ha', 61.4],
    // (A page that lost the mark of "tạ": "năng suất bình quân đạt 56,25 ta/ha".)
    ['56,25 ta/ha', 'năng suất bình quân đạt ', '', 'quintal-per-ha', 56.25],
    ['3.120 USD', 'GRDP bình quân đầu người đạt ', '', 'usd-per-person', 3120],
    ['3.120 USD', 'kim ngạch xuất khẩu qua cửa khẩu đạt ', '', 'usd', 3120],
    ['16/16 huyện thị xã', 'Toàn tỉnh có ', '', 'district-level-unit', 16],
    // A share of plan set higher than last year's is in points; an amount's growth after its share stays in percent.
    [
      '5,4%',
      ', cao hơn ',
      'giải ngân vốn đầu tư công đạt 68,2% kế hoạch, cao hơn 5,4% so với cùng kỳ',
      'percentage-point',
      5.4,
    ],
    ['11%', ', tăng ', 'thu ngân sách đạt 104% dự toán, tăng 11% so với cùng kỳ', 'percent', 11],
    [
      '5,4%',
      ', cao hơn ',
      'giải ngân đạt 9.100 tỷ đồng, bằng 68,2% kế hoạch, cao hơn 5,4%',
      'percentage-point',
      5.4,
    ],
    ['0,48%/ năm', 'giảm bình quân ', 'tỷ lệ hộ nghèo giảm bình quân 0,48%/ năm', 'percent-per-year', 0.48],
    // A growth averaged over a term, said with a bare "%", is in percent as written, as a growth per person is.
    ['9%', 'đạt ', 'Tốc độ tăng trưởng tổng sản phẩm trong tỉnh (GRDP) bình quân đạt 9%', 'percent', 9],
    ['7-8%', 'tăng trưởng GRDP bình quân ', 'tăng trưởng GRDP bình quân 7-8% mỗi năm', 'percent-per-year', 7],
    ['7%', 'đạt ', 'Tăng trưởng GRDP bình quân đầu người đạt 7%', 'percent', 7],
    // The end of a move is per hectare as its start is.
    [
      '121,4 triệu đồng',
      ' lên ',
      'giá trị sản phẩm trên 1ha canh tác tăng từ 98,2 triệu đồng (năm 2016) lên 121,4 triệu đồng',
      'million-vnd-per-ha',
      121.4,
    ],
    ['210 triệu đồng/ha/năm', 'giá trị sản xuất nông nghiệp đạt ', '', 'million-vnd-per-ha', 210],
    // The level reached, bracketed after the rate a verb raised, is no change of it.
    [
      '55%',
      'tăng tỷ lệ chăn nuôi lợn trang trại (trên ',
      'các địa phương kiểm soát tốt dịch bệnh, tăng tỷ lệ chăn nuôi lợn trang trại (trên 55% tổng đàn)',
      'percent',
      55,
    ],
    ['250 ha', '', '', 'hectare', 250],
    ['36.420 hộ', '', '', 'household', 36420],
    ['5 học sinh', '', '', 'other', 5],
    ['3 tỷ', '', '', 'billion-vnd', 3],
    ['95 triệu', 'thu nhập bình quân đầu người đạt ', '', 'million-vnd-per-person-year', 95],
    // Per hectare only where the amount's own item says it.
    [
      '44 triệu đồng',
      'thu nhập bình quân đầu người đạt ',
      'thu nhập bình quân đầu người đạt 44 triệu đồng, giá trị sản xuất/ha canh tác đạt 127 triệu đồng',
      'million-vnd-per-person-year',
      44,
    ],
    [
      '127 triệu đồng',
      ' canh tác đạt ',
      'thu nhập đạt 44 triệu đồng, giá trị sản xuất/ha canh tác đạt 127 triệu đồng',
      'million-vnd-per-ha',
      127,
    ],
    ['15', '', '', 'TODO', 15],
    // A budget's bare share is of its estimate; another amount's, of its plan.
    ['130%', ', đạt ', 'thu ngân sách đạt gần 640 tỷ đồng, đạt 130%', 'percent-of-estimate', 130],
    ['101,2%', ', đạt ', 'sản lượng lúa đạt 52.300 tấn, đạt 101,2%', 'percent-of-plan', 101.2],
    ['98,4%', ' đạt ', 'tổng thu ngân sách đạt 98,4%', 'percent-of-estimate', 98.4],
    // A herd's, and an area's named after a year and "như", reach their plans too: no count is a share of itself.
    ['95,07%', ' đạt ', 'tổng đàn trâu đạt 95,07%', 'percent-of-plan', 95.07],
    [
      '96,44%',
      ' đạt ',
      'Năm 2023, các kết quả đáng chú ý như diện tích gieo trồng cả năm đạt 96,44%',
      'percent-of-plan',
      96.44,
    ],
    // A rate's excess over the plan named in more words ("chỉ tiêu Nghị quyết", "chỉ tiêu so với kế hoạch của tỉnh giao")
    // is in points.
    [
      '1,85%',
      ' (vượt chỉ tiêu Nghị quyết ',
      'Năm 2026, tốc độ tăng trưởng kinh tế tỉnh Mẫu Sơn đạt 7,35% (vượt chỉ tiêu Nghị quyết 1,85%',
      'percentage-point',
      1.85,
    ],
    [
      '0,06%',
      ' (vượt chỉ tiêu so với kế hoạch của tỉnh giao ',
      'tỷ lệ hộ nghèo giảm còn 1,2% (vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,06%',
      'percentage-point',
      0.06,
    ],
    // The plan a budget's share exceeds, named right after it.
    [
      '612%',
      ', đạt ',
      'thu ngân sách đến năm 2025 đạt 10,2 tỷ đồng, đạt 612%, vượt chỉ tiêu Nghị quyết',
      'percent-of-plan',
      612,
    ],
    // The share in brackets after the amount, its plan said after the bracket closes or not at all; a year compared with
    // after the bracket keeps the share a plain one.
    [
      '38,9%',
      ' (đạt ',
      'nuôi trồng ước đạt 4.200 tấn (đạt 38,9% tăng 4,7% so cùng kỳ)',
      'percent-of-plan',
      38.9,
    ],
    [
      '102,76%',
      ' (đạt ',
      'diện tích xuống giống là 113.132,35ha (đạt 102,76%) so với kế hoạch',
      'percent-of-plan',
      102.76,
    ],
    ['98%', ' (bằng ', 'sản lượng lúa đạt 12.000 tấn (bằng 98%) so với cùng kỳ', 'percent', 98],
    // A group of goods' share of the sales, then the group's own growth.
    ['8,8%', ', tăng ', 'Nhóm lương thực, thực phẩm chiếm 31,1%, tăng 8,8%', 'percent', 8.8],
    // A share said after a yearly average is a share of a whole, not a rate a year.
    [
      '97,7%',
      ' chiếm ',
      'tăng trưởng kinh tế bình quân hàng năm từ 13-15%, trong đó, khu vực công nghiệp - xây dựng chiếm 97,7%',
      'percent',
      97.7,
    ],
    // An excess said of an amount just given, with nothing after it to exceed, is over that amount's plan.
    ['vượt 9,4%', ', ', 'sản lượng đạt hơn 1,3 triệu tấn, vượt 9,4%', 'percent-of-plan', 109.4],
    ['vượt 12%', ', ', 'thu ngân sách đạt 640 tỷ đồng, vượt 12%', 'percent-of-estimate', 112],
    ['vượt 9,4%', ', ', 'sản lượng đạt 1,3 triệu tấn, vượt 9,4% so với cùng kỳ', 'percent', 9.4],
    ['vượt 0,5%', ', ', 'tỷ lệ che phủ rừng đạt 42,5%, vượt 0,5%', 'percent', 0.5],
    ['vượt 9,4%', ', ', 'giá trị sản xuất tăng 5,1 tỷ đồng, vượt 9,4% và', 'percent', 9.4],
    // Another change after the excess names nothing it exceeds: the plan of the amount before.
    [
      'vượt 1,8%',
      ', ',
      'Giá trị sản xuất ước đạt 10.951 tỷ đồng, vượt 1,8% và tăng 11%',
      'percent-of-plan',
      101.8,
    ],
    // Nor does the next item of a list; a comparison after a comma still names what it is over.
    [
      'vượt 14,2%',
      ', ',
      'giải quyết việc làm cho 2.843 lao động, vượt 14,2%, thu nhập bình quân đầu người 68,3 triệu đồng',
      'percent-of-plan',
      114.2,
    ],
    ['vượt 9,4%', ', ', 'sản lượng đạt 1,3 triệu tấn, vượt 9,4%, so với cùng kỳ năm trước', 'percent', 9.4],
    // "đạt tỷ lệ 10,28%" after a count of households is their rate, not a share of the plan.
    ['10,28%', ' (đạt tỷ lệ ', 'hộ nghèo còn 776 hộ (đạt tỷ lệ 10,28%', 'percent', 10.28],
    // A level against the year before, with a bracket between the share and what it is compared with.
    [
      '99,6%',
      ', bằng ',
      'tổng diện tích gieo trồng đạt 158.555 ha, bằng 99,6% (giảm 629 ha) so với năm trước',
      'percent',
      99.6,
    ],
    // A change to a level in percent ("tăng 1,2% lên 17,5%", "giảm 3,2% xuống còn 24,2%") is in points.
    ['1,2%', ' tăng ', 'khu vực nông, lâm nghiệp và thủy sản tăng 1,2% lên 17,5%', 'percentage-point', 1.2],
    ['giảm 3,2%', ' ', 'khu vực dịch vụ giảm 3,2% xuống còn 24,2%', 'percentage-point', -3.2],
    ['8%', ' tăng ', 'thu ngân sách tăng 8% lên 1.250 tỷ đồng', 'percent', 8],
    ['6,26%', ' từ ', 'đã giảm tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%', 'percent', 6.26],
    // Amounts said in turn, the unit written once after the last: each is in it (a scale is no unit to share here).
    [
      '0,41',
      ' ',
      'lần lượt đóng góp cho tăng trưởng chung 0,41 và 0,62 điểm phần trăm',
      'percentage-point',
      0.41,
    ],
    ['4.200', ' ', 'Sản lượng lúa và ngô lần lượt đạt 4.200 và 950 tấn', 'tonne', 4200],
    ['12', ' ', 'thu lần lượt 12 và 15 tỷ đồng', 'TODO', 12],
  ])('%j after %j → %s %d', (phrase, before, clause, unit, value) => {
    const reading = readAmount(phrase).reading
    if (!reading) throw new Error(`no amount in ${phrase}`)
    expect(chooseUnit(reading, before, clause)).toMatchObject({ unit, value })
  })

  it('reads an excess with its plan left out as exactly that share of plan, and says so', () => {
    const reading = readAmount('vượt 9,41%').reading
    if (!reading) throw new Error('no amount')
    expect(chooseUnit(reading, ', ', 'sản lượng đạt hơn 1,33 triệu tấn, vượt 9,41%')).toEqual({
      unit: 'percent-of-plan',
      value: 109.41,
      comparator: 'exact',
      todo: 'value: "vượt 9,41%" names no plan; read as exceeding the plan of the amount before it by 9.41%',
    })
  })

  it('reads the bare share of money collected as of the estimate its paragraph named before, and no other share so', () => {
    const reading = readAmount('21,4%').reading
    if (!reading) throw new Error('no amount')
    const paragraph =
      'Hai tháng đầu năm, huyện Mẫu Sơn thu được 412,5 tỷ đồng, đạt 21,2% dự toán HĐND huyện giao. '
    const collected = 'Không kể tiền sử dụng đất, tổng thu là 398,2 tỷ đồng, đạt 21,4%, tăng 9% so cùng kỳ'
    expect(chooseUnit(reading, ', đạt ', collected, '', '', paragraph)).toMatchObject({
      unit: 'percent-of-estimate',
    })
    // Without the estimate named before, a plan; a harvest in the same paragraph reaches its own plan.
    expect(chooseUnit(reading, ', đạt ', collected)).toMatchObject({ unit: 'percent-of-plan' })
    const harvest = 'Sản lượng lúa đạt 9.120 tấn, đạt 21,4%, tăng 9% so cùng kỳ'
    expect(chooseUnit(reading, ', đạt ', harvest, '', '', paragraph)).not.toMatchObject({
      unit: 'percent-of-estimate',
    })
  })

  it('keeps the scale a noun with no code is counted in: the top group of a compound amount, stacked scales whole', () => {
    const compound = readAmount('7 triệu 520 nghìn con').reading
    const stacked = readAmount('1,2 nghìn tỷ kWh').reading
    if (!compound || !stacked) throw new Error('no amount')
    expect(chooseUnit(compound, 'tổng đàn gia cầm ', 'tổng đàn gia cầm 7 triệu 520 nghìn con')).toMatchObject(
      {
        unit: 'other',
        otherUnit: 'triệu con',
        value: 7.52,
      },
    )
    expect(chooseUnit(stacked, 'sản lượng điện ', 'sản lượng điện 1,2 nghìn tỷ kWh')).toMatchObject({
      unit: 'other',
      otherUnit: 'nghìn tỷ kWh',
      value: 1.2,
    })
  })

  it('reads a bare number a part takes of its whole as a share, and says the "%" is missing', () => {
    const reading = readAmount('93,46').reading
    if (!reading) throw new Error('no amount')
    expect(
      chooseUnit(
        reading,
        ', lúa chất lượng cao chiếm ',
        'lúa đạt 4,6 triệu tấn, lúa chất lượng cao chiếm 93,46',
      ),
    ).toEqual({
      unit: 'percent',
      value: 93.46,
      todo: 'unit: "93,46" has no "%" after it; read as a share, since "chiếm" says what part it takes',
    })
    const count = readAmount('12').reading
    if (!count) throw new Error('no amount')
    expect(chooseUnit(count, 'diện tích ', 'diện tích 12').unit).toBe('TODO')
    expect(chooseUnit(count, ', tăng ', 'có 20 hộ, tăng 12 so với năm trước').unit).toBe('TODO')
  })

  it('reads a bare number with decimals before a plan as a share of it, and after a change compared as a growth', () => {
    const share = readAmount('100,3').reading
    if (!share) throw new Error('no amount')
    expect(chooseUnit(share, 'thu ngân sách đạt ', 'thu ngân sách đạt 100,3 kế hoạch')).toMatchObject({
      unit: 'percent-of-plan',
      value: 100.3,
      todo: 'unit: "100,3" has no "%" after it; read as a share of the plan named right after it',
    })
    const change = readAmount('1,5').reading
    if (!change) throw new Error('no amount')
    expect(chooseUnit(change, ', tăng ', 'sản lượng đạt 812 tấn, tăng 1,5 so với cùng kỳ')).toMatchObject({
      unit: 'percent',
      value: 1.5,
    })
  })

  it('reads a bare number with decimals named a rate as percent, and a share of a whole written "%/tổng" too', () => {
    const rate = readAmount('31,48').reading
    if (!rate) throw new Error('no amount')
    expect(
      chooseUnit(rate, 'Tỷ lệ đô thị hóa đạt ', 'Tỷ lệ đô thị hóa đạt 31,48 (dự kiến nâng 1 xã)'),
    ).toEqual({
      unit: 'percent',
      value: 31.48,
      todo: 'unit: "31,48" has no "%" after it; read as a rate, since "tỷ lệ" names it',
    })
    const count = readAmount('3.100').reading
    if (!count) throw new Error('no amount')
    expect(chooseUnit(count, 'tỷ lệ hộ có nhà kiên cố đạt ', 'tỷ lệ hộ có nhà kiên cố đạt 3.100').unit).toBe(
      'TODO',
    )
    const share = readAmount('83,47%/tổng dân số').reading
    if (!share) throw new Error('no amount')
    expect(chooseUnit(share, 'có tỷ lệ bao phủ ', 'có tỷ lệ bao phủ 83,47%/tổng dân số').unit).toBe('percent')
  })

  it('reads a rate over 100% reached, compared with nothing, as a share of the plan', () => {
    const over = readAmount('100,2%').reading
    if (!over) throw new Error('no amount')
    expect(
      chooseUnit(over, 'tỷ lệ tham gia bảo hiểm y tế đạt ', 'tỷ lệ tham gia bảo hiểm y tế đạt 100,2%'),
    ).toEqual({
      unit: 'percent-of-plan',
      value: 100.2,
      todo: 'unit: "100,2%" is over 100% and compared with nothing said; read as a share of the plan',
    })
    // A sector's index of the year before is no share of a plan.
    expect(chooseUnit(over, 'khu vực dịch vụ đạt ', 'khu vực dịch vụ đạt 100,2%').unit).toBe('percent')
    const under = readAmount('95%').reading
    if (!under) throw new Error('no amount')
    expect(chooseUnit(under, 'tỷ lệ che phủ rừng đạt ', 'tỷ lệ che phủ rừng đạt 95%').unit).toBe('percent')
  })

  it('reads an area with no unit among areas in hectares as hectares, and says so', () => {
    const area = readAmount('1.089,7').reading
    if (!area) throw new Error('no amount')
    const clause = 'diện tích cao su 1.089,7, diện tích khai thác mũ 504 ha'
    expect(chooseUnit(area, 'diện tích cao su ', clause)).toEqual({
      unit: 'hectare',
      value: 1089.7,
      todo: 'unit: "1.089,7" has no unit after it; read in hectares, as the areas beside it are',
    })
    expect(chooseUnit(area, 'diện tích cao su ', 'diện tích cao su 1.089,7, sản lượng 299 tấn').unit).toBe(
      'TODO',
    )
  })

  // A whole number's noun that no unit row knows is counted as written, up to what is said of it.
  it.each<[string, string, string | null]>([
    ['Huyện đã hoàn thiện 04 đồ án và đang triển khai 05 đồ án còn lại', '04', 'đồ án'],
    ['Huyện đã hoàn thiện 04 đồ án và đang triển khai 05 đồ án còn lại', '05', 'đồ án'],
    ['có 6 phương án bồi thường của 4 dự án được duyệt', '6', 'phương án bồi thường'],
    [
      'cấp mới 95 giấy chứng nhận đăng ký hộ kinh doanh với số vốn 12 tỷ đồng',
      '95',
      'giấy chứng nhận đăng ký hộ kinh doanh',
    ],
    ['có thêm 3 nhà máy đi vào hoạt động', '3', 'nhà máy'],
    ['đã được cấp 21 mã vùng trồng.', '21', 'mã vùng trồng'],
    ['Năm 20-18 toàn xã có 23 người', '18', null],
    ['đạt 98,5 so với cùng kỳ', '98,5', null],
    ['giá trị khoảng 15 trđ/ha', '15', null],
    ['Mỗi xã đạt 19 tiêu chí', '19', 'tiêu chí'],
    ['gồm 14 trạm và 4 đồ án', '4', 'đồ án'],
    ['cấp 12.624 sổ BHXH và 244.128 thẻ BHYT', '12.624', 'sổ BHXH'],
    ['Tỉnh nằm trên 3 cù lao đặt mục tiêu GRDP tăng 7%', '3', 'cù lao'],
    ['Xếp thứ 12 trong tỉnh', '12', null],
  ])('%j: %s counts %j', (clause, number, noun) => {
    const at = clause.indexOf(number)
    const reading = readAmount(number).reading
    if (!reading || at < 0) throw new Error(`no amount ${number}`)
    const choice = chooseUnit(reading, clause.slice(0, at), clause)
    if (noun === null) expect(choice.otherUnit).toBeUndefined()
    else expect(choice).toMatchObject({ unit: 'other', otherUnit: noun, valueText: `${number} ${noun}` })
  })

  it('keeps the plan a budget was said to reach for the budget figures after it', () => {
    const reading = readAmount('96,1%').reading
    if (!reading) throw new Error('no amount')
    const clause = 'tổng chi ngân sách ước 31 tỷ đồng, đạt 96,1%'
    const before = 'tổng thu ngân sách ước đạt 35 tỷ đồng, đạt 104,2% kế hoạch,'
    expect(chooseUnit(reading, ', đạt ', clause, '', before).unit).toBe('percent-of-plan')
    const resolution = 'tổng thu ngân sách 23.100 tỷ đồng, đạt 57% so với nghị quyết đề ra; trong đó,'
    expect(chooseUnit(reading, ', đạt ', clause, '', resolution).unit).toBe('percent-of-plan')
    expect(chooseUnit(reading, ', đạt ', clause, '', 'sản lượng cá đạt 100% chỉ tiêu;').unit).toBe(
      'percent-of-estimate',
    )
  })

  it('reads a share of what a council assigned as the plan kind said before it', () => {
    const clause =
      'Tổng thu ngân sách đạt 24,5 tỷ đồng, đạt 127,8% so với dự toán tỉnh và đạt 115,1% so với Hội đồng nhân dân huyện giao'
    const reading = readAmount('115,1%').reading
    if (!reading) throw new Error('no amount')
    const at = clause.indexOf('115,1%')
    expect(chooseUnit(reading, clause.slice(0, at), clause).unit).toBe('percent-of-estimate')
  })

  it.each<[string, string, string]>([
    ['nâng số xã đạt chuẩn nông thôn mới lên 20/25', '20/25', 'commune'],
    ['tổng số hộ được hỗ trợ là 41/60', '41/60', 'household'],
    ['số hộ kinh doanh đăng ký lên 12/14', '12/14', 'TODO'],
  ])('a fraction with no unit in %j counts what "số" named: %s → %s', (clause, number, unit) => {
    const reading = readAmount(number).reading
    if (!reading) throw new Error(`no amount ${number}`)
    expect(chooseUnit(reading, '', clause).unit).toBe(unit)
  })

  it('says why it left a unit to a person', () => {
    const reading = readAmount('5 học sinh').reading
    expect(reading && chooseUnit(reading, '', '')).toMatchObject({
      unit: 'other',
      otherUnit: 'học sinh',
      todo: expect.stringContaining('"học sinh" has no unit code, so it is kept as written'),
    })
  })
})
