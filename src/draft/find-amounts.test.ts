import { describe, expect, it } from 'vitest'
import { findAmounts } from './find-amounts.ts'

describe('findAmounts', () => {
  it('reads "8/13 chỉ tiêu" as a fraction', () => {
    expect(findAmounts('có 8/13 chỉ tiêu chủ yếu đạt').amounts).toMatchObject([
      { kind: 'fraction', valueText: '8/13 chỉ tiêu', unitText: 'chỉ tiêu' },
    ])
  })
})

describe('findAmounts keeps a decimal after "tháng" and a range after "từ"', () => {
  it.each<[string, string]>([
    ['Tổng thu ngân sách 9 tháng 20,8 tỷ đồng', '20,8 tỷ đồng'],
    ['đạt từ 5-7 tỷ đồng', 'từ 5-7 tỷ đồng'],
    ['có 1.200 ha, giá trị thu được trên 1 ha đạt 120 triệu đồng', '120 triệu đồng'],
    ['có 3.091 cơ sở lưu trú với tổng số 43.770 phòng', '43.770'],
    // The party members a congress's delegates stand for are the party's size.
    ['Tham dự Đại hội có 142 đại biểu đại diện cho trên 1.650 đảng viên', 'trên 1.650 đảng viên'],
    // A share over 1% is no "trên 1 ha"; what a grading counts is no rank.
    ['chi cho khoa học và công nghệ đạt trên 1%/GRDP', 'trên 1%/GRDP'],
    ['đang hoàn thiện hồ sơ đánh giá, phân hạng 42 sản phẩm OCOP', '42 sản phẩm OCOP'],
    // Products graded are counted, not ranked.
    ['huyện đánh giá, xếp hạng 3 sản phẩm OCOP', '3 sản phẩm OCOP'],
    // A plan's level in brackets is no plan's number.
    ['thu ngân sách đạt 320 tỷ đồng (Kế hoạch 300 tỷ đồng)', '300 tỷ đồng'],
    // An area and a population listed with a slash after "km2".
    ['với tổng diện tích hơn 74km2/27.368 người', '27.368 người'],
    // An amount set equal in words, spaced, is no value in a page's code ("intNumViewTotal=194").
    ['Tổng vốn đầu tư toàn xã hội đến năm 2030 = 512.300 triệu đồng', '512.300 triệu đồng'],
    ['Cơ cấu kinh tế: thương mại - dịch vụ = 61,2%', '61,2%'],
  ])('%j reads %j', (text, valueText) => {
    expect(findAmounts(text).amounts.map((amount) => amount.valueText)).toContain(valueText)
  })
})

describe('findAmounts reads amounts listed with slashes', () => {
  it('as one amount each, leaving "per one" units whole', () => {
    expect(
      findAmounts('bồi thường 31 hộ, 02 tổ chức/48,5ha/612,04 tỷ đồng; 12,6 bác sỹ/1 vạn dân').amounts.map(
        (amount) => amount.valueText,
      ),
    ).toEqual(['31 hộ', '02 tổ chức', '48,5ha', '612,04 tỷ đồng', '12,6 bác sỹ/1 vạn dân'])
  })

  it('leaves a factory out of the houses', () => {
    expect(
      findAmounts('có thêm 3 nhà máy, 16 nhà đầu tư và 40 căn nhà').amounts.map((a) => a.unitText),
    ).toEqual(['', 'nhà đầu tư', 'căn nhà'])
  })

  it('counts "DN" as enterprises', () => {
    expect(findAmounts('có thêm 5 DN xuất khẩu mới').amounts.map((a) => a.valueText)).toEqual(['5 DN'])
  })

  it('counts hotels as hotels, not as visitors', () => {
    expect(findAmounts('có 449 khách sạn và 12.000 khách').amounts.map((a) => a.unitText)).toEqual([
      '',
      'khách',
    ])
  })
})

describe('findAmounts reads land named by its value per hectare', () => {
  it('as the area, the value a part of its name', () => {
    const { amounts, ignored } = findAmounts(
      'diện tích cánh đồng đạt giá trị 120 triệu đồng/ha/năm thực hiện được 640ha',
    )
    expect(amounts.map((amount) => amount.valueText)).toEqual(['640ha'])
    expect(ignored.map((number) => number.reason)).toContain('part of a name')
  })
})

describe('findAmounts reads land named by its value per hectare, said with "đạt"', () => {
  it('as the area, the value a part of its name', () => {
    const { amounts } = findAmounts('diện tích đất ruộng, soi bãi đạt 100 triệu đồng/ha trở lên đạt 61,5ha')
    expect(amounts.map((amount) => amount.valueText)).toEqual(['61,5ha'])
  })
})

describe('findAmounts reads things counted by the level that names them, not the level', () => {
  it.each([
    ['Toàn huyện có 126 học sinh đạt 27 điểm trở lên', ['126 học sinh']],
    ['có 3 mô hình lợn nái quy mô 20 con nái trở lên và 5 mô hình nuôi gà', ['3 mô hình', '5 mô hình']],
  ])('%j', (text, expected) => {
    const { amounts, ignored } = findAmounts(text)
    expect(amounts.map((amount) => amount.valueText)).toEqual(expected)
    expect(ignored.map((number) => number.reason)).toEqual(['part of a name'])
  })
})

describe('findAmounts reads communes counted by the criteria they met', () => {
  it('as the communes, the criteria their band', () => {
    const { amounts, ignored } = findAmounts('trên địa bàn huyện hiện có 02/13 xã đạt 19 tiêu chí')
    expect(amounts.map((amount) => amount.valueText)).toEqual(['02/13 xã'])
    expect(ignored.map((number) => number.reason)).toEqual(['a band of criteria'])
  })

  it('by a band said "từ … đến …"', () => {
    const { amounts, ignored } = findAmounts('còn 8 xã đạt từ 6 đến 9 tiêu chí')
    expect(amounts.map((amount) => amount.valueText)).toEqual(['8 xã'])
    expect(ignored.map((number) => number.reason)).toEqual(['a band of criteria'])
  })

  it('keeps the band of the communes left, which no count says', () => {
    const { amounts } = findAmounts(
      'xã Lộc Vân về đích nông thôn mới, các xã còn lại đạt từ 13 - 15 tiêu chí',
    )
    expect(amounts.map((amount) => amount.valueText)).toEqual(['từ 13 - 15 tiêu chí'])
  })

  it('by the standard they met, "đạt chuẩn 19 tiêu chí"', () => {
    const { amounts, ignored } = findAmounts('Giữ vững 4 xã đạt chuẩn 19 tiêu chí (đạt 100% mục tiêu)')
    expect(amounts.map((amount) => amount.valueText)).toEqual(['4 xã', '100% mục tiêu'])
    expect(ignored.map((number) => number.reason)).toEqual(['a band of criteria'])
  })
})

describe('findAmounts leaves a footnote mark glued to an amount', () => {
  it('reads the amount, and not the mark', () => {
    const { amounts, ignored } = findAmounts('Công nghiệp, xây dựng tăng 8,92%3 , trong đó')
    expect(amounts.map((amount) => amount.valueText)).toEqual(['8,92%'])
    expect(ignored.map((number) => number.reason)).toEqual(['a footnote mark'])
  })
})

describe('findAmounts keeps what only looks like a year', () => {
  it.each(['tạo việc làm hằng năm 1.350', 'cả năm 8.420 ha', 'năm 2024 đạt 2.100,5'])('%j', (text) => {
    expect(findAmounts(text).amounts.length).toBeGreaterThan(0)
  })
})

describe('findAmounts keeps how far the place is above the country, unlike the country’s own level', () => {
  it('as the points of the gap', () => {
    const { amounts, ignored } = findAmounts(
      'GRDP tăng 7,15% so với cùng kỳ, cao hơn tăng trưởng bình quân cả nước 1,92 điểm phần trăm (GDP cả nước tăng 5,23%)',
    )
    expect(amounts.map((a) => a.valueText)).toEqual(['7,15%', '1,92 điểm phần trăm'])
    expect(ignored.map((i) => [i.text, i.reason])).toEqual([['5,23', 'another place']])
  })
})

describe('findAmounts keeps the things counted in a size band, not the band', () => {
  it('counts the boats of each band', () => {
    const { amounts, ignored } = findAmounts(
      'tàu cá có chiều dài dưới 6m: 271 chiếc; từ 6 đến dưới 12m: 912 chiếc',
    )
    expect(amounts.map((amount) => amount.valueText)).toEqual(['271 chiếc', '912 chiếc'])
    expect(ignored).toContainEqual(
      expect.objectContaining({ text: 'từ 6 đến dưới 12m', reason: 'a band of criteria' }),
    )
  })
})

describe('findAmounts keeps what a party committee did, unlike whom a congress elects', () => {
  it.each([
    'Ban Chấp hành Đảng bộ huyện đã lãnh đạo giải quyết việc làm cho 1.200 người',
    'Ban Thường vụ Huyện ủy chỉ đạo hỗ trợ 300 người nghèo',
  ])('%j', (text) => {
    expect(findAmounts(text).amounts.length).toBe(1)
  })
})

describe('findAmounts keeps a life expectancy, unlike the ages that name a group', () => {
  it('reads "tuổi thọ trung bình trên 75 tuổi" and leaves "trẻ em dưới 5 tuổi"', () => {
    const { amounts } = findAmounts(
      'tuổi thọ trung bình trên 75 tuổi, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng',
    )
    expect(amounts.map((amount) => amount.valueText)).toEqual(['trên 75 tuổi'])
  })
})

describe('findAmounts keeps licences given, unlike honours a meeting gives', () => {
  it.each(['trao giấy chứng nhận đầu tư cho 15 doanh nghiệp', 'cấp giấy chứng nhận cho 12 hợp tác xã'])(
    '%j',
    (text) => {
      expect(findAmounts(text).amounts.length).toBe(1)
    },
  )
})

describe('findAmounts leaves what is not a figure', () => {
  it.each<[string, string]>([
    ['Chiều ngày 6/3/2024, Ban Thường vụ', 'date'],
    ['10:34, Thứ Năm, 7-3-2024', 'time'],
    ['Thứ 2, 15/04/2024, 12:24[GMT+7]', 'time zone'],
    ['Giải đua thuyền kỷ niệm Ngày Quốc khánh 2/9', 'date'],
    ['Đề án phát triển nông nghiệp giai đoạn 202-2025', 'term'],
    ['Thứ Ba, 15/07/2025 - 08:15', 'date'],
    ['Ngày 14 tháng 7 năm 2025, Huyện ủy', 'date'],
    ['so với năm 2022', 'year'],
    ['giai đoạn 2021-2025', 'years'],
    ['nhiệm kỳ 2025–2030', 'term'],
    ['Kỳ họp diễn ra trong 2 ngày 19 – 20/12', 'date'],
    ['vào các ngày nghỉ lễ Giỗ Tổ Hùng Vương, ngày lễ 30/4, 1/5 đạt kết quả', 'date'],
    ['Trong 2 ngày 24 và 25 tháng 12, Thường trực HĐND triệu tập kỳ họp', 'date'],
    ['Trong 2 ngày 11 & 12.7, HĐND huyện tổ chức kỳ họp thứ 8', 'date'],
    ['theo Nghị quyết số 23/NQ-HĐND ngày 22/7/2021 của HĐND tỉnh', 'cited'],
    ['Kỳ họp đã thông qua 12 nghị quyết', 'the meeting’s proceedings'],
    ['Tại kỳ họp, HĐND đã thông qua 5 NQ', 'the meeting’s proceedings'],
    [
      'Dịp này, có 14 tập thể và 27 cá nhân được Ban Thường vụ Huyện ủy tặng giấy khen',
      'the meeting’s proceedings',
    ],
    [
      'có 12 tập thể và 25 cá nhân được Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy tuyên dương khen thưởng',
      'the meeting’s proceedings',
    ],
    ['Chủ tịch UBND tỉnh (ngồi giữa) cùng 2 Phó Chủ tịch chủ trì cuộc họp', 'the meeting’s proceedings'],
    ['có 30/32 đại biểu dự họp', 'the meeting’s proceedings'],
    ['Huyện ủy tặng Giấy khen cho 29 tập thể, 72 cá nhân có thành tích', 'the meeting’s proceedings'],
    ['Dịp này, có 3 tập thể và 18 cá nhân được tặng bằng khen của UBND tỉnh', 'the meeting’s proceedings'],
    ['UBND huyện trao chứng nhận và tuyên dương 25 doanh nghiệp tiêu biểu', 'the meeting’s proceedings'],
    ['khen thưởng 6 hợp tác xã điển hình', 'the meeting’s proceedings'],
    ['Dịp này, 1 tập thể nhận Cờ thi đua của UBND tỉnh', 'the meeting’s proceedings'],
    [
      'Tới dự có Thường trực Thành ủy, UBND thành phố và 96 đảng viên trong Đảng bộ',
      'the meeting’s proceedings',
    ],
    ['đồng thời vinh danh 4 nhà giáo tiêu biểu năm học 2025 - 2026', 'the meeting’s proceedings'],
    ['Phòng được xếp loại dẫn đầu phong trào thi đua khối 7 huyện miền núi', 'places named, not counted'],
    ['Con số này cao hơn 3 tỉnh Mẫu Bắc, Mẫu Nam và Mẫu Tây', 'places named, not counted'],
    ['Kỳ họp cũng đã bầu bổ sung 2 Ủy viên UBND thành phố', 'the meeting’s proceedings'],
    ['Đại hội bầu Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025 với 51 người', 'the meeting’s proceedings'],
    ['Đại hội đã bầu Ban chấp hành 47 người, Ban Thường vụ 13 người', 'the meeting’s proceedings'],
    ['Đại hội đã rút ra 5 bài học kinh nghiệm', 'the meeting’s proceedings'],
    ['Biểu 1: Chỉ số sản xuất công nghiệp tháng 6/2024', 'the article’s own parts'],
    ['anh man hinh 2024 03 02 luc 002030.png', 'page code'],
    ['Kỳ họp bầu miễn nhiệm 1 ủy viên UBND huyện khóa XIX', 'the meeting’s proceedings'],
    ['Với tỷ lệ phiếu bầu đạt 99,33%, ông Lê An tái đắc cử', 'the meeting’s proceedings'],
    ['tại Hội trường Tỉnh ủy (cơ sở 2, phường Tân An)', 'name or reference number'],
    ['Tham dự đại hội có đại diện Đảng ủy 9 xã trong huyện', 'the meeting’s proceedings'],
    ['Tham dự đại hội có lãnh đạo huyện và 112 đồng chí là đảng viên', 'the meeting’s proceedings'],
    [
      'Dự đại hội có đồng chí Lê An; lãnh đạo các sở; lãnh đạo các xã cùng 210 đảng viên đại diện',
      'the meeting’s proceedings',
    ],
    ['Dự án Vành đai 3 qua địa phận tỉnh', 'name or reference number'],
    ['Cùng dự có 246 đảng viên đại diện', 'the meeting’s proceedings'],
    ['HĐND tỉnh đã lấy phiếu tín nhiệm đối với 28 người giữ chức vụ', 'the meeting’s proceedings'],
    ['cao nhất với 48/49 phiếu bầu (chiếm tỷ lệ 97,96%)', 'the meeting’s proceedings'],
    ['Giám đốc Sở với 14 phiếu (tỷ lệ 28,57%)', 'the meeting’s proceedings'],
    ['mật độ kinh tế tính trên 01 km 2 ước', 'unit exponent'],
    ['nuôi tôm ứng dụng công nghệ cao (2, 3 giai đoạn) là', 'a kind named by a number'],
    ['Các mô hình nuôi tôm quảng canh cải tiến 2 giai đoạn mang lại hiệu quả', 'a kind named by a number'],
    ['các đại biểu thảo luận 1 số tồn tại, hạn chế', 'some ("1 số" for "một số")'],
    ['sau Mẫu Đông (khoảng 58 tỷ USD), TP. Mẫu Tây (khoảng 96 tỷ USD)', 'another place'],
    ['(GRDP bình quân cả nước ước đạt 8%)', 'another place'],
    ['Lượt xem: 2724', 'page counter'],
    ['sản phẩm OCOP 3 sao', 'star rating'],
    ['các khách sạn 05 sao', 'star rating'],
    ['được xếp hạng từ 1 đến 05 sao', 'star rating'],
    ['cụm công nghiệp Diên Thọ giai đoạn 2, cụm công nghiệp Ninh Xuân', 'the number of a phase'],
    [
      'Đáng chú ý là các bến số 3, 4, 5, 6 tại cảng cửa ngõ quốc tế đã hoàn thành',
      'things named by their numbers',
    ],
    ['xếp thứ 12/63 tỉnh, thành phố', 'rank'],
    ['xếp thứ 18/63 cả nước, thứ 4/14 địa phương trong vùng', 'rank'],
    ['xếp hạng 46/63 tỉnh, thành phố; 4/5 thành phố trực thuộc Trung ương và 9/13 tỉnh, thành vùng', 'rank'],
    ['xếp thứ 14/63 địa phương cả nước và 1/5 tỉnh kinh tế trọng điểm miền Trung', 'rank'],
    ['xếp thứ 2 trong vùng (sau Mẫu Giang) và 5 thành phố trực thuộc Trung ương', 'rank'],
    [
      'xếp vị thứ: 8/63 tỉnh, thành phố cả nước; 2/5 trong Khu vực trọng điểm kinh tế; 4/14 tỉnh trong vùng',
      'rank',
    ],
    ['Mẫu Sơn đã lọt nhóm 10 tỉnh, thành có mức tăng cao nhất', 'rank'],
    ['xếp thứ 4 trong 5 TP trực thuộc Trung ương', 'one of so many places'],
    ['Ngày 15 – 1, Sở Công Thương tổng kết công tác năm 2026', 'date'],
    ['Kho bạc Nhà nước Khu vực 2 tổ chức hội nghị', 'part of a name'],
    ['nối nút giao đến ngã 4 đường Lê Lợi', 'part of a name'],
    ['như thôn Tà Lâm 1, Ma Lâm 2 xã Phước Sơn', 'part of a name'],
    ['Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 64 huyện nghèo', 'part of a name'],
    [
      'Cơ cấu kinh tế chuyển dịch đúng định hướng, giảm tỷ trọng khu vực 1, tăng mạnh khu vực 2',
      'part of a name',
    ],
    ['Qua đánh giá cấp huyện có các sản phẩm đạt 3 và 4 sao', 'star rating'],
    ['Trong thời gian 1,5, kỳ họp sẽ tiến hành thảo luận', 'length of a period ("6 tháng đầu năm", "5 năm")'],
    ['Trong 02 ngày 19 và 11/2020, Đảng bộ thị trấn tổ chức Đại hội', 'date'],
    ['trao Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng cho các đảng viên', 'a badge named by years'],
    ['tặng huy hiệu từ 55 đến 75 năm tuổi đảng cho đảng viên', 'a badge named by years'],
    ['đánh giá nửa nhiệm kỳ 2010-1015', 'term'],
    ['Đứng đầu trong 5 địa phương vùng kinh tế trọng điểm', 'rank'],
    ['tăng trưởng kinh tế đứng thứ 17 so với 63 tỉnh, thành phố', 'rank'],
    ['còn 2 chỉ tiêu dự kiến không đạt', 'the targets not reached'],
    ['Trong đó, có 3/19 tiêu chí chưa đạt, gồm', 'the targets not reached'],
    ['Đây là một trong 2 đơn vị thực hiện đại hội điểm', 'one of so many places'],
    ['Hà Lâm là xã thứ 12 trong tổng số 14 xã, thị trấn của huyện', 'one of so many places'],
    ['Mẫu Sơn là một trong 5 quận của thành phố', 'one of so many places'],
    ['Du lịch được xác định là một trong 3 trụ cột tăng trưởng của Hà Lâm', 'one of so many places'],
    ['quận có diện tích lớn nhất trong 49 quận cả nước', 'one of so many places'],
    ['UBND phường và 1 cá nhân của quận vinh dự nhận Bằng khen', 'the meeting’s proceedings'],
    ['UBND P. Hòa An và 1 cá nhân Q. Mẫu Sơn vinh dự nhận Bằng khen', 'the meeting’s proceedings'],
    ['quận được đánh giá đang ở cấp độ 1 vùng xanh', 'ordinal or reference'],
    ['không có xã thu nhập bình quân đầu người dưới 62 triệu đồng', 'a band of criteria'],
    ['tham gia tại 17 điểm cầu trên địa bàn xã', 'the meeting’s proceedings'],
    ['Chủ tịch UBND tỉnh cùng 2 Phó Chủ tịch UBND tỉnh chủ trì hội nghị', 'the meeting’s proceedings'],
    ['Đại hội bầu Ban Thường vụ Thành ủy 13 đồng chí', 'the meeting’s proceedings'],
    ['Mức đóng góp của các khu vực: trong 4,24% tăng trưởng thì', 'the same figure said again'],
    ['chỉ tiêu thành phần (của 16 nhóm chỉ tiêu) chủ yếu', 'the groups of a list'],
    ['Cụ thể, 4 chỉ tiêu vượt là tổng vốn đầu tư toàn xã hội', 'the targets counted, named'],
    ['quy hoạch phân khu tỉ lệ 1/2.000 của các phường', 'map scale'],
    ['theo Quyết định số 2468/QĐ-UBND', 'document number'],
    ['Kế hoạch số 125-KH/TU', 'document number'],
    ['việc tổng kết Nghị quyết 18 và xây dựng', 'document number'],
    ['các chương trình mục tiêu quốc gia, Nghị quyết 10, xóa nhà tạm', 'document number'],
    ['với tinh thần “5 quyết tâm”, “5 bảo đảm”, phù hợp', 'a slogan'],
    ['Giá trị trên 1 ha canh tác', 'per-unit denominator ("trên 1 ha")'],
    ['giá trị thu trên 1 hec-ta canh tác', 'per-unit denominator ("trên 1 ha")'],
    ['khâu đột phá: (1) đẩy nhanh tiến độ các dự án', 'list number'],
    ['ngành trọng tâm: (1) đầu tư công; (2) năng lượng', 'list number'],
    ['Việc thực hiện 3 chương trình mục tiêu quốc gia chuyển biến tốt', 'part of a name'],
    ['thực hiện mục tiêu tăng trưởng 2 con số trong năm', 'part of a name'],
    ['đẩy mạnh Đề án phát triển 1 triệu ha lúa chất lượng cao', 'part of a name'],
    ['nhất là Đề án 1 triệu héc-ta lúa chất lượng cao', 'part of a name'],
    ['Dưới đây là 10 kết quả nổi bật của ngành nông nghiệp', 'the article’s own list'],
    ['triển khai Chương trình 30 nghìn căn nhà cho hộ nghèo', 'part of a name'],
    ['các chỉ tiêu được chia thành 4 nhóm: kinh tế, xã hội', 'the groups of a list'],
    ['trẻ dưới 5 tuổi', 'age in a label ("trẻ dưới 5 tuổi")'],
    ['6 tháng đầu năm', 'length of a period ("6 tháng đầu năm", "5 năm")'],
    ['lần thứ 14', 'ordinal or reference'],
    ['tại kỳ họp HĐND tỉnh lần 29, kỳ họp cuối năm', 'ordinal or reference'],
    ['tháng 3 vừa qua', 'date'],
    ['tại cuộc họp báo thường kỳ quí 3 do UBND thành phố tổ chức', 'date'],
    ['kết thúc lúc 11 giờ 30 cùng ngày', 'time'],
    ['Trường số 1 của huyện', 'name or reference number'],
    ['kỷ niệm 2024 và', 'year'],
    ['đợt nắng nóng trong tháng 5 và 6 làm', 'date'],
    ['trong các tháng 5, 6 và 7-2024', 'date'],
    ['Đến 30-6, tổng thu', 'date'],
    ['Tổng thu ngân sách trên địa bàn ước thực hiện đến 30-6 đạt', 'date'],
    ['tính đến ngày 30-6-2023 năm', 'date'],
    ['kế hoạch đầu tư công trung hạn (lần 6)', 'ordinal or reference'],
    ['là 1 trong những chỉ tiêu quan trọng', 'one of many'],
    ['Cụm Công nghiệp và Dịch vụ 19/5 được đầu tư hạ tầng', 'a date or a name ("Dịch vụ 24/4")'],
    ['phát triển đô thị loại 1 trực thuộc tỉnh', 'ordinal or reference'],
    ['Đính kèm File intNumViewTotal=194', 'page code'],
    ['thắt chặt tình hữu nghị giữa 2 huyện, 2 tỉnh.', 'places named, not counted'],
    ['Trẻ em trong độ tuổi từ 05 đến 11 được tiêm', 'age in a label ("trẻ dưới 5 tuổi")'],
    ['kim ngạch xuất khẩu của 13 tỉnh khu vực Tây Nguyên đạt', 'places named, not counted'],
    ['có vị trí quan trọng trong giao lưu quốc tế(1).', 'a footnote mark'],
    ['HĐND huyện đã tổ chức 2 kỳ họp thường lệ', 'the meeting’s proceedings'],
    [
      'phường tổ chức tổng kết năm 2008 với sự tham dự của đại diện Quận ủy và nhân dân 6 khu phố',
      'the meeting’s proceedings',
    ],
    ['khép lại quá trình hoạt động 11 khóa của HĐND tỉnh', 'the meeting’s proceedings'],
    ['Năm 2023, lần đầu tiên trong 3 nhiệm kỳ, huyện đạt toàn bộ chỉ tiêu', 'term'],
    ['Nội dung chất vấn tập trung vào hơn 12 vấn đề trọng tâm', 'the meeting’s proceedings'],
    ['em Trần Minh An (lớp 11 Trường Trung học phổ thông chuyên)', 'ordinal or reference'],
    ['tỷ lệ trẻ em dưới 01 tuổi được tiêm đủ 8 loại vacxin', 'a count in a label ("tiêm đủ 8 loại vắc xin")'],
    [
      '(dự kiến GDP của Việt Nam năm 2023 chỉ tăng khoảng 5 – 5,5% so với mục tiêu tăng 6,5%)',
      'another place',
    ],
    ['còn 02 chỉ tiêu gần đạt kế hoạch', 'the targets not reached'],
    ['còn 02 chỉ tiêu xấp xỉ đạt kế hoạch', 'the targets not reached'],
    ['Cùng điểm lại 5 điểm nhấn quan trọng của tỉnh trong năm 2024', 'the article’s own parts'],
    ['Bà Lê Thị Hoa (68 tuổi) cho biết, quê hương đổi thay', 'a person’s age'],
    ['Bài 3: Mẫu Sơn - những dấu ấn phát triển', 'ordinal or reference'],
    ['MAU_SON_TR.KHAI_2023(2)', 'page code'],
    ['nâng cấp Đường tỉnh 932 và cầu qua sông', 'name or reference number'],
    ['thực hiện nghiêm Nghị quyết Trung ương 4 (khoá XII)', 'name or reference number'],
    ['Chủ trì hội nghị có Chủ tịch UBND huyện và 02 Phó Chủ tịch UBND huyện', 'the meeting’s proceedings'],
    [
      'công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã, nhiệm kỳ 2025-2030 đối với 27 đồng chí',
      'the meeting’s proceedings',
    ],
    [
      'Ban Chấp hành đã bầu 11 đồng chí vào Ban Thường vụ; 5 ủy viên Ủy ban Kiểm tra',
      'the meeting’s proceedings',
    ],
    ['phát triển mô hình giảm nghèo (Dự án 2); hỗ trợ nhà ở (Dự án 5)', 'part of a name'],
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

describe('findAmounts sets a congress’s delegates aside, and keeps the party members they stand for', () => {
  it.each([
    'Hơn 180 đảng viên đại diện cho 1.340 đảng viên của toàn Đảng bộ xã Vân Khê dự Đại hội',
    '95 đồng chí đại biểu đại diện cho hơn 1.340 đảng viên',
    'cùng với 205 đảng viên tiêu biểu đại diện cho 1.340 đảng viên trong toàn đảng bộ đã về dự',
  ])('%j', (text) => {
    const { amounts, ignored } = findAmounts(text)
    expect(amounts.map((amount) => amount.valueText)).toEqual([expect.stringMatching(/1\.340 đảng viên$/u)])
    expect(ignored.map((number) => number.reason)).toContain('the meeting’s proceedings')
  })
})

describe('findAmounts sets aside a council’s confidence vote, honours handed out, and a rank after a rank', () => {
  it.each<[string, string, string[]]>([
    [
      'Kết quả, 18 người giữ chức vụ do HĐND huyện bầu có tỷ lệ tín nhiệm cao từ 55,56% đến 94,44%; tín nhiệm từ 5,56% đến 44,44%.',
      'the meeting’s proceedings',
      [],
    ],
    [
      'Tại hội nghị, Ban Chấp hành đã trao giấy khen cho 9 chi bộ và trao giấy khen cho 25 đảng viên; năm 2025 kết nạp 41 đảng viên.',
      'the meeting’s proceedings',
      ['41 đảng viên'],
    ],
    [
      'Tăng trưởng kinh tế đạt 6,1%, xếp thứ 5/13 tỉnh, thành phố trong vùng và 24/63 cả nước.',
      'rank',
      ['6,1%'],
    ],
  ])('%j', (text, reason, kept) => {
    const { amounts, ignored } = findAmounts(text)
    expect(amounts.map((amount) => amount.valueText)).toEqual(kept)
    expect(ignored.map((number) => number.reason)).toContain(reason)
  })
})

describe('findAmounts counts the nights guests stayed, unlike the length of a period', () => {
  it('reads "ngày" after "ngày khách" as an amount', () => {
    const { amounts, ignored } = findAmounts('Trong 5 ngày lễ, tổng ngày khách lưu trú đạt 41.200 ngày')
    expect(amounts.map((amount) => amount.valueText)).toEqual(['41.200 ngày'])
    expect(ignored.map((number) => number.text)).toEqual(['5 ngày'])
  })
})

describe('findAmounts sets aside an infographic’s counter still at nought before its label', () => {
  it.each([
    '0 Thu nhập bình quân đầu người trên 65 triệu đồng',
    '0 GRDP bình quân đầu người trên 120 triệu đồng',
  ])('%j', (text) => {
    const { amounts, ignored } = findAmounts(text)
    expect(amounts.map((amount) => amount.valueText)).toHaveLength(1)
    expect(ignored.map((number) => number.text)).toEqual(['0'])
  })
})
