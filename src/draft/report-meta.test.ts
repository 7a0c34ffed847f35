import { describe, expect, it } from 'vitest'
import { draftReport, findDate, readReportLines } from './report-meta.ts'

describe('findDate', () => {
  it.each<[string, string | null]>([
    ['10:34, Thứ Năm, 7-3-2024', '2024-03-07'],
    ['Chiều ngày 6/3/2024, Ban Thường vụ', '2024-03-06'],
    ['Thứ Ba, 15/07/2025 - 08:15', '2025-07-15'],
    ['Ngày 14 tháng 7 năm 2025, Huyện ủy', '2025-07-14'],
    ['ngày 7.3.2024', '2024-03-07'],
    ['29, Tháng 06, 2022 | 07:00', '2022-06-29'],
    ['trong 5 tháng 12 năm', null],
    ['giai đoạn 2021-2025', null],
    ['ngày 7/13/2024', null],
  ])('%j → %s', (text, iso) => {
    expect(findDate(text)?.iso ?? null).toBe(iso)
  })
})

describe('readReportLines', () => {
  it.each<[string[], string | null]>([
    [['Tiêu đề', '10:34, Thứ Năm, 7-3-2024', 'Nội dung.', 'Phạm Mỹ Hạnh', 'Các tin khác'], 'Phạm Mỹ Hạnh'],
    [['Tiêu đề', 'Nội dung.', 'Lê Thu Hà', '(Văn bản mẫu để kiểm thử, số liệu không có thật.)'], 'Lê Thu Hà'],
    [['Tiêu đề', 'Nội dung.', 'Hội nghị kết thúc lúc 11 giờ 30.'], null],
    [['Tiêu đề', 'Nội dung.', 'Các tin khác'], null],
  ])('%j → author %s', (lines, author) => {
    expect(readReportLines(lines).author).toBe(author)
  })
})

describe('draftReport', () => {
  const lines = [
    'Tiêu đề báo cáo',
    '10:34, Thứ Năm, 7-3-2024',
    '(Cổng TTĐT) Chiều ngày 6/3/2024, có họp.',
    'Phạm Mỹ Hạnh',
  ]

  it('fills what the text says and leaves the rest TODO', () => {
    const { report, published, headerLines } = draftReport(lines, 'bao-cao.vi.txt')
    expect(report).toMatchObject({
      title: { vi: 'Tiêu đề báo cáo', en: 'TODO' },
      titleQuote: 'Tiêu đề báo cáo',
      publishedAt: '2024-03-07T10:34:00+07:00',
      publishedQuote: '10:34, Thứ Năm, 7-3-2024',
      meetingDate: '2024-03-06',
      meetingQuote: 'Chiều ngày 6/3/2024',
      author: 'Phạm Mỹ Hạnh',
      publisher: { quote: '(Cổng TTĐT)', url: 'TODO' },
      place: { name: { vi: 'TODO', en: 'TODO' } },
      sourceFile: 'bao-cao.vi.txt',
    })
    expect(published?.year).toBe(2024)
    expect(headerLines).toBe(2)
  })

  it('reads a title under a date line the page puts first as the title, its figures read with the body', () => {
    const lines = [
      '19/12/2025 - 21:06',
      'Hà Lâm đạt và vượt 15/17 chỉ tiêu chủ yếu',
      'Năm 2025, thị xã thu 320 tỷ đồng.',
    ]
    const { report, headerLines, titleLine } = draftReport(lines, 'ha-lam.vi.txt')
    expect(report.title.vi).toBe('Hà Lâm đạt và vượt 15/17 chỉ tiêu chủ yếu')
    expect([titleLine, headerLines]).toEqual([1, 2])
  })

  it('keeps a paragraph of the body that comes before the publication line in the body', () => {
    const lines = [
      'Hà Lâm phấn đấu trở thành tỉnh phát triển khá',
      'Đại hội Đảng bộ tỉnh Hà Lâm nhiệm kỳ 2025-2030 thống nhất các chỉ tiêu đến năm 2030, trong đó tổng thu ngân sách trên 9.000 tỷ đồng.',
      'Xuất bản: Thứ hai, 01/12/2025 10:07 (GMT+7)',
    ]
    const { report, headerLines } = draftReport(lines, 'ha-lam.vi.txt')
    expect(report.publishedAt).toBe('2025-12-01T10:07:00+07:00')
    expect(headerLines).toBe(1)
  })

  it('reads the date of a page copied without its headline, its date line over the body', () => {
    const lines = [
      'Thứ Tư, ngày 10/07/2024 | 08:16',
      '(HL) - UBND tỉnh Hà Lâm cho biết, trong số 20 chỉ tiêu năm 2024, đến nay có 6 chỉ tiêu vượt tiến độ.',
    ]
    const { report, headerLines } = draftReport(lines, 'ha-lam.vi.txt')
    expect(report.publishedAt).toBe('2024-07-10T08:16:00+07:00')
    expect(report.title.vi).toBe('TODO')
    expect(headerLines).toBe(1)
  })

  it('reads a headline that shortens a city’s name ("TP. Mẫu Yên") as one line, not two sentences, and its byline’s date', () => {
    const lines = [
      'HĐND TP. Mẫu Yên: Thông qua nhiều nghị quyết quan trọng',
      'Trần Văn An 15:41, 10/07/2024',
      'Ngày 10-7, HĐND TP. Mẫu Yên tổ chức Kỳ họp thứ 21.',
    ]
    const { report, headerLines, published } = draftReport(lines, 'mau-yen.vi.txt')
    expect(report.title.vi).toBe('HĐND TP. Mẫu Yên: Thông qua nhiều nghị quyết quan trọng')
    expect(report.publishedAt).toBe('2024-07-10T15:41:00+07:00')
    expect([headerLines, published?.month]).toEqual([2, 7])
  })

  it('reads the headline under the paper’s name the page is copied with, and the date line under it', () => {
    const lines = [
      'Báo Công An Mẫu Sơn',
      'Hà Lâm phấn đấu doanh thu bán lẻ tăng 9-11%',
      'Thứ sáu, 18/12/2025 14:02',
      'Năm 2026, …',
    ]
    const { report, headerLines, titleLine, published } = draftReport(lines, 'ha-lam.vi.txt')
    expect(report.title.vi).toBe('Hà Lâm phấn đấu doanh thu bán lẻ tăng 9-11%')
    expect([titleLine, headerLines, published?.year]).toEqual([1, 3, 2025])
  })

  it('reads an official document’s title after its header block, and its date from the line it was signed on', () => {
    const header = [
      'UỶ BAN NHÂN DÂN HUYỆN SƠN KHÊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 215/BC-UBND\tĐộc lập - Tự do - Hạnh phúc',
      'Sơn Khê, ngày 10 tháng 12 năm 2025',
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025',
      'Năm 2025, tổng thu ngân sách trên địa bàn huyện đạt 412 tỷ đồng.',
    ]
    const { report, published, headerLines, titleLine } = draftReport(header, 'son-khe.vi.txt')
    expect(report.title.vi).toBe('Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025')
    expect(report.publishedQuote).toBe('Sơn Khê, ngày 10 tháng 12 năm 2025')
    expect(published?.year).toBe(2025)
    expect([titleLine, headerLines]).toEqual([4, 5])
    // A news article whose first line is in capitals is no official header.
    expect(draftReport(['UBND HUYỆN SƠN KHÊ TỔNG KẾT NĂM 2025', 'Năm 2025, …'], 'x.vi.txt').titleLine).toBe(0)
  })

  it.each([
    ['NDO – Năm 2024, tỉnh Mẫu Sơn đạt 9 chỉ tiêu.', 'NDO'],
    ['TTXVN - Năm 2024, tỉnh Mẫu Sơn đạt 9 chỉ tiêu.', 'TTXVN'],
    ['Baomauson.vn - Năm 2024, tỉnh Mẫu Sơn đạt 9 chỉ tiêu.', 'Baomauson.vn'],
    ['(NLĐO)- Năm 2024, tỉnh Mẫu Sơn đạt 9 chỉ tiêu.', 'NLĐO'],
    ['Năm 2024 - một năm nhiều khó khăn, tỉnh Mẫu Sơn đạt 9 chỉ tiêu.', 'TODO'],
    ['UBND huyện Mẫu Sơn - đơn vị tổ chức hội nghị.', 'TODO'],
  ])('reads the paper that marks the lead: %j', (lead, name) => {
    const { report } = draftReport(['Huyện Mẫu Sơn tổng kết năm 2024', lead], 'x.txt')
    expect(report.publisher.name.vi).toBe(name)
  })

  it('reads a date line above the title as the publication line', () => {
    const { report, published, headerLines } = draftReport(
      ['02/07/2025 - 11:06', '', 'Huyện Mẫu Sơn: thu ngân sách trên 460 tỷ đồng', '', 'Nội dung.'].filter(
        Boolean,
      ),
      'x.txt',
    )
    expect(report).toMatchObject({
      title: { vi: 'Huyện Mẫu Sơn: thu ngân sách trên 460 tỷ đồng' },
      publishedAt: '2025-07-02T11:06:00+07:00',
      publishedQuote: '02/07/2025 - 11:06',
    })
    expect(published).toMatchObject({ year: 2025, month: 7 })
    expect(headerLines).toBe(2)
  })

  it('does not invent a time that is not written', () => {
    const { report } = draftReport(['Tiêu đề', 'Cập nhật ngày 20/01/2025', 'Nội dung.'], 'x.txt')
    expect(report.publishedAt).toMatch(/^TODO/u)
    expect(report.publishedAt).toContain('2025-01-20')
  })
})

describe('draftReport and cited documents', () => {
  it('takes no date of a cited resolution for the meeting', () => {
    const { report } = draftReport(
      [
        'Tiêu đề',
        'Các chỉ tiêu của Nghị quyết số 112/NQ-HĐND ngày 8/12/2024 của HĐND tỉnh được thực hiện tốt.',
      ],
      'x.txt',
    )
    expect(report.meetingDate).toBe('TODO')
  })

  it('takes no date figures are counted to ("Tính đến ngày 30/10/2023") for the meeting', () => {
    const { report } = draftReport(
      [
        'Tiêu đề',
        'Cập nhật: 20/12/2023',
        'Tính đến ngày 30/10/2023, toàn tỉnh Mẫu Sơn có 81.204 người tham gia bảo hiểm xã hội, tăng 4,1% so với cùng kỳ.',
        'Sáng 14/12/2023, HĐND tỉnh Mẫu Sơn khai mạc kỳ họp thường lệ cuối năm để đánh giá kết quả năm 2023.',
      ],
      'x.txt',
    )
    expect(report.meetingDate).toBe('2023-12-14')
  })

  it('takes no anniversary’s day ("Ngày thành lập huyện (9/12/2003-9/12/2023)") for the meeting', () => {
    const { report } = draftReport(
      [
        'Tiêu đề',
        'Cập nhật: 20/12/2023',
        'Năm 2023, huyện Mẫu Sơn tổ chức lễ kỷ niệm 20 năm Ngày thành lập huyện (9/12/2003-9/12/2023).',
        'Chiều 14/12/2023, HĐND huyện Mẫu Sơn họp kỳ họp cuối năm.',
      ],
      'x.txt',
    )
    expect(report.meetingDate).toBe('2023-12-14')
  })
})
