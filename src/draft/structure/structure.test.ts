import { describe, expect, it } from 'vitest'
import { splitReport } from '../split-text.ts'
import { readReportYears } from './report-years.ts'
import { draftDataset } from '../draft-dataset.ts'
import { findPhrases } from './governing.ts'

/** What the draft makes of each amount of a short text: its words, value, unit, role, year and the rule that chose the role. */
function read(text: string) {
  const draft = draftDataset(text, 'mau.vi.txt')
  return {
    draft,
    figures: draft.figures.map((f) => ({
      valueText: f.valueText,
      value: f.value,
      unit: f.unit,
      role: f.role,
      year: f.period?.year ?? null,
      rule: f.why?.role.rule,
      name: f.label.vi,
      partOfYear: f.partOfYear,
      comparator: f.comparator,
    })),
  }
}

// Each text is written for the test, in the forms of real provincial articles; places and numbers are made up.
describe('the draft reads what a real report means', () => {
  it('1. a share of plan in a result sentence is a result, not a target', () => {
    const { figures } = read(
      'Năm 2024, sản lượng lương thực của huyện Mẫu Sơn đạt 41.326 tấn, đạt 103,32% kế hoạch; kim ngạch xuất khẩu bằng 98,97% so với cùng kỳ và vượt 0,32% so với kế hoạch.',
    )
    expect(figures).toMatchObject([
      { valueText: '41.326 tấn', role: 'actual', year: 2024 },
      { valueText: '103,32% kế hoạch', value: 103.32, role: 'actual', year: 2024, rule: 'share-of-plan' },
      { valueText: '98,97%', role: 'actual', year: 2024 },
      { valueText: 'vượt 0,32% so với kế hoạch', value: 100.32, role: 'actual', year: 2024 },
    ])
  })

  it('2. a lead clause makes every item of its list a target of its year, though the items say "đạt"', () => {
    const { figures } = read(
      'Năm 2024, tổng thu ngân sách của huyện Mẫu Sơn đạt 512 tỷ đồng. Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2025 là: tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở lên; tổng giá trị sản xuất đạt 8.960 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 2%.',
    )
    expect(figures).toMatchObject([
      { valueText: '512 tỷ đồng', role: 'actual', year: 2024 },
      { valueText: '9,5% trở lên', role: 'target', year: 2025, rule: 'lead' },
      { valueText: '8.960 tỷ đồng', role: 'target', year: 2025, rule: 'lead' },
      { valueText: 'dưới 2%', role: 'target', year: 2025, rule: 'lead' },
    ])
  })

  it('2. "phấn đấu: …" and "Mục tiêu năm 2025: …" lead lists too, across lines', () => {
    const { figures } = read(
      'Năm 2024, huyện Mẫu Sơn thu ngân sách 300 tỷ đồng.\nMục tiêu năm 2025:\n- Thu ngân sách đạt 330 tỷ đồng;\n- Tạo việc làm cho 2.000 lao động.',
    )
    expect(figures.slice(1)).toMatchObject([
      { valueText: '330 tỷ đồng', role: 'target', year: 2025 },
      { valueText: '2.000 lao động', role: 'target', year: 2025 },
    ])
  })

  it('3. a price base, a cited resolution, a comparison and a term are not the report’s year', () => {
    const { figures, draft } = read(
      'Theo Nghị quyết số 23/NQ-HĐND ngày 22/7/2021 của HĐND tỉnh, nhiệm kỳ 2021 - 2026, năm 2024 giá trị sản xuất (giá so sánh năm 2010) của huyện Mẫu Sơn đạt 5.120 tỷ đồng, tăng 7,5% so với năm 2023.',
    )
    expect(figures).toMatchObject([
      { valueText: '5.120 tỷ đồng', role: 'actual', year: 2024 },
      { valueText: '7,5%', role: 'actual', year: 2024 },
    ])
    expect(draft.figures[1]?.changeFrom).toEqual({ year: 2023 })
    expect(draft.periods.actual).toBe(2024)
  })

  it('4. with no date line, the year the results are given for decides; part of a year is said', () => {
    const { figures, draft } = read(
      'Huyện Mẫu Sơn tổng kết năm 2024\nCả năm, tổng thu ngân sách ước đạt 610 tỷ đồng. Riêng 6 tháng đầu năm 2025, thu ngân sách đạt 320 tỷ đồng.',
    )
    expect(figures).toMatchObject([
      { valueText: 'ước đạt 610 tỷ đồng', role: 'actual', year: 2024 },
      { valueText: '320 tỷ đồng', role: 'actual', year: 2025 },
    ])
    expect(draft.figures[1]?.partOfYear).toBe('6 tháng đầu năm')
    expect(draft.figures[0]?.partOfYear).toBeUndefined()
  })

  it('5. dates, day ranges, proceedings, counters and document numbers are not figures', () => {
    const { figures } = read(
      'Cập nhật: 21/12/2024 08:15 | Lượt xem: 2724\nSáng nay 20/12, kỳ họp thứ 19 HĐND huyện Mẫu Sơn diễn ra trong 2 ngày 19 – 20/12 với 30/32 đại biểu dự; kỳ họp thông qua 12 nghị quyết, trong đó Nghị quyết số 45/NQ-HĐND. Năm 2024, thu ngân sách đạt 300 tỷ đồng.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['300 tỷ đồng'])
  })

  it('5. a day written with a dot and a rank written without "thứ" are not figures', () => {
    const { figures } = read(
      'Chiều 9.7, kỳ họp thứ 12 HĐND tỉnh Mẫu Sơn khai mạc. 6 tháng đầu năm 2025, GRDP của tỉnh tăng 7,1% so với cùng kỳ (xếp 18 cả nước, đứng thứ 3 trong vùng).',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['7,1%'])
  })

  it('5. a date in words ("09 Tháng 3 2017") and a crop\'s number ("(vụ 3)") are not figures', () => {
    const { figures } = read(
      'Thứ năm, 09 Tháng 3 2017\nVụ Thu Đông (vụ 3) năm 2016 của tỉnh Mẫu Sơn gieo trồng 61.200 ha, bằng 96,3% so cùng kỳ năm trước.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['61.200 ha', '96,3%'])
  })

  it('5. the days a meeting ran, written "Từ 28 đến 30-12", are not figures', () => {
    const { figures } = read(
      'Từ 28 đến 30-12, HĐND huyện Mẫu Sơn tổ chức kỳ họp thường lệ cuối năm. Năm 2020, thu ngân sách đạt 215 tỷ đồng.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['215 tỷ đồng'])
  })

  it('5. so are the days after "ngày," ("Trong 2 ngày, 12 đến 13/12/2019"), and a plan bracketed as "NQHĐND là"', () => {
    const { figures } = read(
      'Trong 2 ngày, 12 đến 13/12/2019, HĐND thành phố Mẫu Sơn tổ chức kỳ họp thứ 12. Năm 2019, tốc độ tăng trưởng ước đạt 8,6% (NQHĐND là 9-9,5%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 8,6%', 'actual', 2019],
      ['9-9,5%', 'target', 2019],
    ])
  })

  it('6. a scorecard written in words is found', () => {
    for (const [text, achieved, total] of [
      [
        'Năm 2024, huyện Mẫu Sơn đề ra 22 chỉ tiêu chủ yếu, trong đó thực hiện đạt và vượt 19 chỉ tiêu.',
        19,
        22,
      ],
      ['Năm 2024, huyện Mẫu Sơn có 19 trên 23 chỉ tiêu đạt kế hoạch.', 19, 23],
      [
        'Năm 2024, trong hai mươi ba chỉ tiêu chủ yếu, huyện có mười chín chỉ tiêu đạt và vượt, bốn chỉ tiêu chưa đạt.',
        19,
        23,
      ],
    ] as const) {
      expect(read(text).draft.scorecard, text).toMatchObject({ achieved, total, period: { year: 2024 } })
    }
  })

  it('7. changes and approximations keep their sign and their kind', () => {
    const { figures } = read(
      'Năm 2024, tỷ lệ hộ nghèo của huyện Mẫu Sơn giảm 0,07% so với năm 2023; tổng thu ngân sách đạt 680 tỷ đồng, vượt gần 47% kế hoạch; tốc độ tăng trưởng đạt 8,2%, tăng 0,5% so với kế hoạch.',
    )
    expect(figures).toMatchObject([
      { valueText: 'giảm 0,07%', value: -0.07, unit: 'percentage-point', role: 'actual' },
      { valueText: '680 tỷ đồng', role: 'actual' },
      { valueText: 'vượt gần 47% kế hoạch', value: 147, unit: 'percent-of-plan', role: 'actual' },
      { valueText: '8,2%', role: 'actual' },
      { valueText: '0,5%', value: 0.5, unit: 'percentage-point', role: 'actual' },
    ])
  })

  it('7. a fall said with its comparator keeps its sign and the comparator as written', () => {
    const { figures } = read('Năm 2024, chi ngân sách của huyện Mẫu Sơn giảm hơn 12% so với năm 2023.')
    expect(figures).toMatchObject([
      { valueText: 'giảm hơn 12%', value: -12, unit: 'percent', role: 'actual' },
    ])
    expect(read('Năm 2024, chi ngân sách giảm hơn 12% so với năm 2023.').draft.figures[0]?.comparator).toBe(
      'moreThan',
    )
  })

  it('2. in a list of targets, "đạt và vượt" is what an item aims at; the months still ahead are planned', () => {
    const { figures } = read(
      'HĐND xã Mẫu Sơn thông qua nghị quyết về nhiệm vụ 6 tháng cuối năm 2025 với 15 chỉ tiêu chủ yếu là: thu nhập bình quân đầu người đạt 70 triệu đồng; tổng sản lượng lương thực đạt và vượt 9.800 tấn; tỷ lệ lao động qua đào tạo đạt 80%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['70 triệu đồng', 'target', 2025],
      ['vượt 9.800 tấn', 'target', 2025],
      ['80%', 'target', 2025],
    ])
  })

  it('4. a text that plans nothing and names one year reports on that year', () => {
    const { figures } = read(
      'Ngày 8.12, ông Chủ tịch UBND tỉnh Mẫu Sơn cho biết ngành chế biến năm 2024 tiếp tục là điểm sáng.\n\nCụ thể: sản lượng chế biến tôm ước đạt 180 ngàn tấn, vượt hơn 20% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 180 ngàn tấn', 'actual', 2024],
      ['vượt hơn 20% kế hoạch', 'actual', 2024],
    ])
  })

  it('1. the targets just said to be met, listed with what they reached, are results; so is an amount bracketed after its share of plan', () => {
    const { figures } = read(
      'Năm 2024, trong số 25 chỉ tiêu HĐND huyện Mẫu Sơn đề ra có 21 chỉ tiêu đạt và vượt kế hoạch.\n\nTrong đó, các chỉ tiêu chủ yếu như: tổng sản lượng lương thực đạt 14.200 tấn (đạt 104% kế hoạch); doanh thu dịch vụ đạt 70,9% kế hoạch (3.698 tỷ đồng).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['14.200 tấn', 'actual', 2024],
      ['104% kế hoạch', 'actual', 2024],
      ['70,9% kế hoạch', 'actual', 2024],
      ['3.698 tỷ đồng', 'actual', 2024],
    ])
  })

  it('4. nine months with no year are of the year whose last months come next, not of a later crop season', () => {
    const { figures } = read(
      'Ngày 3-10, UBND huyện Mẫu Sơn đánh giá tình hình thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ những tháng cuối năm 2024.\n\nTổng giá trị sản xuất ước đạt 1.200 tỷ đồng, tăng hơn 7%. Huyện xây dựng kế hoạch sản xuất vụ Xuân năm 2025.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 1.200 tỷ đồng', 'actual', 2024],
      ['hơn 7%', 'actual', 2024],
    ])
  })

  it('4. a text that names no year but the one it compares with reports on the year after', () => {
    const { figures } = read(
      'Kinh tế của huyện Mẫu Sơn tiếp tục phát triển. Tổng giá trị sản xuất ước tăng 9,2% so với năm 2023 (KH tăng 8-9%). Sản lượng lương thực ước đạt 21.400 tấn/KH 22.000 tấn.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.unit])).toEqual([
      ['9,2%', 'actual', 2024, 'percent'],
      ['8-9%', 'target', 2024, 'percent'],
      ['ước đạt 21.400 tấn', 'actual', 2024, 'tonne'],
      ['22.000 tấn', 'target', 2024, 'tonne'],
    ])
  })

  it('4. the news of a congress looks back on the term that ended as the new one began', () => {
    const { figures } = read(
      'Đại hội Đảng bộ xã Hà Lâm lần thứ V, nhiệm kỳ 2025 - 2030 diễn ra trong hai ngày. Nhiệm kỳ qua, xã Hà Lâm đạt nhiều kết quả: thu nhập bình quân đầu người đạt 58 triệu đồng/người/năm; nông nghiệp chiếm tỷ lệ 40,5%, tăng trưởng bình quân đạt 6,2%.',
    )
    // The level reached is the term's last year's; an average over the term is the term's, no one year's, and says so.
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['58 triệu đồng/người/năm', 'actual', 2025, 'Thu nhập bình quân đầu người'],
      ['40,5%', 'actual', 2025, 'Tỷ trọng nông nghiệp'],
      ['6,2%', 'fact', 2025, 'Tốc độ tăng trưởng bình quân nông nghiệp (nhiệm kỳ qua)'],
    ])
  })

  it('4. a time bracketed alone before a colon dates the list after it; a title in capitals naming "Giao …" assigns nothing', () => {
    const { figures, draft } = read(
      'HUYỆN GIAO LÂM ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO NĂM 2024\nTại thời điểm huyện đạt chuẩn nông thôn mới (năm 2018): thu nhập bình quân đầu người đạt 36,1 triệu đồng/người; tỷ lệ hộ nghèo còn 3,4%. Năm 2024, thu nhập bình quân đầu người đạt 81,2 triệu đồng/người; tỷ lệ hộ nghèo còn 0,8%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['36,1 triệu đồng/người', 'actual', 2018],
      ['3,4%', 'actual', 2018],
      ['81,2 triệu đồng/người', 'actual', 2024],
      ['0,8%', 'actual', 2024],
    ])
    expect(draft.periods).toMatchObject({ actual: 2024 })
  })

  it('3. a year whose targets and tasks are said done ("hoàn thành cơ bản các chỉ tiêu, nhiệm vụ năm 2022") is the results’', () => {
    const { figures } = read(
      'Triển khai thực hiện nhiệm vụ năm 2022 trong nhiều khó khăn, Đảng bộ và nhân dân tỉnh Mẫu Đông đã nỗ lực vượt qua, hoàn thành cơ bản các chỉ tiêu, nhiệm vụ năm 2022.\n\nTăng trưởng GRDP đạt 4,1%; thu ngân sách nội địa đạt 3.210 tỷ đồng, đạt 102,3% dự toán.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['4,1%', 'actual', 2022],
      ['3.210 tỷ đồng', 'actual', 2022],
      ['102,3% dự toán', 'actual', 2022],
    ])
    // An aim to be done names the plan: "phấn đấu hoàn thành các chỉ tiêu, nhiệm vụ năm 2023".
    const aimed = read(
      'Năm 2022, tỉnh Mẫu Đông thu ngân sách nội địa đạt 3.210 tỷ đồng. Tỉnh phấn đấu hoàn thành các chỉ tiêu, nhiệm vụ năm 2023: tăng trưởng GRDP đạt 6,5%.',
    )
    expect(aimed.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['3.210 tỷ đồng', 'actual', 2022],
      ['6,5%', 'target', 2023],
    ])
  })

  it('places counted by the standard they reached are results, not what the place is made of', () => {
    const { figures } = read(
      'Trong quý I năm 2025, tỉnh Mẫu Đông có thêm 4 xã NTM nâng cao, 6 xã NTM kiểu mẫu được công nhận. Lũy kế đến nay, toàn tỉnh có 9 đơn vị cấp huyện, 301/388 xã đạt chuẩn NTM; tỉnh có 11 huyện với 388 xã, trong đó 52 xã đạt chuẩn NTM nâng cao.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['4 xã', 'actual'],
      ['6 xã', 'actual'],
      ['9 đơn vị cấp huyện', 'actual'],
      ['301/388 xã', 'actual'],
      ['11 huyện', 'profile'],
      ['388 xã', 'profile'],
      ['52 xã', 'actual'],
    ])
  })

  it('4. a text whose only results are a span’s, said reached, and which aims past it, reports the span’s last year', () => {
    const { figures } = read(
      'Phường Mẫu An có diện tích tự nhiên 31,2 km2. Tổng vốn đầu tư toàn xã hội của phường giai đoạn 2021-2025 đạt trên 5.100 tỷ đồng. Thu nhập bình quân đầu người toàn phường đạt 74,2 triệu đồng; tỷ lệ hộ nghèo giảm còn 0,41%. Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 150 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['31,2 km2', 'profile', null],
      ['trên 5.100 tỷ đồng', 'fact', 2025],
      ['74,2 triệu đồng', 'actual', 2025],
      ['0,41%', 'actual', 2025],
      ['150 triệu đồng', 'target', 2030],
    ])
  })

  it('4. a standard said reached in a year ("được công nhận đạt chuẩn nông thôn mới năm 2019") is the year reported', () => {
    const { figures } = read(
      'Huyện Vân Khê, tỉnh Hòa Lâm vừa được công nhận đạt chuẩn nông thôn mới năm 2021.\n\nSau 10 năm triển khai chương trình, toàn huyện đã huy động trên 1.200 tỷ đồng. Đến nay, huyện đã có 100% số xã đạt chuẩn nông thôn mới. Thu nhập của người dân tăng từ 12 triệu đồng/người/năm (năm 2011) lên 48 triệu đồng/người/năm (năm 2021). Tỷ lệ hộ nghèo của huyện chỉ còn 1,12%.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['trên 1.200 tỷ đồng', 2021],
      ['100%', 2021],
      ['12 triệu đồng/người/năm', 2011],
      ['48 triệu đồng/người/năm', 2021],
      ['1,12%', 2021],
    ])
  })

  it('4. a span summed up ("Hội nghị tổng kết Đề án … giai đoạn 2021–2025") reports its last year', () => {
    const { figures } = read(
      'Chiều 12/9, UBND tỉnh Mẫu Đông tổ chức Hội nghị tổng kết Đề án giải quyết việc làm giai đoạn 2021–2025. Theo báo cáo, 5 năm qua tỉnh đã giải quyết việc làm cho 120.400 lao động, đạt 104,2% kế hoạch. Tỷ lệ lao động qua đào tạo tăng lên 70,5%. Thu nhập bình quân người lao động trong doanh nghiệp đạt 7,1 triệu đồng/tháng.',
    )
    // An income averaged over people is a level of the span's last year, no average over its years.
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['120.400 lao động', 'fact', 2025],
      ['104,2% kế hoạch', 'fact', 2025],
      ['70,5%', 'actual', 2025],
      ['7,1 triệu đồng/tháng', 'actual', 2025],
    ])
  })

  it('3. the plan a place strives for, named after a share of it ("kế hoạch thị xã phấn đấu"), aims at nothing after it', () => {
    const { figures } = read(
      'Năm 2024, tổng thu ngân sách của thị xã Bến Nguyệt ước đạt trên 390 tỷ đồng, đạt 86,2% dự toán thị xã phấn đấu và bằng 78,4% so với cùng kỳ. Toàn thị xã đã giảm được 61 hộ nghèo, đạt 152% kế hoạch thị xã phấn đấu, đưa tỷ lệ hộ nghèo còn 0,3%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt trên 390 tỷ đồng', 'actual', 2024],
      ['86,2% dự toán', 'actual', 2024],
      ['78,4%', 'actual', 2024],
      ['được 61 hộ', 'actual', 2024],
      ['152% kế hoạch', 'actual', 2024],
      ['0,3%', 'actual', 2024],
    ])
  })

  it('4. a congress whose span is a "giai đoạn" looks back on the span before it', () => {
    const { figures } = read(
      'Ngày 12/9, Đại hội Thi đua yêu nước tỉnh Mẫu Đông lần thứ VI, giai đoạn 2025-2030 diễn ra với sự tham dự của 320 đại biểu, tôn vinh các tập thể, cá nhân xuất sắc giai đoạn 2020-2025. Những năm qua, GRDP bình quân đầu người của tỉnh ước đạt 61 triệu đồng, tăng 58,2% so với năm 2020. Tỉnh đã tổ chức thành công Năm Du lịch Quốc gia 2024, đón hơn 1,6 triệu lượt khách.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 61 triệu đồng', 'actual', 2025],
      ['58,2%', 'actual', 2025],
      ['hơn 1,6 triệu lượt khách', 'actual', 2025],
    ])
  })

  it('4. a congress whose targets are cited ("chỉ tiêu cơ cấu Đại hội XI (2015 - 2020)") opens no term; a course followed aims at nothing', () => {
    const { figures } = read(
      'Giai đoạn 2015 - 2020, huyện Mẫu Sơn đã triển khai nhiều giải pháp phát triển kinh tế. Kết quả đến nay, kinh tế huyện phát triển ổn định. Cơ cấu kinh tế chuyển dịch tích cực, phù hợp với định hướng công nghiệp hóa là công nghiệp - dịch vụ - nông nghiệp (50,2% - 40,1% - 9,7%). Dự kiến hết 2020, huyện cơ bản đạt chỉ tiêu cơ cấu Đại hội XI (2015 - 2020) đã đề ra.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['50,2%', 'actual', 2020],
      ['40,1%', 'actual', 2020],
      ['9,7%', 'actual', 2020],
    ])
  })

  it('3. a plan said kept ("đảm bảo kế hoạch đề ra") is what results are measured against, no aim', () => {
    const { figures } = read(
      'Năm 2024, công tác quản lý nhà nước của xã Lộc Vân đảm bảo kế hoạch đề ra; tổng thu ngân sách nhà nước đạt gần 14 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['gần 14 tỷ đồng', 'actual', 2024]])
  })

  it('2. in a text of aims only, the end of a year an aim runs to ("Phấn đấu … đến cuối năm 2025") is the plan’s year', () => {
    const { figures } = read(
      'Nhằm thực hiện mục tiêu giảm nghèo bền vững, tỉnh Hòa Lâm phấn đấu giảm tỷ lệ hộ nghèo đến cuối năm 2025 còn 1,5%; số hộ nghèo đến cuối năm 2025 còn 2.140 hộ (giảm 860 hộ).\n\nPhấn đấu 85% người lao động thuộc hộ nghèo được hỗ trợ sinh kế. 100% cán bộ làm công tác giảm nghèo được tập huấn; tối thiểu 400 người được đào tạo nghề.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1,5%', 'target', 2025],
      ['2.140 hộ', 'target', 2025],
      ['giảm 860 hộ', 'target', 2025],
      ['85%', 'target', 2025],
      ['100%', 'target', 2025],
      ['tối thiểu 400 người', 'target', 2025],
    ])
  })

  it('4. "5 năm đã qua (2020-2025)" in the news of a congress looks back on the term, not ahead to the new one', () => {
    const { figures } = read(
      'Đảng bộ xã Vân Khê tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. 5 năm đã qua (2020-2025), Đảng bộ xã đã đạt được nhiều thành tựu. Tổng sản lượng lương thực đạt hơn 9.000 tấn. Xã đón 21.000 lượt khách du lịch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 9.000 tấn', 'actual', 2025],
      ['21.000 lượt khách', 'actual', 2025],
    ])
  })

  it('4. results of part of a year stay part-year through their paragraph; a rise is named as a rise', () => {
    const { figures, draft } = read(
      'Theo báo cáo 9 tháng năm 2025 giá trị sản xuất nông nghiệp xã Hà Lâm đạt 212 tỷ đồng (tăng 7 tỷ đồng so với cùng kỳ). Giá trị thương mại đạt 95 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['212 tỷ đồng', 'actual', 2025, 'Giá trị sản xuất nông nghiệp'],
      ['7 tỷ đồng', 'actual', 2025, 'Mức tăng giá trị sản xuất nông nghiệp'],
      ['95 tỷ đồng', 'actual', 2025, 'Giá trị thương mại'],
    ])
    expect(draft.periods).toMatchObject({ actual: 2025, actualPart: '9 tháng' })
  })

  it('the plan’s level bracketed after "nghị quyết đề ra" is a target; a new subject after "và" names its own amount', () => {
    const { figures } = read(
      'Năm 2025, tổng thu ngân sách xã Hà Lâm là 12 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23 tỷ đồng); trong đó, thu nội địa 10 tỷ đồng, đạt 50,5% và thu từ đất là 2 tỷ đồng, đạt 59%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.name])).toEqual([
      ['12 tỷ đồng', 'actual', 'Tổng thu ngân sách'],
      ['51,8% so với nghị quyết', 'actual', 'Tổng thu ngân sách (% kế hoạch)'],
      ['23 tỷ đồng', 'target', 'Tổng thu ngân sách'],
      ['10 tỷ đồng', 'actual', 'Thu nội địa'],
      ['50,5%', 'actual', 'Thu nội địa (% kế hoạch)'],
      ['2 tỷ đồng', 'actual', 'Thu từ đất'],
      ['59%', 'actual', 'Thu từ đất (% kế hoạch)'],
    ])
  })

  it('a text published in the first months of a year plans that year: what it expects is a target', () => {
    const { figures, draft } = read(
      'Thành phố Mẫu Sơn triển khai nhiệm vụ năm 2025\n\n12/01/2025, 09:30\n\nNăm 2025, thành phố thực hiện 18 dự án trọng điểm, trong đó dự kiến khánh thành 7 dự án và khởi công 11 dự án.',
    )
    expect(draft.periods.actual).toBe('TODO')
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['18 dự án', 'target', 2025],
      ['7 dự án', 'target', 2025],
      ['11 dự án', 'target', 2025],
    ])
  })

  it('in a text of a year’s first months, what is estimated done so far is a result, not the plan’s level', () => {
    const { figures } = read(
      'Kỳ họp thứ 9, HĐND huyện Mẫu Sơn\n\n05/03/2025 08:10\n\nNăm 2025 là năm then chốt để hoàn thành các mục tiêu. Đến nay, toàn huyện đã gieo trồng vụ xuân được 3.150 ha; sản lượng thủy sản ước đạt 2.310 tấn, tăng 8% so với CK.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['3.150 ha', 'actual', 2025],
      ['ước đạt 2.310 tấn', 'actual', 2025],
      ['8%', 'actual', 2025],
    ])
  })

  it('3. the plan a share reached ("đạt 95,3% kế hoạch năm 2021") is of the year of results', () => {
    const { figures } = read(
      'Năm qua, huyện Mẫu Sơn triển khai hiệu quả các hoạt động sản xuất. Tổng sản lượng lương thực 230.000 tấn, đạt 110,6% kế hoạch. Giá trị sản xuất công nghiệp 570 tỷ đồng, đạt 95,3% kế hoạch năm 2021, tăng hơn 4,9% so cùng kỳ 2020.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['230.000 tấn', 'actual', 2021],
      ['110,6% kế hoạch', 'actual', 2021],
      ['570 tỷ đồng', 'actual', 2021],
      ['95,3% kế hoạch', 'actual', 2021],
      ['hơn 4,9%', 'actual', 2021],
    ])
  })

  it('2. the parts of a target broken down after it ("Trong đó, công nghiệp tăng 17 - 18%/năm"), on its line or the next, are targets of its year', () => {
    for (const gap of [' ', '\n']) {
      const { figures } = read(
        `Theo Quy hoạch tỉnh Mẫu Sơn thời kỳ 2021-2030, tỉnh đặt mục tiêu tốc độ tăng trưởng kinh tế bình quân đạt khoảng 11 - 12%.${gap}Trong đó, công nghiệp - xây dựng tăng 14 - 15%/năm; dịch vụ tăng 9 - 10%/năm. Năm 2024, công nghiệp tăng 12%.`,
      )
      expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
        ['khoảng 11 - 12%', 'target', 2030],
        ['14 - 15%/năm', 'target', 2030],
        ['9 - 10%/năm', 'target', 2030],
        ['12%', 'actual', 2024],
      ])
    }
    // The maker's "vì: là một phần của mức “khoảng 11 - 12%” đặt ra".
    const { draft } = read(
      'Tỉnh Mẫu Sơn đặt mục tiêu tốc độ tăng trưởng kinh tế bình quân thời kỳ 2021-2030 đạt khoảng 11 - 12%. Trong đó, dịch vụ tăng 9 - 10%/năm.',
    )
    expect(draft.figures[1]?.why?.role).toEqual({ rule: 'part-of-plan', words: 'khoảng 11 - 12%' })
  })

  it('2. "Chỉ tiêu giao thu ngân sách … là hơn 3 tỷ đồng" is the plan; a share of it reached is a result', () => {
    const { figures } = read(
      'Chỉ tiêu giao thu ngân sách đối với các xã của huyện Mẫu Sơn là hơn 3 tỷ đồng. Tính đến hết tháng 6 năm 2025, các xã mới thu ngân sách đạt 47% kế hoạch năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 3 tỷ đồng', 'target', 2025],
      ['47% kế hoạch', 'actual', 2025],
    ])
  })

  it('3. a year told as history is not the year of results: those come after the year they are compared with', () => {
    const { figures } = read(
      'Huyện Mẫu Sơn được tái lập từ năm 2008. Năm 2010, thu ngân sách của huyện đạt 52 tỷ đồng.\n\nThu ngân sách đạt 310 tỷ đồng, tăng 12% so với năm 2024.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['52 tỷ đồng', 'actual', 2010],
      ['310 tỷ đồng', 'actual', 2025],
      ['12%', 'actual', 2025],
    ])
  })

  it("2. a title naming a list of targets leads every line after it; an item with no words of its own is its lead's", () => {
    const { figures } = read(
      'Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030)\n- Về kinh tế:\n(1) Thu nhập bình quân đầu người đến năm 2030: 72 triệu đồng/năm.\n(2) Tỷ lệ hộ nghèo giảm bình quân/năm: trên 8%.\n(3) Số trường học đạt chuẩn Quốc gia: 05 trường.\n(4) Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.unit])).toEqual([
      ['72 triệu đồng/năm', 'target', 2030, 'million-vnd-per-person-year'],
      ['trên 8%', 'target', 2030, 'percent-per-year'],
      ['05 trường', 'target', 2030, 'school'],
      ['100% chỉ tiêu', 'target', 2030, 'percent-of-plan'],
    ])
  })

  it('2. "Một số chỉ tiêu cụ thể như:" in a text carrying out a congress\'s resolution lists the term\'s targets', () => {
    const { figures } = read(
      'Ngày 9/9, Huyện ủy Mẫu Sơn triển khai chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2025 - 2030. Một số chỉ tiêu cụ thể như: thu ngân sách hằng năm tăng 10 - 12%; thu nhập bình quân đầu người đạt 60 triệu đồng/năm, giải quyết việc làm hơn 1.500 lao động.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['10 - 12%', 'target', 2030],
      ['60 triệu đồng/năm', 'target', 2030],
      ['hơn 1.500 lao động', 'target', 2030],
    ])
  })

  it('4. a year inside the targets a resolution set out ("đề ra 14 chỉ tiêu chủ yếu, trong đó … năm 2030 đạt …") is the plan\'s', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ tỉnh Mẫu Sơn lần thứ I, nhiệm kỳ 2025 – 2030 thành công tốt đẹp.\n\nNghị quyết đề ra 14 chỉ tiêu chủ yếu, trong đó tốc độ tăng trưởng GRDP bình quân 5 năm đạt 9%/năm, thu nhập bình quân đầu người năm 2030 đạt 110 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9%/năm', 'target', 2030],
      ['110 triệu đồng', 'target', 2030],
    ])
  })

  it('3. a target measured against an earlier year’s budget estimate is still of the year its list plans', () => {
    const { figures } = read(
      'Kỳ họp xác định nhiệm vụ năm 2026 với các chỉ tiêu cơ bản, trong đó: sản xuất công nghiệp tăng 9,1%; thu ngân sách tăng 20,5% so với dự toán năm 2025.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9,1%', 'target', 2026],
      ['tăng 20,5% so với dự toán', 'target', 2026],
    ])
  })

  it('2. a lead that says the targets rose on last year and kept to the plan ("… đặt ra như:") leads results', () => {
    // Made-up province; the form of a provincial television page on a monthly government meeting.
    const { figures } = read(
      'Mẫu Sơn: Tổng sản phẩm GRDP tăng 7,9% so với cùng kỳ năm trước\n\nNgày 18/6, UBND tỉnh Mẫu Sơn tổ chức phiên họp tháng 6 năm 2024.\n\nTại phiên họp, các đại biểu thảo luận báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ giải pháp trọng tâm 6 tháng cuối năm 2024. Theo đó, nhiều chỉ tiêu kinh tế tăng so với cùng kỳ và đảm bảo mục tiêu theo lộ trình kế hoạch đặt ra như: Tổng sản phẩm GRDP trên địa bàn tỉnh ước đạt trên 6.150 tỷ đồng, tăng 7,9% so với cùng kỳ năm trước. Giá trị sản xuất toàn ngành công nghiệp ước đạt 1.420 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt trên 6.150 tỷ đồng', 'actual', 2024],
      ['7,9%', 'actual', 2024],
      ['ước đạt 1.420 tỷ đồng', 'actual', 2024],
    ])
  })

  it('1. a share of plan said after the targets’ noun and a verb of reaching is a result', () => {
    const { figures } = read(
      'Báo cáo kết quả năm 2023 của tỉnh Mẫu Sơn cho thấy, một số chỉ tiêu về văn hóa - xã hội có nhiều tiến bộ, với chỉ số hài lòng của người dân đạt 71,2%, vượt 1,4% so với kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['71,2%', 'actual', 2023],
      ['1,4%', 'actual', 2023],
    ])
  })

  it('1. the plan’s level named between the plan and "đề ra" is a target, not an excess over it', () => {
    const { figures } = read(
      'Năm 2025, tỷ lệ hộ dân nông thôn của huyện Mẫu Sơn dùng nước sạch đạt 96%, vượt chỉ tiêu 95% đề ra.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['96%', 'percent', 'actual', 2025],
      ['95%', 'percent', 'target', 2025],
    ])
    // Who set it, between ("mà Nghị quyết năm 2025 đề ra").
    const setBy = read(
      'Năm 2025, tỷ lệ người dân của huyện Mẫu Sơn tham gia bảo hiểm y tế đạt 95,4% (vượt chỉ tiêu 93% mà Nghị quyết năm 2025 đề ra).',
    ).figures
    expect(setBy.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['95,4%', 'percent', 'actual', 2025],
      ['93%', 'percent', 'target', 2025],
    ])
  })

  it('4. what is done so far, in a text that names one year and no date, is of that year', () => {
    const { figures } = read(
      'Kỳ họp thứ 9, HĐND huyện Mẫu Sơn\n\nNăm 2025 là năm then chốt để hoàn thành các mục tiêu của nhiệm kỳ. Đến nay, toàn huyện đã gieo trồng vụ xuân được 3.150 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['3.150 ha', 'actual', 2025]])
  })

  it('the parts of a planned budget are planned too, until an achievement is said', () => {
    const { figures } = read(
      'Năm 2025, tổng thu ngân sách xã Hà Lâm dự toán giao là 150 tỷ đồng; trong đó phần xã thu 40 tỷ đồng (thuế 12 tỷ đồng; thu từ đất 28 tỷ đồng). Tổng thu ngân sách thực hiện đạt 156 tỷ đồng; trong đó phần xã thu 43 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.rule])).toEqual([
      ['150 tỷ đồng', 'target', 2025, 'plan-level'],
      ['40 tỷ đồng', 'target', 2025, 'part-of-plan'],
      ['12 tỷ đồng', 'target', 2025, 'part-of-plan'],
      ['28 tỷ đồng', 'target', 2025, 'part-of-plan'],
      ['156 tỷ đồng', 'actual', 2025, 'done'],
      ['43 tỷ đồng', 'actual', 2025, 'done'],
    ])
  })

  it('a plan’s level beside a result is a target of the result’s year', () => {
    const { figures } = read('Năm 2024, tốc độ tăng trưởng của huyện Mẫu Sơn đạt 9,26% (kế hoạch 9%).')
    expect(figures).toMatchObject([
      { valueText: '9,26%', role: 'actual', year: 2024 },
      { valueText: '9%', role: 'target', year: 2024, rule: 'plan-level' },
    ])
  })

  it('a result over a span of years is a fact of the span, not one year’s result', () => {
    const { figures } = read(
      'Năm 2024, huyện Mẫu Sơn thu ngân sách 300 tỷ đồng. Giai đoạn 2021 - 2025, tốc độ tăng trưởng bình quân đạt 7,8%/năm.',
    )
    expect(figures[1]).toMatchObject({ valueText: '7,8%/năm', role: 'fact', year: 2025, rule: 'span' })
  })

  it('what was gathered since a past event, or projects counted up to now, is a fact of the span', () => {
    const { figures } = read(
      'Năm 2025, huyện Mẫu Sơn thu hút 6 dự án mới. Đến nay, toàn huyện có 212 dự án đầu tư với tổng vốn đăng ký 9,4 tỷ USD. Kể từ khi Huyện ủy ban hành Nghị quyết số 08-NQ/HU ngày 12/3/2022, huyện đã chi trả bồi thường cho 840 hộ gia đình.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.rule])).toEqual([
      ['6 dự án', 'actual', 'done'],
      ['212 dự án', 'fact', 'span'],
      ['9,4 tỷ USD', 'fact', 'span'],
      ['840 hộ gia đình', 'fact', 'span'],
    ])
  })

  it('1. the level a plan assigned after the share reached of it, and a plan’s capital, are targets', () => {
    const { figures } = read(
      'Năm 2023, huyện Mẫu Sơn đã bồi thường được 84,2ha (đạt 61,3% chỉ tiêu tỉnh giao 137ha). Tổng kế hoạch vốn đầu tư-xây dựng cơ bản hơn 64,8 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.rule])).toEqual([
      ['84,2ha', 'actual', 2023, 'done'],
      ['61,3% chỉ tiêu', 'actual', 2023, 'share-of-plan'],
      ['137ha', 'target', 2023, 'plan-level'],
      ['hơn 64,8 tỷ đồng', 'target', 2023, 'plan-level'],
    ])
  })

  it('4. the first months with no year, beside the months still ahead of a named year, are of that year', () => {
    const { figures } = read(
      'Tỉnh Mẫu báo cáo tình hình 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025. Theo đó, GRDP ước đạt 6.210 tỷ đồng. Chỉ số cải cách hành chính năm 2024 tăng 9 bậc so với năm 2023.',
    )
    expect(figures[0]).toMatchObject({ valueText: 'ước đạt 6.210 tỷ đồng', role: 'actual', year: 2025 })
  })

  it('4. the first months with no year named are of the latest day the text writes in full', () => {
    const { figures } = read(
      '9 tháng đầu năm, tỉnh Mẫu Sơn thực hiện Nghị quyết số 41/NQ-CP ngày 12/8/2025 của Chính phủ. Sản lượng lương thực ước đạt 61.250 tấn. Tính đến ngày 20/9, toàn tỉnh trồng được 1.200 ha rừng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 61.250 tấn', 'actual', 2025],
      ['1.200 ha', 'actual', 2025],
    ])
  })

  it('4. a term’s targets "đến cuối nhiệm kỳ", with only the term’s span named, are of its last year', () => {
    const { figures } = read(
      'CÁC CHỈ TIÊU\n• Tốc độ tăng GRDP bình quân 5 năm (2026-2030) đạt 7,5%.\n• Sản lượng thủy sản đến cuối nhiệm kỳ đạt 380.000 tấn trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['7,5%', 'percent', 'target', 2030],
      ['380.000 tấn trở lên', 'tonne', 'target', 2030],
    ])
  })

  it('4. a list published before every year it names plans them, though its items say "đạt"', () => {
    const { figures } = read(
      'Các chỉ tiêu chủ yếu đến năm 2030\n\nThứ Hai, 12-10-2025, 08:15\n\nVề kinh tế: (1) Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030: từ 8 đến 8,5%/năm.\n\nVề xã hội: (2) Tỷ lệ lao động qua đào tạo đạt 80%.\n\nVề nông thôn: (3) Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao: 60%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['từ 8 đến 8,5%/năm', 'target', 2030],
      ['80%', 'target', 2030],
      ['60%', 'target', 2030],
    ])
  })

  it('4. a text of aims with no date: a year only grown in, at or after the one aimed at, is aimed at too', () => {
    // Made-up province; the form of a provincial page on a rural programme, with no date line.
    const { figures } = read(
      'Mẫu Sơn phấn đấu đến năm 2025 không còn xã dưới 15 tiêu chí\n\nTỉnh đặt ra mục tiêu giá trị tăng thêm khu vực nông nghiệp tăng bình quân 2,5-3%/năm, theo đó khu vực nông nghiệp chiếm khoảng 31,2% GRDP của tỉnh vào năm 2025 và từ 15%– 17% GRDP của tỉnh vào năm 2030. Thu nhập bình quân của người dân nông thôn năm 2025 tăng 1,5 lần so với năm 2020.\n\nĐến năm 2025, tỉnh có 95% xã đạt chuẩn nông thôn mới. Có từ 25 – 35% xã nông thôn mới nâng cao.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['2,5-3%/năm', 'target', 2025],
      ['khoảng 31,2%', 'target', 2025],
      ['từ 15%– 17%', 'target', 2030],
      ['1,5 lần', 'target', 2025],
      ['95%', 'target', 2025],
      ['từ 25 – 35%', 'target', 2025],
    ])
  })

  it('2. in a text of aims, what the place has now ("hiện có …; có …") is no target', () => {
    // Made-up district; the form of a provincial paper's feature on a year's tasks, with no year of results.
    const { figures } = read(
      'Mẫu Sơn tập trung hoàn thành nhiệm vụ năm 2024\n\nHuyện xác định đây là năm tăng tốc thực hiện các chỉ tiêu nhiệm kỳ. Tổng diện tích gieo trồng vụ đông xuân thu được 12.400 ha, đạt 101% kế hoạch. Huyện Mẫu Sơn hiện có 31 tổ hợp tác, với 410 thành viên; có 12 hợp tác xã đang hoạt động, tổng vốn điều lệ 9,5 tỷ đồng. Huyện phấn đấu thành lập mới 3 hợp tác xã.',
    )
    expect(figures.map((f) => [f.valueText, f.role === 'target' ? 'target' : 'not a target'])).toEqual([
      ['12.400 ha', 'not a target'],
      ['101% kế hoạch', 'not a target'],
      ['31 tổ hợp tác', 'not a target'],
      ['410 thành viên', 'not a target'],
      ['12 hợp tác xã', 'not a target'],
      ['9,5 tỷ đồng', 'not a target'],
      ['3 hợp tác xã', 'target'],
    ])
    // Nor what is said done, "đã … được".
    const done = read(
      'Mẫu Sơn tập trung hoàn thành nhiệm vụ năm 2024\n\nNăm 2024, huyện Mẫu Sơn được giao chỉ tiêu trồng 150 ha gừng. Huyện đã trồng được 162 ha.',
    ).figures
    expect(done.map((f) => [f.valueText, f.role])).toEqual([
      ['150 ha', 'target'],
      ['162 ha', 'actual'],
    ])
  })

  it('3. a span compared with, and a day results are counted up to, are no years of results', () => {
    // Made-up district; the forms of a year looked back on in a provincial feature.
    const { figures } = read(
      'Nhìn lại năm 2024 vừa qua, kinh tế huyện Mẫu Sơn có nhiều khởi sắc.\n\nThu ngân sách trên địa bàn đạt trên 81 tỷ đồng, vượt 2,1% so với dự toán. Diện tích chè hữu cơ lũy kế: 412/400ha (đạt 103% so với cả giai đoạn 2021 - 2025). Tổng vốn đầu tư công năm 2024 đạt 215 tỷ đồng, tỷ lệ giải ngân ước tính đến đầu năm 2025 đạt 96,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 81 tỷ đồng', 'actual', 2024],
      ['vượt 2,1% so với dự toán', 'actual', 2024],
      ['412/400ha', 'actual', 2024],
      ['400ha', 'target', 2024],
      ['103%', 'actual', 2024],
      ['215 tỷ đồng', 'actual', 2024],
      ['96,2%', 'actual', 2024],
    ])
  })

  it('4. a year told as a term\'s last ("là năm cuối thực hiện") gives way to a year of results said', () => {
    const { figures } = read(
      'Năm 2024, kinh tế thị xã Mẫu Sơn duy trì đà tăng trưởng. Tổng giá trị sản xuất đạt 21.400 tỷ đồng, tăng 12,1% so với năm trước.\n\nNăm 2025 có ý nghĩa quan trọng khi đây là năm cuối thực hiện kế hoạch 5 năm 2021 - 2025.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['21.400 tỷ đồng', 'actual', 2024],
      ['12,1%', 'actual', 2024],
    ])
    const alone = read(
      'Hôm nay, HĐND tỉnh Mẫu Sơn khai mạc kỳ họp. Năm 2023 là năm bản lề của kế hoạch 5 năm 2021 - 2025. Cụ thể, tổng sản phẩm trên địa bàn ước đạt 61.000 tỷ đồng; tốc độ tăng trưởng cả năm đạt 7,1%.',
    ).figures
    expect(alone.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 61.000 tỷ đồng', 'actual', 2023],
      ['7,1%', 'actual', 2023],
    ])
  })

  it('4. what a session heard, the first months of a year before a whole year named, goes on to the paragraph', () => {
    const { figures } = read(
      'HĐND huyện Mẫu Sơn tiến hành kỳ họp thường lệ giữa năm 2023.\n\nTại kỳ họp, các đại biểu nghe báo cáo kết quả hoạt động 06 tháng đầu năm 2023; báo cáo chương trình giám sát năm 2022 và các tờ trình. Theo báo cáo, tổng giá trị sản xuất ước thực hiện đạt 4.120,5 tỷ đồng, tăng 9,2%; thu ngân sách đạt 41,3 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['4.120,5 tỷ đồng', 'actual', 2023],
      ['9,2%', 'actual', 2023],
      ['41,3 tỷ đồng', 'actual', 2023],
    ])
  })

  it('4. a year that chooses its theme plans; a quoted theme says nothing done, a lunar year’s name no amount', () => {
    // Made-up district; the form of a district page at the lunar new year, its targets for the year.
    const { figures } = read(
      'Năm 2024, huyện Mẫu Sơn lựa chọn chủ đề “Đoàn kết - Đổi mới - Tăng trưởng xanh” làm phương hướng cho mọi hoạt động.\n\nLễ hội Xuân Giáp Thìn 2024 huyện Mẫu Sơn.\n\nHuyện xây dựng 19 chỉ tiêu để thực hiện, nổi bật như tổng giá trị sản xuất tăng bình quân 11- 12%/năm; thu ngân sách tăng trên 8%; tạo việc làm cho 1.800 lao động trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['11- 12%/năm', 'target', 2024],
      ['trên 8%', 'target', 2024],
      ['1.800 lao động trở lên', 'target', 2024],
    ])
    const theme = 'Năm 2024 với chủ đề “Kỷ cương - Tăng trưởng - Hoàn thành”, huyện Mẫu Sơn đạt 7,2%.'
    expect(findPhrases(theme).map((phrase) => phrase.words)).toEqual(['đạt'])
  })

  it('4. the year written after a move’s start is the start’s; where the move went is of the year it was said of', () => {
    const { figures } = read(
      'Năm 2023, kinh tế huyện Mẫu Sơn tiếp tục tăng trưởng khá, tổng giá trị sản xuất đạt 9.120 tỷ đồng. Đến cuối năm 2023, tỷ trọng công nghiệp - xây dựng và dịch vụ tăng từ 71% năm 2020 lên 78%; tỷ trọng nông nghiệp giảm từ 29%, xuống còn khoảng 22%.',
    )
    // (The second start names no year: the level, not the fall, is what this test asks of it.)
    expect(figures.map((f) => [f.valueText, f.value, f.role, f.valueText === '29%' ? '' : f.year])).toEqual([
      ['9.120 tỷ đồng', 9120, 'actual', 2023],
      ['71%', 71, 'actual', 2020],
      ['78%', 78, 'actual', 2023],
      ['29%', 29, 'actual', ''],
      ['khoảng 22%', 22, 'actual', 2023],
    ])
  })

  it('5. a congress’s term ends its clause; a year’s documents and opinions handled are figures, not a meeting’s', () => {
    const { figures } = read(
      'Năm 2022, quận Mẫu Sơn hoàn thành 15/15 chỉ tiêu phát triển. Trong năm, quận đã ban hành hơn 700 văn bản các loại; giải quyết, trả lời và định hướng 41/45 nội dung dư luận phản ánh. Quận đã lãnh đạo 212/212 chi bộ tổ chức thành công đại hội nhiệm kỳ 2022-2025; thành lập 4 tổ chức Đảng trong doanh nghiệp (đạt 133% kế hoạch). Kỳ họp đã thông qua 6 nội dung.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 700 văn bản', 'actual', 2022],
      ['41/45 nội dung dư luận phản ánh', 'actual', 2022],
      ['212/212 chi bộ', 'actual', 2022],
      ['4 tổ chức', 'actual', 2022],
      ['133% kế hoạch', 'actual', 2022],
    ])
  })

  it('7. a fall’s start with its parts bracketed before "xuống còn" is a level, not a fall in points', () => {
    const { figures } = read(
      'Mục tiêu cụ thể, phấn đấu đến cuối năm 2024, tỷ lệ nghèo đa chiều của huyện Mẫu Sơn giảm từ 41,2% (trong đó: tỷ lệ hộ nghèo là 30,1%; tỷ lệ hộ cận nghèo là 11,1%) xuống còn 30%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['41,2%', 41.2, 'percent'],
      ['30,1%', 30.1, 'percent'],
      ['11,1%', 11.1, 'percent'],
      ['30%', 30, 'percent'],
    ])
  })

  it('4. "mục tiêu kép" aims at nothing; an election’s term names it and is no year of its turnout', () => {
    const { figures } = read(
      'Kỳ họp thứ hai HĐND huyện Mẫu Sơn đánh giá nhiệm vụ 6 tháng đầu năm 2021.\n\nTheo đó, 6 tháng đầu năm 2021, UBND huyện đã triển khai các giải pháp bảo đảm “mục tiêu kép”; phục vụ tốt cuộc bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 với tỷ lệ cử tri đi bầu cử đạt 99,8%; tỷ lệ hộ nghèo giảm từ 0,3% xuống còn 0,21%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['99,8%', 'actual', 2021],
      ['0,3%', 'actual', 2020],
      ['0,21%', 'actual', 2021],
    ])
  })

  it('4. a plan led by the year it aims at, after a basis year; "bình quân 1 tháng" is an average month, no part of a year', () => {
    // Made-up province; the form of a department's planned targets, listed under a lead sentence.
    const { figures } = read(
      'Dự kiến các chỉ tiêu chủ yếu của ngành công thương năm 2024\n\nTrên cơ sở dự báo tăng trưởng các chỉ tiêu năm 2023, dự kiến mục tiêu tăng trưởng các chỉ tiêu công nghiệp, thương mại của tỉnh Mẫu Sơn năm 2024 như sau:\n\n- Giá trị sản xuất công nghiệp phấn đấu đạt khoảng 410 – 415 ngàn tỷ đồng, tăng 7 – 8% so cùng kỳ năm 2023.\n\n- Kim ngạch xuất khẩu phấn đấu đạt khoảng 12,5 - 12,8 tỷ USD (bình quân 1 tháng khoảng 1,05 tỷ USD).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 410 – 415 ngàn tỷ đồng', 'target', 2024],
      ['7 – 8%', 'target', 2024],
      ['khoảng 12,5 - 12,8 tỷ USD', 'target', 2024],
      ['khoảng 1,05 tỷ USD', 'target', 2024],
    ])
  })

  it('4. what a year "sẽ" see is planned; an estimate that the year "sẽ có" so many targets exceeded is its result', () => {
    const planned = read(
      'Cụ thể, trong năm 2025, tỉnh Mẫu Sơn sẽ tiếp tục duy trì đà tăng trưởng ổn định trong nông nghiệp. Tỉnh phấn đấu sản lượng thủy sản đạt 150 nghìn tấn; duy trì tỷ lệ che phủ rừng đạt 57%.',
    ).figures
    expect(planned.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['150 nghìn tấn', 'target', 2025],
      ['57%', 'target', 2025],
    ])
    const estimated = read(
      'Theo UBND tỉnh, dự tính năm 2022, tỉnh Mẫu Sơn sẽ có 11 chỉ tiêu vượt kế hoạch năm. Kế hoạch năm 2023 của tỉnh, GRDP tăng 7-7,5% so với năm 2022.',
    ).figures
    expect(estimated.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['11 chỉ tiêu', 'actual', 2022],
      ['7-7,5%', 'target', 2023],
    ])
  })

  it('4. in a text of a year’s first months, a result with no year sums up the year before; a lunar spring is no year', () => {
    const { figures } = read(
      'Sắc xuân trên quê hương Mẫu Sơn\n\n12/02/2024 - 08:10\n\n - Xuân Giáp Thìn 2024, Nhân dân huyện Mẫu Sơn phấn khởi trước sự khởi sắc sau nửa nhiệm kỳ.\n\nQua nửa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện (nhiệm kỳ 2020 - 2025), huyện đã cơ bản hoàn thành các chỉ tiêu chủ yếu. Trong đó, giá trị sản xuất nông nghiệp tăng 6,2%; thu nhập bình quân đầu người đạt 58 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,2%', 'actual', 2023],
      ['58 triệu đồng', 'actual', 2023],
    ])
    // "mừng Xuân Quý Mão năm 2023", with "năm": the spring's, not the results' year.
    const spring = read(
      '- Sáng 10-1, huyện Mẫu Sơn tổ chức hội nghị thông tin về tình hình kinh tế - xã hội của huyện và gặp mặt các thế hệ cán bộ nhân dịp mừng Đảng, mừng Xuân Quý Mão năm 2023.\n\nTrong năm 2022, huyện Mẫu Sơn đã tập trung lãnh đạo, chỉ đạo thực hiện hoàn thành 4 nhiệm vụ trọng tâm, 14/15 chỉ tiêu chủ yếu. Nổi bật, giá trị sản xuất công nghiệp đạt 912 tỷ đồng, đạt 100% kế hoạch, tăng 3,1% so với năm 2021.',
    ).figures
    expect(spring.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['4 nhiệm vụ', 'fact', 2022],
      ['912 tỷ đồng', 'actual', 2022],
      ['100% kế hoạch', 'actual', 2022],
      ['3,1%', 'actual', 2022],
    ])
  })

  it('4. a scorecard right after a sentence opened by a year sums that year up; targets listed "; trong đó," are of their lead’s year', () => {
    // Made-up district; the form of a provincial paper's year-end brief with a stale photo caption.
    const { figures } = read(
      'Năm 2023, tình hình kinh tế - xã hội trên địa bàn huyện Mẫu Sơn từng bước phục hồi. 11/11 chỉ tiêu huyện đặt ra đều đạt và vượt kế hoạch. Tổng vốn đầu tư toàn xã hội 5.100 tỷ đồng, đạt 102% so với kế hoạch.\nUBND huyện Mẫu Sơn họp triển khai nhiệm vụ trọng tâm năm 2023.\nNăm 2024, huyện Mẫu Sơn đề ra 11 chỉ tiêu phấn đấu thực hiện; trong đó, thu ngân sách nhà nước trên địa bàn đạt 92 tỷ đồng; tổng vốn đầu tư toàn xã hội 5.500 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5.100 tỷ đồng', 'actual', 2023],
      ['102% so với kế hoạch', 'actual', 2023],
      ['92 tỷ đồng', 'target', 2024],
      ['5.500 tỷ đồng', 'target', 2024],
    ])
  })

  it('2. targets assigned, then listed "Chẳng hạn như …"; an aim that builds on a year of results aims at the plan’s', () => {
    // Made-up province; the form of a provincial decision assigning the year's targets.
    const { figures } = read(
      'UBND tỉnh Mẫu Sơn đã ban hành Quyết định số 3120/QĐ-UBND nêu rõ, năm 2025 là năm về đích của kế hoạch 5 năm 2021 - 2025.\nKế thừa những thành quả đã đạt được năm 2024, các cấp, các ngành cần tập trung thực hiện các mục tiêu, phấn đấu đạt tốc độ tăng trưởng GRDP khoảng 8% - 8,5%.\nTại quyết định nêu trên, UBND tỉnh Mẫu Sơn đã giao một số chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2025. Chẳng hạn như kim ngạch xuất khẩu 1.420 triệu USD; tổng thu ngân sách trên địa bàn đạt 12.600 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 8% - 8,5%', 'target', 2025],
      ['1.420 triệu USD', 'target', 2025],
      ['12.600 tỷ đồng', 'target', 2025],
    ])
    // A year said before an aim with no words of results right before it is the aim's own, as the text writes it.
    const agreed = read(
      'Ngày 27/12/2023, HĐND xã Mẫu Sơn tổ chức kỳ họp đánh giá kết quả thực hiện các mục tiêu kinh tế – xã hội năm 2023; thông qua nghị quyết thực hiện nhiệm vụ công tác năm 2023. Năm 2023, tổng sản lượng lương thực của xã đạt trên 2 nghìn tấn. Tại hội nghị, các đại biểu thống nhất các chỉ tiêu, nhiệm vụ trong năm 2023, phấn đấu tổng sản lượng lương thực đạt 2.210 tấn. Kỳ họp thông qua nghị quyết về nhiệm vụ giải pháp phát triển kinh tế năm 2024.',
    ).figures
    expect(agreed.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 2 nghìn tấn', 'actual', 2023],
      ['2.210 tấn', 'target', 2023],
    ])
  })

  it('4. part of a later year opening its sentence ("Trong quý đầu năm 2024, …") is the time of what follows', () => {
    // Made-up district; the form of a year summed up, then the first quarter of the next.
    const { figures } = read(
      'Cụ thể, trong năm 2023, huyện Mẫu Sơn đã hoàn thành và hoàn thành vượt mức 17/18 chỉ tiêu, tổng giá trị sản xuất ước tăng 12,4% so cùng kỳ.\nTrong quý đầu năm 2024, kinh tế - xã hội của huyện tiếp tục ổn định. Sản xuất công nghiệp duy trì ổn định, giá trị sản xuất ước đạt 1.320 tỷ đồng, đạt 24% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['12,4%', 'actual', 2023],
      ['ước đạt 1.320 tỷ đồng', 'actual', 2024],
      ['24% kế hoạch', 'actual', 2024],
    ])
  })

  it('4. a scorecard with no year, in a text that names one year and never aims at it, sums that year up', () => {
    const { figures, draft } = read(
      'Năm 2023, trong điều kiện thời tiết diễn biến phức tạp, huyện Mẫu Sơn gặp nhiều khó khăn.\nHuyện đã tập trung thực hiện các mục tiêu, nhiệm vụ, giải pháp đề ra và đạt và vượt 16/16 nhóm chỉ tiêu chủ yếu. Thu nhập bình quân đầu người ước đạt 38,2 triệu đồng/người/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 38,2 triệu đồng/người/năm', 'actual', 2023],
    ])
    expect(draft.scorecard?.period?.year).toBe(2023)
  })

  it('a figure said twice in one paragraph is kept where it is compared with a period', () => {
    const { draft } = read(
      'Vốn đăng ký của các dự án tăng 12,5 lần quý I/2025, tỉnh Mẫu cấp mới 9 dự án với tổng vốn 1,2 tỷ USD, tăng 12,5 lần so với cùng kỳ năm 2024.',
    )
    const repeated = draft.figures.filter((f) => f.valueText === '12,5 lần')
    expect(repeated.map((f) => f.changeFrom?.year)).toEqual([2024])
  })

  it('4. a year opening its clause after a comma is said of what follows; an effort to complete aims', () => {
    const { figures } = read(
      'Hội nghị giao chỉ tiêu kế hoạch năm 2026.\nNăm 2025, xã Mẫu Sơn đã thực hiện quyết liệt các giải pháp. Thu ngân sách đạt 52,3 tỷ đồng. Phát huy kết quả đạt được, trong năm 2026, xã tập trung hoàn thành và hoàn thành vượt các chỉ tiêu đã đề ra.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['52,3 tỷ đồng', 'actual', 2025]])
  })

  it('a year written right after an amount is its own: "từ 10 triệu đồng năm 2011 lên 16,7 triệu đồng trong năm 2015"', () => {
    const { figures } = read(
      'Năm 2015, thu nhập bình quân đầu người của huyện Mẫu Sơn tăng từ 11 triệu đồng năm 2011 lên 17,2 triệu đồng trong năm 2015.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['11 triệu đồng', 'actual', 2011],
      ['17,2 triệu đồng', 'actual', 2015],
    ])
  })

  it('1. "vượt mục tiêu" is the target a result beat; "để đạt mục tiêu" still aims', () => {
    const { figures } = read(
      'Năm 2024, tỷ lệ hộ nghèo của huyện Mẫu Sơn giảm 3,5%, vượt mục tiêu 0,5%; kết nạp được 96 đảng viên, đạt 106%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['giảm 3,5%', 'actual', 2024],
      ['0,5%', 'actual', 2024],
      ['96 đảng viên', 'actual', 2024],
      ['106%', 'actual', 2024],
    ])
  })

  it('a year after the results’ year makes a target, and says why', () => {
    const { draft } = read(
      'Năm 2024, thu ngân sách của huyện Mẫu Sơn đạt 300 tỷ đồng. Năm 2025, thu ngân sách 330 tỷ đồng.',
    )
    expect(draft.figures[1]).toMatchObject({
      role: 'target',
      period: { year: 2025 },
      why: { role: { rule: 'later-year', words: 'Năm 2025' }, year: { rule: 'written', words: 'Năm 2025' } },
    })
  })

  it('4. a year looked back on ("nhìn lại năm 2025", "khép lại năm 2025") is the results’; challenges a year posed ("đặt ra không ít khó khăn") are no aim', () => {
    const { figures } = read(
      'Mẫu Sơn: Khát vọng bứt phá trong năm mới 2026\n\nNhân dịp xuân mới, phóng viên có cuộc trò chuyện với ông Hoàng Văn Định, Chủ tịch UBND tỉnh Mẫu Sơn, để cùng nhìn lại năm 2025 và định hướng một năm 2026 nhiều kỳ vọng.\n\n+ Thưa ông, những điểm sáng của tỉnh trong thời gian qua là gì?\n\nNăm 2025, đặt ra không ít khó khăn và thách thức đối với tỉnh Mẫu Sơn, nhưng tỉnh đã khép lại năm 2025 với nhiều dấu ấn.\n\nTrong đó, tốc độ tăng trưởng kinh tế ước đạt 6,12%; khu vực dịch vụ tăng 7,05%. GRDP bình quân đầu người đạt 71,4 triệu đồng/người/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 6,12%', 'actual', 2025],
      ['7,05%', 'actual', 2025],
      ['71,4 triệu đồng/người/năm', 'actual', 2025],
    ])
  })

  it('7. a bare excess in a list of targets passed ("một số chỉ tiêu đạt và vượt so với kế hoạch năm, đơn cử … vượt 2,43%") is over that plan; each item names its own thing', () => {
    const { figures } = read(
      'Năm 2025, huyện Mẫu Sơn có một số chỉ tiêu đạt và vượt so với kế hoạch năm, đơn cử sản lượng khai thác hải sản vượt 3,12%, muối vượt 0,8% và thu ngân sách vượt 17,5%. Đặc biệt, 2 chỉ tiêu vượt kế hoạch HĐND huyện gồm: tỷ lệ trường đạt chuẩn quốc gia đạt 86,2%, vượt 4%; tổng vốn đầu tư đạt 1.210 tỷ đồng, vượt 9%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.name])).toEqual([
      ['vượt 3,12%', 103.12, 'percent-of-plan', 'Sản lượng khai thác hải sản'],
      ['vượt 0,8%', 100.8, 'percent-of-plan', 'Muối'],
      ['vượt 17,5%', 117.5, 'percent-of-plan', 'Thu ngân sách'],
      ['2 chỉ tiêu', 2, 'indicator', expect.any(String)],
      ['86,2%', 86.2, 'percent', 'Tỷ lệ trường đạt chuẩn quốc gia'],
      ['vượt 4%', 104, 'percent-of-plan', expect.any(String)],
      ['1.210 tỷ đồng', 1210, 'billion-vnd', 'Tổng vốn đầu tư'],
      ['vượt 9%', 109, 'percent-of-plan', expect.any(String)],
    ])
  })

  it('7. among items compared with last year, in a sentence that names no plan, a bare share is of last year’s level ("bằng 98,01%", "đạt 101,8% CK")', () => {
    const { figures } = read(
      'Năm 2025, tổng đàn lợn của huyện Mẫu Sơn đạt 50.282 con, tăng 0,66% so với cùng kỳ; đàn gia cầm đạt 857,5 nghìn con, bằng 98,01%; đàn bò ước đạt 7.980 con, bằng 94,79%. Sản lượng thủy sản ước đạt 4.146 tấn, đạt 101,8% CK. Giá trị sản xuất công nghiệp ước đạt 1.142 tỷ đồng, bằng 106,8%, tăng 6,15% so với cùng kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['50.282 con', 'other'],
      ['0,66%', 'percent'],
      ['857,5 nghìn con', 'other'],
      ['98,01%', 'percent'],
      ['ước đạt 7.980 con', 'other'],
      ['94,79%', 'percent'],
      ['ước đạt 4.146 tấn', 'tonne'],
      ['101,8%', 'percent'],
      ['ước đạt 1.142 tỷ đồng', 'billion-vnd'],
      // Its change from last year said apart, the share is of the plan.
      ['106,8%', 'percent-of-plan'],
      ['6,15%', 'percent'],
    ])
  })

  it('4. a plain "đạt" said done ("huyện đã cơ bản đạt các chỉ tiêu, kế hoạch đề ra, tổng doanh thu …") sets no targets', () => {
    const { figures } = read(
      'Sáng 5/7, Huyện ủy Mẫu Sơn sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Trong 6 tháng đầu năm, huyện đã cơ bản đạt các chỉ tiêu, kế hoạch đề ra, tổng doanh thu thương mại, dịch vụ hơn 4.100 tỷ đồng (đạt hơn 55% kế hoạch).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 4.100 tỷ đồng', 'actual', 2025],
      ['hơn 55% kế hoạch', 'actual', 2025],
    ])
  })

  it('7. the parts of a share of plan said with "bằng" ("ước bằng 44,6% kế hoạch năm 2025; trong đó, … bằng 47,1%") are shares of their plans', () => {
    const { figures } = read(
      'Cụ thể, tổng giá trị sản xuất 6 tháng đầu năm của thành phố Mẫu Sơn ước bằng 44,6% kế hoạch năm 2025; trong đó, khu vực công nghiệp - xây dựng bằng 47,1%, khu vực dịch vụ bằng 49,6%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['44,6% kế hoạch', 'percent-of-plan'],
      ['47,1%', 'percent-of-plan'],
      ['49,6%', 'percent-of-plan'],
    ])
  })

  it('7. how far a result is above or under the plan named before the gap ("thấp hơn kế hoạch 1,1%") is a result: of a rate in points, of an amount a share of plan', () => {
    const { figures } = read(
      'Năm 2024, giá trị sản xuất công nghiệp của huyện Mẫu Sơn tăng 12,9%, thấp hơn kế hoạch 1,1%. Giá trị sản xuất nông nghiệp tăng 3,2% (cao hơn mục tiêu đề ra 0,1%); dịch vụ tăng 9,1%, thấp hơn mục tiêu cả năm 0,9%. Thu ngân sách đạt 412 tỷ đồng, cao hơn dự toán 12%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['12,9%', 12.9, 'percent', 'actual', 2024],
      ['1,1%', -1.1, 'percentage-point', 'actual', 2024],
      ['3,2%', 3.2, 'percent', 'actual', 2024],
      ['0,1%', 0.1, 'percentage-point', 'actual', 2024],
      ['9,1%', 9.1, 'percent', 'actual', 2024],
      ['0,9%', -0.9, 'percentage-point', 'actual', 2024],
      ['412 tỷ đồng', 412, 'billion-vnd', 'actual', 2024],
      ['12%', 112, 'percent-of-estimate', 'actual', 2024],
    ])
    expect(figures[1]?.name).toBe(figures[0]?.name)
  })

  it('4. the first months a text reports are of the year whose rest it plans ("nhiệm vụ còn lại của năm 2025"); a year before them, opening its paragraph, is its figures’ year', () => {
    const { figures } = read(
      'Sáng 18/7, HĐND thị xã Mẫu Sơn tổ chức kỳ họp thứ 9 nhằm đánh giá tình hình thực hiện nhiệm vụ 6 tháng đầu năm; bổ sung các giải pháp để thực hiện chỉ tiêu, nhiệm vụ còn lại của năm 2025, quyết toán ngân sách năm 2024 và quyết định một số vấn đề quan trọng khác.\n\nSáu tháng đầu năm, giá trị sản xuất công nghiệp của thị xã đạt 5.214 tỷ đồng, đạt 47% kế hoạch.\n\nTại kỳ họp, Thường trực HĐND thị xã thông qua tờ trình về Chương trình giám sát của HĐND năm 2026.\n\nNăm 2024, kinh tế thị xã tiếp tục phát triển theo đúng định hướng. Giá trị sản xuất thương mại - dịch vụ tăng 12,6%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5.214 tỷ đồng', 'actual', 2025],
      ['47% kế hoạch', 'actual', 2025],
      ['12,6%', 'actual', 2024],
    ])
  })

  it('2. a title that names some of a year’s targets ("Một số chỉ tiêu chủ yếu năm 2026") heads them, though the page’s date is the year before', () => {
    const { figures } = read(
      'Một số chỉ tiêu chủ yếu năm 2026\n\nĐăng ngày: 05/12/2025\nTốc độ tăng trưởng kinh tế của tỉnh Mẫu Sơn phấn đấu đạt 8 - 8,5% so với năm 2025.\n\nThu nhập bình quân đầu người khoảng 102 - 105 triệu đồng/người. Kim ngạch xuất khẩu tăng 7 - 9% so với năm 2025. Tổng vốn đầu tư phát triển toàn xã hội khoảng 61.000 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8 - 8,5%', 'target', 2026],
      ['khoảng 102 - 105 triệu đồng/người', 'target', 2026],
      ['7 - 9%', 'target', 2026],
      ['khoảng 61.000 tỷ đồng', 'target', 2026],
    ])
  })

  it('3. the poverty line’s period ("theo chuẩn nghèo đa chiều giai đoạn 2021-2025") is no year of the figures, nor part of their name', () => {
    const { figures } = read(
      'Năm 2023, tỷ lệ hộ nghèo của huyện Mẫu Sơn theo chuẩn nghèo đa chiều giai đoạn 2021-2025 giảm còn 2,1%; toàn huyện còn 512 hộ nghèo.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['2,1%', 'actual', 2023, 'Tỷ lệ hộ nghèo'],
      ['512 hộ', 'actual', 2023, 'Số hộ nghèo'],
    ])
  })

  it('4. a term told with what the effort came to ("LNV - Nhiệm kỳ 2020 – 2025, … nỗ lực phấn đấu … đạt được những kết quả tích cực") is looked back on; a year after a colon opens its clause', () => {
    const { figures } = read(
      'Đảng bộ huyện Mẫu Sơn: Xây dựng huyện phát triển bền vững\n\nLNV - Nhiệm kỳ 2020 – 2025, Đảng bộ và nhân dân huyện Mẫu Sơn nỗ lực phấn đấu triển khai thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX đạt được những kết quả tích cực. Tổng diện tích gieo trồng cây lương thực ước đạt gần 12.410 ha. Chương trình xây dựng nông thôn mới đạt kết quả rất tích cực: Năm 2024, toàn huyện có 12/19 xã đạt chuẩn nông thôn mới. Năm 2025, có 14/19 xã đạt chuẩn nông thôn mới, chiếm 38% toàn tỉnh.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt gần 12.410 ha', 'actual', 2025],
      ['12/19 xã', 'actual', 2024],
      ['14/19 xã', 'actual', 2025],
      ['38%', 'actual', 2025],
    ])
  })

  it('2. what a term is to reach over its years ("Tổng kim ngạch xuất khẩu trong 5 năm đạt …"), in the news of a congress that gives only its targets, is a target of the term', () => {
    const { figures } = read(
      'Sau ba ngày làm việc, ngày 20/10, Đại hội đại biểu Đảng bộ tỉnh Mẫu Sơn lần thứ XX, nhiệm kỳ 2025-2030 đã bế mạc.\n\nTheo đó, Đại hội đã đề ra mục tiêu: tỉnh phấn đấu tăng trưởng kinh tế bình quân hàng năm từ 9-10%.\n\nTổng kim ngạch xuất khẩu trong 5 năm đạt 6,5 tỷ USD, tổng thu ngân sách đạt 48.000 tỷ đồng; tỷ lệ đô thị hóa 45%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['từ 9-10%', 'target', 2030],
      ['6,5 tỷ USD', 'target', 2030],
      ['48.000 tỷ đồng', 'target', 2030],
      ['45%', 'target', 2030],
    ])
  })

  it('1. the capital assigned ("Tổng vốn đầu tư Thành phố được giao năm 2025 khoảng 310 tỷ đồng, trong đó …") and its parts are the plan’s', () => {
    const { figures } = read(
      'Tổng vốn đầu tư thành phố Mẫu Sơn được giao năm 2025 khoảng 310 tỷ đồng, trong đó vốn tỉnh khoảng 52 tỷ đồng cho 31 công trình; vốn thành phố là 258 tỷ đồng với 14 công trình. Trong 9 tháng đầu năm 2025, thành phố đã triển khai thi công 39 công trình.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 310 tỷ đồng', 'target', 2025],
      ['khoảng 52 tỷ đồng', 'target', 2025],
      ['31 công trình', 'target', 2025],
      ['258 tỷ đồng', 'target', 2025],
      ['14 công trình', 'target', 2025],
      ['39 công trình', 'actual', 2025],
    ])
  })

  it('3. in the news of a congress looking back on a term, where a move of the term started ("giảm từ 46,5% xuống còn 28,1%") is the term’s first year', () => {
    const { figures } = read(
      'Đại hội Đảng bộ huyện Mẫu Sơn lần thứ XX, nhiệm kỳ 2025 - 2030\n\nTrong hai ngày 12 và 13 tháng 8 năm 2025, Đảng bộ huyện Mẫu Sơn tổ chức đại hội lần thứ XX, nhiệm kỳ 2025-2030.\n\nTrong nhiệm kỳ 2020-2025, Đảng bộ và Nhân dân huyện đã nỗ lực phấn đấu hoàn thành các chỉ tiêu kinh tế - xã hội. Cơ cấu kinh tế chuyển dịch theo hướng tích cực, nông nghiệp giảm từ 46,5% xuống còn 28,1%, công nghiệp tăng từ 25,6% lên 43,7%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['46,5%', 'actual', 2020],
      ['28,1%', 'actual', 2025],
      ['25,6%', 'actual', 2020],
      ['43,7%', 'actual', 2025],
    ])
  })

  it('4. a year whose targets are said met or missed ("nhiều chỉ tiêu … năm 2025 không đạt") is the results’, not the plan’s', () => {
    const { figures } = read(
      'Kết thúc năm 2025, tổng sản phẩm trên địa bàn (GRDP) của thành phố Mẫu Sơn ước tăng 3,12%. Thành phố phấn đấu GRDP tăng 7% đến 7,5% so với năm 2025. Phát biểu tại hội nghị, Bí thư Thành ủy cho rằng, nhiều chỉ tiêu phát triển kinh tế xã hội năm 2025 không đạt.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['3,12%', 'actual', 2025],
      ['7% đến 7,5%', 'target', 2026],
    ])
  })

  it('3. a year said in a bracket of a list’s lead ("(quý I năm 2024 tăng 8,1% …). Trong đó:") is no year of the list', () => {
    const { figures } = read(
      'Quý I năm 2025 giá trị tổng sản phẩm trên địa bàn tỉnh Mẫu Sơn đạt 22.086 tỷ đồng, tăng 8,3% so cùng kỳ (quý I năm 2024 tăng 8,1% so với cùng kỳ năm trước).\nTrong đó:\nKhu vực I (nông lâm nghiệp và thủy sản) tăng 3,2% so cùng kỳ;\nKhu vực II tăng 5,2% so cùng kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['22.086 tỷ đồng', 'actual', 2025],
      ['8,3%', 'actual', 2025],
      ['8,1%', 'actual', 2024],
      ['3,2%', 'actual', 2025],
      ['5,2%', 'actual', 2025],
    ])
  })

  it('4. in a text of a later year’s first months, a whole earlier year opened goes on to the next paragraph until a time is named ("Bước sang năm 2026, …")', () => {
    const { figures } = read(
      'Năm 2025, kinh tế quận Mẫu Sơn tiếp tục phát triển. Trong năm, giá trị sản xuất thương mại - dịch vụ tăng 16,5%.\n\nTổng thu ngân sách quận ước thực hiện 672,2 tỷ đồng, đạt 131% kế hoạch thành phố giao.\n\nBước sang năm 2026, tổng thu ngân sách lũy kế 3 tháng đầu năm của quận thực hiện 195,8 tỷ đồng, đạt 39,9% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['16,5%', 'actual', 2025],
      ['ước thực hiện 672,2 tỷ đồng', 'actual', 2025],
      ['131% kế hoạch', 'actual', 2025],
      ['195,8 tỷ đồng', 'actual', 2026],
      ['39,9% kế hoạch', 'actual', 2026],
    ])
  })

  it('4. "this year" said beside last year compared with ("trong năm nay … (tăng 12,3% so với năm 2025)"), in a text naming no year of its own, is the year after it', () => {
    const { figures } = read(
      'Trong đó, công nghiệp chế biến, chế tạo của tỉnh Mẫu Sơn ước đạt hơn 2.971 tỷ đồng (đạt 15,25% kế hoạch và tăng 18,58% so với cùng kỳ). Đây là tín hiệu khả quan để ngành tạo đà tăng trưởng mạnh trong năm nay với mục tiêu giá trị sản xuất ngành ước đạt 19.483 tỷ đồng (tăng 12,3% so với năm 2025).',
    )
    expect(figures.slice(0, 3).map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt hơn 2.971 tỷ đồng', 'actual', 2026],
      ['15,25% kế hoạch', 'actual', 2026],
      ['18,58%', 'actual', 2026],
    ])
  })

  it('3. the days a congress met on are no month of results: the targets it set are of its term', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ huyện Mẫu Sơn lần thứ XXI, nhiệm kỳ 2025 - 2030 diễn ra từ ngày 8 đến ngày 10 tháng 10 năm 2025. Đại hội đã quyết nghị các chỉ tiêu chủ yếu, cụ thể:\n\nẢnh: Toàn cảnh Đại hội.\n\nTốc độ tăng trưởng giá trị sản xuất bình quân đạt 9 - 10%; trong đó: dịch vụ tăng 11 - 12%. Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9 - 10%', 'target', 2030],
      ['11 - 12%', 'target', 2030],
      ['95 triệu đồng', 'target', 2030],
    ])
  })

  it('an aim with no year of its own in a text of results is for the year after, and says so', () => {
    const { draft } = read(
      'Năm 2024, thu ngân sách của huyện Mẫu Sơn đạt 300 tỷ đồng. Huyện phấn đấu thu ngân sách đạt 330 tỷ đồng.',
    )
    expect(draft.figures[1]).toMatchObject({
      role: 'target',
      period: { year: 2025 },
      why: { year: { rule: 'after-results', words: 'Năm 2024' } },
    })
  })

  it('headings that name targets by field under a heading of results ("1. Các chỉ tiêu kinh tế") head results', () => {
    const { figures } = read(
      'I. Kết quả thực hiện một số chỉ tiêu kinh tế tổng hợp (tính hết năm 2025)\n\n1. Các chỉ tiêu kinh tế\n\n(1) Tổng giá trị sản xuất của huyện Mẫu Sơn đạt 1.500 tỷ đồng, tăng 9,2% so với năm 2024 (KH tăng 9 - 10%).\n\n2. Các chỉ tiêu văn hóa - xã hội:\n\n(1) Tỷ lệ hộ nghèo đến cuối năm 2025 còn 4,1%, giảm 1,2% so với năm 2024 (KH giảm từ 1 - 1,5%). Trong đó: tỷ lệ hộ nghèo đồng bào dân tộc còn 8,3%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.500 tỷ đồng', 'actual', 2025],
      ['9,2%', 'actual', 2025],
      ['9 - 10%', 'target', 2025],
      ['4,1%', 'actual', 2025],
      ['giảm 1,2%', 'actual', 2025],
      ['từ 1 - 1,5%', 'target', 2025],
      ['8,3%', 'actual', 2025],
    ])
  })

  it('the tasks set out that a year carried out ("đã lãnh đạo … các nhiệm vụ, giải pháp đề ra") set no aim of that year', () => {
    const { figures } = read(
      'Năm 2026, Tỉnh ủy, UBND tỉnh Mẫu Sơn đã lãnh đạo, chỉ đạo quyết liệt các nhiệm vụ, giải pháp đề ra trên các lĩnh vực. Qua đó, kinh tế - xã hội đạt được những kết quả quan trọng.\n\n- Toàn tỉnh đón trên 2,1 triệu lượt khách du lịch, so với cùng kỳ tăng 8,4%; đạt 101,5% kế hoạch năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['trên 2,1 triệu lượt khách', 'actual', 2026, 'Số lượt khách du lịch'],
      ['8,4%', 'actual', 2026, 'Tốc độ tăng số lượt khách du lịch'],
      ['101,5% kế hoạch', 'actual', 2026, 'Số lượt khách du lịch (% kế hoạch)'],
    ])
  })

  it('the results a plan of a year is built on are of the year before; a bare excess under "vượt so với mục tiêu" is a share of it', () => {
    const { figures } = read(
      'Những kết quả đạt được là tiền đề để huyện Mẫu Sơn thực hiện các mục tiêu đề ra trong năm 2027.\n\nQua hơn nửa nhiệm kỳ, nhiều chỉ tiêu vượt so với mục tiêu Nghị quyết, như: thu ngân sách bình quân hằng năm tăng 12,4%, vượt 24% chỉ tiêu Nghị quyết; giá trị sản xuất công nghiệp tăng 8,8%, vượt 17,5% (trong đó công nghiệp địa phương tăng 10,1%, vượt 26%).',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value, f.year])).toEqual([
      ['12,4%', 'percent', 12.4, 2026],
      ['vượt 24% chỉ tiêu', 'percent-of-plan', 124, 2026],
      ['8,8%', 'percent', 8.8, 2026],
      ['vượt 17,5%', 'percent-of-plan', 117.5, 2026],
      ['10,1%', 'percent', 10.1, 2026],
      ['vượt 26%', 'percent-of-plan', 126, 2026],
    ])
  })

  it('a rate\'s change bracketed after its share of the plan ("là 2,6%, đạt 100% so kế hoạch (giảm 1,5% …)") is in points', () => {
    const { figures } = read(
      'Năm 2026, tỷ lệ lao động thất nghiệp khu vực thành thị của tỉnh Mẫu Sơn là 2,6%, đạt 100% so kế hoạch (giảm 1,5% so với cùng kỳ năm 2025).',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['2,6%', 'percent', 2.6],
      ['100% so kế hoạch', 'percent-of-plan', 100],
      ['giảm 1,5%', 'percentage-point', -1.5],
    ])
  })

  it('a place "… nhất của cả nước với …" is the place\'s own; the country\'s growth is not', () => {
    const { figures } = read(
      'Năm 2026, Mẫu Sơn là huyện đông dân nhất của cả nước với hơn 612.000 người. Tăng trưởng của cả nước đạt 7%.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['hơn 612.000 người'])
    // The province of Cao Bằng says nothing done; a diploma ("bằng cấp") neither.
    expect(findPhrases('giáp tỉnh Cao Bằng, có bằng cấp').map((phrase) => phrase.words)).toEqual([])
    expect(findPhrases('bằng 98%').map((phrase) => phrase.words)).toEqual(['bằng'])
  })

  it('a share that opens an item of a list is named by the words after it ("…, 98% dân số tham gia bảo hiểm y tế")', () => {
    const { figures } = read(
      'Năm 2026, tỉnh Mẫu Sơn đặt mục tiêu tỷ lệ thất nghiệp dưới 2%, tuổi thọ trung bình trên 75 tuổi, 98% dân số tham gia bảo hiểm y tế, 100% xã đạt chuẩn nông thôn mới. Kinh tế tăng trưởng khá, ước đạt 7,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['dưới 2%', 'Tỷ lệ thất nghiệp'],
      ['trên 75 tuổi', 'Tuổi thọ trung bình'],
      ['98%', 'Tỷ lệ dân số tham gia bảo hiểm y tế'],
      ['100%', 'Tỷ lệ xã đạt chuẩn nông thôn mới'],
      ['ước đạt 7,2%', 'Tốc độ tăng trưởng kinh tế'],
    ])
  })

  it('an item naming only the other side of a pair ("…, nông thôn trên 85%") is the measure before on that side', () => {
    const { figures } = read(
      'Năm 2026, tỷ lệ dân số đô thị được cấp nước sạch của tỉnh Mẫu Sơn đạt trên 99%, nông thôn trên 85%; tỷ lệ thất nghiệp khu vực thành thị 2,1%, nông thôn 1,5%.',
    )
    expect(figures.map((f) => f.name)).toEqual([
      'Tỷ lệ dân số đô thị được cấp nước sạch',
      'Tỷ lệ dân số nông thôn được cấp nước sạch',
      'Tỷ lệ thất nghiệp khu vực thành thị',
      'Tỷ lệ thất nghiệp khu vực nông thôn',
    ])
  })

  it('a part of a rate said "trong đó có bằng cấp, chứng chỉ 35%" is the rate of those that have it', () => {
    const { figures } = read(
      'Năm 2026, tỷ lệ lao động qua đào tạo của tỉnh Mẫu Sơn đạt trên 70%, trong đó có bằng cấp, chứng chỉ 35%.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['trên 70%', 'Tỷ lệ lao động qua đào tạo'],
      ['35%', 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ'],
    ])
  })

  it('the levels of the year before listed "(tương ứng năm 2025: 68,2% - 23,1% - 8,7%)" are of that year, in the order of the measures before', () => {
    const { figures } = read(
      'Năm 2026, cơ cấu kinh tế huyện Mẫu Sơn: khu vực công nghiệp - xây dựng chiếm 70,1%; dịch vụ chiếm 22,4%; nông, lâm nghiệp và thủy sản chiếm 7,5% (tương ứng năm 2025: 68,2% - 23,1% - 8,7%). Huyện triển khai “Đề án phát triển sản phẩm OCOP huyện Mẫu Sơn giai đoạn 2025-2027”; công nhận 12 sản phẩm OCOP đạt từ 3 sao trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['70,1%', 'actual', 2026, 'Tỷ trọng khu vực công nghiệp - xây dựng'],
      ['22,4%', 'actual', 2026, 'Tỷ trọng dịch vụ'],
      ['7,5%', 'actual', 2026, 'Tỷ trọng nông, lâm nghiệp và thủy sản'],
      ['68,2%', 'actual', 2025, 'Tỷ trọng khu vực công nghiệp - xây dựng'],
      ['23,1%', 'actual', 2025, 'Tỷ trọng dịch vụ'],
      ['8,7%', 'actual', 2025, 'Tỷ trọng nông, lâm nghiệp và thủy sản'],
      ['12 sản phẩm OCOP', 'actual', 2026, 'Số sản phẩm OCOP đạt từ 3 sao trở lên'],
    ])
  })

  it("a text that names no year but the months it compares with reports those months of the year after; a base said before a change is the change's", () => {
    const { draft } = read(
      'Tổng thu ngân sách trên địa bàn huyện Mẫu Sơn từ đầu năm đến ngày 15/6 đạt 820 tỷ đồng, so với cùng kỳ tăng 11,4%. Khu vực dịch vụ chiếm 41,2% (cơ cấu tương ứng của 6 tháng đầu năm 2025 là: 39,8%).',
    )
    expect(
      draft.figures.map((f) => [
        f.valueText,
        f.period?.year,
        f.partOfYear ?? null,
        f.changeFrom?.year ?? null,
      ]),
    ).toEqual([
      ['820 tỷ đồng', 2026, '6 tháng đầu năm', null],
      ['11,4%', 2026, '6 tháng đầu năm', 2025],
      ['41,2%', 2026, '6 tháng đầu năm', null],
      ['39,8%', 2025, '6 tháng đầu năm', null],
    ])
  })

  it('a list opened by its own words says so in its reason, though its role goes on from the sentence before', () => {
    const { draft, figures } = read(
      'Năm 2026, thu ngân sách huyện Mẫu Sơn đạt 900 tỷ đồng. Trong đó, huyện này thu nội địa 700 tỷ đồng, bằng 49% dự toán và tăng 34%.\n\nTrong thu nội địa, một số khoản thu lớn như: thu ngoài quốc doanh 300 tỷ đồng, tăng 29%; thu về nhà đất 150 tỷ đồng, tăng 19%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['900 tỷ đồng', 'actual', 2026, 'Thu ngân sách'],
      ['700 tỷ đồng', 'actual', 2026, 'Thu nội địa'],
      ['49% dự toán', 'actual', 2026, 'Thu nội địa (% dự toán)'],
      ['34%', 'actual', 2026, 'Tốc độ tăng thu nội địa'],
      ['300 tỷ đồng', 'actual', 2026, 'Thu ngoài quốc doanh'],
      ['29%', 'actual', 2026, 'Tốc độ tăng thu ngoài quốc doanh'],
      ['150 tỷ đồng', 'actual', 2026, 'Thu về nhà đất'],
      ['19%', 'actual', 2026, 'Tốc độ tăng thu về nhà đất'],
    ])
    expect(draft.figures[4]?.why?.role).toEqual({
      rule: 'lead',
      words: 'Trong thu nội địa, một số khoản thu lớn như',
    })
  })

  it('a year read as the one after the period compared with says so, quoting the period compared', () => {
    const { draft } = read(
      'Thu ngân sách của huyện Mẫu Sơn 6 tháng ước đạt 210 tỷ đồng, tăng 8% so với cùng kỳ (cơ cấu tương ứng của 6 tháng đầu năm 2025 là: 40%; 60%).',
    )
    expect(draft.figures[0]).toMatchObject({
      role: 'actual',
      period: { year: 2026 },
      why: { year: { rule: 'after-compared', words: '6 tháng · 6 tháng đầu năm 2025' } },
    })
    expect(draft.figures.slice(2).map((f) => [f.valueText, f.period?.year])).toEqual([
      ['40%', 2025],
      ['60%', 2025],
    ])
  })

  it('5. a page’s date written month first (“12/29/2025”), a span of years said in words (“từ 2021 đến 2025”), a rank with “thứ” unsaid (“đứng 4/11 tỉnh”) and a fraction of a whole (“khoảng 1/3 diện tích”) are no figures; “nguời” typed for “người” is the unit per person', () => {
    const { figures } = read(
      'Năm 2025, tỉnh Mẫu Sơn đạt nhiều kết quả.\n\n12/29/2025\n\nTrong giai đoạn 5 năm từ 2021 đến 2025, kinh tế tỉnh tăng trưởng khá. Với tốc độ tăng trưởng này, Mẫu Sơn đứng 4/11 tỉnh, thành trong vùng. Huyện Mẫu Đông có diện tích tự nhiên hơn 120 km² (chiếm khoảng 1/3 diện tích tỉnh). Thu nhập bình quân đầu người ước đạt 72 triệu đồng/nguời/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['hơn 120 km²', 'km2'],
      ['ước đạt 72 triệu đồng/nguời/năm', 'million-vnd-per-person-year'],
    ])
  })

  it('2. the indicators a year-end text goes on to name “Cụ thể, …” after saying targets were met are results, a sector’s share too; 7. shares a sentence opened “So với kế hoạch …,” reaches are of the plan', () => {
    const { figures } = read(
      'Năm 2025, tình hình kinh tế - xã hội của huyện Mẫu Sơn cơ bản ổn định, nhiều chỉ tiêu vượt kế hoạch. Cụ thể, một số chỉ tiêu kinh tế - xã hội của huyện trong năm 2025: ngành nông nghiệp ước thực hiện 2.150 tỷ đồng, đạt 101,2% kế hoạch. Về cơ cấu kinh tế: ngành nông nghiệp chiếm tỉ trọng 28,4%; ngành dịch vụ chiếm tỉ trọng 40,2%.\n\nSo với kế hoạch năm đề ra, huyện đã hoàn thành 96,5% về xuất khẩu và 97,25% về nhập khẩu.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['ước thực hiện 2.150 tỷ đồng', 'billion-vnd', 'actual', 2025],
      ['101,2% kế hoạch', 'percent-of-plan', 'actual', 2025],
      ['28,4%', 'percent', 'actual', 2025],
      ['40,2%', 'percent', 'actual', 2025],
      ['96,5%', 'percent-of-plan', 'actual', 2025],
      ['97,25%', 'percent-of-plan', 'actual', 2025],
    ])
  })

  it('1. a level reached with its own plan bracketed beside it (“đạt 61% (chỉ tiêu Nghị quyết là 50%)”) is a result though an aim is named before; 7. a share of what was assigned “vượt dự toán … giao bằng 110,6%”; a scale alone after visitors counts visits; “198 cụ thể:” names no unit', () => {
    const { figures } = read(
      'Năm 2025, huyện Mẫu Sơn đã thúc đẩy mục tiêu xây dựng trường đạt chuẩn quốc gia, đến cuối năm 2025 đạt 64% (chỉ tiêu Nghị quyết là 55%). Thu ngân sách ước hoàn thành vượt dự toán tỉnh giao bằng 108,4%. Lượt khách lưu trú ước khoảng 1,3 triệu, tăng 9,2% so với cùng kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role])).toEqual([
      ['64%', 64, 'percent', 'actual'],
      ['55%', 55, 'percent', 'target'],
      ['108,4%', 108.4, 'percent-of-estimate', 'actual'],
      ['ước khoảng 1,3 triệu', 1300000, 'visit', 'actual'],
      ['9,2%', 9.2, 'percent', 'actual'],
    ])
    const lodging = read(
      'Năm 2025, tổng số cơ sở lưu trú của tỉnh Mẫu Sơn là 146 cụ thể: 12 khách sạn 03 sao.',
    )
    expect(lodging.figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['146', 'TODO'],
      ['12 khách sạn', 'other'],
    ])
  })

  it('the maker’s “vì” of a figure is its own clause’s verb, not the verb of the clause before its “;”', () => {
    const { draft } = read(
      'Năm 2025, tổng vốn đầu tư trên địa bàn tỉnh Mẫu Sơn tăng 15%; 172 dự án được cấp giấy chứng nhận đầu tư; 58 dự án.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.role, f.why?.role])).toEqual([
      ['15%', 'actual', { rule: 'done', words: 'tăng' }],
      ['172 dự án', 'actual', { rule: 'done', words: 'cấp giấy chứng nhận' }],
      // (With no verb of its own, the nearest said before it.)
      ['58 dự án', 'actual', { rule: 'done', words: 'cấp giấy chứng nhận' }],
    ])
  })

  it('7. a growth rate’s change after its share of plan (“là 16,17%, đạt 100% so với kế hoạch và giảm 2,69% so với cùng kỳ”) is in points, named as the rate’s change', () => {
    const { figures } = read(
      'Năm 2025, tốc độ tăng trưởng của huyện Mẫu Sơn là 14,2%, đạt 100% so với kế hoạch và giảm 1,85% so với cùng kỳ năm trước. Tốc độ tăng trưởng giá trị sản xuất đạt 10,4%, tăng 0,3% so với năm 2024.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.name])).toEqual([
      ['14,2%', 14.2, 'percent', 'Tốc độ tăng trưởng kinh tế'],
      ['100% so với kế hoạch', 100, 'percent-of-plan', 'Tốc độ tăng trưởng kinh tế (% kế hoạch)'],
      ['giảm 1,85%', -1.85, 'percentage-point', 'Thay đổi tốc độ tăng trưởng kinh tế'],
      ['10,4%', 10.4, 'percent', 'Tốc độ tăng trưởng giá trị sản xuất'],
      ['0,3%', 0.3, 'percentage-point', 'Mức tăng tốc độ tăng trưởng giá trị sản xuất'],
    ])
  })

  it('7. a rate “thấp hơn 0,4% so với chỉ tiêu” is 0,4 points under its plan; 1. people counted as joining, with the workforce only the whole of their share, are a result, not the place’s profile', () => {
    const { figures } = read(
      'Tính đến ngày 31/12/2025, tổng số người tham gia bảo hiểm xã hội của tỉnh Mẫu Sơn là 184.230 người, chiếm tỷ lệ 33,6% lực lượng lao động, thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (34%). Lực lượng lao động của tỉnh có 548.300 người.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role])).toEqual([
      ['184.230 người', 184230, 'person', 'actual'],
      ['33,6%', 33.6, 'percent', 'actual'],
      ['thấp hơn 0,4%', -0.4, 'percentage-point', 'actual'],
      ['34%', 34, 'percent', 'target'],
      ['548.300 người', 548300, 'person', 'profile'],
    ])
  })

  it('4. “Xác định năm 2025 là năm có ý nghĩa quan trọng trong việc … thực hiện các mục tiêu …” tells the year the text reports, not a plan', () => {
    const { figures } = read(
      'Xác định năm 2025 là năm có ý nghĩa quan trọng trong việc đẩy mạnh thực hiện các mục tiêu của kế hoạch 5 năm 2021 - 2025, Đảng bộ huyện Mẫu Sơn đã lãnh đạo thực hiện nhiệm vụ với quyết tâm cao.\n\nTổng giá trị sản xuất ước tăng 10,2% so với cùng kỳ năm trước. Cơ cấu kinh tế với tỷ trọng nông nghiệp chiếm 21,5%. Thu nhập bình quân đầu người tăng lên 52,1 triệu đồng; tổng thu ngân sách ước đạt 240 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['10,2%', 'actual', 2025],
      ['21,5%', 'actual', 2025],
      ['52,1 triệu đồng', 'actual', 2025],
      ['ước đạt 240 tỷ đồng', 'actual', 2025],
    ])
  })

  it('5. a service named in quotes (“Cây xoài nhà tôi”) tells no household’s own story: the sentence’s figures stay', () => {
    const { figures } = read(
      'Năm 2025, có 18 sản phẩm của huyện Mẫu Sơn được công nhận đạt OCOP từ 3 sao, toàn huyện có 47 sản phẩm đạt chứng nhận OCOP; duy trì dịch vụ “Cây bưởi nhà tôi” bán hàng trực tuyến.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['18 sản phẩm', 'actual', 2025],
      ['47 sản phẩm', 'actual', 2025],
    ])
  })

  it('4. a mid-term review (“Nửa nhiệm kỳ qua, …” of the term 2020 - 2025, held on 28/12/2022) reports its own year, not the term before’s end', () => {
    const { figures } = read(
      'Ngày 28/12/2022, xã Mẫu Sơn tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2020 - 2025.\n\nNửa nhiệm kỳ qua, Nghị quyết Đại hội Đảng bộ xã đã đi vào cuộc sống. Thu nhập bình quân đầu người đạt 48 triệu đồng, tăng 9 triệu đồng so với đầu nhiệm kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['48 triệu đồng', 'actual', 2022],
      ['9 triệu đồng', 'actual', 2022],
    ])
  })

  it('4. targets “được giao trong năm 2025” reached by a count (“đạt 11/8 chỉ tiêu phát triển đảng viên …”) are the year’s results, not its plan', () => {
    const { figures } = read(
      'Qua đó, tại kỳ sinh hoạt chi bộ tháng 10, xã Mẫu Sơn có 4 quần chúng được kết nạp vào Đảng, đạt 11/8 chỉ tiêu phát triển đảng viên được giao trong năm 2025.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['4 quần chúng', 'actual', 2025],
      ['11/8 chỉ tiêu', 'actual', 2025],
    ])
  })

  it('2. a lead naming targets that grew on the same time last year (“Nhiều chỉ tiêu … có mức tăng trưởng khá so với cùng kỳ như:”) lists results', () => {
    const { figures } = read(
      'Năm 2026, kinh tế huyện Mẫu Sơn tăng 6,2%. Nhiều chỉ tiêu kinh tế có mức tăng trưởng khá so với cùng kỳ như: tổng vốn đầu tư tăng 7,3%; giá trị sản xuất công nghiệp tăng 8,1%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,2%', 'actual', 2026],
      ['7,3%', 'actual', 2026],
      ['8,1%', 'actual', 2026],
    ])
  })

  it('4. a title that names a half-year review and the next half’s tasks heads no targets: “đạt 100% KH” under it is reached', () => {
    const { figures } = read(
      'HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2026, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026\n\nNgày 25/6, Đảng bộ thị trấn Mẫu Sơn tổ chức hội nghị. Trong 6 tháng đầu năm, diện tích gieo cấy lúa đạt 100% KH, trồng ngô đạt 95,2% KH; thu ngân sách đạt trên 61% KH.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['100% KH', 'actual', 2026],
      ['95,2% KH', 'actual', 2026],
      ['trên 61% KH', 'actual', 2026],
    ])
  })

  it('3. a level reached “vào cuối năm 2020”, written right after it, is of that year, not of the start’s year said before', () => {
    const { figures } = read(
      'Năm 2020, tỉnh Mẫu Sơn tổng kết giảm nghèo. Tỷ lệ hộ nghèo từ 6,82% năm 2015 dự kiến giảm xuống còn 1,42% vào cuối năm 2020.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['6,82%', 2015],
      ['1,42%', 2020],
    ])
  })

  it('1. a goal carried out (“thực hiện mục tiêu …”) whose amount is said to beat the plan (“, vượt kế hoạch đề ra”) is reached', () => {
    const { figures } = read(
      'Năm 2026, tỉnh Mẫu Sơn thực hiện mục tiêu giảm nghèo bền vững, đưa tỷ lệ hộ nghèo toàn tỉnh giảm 2,84%, vượt kế hoạch đề ra.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['giảm 2,84%', 'actual', 2026]])
  })

  it('3. a plan’s level bracketed right after the plan’s name (“theo kế hoạch (tăng 6,5%)”) is the plan', () => {
    const { figures } = read(
      'Năm 2026, với mức tăng trưởng 1,2%, tỉnh Mẫu Sơn không đạt mức tăng trưởng theo kế hoạch (tăng 6,5%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1,2%', 'actual', 2026],
      ['6,5%', 'target', 2026],
    ])
  })

  it('2. the parts of an aimed growth, broken down “Trong đó, …” with a bare “tăng”, are aimed too, with no part of a year', () => {
    const { figures } = read(
      'Hội nghị sơ kết 6 tháng đầu năm 2026 của huyện Mẫu Sơn. Thời gian đến, huyện phấn đấu đưa giá trị sản xuất bình quân tăng 15,2%/năm. Trong đó, công nghiệp - xây dựng tăng 21,4%, nông nghiệp tăng 3,9%.',
    )
    const parts = read(
      'Hội nghị sơ kết 6 tháng đầu năm 2026 của huyện Mẫu Sơn. Thời gian đến, huyện phấn đấu đưa giá trị sản xuất bình quân tăng 15,2%/năm. Trong đó, công nghiệp - xây dựng tăng 21,4%, nông nghiệp tăng 3,9%.',
    ).draft.figures.slice(1)
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['15,2%/năm', 'target'],
      ['21,4%', 'target'],
      ['3,9%', 'target'],
    ])
    expect(parts.map((f) => f.partOfYear)).toEqual([undefined, undefined])
  })

  it('5. a term’s span the page mistyped (“nhiệm kỳ 2010-1015”) is no figure; “gấp 3,2% năm 2025” (for “lần”) compares with that year', () => {
    const { figures } = read(
      'Năm 2026, huyện Mẫu Sơn đánh giá nửa nhiệm kỳ 2010-1015. Huyện đón hơn 2 triệu lượt khách, gấp 3,2% năm 2025, bằng 150,4% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['hơn 2 triệu lượt khách', 2026],
      ['gấp 3,2%', 2026],
      ['150,4% kế hoạch', 2026],
    ])
  })

  it('5. the one place ranked ahead (“(sau Mẫu Đông, tăng 13,1%)”) is a place compared with, a fact named by whose it is', () => {
    const { figures } = read(
      'Năm 2026, tốc độ tăng trưởng GRDP của tỉnh Mẫu Sơn ước tăng 11,6%. Với kết quả này, tỉnh xếp thứ 2 trong vùng (sau Mẫu Đông, tăng 13,1%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.name])).toEqual([
      ['11,6%', 'actual', 'Tốc độ tăng trưởng GRDP'],
      ['13,1%', 'fact', 'Tốc độ tăng trưởng GRDP (Mẫu Đông)'],
    ])
  })

  it('4. a congress’s term written in brackets (“nhiệm kỳ (2025 – 2030)”) opens that term: “nhiệm kỳ qua” looks back on the one before', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ tỉnh Mẫu Sơn lần thứ XII, nhiệm kỳ (2025 – 2030) khai mạc sáng 14/10. Nhiệm kỳ qua, tỉnh đạt mức tăng trưởng bình quân hơn 7,1%/năm; thu nhập bình quân đầu người đạt trên 68 triệu đồng, tỷ lệ hộ nghèo giảm bình quân 1,3%/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 7,1%/năm', 'fact', 2025],
      ['trên 68 triệu đồng', 'actual', 2025],
      ['giảm bình quân 1,3%/năm', 'fact', 2025],
    ])
  })

  it('4. a launch to carry out a year’s targets (“Lễ ra quân thực hiện các chỉ tiêu … năm 2027”, “chỉ tiêu cần thực hiện trong năm 2027”) plans that year; the year before is summed up', () => {
    const { draft, figures } = read(
      'Sáng 3.1, UBND huyện Mẫu Sơn tổ chức Lễ ra quân triển khai thực hiện các chỉ tiêu phát triển KT – XH năm 2027.\n\nNăm 2026 là năm có ý nghĩa quan trọng của huyện. Các chỉ tiêu đều đạt và vượt, cụ thể: thu nhập đầu người đạt 21,4 triệu đồng/người/năm, tăng 11,2% so với năm 2025. Thực hiện mục tiêu, chỉ tiêu cần thực hiện trong năm 2027, huyện đã phổ biến đến toàn dân.',
    )
    expect(draft.periods.actual).toBe(2026)
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['21,4 triệu đồng/người/năm', 'actual', 2026],
      ['11,2%', 'actual', 2026],
    ])
  })

  it('4. a standard reached “vào năm 2022, ngay sau đó …” is history a story goes on from, not the year reported', () => {
    const { figures } = read(
      'Huyện Mẫu Sơn đạt chuẩn huyện nông thôn mới vào năm 2022, ngay sau đó huyện đã bắt tay vào giai đoạn nâng cao. Năm 2026, huyện phấn đấu có thêm 3 xã nông thôn mới nâng cao. Tính đến nay, huyện đã có 12 xã đạt chuẩn nông thôn mới nâng cao.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['3 xã', 'target'],
      ['12 xã', 'actual'],
    ])
    expect(figures.map((f) => f.year)).not.toContain(2022)
  })

  it('3. a move “từ … lên …” after “Nếu như năm 2021, … thì đến năm 2025 …” starts in that year, not the year before the end', () => {
    const { figures } = read(
      '5 năm qua, kinh tế huyện Mẫu Sơn tăng trưởng khá. Nếu như năm 2021, tỷ trọng nông nghiệp chiếm 31,2% thì đến năm 2025 giảm còn 22,4%; công nghiệp - xây dựng tăng từ 41,5% lên 50,3%.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['31,2%', 2021],
      ['22,4%', 2025],
      ['41,5%', 2021],
      ['50,3%', 2025],
    ])
  })

  it('4. a change of the income per head said right after it (“…đạt 71,1 triệu đồng, tăng 26,9 triệu đồng so với năm 2020”) is its level’s, of the term’s last year', () => {
    const { figures } = read(
      'Báo cáo chính trị tại Đại hội Đảng bộ tỉnh Mẫu Sơn nhiệm kỳ 2025-2030 cho thấy, GRDP giai đoạn 2021-2025 tăng bình quân 6,8%; GRDP bình quân đầu người đạt 68,2 triệu đồng, tăng 24,1 triệu đồng so với năm 2020.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,8%', 'fact', 2025],
      ['68,2 triệu đồng', 'actual', 2025],
      ['24,1 triệu đồng', 'actual', 2025],
    ])
  })

  it('4. the term looked back on, its years bracketed (“Trong nhiệm kỳ qua (2020 - 2025)”), ended in its last year, whatever term the text opens', () => {
    const { draft, figures } = read(
      'Ngày 20/5/2025, Đảng bộ thị trấn Mẫu Sơn tổ chức Đại hội khóa VI, nhiệm kỳ 2025 - 2030.\n\nTrong nhiệm kỳ qua (2020 - 2025), Đảng bộ thị trấn đã lãnh đạo đạt và vượt 38/41 chỉ tiêu; thu nhập bình quân đầu người đạt 58 triệu đồng/người/năm; năng suất lao động đạt 212 triệu đồng/người.\n\nTrong nhiệm kỳ (2026 - 2030), Đảng bộ thị trấn đề ra 12 mục tiêu cụ thể.',
    )
    expect(draft.periods.actual).toBe(2025)
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year]).slice(0, 2)).toEqual([
      ['58 triệu đồng/người/năm', 'million-vnd-per-person-year', 'actual', 2025],
      ['212 triệu đồng/người', 'million-vnd-per-person-year', 'actual', 2025],
    ])
  })

  it('7. an excess bracketed right after a growth (“tăng 14% (vượt 3% so với nghị quyết)”) is the growth’s, in points over the plan’s', () => {
    const { figures } = read(
      'Năm 2026, giá trị sản xuất công nghiệp - xây dựng của huyện Mẫu Sơn đạt 2.416 tỷ đồng, tăng 13,2% (vượt 2,5% so với nghị quyết); tổng thu ngân sách đạt 905 tỷ đồng, vượt 12,5% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['2.416 tỷ đồng', 2416, 'billion-vnd'],
      ['13,2%', 13.2, 'percent'],
      ['2,5%', 2.5, 'percentage-point'],
      ['905 tỷ đồng', 905, 'billion-vnd'],
      ['vượt 12,5% kế hoạch', 112.5, 'percent-of-plan'],
    ])
  })

  it('4. a level compared with, reached “mà thành phố đạt được trong 6 tháng đầu năm 2025”, is that time’s, and names no year of results; the plan “mà thành phố đặt ra là …” is a target', () => {
    const { draft, figures } = read(
      'Tại kỳ họp giữa năm, UBND thành phố Mẫu Sơn cho biết, kinh tế 6 tháng đầu năm 2026 đạt được nhiều kết quả. Tăng trưởng kinh tế 6 tháng đầu năm 2026 đạt vượt kế hoạch, với GRDP tăng 9,8%, cao hơn mức 6,1% mà thành phố đạt được trong 6 tháng đầu năm 2025. Tăng trưởng của thành phố trong nửa đầu năm nay đã vượt kế hoạch mà thành phố đặt ra là 9,2%.',
    )
    expect(draft.periods.actual).toBe(2026)
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9,8%', 'actual', 2026],
      ['6,1%', 'actual', 2025],
      ['9,2%', 'target', 2026],
    ])
  })

  it('3. the year’s estimate after nine months’ growth (“… tăng trên 10%”) is a figure of its own, not the months’ rounded; the plan “giao đầu năm (7,5-8%)” is a target', () => {
    const { figures } = read(
      'Theo UBND tỉnh Mẫu Sơn, GRDP 9 tháng năm 2026 tăng gần 12,4% so với cùng kỳ. Dự kiến tốc độ tăng trưởng kinh tế năm 2026 tăng trên 10%, vượt chỉ tiêu Nghị quyết HĐND tỉnh giao đầu năm (7,5-8%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['gần 12,4%', 'actual', 2026],
      ['trên 10%', 'actual', 2026],
      ['7,5-8%', 'target', 2026],
    ])
  })

  it('4. a meeting that “tổng kết nhiệm vụ năm 2026 và triển khai … nhiệm vụ năm 2027” sums up 2026 and plans 2027', () => {
    const { draft, figures } = read(
      'Ngày 21-12, tại hội nghị tổng kết nhiệm vụ năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027, Quận ủy Mẫu Sơn xác định chủ đề của năm 2027. Năm 2027, quận phấn đấu giải quyết việc làm cho 5.200 lao động. Trong năm 2026, mặc dù chịu tác động bất lợi, quận vẫn bảo đảm mục tiêu ổn định tình hình. Tổng giá trị sản xuất công nghiệp trên địa bàn thực hiện 24.512 tỷ đồng, đạt 88,3% kế hoạch.',
    )
    expect([draft.periods.actual, draft.periods.target]).toEqual([2026, 2027])
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5.200 lao động', 'target', 2027],
      ['24.512 tỷ đồng', 'actual', 2026],
      ['88,3% kế hoạch', 'actual', 2026],
    ])
  })

  it('4. a text that aims at nothing and names one span it says grew (“giai đoạn 2021-2025 tăng 18,2%/năm”) reports up to the span’s last year', () => {
    const { draft, figures } = read(
      'Thị xã Mẫu Sơn được thành lập trên cơ sở nâng cấp từ huyện Mẫu Sơn. Đến nay kinh tế thị xã luôn tăng trưởng ổn định, thu ngân sách giai đoạn 2021-2025 tăng 18,2%/năm; thu nhập bình quân đầu người đến nay đạt 61,5 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,8%.',
    )
    expect(draft.periods.actual).toBe(2025)
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['18,2%/năm', 'fact', 2025],
      ['61,5 triệu đồng/năm', 'actual', 2025],
      ['1,8%', 'actual', 2025],
    ])
  })

  it('4. a text that sets its aim on a span (“đặt mục tiêu giai đoạn 2026-2030 …”) and names nothing else aims every level “đạt” at the span’s end', () => {
    const { figures } = read(
      'Mẫu Sơn đặt mục tiêu giai đoạn 2026-2030 tăng trưởng 10% mỗi năm.\n\nTheo Nghị quyết Đại hội Đảng bộ tỉnh thông qua ngày 18/9, GRDP bình quân đầu người đạt 7.800 USD một năm. Tỷ lệ đô thị hóa đạt 55%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['10%', 'target', 2030],
      ['7.800 USD', 'target', 2030],
      ['55%', 'target', 2030],
    ])
  })

  it('2. how far along a year’s targets are (“đến nay có 6 chỉ tiêu vượt tiến độ …, các chỉ tiêu còn lại đạt theo tiến độ, nổi bật là …”) reports results of that year', () => {
    const { figures } = read(
      'Thứ Tư, ngày 10/07/2024 | 08:16\n\n(HL) - UBND tỉnh Hà Lâm cho biết, trong số 20 chỉ tiêu năm 2024, đến nay có 6 chỉ tiêu vượt tiến độ bình quân của kế hoạch năm và các chỉ tiêu còn lại đạt theo tiến độ bình quân, nổi bật là tốc độ tăng trưởng kinh tế đạt 7,2%. Tổng vốn đầu tư toàn xã hội là 9.150 tỉ đồng, tăng 8,1% so với cùng kỳ. Kết quả xếp hạng chỉ số PCI năm 2023 tăng 2 bậc so với năm 2022.',
    )
    expect(
      figures.filter((f) => f.valueText !== '20 chỉ tiêu').map((f) => [f.valueText, f.role, f.year]),
    ).toEqual([
      ['6 chỉ tiêu', 'actual', 2024],
      ['7,2%', 'actual', 2024],
      ['9.150 tỉ đồng', 'actual', 2024],
      ['8,1%', 'actual', 2024],
    ])
  })

  it('4. a level of now measured from years back (“hiện đạt 41,2 triệu đồng, tăng 9 triệu đồng so với năm 2019”, published in 2022) is of the year published, not the year after the one compared with', () => {
    const { draft, figures } = read(
      'Thu nhập bình quân ở Mẫu Đông tăng 9 triệu đồng\n\nTHỨ BA, 14/06/2022 09:12:05\n\nThu nhập bình quân đầu người của huyện Mẫu Đông hiện đạt 41,2 triệu đồng, tăng 9 triệu đồng so với năm 2019. Tỷ lệ hộ nghèo giảm còn 2,6%.',
    )
    expect(draft.periods.actual).toBe(2022)
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['41,2 triệu đồng', 'actual', 2022],
      ['9 triệu đồng', 'actual', 2022],
      ['2,6%', 'actual', 2022],
    ])
  })

  it('6. groups of targets counted as the scorecard counts them (“Trong 14 nhóm chỉ tiêu giao có 11/14 nhóm chỉ tiêu …”) are its total, no figure of their own', () => {
    const { draft, figures } = read(
      '9 tháng đầu năm 2023 kinh tế của tỉnh Mẫu Sơn tiếp tục tăng trưởng. Trong 14 nhóm chỉ tiêu giao có 11/14 nhóm chỉ tiêu xấp xỉ đạt và vượt kế hoạch đề ra. Tổng sản phẩm trên địa bàn ước thực hiện 7.210 tỷ đồng, đạt 61% kế hoạch.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 11, total: 14 })
    expect(figures.map((f) => f.valueText)).toEqual(['ước thực hiện 7.210 tỷ đồng', '61% kế hoạch'])
  })

  it('4. what is reached now (“hiện nay … có 5/6 huyện đạt chuẩn”) in the year a text aims at, published mid-year, is that year’s result, not its target', () => {
    const { figures } = read(
      'Mẫu Sơn phấn đấu đạt phổ cập giáo dục mức độ 3\n\n09:20, 18/08/2024\n\nTheo Sở Giáo dục và Đào tạo, hiện nay, toàn tỉnh Mẫu Sơn duy trì phổ cập giáo dục mức độ 2; trong đó có 5/6 huyện đạt chuẩn mức độ 3. Trong số 94 xã, có 61 xã đạt chuẩn mức độ 3, chiếm tỷ lệ 64,9%.\n\nNhìn chung, chất lượng phổ cập trên địa bàn tỉnh đã được cải thiện so với năm học 2022-2023. Trong đó, có 7 xã tăng từ mức độ 2 lên mức độ 3. Toàn tỉnh phấn đấu năm 2024 nâng cao chất lượng phổ cập và đạt chuẩn mức độ 3.',
    )
    expect(figures.filter((f) => f.valueText !== '94 xã').map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5/6 huyện', 'actual', 2024],
      ['61 xã', 'actual', 2024],
      ['64,9%', 'actual', 2024],
      ['7 xã', 'actual', 2024],
    ])
  })

  it('4. the last months of a year still ahead (“Trong 2 tháng cuối năm 2022, …”), in a text of what is reached so far (“đến ngày 20.11.2022”), make that year the one reported', () => {
    const { figures } = read(
      'Theo Bảo hiểm xã hội tỉnh Mẫu Đông, số người tham gia bảo hiểm y tế toàn tỉnh đến ngày 20.11.2022 là 842.310 người, đạt 97,6% kế hoạch. Có 2 huyện đã hoàn thành chỉ tiêu tỉnh giao.\n\nTrong 2 tháng cuối năm 2022, các địa phương sẽ tiếp tục vận động người dân tham gia bảo hiểm y tế, phấn đấu đạt mục tiêu được giao.',
    )
    expect(figures.slice(0, 2).map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['842.310 người', 'actual', 2022],
      ['97,6% kế hoạch', 'actual', 2022],
    ])
  })

  it('2. the other indicators named as a topic (“Ở các chỉ tiêu khác, đến cuối năm 2020 … chỉ còn 85 hộ nghèo”) in a review of that year are its results', () => {
    const { figures } = read(
      'Giai đoạn 2016-2020, kinh tế huyện Mẫu Sơn tăng trưởng khá, năm 2020 thu nhập bình quân đầu người đạt 52 triệu đồng. Ở các chỉ tiêu khác, đến cuối năm 2020 trên địa bàn chỉ còn 85 hộ nghèo; toàn huyện giữ vững 9/9 xã đạt chuẩn nông thôn mới.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['52 triệu đồng', 'actual', 2020],
      ['85 hộ', 'actual', 2020],
      ['9/9 xã', 'actual', 2020],
    ])
  })

  it('7. a rate’s fall said of the year (“tỷ lệ hộ nghèo đa chiều giảm trong năm là 0,6%”) is a change in points, not the rate', () => {
    const { figures } = read(
      'Năm 2019, tỉnh Mẫu Đông phấn đấu: tỷ lệ hộ nghèo đa chiều giảm trong năm là 0,6%; tỷ lệ trạm y tế có bác sĩ đạt 94%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year, f.name])).toEqual([
      [
        'giảm trong năm là 0,6%',
        -0.6,
        'percentage-point',
        'target',
        2019,
        'Thay đổi tỷ lệ hộ nghèo đa chiều',
      ],
      ['94%', 94, 'percent', 'target', 2019, 'Tỷ lệ trạm y tế có bác sĩ'],
    ])
  })

  it('6. the groups of a scorecard (“18/23 chỉ tiêu đạt và vượt kế hoạch, trong đó có 4/6 chỉ tiêu về kinh tế; …”) are counted by its outcome', () => {
    const { draft, figures } = read(
      'Năm 2021, huyện Mẫu Sơn có 16/20 chỉ tiêu đạt và vượt kế hoạch, trong đó có 5/7 chỉ tiêu về kinh tế; 8/9 chỉ tiêu văn hóa - xã hội; 3/4 chỉ tiêu về môi trường.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 16, total: 20 })
    expect(figures.map((f) => [f.valueText, f.value, f.role, f.year, f.name])).toEqual([
      ['5/7 chỉ tiêu', 5, 'actual', 2021, 'Số chỉ tiêu về kinh tế đạt và vượt kế hoạch'],
      ['8/9 chỉ tiêu', 8, 'actual', 2021, 'Số chỉ tiêu văn hóa - xã hội đạt và vượt kế hoạch'],
      ['3/4 chỉ tiêu', 3, 'actual', 2021, 'Số chỉ tiêu về môi trường đạt và vượt kế hoạch'],
    ])
  })

  it('7. “GRDP bình quân đạt 6500 USD”, “đầu người” left unsaid, is dollars per person', () => {
    const { figures } = read(
      'Năm 2030, tỉnh Mẫu Sơn phấn đấu GRDP bình quân đạt 6500 USD, xuất khẩu đạt 12 tỷ USD.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.name])).toEqual([
      ['6500 USD', 'usd-per-person', 'GRDP bình quân đầu người'],
      ['12 tỷ USD', 'billion-usd', 'Xuất khẩu'],
    ])
  })

  it('7. a bare share a rate reaches after its level or growth (“… 98,6%, đạt 100,4%”) and one said last in a list of amounts are shares of the plan', () => {
    const { figures } = read(
      'Năm 2026, xã Mẫu Sơn có tỷ lệ hộ dân dùng nước sạch 98,6%, đạt 100,4%; tốc độ tăng trưởng giá trị sản xuất tăng 9,2%, đạt 102,2%. Giá trị ngành dịch vụ đạt 101,8%, giá trị sản xuất nông nghiệp đạt 99,3%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['98,6%', 'percent'],
      ['100,4%', 'percent-of-plan'],
      ['9,2%', 'percent'],
      ['102,2%', 'percent-of-plan'],
      ['101,8%', 'percent-of-plan'],
      ['99,3%', 'percent-of-plan'],
    ])
  })

  it('7. an amount reaching a percentage reaches that share of its plan; an average growth said with a bare "%" is in percent, in a list too', () => {
    const { figures } = read(
      'Năm 2024, huyện Mẫu Sơn thực hiện đạt và vượt 18/22 chỉ tiêu. Điển hình như: tổng diện tích gieo trồng toàn huyện đạt 102,4%; tổng sản lượng lương thực ước đạt 99,1%; tỷ lệ che phủ rừng đạt 46,5%. Nhiệm kỳ qua, tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 11,2%, trong đó: nông nghiệp tăng 3,4%; dịch vụ tăng 14,6%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['102,4%', 'percent-of-plan', 102.4],
      ['ước đạt 99,1%', 'percent-of-plan', 99.1],
      ['46,5%', 'percent', 46.5],
      ['11,2%', 'percent', 11.2],
      ['3,4%', 'percent', 3.4],
      ['14,6%', 'percent', 14.6],
    ])
  })

  it('a unit no code knows keeps a scale of millions in its words; dollars per person glued to their number are read; a stray space after a thousands dot is read through', () => {
    const { figures } = read(
      'Năm 2024, sản lượng điện của tỉnh Mẫu Sơn ước đạt 14,2 tỷ kWh, khai thác 373 ngàn m3 cát; GRDP bình quân đầu người đạt 6.410USD/người/năm; tổng mức bán lẻ hàng hóa ước đạt 41. 250,5 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['ước đạt 14,2 tỷ kWh', 'other', 14.2],
      ['373 ngàn m3', 'other', 373_000],
      ['6.410USD/người/năm', 'usd-per-person', 6410],
      ['ước đạt 41. 250,5 tỷ đồng', 'billion-vnd', 41_250.5],
    ])
    expect(figures.map((f) => f.name)).toContain('Tổng mức bán lẻ hàng hóa')
  })

  it('5. the meeting’s groups, a school grade and the tiers of a government are not figures', () => {
    const { figures } = read(
      'Các đại biểu thảo luận tại 4 tổ và tại hội trường. Năm 2024, huyện Mẫu Sơn huy động trẻ em 6 tuổi vào lớp 1 đạt 100%; sắp xếp chính quyền địa phương 2 cấp bảo đảm tiến độ.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['100%'])
  })

  it('the level of a scenario a result is compared with, bracketed after it, is a target', () => {
    const { figures } = read(
      'GRDP 6 tháng đầu năm 2024 của tỉnh Mẫu Sơn ước tăng 8,1%, cao hơn 0,4 điểm % so với kịch bản (7,7%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,1%', 'actual', 2024],
      ['0,4 điểm %', 'actual', 2024],
      ['7,7%', 'target', 2024],
    ])
  })

  it('a scenario named at length before its bracketed level is still the plan’s, and points after a rate are points', () => {
    const { figures } = read(
      'Năm 2025, tốc độ tăng trưởng kinh tế 9 tháng của huyện Mẫu Sơn đạt 11,2%, cao hơn 1 điểm so với kịch bản tăng trưởng kinh tế 9 tháng (10,2%).',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['11,2%', 'percent', 'actual', 2025],
      ['1 điểm', 'percentage-point', 'actual', 2025],
      ['10,2%', 'percent', 'target', 2025],
    ])
  })

  it('2. a heading opens its part: under "II. NHIỆM VỤ NĂM 2025" an item that says "đạt" is a target, "ước đạt" a result', () => {
    const { figures } = read(
      'I. KẾT QUẢ THỰC HIỆN NĂM 2024\n\nTỷ lệ lao động qua đào tạo của huyện Mẫu Sơn đạt 71,5%.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\nNăm 2025, huyện phấn đấu thu ngân sách 540 tỷ đồng.\n\nTỷ lệ lao động qua đào tạo đạt 73%; giải quyết việc làm mới cho 1.700 lao động. Thu nhập bình quân cả năm 2024 ước đạt 58,6 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.rule])).toEqual([
      ['71,5%', 'actual', 2024, 'done'],
      ['540 tỷ đồng', 'target', 2025, 'aim'],
      ['73%', 'target', 2025, 'section'],
      ['1.700 lao động', 'target', 2025, 'section'],
      ['ước đạt 58,6 triệu đồng', 'actual', 2024, 'done'],
    ])
  })
  it('4. a review of a term that names only where its changes started and ended gives results for the year they ended', () => {
    const { figures, draft } = read(
      'Nhiệm kỳ 2015 - 2020, huyện Mẫu Sơn hoàn thành vượt mức nhiều chỉ tiêu. Thu nhập bình quân đầu người từ 12 triệu đồng năm 2015 tăng lên trên 31,5 triệu đồng năm 2020. Thu ngân sách trên địa bàn năm 2015 gần 18 tỷ đồng, đến năm 2020 dự kiến đạt 52 tỷ đồng. Tỷ lệ hộ nghèo giảm mạnh, từ gần 48% năm 2015 xuống còn gần 19% năm 2020.',
    )
    expect(draft.periods.actual).toBe(2020)
    expect(figures).toMatchObject([
      { valueText: '12 triệu đồng', role: 'actual', year: 2015 },
      { valueText: 'trên 31,5 triệu đồng', role: 'actual', year: 2020 },
      { valueText: 'gần 18 tỷ đồng', role: 'actual', year: 2015 },
      { valueText: '52 tỷ đồng', role: 'actual', year: 2020 },
      { valueText: 'gần 48%', unit: 'percent', role: 'actual', year: 2015 },
      { valueText: 'gần 19%', unit: 'percent', role: 'actual', year: 2020 },
    ])
  })
  it("3. a crop season across the new year is its later year, not a span; a plan's capital is a target; a count over its plan gives the plan", () => {
    const { figures } = read(
      'Trong 5 tháng đầu năm 2024, nông dân huyện Mẫu Sơn đã thu hoạch vụ Đông xuân 2023-2024 được trên 12 ngàn ha. Kế hoạch vốn đầu tư thực hiện thuộc nguồn vốn ngân sách Nhà nước năm 2024 do địa phương quản lý là 214,6 tỷ đồng. Có 21/35 xã đạt chuẩn nông thôn mới, trong đó năm 2024 chỉ đạt 01/03 xã theo kế hoạch.',
    )
    expect(figures).toMatchObject([
      { valueText: 'trên 12 ngàn ha', role: 'actual', year: 2024 },
      { valueText: '214,6 tỷ đồng', role: 'target', year: 2024, rule: 'plan-level' },
      { valueText: '21/35 xã', role: 'actual', year: 2024 },
      { valueText: '01/03 xã', value: 1, role: 'actual', year: 2024 },
      { valueText: '03 xã', value: 3, role: 'target', year: 2024, rule: 'plan-level' },
    ])
  })
  it('2. a lead saying the plan was reached ("cơ bản đạt kế hoạch đề ra:") opens a list of results, its bare shares of plan', () => {
    const { figures } = read(
      'Năm 2023, các chỉ tiêu kinh tế, văn hoá, xã hội của xã Mẫu Sơn cơ bản đạt kế hoạch đề ra: tổng sản lượng lương thực đạt 101,8%; trồng thuốc lá đạt 100,4%; thu ngân sách đạt 132%; tỷ lệ hộ nghèo còn 4,1%.',
    )
    expect(figures).toMatchObject([
      { valueText: '101,8%', unit: 'percent-of-plan', role: 'actual', year: 2023 },
      { valueText: '100,4%', unit: 'percent-of-plan', role: 'actual', year: 2023 },
      { valueText: '132%', unit: 'percent-of-plan', role: 'actual', year: 2023 },
      { valueText: '4,1%', unit: 'percent', role: 'actual', year: 2023 },
    ])
    expect(
      read('Năm 2024, huyện Mẫu Sơn phấn đấu hoàn thành kế hoạch: thu ngân sách đạt 300 tỷ đồng.').figures,
    ).toMatchObject([{ valueText: '300 tỷ đồng', role: 'target', year: 2024 }])
  })

  it('4. a portal\'s name ("Cổng giao tiếp điện tử") is no plan: months reported with no year are of the typed date', () => {
    const draft = draftDataset(
      'Theo Cổng giao tiếp điện tử thành phố, trong 5 tháng đầu năm, giá trị sản xuất của quận Mẫu Sơn đạt 312,5 tỷ đồng, bằng 41,2% so với kế hoạch năm. Tổng thu ngân sách trên địa bàn đạt hơn 820 tỷ đồng, bằng 44% dự toán năm.',
      'mau.vi.txt',
      { published: { year: 2023, words: '06/2023' } },
    )
    expect(draft.figures.map((f) => [f.valueText, f.role, f.period?.year])).toEqual([
      ['312,5 tỷ đồng', 'actual', 2023],
      ['41,2% so với kế hoạch', 'actual', 2023],
      ['hơn 820 tỷ đồng', 'actual', 2023],
      ['44% dự toán', 'actual', 2023],
    ])
  })

  it('2. a lead naming its own year ("Cơ cấu kinh tế năm 2023:") is not led by the plan the sentence before compared with', () => {
    const { figures } = read(
      'Năm 2023, tổng sản phẩm của tỉnh Mẫu Sơn tăng 5,1%, thấp hơn chỉ tiêu đề ra (khoảng 7%). Cơ cấu kinh tế năm 2023: nông nghiệp chiếm 21,4%; công nghiệp chiếm 40,2%. GRDP bình quân đầu người năm 2023 đạt 81,2 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5,1%', 'actual', 2023],
      ['khoảng 7%', 'target', 2023],
      ['21,4%', 'actual', 2023],
      ['40,2%', 'actual', 2023],
      ['81,2 triệu đồng', 'actual', 2023],
    ])
  })

  it('2. a list of no amounts ("như: đầu tư …; …") ends with its paragraph: the next paragraph\'s results are not its targets', () => {
    const { figures } = read(
      'Với mục tiêu kim ngạch xuất khẩu đạt 900 triệu USD vào năm 2025, tỉnh Mẫu Sơn đã xây dựng một loạt giải pháp, như: đầu tư hạ tầng; mở rộng thị trường.\n\nNăm 2024, GRDP của tỉnh tăng 6,3% so với cùng kỳ. Cơ cấu kinh tế chuyển dịch đúng hướng; GRDP bình quân đầu người đạt 70,1 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['900 triệu USD', 'target', 2025],
      ['6,3%', 'actual', 2024],
      ['70,1 triệu đồng', 'actual', 2024],
    ])
  })

  it('3. "chỉ đạo, điều hành thực hiện các nhiệm vụ … năm 2019" still plans that year: the year before stays the results\'', () => {
    const { figures } = read(
      'Năm 2018, tổng thu ngân sách của thị xã Mẫu Sơn ước đạt 610 tỷ đồng.\n\nNăm 2019, thị xã phấn đấu tốc độ tăng trưởng kinh tế 10,5%. Thu nhập bình quân đầu người đạt trên 58 triệu đồng.\n\nĐể đạt mục tiêu trên, thị xã tập trung chỉ đạo, điều hành thực hiện các nhiệm vụ phát triển kinh tế - xã hội năm 2019.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 610 tỷ đồng', 'actual', 2018],
      ['10,5%', 'target', 2019],
      ['trên 58 triệu đồng', 'target', 2019],
    ])
  })

  it('4. a text of targets only: "ước đạt" under the year\'s agreed targets is the level expected, a target', () => {
    const { figures } = read(
      'Kỳ họp thống nhất các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026 của thành phố Mẫu Sơn, trong đó tốc độ tăng trưởng GRDP ước đạt từ 9% trở lên. Về quy mô, GRDP thành phố ước đạt trên 210.000 tỷ đồng; thu ngân sách ước tăng 8%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt từ 9% trở lên', 'target', 2026],
      ['ước đạt trên 210.000 tỷ đồng', 'target', 2026],
      ['8%', 'target', 2026],
    ])
  })

  it('2. a plan named then its level ("Kế hoạch tổng thu … được giao là …, trong đó …") makes its parts targets too', () => {
    const { figures } = read(
      'Tình hình kinh tế 6 tháng đầu năm 2023 của huyện Mẫu Sơn ổn định. Kế hoạch tổng thu ngân sách nhà nước năm 2023 được giao là 214,5 tỷ đồng, trong đó thu thuế và phí 120,3 tỷ đồng, thu khác ngân sách là 14,2 tỷ đồng. Tổng thu ngân sách 6 tháng năm 2023 đạt 80.412 triệu đồng, đạt 37,5% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.rule])).toEqual([
      ['214,5 tỷ đồng', 'target', 2023, 'plan-level'],
      ['120,3 tỷ đồng', 'target', 2023, 'part-of-plan'],
      ['14,2 tỷ đồng', 'target', 2023, 'part-of-plan'],
      ['80.412 triệu đồng', 'actual', 2023, 'done'],
      ['37,5% kế hoạch', 'actual', 2023, 'share-of-plan'],
    ])
  })

  it('5. a figure said again, in a caption or the body, is one figure; the round change said with it goes with it', () => {
    const { draft } = read(
      'Mẫu Sơn: du lịch khởi sắc\n\n| Năm 2024, tỉnh Mẫu Sơn đón gần 3,4 triệu lượt khách, tăng 40% so với cùng kỳ, cao nhất từ trước đến nay (Ảnh: CTV) |\nNăm 2024, ngành du lịch tỉnh Mẫu Sơn đón gần 3,4 triệu lượt khách, tăng 40% so với cùng kỳ. Tổng sản lượng thủy sản đạt 318 ngàn tấn, tăng 3%. Doanh thu du lịch đạt 9.120 tỷ đồng.\n\nNăm qua, tổng sản lượng thủy sản của tỉnh thu về 318 ngàn tấn, tăng 3% so với cùng kỳ.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.quote.startsWith('|')])).toEqual([
      ['gần 3,4 triệu lượt khách', false],
      ['40%', false],
      ['318 ngàn tấn', false],
      ['3%', false],
      ['9.120 tỷ đồng', false],
    ])
    expect(draft.ignoredNumbers?.filter((n) => n.reason === 'the same figure said again')).toHaveLength(4)
  })

  it('5. the same amount of another thing, in the next sentence, is another figure', () => {
    const { draft } = read(
      'Năm 2024, tổng thu ngân sách xã Hòa Mỹ ước đạt 12.418 triệu đồng, bằng 204,6% kế hoạch huyện giao. Tổng chi ngân sách xã ước đạt 12.418 triệu đồng, bằng 204,6% kế hoạch huyện giao.\n\nXã Hòa Mỹ thu ngân sách ước đạt 12.418 triệu đồng, vượt xa kế hoạch.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.label.vi.slice(0, 8)])).toEqual([
      ['ước đạt 12.418 triệu đồng', 'Tổng thu'],
      ['204,6% kế hoạch', 'Tổng thu'],
      ['ước đạt 12.418 triệu đồng', 'Tổng chi'],
      ['204,6% kế hoạch', 'Tổng chi'],
    ])
  })

  it('5. the same amount said again in its paragraph in more words is one figure; a vote of the delegates is none', () => {
    const { draft } = read(
      'Năm 2025, tổng kim ngạch xuất, nhập khẩu đạt 131,6 triệu USD; trong đó xuất khẩu đạt 81,5 triệu USD. Cụ thể, kim ngạch xuất khẩu hàng hóa ước tính đạt 81,5 triệu USD, giảm 17,3% so với cùng kỳ năm trước. Tại kỳ họp, 100% các đại biểu biểu quyết thống nhất.',
    )
    expect(draft.figures.map((f) => f.valueText)).toEqual(['131,6 triệu USD', '81,5 triệu USD', 'giảm 17,3%'])
  })

  it('5. the band a count of places falls in ("có 2 xã thu đạt từ 60% trở lên") is no figure; the count is', () => {
    const { figures } = read(
      'Năm 2025, thu ngân sách khối xã đạt 3,1 tỷ đồng. Trong đó có 2 xã thu đạt từ 60% trở lên; 3 xã, thị trấn thu đạt từ 50%-60%; 9 xã còn lại thu dưới 50%.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['3,1 tỷ đồng', '2 xã', '3 xã, thị trấn', '9 xã'])
  })

  it('5. a figure said again in other words ("trên" for "hơn", "828.000" for "828 ngàn") is one figure; a fraction giving its plan is not a repeat', () => {
    const { draft } = read(
      '715.000 khách quốc tế đến Mẫu Sơn trong 8 tháng - Ảnh 1.\n\nTrong 8 tháng năm 2024, tỉnh Mẫu Sơn đón trên 5,2 triệu lượt khách, trong đó khách quốc tế khoảng 715.000 lượt.\n\nLũy kế từ đầu năm, số lượt khách đến các điểm du lịch của tỉnh ước đạt hơn 5,2 triệu lượt khách, tăng 21,4% so với cùng kỳ; khách quốc tế gần 715 ngàn lượt, gấp 2,2 lần. Sản lượng lúa đạt 16.300 tấn.\n\n+ Sản lượng lúa: 16.300/17.000 tấn',
    )
    expect(draft.figures.map((f) => f.valueText)).toEqual([
      'ước đạt hơn 5,2 triệu lượt khách',
      '21,4%',
      'gần 715 ngàn lượt',
      'gấp 2,2 lần',
      '16.300 tấn',
      '16.300/17.000 tấn',
    ])
  })

  it('2. a count of targets announced with a list of their names only ("có 5 chỉ tiêu quan trọng gồm: …; …") ends with its sentence', () => {
    const { figures } = read(
      'Năm 2019 là thời điểm tăng tốc để hoàn thành các chỉ tiêu mà Nghị quyết Đại hội Đảng bộ tỉnh Mẫu Sơn đề ra. Tuy nhiên trong 12 chỉ tiêu cơ bản của Nghị quyết có 3 chỉ tiêu quan trọng gồm: tốc độ tăng trưởng GRDP; thu nhập bình quân đầu người; tổng thu ngân sách dự báo khó đạt.\n\nCập nhật: 10/08/2019\n\nNhờ vậy, tốc độ tăng trưởng GRDP dự kiến năm 2019 đạt 6,8%. Tổng thu ngân sách dự kiến năm 2019 đạt 1.940 tỷ đồng.',
    )
    expect(figures.filter((f) => f.unit !== 'indicator').map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,8%', 'actual', 2019],
      ['1.940 tỷ đồng', 'actual', 2019],
    ])
  })

  it('3. an estimate ("ước đạt") for a year after the results\' is what that year is planned to reach', () => {
    const { figures } = read(
      'Năm 2025, GRDP của tỉnh Mẫu Sơn ước tăng 8,1%. Hội nghị thống nhất mục tiêu năm 2026, trong đó tổng vốn đầu tư phát triển ước đạt 92 nghìn tỷ đồng, thu ngân sách tăng tối thiểu 6%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,1%', 'actual', 2025],
      ['ước đạt 92 nghìn tỷ đồng', 'target', 2026],
      ['tối thiểu 6%', 'target', 2026],
    ])
  })

  it('6. "đạt và vượt toàn bộ 20 chỉ tiêu" is a scorecard; the targets it counts aim at nothing after it; a record\'s first year is no year of results', () => {
    const { draft, figures } = read(
      'Năm 2024 là năm tỉnh Mẫu Sơn đạt và vượt toàn bộ 18 chỉ tiêu kinh tế - xã hội; tốc độ tăng trưởng kinh tế đạt 7,8% - cao nhất kể từ năm 2016.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 18, total: 18, period: { year: 2024 } })
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['7,8%', 'actual', 2024]])
  })

  it('6. the counts that break a scorecard down ("trong đó 15 chỉ tiêu vượt, 6 chỉ tiêu đạt") are results of its year', () => {
    const { draft, figures } = read(
      'Năm 2022, tỉnh Mẫu Sơn có 21/21 chỉ tiêu đạt và vượt Nghị quyết, trong đó 15 chỉ tiêu vượt, 6 chỉ tiêu đạt. Năm 2023, huyện có 19 trên 23 chỉ tiêu đạt.',
    )
    // Of two years' results, the later is the one the text reports.
    expect(draft.scorecard).toMatchObject({ achieved: 19, total: 23, period: { year: 2023 } })
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['15 chỉ tiêu', 'indicator', 'actual', 2022],
      ['6 chỉ tiêu', 'indicator', 'actual', 2022],
    ])
  })

  it('5. one share said of two things named after it ("100% chất thải y tế, …, 100% chất thải công nghiệp") is two figures', () => {
    const { figures } = read(
      'Năm 2026, tỉnh Mẫu Sơn phấn đấu thu gom và xử lý 100% chất thải y tế, 97% chất thải nguy hại, 100% chất thải công nghiệp không nguy hại.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['100%', 'target', 2026],
      ['97%', 'target', 2026],
      ['100%', 'target', 2026],
    ])
  })

  it('4. what a congress’s term took in, its paragraph opened by the term ("Nhiệm kỳ 2020-2025, …"), is no one year’s; a level it ended on is its last year’s', () => {
    const { figures } = read(
      'Ngày 12/6, Đảng bộ xã Mẫu Lâm tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2025-2030.\n\nNhiệm kỳ 2020-2025, Đảng bộ xã Mẫu Lâm đã vượt qua nhiều khó khăn và đạt được nhiều thành tựu quan trọng. Nổi bật là thu nhập bình quân đầu người đến năm 2025 ước đạt 72 triệu đồng/người/năm. Tổng thu ngân sách Nhà nước đạt 58.420 triệu đồng, đạt 106% dự toán huyện giao.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 72 triệu đồng/người/năm', 'actual', 2025],
      ['58.420 triệu đồng', 'fact', 2025],
      ['106% dự toán', 'fact', 2025],
    ])
  })

  it('5. a result and its plan of the same amount ("đạt 17,8% (KH 17,8%)") are two figures, not one said again', () => {
    const { figures } = read('Năm 2022, tỷ lệ trẻ em suy dinh dưỡng thể thấp còi đạt 16,2% (KH 16,2%).')
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['16,2%', 'actual', 2022],
      ['16,2%', 'target', 2022],
    ])
  })

  it('2. a heading of achievements ("Thành tựu … năm 2020:") opens a list of results, after a list of a term\'s targets', () => {
    const { figures } = read(
      'Mục tiêu phát triển kinh tế xã hội huyện Mẫu Sơn giai đoạn 2020 – 2025:\n • Thu nhập bình quân đầu người đến năm 2025 đạt trên 90 triệu đồng.\nThành tựu kinh tế xã hội huyện Mẫu Sơn năm 2020:\n • Thu nhập bình quân đầu người đạt 61 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 90 triệu đồng', 'target', 2025],
      ['61 triệu đồng', 'actual', 2020],
    ])
  })

  it('4. "dự kiến năm 2018 đạt" in a text of the year\'s second half expects a result; in its first months, a target', () => {
    const text =
      'Năm 2018 là thời điểm tăng tốc. Tốc độ tăng trưởng GRDP của tỉnh Mẫu Sơn dự kiến năm 2018 đạt 7,1%.'
    const roleIn = (month: number) =>
      draftDataset(text, 'mau.vi.txt', {
        published: { year: 2018, month, words: `${month}/2018` },
      }).figures.map((f) => [f.role, f.period?.year])
    expect(roleIn(8)).toEqual([['actual', 2018]])
    expect(roleIn(1)).toEqual([['target', 2018]])
  })

  it('8. counts of nouns no unit row knows, joined by "và", each name their own noun', () => {
    const { figures } = read('Năm 2023, huyện Mẫu Sơn cấp 2.140 sổ BHXH và 31.560 thẻ BHYT.')
    expect(figures.map((f) => [f.valueText, f.unit, f.name])).toEqual([
      ['2.140 sổ BHXH', 'other', 'Số sổ BHXH'],
      ['31.560 thẻ BHYT', 'other', 'Số thẻ BHYT'],
    ])
  })

  it('2. "các chỉ tiêu … tăng so với cùng kỳ như …" lists results that moved, not a plan\'s items', () => {
    const { figures } = read(
      'Trong 9 tháng năm 2023, hầu hết các chỉ tiêu của tỉnh Mẫu Sơn tăng khá so với cùng kỳ như thu ngân sách đạt 1.240 tỷ đồng, đạt hơn 68% dự toán. Các chỉ tiêu chủ yếu năm 2024 là: tăng trưởng đạt 7% so với cùng kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.240 tỷ đồng', 'actual', 2023],
      ['hơn 68% dự toán', 'actual', 2023],
      ['7%', 'target', 2024],
    ])
  })

  it('8. a range of a noun no unit row knows, and so many a day, keep the noun as written', () => {
    const { draft } = read(
      'Năm 2023, lượng xe qua cửa khẩu Mẫu Sơn đạt khoảng 900 - 1.050 xe/ngày, trong đó xuất khẩu 300-350 xe; qua ga đường sắt 18 toa/ngày.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.unit, f.otherUnit, f.value, f.max])).toEqual([
      ['khoảng 900 - 1.050 xe/ngày', 'other', 'xe/ngày', 900, 1050],
      ['300-350 xe', 'other', 'xe', 300, 350],
      ['18 toa/ngày', 'other', 'toa/ngày', 18, undefined],
    ])
  })

  it('3. a change bracketed with "cùng kỳ" ("dịch vụ tăng 6,55% (cùng kỳ tăng 7,54%)") is the year before\'s', () => {
    const { figures } = read(
      'Tính chung 6 tháng đầu năm 2024, GRDP của tỉnh Mẫu Sơn ước tăng 6,1%. Trong đó, dịch vụ tăng 6,4% (cùng kỳ tăng 7,2%); xuất khẩu tăng 8,8% so với cùng kỳ năm ngoái (cùng kỳ giảm 2,7%), cao hơn mức tăng của cùng kỳ năm trước (4,1%). Cán cân thương mại đạt xuất siêu 31,4 triệu USD (cùng kỳ 2023 xuất siêu 41,3 triệu USD).',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.role, f.year])).toEqual([
      ['6,1%', 6.1, 'actual', 2024],
      ['6,4%', 6.4, 'actual', 2024],
      ['7,2%', 7.2, 'actual', 2023],
      ['8,8%', 8.8, 'actual', 2024],
      ['giảm 2,7%', -2.7, 'actual', 2023],
      ['4,1%', 4.1, 'actual', 2023],
      ['31,4 triệu USD', 31.4, 'actual', 2024],
      ['41,3 triệu USD', 41.3, 'actual', 2023],
    ])
  })

  it('2. what is done so that a plan is reached ("để tỉnh đạt chỉ tiêu … (tăng 9%)") aims at it; the plan reached is a result', () => {
    const { figures } = read(
      'Tháng 1/2024, xuất khẩu của tỉnh Mẫu Sơn ước đạt trên 210 triệu USD. Đây là tín hiệu tốt để Mẫu Sơn đạt chỉ tiêu xuất khẩu trong năm 2024 (tăng 8 % so với năm 2023). Năm 2023, tỉnh đạt chỉ tiêu xuất khẩu với 2,1 tỷ USD.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt trên 210 triệu USD', 'actual', 2024],
      ['8 %', 'target', 2024],
      ['2,1 tỷ USD', 'actual', 2023],
    ])
  })

  it('4. a month with its year ("Tháng 1/2024", "đến tháng 11/2024") is that part of the year; a month compared with is a base', () => {
    const { draft } = read(
      'Tháng 1/2024, xuất khẩu của tỉnh Mẫu Sơn ước đạt 210 triệu USD, tăng 2,5% so với tháng 12/2023. Đến tháng 11/2024, tỉnh đã giải ngân 1.250 tỷ đồng. Năm 2023, xuất khẩu đạt 2,1 tỷ USD.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.role, f.period?.year, f.partOfYear])).toEqual([
      ['ước đạt 210 triệu USD', 'actual', 2024, 'tháng 1'],
      ['2,5%', 'actual', 2024, 'tháng 1'],
      ['1.250 tỷ đồng', 'actual', 2024, '11 tháng'],
      ['2,1 tỷ USD', 'actual', 2023, undefined],
    ])
  })

  it("3. where a year's move started is the year before's level; a year bracketed alone after an amount is its own", () => {
    const { figures } = read(
      'Năm 2020, giá trị sản xuất thủy sản của tỉnh Mẫu Sơn tăng từ 21.400 tỷ đồng (năm 2018) lên 23.150 tỷ đồng (năm 2020). Tỷ lệ hộ nghèo giảm từ 8,4% xuống còn 6,9%. Giai đoạn 2016 - 2020, tỷ lệ che phủ rừng tăng từ 40% lên 45%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.rule])).toEqual([
      ['21.400 tỷ đồng', 'actual', 2018, 'done'],
      ['23.150 tỷ đồng', 'actual', 2020, 'done'],
      ['8,4%', 'actual', 2019, 'done'],
      ['6,9%', 'actual', 2020, 'done'],
      ['40%', 'fact', 2020, 'span'],
      ['45%', 'fact', 2020, 'span'],
    ])
    // Years counted back from a term's end ("5 năm qua", at the congress of 2025) start the move that many years before.
    const counted = read(
      'Đại hội Đảng bộ xã Hà Lâm lần thứ XI, nhiệm kỳ 2025 - 2030 khai mạc ngày 12/3/2025. 5 năm qua, số hộ nghèo của xã giảm từ 312 hộ xuống còn 140 hộ.',
    ).figures
    expect(counted.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['312 hộ', 'actual', 2020],
      ['140 hộ', 'actual', 2025],
    ])
  })

  it('2. a growth scenario followed ("bám sát kịch bản tăng trưởng … từ 8% trở lên") is aimed at; one beaten is not', () => {
    const { figures } = read(
      '6 tháng đầu năm 2025, GRDP của tỉnh Mẫu Sơn tăng 7,2%, vượt kịch bản tăng trưởng đề ra. Tỉnh tiếp tục bám sát kịch bản tăng trưởng GRDP năm 2025 từ 8% trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,2%', 'actual', 2025],
      ['từ 8% trở lên', 'target', 2025],
    ])
  })

  it('4. part of a later year said after a semicolon is an aside: the paragraph goes on with its whole year', () => {
    const { figures } = read(
      'Năm 2023, thành phố Mẫu Sơn đón 1,8 triệu lượt khách; 2 tháng đầu năm 2024 đạt trên 240.000 lượt khách. Thu ngân sách nhà nước đạt gần 3.100 tỷ đồng.\n\n2 tháng đầu năm 2024, thu ngân sách đạt 410 tỷ đồng. Thu nội địa đạt 250 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['1,8 triệu lượt khách', 2023],
      ['trên 240.000 lượt khách', 2024],
      ['gần 3.100 tỷ đồng', 2023],
      ['410 tỷ đồng', 2024],
      ['250 tỷ đồng', 2024],
    ])
  })

  it('5. wards named by numbers and a project part\'s number are not figures; people counted as "nhân khẩu" are the place\'s', () => {
    const { figures } = read(
      'Phường Mẫu Sơn được thành lập trên cơ sở sáp nhập các phường 4, 5, 6, Bến Nguyệt, có 61.320 nhân khẩu thường trú. Dự án thành phần 2 - cầu Bến Nguyệt có tổng mức đầu tư 1.200 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role])).toEqual([
      ['61.320 nhân khẩu', 'person', 'profile'],
      ['1.200 tỷ đồng', 'billion-vnd', expect.any(String)],
    ])
  })

  it("3. the total of projects just counted is a result with their count; one project's total investment is its property", () => {
    const { figures } = read(
      'Trong 9 tháng năm 2025, huyện Mẫu Sơn thu hút được 6 dự án, với tổng vốn đầu tư 48 triệu USD. Năm 2025, khởi công dự án cầu Bến Nguyệt có tổng mức đầu tư 1.200 tỷ đồng. Toàn huyện hoàn thành thu hoạch cây vụ đông với tổng diện tích hơn 2.700 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['6 dự án', 'actual'],
      ['48 triệu USD', 'actual'],
      ['1.200 tỷ đồng', 'fact'],
      ['hơn 2.700 ha', 'actual'],
    ])
  })

  it('3. what a year\'s figure "là" is, with the year written, is its result, not the place\'s profile', () => {
    const { figures } = read('GRDP bình quân đầu người tại tỉnh Mẫu Sơn năm 2022 là trên 96 triệu đồng')
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 96 triệu đồng', 'actual', 2022],
    ])
  })

  it("3. a lead of results is of its own year, not of the plan's span it carries out nor of a resolution glued to a word", () => {
    const { figures } = read(
      'Năm 2021, năm thứ nhất thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025, UBND huyện Mẫu Sơn đã chỉ đạo thực hiệnNghị quyết số 12/2020/NQ-HĐND ngày 18 tháng 12 năm 2020 của HĐND huyện, đạt được những kết quả như sau:\n\n- Cơ cấu kinh tế: Nông nghiệp: 41,2%; Công nghiệp - Xây dựng: 27,5%; Dịch vụ: 31,3%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['41,2%', 'actual', 2021],
      ['27,5%', 'actual', 2021],
      ['31,3%', 'actual', 2021],
    ])
  })

  it('8. a tourism report counts guest nights, and a fraction or a count of things named by an acronym keeps it', () => {
    const { figures } = read(
      'Năm 2024, số ngày khách lưu trú tại tỉnh Mẫu Sơn ước đạt 212,4 ngàn ngày khách, tăng 8,1%. Có 4/7 KCN đã có nhà đầu tư hạ tầng; 12 HTX được thành lập mới.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['ước đạt 212,4 ngàn ngày khách', 212400, 'guest-night'],
      ['8,1%', 8.1, 'percent'],
      ['4/7 KCN', 4, 'other'],
      ['12 HTX', 12, 'other'],
    ])
    expect(read('Có 4/7 KCN đã có nhà đầu tư hạ tầng.').draft.figures[0]?.otherUnit).toBe('KCN')
  })

  it("3. a ranking's or an award's year (\"top 10 … nổi bật nhất năm 2023\") is no period: months reported are of the plan's year", () => {
    const { figures } = read(
      'Mẫu Sơn đứng thứ 3 trong top 10 điểm đến hấp dẫn nhất năm 2023.\n\nLũy kế 10 tháng, tỉnh Mẫu Sơn đã đón trên 1,9 triệu lượt khách, đạt 86% kế hoạch năm. Năm 2024, tỉnh đề ra mục tiêu đón 2,2 triệu lượt khách.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 1,9 triệu lượt khách', 'actual', 2024],
      ['86% kế hoạch', 'actual', 2024],
      ['2,2 triệu lượt khách', 'target', 2024],
    ])
  })

  it('1. the parts of a planned level given in the next sentence ("… là 310 tỷ đồng. Trong đó, …") are planned too', () => {
    const { figures } = read(
      'Kế hoạch vốn đầu tư công năm 2025 của huyện Mẫu Sơn là 310 tỷ đồng. Trong đó, ngân sách cấp tỉnh là 240 tỷ đồng (trong đó, vốn chương trình mục tiêu quốc gia là 31,5 tỷ đồng), ngân sách cấp huyện là 70 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['310 tỷ đồng', 'target', 2025],
      ['240 tỷ đồng', 'target', 2025],
      ['31,5 tỷ đồng', 'target', 2025],
      ['70 tỷ đồng', 'target', 2025],
    ])
  })

  it('6. a council adopting its targets ("thông qua 21 chỉ tiêu phát triển năm 2026") announces how many it sets, once', () => {
    const { draft } = read(
      'HĐND xã Mẫu Sơn thông qua 21 chỉ tiêu phát triển năm 2026\n\nNăm 2025, xã Mẫu Sơn có 19/24 chỉ tiêu đạt và vượt kế hoạch. Trên cơ sở kết quả đạt được, kỳ họp đã thống nhất thông qua 21 chỉ tiêu phát triển năm 2026.',
    )
    expect([draft.targetCount?.value, draft.targetCount?.period?.year]).toEqual([21, 2026])
    expect(draft.figures.filter((f) => f.unit === 'indicator')).toEqual([])
  })

  it("7. a target's rise over an earlier year's estimate is a change from that year, not a share of its own plan", () => {
    const { figures, draft } = read(
      'Năm 2025, huyện Mẫu Sơn phấn đấu thu ngân sách đạt 520 tỷ đồng, tăng 12,4% so với dự toán năm 2024.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['520 tỷ đồng', 520, 'billion-vnd', 'target', 2025],
      ['12,4%', 12.4, 'percent', 'target', 2025],
    ])
    expect(draft.figures[1]?.changeFrom).toEqual({ year: 2024 })
  })

  it('7. a rate\'s fall broken down by place ("chia theo các huyện như sau: Thành phố … giảm 0,2%") is in points, named with the place', () => {
    const { figures } = read(
      'Phấn đấu năm 2025, tỷ lệ hộ nghèo toàn tỉnh Mẫu Sơn giảm 2,8% (giảm 6.100 hộ), chia theo các huyện, thành phố như sau: Thành phố Mẫu Sơn giảm 0,2% (giảm 60 hộ); Huyện Lâm Hà giảm 3,1% (giảm 820 hộ).',
    )
    expect(
      figures.filter((f) => f.unit !== 'household').map((f) => [f.valueText, f.value, f.unit, f.name]),
    ).toEqual([
      ['giảm 2,8%', -2.8, 'percentage-point', 'Thay đổi tỷ lệ hộ nghèo'],
      ['giảm 0,2%', -0.2, 'percentage-point', 'Thay đổi tỷ lệ hộ nghèo (Thành phố Mẫu Sơn)'],
      ['giảm 3,1%', -3.1, 'percentage-point', 'Thay đổi tỷ lệ hộ nghèo (Huyện Lâm Hà)'],
    ])
  })

  it('7. the sectors listed after a share\'s change ("tỷ trọng … giảm 3,7%; dịch vụ tăng 3%") change their shares, in points; their growths alone are growths', () => {
    const { figures } = read(
      'Năm 2025, so với năm 2024, cơ cấu kinh tế tỉnh Mẫu Sơn có sự chuyển dịch theo hướng tỷ trọng khu vực công nghiệp - xây dựng giảm 2,15%; dịch vụ tăng 1,72%; thuế sản phẩm tăng 0,43%. Năm 2025, dịch vụ tăng 6,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.name])).toEqual([
      ['giảm 2,15%', -2.15, 'percentage-point', 'Thay đổi tỷ trọng khu vực công nghiệp - xây dựng'],
      ['1,72%', 1.72, 'percentage-point', 'Mức tăng tỷ trọng dịch vụ'],
      ['0,43%', 0.43, 'percentage-point', 'Mức tăng tỷ trọng thuế sản phẩm'],
      ['6,2%', 6.2, 'percent', 'Tốc độ tăng trưởng dịch vụ'],
    ])
  })

  it('4. what is expected in a paragraph of a later crop season\'s targets is a target of it; "các loại", "hạt điều" are no references', () => {
    const { figures } = read(
      'Năm 2023, diện tích gieo trồng lúa của tỉnh Mẫu Sơn đạt 21.300ha.\n\nVụ Đông - Xuân 2023-2024, ngành nông nghiệp đặt chỉ tiêu gieo trồng 9.850ha. Cụ thể, diện tích lúa 5.120ha, năng suất dự kiến 64,5 tạ/ha; rau các loại 2.430,5ha, năng suất dự kiến 182,4 tạ/ha. Xuất khẩu hạt điều 18.500 tấn.',
    )
    expect(figures.slice(3, 7).map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['64,5 tạ/ha', 'target', 2024],
      ['2.430,5ha', 'target', 2024],
      ['182,4 tạ/ha', 'target', 2024],
      ['18.500 tấn', expect.any(String), expect.any(Number)],
    ])
  })

  it('1. what is being carried out ("tiếp tục được tập trung thực hiện, lũy kế, toàn tỉnh có 96 xã") is a result, not an aim', () => {
    const { figures } = read(
      'Năm 2023, chương trình xây dựng nông thôn mới của tỉnh Mẫu Sơn tiếp tục được tập trung thực hiện, lũy kế, toàn tỉnh có 88 xã đạt chuẩn nông thôn mới.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['88 xã', 'actual', 2023]])
  })

  it('2. a lead that achieved the plan ("đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra:") lists results, not targets', () => {
    const { figures } = read(
      'Nhiệm kỳ vừa qua, Đảng bộ xã Mẫu Sơn đã lãnh đạo thực hiện toàn diện các nhiệm vụ, đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra: Tỷ lệ lao động qua đào tạo đạt 68,2%; hộ nghèo giảm còn 3,1%.\n\nNhiệm kỳ 2025 – 2030, Đảng bộ phấn đấu thực hiện 15 chỉ tiêu chủ yếu.',
    )
    // (A level the term reached is read as of the term, a fact of its span, or as its last year's result: either way
    // no target.)
    expect(figures.slice(0, 2).map((f) => [f.valueText, f.role === 'target', f.year])).toEqual([
      ['68,2%', false, 2025],
      ['3,1%', false, 2025],
    ])
  })

  it('3. the coming year’s plan in a report’s title ("tổng kết … năm 2024 và kế hoạch năm 2025") sets no target', () => {
    const { figures } = read(
      'Theo báo cáo tổng kết tình hình sản xuất nông nghiệp, thủy sản năm 2024 và kế hoạch năm 2025 của huyện Mẫu Sơn, tổng sản lượng thủy sản 41.200 tấn, đạt 97,5% so kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['41.200 tấn', 'actual', 2024],
      ['97,5% so kế hoạch', 'actual', 2024],
    ])
  })

  it('4. a paragraph that foresees a later year counts "cả năm" from it; a plan level after a growth names the thing', () => {
    const { figures } = read(
      'Năm 2024, kim ngạch xuất khẩu của huyện Mẫu Sơn ước đạt 320 triệu USD, tăng gần 12% so với năm 2023, vượt 6% kế hoạch năm (kế hoạch năm 302 triệu USD).\n\nNăm 2025, Phòng Kinh tế dự báo xuất khẩu tiếp tục tăng. Dự kiến kim ngạch xuất khẩu cả năm ước đạt 340 triệu USD, tăng 6,2% so năm 2024.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['ước đạt 320 triệu USD', 'actual', 2024, 'Kim ngạch xuất khẩu'],
      ['gần 12%', 'actual', 2024, 'Tốc độ tăng kim ngạch xuất khẩu'],
      ['vượt 6% kế hoạch', 'actual', 2024, 'Kim ngạch xuất khẩu (% kế hoạch)'],
      ['302 triệu USD', 'target', 2024, 'Kim ngạch xuất khẩu'],
      ['ước đạt 340 triệu USD', 'target', 2025, 'Kim ngạch xuất khẩu'],
      ['6,2%', 'target', 2025, 'Tốc độ tăng kim ngạch xuất khẩu'],
    ])
  })

  it('5. a round amount in "tỉ" said again in the body is one figure, named by the noun after it', () => {
    const { figures } = read(
      'Mẫu Sơn - Từ đầu năm 2024 đến nay, tỉnh Mẫu Sơn đã thu hút hơn 1.200 tỉ đồng vốn đầu tư khi chấp thuận chủ trương đầu tư cho 5 dự án, đồng thời tháo gỡ khó khăn cho doanh nghiệp.\n\nTừ đầu năm 2024 đến nay, tỉnh đã chấp thuận chủ trương đầu tư cho 5 dự án, từ đó thu hút hơn 1.200 tỉ đồng vốn đầu tư.',
    )
    expect(figures.filter((f) => f.value === 1200).map((f) => f.name)).toEqual(['Vốn đầu tư'])
  })

  it('4. what is expected yet ("Dự kiến … sẽ") is aimed at; a heading counting next year’s targets is the target count', () => {
    const { figures, draft } = read(
      'Năm 2024, tăng trưởng kinh tế của tỉnh Mẫu Sơn đạt 6,1%. Dự kiến cuối năm 2024 sẽ hoàn thành 100% các chính sách hỗ trợ với tổng kinh phí khoảng 95 tỉ đồng.\n18 chỉ tiêu phát triển trong năm 2025\nNăm 2025, tỉnh tiếp tục thực hiện mục tiêu kép.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,1%', 'actual', 2024],
      ['100%', 'target', 2024],
      ['khoảng 95 tỉ đồng', 'target', 2024],
    ])
    expect(draft.targetCount).toMatchObject({ value: 18, period: { year: 2025 } })
  })

  it('4. an earlier half-year said after its amount is that amount’s alone; the paragraph goes on with its own', () => {
    const { figures } = read(
      'Cụ thể, GRDP 6 tháng đầu năm 2024 của tỉnh Mẫu Sơn ước đạt 8.120 tỷ đồng, tăng trưởng đạt 6,2%, cao hơn mức tăng 3,4% của 6 tháng đầu năm 2023. Trong đó, khu vực dịch vụ tăng 6,5%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 8.120 tỷ đồng', 'actual', 2024],
      ['6,2%', 'actual', 2024],
      ['3,4%', 'actual', 2023],
      ['6,5%', 'actual', 2024],
    ])
  })

  it('results that go on in their paragraph say so; money paid per thing is a rate, named as one', () => {
    const { figures } = read(
      'Trong năm 2025, phường Mẫu Sơn đã hỗ trợ được 12 hộ cận nghèo xóa nhà tạm với mức 60 triệu/nhà xây mới. Trong đó, có 9 hộ xây mới (80 triệu đồng/nhà), 3 hộ sửa chữa.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.rule, f.name])).toEqual([
      ['12 hộ', 'actual', 'done', 'Số hộ cận nghèo xóa nhà tạm'],
      ['60 triệu', 'fact', 'property', 'Mức tiền mỗi nhà xây mới'],
      ['9 hộ', 'actual', 'paragraph', 'Số hộ xây mới'],
      ['80 triệu đồng/nhà', 'fact', 'property', 'Mức tiền mỗi nhà (hộ xây mới)'],
      ['3 hộ', 'actual', 'paragraph', 'Số hộ sửa chữa'],
    ])
  })

  it('a result and the target of the same thing, named in other words, take one name; a percent of GRDP is its growth', () => {
    const { figures } = read(
      'Năm 2025, tổng thu ngân sách nhà nước ước đạt 8.235 tỷ đồng; tốc độ tăng trưởng GRDP đạt 8,9%. HĐND tỉnh Mẫu Sơn thông qua các chỉ tiêu năm 2026, trong đó mục tiêu GRDP trên 10%; tỉnh đặt mục tiêu tổng thu ngân sách nhà nước trên địa bàn đạt trên 9.000 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.name])).toEqual([
      ['ước đạt 8.235 tỷ đồng', 'actual', 'Tổng thu ngân sách nhà nước'],
      ['8,9%', 'actual', 'Tốc độ tăng trưởng GRDP'],
      ['trên 10%', 'target', 'Tốc độ tăng trưởng GRDP'],
      ['trên 9.000 tỷ đồng', 'target', 'Tổng thu ngân sách nhà nước'],
    ])
  })

  it('the levels a term looked back on ended at are its last year’s results; a rate averaged over its years is not', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ xã Mẫu Sơn lần thứ I, nhiệm kỳ 2025 - 2030\nNhiệm kỳ vừa qua, Đảng bộ xã đã lãnh đạo đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra: Tỷ lệ lao động qua đào tạo đạt 72,4%; 88,1% khu dân cư đạt chuẩn văn hóa, 91,3% hộ đạt gia đình văn hóa. Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên bình quân đạt 95%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['72,4%', 'actual', 2025],
      ['88,1%', 'actual', 2025],
      ['91,3%', 'actual', 2025],
      ['95%', 'fact', 2025],
    ])
  })

  it('a yearly average over the years looked back on ("5 năm qua") is a fact of the span; a year’s level is not', () => {
    const { figures } = read(
      '5 năm qua, kinh tế của xã Mẫu Sơn phát triển khá. Tốc độ tăng trưởng kinh tế bình quân đạt 8,2%/năm. Năng suất lúa bình quân đạt 61 tạ/ha. Thu nhập bình quân đầu người năm 2020 ước đạt 44,1 triệu đồng/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,2%/năm', 'fact', 2020],
      ['61 tạ/ha', 'actual', 2020],
      ['ước đạt 44,1 triệu đồng/năm', 'actual', 2020],
    ])
  })

  it('4. "Nhiệm kỳ mới" in the news of a congress plans to the end of the term the text names', () => {
    const { figures } = read(
      'Đại hội Đảng bộ huyện Mẫu Sơn lần thứ XX, nhiệm kỳ 2025 – 2030\n\nTrong nhiệm kỳ 2020-2025, huyện đạt và vượt 18/21 chỉ tiêu. Tỷ lệ hộ nghèo còn 3,1%.\n\nNhiệm kỳ mới, Đảng bộ huyện đề ra 3 nhóm và 21 chỉ tiêu chủ yếu. Trong đó phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt 8-8,5%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['3,1%', 'actual', 2025],
      ['3 nhóm', 'fact', 2030],
      ['8-8,5%', 'target', 2030],
    ])
  })

  it('4. "cao hơn cùng kỳ năm 2023 là 6,2%" is the compared year’s; the plan a share measured aims at nothing after it', () => {
    const { figures } = read(
      'Tốc độ tăng trưởng GRDP 9 tháng năm 2024 của tỉnh Mẫu Sơn ước đạt 8,1%; cao hơn cùng kỳ năm 2023 là 6,2%. Xuất khẩu gạo ước đạt 1.200.000 tấn, đạt 210,5% kế hoạch năm 2024; kim ngạch xuất khẩu gạo đạt 790 triệu USD.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 8,1%', 'actual', 2024],
      ['6,2%', 'actual', 2023],
      ['ước đạt 1.200.000 tấn', 'actual', 2024],
      ['210,5% kế hoạch', 'actual', 2024],
      ['790 triệu USD', 'actual', 2024],
    ])
  })

  it('the plan’s breakthroughs ("3 khâu đột phá", "3 lĩnh vực đột phá") are its parts, a fact, not a target', () => {
    const { figures } = read(
      'Nhiệm kỳ 2025 - 2030, Đảng bộ xã Mẫu Sơn đề ra 16 chỉ tiêu, 4 nhiệm vụ trọng tâm và 3 khâu đột phá.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['4 nhiệm vụ', 'fact'],
      ['3 khâu đột phá', 'fact'],
    ])
  })

  it('the groups a plan sets its targets in ("8 nhóm chỉ tiêu về kinh tế") are its parts; groups reached are results', () => {
    const { figures } = read(
      'Nhiệm kỳ 2025-2030, Đảng bộ xã Mẫu Sơn đề ra 7 nhóm chỉ tiêu về kinh tế, 5 nhóm chỉ tiêu về văn hóa - xã hội. Năm 2024, xã có 4 nhóm chỉ tiêu đạt và vượt kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['7 nhóm chỉ tiêu', 'fact'],
      ['5 nhóm chỉ tiêu', 'fact'],
      ['4 nhóm chỉ tiêu', 'actual'],
    ])
  })

  it('4. nothing of a term to come is done yet: "đạt và vượt" in the new term’s list aims', () => {
    const { figures } = read(
      'Ngày 20-4, Đảng bộ phường Mẫu Sơn tiến hành Đại hội lần thứ IX, nhiệm kỳ 2025-2030. Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu: thu ngân sách tăng bình quân hằng năm 6-8%; đạt và vượt chỉ tiêu giảm hộ nghèo; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu; hộ gia đình văn hóa đạt 90% trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6-8%', 'target', 2030],
      ['100% chỉ tiêu', 'target', 2030],
      ['90% trở lên', 'target', 2030],
    ])
  })

  it('4. a text that names no year but the plan set beside each result ("(KH 2024: …)") reports on that plan’s year', () => {
    const { figures } = read(
      'I. TÌNH HÌNH KINH TẾ\nTổng sản phẩm trong tỉnh Mẫu Sơn ước thực hiện 38.210 tỷ đồng, tăng 7,4% so với cùng kỳ (KH 2024: tăng 7% trở lên). Ước diện tích gieo trồng cây hàng năm đạt 210.400 ha, đạt 93,2% so với KH.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước thực hiện 38.210 tỷ đồng', 'actual', 2024],
      ['7,4%', 'actual', 2024],
      ['7% trở lên', 'target', 2024],
      ['210.400 ha', 'actual', 2024],
      ['93,2% so với KH', 'actual', 2024],
    ])
  })

  it('1. what a result followed ("chuyển dịch theo đúng định hướng") is no aim', () => {
    const { figures } = read(
      'Năm 2023, GRDP của tỉnh Mẫu Sơn tăng 7,1%. Báo cáo cho biết, cơ cấu kinh tế chuyển dịch theo đúng định hướng; trong đó nông nghiệp chiếm 11,2%, dịch vụ chiếm 47%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,1%', 'actual', 2023],
      ['11,2%', 'actual', 2023],
      ['47%', 'actual', 2023],
    ])
  })

  it('3. the same part of another year ("so với Quý I năm 2021") is what a change is measured from', () => {
    const { figures, draft } = read(
      'Giá trị sản xuất công nghiệp Quý I/2022 của tỉnh Mẫu Sơn ước đạt 12.410 tỷ đồng, tăng 9,6% so với cùng kỳ năm 2021. Chỉ số sản xuất công nghiệp ước tăng 8,1% so với Quý I năm 2021.\nKim ngạch xuất khẩu ước đạt 410 triệu USD, tăng 12,3% so với cùng kỳ năm 2021.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 12.410 tỷ đồng', 'actual', 2022],
      ['9,6%', 'actual', 2022],
      ['8,1%', 'actual', 2022],
      ['ước đạt 410 triệu USD', 'actual', 2022],
      ['12,3%', 'actual', 2022],
    ])
    expect(draft.figures[2]?.changeFrom).toEqual({ year: 2021 })
  })

  it('4. the news of a congress sets the targets of the term it opens, to its last year; what the Party has now is none', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ tỉnh Mẫu Sơn lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội.\nĐảng bộ tỉnh có 312 tổ chức cơ sở đảng với 48.200 đảng viên.\nTốc độ tăng trưởng GRDP bình quân đạt 9%. Quy mô GRDP theo giá hiện hành 210.400 tỷ đồng. GRDP bình quân đầu người đến năm 2030 là 152 triệu đồng. Thu ngân sách trên địa bàn tăng bình quân 8%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['312 tổ chức', 'profile', null],
      ['48.200 đảng viên', 'profile', null],
      ['9%', 'target', 2030],
      ['210.400 tỷ đồng', 'target', 2030],
      ['152 triệu đồng', 'target', 2030],
      ['8%', 'target', 2030],
    ])
  })

  it('4. a congress that looks back on its last term aims the coming term’s targets at the term’s end, not the next year', () => {
    const { figures } = read(
      'Ngày 12/8, Đảng bộ phường Mẫu Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Nhiệm kỳ vừa qua, Đảng bộ đã đoàn kết, đạt nhiều kết quả toàn diện.\nBước vào nhiệm kỳ mới, phường đặt mục tiêu trở thành đô thị loại II.\nTrong 24 chỉ tiêu chủ yếu, phường phấn đấu tổng giá trị sản phẩm tăng bình quân từ 9%/năm; thu nhập bình quân đầu người đạt khoảng 140 triệu đồng; tỷ lệ đô thị hóa 60-65%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['từ 9%/năm', 'target', 2030],
      ['khoảng 140 triệu đồng', 'target', 2030],
      ['60-65%', 'target', 2030],
    ])
  })

  it('4. what a congress says is done so far ("Đến nay, …") is of the year it is held; an income per person is no term average', () => {
    const { figures } = read(
      'Trong 2 ngày 20 và 21.8, Đảng bộ phường Mẫu Sơn tổ chức Đại hội đại biểu lần thứ 1, nhiệm kỳ 2025 - 2030.\nĐến nay, thu nhập bình quân của người dân đạt gần 92 triệu đồng/người/năm, tăng hơn 40 triệu đồng so với năm 2020. Hộ nghèo giảm chỉ còn 0,41%.\nNhiệm kỳ 2025 - 2030, phường phấn đấu thu nhập bình quân đạt 140 triệu đồng/người/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['gần 92 triệu đồng/người/năm', 'actual', 2025],
      ['hơn 40 triệu đồng', 'actual', 2025],
      ['0,41%', 'actual', 2025],
      ['140 triệu đồng/người/năm', 'target', 2030],
    ])
  })

  it('5. the labour force and its share of the people are the place’s, not a year’s result; a yearly job target is not', () => {
    const { figures } = read(
      'Dân số tỉnh Mẫu Sơn năm 2023 ước tính 1,2 triệu người, trong đó lực lượng lao động từ 15 tuổi trở lên ước tính 702.300 người (chiếm 58,5% tổng dân số). Năm 2023, tỷ lệ dân số tham gia bảo hiểm y tế đạt 93%, giải quyết việc làm cho 12.400 lao động.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['ước tính 1,2 triệu người', 'profile'],
      ['ước tính 702.300 người', 'profile'],
      ['58,5%', 'profile'],
      ['93%', 'actual'],
      ['12.400 lao động', 'actual'],
    ])
  })

  it('4. a congress names the term before the one it opens: the results it gives are of that term’s last year, the budget it took in over the term no one year’s', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ xã Mẫu Sơn lần thứ I, nhiệm kỳ 2025-2030\nChiều 26/7, Đảng bộ xã Mẫu Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đảng bộ xã có 48 tổ chức Đảng trực thuộc và 1.020 đảng viên.\nĐảng bộ và Nhân dân xã đã thực hiện hiệu quả Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025. Tổng thu ngân sách trên địa bàn đạt 12,4 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 2,91%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['48 tổ chức', 'profile', null],
      ['1.020 đảng viên', 'profile', null],
      ['12,4 tỷ đồng', 'fact', 2025],
      ['2,91%', 'actual', 2025],
    ])
  })

  it('1. what each year of a congress’s term is to have ("Hằng năm có trên 90% …") is a target; a grade is no deed', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ thành phố Mẫu Sơn lần thứ I, nhiệm kỳ 2025-2030 đã đề ra các chỉ tiêu chủ yếu. Đảng bộ thành phố có 62 tổ chức cơ sở đảng.\nHằng năm có trên 90% tổ chức cơ sở đảng được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['62 tổ chức', 'profile', null],
      ['trên 90%', 'target', 2030],
    ])
  })

  it('6. the detail of a scorecard ("trong đó có 4 chỉ tiêu vượt, 9 chỉ tiêu đạt …") gives results; naming them again gives none', () => {
    const { figures, draft } = read(
      'Năm 2023, tỉnh Mẫu Sơn ước thực hiện đạt và vượt 13/15 chỉ tiêu nghị quyết đề ra; trong đó có 4 chỉ tiêu vượt, 9 chỉ tiêu đạt và 2 chỉ tiêu chưa đạt. Cụ thể, 4 chỉ tiêu vượt là tổng vốn đầu tư, kim ngạch xuất khẩu, thu ngân sách và số doanh nghiệp thành lập mới.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 13, total: 15 })
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['4 chỉ tiêu', 'actual', 2023],
      ['9 chỉ tiêu', 'actual', 2023],
    ])
  })

  it('2. a list after an achievement aimed at ("quyết tâm thực hiện đạt và vượt … năm 2023") is of targets', () => {
    const { figures } = read(
      'Năm 2022, huyện Mẫu Sơn thực hiện đạt và vượt 12/15 chỉ tiêu. Năm 2023, huyện quyết tâm thực hiện đạt và vượt tất cả các chỉ tiêu năm 2023 đề ra. Trong đó có một số chỉ tiêu cơ bản như: tổng giá trị sản xuất đạt 2.450 tỷ đồng; thu nhập bình quân 41,2 triệu đồng/người/năm; tổng thu ngân sách 68 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['2.450 tỷ đồng', 'target', 2023],
      ['41,2 triệu đồng/người/năm', 'target', 2023],
      ['68 tỷ đồng', 'target', 2023],
    ])
  })

  it('4. "… ngay từ những tháng đầu năm để đạt kết quả cao nhất" reports no part of a year: the text plans its year', () => {
    const { figures } = read(
      'Năm 2024, huyện Mẫu Sơn phấn đấu thu ngân sách trên địa bàn đạt 84 tỷ đồng; sản lượng lương thực dự kiến đạt trên 48 nghìn tấn.\nĐể hoàn thành các chỉ tiêu trong năm 2024, huyện yêu cầu các ngành phấn đấu hoàn thành tốt các chỉ tiêu kế hoạch ngay từ những tháng đầu năm để đạt kết quả cao nhất.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['84 tỷ đồng', 'target', 2024],
      ['trên 48 nghìn tấn', 'target', 2024],
    ])
  })

  it("6. each count of a scorecard's detail is named by its own outcome, up to the next count", () => {
    const { figures } = read(
      'Năm 2023, tỉnh Mẫu Sơn đạt và vượt 13/15 chỉ tiêu; trong đó có 4 chỉ tiêu vượt, 9 chỉ tiêu đạt và 2 chỉ tiêu chưa đạt.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['4 chỉ tiêu', 'Số chỉ tiêu vượt'],
      ['9 chỉ tiêu', 'Số chỉ tiêu đạt'],
    ])
    // The detail of the scorecard just given, its outcome said after "đều".
    const detail = read(
      'Trong năm 2023, huyện Mẫu Sơn đã hoàn thành và hoàn thành vượt mức 17/18 chỉ tiêu kinh tế - xã hội, trong đó 4/18 chỉ tiêu kinh tế quan trọng đều hoàn thành vượt kế hoạch.',
    )
    expect(detail.figures.map((f) => [f.valueText, f.value, f.role, f.year])).toEqual([
      ['4/18 chỉ tiêu', 4, 'actual', 2023],
    ])
    expect([detail.draft.scorecard?.achieved, detail.draft.scorecard?.total]).toEqual([17, 18])
    // The scorecard just given, by group: each group's count is a figure, no scorecard of its own.
    const groups = read(
      'Trong tổng số 17 chỉ tiêu Nghị quyết HĐND tỉnh Mẫu Sơn giao, dự kiến năm 2023 có 12 chỉ tiêu đạt và vượt kế hoạch. Cụ thể, về kinh tế có 4/8 chỉ tiêu đạt KH; về xã hội có 6/6 chỉ tiêu đạt và môi trường có 2/3 chỉ tiêu đạt KH.',
    )
    expect(groups.figures.map((f) => [f.valueText, f.value])).toEqual([
      ['4/8 chỉ tiêu', 4],
      ['6/6 chỉ tiêu', 6],
      ['2/3 chỉ tiêu', 2],
    ])
    expect([groups.draft.scorecard?.achieved, groups.draft.scorecard?.total]).toEqual([12, 17])
    // A band short of the aim is a count of its own, whatever number it shares with the scorecard's.
    const bands = read(
      'Qua nửa nhiệm kỳ, trong tổng số 18 chỉ tiêu chủ yếu: ước tính đến hết năm 2023, có 07 chỉ tiêu đạt và vượt so với Nghị quyết; 07 chỉ tiêu đạt trên 90% so với Nghị quyết; 03 chỉ tiêu đạt trên 70% so với Nghị quyết; 01 chỉ tiêu trên 50% so với Nghị quyết.',
    )
    expect(bands.figures.map((f) => [f.valueText, f.name])).toEqual([
      ['07 chỉ tiêu', 'Số chỉ tiêu đạt trên 90% so với Nghị quyết'],
      ['03 chỉ tiêu', 'Số chỉ tiêu đạt trên 70% so với Nghị quyết'],
      ['01 chỉ tiêu', 'Số chỉ tiêu trên 50% so với Nghị quyết'],
    ])
    expect([bands.draft.scorecard?.achieved, bands.draft.scorecard?.total]).toEqual([7, 18])
    // The outcome said before the count: its verb ("vượt 5 chỉ tiêu" exceeded five), no bound.
    const before = read(
      'Năm 2023, huyện Mẫu Sơn hoàn thành 10/12 chỉ tiêu kế hoạch năm, trong đó, vượt 4 chỉ tiêu (thu ngân sách, tạo việc làm mới).',
    ).figures
    expect(before.map((f) => [f.valueText, f.value, f.role, f.year, f.name])).toEqual([
      ['vượt 4 chỉ tiêu', 4, 'actual', 2023, 'Số chỉ tiêu vượt'],
    ])
    expect(
      draftDataset(
        'Năm 2023, huyện Mẫu Sơn hoàn thành 10/12 chỉ tiêu, trong đó, vượt 4 chỉ tiêu.',
        'mau.vi.txt',
      ).figures.map((f) => f.comparator),
    ).toEqual(['exact'])
  })

  it("4. a year inside a congress's list of aims (\"đạt chuẩn nông thôn mới vào năm 2027\") is a plan's, not the results'", () => {
    const { figures } = read(
      'Chiều 11/8, Đảng bộ xã Mẫu Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\nTheo đánh giá tại Đại hội, nhiệm kỳ qua, thu nhập bình quân đầu người đạt 52 triệu đồng/người/năm.\nNhiệm kỳ 2025-2030, Đảng bộ xã đề ra một số chỉ tiêu chủ yếu, như: thu nhập bình quân đạt 80 triệu đồng/người/năm; xây dựng xã đạt chuẩn nông thôn mới vào năm 2027.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['52 triệu đồng/người/năm', 'actual', 2025],
      ['80 triệu đồng/người/năm', 'target', 2030],
    ])
  })

  it('2. a lead of the targets met ("Các chỉ tiêu đạt cao bao gồm:") opens a list of results', () => {
    const { figures } = read(
      'Năm 2021, huyện Mẫu Sơn có 25 chỉ tiêu đạt và vượt kế hoạch đề ra. Các chỉ tiêu đạt cao bao gồm: tổng diện tích gieo trồng đạt gần 11.000 héc ta, đạt 102% nghị quyết; sản lượng cà phê nhân trên 48.000 tấn, đạt 104% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['25 chỉ tiêu', 'indicator', 'actual', 2021],
      ['gần 11.000 héc ta', 'hectare', 'actual', 2021],
      ['102% nghị quyết', 'percent-of-plan', 'actual', 2021],
      ['trên 48.000 tấn', 'tonne', 'actual', 2021],
      ['104% kế hoạch', 'percent-of-plan', 'actual', 2021],
    ])
  })

  it("5. a share of the place's land or people given right after them is the place's; so are its peoples, counted as peoples", () => {
    const { figures } = read(
      'Thị xã Mẫu Sơn gồm 3 phường và 5 xã, diện tích đất tự nhiên hơn 31.200 ha, trong đó diện tích đất nông nghiệp chiếm 81,2%. Tổng dân số là 121.400 người, trong đó đồng bào dân tộc thiểu số chiếm 42%. Đây là nơi giao thoa văn hóa của 3 dân tộc.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['3 phường', 'profile'],
      ['5 xã', 'profile'],
      ['hơn 31.200 ha', 'profile'],
      ['81,2%', 'profile'],
      ['121.400 người', 'profile'],
      ['42%', 'profile'],
      ['3 dân tộc', 'profile'],
    ])
  })

  it('4. a sentence opening with the year before the one a text plans ("Năm 2023, mặc dù …") sums that year up', () => {
    const { figures } = read(
      'Năm 2023, mặc dù còn nhiều khó khăn, song kinh tế của thị trấn Mẫu Sơn phát triển khá toàn diện. Tổng giá trị sản xuất đạt 418 tỷ đồng, tăng 9,2%. Trong đó thương mại, dịch vụ 160 tỷ đồng.\n\nNăm 2024, thị trấn phấn đấu tổng giá trị sản xuất trên 450 tỷ đồng, tỷ lệ hộ nghèo dưới 1,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['418 tỷ đồng', 'actual', 2023],
      ['9,2%', 'actual', 2023],
      ['160 tỷ đồng', 'actual', 2023],
      ['trên 450 tỷ đồng', 'target', 2024],
      ['dưới 1,2%', 'target', 2024],
    ])
  })

  it('4. the news of a congress reports nothing of the term it opens; a share a span ended on is its last year’s', () => {
    const { figures, draft } = read(
      'Ngày 18/3, Đại hội Đảng bộ xã Mẫu Lâm lần thứ IX, nhiệm kỳ 2025 - 2030 thành công tốt đẹp.\n\nNhiệm kỳ 2020-2025, Đảng bộ xã đã lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội lần thứ VIII.\n\nGiai đoạn 2020-2025, tốc độ tăng trưởng kinh tế bình quân của xã đạt 6,1%/năm, cơ cấu kinh tế thương mại - dịch vụ chiếm tới 61,4%. Thu ngân sách cả nhiệm kỳ 41,2 tỷ đồng.\n\nĐại hội xác định 10 chỉ tiêu chủ yếu trong 5 năm tới, trong đó có mục tiêu thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng/năm; thu ngân sách hằng năm đạt và vượt ít nhất 8% so với chỉ tiêu huyện giao.\n\nTại đại hội, Ban Thường vụ Huyện ủy công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ mới gồm 19 người.\n\nTrong nhiệm kỳ 2025-2030, Đảng bộ xã tiếp tục',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,1%/năm', 'fact', 2025],
      ['61,4%', 'actual', 2025],
      ['41,2 tỷ đồng', 'actual', 2025],
      ['95 triệu đồng/năm', 'target', 2030],
      ['vượt ít nhất 8% so với chỉ tiêu', 'target', 2030],
    ])
    expect(draft.ignoredNumbers.map((n) => n.text)).toContain('gồm 19 người')
  })

  it('7. the aim a result passed, bracketed ("vượt mục tiêu đặt ra (9%)"), is the target; places climbed and sectors by number are no figures', () => {
    const { figures } = read(
      'Năm 2024, tăng trưởng cả năm ước đạt hơn 8,4%, vượt mục tiêu đặt ra (8%), đứng thứ 9 cả nước, tăng 5 bậc. Trong đó khu vực 1 tăng 3,1%; khu vực 2 tăng 11,2% và khu vực 3 tăng 7,6%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['ước đạt hơn 8,4%', 'actual', 2024, 'Tăng trưởng kinh tế'],
      ['8%', 'target', 2024, 'Tăng trưởng kinh tế'],
      ['3,1%', 'actual', 2024, expect.any(String)],
      ['11,2%', 'actual', 2024, expect.any(String)],
      ['7,6%', 'actual', 2024, expect.any(String)],
    ])
  })

  it('2. a plan made in the paragraph before ("đã ban hành kịch bản tăng trưởng năm 2025") leads "Các nội dung chủ yếu như:"', () => {
    const { figures } = read(
      'Tỉnh Mẫu Sơn tăng tốc từ đầu năm 2025\nNgày 12/3/2025, ông Lê Văn Mẫu cho biết, tỉnh Mẫu Sơn đã xây dựng và ban hành kịch bản tăng trưởng kinh tế năm 2025.\nCác nội dung chủ yếu như: Tăng trưởng GRDP đạt 9,5%; thu ngân sách nhà nước ước đạt 14.200 tỷ đồng; kim ngạch xuất khẩu đạt 1.150 triệu USD.\nHai tháng đầu năm 2025, chỉ số sản xuất công nghiệp tăng 8,7% so với cùng kỳ năm 2024.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9,5%', 'target', 2025],
      ['ước đạt 14.200 tỷ đồng', 'target', 2025],
      ['1.150 triệu USD', 'target', 2025],
      ['8,7%', 'actual', 2025],
    ])
  })

  it('1. shares bracketed after the parts a lead says reached the estimate are shares of it; a headline’s rounded bound repeats the body', () => {
    const { figures, draft } = read(
      'Năm 2024, quận Mẫu Sơn thu ngân sách hơn 512 tỷ đồng\n\nTính đến ngày 31-12-2024, tổng thu ngân sách trên địa bàn quận là 512,4 tỷ đồng, đạt 104,1% dự toán.\n\nCó 2/5 lĩnh vực thu đạt dự toán là thuế sử dụng đất phi nông nghiệp (112,3%), phí - lệ phí (101,7%) và 3/5 lĩnh vực không đạt dự toán.\n\nNăm 2025, quận Mẫu Sơn phấn đấu tăng trưởng kinh tế từ 8% trở lên.\n\nQuận xác định mục tiêu tăng trưởng kinh tế từ 8% trở lên là nhiệm vụ rất nặng nề.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['512,4 tỷ đồng', 'billion-vnd', 'actual', 2024],
      ['104,1% dự toán', 'percent-of-estimate', 'actual', 2024],
      ['2/5 lĩnh vực thu', 'other', 'actual', 2024],
      ['112,3%', 'percent-of-estimate', 'actual', 2024],
      ['101,7%', 'percent-of-estimate', 'actual', 2024],
      ['3/5 lĩnh vực', 'other', 'actual', 2024],
      ['từ 8% trở lên', 'percent', 'target', 2025],
    ])
    expect(
      draft.ignoredNumbers.filter((n) => n.reason === 'the same figure said again').map((n) => n.text),
    ).toEqual(['từ 8% trở lên'])
  })

  it('7. a fall said before the rate it lowers ("giảm 0,04% tỷ lệ hộ nghèo") is the size of the fall, named by the rate', () => {
    const { figures } = read(
      'Năm 2025, thành phố Mẫu Sơn phấn đấu giảm 0,05% tỷ lệ hộ nghèo trên tổng số dân; tỷ lệ hộ cận nghèo giảm 0,1%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.name])).toEqual([
      ['0,05%', 0.05, 'percentage-point', 'target', 'Mức giảm tỷ lệ hộ nghèo trên tổng số dân'],
      ['giảm 0,1%', -0.1, 'percentage-point', 'target', 'Thay đổi tỷ lệ hộ cận nghèo'],
    ])
  })

  it('4. a text dated in the last quarter that plans the next year sums up the year it was published in', () => {
    const { figures } = read(
      'Mẫu Sơn\nThu nhập bình quân đầu người đạt gần 31 triệu đồng\nCập nhật ngày: 27/12/2016 10:15:00\nHội đồng nhân dân huyện Mẫu Sơn vừa tổ chức kỳ họp thứ 3 để đánh giá kết quả thực hiện nhiệm vụ và triển khai phương hướng, nhiệm vụ năm 2017.\nTheo báo cáo, thu nhập bình quân đạt gần 31 triệu đồng/người/năm; thu ngân sách được 41 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['gần 31 triệu đồng/người/năm', 'actual', 2016],
      ['41 tỷ đồng', 'actual', 2016],
    ])
  })

  it('4. a congress that names no term: the count of targets its resolution sets, and its targets to the year it aims at', () => {
    const { figures, draft } = read(
      'Sáng 20-7, Đại hội đại biểu Đảng bộ huyện Mẫu Sơn lần thứ 23 bế mạc. Đại hội đã biểu quyết thông qua Nghị quyết với 18 chỉ tiêu.\n\nTrong đó, phấn đấu giá trị sản xuất nông nghiệp tăng bình quân 3,5%/năm; thu nhập bình quân đầu người đạt 48 triệu đồng/năm. Phấn đấu đến năm 2020, 60% số xã đạt chuẩn nông thôn mới.',
    )
    expect(draft.targetCount?.value).toBe(18)
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['3,5%/năm', 'target', 2020],
      ['48 triệu đồng/năm', 'target', 2020],
      ['60%', 'target', 2020],
    ])
  })

  it('4. a congress sums up the year its old term ends; a year a change is measured from is no year reported', () => {
    const { figures } = read(
      'Đại hội đại biểu Đảng bộ phường Mẫu Lâm lần thứ II (nhiệm kỳ 2020-2025) diễn ra ngày 10/6. Giá trị sản xuất tiểu thủ công nghiệp năm 2015 đạt 120,5 tỷ đồng, năm 2019 đạt 231,4 tỷ đồng (tăng 1,9 lần so với năm 2015). Tổng thu ngân sách năm 2020 ước đạt trên 3,1 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['120,5 tỷ đồng', 'actual', 2015],
      ['231,4 tỷ đồng', 'actual', 2019],
      ['1,9 lần', 'actual', 2019],
      ['ước đạt trên 3,1 tỷ đồng', 'actual', 2020],
    ])
  })

  it('4. a plan measured from a year’s results ("tăng 11% so với thực hiện năm 2019") names the year summed up', () => {
    const { figures } = read(
      'Quận Mẫu Sơn tổng kết thu ngân sách. Tính đến ngày 31-12-2019, tổng thu ngân sách trên địa bàn quận là 412,6 tỷ đồng, bằng 112,4% so với cùng kỳ năm 2018. Năm 2020, dự toán thu ngân sách quận giao là 450 tỷ đồng, tăng 9% so với thực hiện năm 2019.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['412,6 tỷ đồng', 'actual', 2019],
      ['112,4%', 'actual', 2019],
      ['450 tỷ đồng', 'target', 2020],
      ['9%', 'target', 2020],
    ])
  })

  it('7. parts go on with their whole’s comparison; a crop season is no place; counts a year; a fall bounded above is a level', () => {
    const { figures } = read(
      'Năm 2024, diện tích gieo trồng ước đạt 52.310,5 ha, bằng 99,4% so với cùng kỳ năm trước, trong đó vụ Đông Xuân đạt 31.204,2 ha, bằng 99,8%. Năm 2025, xã phấn đấu kết nạp 30 đảng viên/năm trở lên, giảm tỷ lệ hộ nghèo đa chiều dưới 0,5%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.name])).toEqual([
      ['ước đạt 52.310,5 ha', 'hectare', 'Diện tích gieo trồng'],
      ['99,4%', 'percent', 'Diện tích gieo trồng so với cùng kỳ'],
      ['31.204,2 ha', 'hectare', 'Vụ Đông Xuân'],
      ['99,8%', 'percent', 'Vụ Đông Xuân'],
      ['30 đảng viên/năm trở lên', 'party-member', expect.any(String)],
      ['dưới 0,5%', 'percent', 'Tỷ lệ hộ nghèo đa chiều'],
    ])
  })

  it('4. the rest of a year whose first months are reported is ahead ("dự kiến đến cuối năm 2020"); a product per person is a year’s', () => {
    const { figures } = read(
      'Tổng thu ngân sách 5 tháng đầu năm 2020 của phường Mẫu Lâm đạt gần 9,4 tỷ đồng. Thu nhập bình quân đầu người năm 2019 ước đạt 41 triệu đồng, dự kiến đến cuối năm 2020 đạt 46 triệu đồng. GRDP đạt 88,2 triệu đồng/người.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.unit])).toEqual([
      ['gần 9,4 tỷ đồng', 'actual', 2020, 'billion-vnd'],
      ['ước đạt 41 triệu đồng', 'actual', 2019, 'million-vnd-per-person-year'],
      ['46 triệu đồng', 'target', 2020, 'million-vnd-per-person-year'],
      ['88,2 triệu đồng/người', 'actual', 2020, 'million-vnd-per-person-year'],
    ])
  })

  it('5. the day figures are counted to ("tính đến 6/12") and a building’s number ("Hội nghị 25 B") are no figures', () => {
    const { figures } = read(
      'Sáng 8-12, kỳ họp HĐND tỉnh Mẫu Sơn khai mạc tại Trung tâm Hội nghị 25 B. Năm 2024, thu ngân sách tính đến 6/12 đạt 105% kế hoạch; toàn tỉnh có 6/12 huyện đạt chuẩn nông thôn mới.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['105% kế hoạch', 'Thu ngân sách'],
      ['6/12 huyện', expect.any(String)],
    ])
  })

  it('4. a mid-year text measured against "dự toán năm 2020" sums up 2020, not the year after; what it is compared with aims at nothing', () => {
    const { figures, draft } = read(
      'Ngày 14/8, HĐND huyện Mẫu Sơn họp đánh giá nhiệm vụ 6 tháng đầu năm. Trong 6 tháng đầu năm, giá trị sản xuất nông nghiệp 1.205 tỷ đồng, đạt 47% so với kế hoạch năm; thu ngân sách 612 tỷ đồng, đạt 71% so với dự toán năm 2020, bằng 184% so với cùng kỳ năm 2019. Kỳ họp thông qua Chương trình giám sát của HĐND huyện năm 2021.',
    )
    expect(draft.periods).toMatchObject({ actual: 2020, actualPart: '6 tháng đầu năm' })
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.205 tỷ đồng', 'actual', 2020],
      ['47% so với kế hoạch', 'actual', 2020],
      ['612 tỷ đồng', 'actual', 2020],
      ['71% so với dự toán', 'actual', 2020],
      ['184%', 'actual', 2020],
    ])
  })

  it('2. an effort said done ("đã …, nỗ lực phấn đấu") aims at nothing; a headline ending "chỉ tiêu đề ra" keeps its line; "18/18 nhóm chỉ tiêu" is a scorecard', () => {
    const { figures, draft } = read(
      'Đạt và vượt các chỉ tiêu đề ra\nNăm 2024, Đảng bộ và Nhân dân huyện Mẫu Sơn đã phát huy tinh thần đoàn kết, nỗ lực phấn đấu phát triển kinh tế - xã hội; huyện đạt và vượt 16/16 nhóm chỉ tiêu. Theo đó, tổng sản lượng lương thực đạt trên 21.400 tấn, đạt 101% kế hoạch; giá trị sản xuất công nghiệp trên 1.120 tỷ đồng, tăng 18,2% so với cùng kỳ.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 16, total: 16, period: { year: 2024 } })
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 21.400 tấn', 'actual', 2024],
      ['101% kế hoạch', 'actual', 2024],
      ['trên 1.120 tỷ đồng', 'actual', 2024],
      ['18,2%', 'actual', 2024],
    ])
  })

  it('2. "Nổi bật là các chỉ tiêu về …" singles out targets met: the list after it ("Theo đó, …") is results', () => {
    const { figures } = read(
      'Trong 9 tháng năm 2025, Ban Chấp hành Đảng bộ huyện Mẫu Sơn đã tập trung lãnh đạo, phấn đấu thực hiện các chỉ tiêu đã đề ra. Đến nay có 14/22 chỉ tiêu đạt và vượt tiến độ. Nổi bật là các chỉ tiêu về thu ngân sách và trồng rừng. Theo đó, tổng thu ngân sách trên địa bàn đạt 31,4 tỷ đồng, đạt 82,6%; toàn huyện trồng 1.240 ha rừng, đạt 95,2% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['31,4 tỷ đồng', 'actual', 2025],
      ['82,6%', 'actual', 2025],
      ['1.240 ha', 'actual', 2025],
      ['95,2% kế hoạch', 'actual', 2025],
    ])
  })

  it('5. the figures of places listed ahead and of the whole country are no figures of the place; the one place ranked ahead is a fact', () => {
    const { figures } = read(
      'Năm 2025, tăng trưởng kinh tế của TP. Mẫu Sơn ước đạt 10,42%, gấp 1,3 lần bình quân chung của cả nước (GRDP bình quân cả nước ước đạt 8%); đứng thứ hai toàn quốc (sau tỉnh Mẫu Lâm là 10,97%). Quy mô kinh tế của thành phố ước đạt 21 tỷ USD, đứng thứ 4 toàn quốc, sau Mẫu Đông (khoảng 58 tỷ USD), TP. Mẫu Tây (khoảng 96 tỷ USD).',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['ước đạt 10,42%', 'actual'],
      ['gấp 1,3 lần', 'actual'],
      ['10,97%', 'fact'],
      ['ước đạt 21 tỷ USD', 'actual'],
    ])
  })

  it('7. a subheading’s round bound of a precise amount, and growth said again under another name of the economy, are one figure', () => {
    const { figures } = read(
      'Tổng sản phẩm trên địa bàn quý 3 ước tăng 8,45%, tính chung mức tăng trưởng 9 tháng năm 2025 là 9,12% so với cùng kỳ năm trước.\nTheo báo cáo, 9 tháng năm 2025, GRDP của thành phố Mẫu Sơn đạt mức tăng trưởng 9,12%, xếp thứ 9 cả nước.\nTP.Mẫu Sơn thu ngân sách hơn 52.300 tỉ đồng năm 2025\nBáo cáo cho biết tổng thu ngân sách nhà nước năm 2025 ước đạt 52.348 tỉ đồng (đạt 98,1% dự toán), cao nhất từ trước đến nay.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['8,45%', expect.any(String)],
      [expect.stringContaining('9,12%'), expect.stringMatching(/tăng trưởng/u)],
      ['ước đạt 52.348 tỉ đồng', 'Tổng thu ngân sách nhà nước'],
      ['98,1% dự toán', 'Tổng thu ngân sách nhà nước (% dự toán)'],
    ])
  })

  it('4. the same period compared with, "khi mức tăng trưởng chỉ đạt 5,1%", is its own year’s result; a lead that gives a result leads results', () => {
    const { figures } = read(
      'Trong 9 tháng năm 2025, GRDP của tỉnh Mẫu Sơn đạt 84.210,5 tỷ đồng, tăng 7,42% so với cùng kỳ năm trước. Mức tăng trưởng này cao hơn mục tiêu cả năm 2025 là từ 6,5-7% và cao hơn đáng kể so với cùng kỳ năm 2024, khi mức tăng trưởng chỉ đạt 5,1%.\nGRDP toàn tỉnh tăng 7,42%, với sự đóng góp của các khu vực như sau:\nKhu vực nông, lâm nghiệp và thủy sản tăng 3,2%, đóng góp 0,31 điểm phần trăm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['84.210,5 tỷ đồng', 'actual', 2025],
      ['7,42%', 'actual', 2025],
      ['từ 6,5-7%', 'target', 2025],
      ['5,1%', 'actual', 2024],
      ['3,2%', 'actual', 2025],
      ['0,31 điểm phần trăm', 'actual', 2025],
    ])
  })

  it('4. a year that ends its clause ("… nông thôn mới năm 2024;") is that clause’s, not the next one’s', () => {
    const { figures } = read(
      'Năm 2025, thu nhập bình quân đầu người của thị xã Mẫu Sơn ước đạt 72,1 triệu đồng/năm. Thị xã được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2024; có thêm 2 sản phẩm OCOP 3 sao; thu ngân sách ước đạt trên 284 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 72,1 triệu đồng/năm', 'actual', 2025],
      ['2 sản phẩm OCOP', 'actual', 2025],
      ['ước đạt trên 284 tỷ đồng', 'actual', 2025],
    ])
  })

  it('2. what a hectare yields ("thu được trên 01 ha") names a measure in a list of aims; an authority’s approval is a deed done', () => {
    const { figures } = read(
      'Năm 2025, tỉnh Mẫu Sơn chấp thuận chủ trương đầu tư 6 dự án sản xuất với tổng vốn là 2.150 tỷ đồng. Năm 2026, ngành Nông nghiệp phấn đấu giá trị sản xuất nông, lâm nghiệp, thủy sản tăng 3,2%; giá trị sản phẩm thu được trên 01 ha đất trồng trọt bình quân đạt 128 triệu đồng; trồng rừng tập trung đạt 3.100 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6 dự án', 'actual', 2025],
      ['2.150 tỷ đồng', 'actual', 2025],
      ['3,2%', 'target', 2026],
      ['128 triệu đồng', 'target', 2026],
      ['3.100 ha', 'target', 2026],
    ])
  })

  it('2. the level a target named, said reached ("hoàn thành mục tiêu đón 5 triệu lượt khách"), is the target; what an effort is for ("để … đạt và vượt mục tiêu") aims', () => {
    const { figures } = read(
      'Năm 2025, tỉnh Mẫu Sơn đón khoảng 5,2 triệu lượt khách du lịch. Ngày 1/10, tỉnh tổ chức sự kiện chào mừng hoàn thành mục tiêu đón 5 triệu lượt khách du lịch năm 2025. Kết quả này tạo tiền đề để tỉnh nỗ lực thực hiện đạt và vượt mục tiêu tăng trưởng (GRDP) 8,2% trong năm nay.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 5,2 triệu lượt khách', 'actual', 2025],
      ['5 triệu lượt khách', 'target', 2025],
      ['8,2%', 'target', 2025],
    ])
  })

  it('4. a text with no year but "bằng 131% cùng kỳ năm 2024" sums up 2025, and its aim to a day of the year ("đến cuối ngày 31/12") is 2025’s', () => {
    const { figures, draft } = read(
      'Tính đến trưa ngày 28/12, tỉnh Mẫu Sơn thu ngân sách đạt 9.412 tỷ đồng, bằng 118% dự toán trung ương giao, bằng 131% cùng kỳ năm 2024.\nTỉnh Mẫu Sơn phấn đấu đến cuối ngày 31/12, số thu ngân sách sẽ đạt 9.600 tỷ đồng.',
    )
    expect(draft.periods).toMatchObject({ actual: 2025 })
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9.412 tỷ đồng', 'actual', 2025],
      ['118% dự toán', 'actual', 2025],
      ['131%', 'actual', 2025],
      ['9.600 tỷ đồng', 'target', 2025],
    ])
  })

  it('3. "năm đầu tiên trong vòng 4 năm qua" is one year, not a span; "Với mức tăng 9,42% trong quý I" says the growth again', () => {
    const { figures } = read(
      'Mẫu Sơn thu ngân sách năm 2025 hơn 48.300 tỷ đồng\nĐây là năm đầu tiên trong vòng 4 năm qua, Mẫu Sơn ghi nhận tăng trưởng cao với tổng thu ngân sách đạt hơn 48.300 tỷ đồng.\nNăm 2025, theo Sở Tài chính, tổng thu ngân sách của tỉnh đạt hơn 48.300 tỷ đồng, hoàn thành 112% dự toán.\nGRDP quý IV năm 2025 ước tăng 9,42%. Với mức tăng 9,42% trong quý IV năm 2025, tốc độ tăng GRDP của tỉnh xếp thứ 6 cả nước.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 48.300 tỷ đồng', 'actual', 2025],
      ['112% dự toán', 'actual', 2025],
      ['9,42%', 'actual', 2025],
    ])
  })

  it('5. what a place was formed from ("được thành lập trên cơ sở sáp nhập 3 xã", "Sau sáp nhập 2 xã …") is its history, set aside; a reorganisation done is a figure', () => {
    const { figures, draft } = read(
      'Xã Mẫu Sơn được thành lập trên cơ sở sáp nhập 3 xã: Mẫu Sơn, Mẫu Lâm và Mẫu Đông. Trong 6 tháng đầu năm 2025, thu ngân sách của xã đạt 41 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([['41 tỷ đồng', 'actual']])
    expect(draft.setAside?.map((f) => [f.valueText, f.reason])).toEqual([
      ['3 xã', 'what the place was formed from'],
    ])
    const merged = read(
      'Sau sáp nhập 2 xã Mẫu Lâm và Mẫu Đông, xã Mẫu Lâm có diện tích tự nhiên hơn 96 km2. Năm 2025, tỉnh Mẫu Giang đã sắp xếp, sáp nhập 45 xã thành 15 xã.',
    )
    expect(merged.figures.map((f) => [f.valueText, f.role])).toEqual([
      ['hơn 96 km2', 'profile'],
      ['45 xã', 'actual'],
      ['15 xã', 'actual'],
    ])
  })

  it('7. an estimate said in one clause is no other clause’s; a rate’s excess larger than its level is of the plan; shares of two plans are told apart; grades listed are no figures', () => {
    const { figures, draft } = read(
      'Năm 2025, tổng thu ngân sách trên địa bàn huyện Mẫu Sơn ước đạt 2.940 tỷ đồng, đạt 412% so với dự toán tỉnh giao, đạt 198% so với dự toán huyện giao; có thêm 12 trường đạt chuẩn quốc gia; tỷ lệ hộ nghèo còn 0,21%, vượt 64% kế hoạch tỉnh giao; tỷ lệ giải quyết thủ tục hành chính mức độ 3, 4 đạt 100%.',
    )
    const estimated = new Set(draft.figures.filter((f) => f.isEstimate).map((f) => f.valueText))
    expect(figures.map((f) => [f.valueText, f.unit, f.value, f.name, estimated.has(f.valueText)])).toEqual([
      ['ước đạt 2.940 tỷ đồng', 'billion-vnd', 2940, 'Tổng thu ngân sách trên địa bàn', true],
      [
        '412% so với dự toán',
        'percent-of-estimate',
        412,
        'Tổng thu ngân sách trên địa bàn (% dự toán tỉnh giao)',
        false,
      ],
      [
        '198% so với dự toán',
        'percent-of-estimate',
        198,
        'Tổng thu ngân sách trên địa bàn (% dự toán huyện giao)',
        false,
      ],
      ['12 trường', 'school', 12, 'Số trường đạt chuẩn quốc gia', false],
      ['0,21%', 'percent', 0.21, 'Tỷ lệ hộ nghèo', false],
      ['vượt 64% kế hoạch', 'percent-of-plan', 164, 'Tỷ lệ hộ nghèo (% kế hoạch tỉnh giao)', false],
      ['100%', 'percent', 100, 'Tỷ lệ giải quyết thủ tục hành chính mức độ 3, 4', false],
    ])
    expect(draft.figures.find((f) => f.valueText === '0,21%')?.why?.role.words).toBe('còn')
  })

  it('8. a sentence that breaks down the one before ("Trong đó, …") names its parts with that one’s measure', () => {
    const { figures } = read(
      'Năm 2025, tổng giá trị sản xuất của huyện Mẫu Sơn ước đạt 18.412,5 tỷ đồng, tăng 9,8% so với cùng kỳ. Trong đó, nông, lâm nghiệp, thủy sản tăng 2,4%; công nghiệp, xây dựng tăng 12,6%. Chỉ số sản xuất công nghiệp tăng 14,1%. Trong đó, ngành chế biến, chế tạo tăng 15,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['ước đạt 18.412,5 tỷ đồng', 'Tổng giá trị sản xuất'],
      ['9,8%', 'Tốc độ tăng tổng giá trị sản xuất'],
      ['2,4%', 'Tốc độ tăng giá trị sản xuất nông, lâm nghiệp, thủy sản'],
      ['12,6%', 'Tốc độ tăng giá trị sản xuất công nghiệp, xây dựng'],
      ['14,1%', 'Tốc độ tăng chỉ số sản xuất công nghiệp'],
      ['15,2%', 'Tốc độ tăng chỉ số sản xuất ngành chế biến, chế tạo'],
    ])
  })

  it('5. one amount after two deeds of a sentence is two figures; a headline’s "gần 11%" is no body’s "trên 11%"', () => {
    const { figures } = read(
      'Bán lẻ hàng hóa của tỉnh Mẫu Sơn tăng gần 11%\n\nNăm 2024, tổng mức bán lẻ hàng hóa đạt 21.480 tỷ đồng; khu vực kinh tế ngoài Nhà nước đạt 19.200 tỷ đồng, tăng trên 11%. Toàn tỉnh đã trồng mới 640 ha, khai thác 640 ha rừng trồng, giá trị gỗ khai thác đạt 58,2 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['gần 11%', 11, 'percent'],
      ['21.480 tỷ đồng', 21480, 'billion-vnd'],
      ['19.200 tỷ đồng', 19200, 'billion-vnd'],
      ['trên 11%', 11, 'percent'],
      ['640 ha', 640, 'hectare'],
      ['640 ha', 640, 'hectare'],
      ['58,2 tỷ đồng', 58.2, 'billion-vnd'],
    ])
  })

  it('7. an excess with its plan named before the amount is a share of plan, or points of a rate; the plan beside a rate’s fall is in points', () => {
    const { draft } = read(
      'Năm 2024, tốc độ tăng giá trị sản xuất của huyện Mẫu Sơn đạt 11,4%, vượt kế hoạch (KH) 0,4%; tổng vốn đầu tư toàn xã hội đạt 1.870 tỷ đồng, vượt chỉ tiêu đề ra 12,5%; tỷ lệ hộ nghèo giảm 1,8% (NQ đề ra 1 - 1,5%); có thêm 42 sản phẩm OCOP (so với kế hoạch đạt trên 120%).',
    )
    expect(draft.figures.map((f) => [f.valueText, f.value, f.max, f.unit, f.role])).toEqual([
      ['11,4%', 11.4, undefined, 'percent', 'actual'],
      ['0,4%', 0.4, undefined, 'percentage-point', 'actual'],
      ['1.870 tỷ đồng', 1870, undefined, 'billion-vnd', 'actual'],
      ['12,5%', 112.5, undefined, 'percent-of-plan', 'actual'],
      ['giảm 1,8%', -1.8, undefined, 'percentage-point', 'actual'],
      ['1 - 1,5%', 1, 1.5, 'percentage-point', 'target'],
      ['42 sản phẩm OCOP', 42, undefined, 'other', 'actual'],
      ['trên 120%', 120, undefined, 'percent-of-plan', 'actual'],
    ])
  })

  it('3. a level bracketed after the year compared with is that year’s; after the country’s average, the country’s', () => {
    const { figures, draft } = read(
      'Năm 2024, GRDP của tỉnh Mẫu Sơn ước tăng 7,12%, cao hơn cùng kỳ năm 2023 (6,05%) và cao hơn bình quân cả nước (6,8%). Thu ngân sách đạt 18.240 tỷ đồng, đạt 104,2% dự toán; trong đó thu nội địa 16.100 tỷ đồng, đạt 103,1% dự toán; thu từ hoạt động xuất nhập khẩu 2.140 tỷ đồng, đạt 112,6%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['7,12%', 'percent', 'actual', 2024],
      ['6,05%', 'percent', 'actual', 2023],
      ['6,8%', 'percent', 'fact', 2024],
      ['18.240 tỷ đồng', 'billion-vnd', 'actual', 2024],
      ['104,2% dự toán', 'percent-of-estimate', 'actual', 2024],
      ['16.100 tỷ đồng', 'billion-vnd', 'actual', 2024],
      ['103,1% dự toán', 'percent-of-estimate', 'actual', 2024],
      ['2.140 tỷ đồng', 'billion-vnd', 'actual', 2024],
      ['112,6%', 'percent-of-estimate', 'actual', 2024],
    ])
    expect(draft.figures.find((f) => f.valueText === '6,8%')?.why?.role.rule).toBe('elsewhere')
  })

  it('2. indicators said to have fared well lead no plan; where the place lies and its administrative units are its profile', () => {
    const { figures } = read(
      'Huyện Mẫu Sơn nằm ở phía tây tỉnh, cách trung tâm tỉnh 48 km, có 14 đơn vị hành chính. Năm 2024, GRDP của huyện tăng 8,1%. Các chỉ tiêu kinh tế khác của huyện cũng khởi sắc trong năm 2024, vốn đầu tư thực hiện trên địa bàn đạt 2.400 tỷ đồng, tăng 10,2% so với cùng kỳ năm trước.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['48 km', 'profile', null],
      ['14 đơn vị hành chính', 'profile', null],
      ['8,1%', 'actual', 2024],
      ['2.400 tỷ đồng', 'actual', 2024],
      ['10,2%', 'actual', 2024],
    ])
    // A place's own administrative units are its communes, wards and towns; a province's districts are named so.
    expect(figures[1]?.unit).toBe('commune-level-unit')
    const province = read('Trước năm 2025, tỉnh Mẫu Đông có 9 đơn vị hành chính cấp huyện.').figures
    expect(province.map((f) => [f.valueText, f.unit])).toEqual([
      ['9 đơn vị hành chính cấp huyện', 'district-level-unit'],
    ])
  })

  it('7. a fall said before the things it counts is its size; the same fall said again in other units is negative', () => {
    const { figures } = read(
      'Năm 2024, toàn huyện Mẫu Sơn giảm 64 hộ nghèo, vượt chỉ tiêu đề ra; số hộ cận nghèo giảm 31 hộ so với năm 2023. Tỷ lệ hộ nghèo giảm 1,1%, tương đương 288 hộ thoát nghèo; diện tích lúa xuống giống 12.400 ha, giảm 3,2% so cùng kỳ, tương đương 410 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['64 hộ', 64, 'household'],
      ['giảm 31 hộ', -31, 'household'],
      ['giảm 1,1%', -1.1, 'percentage-point'],
      ['288 hộ', 288, 'household'],
      ['12.400 ha', 12400, 'hectare'],
      ['giảm 3,2%', -3.2, 'percent'],
      ['410 ha', -410, 'hectare'],
    ])
    // Bracketed right after the fall, too.
    const bracketed = read(
      'Năm 2024, diện tích thu hoạch lúa trên đất nuôi tôm của huyện Mẫu Sơn giảm 6,4% (1.210 ha) so với diện tích xuống giống.',
    ).figures
    expect(bracketed.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['giảm 6,4%', -6.4, 'percent'],
      ['1.210 ha', -1210, 'hectare'],
    ])
  })

  it('4. a text whose results are said "tính đến cuối năm 2024" sums up 2024, in every paragraph', () => {
    const { figures } = read(
      'Theo UBND tỉnh Mẫu Sơn, tính đến cuối năm 2024, quy mô kinh tế ước đạt 98.420 tỉ đồng; thu ngân sách ước đạt 7.310 tỉ đồng, tăng 12% so với năm 2023.\n\nTổng vốn đầu tư toàn xã hội đạt 21.000 tỉ đồng, tăng 8,4% so với năm 2023.\n\nNgành hàng xoài ước đạt 1.900 tỉ đồng, tăng trưởng 11%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 98.420 tỉ đồng', 'actual', 2024],
      ['ước đạt 7.310 tỉ đồng', 'actual', 2024],
      ['12%', 'actual', 2024],
      ['21.000 tỉ đồng', 'actual', 2024],
      ['8,4%', 'actual', 2024],
      ['ước đạt 1.900 tỉ đồng', 'actual', 2024],
      ['11%', 'actual', 2024],
    ])
  })

  it('4. a congress looking back on its term: what the term added up is the term’s, the level it ended on its last year’s; an event’s year in the list sums nothing up', () => {
    const { figures } = read(
      'Ngày 20-5, Đảng bộ xã Mẫu Sơn tổ chức Đại hội Đảng bộ xã lần thứ XI, nhiệm kỳ 2020-2025.\n\nTheo đánh giá tại Đại hội, trong nhiệm kỳ 2015-2020, Đảng bộ xã đã lãnh đạo Nhân dân đạt được nhiều kết quả. Trong đó có các kết quả nổi bật như: bình quân mỗi năm trồng mới 28,5ha chè; xã đạt chuẩn nông thôn mới vào năm 2018 (về đích sớm 2 năm); tỷ lệ hộ nghèo giảm còn 5,12%, trung bình mỗi năm giảm 3,4%; kết nạp được 41 đảng viên mới (vượt 17% so với Nghị quyết).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['28,5ha', 'fact', 2020],
      ['5,12%', 'actual', 2020],
      ['giảm 3,4%', 'fact', 2020],
      ['41 đảng viên', 'fact', 2020],
      ['vượt 17% so với Nghị quyết', 'fact', 2020],
    ])
    // Projects attracted over the term, and the capital they brought, are the term's too.
    const attracted = read(
      'Ngày 20-7, Đảng bộ phường Mẫu Sơn tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.\n\nTrong nhiệm kỳ qua, Đảng bộ đã kết nạp 52 đảng viên mới. Kinh tế có bước phát triển, các khu công nghiệp trên địa bàn thu hút 19 dự án đầu tư, tổng số vốn đăng ký trên 310 triệu USD.',
    ).figures
    expect(attracted.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['52 đảng viên', 'fact', 2025],
      ['19 dự án', 'fact', 2025],
      ['trên 310 triệu USD', 'fact', 2025],
    ])
  })

  it('4. the day something began ("từ ngày 1/1/2021") dates no meeting: the year of results stays the text’s', () => {
    const { figures, draft } = read(
      'Mẫu Đảo là thành phố đảo đầu tiên (từ ngày 1/1/2021), với diện tích khoảng 512 km2.\n\nNăm 2023, thu ngân sách nhà nước trên địa bàn đạt 6.420 tỷ đồng.\n\nTổng mức bán lẻ hàng hóa ước đạt 18.200 tỷ đồng, vượt 12,4% kế hoạch.',
    )
    expect(draft.report.meetingDate).toMatch(/^TODO/u)
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 512 km2', 'profile', null],
      ['6.420 tỷ đồng', 'actual', 2023],
      ['ước đạt 18.200 tỷ đồng', 'actual', 2023],
      ['vượt 12,4% kế hoạch', 'actual', 2023],
    ])
  })

  it('5. a share of plan with four figures said in the lead and the body is one figure, however its subject is worded', () => {
    const { figures, draft } = read(
      'Năm 2024, huyện Mẫu Sơn giảm 512 hộ nghèo, đạt 173,4% chỉ tiêu tỉnh giao\n\nTỷ lệ hộ nghèo của huyện trong năm 2024 giảm 512 hộ so với năm 2023, vượt 217 hộ và đạt 173,4% so với tỉnh giao.',
    )
    expect(figures.filter((f) => f.value === 173.4)).toHaveLength(1)
    expect(
      draft.ignoredNumbers.filter((n) => n.reason === 'the same figure said again').map((n) => n.text),
    ).toContain('173,4% chỉ tiêu')
    // (Not the same share of the plans of two amounts, visitors and money, each said in its own paragraph.)
    const two = read(
      'Năm 2023, tổng lượng khách du lịch đến tỉnh Mẫu Sơn đạt 3,2 triệu lượt, gấp 1,8 lần so với cùng kỳ và đạt 124,36% kế hoạch năm 2023. Khách quốc tế đạt 95.000 lượt, gấp 2,6 lần so với cùng kỳ.\n\nTổng thu từ khách du lịch đạt 4.210,5 tỷ đồng, gấp 1,9 lần so với cùng kỳ và đạt 124,36% kế hoạch năm 2023.',
    ).figures
    expect(two.filter((f) => f.value === 124.36).map((f) => f.name)).toHaveLength(2)
  })

  it('1. an amount bracketed after a share of plan whose ratio to the result is that share is the plan’s level', () => {
    const { figures } = read(
      'Năm 2024, diện tích nuôi tôm lũy kế đến nay đạt 94.520 ha, đạt 99,5% kế hoạch năm 2024 (95.000 ha), tăng 2,1% so cùng kỳ. Thu ngân sách đạt 70,9% kế hoạch (36.982 tỷ đồng).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['94.520 ha', 'actual', 2024],
      ['99,5% kế hoạch', 'actual', 2024],
      ['95.000 ha', 'target', 2024],
      ['2,1%', 'actual', 2024],
      ['70,9% kế hoạch', 'actual', 2024],
      ['36.982 tỷ đồng', 'actual', 2024],
    ])
  })

  it('2. an effort on the means ("tập trung thực hiện các giải pháp") and "Một số chỉ tiêu đạt cao như" lead no plan in a text of results', () => {
    const { figures } = read(
      'Tình hình kinh tế - xã hội tỉnh Mẫu Sơn 9 tháng đầu năm 2024\n\nTrong sản xuất nông nghiệp, tập trung thực hiện các giải pháp phát triển sản xuất gắn với xây dựng nông thôn mới, tổng diện tích gieo trồng vụ Đông - Xuân là 41.230 ha, giảm 2,1% so với cùng kỳ; tổng sản lượng lương thực đạt 138,2 nghìn tấn. Một số chỉ tiêu đạt cao như trồng rừng đạt hơn 121% kế hoạch; tổng thu ngân sách đạt hơn 95% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['41.230 ha', 'actual', 2024],
      ['giảm 2,1%', 'actual', 2024],
      ['138,2 nghìn tấn', 'actual', 2024],
      ['hơn 121% kế hoạch', 'actual', 2024],
      ['hơn 95% kế hoạch', 'actual', 2024],
    ])
  })

  it('1. a budget as a council adjusted it is a plan, and so are its parts; money is no place’s profile', () => {
    const { figures } = read(
      'HĐND phường Mẫu An thông qua Nghị quyết điều chỉnh dự toán thu, chi ngân sách năm 2025. Theo đó, tổng thu cân đối ngân sách năm 2025 sau điều chỉnh gần 184 tỷ đồng, tăng hơn 3 lần so với dự toán ban đầu trước sáp nhập (hơn 47 tỷ đồng). Trong đó, thu bổ sung từ ngân sách cấp trên hơn 151 tỷ đồng, bao gồm hơn 120,5 tỷ đồng bổ sung mục tiêu.',
    )
    expect(figures.filter((f) => f.unit === 'billion-vnd').map((f) => [f.valueText, f.role, f.year])).toEqual(
      [
        ['gần 184 tỷ đồng', 'target', 2025],
        ['hơn 47 tỷ đồng', 'target', 2025],
        ['hơn 151 tỷ đồng', 'target', 2025],
        ['hơn 120,5 tỷ đồng', 'target', 2025],
      ],
    )
  })

  it('4. what a place has, listed with its land and people (not the wards it was formed from), and the members its congress’s delegates stand for are its profile; a compared period bracketed after a plan is that period’s', () => {
    const { figures } = read(
      'Phường Mẫu An được thành lập trên cơ sở sáp nhập 5 phường, với tổng diện tích đất tự nhiên là 31,2km2, có 48 tổ dân phố, dân số 88.410 người, 96 tổ chức đảng và 4.870 đảng viên. Dự Đại hội có 176 đại biểu đại diện cho 4.870 đảng viên của Đảng bộ phường. Báo cáo 6 tháng đầu năm 2024 cho biết GRDP của tỉnh tăng 6,4% (kế hoạch năm 2024 tăng 7-7,5%, cùng kỳ năm 2023 tăng 7,9%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['31,2km2', 'profile', null],
      ['48 tổ dân phố', 'profile', null],
      ['88.410 người', 'profile', null],
      ['96 tổ chức', 'profile', null],
      ['4.870 đảng viên', 'profile', null],
      ['6,4%', 'actual', 2024],
      ['7-7,5%', 'target', 2024],
      ['7,9%', 'actual', 2023],
    ])
  })

  it('4. in a text of a year’s results, what the place has now is that year’s result; the area of the things it has is too', () => {
    const { figures } = read(
      'Năm 2024, thu ngân sách của huyện Mẫu Sơn đạt 1.210 tỷ đồng. Đến nay, toàn huyện có 286 tổ công nghệ số cộng đồng đang hoạt động. Toàn huyện có 14 vùng trồng được cấp mã số với diện tích trên 640 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.210 tỷ đồng', 'actual', 2024],
      ['286 tổ công nghệ số cộng đồng', 'actual', 2024],
      ['14 vùng', 'actual', 2024],
      ['trên 640 ha', 'actual', 2024],
    ])
  })

  it('3. other places’ levels bracketed after their names in a comparison are theirs, of the same year', () => {
    const { figures, draft } = read(
      'Năm 2024, GRDP bình quân đầu người của tỉnh Mẫu Sơn đạt 9.640 USD. Mức này cao hơn Mẫu Đông nếu không tính dầu khí (9.012 USD/người), Mẫu Bắc (8.665 USD/người). Thu ngân sách đạt 12.400 tỷ đồng, cao hơn so với Nghị quyết (12.000 tỷ đồng).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9.640 USD', 'actual', 2024],
      ['9.012 USD/người', 'fact', 2024],
      ['8.665 USD/người', 'fact', 2024],
      ['12.400 tỷ đồng', 'actual', 2024],
      ['12.000 tỷ đồng', 'target', 2024],
    ])
    expect(draft.figures.filter((f) => f.why?.role.rule === 'elsewhere')).toHaveLength(2)
  })

  it('4. a month with no year ("Đến tháng 10, …") is part of the year whose plan is carried out; a round amount said in the same words in the lead is one figure', () => {
    const { figures } = read(
      'Đến tháng 10, toàn tỉnh Mẫu Sơn ước hoàn thành thu hoạch 11.240 ha lúa mùa, 6.400 tấn cà phê.\n\nNgày 23/10, UBND tỉnh tổ chức phiên họp đánh giá kết quả tháng 10.\n\nTrong tháng 10, các ngành đã tập trung triển khai thực hiện nhiệm vụ phát triển kinh tế - xã hội và dự toán ngân sách năm 2024.\n\nĐến tháng 10, toàn tỉnh Mẫu Sơn ước hoàn thành thu hoạch 11.240 ha lúa mùa, 6.400 tấn cà phê; thu ngân sách ước đạt 380 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['11.240 ha', 'actual', 2024],
      ['6.400 tấn', 'actual', 2024],
      ['ước đạt 380 tỷ đồng', 'actual', 2024],
    ])
  })

  it('1. under a lead of the targets not reached, a result written over a larger amount gives its plan; a part of a whole does not', () => {
    const { draft } = read(
      'Năm 2024, có 14/20 chỉ tiêu đạt và vượt; 6/20 chỉ tiêu chưa đạt: tăng trưởng khu vực I đạt 2,71/3,5%; tổng vốn đầu tư toàn xã hội: 16.240/21.000 tỷ đồng; GRDP bình quân đầu người: 55,2/58,1 triệu đồng/người; có 29/41 xã đạt chuẩn nông thôn mới.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.value, f.role])).toEqual([
      ['2,71/3,5%', 2.71, 'actual'],
      ['3,5%', 3.5, 'target'],
      ['16.240/21.000 tỷ đồng', 16240, 'actual'],
      ['21.000 tỷ đồng', 21000, 'target'],
      ['55,2/58,1 triệu đồng/người', 55.2, 'actual'],
      ['58,1 triệu đồng/người', 58.1, 'target'],
      ['29/41 xã', 29, 'actual'],
    ])
  })

  it('4. a year said after an amount in its clause ("đã đạt đến 28% năm 2022", "xuống còn 5,18% năm 2023;") is that amount’s, neither the text’s nor the next clause’s', () => {
    const { figures } = read(
      'Tổng vốn đầu tư phát triển toàn xã hội năm 2023 ước đạt 16.420 tỷ đồng; riêng năm 2023 ước thu ngân sách đạt 2.870 tỷ đồng. Tỷ lệ hộ nghèo giảm từ 31,2% năm 2005 xuống còn 4,9% năm 2023; tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 7,2%. Tỷ lệ đô thị hóa từ 6% năm 2004 đã đạt đến 26% năm 2022.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 16.420 tỷ đồng', 'actual', 2023],
      ['2.870 tỷ đồng', 'actual', 2023],
      ['31,2%', 'actual', 2005],
      ['4,9%', 'actual', 2023],
      ['giảm 7,2%', 'actual', 2023],
      ['6%', 'actual', 2004],
      ['26%', 'actual', 2022],
    ])
  })

  it('4. a text striving to carry out its year’s targets plans that year; a plan bracketed as "(Nghị quyết là …)" is the plan’s level', () => {
    const plan = read(
      'Mẫu Sơn ra sức thi đua thực hiện các chỉ tiêu phát triển kinh tế, củng cố tình hình an ninh quốc phòng năm 2024\n\nPhấn đấu năm 2024, tốc độ tăng trưởng giá trị sản xuất đạt 5-6%. Tổng giá trị các ngành kinh tế chiếm 2.140 tỷ đồng; tỷ lệ che phủ rừng đạt 11,2%.',
    )
    expect(plan.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5-6%', 'target', 2024],
      ['2.140 tỷ đồng', 'target', 2024],
      ['11,2%', 'target', 2024],
    ])
    const results = read(
      'Năm 2023, thu ngân sách của huyện Mẫu Sơn là 142,6 tỷ đồng (Nghị quyết là 108 tỷ đồng); thu nhập bình quân đầu người đạt 66,1 triệu đồng (Kế hoạch là 64-66 triệu đồng).',
    )
    expect(results.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['142,6 tỷ đồng', 'actual', 2023],
      ['108 tỷ đồng', 'target', 2023],
      ['66,1 triệu đồng', 'actual', 2023],
      ['64-66 triệu đồng', 'target', 2023],
    ])
  })

  it('1. the level of a plan exceeded, said with its change ("vượt mục tiêu tăng trên 9%"), is the plan’s', () => {
    const { figures } = read(
      'Năm 2024, tăng trưởng kinh tế của tỉnh Mẫu Sơn ước tăng 9,7% (vượt mục tiêu tăng trên 8,5%); phát triển đảng viên vượt kế hoạch tỉnh giao 6%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role])).toEqual([
      ['9,7%', 9.7, 'percent', 'actual'],
      ['trên 8,5%', 8.5, 'percent', 'target'],
      ['6%', 106, 'percent-of-plan', 'actual'],
    ])
  })

  it('8. a level bracketed for comparison is named by what it is compared with: the same name another year, then whose', () => {
    const { figures } = read(
      'Năm 2024, GRDP của tỉnh Mẫu Sơn ước tăng 7,12%, cao hơn cùng kỳ năm 2023 (6,05%) và cao hơn bình quân cả nước (6,8%). GRDP bình quân đầu người đạt 9.640 USD, cao hơn Mẫu Đông (9.012 USD/người), Mẫu Bắc (8.665 USD/người).',
    )
    expect(figures.map((f) => [f.valueText, f.year, f.name])).toEqual([
      ['7,12%', 2024, 'Tốc độ tăng trưởng GRDP'],
      ['6,05%', 2023, 'Tốc độ tăng trưởng GRDP'],
      ['6,8%', 2024, 'Tốc độ tăng trưởng GRDP (bình quân cả nước)'],
      ['9.640 USD', 2024, 'GRDP bình quân đầu người'],
      ['9.012 USD/người', 2024, 'GRDP bình quân đầu người (Mẫu Đông)'],
      ['8.665 USD/người', 2024, 'GRDP bình quân đầu người (Mẫu Bắc)'],
    ])
  })

  it('4. a text looking back on the one term it names ("Sau 5 năm triển khai thực hiện, … đã đạt") sums up that term’s last year', () => {
    const { figures } = read(
      'Nhiệm kỳ 2020 - 2025, trên cơ sở các chỉ tiêu được cụ thể hóa tại các Nghị quyết, UBND thị xã Mẫu Sơn đã ban hành các quyết định, đề ra giải pháp cụ thể.\n\nSau 5 năm triển khai thực hiện, thị xã Mẫu Sơn đã đạt được nhiều kết quả tích cực.\n\nTốc độ tăng trưởng bình quân ngành công nghiệp - xây dựng là 12,4%/năm (đạt 101,3% so với mục tiêu Nghị quyết Đại hội).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['12,4%/năm', 'fact', 2025],
      ['101,3% so với mục tiêu', 'fact', 2025],
    ])
  })

  it('4. what stands at the end of a month of the year after the results’, said done after the amount, is a result of it', () => {
    const { figures } = read(
      'Năm 2024, huyện Mẫu Sơn có 9/16 xã đạt chuẩn nông thôn mới nâng cao. Đến cuối tháng 02/2025, toàn huyện có 16/16 xã được công nhận đạt chuẩn nông thôn mới, đạt tỷ lệ 100%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9/16 xã', 'actual', 2024],
      ['16/16 xã', 'actual', 2025],
      ['100%', 'actual', 2025],
    ])
  })

  it('4. an area a text of results gives with no verb is that year’s result, not the place’s profile', () => {
    const { figures } = read(
      'Năm 2018, ngành nông nghiệp tỉnh Mẫu Sơn phát triển ổn định. Diện tích lúa vụ Đông Xuân 84.120ha; diện tích nuôi tôm siêu thâm canh 1.520ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['84.120ha', 'actual', 2018],
      ['1.520ha', 'actual', 2018],
    ])
  })

  it('1. a scenario exceeded names the plan’s level after it; the same period compared with, after an adverb, is that year’s', () => {
    const { figures } = read(
      '6 tháng đầu năm 2025, GRDP của thành phố Mẫu Sơn tăng 7,41% và vượt kịch bản tăng trưởng của Thành phố 7,2%. Con số này cũng cao hơn đáng kể so với cùng kỳ năm 2024 là 5,9%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,41%', 'actual', 2025],
      ['7,2%', 'target', 2025],
      ['5,9%', 'actual', 2024],
    ])
  })

  it('1. a plan reached names its level after it; 2. targets said reached lead a list of results', () => {
    const { figures } = read(
      'Năm 2024, GRDP của tỉnh Mẫu Đông ước tăng 7,9%, đạt kế hoạch đề ra tăng từ 7,5-8%. Nhìn lại nhiệm kỳ, tỉnh đã thực hiện đạt và vượt hầu hết các chỉ tiêu Nghị quyết; trong đó, thu nhập bình quân đầu người đạt 3.420 USD/người/năm; tỷ trọng công nghiệp - xây dựng chiếm 41,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,9%', 'actual', 2024],
      ['từ 7,5-8%', 'target', 2024],
      ['3.420 USD/người/năm', 'actual', 2024],
      ['41,2%', 'actual', 2024],
    ])
  })

  it('6. a count of the targets exceeded or met that is neither a scorecard’s achieved nor its total breaks it down', () => {
    const { draft, figures } = read(
      'Năm 2023, huyện Mẫu Sơn có 17/20 chỉ tiêu đạt và 6/20 chỉ tiêu vượt so với kế hoạch. Năm 2024, huyện đã thực hiện 21/30 chỉ tiêu vượt và 7/30 chỉ tiêu đạt so với kế hoạch; 02/30 chỉ tiêu không đạt.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 28, total: 30, period: { year: 2024 } })
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year, f.name])).toEqual([
      ['6/20 chỉ tiêu', 6, 'indicator', 'actual', 2023, 'Số chỉ tiêu vượt so với kế hoạch'],
      ['21/30 chỉ tiêu', 21, 'indicator', 'actual', 2024, 'Số chỉ tiêu vượt'],
      ['7/30 chỉ tiêu', 7, 'indicator', 'actual', 2024, 'Số chỉ tiêu đạt so với kế hoạch'],
    ])
  })

  it('2. indicators something moved lead no targets; 4. achievements in a year name it; 6. the tasks done of a scorecard’s plan are a result', () => {
    const { draft, figures } = read(
      'Chương trình đã mang lại chuyển động tích cực cho các chỉ tiêu kinh tế - xã hội của xã Mẫu Sơn. Minh chứng là diện tích lúa đạt 61 ha, tăng 3,1%.\n\nThị xã Mẫu Đông đã có những thành tựu nổi bật về kinh tế - xã hội trong năm 2024. Thị xã đã vượt qua 14/14 chỉ tiêu Nghị quyết HĐND đề ra và hoàn thành 52/52 nhiệm vụ chương trình công tác; thu ngân sách đạt 131,5% so với Nghị quyết.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 14, total: 14, period: { year: 2024 } })
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['61 ha', 'actual', 2024],
      ['3,1%', 'actual', 2024],
      ['52/52 nhiệm vụ', 'actual', 2024],
      ['131,5% so với Nghị quyết', 'actual', 2024],
    ])
  })

  it('3. targets said set in a clause of their own aim at nothing after it; 4. a council’s second session reviews its term’s first year', () => {
    const setBefore = read(
      'Qua đánh giá tháng 12/2023, các xã đã tổ chức tổng kết năm và đề ra phương hướng nhiệm vụ năm 2024; UBND huyện Mẫu Sơn đã tổ chức giao chỉ tiêu năm 2024 cho các đơn vị; tổng thu ngân sách thực hiện đạt 112% so với Nghị quyết. Tỷ lệ hộ dân sử dụng điện đạt 99,1%.',
    ).figures
    expect(setBefore.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['112% so với Nghị quyết', 'actual', 2023],
      ['99,1%', 'actual', 2023],
    ])
    const session = read(
      'Sáng 18.7, HĐND thành phố Mẫu Đông khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ hai.\n\n6 tháng đầu năm, tổng mức bán lẻ hàng hóa của thành phố đạt 1.920,4 tỷ đồng; thu ngân sách đạt trên 84,2 tỷ đồng.',
    ).figures
    expect(session.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.920,4 tỷ đồng', 'actual', 2021],
      ['trên 84,2 tỷ đồng', 'actual', 2021],
    ])
    const endAimed = read(
      'Chiều 3/7, Huyện ủy Mẫu Sơn họp đánh giá 6 tháng đầu năm.\n\n6 tháng đầu năm, huyện hoàn thành 21/30 nhiệm vụ; năng suất lúa chiêm đạt 64,2 tạ/ha. 6 tháng cuối năm, huyện tập trung hoàn thành các tiêu chí để đạt chuẩn đô thị loại IV vào cuối năm 2018.',
    ).figures
    expect(endAimed.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['21/30 nhiệm vụ', 'actual', 2018],
      ['64,2 tạ/ha', 'actual', 2018],
    ])
  })

  it('5. a share after each of two amounts of a sentence is two figures; a headline’s "2 huyện" is the body’s "02 huyện"', () => {
    const { figures } = read(
      'Mẫu Đông: công nhận 2 huyện đạt chuẩn nông thôn mới nâng cao\n\nNăm 2024, tỉnh Mẫu Đông có thêm 02 huyện đạt chuẩn nông thôn mới nâng cao. Thu từ khu vực ngoài Nhà nước ước thực hiện 4.476 tỷ đồng, đạt 61,5% dự toán, chiếm 21,7% tổng thu và thu từ khu vực có vốn đầu tư nước ngoài ước thực hiện 2.981 tỷ đồng, đạt 61,5% dự toán, chiếm 14% tổng thu.',
    )
    expect(figures.map((f) => [f.valueText, f.value])).toEqual([
      ['02 huyện', 2],
      ['ước thực hiện 4.476 tỷ đồng', 4476],
      ['61,5% dự toán', 61.5],
      ['21,7%', 21.7],
      ['ước thực hiện 2.981 tỷ đồng', 2981],
      ['61,5% dự toán', 61.5],
      ['14%', 14],
    ])
  })

  it('1. targets said reached, named with the congress that set them, set nothing after them', () => {
    const { figures } = read(
      'Trong nhiệm kỳ 2015 - 2020, Đảng bộ xã Mẫu Sơn đã lãnh đạo thực hiện đạt và vượt nhiều chỉ tiêu Nghị quyết Đại hội đề ra, thu nhập bình quân đầu người đến cuối năm 2019 đạt 51 triệu đồng/người/năm và số hộ nghèo chỉ còn 38 hộ.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['51 triệu đồng/người/năm', 'actual', 2019],
      ['38 hộ', 'actual', 2019],
    ])
  })

  it('7. an excess over a year’s plan said with a bound ("vượt kế hoạch năm hơn 2,7%") is that much over the plan', () => {
    const { figures } = read(
      'Năm 2024, kim ngạch xuất khẩu của tỉnh Mẫu Đông ước đạt 14,2 tỷ USD, tăng 9,7% so với năm trước, vượt kế hoạch năm hơn 3,4%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['ước đạt 14,2 tỷ USD', 14.2, 'billion-usd'],
      ['9,7%', 9.7, 'percent'],
      ['hơn 3,4%', 103.4, 'percent-of-plan'],
    ])
    expect(figures[2]?.name).toBe('Kim ngạch xuất khẩu (% kế hoạch)')
  })

  it('7. an excess over what a province assigned is that much over it; parts of a growth larger than it are shares of it', () => {
    const { figures } = read(
      'Năm 2024, tổng thu ngân sách trên địa bàn huyện Mẫu Sơn thực hiện hơn 1.210 tỷ đồng, vượt 36,5% so với tỉnh giao; tỷ lệ tham gia BHYT đạt 95,5%, vượt 2% so với tỉnh giao. Khu vực công nghiệp, xây dựng tăng 12,1% so với cùng kỳ (đóng góp 78% vào mức tăng chung); khu vực dịch vụ tăng 6,2% (đóng góp 19,5%); khu vực nông nghiệp tăng 1,1% (đóng góp 2,5%).',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['hơn 1.210 tỷ đồng', 1210, 'billion-vnd'],
      ['vượt 36,5%', 136.5, 'percent-of-estimate'],
      ['95,5%', 95.5, 'percent'],
      ['vượt 2%', 2, 'percentage-point'],
      ['12,1%', 12.1, 'percent'],
      ['78%', 78, 'percent'],
      ['6,2%', 6.2, 'percent'],
      ['19,5%', 19.5, 'percent'],
      ['1,1%', 1.1, 'percent'],
      ['2,5%', 2.5, 'percent'],
    ])
  })

  it('5. a figure said again with its decimals cut, and what a sentence pointing back at it says again, are one', () => {
    const { figures } = read(
      'Năm 2023, giá trị sản xuất ngành thương mại - dịch vụ của thành phố Mẫu Đông ước thực hiện 41.208,57 tỷ đồng, tăng 11,4% so cùng kỳ, đạt 102,06% kế hoạch năm 2023. Tổng thu ngân sách đạt 6.120 tỷ đồng.\n\nTrước đó, tại một cuộc họp hồi giữa tháng 12/2023, thành phố đã báo cáo giá trị sản xuất thương mại - dịch vụ năm 2023 ước thực hiện 41.208 tỷ đồng. Con số này tăng 11,4% so với cùng kỳ và đạt 102% kế hoạch năm 2023.',
    )
    expect(figures.map((f) => f.valueText)).toEqual([
      'ước thực hiện 41.208,57 tỷ đồng',
      '11,4%',
      '102,06% kế hoạch',
      '6.120 tỷ đồng',
    ])
  })

  it('1. the results of a resolution’s targets lead results; 7. a rate’s excess over its plan said after the plan is in points', () => {
    const { figures } = read(
      'Năm 2024, kết quả thực hiện các chỉ tiêu nghị quyết, tốc độ tăng trưởng GRDP khu vực nông nghiệp của tỉnh Mẫu Đông đạt 3,8%, so với kế hoạch vượt từ 0,1-0,3%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.unit, f.value])).toEqual([
      ['3,8%', 'actual', 2024, 'percent', 3.8],
      ['từ 0,1-0,3%', 'actual', 2024, 'percentage-point', 0.1],
    ])
  })

  it('4. a text naming only the year its results are measured from reports the year after; a year described is no plan', () => {
    const { figures } = read(
      'Năm 2023 là năm bản lề thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Mẫu Đông, có ý nghĩa quan trọng trong thực hiện thành công mục tiêu, nhiệm vụ giai đoạn 2021-2025. Tình hình kinh tế của tỉnh cơ bản ổn định và đạt được một số kết quả tích cực. Cụ thể, tổng sản phẩm trên địa bàn tỉnh ước đạt 41.220 tỷ đồng, tăng 6,9% so với năm 2022 (kế hoạch 9% trở lên); khu vực dịch vụ chiếm 31,4%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 41.220 tỷ đồng', 'actual', 2023],
      ['6,9%', 'actual', 2023],
      ['9% trở lên', 'target', 2023],
      ['31,4%', 'actual', 2023],
    ])
    // A term's growth since its start ("gấp 1,35 lần so với năm 2015" at a congress of 2020) names no year after it.
    const term = read(
      'Theo báo cáo tại Đại hội đại biểu Đảng bộ tỉnh Mẫu Đông, quy mô nền kinh tế ước đạt hơn 41.000 tỉ đồng, tăng gấp 1,3 lần so với năm 2015; năng suất lao động giai đoạn 2016 - 2020 tăng bình quân 5,2%/năm.',
    ).figures
    expect(term.map((f) => f.year)).not.toContain(2016)
  })

  it('3. a crop season named across two years ("vụ đông năm 2023-2024") is of its later year; 1. what a place plans to sow is a target', () => {
    const { figures } = read(
      'Tháng Hai năm 2024, tổng diện tích gieo trồng cây hằng năm vụ đông năm 2023-2024 của tỉnh Mẫu Đông đạt 5.420 ha, giảm 0,6% so với vụ đông năm trước. Vụ lúa xuân năm nay, toàn tỉnh có kế hoạch gieo cấy 21.300 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5.420 ha', 'actual', 2024],
      ['giảm 0,6%', 'actual', 2024],
      ['21.300 ha', 'target', 2024],
    ])
  })

  it('4. a text on "quý I năm nay" that grew more than the first quarter of a named year reports the year after it', () => {
    const { figures } = read(
      'Quý I năm nay, tốc độ tăng trưởng tổng sản phẩm trong tỉnh Mẫu Đông đã tăng cao hơn quý I năm 2020. Tổng sản phẩm trên địa bàn quý I năm nay ước tính đạt 9.210,4 tỷ đồng, tăng 3,9% so với cùng kỳ năm trước.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9.210,4 tỷ đồng', 'actual', 2021],
      ['3,9%', 'actual', 2021],
    ])
  })

  it('7. a share after money whose "đồng" the page left out (“475 tỷ đạt 103%”) is of its plan; a noun’s slash loses its space', () => {
    const { figures } = read(
      'Năm 2019, giá trị sản xuất công nghiệp của huyện Mẫu Sơn ước đạt 312 tỷ đạt 104%; toàn huyện đạt bình quân 15,2 tiêu chí/ xã.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['ước đạt 312 tỷ', 312, 'billion-vnd'],
      ['104%', 104, 'percent-of-plan'],
      ['15,2 tiêu chí/ xã', 15.2, 'other'],
    ])
    expect(read('Năm 2019, toàn huyện đạt bình quân 15,2 tiêu chí/ xã.').draft.figures[0]?.otherUnit).toBe(
      'tiêu chí/xã',
    )
  })

  it('5. who attends ("Tham dự có …") is the meeting’s; the members its delegates stand for, with or without "cho", are the party’s size', () => {
    const { figures } = read(
      'Dự đại hội có Phó Bí thư Thành ủy Lê Văn A cùng 176 đại biểu đại diện 1.310 đảng viên của Đảng bộ phường Mẫu Sơn. Tham dự có đồng chí Trần Văn B cùng 152 đảng viên đaị diện cho 1.290 đảng viên trong toàn đảng bộ xã Mẫu Đông.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['1.310 đảng viên', 'profile'],
      ['1.290 đảng viên', 'profile'],
    ])
  })

  it('3. a part of another year said after an amount ends with its clause: the parts after “; trong đó” are the text’s', () => {
    const { figures } = read(
      'Dự ước chỉ số sản xuất công nghiệp 11 tháng năm 2024 của tỉnh Mẫu Đông tăng 7,1% so cùng kỳ; mức tăng 11 tháng năm nay cao hơn nhiều so với 11 tháng năm 2023 (11 tháng năm 2023 tăng 4,2%) nhưng vẫn thấp hơn so với 8,1% của 11 tháng năm 2022; trong đó ngành khai khoáng tăng 4,6%; công nghiệp chế biến, chế tạo tăng 7,9%.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['7,1%', 2024],
      ['4,2%', 2023],
      ['8,1%', 2022],
      ['4,6%', 2024],
      ['7,9%', 2024],
    ])
  })

  it('1. a plan reached ("đạt và vượt chỉ tiêu được giao") sets nothing after it', () => {
    const { figures } = read(
      'Năm 2024, thu ngân sách của xã Mẫu Sơn đạt và vượt chỉ tiêu được giao, tổng thu ngân sách đạt trên 42 tỷ đồng, bằng 112,4% dự toán.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 42 tỷ đồng', 'actual', 2024],
      ['112,4% dự toán', 'actual', 2024],
    ])
  })

  it('4. what a place has, said with its land (“với 42 khu dân cư”), and the party members all its share is of are its profile', () => {
    const { figures } = read(
      'Năm 2025, xã Mẫu Sơn mới có dân số 21.340 người, diện tích tự nhiên trên 35 km2 với 38 khu dân cư. Về công tác Đảng, 91% đảng viên trong tổng số hơn 1.200 đảng viên hoàn thành tốt nhiệm vụ.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['21.340 người', 'profile'],
      ['trên 35 km2', 'profile'],
      ['38 khu dân cư', 'profile'],
      ['91%', 'actual'],
      ['hơn 1.200 đảng viên', 'profile'],
    ])
  })

  it('5. a headline’s bound of three figures (“còn hơn 20.400 hộ nghèo”) is the body’s amount again; 7. how much a poverty rate fell is in points', () => {
    const { figures } = read(
      'Mẫu Đông còn hơn 18.200 hộ nghèo\n\nTheo kết quả rà soát hộ nghèo năm 2024, toàn tỉnh Mẫu Đông còn 18.237/171.420 hộ nghèo, chiếm 10,64%. Năm 2024, tỷ lệ giảm hộ nghèo đa chiều toàn tỉnh đạt 3,4%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['18.237/171.420 hộ', 18237, 'household'],
      ['10,64%', 10.64, 'percent'],
      ['3,4%', 3.4, 'percentage-point'],
    ])
  })

  it('2. an effort named with whose it was aims at nothing; indicators said to reach a share lead no plan; 6. targets completed break a scorecard down', () => {
    const { figures } = read(
      'Với tinh thần đoàn kết, sáng tạo, nỗ lực phấn đấu của Đảng bộ và Nhân dân, 6 tháng đầu năm 2024, trong 12/14 chỉ tiêu đã đánh giá của huyện Mẫu Sơn, hầu hết các chỉ tiêu đạt 55% kế hoạch trở lên; trong đó, có 4 chỉ tiêu đã hoàn thành KH.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['55% kế hoạch trở lên', 'actual', 2024],
      ['4 chỉ tiêu', 'actual', 2024],
    ])
  })

  it('4. a congress opening its term, carrying out the resolution of the congress before, reports the year it is held', () => {
    const { figures } = read(
      'Sáng ngày 06/5, Đảng bộ xã Mẫu Sơn tổ chức Đại hội đại biểu lần thứ 25, nhiệm kỳ 2020-2025.\n\nThực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ 24, Đảng bộ xã Mẫu Sơn đã tập trung lãnh đạo đạt được những kết quả toàn diện. Tốc độ tăng trưởng 8,1%. Thu nhập bình quân đầu người ước đạt trên 46 triệu đồng.\n\nNhiệm kỳ 2020-2025, Đảng bộ xã phấn đấu tốc độ tăng trưởng kinh tế bình quân 5 năm đạt 9% trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,1%', 'actual', 2020],
      ['ước đạt trên 46 triệu đồng', 'actual', 2020],
      ['9% trở lên', 'target', 2025],
    ])
  })

  it('2. an effort told with what it came to (“Tập trung thực hiện … với … đạt”) aims at nothing; 5. “covid 19” is a name', () => {
    const { figures } = read(
      'Sáu tháng đầu năm 2021, kinh tế xã hội của huyện Mẫu Sơn duy trì ổn định; có 6/24 chỉ tiêu đạt và vượt kế hoạch đề ra. Trong 6 tháng đầu năm, huyện triển khai hiệu quả mục tiêu kép, vừa phòng chống dịch bệnh covid 19 vừa phát triển kinh tế. Tập trung thực hiện sản xuất nông nghiệp với tổng diện tích gieo trồng đạt hơn 9.400 ha bằng 61,2% so với kế hoạch; tổng sản lượng lương thực hơn 28.100 tấn.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 9.400 ha', 'actual', 2021],
      ['61,2% so với kế hoạch', 'actual', 2021],
      ['hơn 28.100 tấn', 'actual', 2021],
    ])
  })

  it('1. a text resolved to reach a year’s targets, measuring them from the year before, plans that year', () => {
    const { figures } = read(
      'Năm 2024 tỉnh Mẫu Đông sẽ tiếp tục đối mặt không ít khó khăn.\n\nQuyết tâm đạt chỉ tiêu năm 2024\n\nVề chỉ tiêu kinh tế, tổng sản phẩm trên địa bàn tỉnh phấn đấu tăng 7,5% - 8% so với năm 2023. Nông lâm thuỷ sản chiếm 21,2%, GRDP bình quân đầu người đạt 92 triệu đồng (tăng 6,1% so với năm 2023).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,5% - 8%', 'target', 2024],
      ['21,2%', 'target', 2024],
      ['92 triệu đồng', 'target', 2024],
      ['6,1%', 'target', 2024],
    ])
  })

  it('3. a year bracketed before a list’s “trong đó:” is the bracket’s; the list goes on with its lead’s year', () => {
    const { figures } = read(
      'Tăng trưởng kinh tế tỉnh Mẫu Đông năm 2023 ước đạt 7,9%; cao thứ 15/63 cả nước (năm 2022 đạt 8,6%; cao thứ 21/63 cả nước); trong đó:\n– Nông, lâm nghiệp và thuỷ sản tăng 3,9%;\n– Công nghiệp tăng 9,1%.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['ước đạt 7,9%', 2023],
      ['8,6%', 2022],
      ['3,9%', 2023],
      ['9,1%', 2023],
    ])
  })

  it('4. the months left of a year and the year after, named together as planned, make the year after no year of results', () => {
    const { figures } = read(
      'Chiều 8/12, UBND huyện Mẫu Sơn tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 11 và đề ra phương hướng, nhiệm vụ tháng 12 năm 2020.\n\nTính đến hết tháng 11, tổng doanh thu thương mại, dịch vụ trên địa bàn hơn 9.100 tỷ đồng (tăng 9,1% so với cùng kỳ năm 2019). Từ đầu năm đến nay, toàn huyện đã giải quyết việc làm cho 6.120 lượt lao động.\n\nTại hội nghị, các đại biểu đã đề ra giải pháp khắc phục trong tháng cuối năm và năm 2021.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 9.100 tỷ đồng', 'actual', 2020],
      ['9,1%', 'actual', 2020],
      ['6.120 lượt lao động', 'actual', 2020],
    ])
  })

  it('4. a congress looking back on the term before sums up the year it is held; what a paragraph said met is listed “Cụ thể, …” after a caption', () => {
    const { figures } = read(
      'Sáng 12/6, Đại hội đại biểu Đảng bộ Phường 2, TP. Mẫu Sơn lần thứ X, nhiệm kỳ 2020-2025 đã khai mạc.\n\nBáo cáo chính trị của Đảng ủy phường khóa IX, nhiệm kỳ 2015-2020 nêu rõ: trong nhiệm kỳ qua, các chỉ tiêu về phát triển kinh tế - xã hội đều đạt và vượt chỉ tiêu. Công tác an sinh xã hội được quan tâm thực hiện chu đáo.\n\nĐồng chí Trần Văn A, Bí thư Đảng ủy phường, trình bày Báo cáo chính trị tại Đại hội.\n\nCụ thể, một số chỉ tiêu cơ bản như: toàn phường có 482 hộ đăng ký kinh doanh với tổng doanh thu ước đạt hơn 21.400 tỷ đồng. Năm 2016, toàn phường còn 39 hộ nghèo.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['482 hộ', 'actual', 2020],
      ['ước đạt hơn 21.400 tỷ đồng', 'actual', 2020],
      ['39 hộ', 'actual', 2016],
    ])
  })

  it('4. a term that opens its sentence, with the tasks it set said completed, is looked back on: its last year', () => {
    const { figures } = read(
      'Nhiệm kỳ 2020-2025, Đảng bộ, chính quyền và Nhân dân xã Mẫu Sơn luôn phát huy truyền thống đoàn kết, hoàn thành cơ bản các nhiệm vụ chính trị đề ra. Tổng giá trị sản xuất toàn xã đạt 3.940 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['3.940 tỷ đồng', 'actual', 2025]])
  })

  it('3. a planning document’s name (“Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050”) and “Lúa mùa 2023-2024” set no plan', () => {
    const { figures } = read(
      'Năm 2023, tỉnh Mẫu Đông có tốc độ tăng trưởng kinh tế đạt 7,2%. Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt. Thu hút 87 dự án đầu tư mới.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,2%', 'actual', 2023],
      ['87 dự án', 'actual', 2023],
    ])
    const season = read('- Lúa mùa 2023-2024: Gieo sạ đạt 940 ha, giảm 12,1% so với cùng kỳ.').figures
    expect(season.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['940 ha', 'actual', 2024],
      ['giảm 12,1%', 'actual', 2024],
    ])
  })

  it('3. a span a result is said higher than is compared with; 5. one multiple said of other things in other sentences is as many figures', () => {
    const { figures } = read(
      'Năm 2025, tốc độ tăng trưởng GRDP bình quân của tỉnh Mẫu Đông đạt khoảng 8,1%/năm, cao hơn giai đoạn 2016 – 2020; quy mô GRDP gấp 1,6 lần so với năm 2020.\n\nThu ngân sách nhà nước tăng gấp 1,6 lần so với nhiệm kỳ trước.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['khoảng 8,1%/năm', 2025],
      ['gấp 1,6 lần', 2025],
      ['gấp 1,6 lần', 2025],
    ])
  })

  it('2. an aim after a sentence saying what was done still aims: “đã” of the sentence before sets nothing done', () => {
    const { figures } = read(
      'Sau hơn 10 năm xây dựng nông thôn mới, đến nay 100% số xã trong tỉnh Mẫu Đông đã được công nhận đạt chuẩn. Tỉnh Mẫu Đông đặt mục tiêu phấn đấu đến năm 2025 có ít nhất một huyện đạt chuẩn nâng cao; 31 xã đạt chuẩn xã nông thôn mới nâng cao.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toContainEqual(['31 xã', 'target', 2025])
  })

  it('7. an average over years written “%/năm” is a rate a year, but not one year said after it, an average of places, a share or a half-year’s; one said with a bare “%” is in percent, as written', () => {
    const { figures } = read(
      'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2020-2024 của tỉnh Mẫu Đông đạt khoảng 7,4%/năm, năm 2024 đạt 8,6%. Giai đoạn 2016-2021, GRDP của tỉnh bình quân tăng 12,1%/năm, trong đó công nghiệp tăng 18,2%/năm; riêng năm 2021, tốc độ tăng trưởng kinh tế của tỉnh tăng 6,3%; năm 2022 ước đạt 9,1%, cao hơn bình quân chung cả nước (ước tăng 7%). Kinh tế tư nhân tăng trưởng bình quân 10,5%/năm, đóng góp khoảng 55% GRDP. Tiểu thủ công nghiệp tăng bình quân 6%/năm, chiếm tỷ trọng trên 12% trong cơ cấu kinh tế. Bình quân hàng năm có 86,5% chi bộ hoàn thành tốt nhiệm vụ. Giá trị sản xuất công nghiệp 6 tháng cuối năm tăng bình quân khoảng 14% so với cùng kỳ. Thu ngân sách tăng bình quân hằng năm 21,4%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['khoảng 7,4%/năm', 'percent-per-year'],
      ['8,6%', 'percent'],
      ['12,1%/năm', 'percent-per-year'],
      ['18,2%/năm', 'percent-per-year'],
      ['6,3%', 'percent'],
      ['ước đạt 9,1%', 'percent'],
      ['7%', 'percent'],
      ['10,5%/năm', 'percent-per-year'],
      ['khoảng 55%', 'percent'],
      ['6%/năm', 'percent-per-year'],
      ['trên 12%', 'percent'],
      ['86,5%', 'percent'],
      ['khoảng 14%', 'percent'],
      ['21,4%', 'percent'],
    ])
  })

  it('7. poor households’ change said as their share is the rate’s, in points; a share beside an amount leaves the amount’s growth', () => {
    const { figures } = read(
      'Năm 2024, toàn tỉnh Mẫu Đông còn 6.120 hộ nghèo, chiếm 1,52%; giảm 3.050 hộ, tương đương giảm 0,71% so với năm 2023. Riêng hộ cận nghèo giảm 0,21%, tương đương 58 hộ. Huyện giảm tỷ lệ hộ nghèo đạt 4,6%. Nhóm thủy sản chiếm tỷ trọng 4,1%, đạt 96,2 triệu USD, tăng 1,3%. Ngành chế biến ước đạt 180,5 nghìn tỷ đồng (chiếm tỷ trọng 97%), tăng 18,4%. Thị trường châu Âu (chiếm tỷ trọng 40,2% trong tổng kim ngạch xuất khẩu) tăng 9,8%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['6.120 hộ', 'household', 6120],
      ['1,52%', 'percent', 1.52],
      ['giảm 3.050 hộ', 'household', -3050],
      ['giảm 0,71%', 'percentage-point', -0.71],
      ['giảm 0,21%', 'percentage-point', -0.21],
      ['58 hộ', 'household', -58],
      ['4,6%', 'percentage-point', 4.6],
      ['4,1%', 'percent', 4.1],
      ['96,2 triệu USD', 'million-usd', 96.2],
      ['1,3%', 'percent', 1.3],
      ['ước đạt 180,5 nghìn tỷ đồng', 'billion-vnd', 180_500],
      ['97%', 'percent', 97],
      ['18,4%', 'percent', 18.4],
      ['40,2%', 'percent', 40.2],
      ['9,8%', 'percent', 9.8],
    ])
  })

  it('2. a resolution adopted on a term’s tasks, or targets a committee drafts, lead the sentence breaking them down, across a caption', () => {
    const adopted = read(
      'Hội nghị Huyện ủy Mẫu Sơn đã thảo luận và thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2026 - 2030 của huyện. Trong đó, cơ cấu kinh tế với tỷ trọng nông nghiệp chiếm 40%, dịch vụ chiếm 38%.',
    ).figures
    expect(adopted.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['40%', 'target', 2030],
      ['38%', 'target', 2030],
    ])
    const drafted = read(
      'Huyện Mẫu Sơn xây dựng 16 chỉ tiêu chủ yếu cho nhiệm kỳ 2025-2030.\n\nĐồng chí Bí thư Huyện ủy phát biểu tại hội nghị\n\nTrong đó, thu nhập bình quân đầu người đạt 95 triệu đồng/người/năm trở lên.',
    ).figures
    expect(drafted.map((f) => [f.valueText, f.role, f.year])).toContainEqual([
      '95 triệu đồng/người/năm trở lên',
      'target',
      2030,
    ])
  })

  it('2. an item ended by its ";" leads nothing: a lettered lead after it goes on with the plan’s part; 3. a storm’s year is its name', () => {
    const plan = read(
      'II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\na) Tốc độ tăng trưởng kinh tế là 7,0%; trong đó, khu vực dịch vụ tăng 7,4%;\nthuế sản phẩm tăng 5,1%;\nb) Cơ cấu kinh tế:\nKhu vực I: 30,2%; Khu vực II: 25,6%;',
    ).figures
    expect(plan.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,0%', 'target', 2026],
      ['7,4%', 'target', 2026],
      ['5,1%', 'target', 2026],
      ['30,2%', 'target', 2026],
      ['25,6%', 'target', 2026],
    ])
    const storm = read(
      'Năm 2025, giá trị sản xuất công nghiệp của thị xã Bến Nguyệt đạt 9.120 tỷ đồng, tăng 14,2%. Mặc dù chịu thiệt hại nặng do cơn bão số 9 năm 2024 nhưng các doanh nghiệp đã khôi phục sản xuất. Trong đó, khu vực kinh tế tập thể đạt 42 tỷ đồng, tăng 5%.',
    ).figures
    expect(storm.map((f) => [f.valueText, f.year])).toEqual([
      ['9.120 tỷ đồng', 2025],
      ['14,2%', 2025],
      ['42 tỷ đồng', 2025],
      ['5%', 2025],
    ])
  })

  it('2. a master plan approved in a long title heads its targets from its first year; 3. a year opening the next item is that item’s', () => {
    const { figures } = read(
      'THỦ TƯỚNG PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH TỔNG THỂ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH MẪU ĐÔNG ĐẾN NĂM 2030, ĐỊNH HƯỚNG ĐẾN NĂM 2040\n- Thu ngân sách nhà nước trên địa bàn năm 2030 đạt 42 - 45 nghìn tỷ đồng và năm 2040 đạt 80 - 85 nghìn tỷ đồng.\n- Lập thêm 2 thị xã mới.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['42 - 45 nghìn tỷ đồng', 'target', 2030],
      ['80 - 85 nghìn tỷ đồng', 'target', 2040],
      ['2 thị xã', 'target', 2040],
    ])
  })

  it('1. a clause opening with the plan it measures (“Kế hoạch diện tích … trên 13.200 ha”) gives a target; 4. a later year said done with “đã” is a result; 5. the land’s height and climate are no figures', () => {
    const plan = read(
      'Tình hình kinh tế - xã hội 9 tháng năm 2024 của huyện Mẫu Sơn. Sản xuất vụ hè thu 2024: Kế hoạch diện tích gieo trồng trong vụ trên 9.400 ha, trong đó cây ngô 410 ha, rau các loại 7.900 ha. Thực hiện gieo trồng được 9.120 ha.',
    ).figures
    expect(plan.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 9.400 ha', 'target', 2024],
      ['410 ha', 'target', 2024],
      ['7.900 ha', 'target', 2024],
      ['9.120 ha', 'actual', 2024],
    ])
    const later = read(
      'Thị xã Mẫu Đông được thành lập năm 2020, nằm ở độ cao trung bình 1.400 – 1.600 m so với mực nước biển, nhiệt độ trung bình khoảng 16-19 độ C. Từ năm 2016 đến 2020, thị xã đạt tốc độ tăng trưởng bình quân 11,2%. Sau 2 năm khó khăn, năm 2022 thị xã đã trở lại với tốc độ tăng trưởng 12,4%.',
    ).figures
    expect(later.map((f) => f.valueText)).toEqual(['11,2%', '12,4%'])
    expect(later.find((f) => f.valueText === '12,4%')).toMatchObject({ role: 'actual', year: 2022 })
  })

  it('3. a plan document named as the source and a programme’s quoted name with its horizon set no year; 2. targets said carried out aim at nothing', () => {
    const source = read(
      'Theo Kế hoạch phát triển kinh tế - xã hội của huyện Mẫu Sơn năm 2026, kết quả tăng trưởng kinh tế năm 2025, tổng giá trị sản xuất đạt 9.840 tỷ đồng. Về thực hiện Đề án “Phát triển vùng lúa chất lượng cao đến năm 2030” tại huyện, vụ Thu Đông đã thực hiện 7 mô hình điểm, gieo sạ 610 ha.',
    ).figures
    expect(source.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9.840 tỷ đồng', 'actual', 2025],
      ['7 mô hình', 'actual', 2025],
      ['610 ha', 'actual', 2025],
    ])
    const carried = read(
      'Theo báo cáo của Thành ủy Bến Nguyệt, năm 2025, các cấp ủy đảng đã phối hợp, nỗ lực triển khai quyết liệt, đồng bộ các nhóm mục tiêu, nhiệm vụ mang lại kết quả tích cực. Thành phố đã kết nạp được 98 đảng viên.',
    ).figures
    expect(carried.map((f) => [f.valueText, f.role, f.year])).toEqual([['98 đảng viên', 'actual', 2025]])
  })

  it('3. a list led by a growth “cao hơn năm 2024” is of the year reported, the one compared with is its base', () => {
    const { figures } = read(
      'Thực hiện nhiệm vụ phát triển kinh tế xã hội năm 2025 của tỉnh Mẫu Đông. Tốc độ tăng trưởng GRDP ước đạt 10,2%. Trong đó, tăng trưởng ngành công nghiệp – xây dựng, dịch vụ cao hơn năm 2024, cụ thể: công nghiệp - xây dựng tăng 18,6%; dịch vụ tăng 7,1%.',
    )
    expect(figures.map((f) => [f.valueText, f.year])).toEqual([
      ['ước đạt 10,2%', 2025],
      ['18,6%', 2025],
      ['7,1%', 2025],
    ])
  })

  it('4. the results a plan is built on, what something is for and a plan exceeded name the year of what they are', () => {
    const { figures } = read(
      'Năm 2025, thị xã Bến Nguyệt đạt được nhiều kết quả quan trọng. Thu ngân sách đạt 2.100 tỷ đồng. Trên cơ sở những kết quả đạt được trong phát triển kinh tế năm 2026, thị xã đề ra 29 chỉ tiêu phấn đấu, như: tốc độ tăng giá trị sản xuất đạt từ 15% trở lên. Đây là tiền đề để thị xã tiếp tục phát triển trong năm 2026.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['2.100 tỷ đồng', 'actual', 2025],
      ['từ 15% trở lên', 'target', 2026],
    ])
    const exceeded = read(
      'Huyện Mẫu Sơn thực hiện nhiều chỉ tiêu vượt kế hoạch năm 2025\nĐây là tiền đề để huyện tiếp tục phát triển trong năm 2026. Theo đó, giá trị sản xuất công nghiệp tăng 19%.',
    ).figures
    expect(exceeded.map((f) => [f.valueText, f.role, f.year])).toEqual([['19%', 'actual', 2025]])
  })

  it('2. targets counted as set lead “Cụ thể, …”; indicators said to fare well lead results; 7. a fall said before the households it is of is its size', () => {
    const set = read(
      'UBND tỉnh Mẫu Đông đặt ra 14 chỉ tiêu chủ yếu phấn đấu thực hiện. Cụ thể, trong năm 2026, tốc độ tăng trưởng GRDP đạt từ 9% trở lên; thu ngân sách nhà nước đạt 5.200 tỷ đồng.',
    ).figures
    expect(set.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['từ 9% trở lên', 'target', 2026],
      ['5.200 tỷ đồng', 'target', 2026],
    ])
    const fared = read(
      'Trong quý I/2026, các chỉ tiêu kinh tế - xã hội huyện Mẫu Sơn khả quan. Trong đó, một số chỉ tiêu kinh tế tăng trưởng khá: giá trị sản xuất công nghiệp đạt 940 tỷ đồng; thu ngân sách hơn 96 tỷ đồng.',
    ).figures
    expect(fared.map((f) => [f.valueText, f.role])).toEqual([
      ['940 tỷ đồng', 'actual'],
      ['hơn 96 tỷ đồng', 'actual'],
    ])
    const poor = read('Năm 2025, toàn huyện Mẫu Sơn giảm 5,2% hộ nghèo.').figures
    expect(poor.map((f) => [f.valueText, f.unit, f.value])).toEqual([['5,2%', 'percentage-point', 5.2]])
  })

  it('5. an item’s number at the start of its line (“2- Các chỉ tiêu”, “3) Trồng rừng”) is no figure', () => {
    const { figures } = read(
      '1- Mục tiêu tổng quát\nPhát triển kinh tế xã Mẫu Sơn nhanh, bền vững.\n2- Các chỉ tiêu chủ yếu (giai đoạn 2026-2030)\n3) Trồng rừng mới 40 ha.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['40 ha'])
  })

  it('7. an amount’s bare excess (“giá trị sản xuất vượt 63%”) is over its plan, a rate’s (“tỷ lệ che phủ rừng vượt 50%”) a bound', () => {
    const { figures } = read(
      'Năm 2025, giá trị sản xuất của thị xã Bến Nguyệt vượt 30,8% nghị quyết đề ra. Trong đó, ngành dịch vụ tăng trưởng đáng kể, giá trị sản xuất vượt 63%. Tỷ lệ che phủ rừng vượt 50%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['vượt 30,8% nghị quyết', 'percent-of-plan', 130.8],
      ['vượt 63%', 'percent-of-plan', 163],
      ['vượt 50%', 'percent', 50],
    ])
  })

  it('4. an estimate up to a year’s end (“Ước đến cuối năm 2026, …”) sums that year up', () => {
    const { figures } = read(
      'Từ đầu nhiệm kỳ đến nay, thị xã Bến Nguyệt đã đạt được kết quả khá toàn diện. Cơ cấu kinh tế chuyển dịch đúng định hướng, trong đó nông nghiệp chiếm 8,2% (giảm 0,5% so với năm 2020). Ước đến cuối năm 2026, tỷ lệ trường đạt chuẩn quốc gia đạt 70,4%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,2%', 'actual', 2026],
      ['giảm 0,5%', 'actual', 2026],
      ['70,4%', 'actual', 2026],
    ])
  })

  it('5. one of so many chosen (“là 1 trong 5 đảng bộ”, “01 trong 02 công trình”) is no figure', () => {
    const { figures } = read(
      'Năm 2025, Đảng bộ phường Mẫu Sơn là 1 trong 5 đảng bộ được Thành ủy chọn làm điểm. Đây là 01 trong 02 công trình của thị xã được chọn chào mừng Đại hội. Thu ngân sách đạt 210 tỷ đồng.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['210 tỷ đồng'])
  })

  it('7. the points a growth’s part contributes go on after one said in full; how much poverty fell is in points', () => {
    const { figures } = read(
      'Năm 2025, khu vực công nghiệp - xây dựng của tỉnh Mẫu Đông đóng góp tới 9,4 điểm phần trăm; dịch vụ đóng góp 2,1 điểm; thuế sản phẩm đóng góp 0,3 điểm. Tỷ lệ giảm nghèo đạt 6,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['9,4 điểm phần trăm', 'percentage-point', 9.4],
      ['2,1 điểm', 'percentage-point', 2.1],
      ['0,3 điểm', 'percentage-point', 0.3],
      ['6,2%', 'percentage-point', 6.2],
    ])
  })

  it('5. the band of criteria a group of communes is in is no figure; the communes are, and a fall of criteria', () => {
    const { figures } = read(
      'Năm 2025, tỉnh Mẫu Đông có 25 xã đạt từ 15-18 tiêu chí (chiếm 12,4%); 3 xã đạt dưới 5 tiêu chí; 2 xã còn lại giảm từ 7-11 tiêu chí.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['25 xã', '12,4%', '3 xã', '2 xã', 'từ 7-11 tiêu chí'])
  })

  it('7. a growth rate listed after a colon changes in points, whatever numbers the sentence said before it', () => {
    const { figures } = read(
      'Năm 2025 là năm dấu ấn của huyện Mẫu Sơn sau hơn 2 năm thực hiện Nghị quyết, bởi huyện kiểm soát hiệu quả dịch bệnh COVID-19 mà còn đạt mức tăng trưởng cao nhất: tốc độ tăng trưởng giá trị sản xuất đạt 11,2%, tăng 1,3% so với năm 2024.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['11,2%', 'percent'],
      ['1,3%', 'percentage-point'],
    ])
  })

  it('3. a span an average is said higher than (“cao hơn mức bình quân chung của cả giai đoạn 2020 - 2025”) is compared with', () => {
    const { figures } = read(
      'Năm 2026, tốc độ tăng trưởng giá trị sản xuất của huyện Mẫu Sơn đạt 10,2%, cao hơn mức bình quân chung của cả giai đoạn 2020 - 2025; tổng thu ngân sách ước đạt 152 tỷ đồng, tăng 21,4% so với cùng kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['10,2%', 'actual', 2026],
      ['ước đạt 152 tỷ đồng', 'actual', 2026],
      ['21,4%', 'actual', 2026],
    ])
  })

  it('4. a quarter written in digits (“Quý 1/2026”) is the part of the year reported, and a change from the same time of a year not known names none', () => {
    const { figures } = read(
      'Quý 1/2026, Huyện ủy Mẫu Sơn đã lãnh đạo thực hiện các nhiệm vụ. Giá trị sản xuất công nghiệp ước thực hiện được 1.420 tỷ đồng, tăng hơn 6,2% so với cùng kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.420 tỷ đồng', 'actual', 2026],
      ['hơn 6,2%', 'actual', 2026],
    ])
    const undated = read(
      'Giá trị sản xuất công nghiệp ước đạt 1.420 tỷ đồng, tăng 6,2% so với cùng kỳ.',
    ).draft
    expect(undated.figures.map((f) => f.changeFrom)).toEqual([undefined, undefined])
  })

  it('3. a congress still to come and a deadline a document is for name no year of results; a lost space still ends a sentence', () => {
    const { figures } = read(
      [
        'Ngày 6/12, Tỉnh ủy Mẫu Đông tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh. Tập trung hoàn thiện Báo cáo Chính trị nhiệm kỳ 2020 - 2025, trình Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030; Đề án nhân sự để báo cáo Trung ương trong quý I/2026 và hoàn thành việc sắp xếp bộ máy.',
        'Các chỉ tiêu kinh tế - xã hội năm 2025 của tỉnh đã được thực hiện khá toàn diện.Năm 2025, tỉnh đạt 14/15 chỉ tiêu; tốc độ tăng trưởng GRDP tăng 7,4% so với năm 2024.',
      ].join('\n'),
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['7,4%', 'actual', 2025]])
  })

  it('5. a number a cut page ends on is set aside, for a person who has the page to bring back', () => {
    const { draft, figures } = read(
      'Năm 2025, thu ngân sách của tỉnh Mẫu Đông đạt 3.200 tỷ đồng. Toàn tỉnh đón 1,8',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['3.200 tỷ đồng'])
    expect(draft.setAside?.map((f) => [f.valueText, f.reason])).toEqual([
      ['1,8', 'cut off where the text ends'],
    ])
    const range = read('Năm 2026, tỉnh Mẫu Đông phấn đấu GRDP tăng 8%; năng suất lao động tăng 7,5 - 8,')
    expect(range.figures.map((f) => f.valueText)).toEqual(['8%'])
    // A scale word cut short: what was counted is unknown; money cut inside "đồng" is money still ("đ", its short form).
    const scale = read('Năm 2025, khách nội địa đạt trên 6 triệu lượt (chỉ tiêu Đại hội giao là 7,5 tri')
    expect(scale.figures.map((f) => f.valueText)).toEqual(['trên 6 triệu lượt'])
    expect(scale.draft.setAside?.map((f) => f.reason)).toEqual(['cut off where the text ends'])
    const whole = read(
      'Năm 2025, xuất khẩu gạo của tỉnh Mẫu Đông đạt 210,5 ngàn tấn, tương đương 118,2 triệu',
    )
    expect(whole.figures.map((f) => f.valueText)).toEqual(['210,5 ngàn tấn'])
    expect(whole.draft.setAside?.map((f) => f.reason)).toEqual(['cut off where the text ends'])
    const money = read('Năm 2025, thu ngân sách của xã Mẫu Đông đạt 76 triệu đ')
    expect(money.figures.map((f) => [f.valueText, f.unit])).toEqual([['76 triệu đ', 'million-vnd']])
  })

  it('2. the groups a count of targets is made of are parts of the plan: facts of its year, no targets', () => {
    const { figures } = read(
      'Năm 2026, huyện Mẫu Sơn đề ra 25 chỉ tiêu chủ yếu, trong đó 8 chỉ tiêu về kinh tế, 12 chỉ tiêu về xã hội, 5 chỉ tiêu về môi trường. Tốc độ tăng trưởng giá trị sản xuất đạt từ 9% trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.rule])).toEqual([
      ['8 chỉ tiêu', 'fact', 2026, 'plan-parts'],
      ['12 chỉ tiêu', 'fact', 2026, 'plan-parts'],
      ['5 chỉ tiêu', 'fact', 2026, 'plan-parts'],
      ['từ 9% trở lên', 'target', 2026, 'lead'],
    ])
  })

  it('7. the same change in points of two sectors’ shares, in one sentence, is two figures', () => {
    const { figures } = read(
      'Năm 2025, cơ cấu kinh tế của huyện Mẫu Sơn: nông, lâm, thủy sản chiếm 21,4%, giảm 0,7% so với cùng kỳ; công nghiệp - xây dựng chiếm 38,2%, giảm 0,7%; dịch vụ chiếm 40,4%, tăng 1,4%.',
    )
    expect(figures.map((f) => [f.valueText, f.value])).toEqual([
      ['21,4%', 21.4],
      ['giảm 0,7%', -0.7],
      ['38,2%', 38.2],
      ['giảm 0,7%', -0.7],
      ['40,4%', 40.4],
      ['1,4%', 1.4],
    ])
  })

  it('2. a plan built on what was achieved leads targets; the economy’s growth under another name in a caption is said again', () => {
    const { figures } = read(
      [
        'Tập trung thực hiện các nhiệm vụ trọng tâm năm 2026',
        'Năm 2026, Mẫu Đông phấn đấu tốc độ tăng trưởng kinh tế GRDP đạt 8,4%',
        'Để tiếp tục phát huy những thành tựu đã đạt được, Ban Chấp hành Đảng bộ tỉnh đã xây dựng phương hướng, nhiệm vụ trọng tâm trong năm 2026, trong đó phấn đấu thực hiện một số chỉ tiêu cụ thể như: Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,4%; thu ngân sách đạt 21.300 tỷ đồng.',
        'Mẫu Đông phấn đấu đạt mục tiêu GRDP năm 2026 là 8,4%. Ảnh minh họa/UBND tỉnh cung cấp.',
      ].join('\n'),
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,4%', 'target', 2026],
      ['21.300 tỷ đồng', 'target', 2026],
    ])
  })

  it('3. a year a plan (“phương án”) is built for is the plan’s; a bracketed year’s level is its result; dollars a year per head', () => {
    const { figures } = read(
      [
        'Ngày 11/12, HĐND tỉnh Mẫu Đông thông qua 12 nghị quyết.',
        'Theo Chủ tịch UBND tỉnh, tỉnh đã xây dựng phương án tăng trưởng kinh tế năm 2026. Theo đó, tốc độ tăng trưởng GRDP năm 2026 tăng từ 7,5 - 8,5%.',
        'GRDP bình quân đầu người phấn đấu tăng lên khoảng 4.900 USD/năm (năm 2025 là 4.600 USD/năm).',
      ].join('\n'),
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['từ 7,5 - 8,5%', 'percent', 'target', 2026],
      ['khoảng 4.900 USD/năm', 'usd-per-person', 'target', 2026],
      ['4.600 USD/năm', 'usd-per-person', 'actual', 2025],
    ])
  })

  it('5. a line of the page’s address, its words without marks, gives no figures; targets carried out well are results', () => {
    const { figures } = read(
      [
        'tp mau son thu ngan sach dat tren 1270 ty dong bang 22103 so voi cung ky',
        'Trong 6 tháng đầu năm 2026, Thành ủy Mẫu Sơn lãnh đạo thực hiện tốt các chỉ tiêu nhiệm vụ đề ra, đến nay thu ngân sách thực hiện trên 1.270 tỷ đồng, bằng 221,03% so với cùng kỳ.',
      ].join('\n'),
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 1.270 tỷ đồng', 'actual', 2026],
      ['221,03%', 'actual', 2026],
    ])
  })

  it('7. a sector’s average of one year is no rate a year; a share’s plan named past its excess; “chương trình, mục tiêu” is a budget line', () => {
    const { figures } = read(
      'Năm 2025, tăng trưởng bình quân toàn ngành nông nghiệp của tỉnh Mẫu Đông năm 2025 ước đạt trên 3,6%; thu từ hoạt động xuất, nhập khẩu 172 tỷ đồng, đạt 140%, vượt 49 tỷ đồng so dự toán; chi từ nguồn vốn chương trình, mục tiêu 1.210 tỷ đồng, đạt 86% dự toán.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['ước đạt trên 3,6%', 'percent', 'actual', 2025],
      ['172 tỷ đồng', 'billion-vnd', 'actual', 2025],
      ['140%', 'percent-of-estimate', 'actual', 2025],
      ['vượt 49 tỷ đồng', 'billion-vnd', 'actual', 2025],
      ['1.210 tỷ đồng', 'billion-vnd', 'actual', 2025],
      ['86% dự toán', 'percent-of-estimate', 'actual', 2025],
    ])
  })

  it('7. a result written over a smaller amount (“5.742/5.000 đảng viên”) beats that plan, a target of its year; a place beside another it is compared with does not', () => {
    const { figures } = read(
      'Năm 2025, xã Bến Nguyệt kết nạp 38/30 đảng viên mới; tổng thu ngân sách 12.640/11.500 triệu đồng; lúa 215/220 ha. Thu nhập bình quân đầu người gấp 1,3 lần của huyện (71,5/55 triệu đồng).',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.role, f.year])).toEqual([
      ['38/30 đảng viên', 38, 'actual', 2025],
      ['30 đảng viên', 30, 'target', 2025],
      ['12.640/11.500 triệu đồng', 12640, 'actual', 2025],
      ['11.500 triệu đồng', 11500, 'target', 2025],
      ['215/220 ha', 215, 'actual', 2025],
      ['gấp 1,3 lần', 1.3, 'actual', 2025],
      ['71,5/55 triệu đồng', 71.5, 'actual', 2025],
    ])
    expect(figures[1]?.rule).toBe('plan-level')
  })

  it('4. a programme’s aims to a year, the span it ends, and a vision beyond: the levels said after “Đến năm 2030 …” are 2030’s targets', () => {
    const { figures } = read(
      [
        'Phấn đấu đến năm 2030, đưa thu nhập bình quân đầu người của tỉnh Mẫu Đông đạt 150 triệu đồng/năm, theo chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 12 ngày 04/5/2023.',
        'Theo chương trình, phấn đấu đến năm 2027 tỉnh đạt chuẩn nông thôn mới. Tốc độ tăng trưởng kinh tế bình quân thời kỳ 2021-2030 đạt trên 8%/năm. Đến năm 2030 trở thành tỉnh phát triển khá của vùng. Tỷ trọng công nghiệp đạt 45% GRDP; tỷ lệ đô thị hóa đạt trên 40%. Đến năm 2050: Mẫu Đông là tỉnh công nghiệp hiện đại.',
      ].join('\n\n'),
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['150 triệu đồng/năm', 'target', 2030],
      ['trên 8%/năm', 'target', 2030],
      ['45%', 'target', 2030],
      ['trên 40%', 'target', 2030],
    ])
  })

  it('8. an amount set equal (“Tổng vốn đầu tư … = 512.300 triệu đồng”) is named by the words before the sign', () => {
    const { figures } = read(
      'Mục tiêu đến năm 2030 của phường Hà Lâm: tổng vốn đầu tư toàn xã hội đến năm 2030 = 512.300 triệu đồng. Cơ cấu kinh tế: thương mại - dịch vụ = 61,2%, công nghiệp - xây dựng = 38,8%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['512.300 triệu đồng', 'target', 2030, 'Tổng vốn đầu tư toàn xã hội'],
      ['61,2%', 'target', 2030, 'Thương mại - dịch vụ'],
      ['38,8%', 'target', 2030, 'Công nghiệp - xây dựng'],
    ])
    // A kind of growth set equal is named as its speed once ("Tăng cơ học = 1,4%", not "Tốc độ tăng tăng cơ học").
    const parts = read(
      'Mục tiêu đến năm 2030 của phường Hà Lâm: tỷ lệ tăng dân số hằng năm 2%. Trong đó: tăng cơ học = 1,4%, tăng tự nhiên = 0,6%.',
    ).figures
    expect(parts.map((f) => f.name)).toEqual([
      'Tỷ lệ tăng dân số hằng năm',
      'Tốc độ tăng cơ học',
      'Tốc độ tăng tự nhiên',
    ])
  })

  it('7. forest cover and room occupancy are rates: their level reached is no share of plan, their change in points', () => {
    const { figures } = read(
      'Năm 2025, độ che phủ rừng của huyện Bến Nguyệt đạt 51,2%, tăng 0,4% so với năm 2024. Công suất phòng bình quân đạt 38,6%, tăng 4,1% so với cùng kỳ.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['51,2%', 'percent', 51.2],
      ['0,4%', 'percentage-point', 0.4],
      ['38,6%', 'percent', 38.6],
      ['4,1%', 'percentage-point', 4.1],
    ])
  })

  it('3. the year money was carried over from (“kết dư, chuyển nguồn của năm 2024”) is no year of the figures after it', () => {
    const { figures } = read(
      'Năm 2025, tổng thu ngân sách trên địa bàn huyện Mẫu Sơn ước đạt 1.610 tỷ đồng. Nếu trừ số kết dư, chuyển nguồn của năm 2024 thì khoản thu phát sinh trong năm đạt 1.240 tỷ đồng, bằng 88% dự toán.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 1.610 tỷ đồng', 'actual', 2025],
      ['1.240 tỷ đồng', 'actual', 2025],
      ['88% dự toán', 'actual', 2025],
    ])
  })

  it('1. a plan’s level bracketed after “cao hơn kế hoạch”, and earlier years listed in a bracket the year’s plan opens', () => {
    const { figures } = read(
      'Năm 2024, tổng giá trị sản xuất của huyện Hà Lâm ước tăng 7,12%, cao hơn kế hoạch (6,5%). Tổng sản phẩm trên địa bàn ước cả năm tăng 8,2% (chỉ tiêu năm 2024 tăng 8 - 8,5%; năm 2023 tăng 7,4% và năm 2022 tăng 6,9%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.name])).toEqual([
      ['7,12%', 'actual', 2024, 'Tốc độ tăng tổng giá trị sản xuất'],
      ['6,5%', 'target', 2024, 'Tốc độ tăng tổng giá trị sản xuất'],
      ['8,2%', 'actual', 2024, 'Tốc độ tăng trưởng GRDP'],
      ['8 - 8,5%', 'target', 2024, 'Tốc độ tăng trưởng GRDP'],
      ['7,4%', 'actual', 2023, 'Tốc độ tăng trưởng GRDP'],
      ['6,9%', 'actual', 2022, 'Tốc độ tăng trưởng GRDP'],
    ])
  })

  it('4. a congress named again by what it did (“đại hội bầu Ban Chấp hành … nhiệm kỳ 2025-2030”) opens the term its resolution aims at', () => {
    const { figures } = read(
      [
        'Phường Mẫu Sơn hoàn thành đại hội',
        'Thứ Năm, 14-08-2025, 09:10',
        'Ngày 13-8, Đại hội đại biểu Đảng bộ phường Mẫu Sơn lần thứ IV bế mạc. Sau hai ngày làm việc, đại hội bầu Ban Chấp hành Đảng bộ phường khóa IV, nhiệm kỳ 2025-2030 gồm 25 đồng chí.',
        'Đại hội biểu quyết thông qua Nghị quyết Đại hội. Theo đó, tổng giá trị sản xuất tăng bình quân hằng năm 9%; thu nhập bình quân đầu người đạt 120 triệu đồng.',
      ].join('\n\n'),
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9%', 'target', 2030],
      ['120 triệu đồng', 'target', 2030],
    ])
  })

  it('4. a term over, then “Kết quả, …” (published after it): the term’s last year; the shares of targets said reached are of plan', () => {
    const { figures } = read(
      [
        'Huyện Mẫu Đông vững bước đi lên',
        '12/04/2026 - 08:15 AM',
        'Nhiệm kỳ 2020-2025, Đảng bộ huyện Mẫu Đông đã tập trung lãnh đạo thực hiện các chỉ tiêu mà Nghị quyết Đại hội đề ra. Kết quả, 17/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Trong đó, một số chỉ tiêu khó nhưng kết quả vẫn đạt cao như: trồng rừng mới đạt 212%; giảm nghèo đạt trên 104%.',
      ].join('\n\n'),
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['212%', 'percent-of-plan', 'actual', 2025],
      ['trên 104%', 'percent-of-plan', 'actual', 2025],
    ])
  })

  it('3. where a later year began (“Đến đầu năm 2026, đạt …”) is a level reached; what is foreseen for its end is aimed at', () => {
    const { figures } = read(
      'Năm 2023, xã Bến Nguyệt được công nhận đạt chuẩn nông thôn mới, thu nhập bình quân đầu người đạt 41,2 triệu đồng/người/năm. Đến đầu năm 2026, đạt 52,6 triệu đồng/người/năm; dự kiến đến cuối năm 2026 đạt 56 triệu đồng/người/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['41,2 triệu đồng/người/năm', 'actual', 2023],
      ['52,6 triệu đồng/người/năm', 'actual', 2026],
      ['56 triệu đồng/người/năm', 'target', 2026],
    ])
  })

  it('4. the parts of a year listed with their growths (“quý I tăng 7,1%, 6 tháng tăng 7,6%, 9 tháng tăng 7,6%”) each keep their part, the same amount twice too', () => {
    const { figures } = read(
      'Năm 2025, tổng sản phẩm trên địa bàn tỉnh Mẫu Đông quý I tăng 7,1%, 6 tháng tăng 7,6%, 9 tháng tăng 7,6%, ước cả năm tăng 8,2% (chỉ tiêu tăng 8 - 8,5%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.partOfYear ?? null])).toEqual([
      ['7,1%', 'actual', 2025, 'quý I'],
      ['7,6%', 'actual', 2025, '6 tháng'],
      ['7,6%', 'actual', 2025, '9 tháng'],
      ['8,2%', 'actual', 2025, null],
      ['8 - 8,5%', 'target', 2025, null],
    ])
  })

  it('8. a clause whose only subject is a time (“dự kiến đến cuối năm đạt 8.200ha”) goes on naming its sentence’s thing', () => {
    const { figures } = read(
      'Năm 2025, diện tích lúa hữu cơ của huyện Mẫu Sơn đạt 1.240ha, tăng 310ha so với năm 2024; dự kiến đến cuối năm đạt 1.400ha, vượt 150ha so kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['1.240ha', 'Diện tích lúa hữu cơ'],
      ['310ha', 'Mức tăng diện tích lúa hữu cơ'],
      ['1.400ha', 'Diện tích lúa hữu cơ'],
      ['vượt 150ha', 'Mức vượt kế hoạch diện tích lúa hữu cơ'],
    ])
  })

  it('2. a long lead is quoted as the reason from its own start, never by the sentence before it', () => {
    const { draft } = read(
      'Năm 2025, tổng vốn đầu tư toàn xã hội của tỉnh Mẫu Đông đạt khoảng 9.800 tỷ đồng, tăng 12,4% so với năm 2024.\na) Sản xuất nông, lâm, thủy sản phát triển ổn định, phong trào xây dựng nông thôn mới tiếp tục được quan tâm thực hiện:\n- Tổng sản lượng thủy sản 10 tháng đạt 312.400 tấn, tăng 7% so cùng kỳ.',
    )
    const catch_ = draft.figures.find((f) => f.valueText === '312.400 tấn')
    expect(catch_?.why?.role).toEqual({
      rule: 'lead',
      words: 'Sản xuất nông, lâm, thủy sản phát triển ổn định, phong trào xây dựng nông thôn …',
    })
  })

  it('1. members a party counts by what they did are the year’s, not the size of the party', () => {
    const { figures } = read(
      'Năm 2025, Đảng bộ xã Mẫu Đông có 128 đ/c được đánh giá hoàn thành tốt nhiệm vụ, có 10 Đ/c hoàn thành xuất sắc nhiệm vụ. Đảng bộ có 14 chi bộ với 412 đảng viên.',
    )
    expect(figures).toMatchObject([
      { valueText: '128 đ/c', value: 128, unit: 'party-member', role: 'actual', year: 2025 },
      { valueText: '10 Đ/c', value: 10, unit: 'party-member', role: 'actual', year: 2025 },
      { valueText: '14 chi bộ', role: 'profile' },
      { valueText: '412 đảng viên', role: 'profile' },
    ])
    expect(figures[0]?.name).toBe('Số đồng chí được đánh giá hoàn thành tốt nhiệm vụ')
  })

  it('4. days something is to be done by are no days of the report, and a deed "được" its amount is done', () => {
    const { figures } = read(
      'Huyện ủy Mẫu Đông tổ chức hội nghị lần thứ 12\n' +
        '\n' +
        'Huyện ủy Mẫu Đông hôm nay cũng đã tổ chức hội nghị lần thứ 12 nhằm đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2021.\n' +
        '\n' +
        'Trong 9 tháng đầu năm dưới sự lãnh đạo của huyện ủy, các chỉ tiêu kinh tế - xã hội đạt nhiều kết quả. Tổng sản lượng lương thực cả năm ước đạt 21.500 tấn. Thực hiện đề án phát triển kinh tế vườn giai đoạn 2018-2022, toàn huyện xây dựng được 64 vườn mẫu. Về nông thôn mới, bình quân toàn huyện đạt 14,2 tiêu chí/xã, phấn đấu đến cuối năm có thêm 3 xã đạt chuẩn. Giá trị sản xuất công nghiệp ước đạt 210 tỷ đồng, bằng 76% nghị quyết.\n' +
        '\n' +
        'Tại hội nghị, Huyện ủy Mẫu Đông quán triệt chỉ thị về tổ chức đại hội đảng cấp cơ sở tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ X, nhiệm kỳ 2022-2027. Theo đó, thời gian đại hội chi bộ hoàn thành trước tháng 2/2022, đại hội đảng bộ cơ sở hoàn thành trước ngày 30/6/2022 và đại hội đảng bộ huyện trước 31/8/2022.\n' +
        '\n' +
        ' \n' +
        '\n' +
        'Lan Anh – Minh Hoa',
    )
    expect(figures).toMatchObject([
      { valueText: 'ước đạt 21.500 tấn', role: 'actual', year: 2021 },
      // Built over a programme's span not yet ended: the span's running total, not its target.
      { valueText: '64 vườn mẫu', role: 'fact', year: 2022 },
      { valueText: '14,2 tiêu chí/xã', role: 'actual', year: 2021 },
      // "phấn đấu đến cuối năm": this year's end, not the year of the congresses' deadlines.
      { valueText: '3 xã', role: 'target', year: 2021 },
      { valueText: 'ước đạt 210 tỷ đồng', role: 'actual', year: 2021 },
      { valueText: '76% nghị quyết', role: 'actual', year: 2021 },
    ])
  })

  it('2. a numbered heading whose number closes the item before it opens its own part of a list of targets', () => {
    const { figures } = read(
      'Các chỉ tiêu chủ yếu Nghị quyết Đại hội Đảng bộ huyện Mẫu Sơn (nhiệm kỳ 2025-2030)\n' +
        '\n' +
        'Đại hội Đảng bộ huyện Mẫu Sơn lần thứ XV, nhiệm kỳ 2025-2030 đã thống nhất 20 chỉ tiêu cụ thể như sau:\n' +
        '\n' +
        'Đại biểu biểu quyết thông qua các chỉ tiêu của nghị quyết\n' +
        '\n' +
        '1. Chỉ tiêu về kinh tế:\n' +
        '\n' +
        '- Tốc độ tăng trưởng kinh tế bình quân hàng năm tăng từ 9,5% trở lên. Trong đó công nghiệp tăng 11%, dịch vụ tăng 9%.\n' +
        '\n' +
        '- Thu ngân sách trên địa bàn bình quân hàng năm tăng 12% trở lên\n' +
        '2. Chỉ tiêu văn hoá xã hội:\n' +
        '\n' +
        '- Tỷ lệ lao động qua đào tạo đạt 75%.\n' +
        '\n' +
        '- Tỷ lệ thất nghiệp khu vực đô thị dưới 1,5%.',
    )
    expect(figures).toMatchObject([
      { valueText: 'từ 9,5% trở lên', role: 'target', year: 2030 },
      { valueText: '11%', role: 'target', year: 2030 },
      { valueText: '9%', role: 'target', year: 2030 },
      { valueText: '12% trở lên', role: 'target', year: 2030 },
      // Under "2. Chỉ tiêu văn hoá xã hội:", not the item "… tăng 12% trở lên" before it.
      { valueText: '75%', role: 'target', year: 2030 },
      { valueText: 'dưới 1,5%', role: 'target', year: 2030 },
    ])
  })

  it('3. growth said of a term looked back on, and the items its verb goes on to, is the term’s yearly average', () => {
    const { figures } = read(
      'Đại hội Đảng bộ thị trấn Mẫu Sơn lần thứ X, nhiệm kỳ 2020-2025 khai mạc ngày 12/6/2020.\n\n' +
        'Qua 5 năm thực hiện Nghị quyết Đại hội nhiệm kỳ 2015-2020, kinh tế thị trấn phát triển khá. Lĩnh vực thương mại, dịch vụ tăng trưởng 14,2% (mục tiêu 14 - 16%), nông nghiệp 6,1% (mục tiêu 5 - 7%). Tỷ lệ hộ nghèo giảm còn 1,8%.',
    )
    expect(figures).toMatchObject([
      { valueText: '14,2%', role: 'fact', year: 2020, rule: 'span' },
      { valueText: '14 - 16%', role: 'target', year: 2020 },
      { valueText: '6,1%', role: 'fact', year: 2020, rule: 'span' },
      { valueText: '5 - 7%', role: 'target', year: 2020 },
      // The level the term ended on is its last year's.
      { valueText: '1,8%', role: 'actual', year: 2020 },
    ])
  })

  it('2. a field’s name alone ("* Về văn hóa – xã hội:") heads its part of a plan, not the item before it', () => {
    const { figures } = read(
      'PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030\n' +
        ' \n' +
        '* Về kinh tế:\n' +
        '\n' +
        '- Tổng thu ngân sách đến năm 2030 đạt 42,5 tỷ đồng, tăng bình quân hàng năm 5,2%\n' +
        '\n' +
        '- Thu nhập bình quân đầu người/năm đạt 96,0 Tr. đồng đến năm 2030, tăng gấp 1,8 lần so với năm 2025.\n' +
        '\n' +
        '* Về văn hóa – xã hội:\n' +
        '\n' +
        '- Tỷ lệ tăng dân số tự nhiên hàng năm 0,9%.\n' +
        '\n' +
        '- Tỷ lệ hộ nghèo còn 0,8% đến năm 2030, giảm 1,2% so với năm 2025.',
    )
    expect(figures).toMatchObject([
      { valueText: '42,5 tỷ đồng', role: 'target', year: 2030 },
      { valueText: '5,2%', role: 'target', year: 2030 },
      {
        valueText: '96,0 Tr. đồng',
        value: 96,
        unit: 'million-vnd-per-person-year',
        role: 'target',
        year: 2030,
      },
      { valueText: 'gấp 1,8 lần', role: 'target', year: 2030 },
      { valueText: '0,9%', role: 'target', year: 2030 },
      { valueText: '0,8%', role: 'target', year: 2030 },
      { valueText: 'giảm 1,2%', role: 'target', year: 2030 },
    ])
  })

  it('1. a share said first, its result over the plan bracketed after it: a share of that plan', () => {
    const { figures } = read(
      'Ngày 15/1/2025, phường Bến Nguyệt tổng kết năm 2024. Năm qua, thu thuế công thương nghiệp đạt 103% (3,914 tỷ/3,8 tỷ), thuế nhà đất đạt 115% (253 triệu/220 triệu).',
    )
    expect(figures).toMatchObject([
      { valueText: '103%', unit: 'percent-of-plan', role: 'actual', year: 2024 },
      { valueText: '3,914 tỷ/3,8 tỷ', value: 3.914, unit: 'billion-vnd', role: 'actual', year: 2024 },
      { valueText: '3,8 tỷ', value: 3.8, role: 'target', year: 2024 },
      { valueText: '115%', unit: 'percent-of-plan', role: 'actual', year: 2024 },
      { valueText: '253 triệu/220 triệu', value: 253, role: 'actual', year: 2024 },
      { valueText: '220 triệu', value: 220, role: 'target', year: 2024 },
    ])
    expect(figures[0]?.name).toBe('Thu thuế công thương nghiệp (% kế hoạch)')
  })

  it('8. the economy’s growth named again with its amount bracketed after a "dù vậy" is the same figure', () => {
    const { figures } = read(
      'Năm 2025, tăng trưởng GRDP của thành phố Bến Nguyệt ước đạt tăng 7,23% so với năm ngoái.\n\n' +
        'Theo nhận định của Thống kê, năm 2025 ghi nhận nhiều điểm sáng về du lịch, công nghiệp…, dù vậy tăng trưởng GRDP (7,23%) chưa đạt được mục tiêu đề ra.',
    )
    expect(figures).toMatchObject([
      { valueText: '7,23%', role: 'actual', year: 2025, name: 'Tốc độ tăng trưởng GRDP' },
    ])
  })

  it('1. shares bracketed in a sentence of what was paid out are paid out too: last year’s, and each source’s', () => {
    const { figures } = read(
      'Tính đến ngày 20/5/2026, vốn đầu tư công do tỉnh Mẫu Sơn quản lý đã giải ngân đạt 31,4% (cao hơn so với cùng kỳ năm 2025 (22,6%); trong đó một số nguồn vốn đạt khá như: Chương trình MTQG giảm nghèo bền vững (58,2%), nguồn thu xổ số kiến thiết (44,9%).',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['31,4%', 'percent-of-plan', 'actual', 2026],
      ['22,6%', 'percent-of-plan', 'actual', 2025],
      ['58,2%', 'percent-of-plan', 'actual', 2026],
      ['44,9%', 'percent-of-plan', 'actual', 2026],
    ])
  })

  it('6. once the targets a year set are scored, what follows says how they did; their count is the scorecard’s total', () => {
    const { figures, draft } = read(
      'Sáng nay (5/12/2026), HĐND tỉnh Mẫu Đông khai mạc kỳ họp cuối năm, đánh giá tình hình kinh tế - xã hội năm 2026.\n' +
        '\n' +
        'Năm 2026, tỉnh Mẫu Đông đề ra 24 chỉ tiêu kinh tế - xã hội. Trong đó có 21/24 chỉ tiêu đạt và vượt so với Nghị quyết. Có 3 chỉ tiêu không đạt mục tiêu Nghị quyết gồm kim ngạch xuất khẩu tăng 6,4% (so với mục tiêu Nghị quyết 9-11%); tỷ lệ đô thị hóa và số xã đạt chuẩn nông thôn mới nâng cao.',
    )
    expect(figures).toMatchObject([
      {
        valueText: '6,4%',
        unit: 'percent',
        role: 'actual',
        year: 2026,
        name: 'Tốc độ tăng kim ngạch xuất khẩu',
      },
      // "(so với mục tiêu Nghị quyết 9-11%)": the resolution's level, no resolution numbered 9.
      { valueText: '9-11%', value: 9, role: 'target', year: 2026, rule: 'plan-level' },
    ])
    expect(draft.scorecard).toMatchObject({ achieved: 21, total: 24 })
    expect(draft.targetCount).toBeUndefined()
  })

  it('3. a congress’s term whose targets are said reached is the one looked back on; "cuối nhiệm kỳ" is its end', () => {
    const { figures } = read(
      'Đại hội Đảng bộ huyện Hà Lâm thành công tốt đẹp\n' +
        '\n' +
        'Theo báo cáo chính trị tại Đại hội, nhiệm kỳ 2015 – 2020, huyện Hà Lâm thực hiện hoàn thành hầu hết các chỉ tiêu Nghị quyết Đại hội đề ra, trong đó có 14 chỉ tiêu chủ yếu đạt và vượt.\n' +
        '\n' +
        'Thu nhập bình quân đầu người năm 2020 ước đạt 48,2 triệu đồng/người/năm. Chương trình xây dựng nông thôn mới được tập trung chỉ đạo, bình quân các xã đạt 16,2 tiêu chí. Phấn đấu đến cuối nhiệm kỳ có 5/9 xã đạt chuẩn nông thôn mới.\n' +
        '\n' +
        'Đến nay, thị trấn Hà Lâm đạt 20/26 nội dung tiêu chuẩn văn minh đô thị.',
    )
    expect(figures).toMatchObject([
      { valueText: '14 chỉ tiêu', role: 'actual', year: 2020, name: 'Số chỉ tiêu chủ yếu đạt và vượt' },
      { valueText: 'ước đạt 48,2 triệu đồng/người/năm', role: 'actual', year: 2020 },
      // An average over the communes is a level, not an average over the term's years.
      { valueText: '16,2 tiêu chí', role: 'actual', year: 2020 },
      { valueText: '5/9 xã', role: 'target', year: 2020 },
      // The parts of a standard a town reached, no meeting's business.
      { valueText: '20/26 nội dung tiêu chuẩn văn minh đô thị', value: 20, role: 'actual', year: 2020 },
    ])
  })

  it('3. a level per head or per commune in a term looked back on is its last year’s, and so is its share of plan', () => {
    const { figures } = read(
      'Sáng nay (15/7/2020), Đảng bộ huyện Mẫu Đông khai mạc Đại hội Đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 – 2025.\n' +
        '\n' +
        'Nhiệm kỳ 2015 - 2020, hầu hết các chỉ tiêu về kinh tế đều đạt và vượt so với Nghị quyết. Thu nhập bình quân đạt 26,4 triệu đồng/người/năm, đạt 105% mục tiêu Nghị quyết Đại hội, thu ngân sách trên địa bàn bình quân đạt 52,3 tỷ đồng/năm. Bình quân lương thực đạt 420kg/người/năm. Toàn huyện có 5 xã đạt chuẩn nông thôn mới, bình quân đạt 16 tiêu chí/xã.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['26,4 triệu đồng/người/năm', 'actual', 2020],
      ['105% mục tiêu', 'actual', 2020],
      // A yearly average of the term's budget is the term's.
      ['52,3 tỷ đồng/năm', 'fact', 2020],
      ['420kg/người/năm', 'actual', 2020],
      ['5 xã', 'actual', 2020],
      ['16 tiêu chí/xã', 'actual', 2020],
    ])
  })

  it('7. a result over its plan with the slash spaced; a poor-household rate’s fall said before it, with its year', () => {
    const { figures } = read(
      'Năm 2019, huyện Bến Nguyệt ước đạt 18.226/ 18.100 tấn lương thực, =101%KH. Giảm tỷ lệ hộ nghèo năm 2019 đạt 3,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['18.226/ 18.100 tấn', 18226, 'tonne', 'actual', 2019],
      ['18.100 tấn', 18100, 'tonne', 'target', 2019],
      ['101%KH', 101, 'percent-of-plan', 'actual', 2019],
      ['3,2%', 3.2, 'percentage-point', 'actual', 2019],
    ])
  })

  it('5. places counted by the plan they all met are the year’s result; visitors counted as people are visits', () => {
    const { figures } = read(
      'Tổng thu ngân sách nhà nước trên địa bàn tỉnh Mẫu Sơn năm 2025 ước đạt 12.340,5 tỷ đồng, vượt 21,4% dự toán năm. Đây là năm thứ 3 liên tiếp 9/9 huyện, thị xã, thành phố hoàn thành vượt mức dự toán. Theo Sở Du lịch, lượt khách du lịch đến tỉnh năm 2025 đạt gần 6,3 triệu người.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['ước đạt 12.340,5 tỷ đồng', 'billion-vnd', 'actual', 2025],
      ['vượt 21,4% dự toán', 'percent-of-estimate', 'actual', 2025],
      ['9/9 huyện, thị xã, thành phố', 'district-level-unit', 'actual', 2025],
      ['gần 6,3 triệu người', 'visit', 'actual', 2025],
    ])
    expect(figures[2]?.name).toBe('Số huyện, thị xã, thành phố hoàn thành vượt mức dự toán')
  })

  it('1. targets said reached ("đã thực hiện đạt các chỉ tiêu … cụ thể như:") list results over their plans', () => {
    const { figures } = read(
      'Năm 2025 UBND xã Hà Lâm đã thực hiện đạt các chỉ tiêu phát triển kinh tế - xã hội cụ thể như: Thu ngân sách trên địa bàn xã được 72,35/70 triệu đạt 103,4%; Sản lượng lương thực có hạt được 1642,5/1500 đạt 109,5%; Trồng rừng được 95/30ha đạt 318,6%; Tổng vốn đầu tư thực hiện đạt 58,4% nguồn vốn tỉnh giao (412,3 tỷ/706 tỷ đồng). Tổng thu ngân sách nhà nước đạt 62,1% kế hoạch tỉnh giao (512,6 tỷ/825,4 tỷ đồng).',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['72,35/70 triệu', 72.35, 'million-vnd', 'actual', 2025],
      ['70 triệu', 70, 'million-vnd', 'target', 2025],
      ['103,4%', 103.4, 'percent-of-plan', 'actual', 2025],
      // No unit written: the plan is kept as written too, for a person to give both their unit.
      ['1642,5/1500', 1642.5, 'TODO', 'actual', 2025],
      ['109,5%', 109.5, 'percent-of-plan', 'actual', 2025],
      ['1500', 1500, 'TODO', 'target', 2025],
      ['95/30ha', 95, 'hectare', 'actual', 2025],
      ['30ha', 30, 'hectare', 'target', 2025],
      // 316,7% as the pair gives it: the share as written, rounded.
      ['318,6%', 318.6, 'percent-of-plan', 'actual', 2025],
      ['58,4%', 58.4, 'percent-of-plan', 'actual', 2025],
      // A part of its plan, bracketed after the share: the plan stays in the note.
      ['412,3 tỷ/706 tỷ đồng', 412.3, 'billion-vnd', 'actual', 2025],
      ['62,1% kế hoạch', 62.1, 'percent-of-plan', 'actual', 2025],
      ['512,6 tỷ/825,4 tỷ đồng', 512.6, 'billion-vnd', 'actual', 2025],
    ])
  })

  it('3. in a term’s list, an average is the term’s; a level an item reached, with no change of its own, its last year’s', () => {
    const { figures } = read(
      'Ngày 12-3, Đảng bộ thị trấn Bến Nguyệt tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2025-2030.\n' +
        'Trong nhiệm kỳ 2020-2025, Đảng bộ thị trấn đã lãnh đạo thực hiện nhiều chỉ tiêu đạt và vượt so với mục tiêu Nghị quyết như: Giá trị sản xuất các ngành kinh tế chủ yếu tăng bình quân 9%/năm (vượt 3% so với Nghị quyết); Dịch vụ, thương mại đạt 42,3%; nông, lâm nghiệp đạt 21,6%; giá trị trên 1ha đất canh tác đạt 95 triệu đồng (đạt 100%); có 88,5% chi bộ đạt trong sạch vững mạnh.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['9%/năm', 9, 'percent-per-year', 'fact', 2025],
      // The excess bracketed after a yearly growth is in points, over the growth the resolution set.
      ['3%', 3, 'percentage-point', 'fact', 2025],
      ['42,3%', 42.3, 'percent', 'actual', 2025],
      ['21,6%', 21.6, 'percent', 'actual', 2025],
      ['95 triệu đồng', 95, 'million-vnd-per-ha', 'actual', 2025],
      ['100%', 100, 'percent-of-plan', 'actual', 2025],
      ['88,5%', 88.5, 'percent', 'actual', 2025],
    ])
  })

  it('8. names: the primary sector’s parts listed with commas are one name; the end of a time goes with the time', () => {
    const { figures } = read(
      'Năm 2020, tỷ trọng thương mại, dịch vụ chiếm 66,1%; nông, ngư, lâm nghiệp chiếm 33,9%, giảm 5,2%. Phấn đấu cuối năm nay xã Hà Lâm đạt 17 tiêu chí.',
    )
    expect(figures.map((f) => f.name)).toEqual([
      'Tỷ trọng thương mại, dịch vụ',
      'Tỷ trọng nông, ngư, lâm nghiệp',
      'Thay đổi tỷ trọng nông, ngư, lâm nghiệp',
      'Số tiêu chí',
    ])
  })

  it('2. "Phấn đấu đến năm 2025 huyện … đạt được các chỉ tiêu chủ yếu:" aims; the pillars a plan names are its parts', () => {
    const { figures } = read(
      'UBND tỉnh vừa phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 huyện Mẫu Sơn.\n\n' +
        'Phấn đấu đến năm 2025 huyện Mẫu Sơn đạt được các chỉ tiêu chủ yếu: Lượng khách du lịch đến năm 2025 ước đạt 150 nghìn người, doanh thu du lịch đến năm 2025 đạt 95,5 tỷ đồng. Thu nội địa tăng bình quân 9%/năm. Trồng rừng mới hằng năm đạt 1.100 ha.\n\n' +
        'Huyện đã xác định 4 trụ cột quan trọng để phát triển. Trong 6,2% tăng trưởng, khu vực nông nghiệp đóng góp1,52%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 150 nghìn người', 'target', 2025],
      ['95,5 tỷ đồng', 'target', 2025],
      ['9%/năm', 'target', 2025],
      ['1.100 ha', 'target', 2025],
      ['4 trụ cột quan trọng', 'fact', 2025],
      ['1,52%', 'target', 2025],
    ])
    // A page glued the number to the verb: still read.
    expect(figures.at(-1)).toMatchObject({ value: 1.52, unit: 'percentage-point' })
  })

  it('1. "kết quả thực hiện các mục tiêu chủ yếu, …" gives results, not aims', () => {
    const { figures } = read(
      'Ông Lê Văn An, Chủ tịch UBND xã Mẫu Đông cho biết, kết quả thực hiện các mục tiêu chủ yếu, tổng giá trị sản xuất năm 2025 đạt 612 tỷ đồng, đạt 100% kế hoạch, so với năm 2024 đạt 112,8%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['612 tỷ đồng', 'actual', 2025],
      ['100% kế hoạch', 'actual', 2025],
      ['112,8%', 'actual', 2025],
    ])
  })

  it('8. names: a crop’s hectares are its area, its yield and output named alone are its; an income is "bình quân"', () => {
    const { figures } = read(
      'Năm 2024, cây lúa gieo cấy được 4.120ha, đạt 103% kế hoạch, năng suất đạt 51 tạ/ha, sản lượng đạt 21.012 tấn. Cây ngô trồng được 2.950ha, năng suất đạt 44 tạ/ha. Thu nhập bình quân đạt 41,5 triệu đồng/người/năm.',
    )
    expect(figures.map((f) => f.name)).toEqual([
      'Diện tích cây lúa gieo cấy',
      'Diện tích cây lúa gieo cấy (% kế hoạch)',
      'Năng suất cây lúa',
      'Sản lượng cây lúa',
      'Diện tích cây ngô trồng',
      'Năng suất cây ngô',
      'Thu nhập bình quân',
    ])
  })

  it('4. years counted from one named up to now end now; a crop season of a year is part of it', () => {
    const counted = read(
      'UBND huyện Mẫu Sơn cho biết, tổng cộng trong 5 năm gần đây, tính từ năm 2019 đến nay, huyện đã hỗ trợ nhà ở cho 142 hộ nghèo. Ước đến cuối năm nay, tỷ lệ hộ nghèo toàn huyện giảm còn dưới 1,8%, giảm 6,2% so với năm 2019.',
    ).figures
    expect(counted.map((f) => [f.valueText, f.year])).toEqual([
      ['142 hộ', 2024],
      ['dưới 1,8%', 2024],
      ['giảm 6,2%', 2024],
    ])
    const season = read(
      'Cục Thống kê tỉnh Mẫu Đông công bố số liệu lúa vụ xuân năm 2025. Toàn tỉnh gieo cấy 61.240ha lúa, giảm 1,1% so với vụ xuân 2024. Sản lượng thóc vụ xuân 2025 đạt 421.530 tấn.',
    ).figures
    expect(season.map((f) => [f.valueText, f.role, f.year, f.partOfYear])).toEqual([
      ['61.240ha', 'actual', 2025, 'vụ xuân'],
      ['giảm 1,1%', 'actual', 2025, 'vụ xuân'],
      ['421.530 tấn', 'actual', 2025, 'vụ xuân'],
    ])
  })

  it('1. the shares bracketed in a list whose lead names the estimate short of a level are of the estimate', () => {
    const { figures } = read(
      'Tính chung 7 tháng, tổng thu ngân sách toàn tỉnh Mẫu Sơn đạt 2.415 tỷ đồng, bằng 61% dự toán. Còn nhiều khoản thu chưa đạt 50% dự toán, như: tiền thuê đất (44%), phí và lệ phí (47%).',
    )
    expect(figures.slice(-2).map((f) => [f.valueText, f.unit])).toEqual([
      ['44%', 'percent-of-estimate'],
      ['47%', 'percent-of-estimate'],
    ])
  })

  it('2. a part headed by targets with no year aims at the year its first item names', () => {
    const { figures } = read(
      'II- CÁC CHỈ TIÊU CHỦ YẾU\n\n1. Giá trị sản xuất nông nghiệp, thủy sản đến năm 2030 đạt trên 410 triệu đồng.\n\n2. Sản lượng lương thực có hạt bình quân hằng năm đạt trên 3.650 tấn.\n\n3. Các cây trồng chủ yếu năm 2030 (Lúa: diện tích đạt 215 ha, sản lượng đạt 3.150 tấn).\n\n4. Tổng đàn trâu, bò đạt 720 con, lợn đạt 2.100 con.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 410 triệu đồng', 'target', 2030],
      ['trên 3.650 tấn', 'target', 2030],
      ['215 ha', 'target', 2030],
      ['3.150 tấn', 'target', 2030],
      ['720 con', 'target', 2030],
      ['2.100 con', 'target', 2030],
    ])
  })

  it('6. the targets set, said reached by their count, are a scorecard; its subset counts are results of its year', () => {
    const { draft, figures } = read(
      'Đảng bộ thị trấn Mẫu Sơn tổ chức Đại hội nhiệm kỳ 2025 – 2030. Nhiệm kỳ 2020 – 2025, tổng giá trị sản xuất tăng từ 210 tỷ đồng năm 2020 lên gần 402tỷ năm 2025. Hoàn thành 24 chỉ tiêu Nghị quyết đề ra, trong đó có 9 chỉ tiêu vượt kế hoạch đại hội đề ra.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 24, total: 24 })
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['210 tỷ đồng', 'actual', 2020],
      ['gần 402tỷ', 'actual', 2025],
      ['9 chỉ tiêu', 'actual', 2025],
    ])
    const byOutcome = read(
      'Năm 2024, các chỉ tiêu chủ yếu của huyện Mẫu Sơn đều đạt so với kế hoạch đề ra; trong đó, có 6 chỉ tiêu hoàn thành và 11 chỉ tiêu hoàn thành vượt mức kế hoạch, nổi bật như thu nhập bình quân đầu người ước đạt 48,2 triệu đồng/người/năm. Hội nghị triển khai nhiệm vụ năm 2025.',
    ).figures
    expect(byOutcome.slice(0, 2).map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6 chỉ tiêu', 'actual', 2024],
      ['11 chỉ tiêu', 'actual', 2024],
    ])
  })

  it('3. a bracket the period compared opens goes on after a comma; a year said after a bracketed share is the amount’s', () => {
    const { figures } = read(
      '9 tháng năm 2025, GRDP tỉnh Mẫu Sơn tăng 8,12%. Khu vực I: Nông, lâm nghiệp và thủy sản tăng 3,41%, đóng góp cho tăng trưởng chung 0,96 điểm % (cùng kỳ năm 2024 tăng 4,02%, đóng góp cho tăng trưởng chung 1,13 điểm %).',
    )
    expect(figures.slice(-2).map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['4,02%', 'actual', 2024],
      ['1,13 điểm %', 'actual', 2024],
    ])
    const moved = read(
      'Đảng bộ xã Mẫu Sơn tổ chức Đại hội nhiệm kỳ 2025 - 2030. Nhiệm kỳ qua, tỷ lệ hộ nghèo của xã giảm từ 187 hộ (29,4%) năm 2020 xuống còn 41 hộ (6,2%) năm 2024, giảm bình quân hằng năm 5,8%.',
    ).figures
    expect(moved.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['187 hộ', 'actual', 2020],
      ['29,4%', 'actual', 2020],
      ['41 hộ', 'actual', 2024],
      ['6,2%', 'actual', 2024],
      ['giảm bình quân hằng năm 5,8%', 'fact', 2024],
    ])
  })

  it('7. a growth over its scenario, written after a slash, is the scenario’s level, a target', () => {
    const { figures } = read(
      '6 tháng đầu năm 2025, tốc độ tăng trưởng GRDP tỉnh Mẫu Sơn ước đạt 6,84%/kịch bản 6,90%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['ước đạt 6,84%', 'percent', 'actual', 2025],
      ['6,90%', 'percent', 'target', 2025],
    ])
  })

  it('5. one amount said with opposite bounds for two things is two figures, not one said again', () => {
    const { draft } = read(
      '6 tháng đầu năm 2025, kim ngạch xuất khẩu của tỉnh Mẫu Sơn sang thị trường Lào đạt hơn 2,3 tỷ USD và Campuchia đạt gần 2,3 tỷ USD.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.comparator])).toEqual([
      ['hơn 2,3 tỷ USD', 'moreThan'],
      ['gần 2,3 tỷ USD', 'about'],
    ])
  })

  it('4. "đầu năm đến nay" with no "từ" is part of the year; the projects a place has now are what gathered over years', () => {
    const { figures } = read(
      'Quý I/2025, GRDP tỉnh Mẫu Sơn tăng 5,1%. Mẫu Sơn hiện có 27 dự án nước ngoài đang đầu tư; đầu năm đến nay thu hút được 3 dự án đăng ký đầu tư mới với vốn đăng ký 64,8 tỷ đồng.',
    )
    expect(figures.slice(1).map((f) => [f.valueText, f.role, f.year, f.partOfYear])).toEqual([
      ['27 dự án', 'fact', 2025, undefined],
      ['3 dự án', 'actual', 2025, 'từ đầu năm đến nay'],
      ['64,8 tỷ đồng', 'actual', 2025, 'từ đầu năm đến nay'],
    ])
  })

  it('4. in a term looked back on, a level each year held is the term’s; the level it brought a count to is its last year’s', () => {
    const { figures } = read(
      'Đảng bộ xã Mẫu Sơn tổ chức Đại hội nhiệm kỳ 2025 - 2030. Nhiệm kỳ 2020 – 2025, Đảng bộ xã tập trung nâng cao năng lực lãnh đạo. Hàng năm, có trên 95% số đảng viên hoàn thành nhiệm vụ. Đảng bộ đã kết nạp 29 đảng viên mới, nâng tổng số đảng viên của toàn đảng bộ hiện nay lên 131 đảng viên. Thu nhập bình quân đầu người đạt 52 triệu đồng/người/năm (đầu nhiệm kỳ 31 triệu đồng/người/năm). Diện tích gieo trồng cây hằng năm đạt 1.240 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 95%', 'fact', 2025],
      ['29 đảng viên', 'fact', 2025],
      ['131 đảng viên', 'actual', 2025],
      ['52 triệu đồng/người/năm', 'actual', 2025],
      ['31 triệu đồng/người/năm', 'actual', 2020],
      ['1.240 ha', 'actual', 2025],
    ])
  })

  it('5. the guests of a congress listed with titles shortened by dots are no figures; "công ty" counts enterprises', () => {
    const { figures } = read(
      'Sáng 12/5/2025, Đảng bộ thị trấn Mẫu Sơn tổ chức Đại hội nhiệm kỳ 2025 – 2030. Tới dự và chỉ đạo đại hội có các đ/c Lê Văn An TUV, BT.HU, CT.HĐND huyện, các đc trong BTV huyện ủy và 142 Đại biểu đại diện cho 318 Đảng viên trong toàn Đảng bộ. Nhiệm kỳ qua, trên địa bàn có 12 công ty đang hoạt động.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['318 Đảng viên', 'party-member'],
      ['12 công ty', 'enterprise'],
    ])
  })

  it('8. a part of the whole its sentence opened with is named by that whole, the part put in its place', () => {
    const { figures } = read(
      '6 tháng đầu năm 2025, số ngày lưu trú bình quân của khách ngủ qua đêm tính chung là 1,52 ngày/lượt; trong đó khách quốc tế 1,71 ngày/lượt, khách trong nước 1,44 ngày/lượt. Tổng số khách du lịch do cơ sở lữ hành phục vụ ước đạt 412 nghìn lượt; trong đó khách quốc tế đạt 138 nghìn lượt, tăng hơn 21% và khách trong nước đạt 274 nghìn lượt.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['1,52 ngày/lượt', 'Số ngày lưu trú bình quân của khách ngủ qua đêm tính chung'],
      ['1,71 ngày/lượt', 'Số ngày lưu trú bình quân của khách quốc tế'],
      ['1,44 ngày/lượt', 'Số ngày lưu trú bình quân của khách trong nước'],
      ['ước đạt 412 nghìn lượt', 'Tổng số khách du lịch do cơ sở lữ hành phục vụ'],
      ['138 nghìn lượt', 'Số khách quốc tế do cơ sở lữ hành phục vụ'],
      ['hơn 21%', 'Tốc độ tăng số khách quốc tế do cơ sở lữ hành phục vụ'],
      ['274 nghìn lượt', 'Số khách trong nước do cơ sở lữ hành phục vụ'],
    ])
  })

  it('8. a sector’s part of the growth said in full, the base year’s bracket after it, and a heading glued on', () => {
    const { figures } = read(
      'A. VỀ KINH TẾ 1. Tăng trưởng tổng sản phẩm (GRDP) Tổng sản phẩm trong tỉnh 9 tháng năm 2025 ước đạt 61.204 tỷ đồng. Khu vực I: Nông, lâm nghiệp và thủy sản tăng 3,41%, đóng góp cho tăng trưởng chung 0,96 điểm % (cùng kỳ năm 2024 tăng 4,02%, đóng góp cho tăng trưởng chung 1,13 điểm %).',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['ước đạt 61.204 tỷ đồng', 'Tổng sản phẩm trong tỉnh'],
      ['3,41%', 'Tốc độ tăng nông, lâm nghiệp và thủy sản'],
      ['0,96 điểm %', 'Đóng góp vào tăng trưởng của nông, lâm nghiệp và thủy sản'],
      ['4,02%', 'Tốc độ tăng nông, lâm nghiệp và thủy sản'],
      ['1,13 điểm %', 'Đóng góp vào tăng trưởng của nông, lâm nghiệp và thủy sản'],
    ])
  })

  it('8. a name leaves out the hardship it holds despite, what is said of it after, and the province after its acronym', () => {
    const { figures } = read(
      '6 tháng đầu năm 2025, dù khó khăn do thiên tai song tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) tỉnh Mẫu Sơn ước đạt 6,12%. Chỉ số phát triển sản xuất công nghiệp (IIP) tăng ở mức 2 con số, ước đạt 14,3%.',
    )
    expect(figures.map((f) => f.name)).toEqual([
      'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)',
      'Chỉ số phát triển sản xuất công nghiệp (IIP)',
    ])
  })

  it('8. a crop’s measures after "Lúa:", and the herds after a herd, are named by the crop and the herd', () => {
    const { figures } = read(
      'II- CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n\n1. Cây trồng chủ yếu (Lúa: diện tích đạt 230 ha, năng suất trung bình năm đạt 62 tạ/ha, sản lượng đạt 1.426 tấn).\n\n2. Tổng đàn trâu, bò đạt 640 con, lợn đạt 1.850 con, gia cầm đạt 95.000 con trở lên.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['230 ha', 'Diện tích lúa'],
      ['62 tạ/ha', 'Năng suất lúa'],
      ['1.426 tấn', 'Sản lượng lúa'],
      ['640 con', 'Tổng đàn trâu, bò'],
      ['1.850 con', 'Tổng đàn lợn'],
      ['95.000 con trở lên', 'Tổng đàn gia cầm'],
    ])
  })

  it('2. "phấn đấu thực hiện đạt các chỉ tiêu:" leads aims; an income "/GRDP" is per head', () => {
    const { figures } = read(
      'Đại hội Đảng bộ thành phố Mẫu Sơn nhiệm kỳ 2025 - 2030 đã thông qua Nghị quyết. Cụ thể, đến năm 2030, Mẫu Sơn phấn đấu thực hiện đạt các chỉ tiêu:\n\nTốc độ tăng giá trị tăng thêm bình quân 8% - 9%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 210 triệu đồng/GRDP; tỷ lệ hộ nghèo còn 0,5%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['8% - 9%/năm', 'percent-per-year', 'target', 2030],
      ['210 triệu đồng', 'million-vnd-per-person-year', 'target', 2030],
      ['0,5%', 'percent', 'target', 2030],
    ])
  })

  it('4. a yearly average of a move between years, or said of years a resolution ran, is no one year’s; "cuối 2025" with no "năm"', () => {
    const { figures } = read(
      'Đảng bộ thị xã Mẫu Sơn tổ chức Đại hội nhiệm kỳ 2025 - 2030. Tổng giá trị sản xuất năm 2020 đạt 2.140 tỉ đồng, đến cuối 2025 ước đạt 3.980 tỉ đồng, tăng bình quân hàng năm là 13,2%. Lượng khách đến từ 1,2 triệu lượt năm 2020 tăng lên 1,9 triệu lượt vào năm 2025, tăng bình quân 9,6%/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['2.140 tỉ đồng', 'actual', 2020],
      ['ước đạt 3.980 tỉ đồng', 'actual', 2025],
      ['13,2%', 'fact', 2025],
      ['1,2 triệu lượt', 'actual', 2020],
      ['1,9 triệu lượt', 'actual', 2025],
      ['9,6%/năm', 'fact', 2025],
    ])
    const resolution = read(
      'Qua 4 năm thực hiện Nghị quyết Đại hội Đảng bộ thành phố Mẫu Sơn (nhiệm kỳ 2020 - 2025), một số kết quả nổi bật đó là: Tăng trưởng bình quân hàng năm trên 12%; thu ngân sách 7 tháng năm 2024 đạt 1.120 tỷ đồng.\n\nDự kiến đến hết năm 2025, thu nhập bình quân đầu người đạt 98 triệu/người/năm. Về thu ngân sách, theo dự ước hết năm nay đạt 1.950 tỷ đồng.',
    ).figures
    expect(resolution.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 12%', 'fact', 2024],
      ['1.120 tỷ đồng', 'actual', 2024],
      ['98 triệu', 'target', 2025],
      ['1.950 tỷ đồng', 'actual', 2024],
    ])
  })

  it('2. the targets a sentence set, broken down "Trong đó" with no comma, lead their breakdown and a lead that is a target', () => {
    const { figures } = read(
      'Năm 2025, GRDP tỉnh Mẫu Sơn tăng 9,2%, thu ngân sách ước đạt trên 31.000 tỷ đồng.\n\nTại Nghị quyết số 12/NQ-HĐND ngày 9/12/2025 của HĐND tỉnh, tỉnh Mẫu Sơn đã đặt mục tiêu tốc độ tăng trưởng GRDP năm 2026 hơn 10%. Trong đó khu vực I tăng 3,8%; khu vực II tăng 11,2%. Thu ngân sách nhà nước đạt 33.400 tỷ đồng, trong đó: Thu nội địa đạt 26.100 tỷ đồng; thu xuất nhập khẩu đạt 7.300 tỷ đồng.',
    )
    expect(figures.slice(2).map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['hơn 10%', 'target', 2026],
      ['3,8%', 'target', 2026],
      ['11,2%', 'target', 2026],
      ['33.400 tỷ đồng', 'target', 2026],
      ['26.100 tỷ đồng', 'target', 2026],
      ['7.300 tỷ đồng', 'target', 2026],
    ])
  })

  it('4. a text that calls its year of results the year past aims "năm nay" at the year after', () => {
    const { figures } = read(
      'Sáng ngày 6/2, Chủ tịch UBND tỉnh làm việc với huyện Mẫu Sơn. Theo báo cáo, trong năm qua, huyện đạt được nhiều kết quả: thu nhập bình quân đầu người khoảng 51,2 triệu đồng/năm. Năm 2025, giảm thêm 132 hộ nghèo. Năm nay, huyện Mẫu Sơn phấn đấu tổng giá trị sản xuất tăng 10 đến 11%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 51,2 triệu đồng/năm', 'actual', 2025],
      ['thêm 132 hộ', 'actual', 2025],
      ['10 đến 11%', 'target', 2026],
    ])
  })

  it('5. the land of certificates issued is what was done; an average band of criteria, and farmers counted, are figures', () => {
    const { figures } = read(
      '6 tháng đầu năm 2025, thị xã Mẫu Sơn đã cấp được 1.215 giấy chứng nhận quyền sử dụng đất lần đầu với diện tích 84,2ha. Đến nay, mỗi xã đạt bình quân trên 16 tiêu chí. Hội Nông dân mở 7 lớp đào tạo nghề cho 281 nông dân.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role])).toEqual([
      ['1.215 giấy chứng nhận quyền sử dụng đất', 'other', 'actual'],
      ['84,2ha', 'hectare', 'actual'],
      ['trên 16 tiêu chí', 'other', 'actual'],
      ['7 lớp', 'other', 'actual'],
      ['281 nông dân', 'person', 'actual'],
    ])
  })

  it('8. kinds listed after "trong đó" that the whole does not name are measured as the whole is', () => {
    const { figures } = read(
      'Cả năm 2025, tổng sản lượng lương thực có hạt toàn tỉnh Mẫu Sơn là 612.400 tấn, giảm 0,42% so với năm 2024; trong đó thóc là 598.120 tấn, giảm 0,3%; ngô là 14.250 tấn; kê là 30 tấn.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['612.400 tấn', 'Tổng sản lượng lương thực có hạt'],
      ['giảm 0,42%', 'Tốc độ tăng tổng sản lượng lương thực có hạt'],
      ['598.120 tấn', 'Sản lượng thóc'],
      ['giảm 0,3%', 'Tốc độ tăng sản lượng thóc'],
      ['14.250 tấn', 'Sản lượng ngô'],
      ['30 tấn', 'Sản lượng kê'],
    ])
  })

  it('8. a place that "ghi nhận" a growth names nothing; growth after "mục tiêu" is the economy’s', () => {
    const { figures } = read(
      'Mẫu Sơn đẩy mạnh kinh tế cửa khẩu, mục tiêu tăng trưởng 8-9%\n\nQuý I/2026, Mẫu Sơn ghi nhận tăng trưởng kinh tế 7,94%, kim ngạch xuất nhập khẩu đạt 12.430 triệu USD.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['8-9%', 'Tăng trưởng kinh tế'],
      ['7,94%', 'Tăng trưởng kinh tế'],
      ['12.430 triệu USD', 'Kim ngạch xuất nhập khẩu'],
    ])
  })

  it('6. a scorecard that calls its targets criteria, reached against the plan, is found; a standard’s criteria are not', () => {
    const { draft } = read(
      'Năm 2025, huyện Mẫu Sơn có 13/18 tiêu chí đạt và vượt kế hoạch của Nghị quyết HĐND huyện đề ra. Xã Mẫu Đông đạt 19/19 tiêu chí nông thôn mới.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 13, total: 18, period: { year: 2025 } })
  })

  it('7. a fall said again in percent is a fall; households left and their share are named as the count and the rate', () => {
    const { draft } = read(
      'Năm 2025, toàn tỉnh Mẫu Sơn còn hơn 12,4 nghìn hộ nghèo, chiếm 2,91% tổng số hộ. So với năm 2024, giảm gần 4,2 nghìn hộ nghèo, tương đương với 0,98%. Diện tích lúa vụ mùa đạt 61.230ha, giảm 1.410ha (bằng 2,25%).',
    )
    expect(draft.figures.map((f) => [f.valueText, f.value, f.unit, f.label.vi])).toEqual([
      ['hơn 12,4 nghìn hộ', 12400, 'household', 'Số hộ nghèo'],
      ['2,91%', 2.91, 'percent', 'Tỷ lệ hộ nghèo'],
      ['gần 4,2 nghìn hộ', 4200, 'household', 'Số hộ nghèo'],
      ['0,98%', -0.98, 'percentage-point', 'Số hộ nghèo'],
      ['61.230ha', 61230, 'hectare', 'Diện tích lúa vụ mùa'],
      ['giảm 1.410ha', -1410, 'hectare', expect.any(String)],
      ['2,25%', -2.25, 'percent', expect.any(String)],
    ])
  })

  it('5. the level counted targets were done to ("3 chỉ tiêu hoàn thành trên 90% kế hoạch năm") is no figure', () => {
    const { figures } = read(
      '9 tháng năm 2025, tỉnh Mẫu Sơn có 3 chỉ tiêu hoàn thành trên 90% kế hoạch năm; 6 chỉ tiêu hoàn thành trên 70% kế hoạch năm.',
    )
    expect(figures.map((f) => f.valueText)).not.toContain('trên 90% kế hoạch')
    expect(figures.map((f) => f.valueText)).not.toContain('trên 70% kế hoạch')
  })

  it('8. "dịch vụ của <place>" names no crop season; "nhờ vậy", "góp phần đưa", "thực hiện giải ngân" open no name', () => {
    const { figures } = read(
      '6 tháng đầu năm 2025, mức lưu chuyển hàng hoá bán lẻ và dịch vụ của Cửa Mẫu ước đạt 1.840 tỷ đồng. Du lịch phát triển, nhờ vậy thu ngân sách đạt 96 tỷ đồng, góp phần đưa thu nhập bình quân đầu người ước đạt 61 triệu đồng. Huyện đã thực hiện giải ngân vốn đầu tư xây dựng cơ bản được 412 tỷ đồng.',
    )
    expect(figures.map((f) => f.name)).toEqual([
      'Mức lưu chuyển hàng hoá bán lẻ và dịch vụ',
      'Thu ngân sách',
      'Thu nhập bình quân đầu người',
      'Giải ngân vốn đầu tư xây dựng cơ bản',
    ])
  })

  it('4. indicators that rose against a year gone by lead results; a year whose accounts are settled is over', () => {
    const { figures } = read(
      'Cụ thể, trong năm tốc độ tăng trưởng kinh tế huyện Mẫu Sơn 12,1%. Các chỉ tiêu tăng so với năm 2024: Nhóm công nghiệp - xây dựng tăng 15,2%; Nhóm dịch vụ tăng 9,8%.',
    )
    expect(figures.slice(1).map((f) => [f.valueText, f.role])).toEqual([
      ['15,2%', 'actual'],
      ['9,8%', 'actual'],
    ])
    const settled = read(
      'Tại kỳ họp, HĐND thành phố Mẫu Sơn xem xét báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm; báo cáo quyết toán ngân sách Nhà nước năm 2024. Theo báo cáo, 6 tháng đầu năm giá trị sản xuất công nghiệp ước đạt 2.410 tỷ đồng.',
    ).figures
    expect(settled.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 2.410 tỷ đồng', 'actual', 2025],
    ])
  })

  it('1. places that met the plan "đề ra" are results; years looked back on ("5 năm qua") are no year past', () => {
    const { figures } = read(
      'Qua điều tra, ước đến cuối năm 2025, toàn tỉnh Mẫu Sơn còn 14.210 hộ nghèo, chiếm tỷ lệ 4,12%. Toàn tỉnh chỉ có 3/15 huyện đạt kế hoạch giảm số hộ nghèo đề ra là huyện Mẫu Đông (giảm 6,1%), huyện Mẫu Tây (giảm 2,3%).',
    )
    expect(figures.slice(2).map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['3/15 huyện', 'actual', 2025],
      ['giảm 6,1%', 'actual', 2025],
      ['giảm 2,3%', 'actual', 2025],
    ])
    const sentences = (text: string) =>
      splitReport(text).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text))
    const past =
      'Năm 2025, huyện Mẫu Sơn thu ngân sách đạt 412 tỷ đồng. Trong năm qua, huyện đạt nhiều kết quả.'
    expect(readReportYears(sentences(past)).results).toMatchObject({ year: 2025, isPast: true })
    const lookedBack =
      'Năm 2025, huyện Mẫu Sơn thu ngân sách đạt 412 tỷ đồng. Hơn 5 năm qua, huyện đạt nhiều kết quả.'
    expect(readReportYears(sentences(lookedBack)).results?.isPast).toBeUndefined()
  })

  it('8. a name keeps its subject before a time and its verb, drops "ở <place>", "trên toàn huyện", "/năm", and follows "tỷ lệ này"', () => {
    const { figures } = read(
      'Tăng trưởng tổng sản phẩm trên địa bàn 6 tháng đầu năm 2025 tăng 0,62% so với cùng kỳ. Tỷ lệ hộ nghèo trên toàn huyện Mẫu Sơn đến cuối năm 2024 giảm còn 4,1%. Dự kiến tỷ lệ này tiếp tục giảm xuống dưới 3% vào cuối năm 2025. Ước thu nhập bình quân đầu người ở huyện Mẫu Sơn đạt hơn 48,2 triệu đồng. Thu nhập bình quân đầu người/năm đạt 61,5 triệu đồng.',
    )
    expect(figures.map((f) => f.name)).toEqual([
      'Tăng trưởng tổng sản phẩm trên địa bàn',
      'Tỷ lệ hộ nghèo',
      'Tỷ lệ hộ nghèo',
      'Thu nhập bình quân đầu người',
      'Thu nhập bình quân đầu người',
    ])
  })

  it('8. a standard’s field is part of the name; the communes in a band of criteria, not the band, are figures', () => {
    const { figures } = read(
      'Năm 2025, tỷ lệ số xã đạt chuẩn quốc gia về y tế xã đạt 84% (bằng 100% KH). Toàn huyện Mẫu Sơn có 2 xã đạt 16/19 tiêu chí, 5 xã đạt 15/19 tiêu chí.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['84%', 'Tỷ lệ số xã đạt chuẩn quốc gia về y tế xã'],
      ['100% KH', expect.any(String)],
      ['2 xã', expect.any(String)],
      ['5 xã', expect.any(String)],
    ])
  })

  it('4. places ranked ahead, listed in one bracket, are other places; the year a work started, set against now, is no year reported', () => {
    const { figures } = read(
      'Năm 2025, tăng trưởng GRDP của tỉnh Mẫu Sơn ước đạt 10,42%, đứng thứ 3 toàn quốc (sau Mẫu Đông 12,18%, Mẫu Tây 11,05%).',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['ước đạt 10,42%', 'actual'],
      ['12,18%', 'fact'],
      ['11,05%', 'fact'],
    ])
    const started = read(
      'Khi mới bước vào xây dựng nông thôn mới năm 2010, xã Mẫu Sơn chỉ có 4/19 tiêu chí đạt.\n\nĐến nay, thu nhập bình quân đầu người của xã đã đạt 46,2 triệu đồng/người/năm.',
    ).figures
    expect(started.map((f) => [f.valueText, f.year])).toEqual([
      ['4/19 tiêu chí', 2010],
      ['46,2 triệu đồng/người/năm', null],
    ])
  })

  it('3. the year a multiple is of is compared with, no year reported; a fall said again in money is in the unit’s scale', () => {
    const { figures } = read(
      'Đại hội Đảng bộ thành phố Mẫu Sơn nhiệm kỳ 2025 - 2030. Tổng sản phẩm đến năm 2025 ước đạt 52.410 tỉ đồng, bằng 1,7 lần năm 2020. GRDP bình quân đầu người năm 2025 ước đạt 68,2 triệu đồng, gần gấp đôi năm 2020.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 52.410 tỉ đồng', 'actual', 2025],
      ['1,7 lần', 'actual', 2025],
      ['ước đạt 68,2 triệu đồng', 'actual', 2025],
    ])
    const fall = read(
      '6 tháng đầu năm 2025, ngành trồng trọt của tỉnh Mẫu Sơn ước giảm 3,8% tương đương giảm 260 tỷ đồng.',
    ).figures
    expect(fall.at(-1)).toMatchObject({ valueText: 'giảm 260 tỷ đồng', value: -260, unit: 'billion-vnd' })
  })

  it('4. a sentence that opens by carrying the next year’s tasks out, then goes on ahead, plans them; targets already set are no aim', () => {
    const { figures } = read(
      'Đảng ủy xã Mẫu Hồng triển khai nhiệm vụ năm 2026\n\nSáng 30/12, Đảng ủy xã Mẫu Hồng tổng kết nhiệm vụ chính trị năm 2025 và triển khai nhiệm vụ năm 2026.\n\nNăm 2025, bám sát các chỉ tiêu đã đề ra, Đảng ủy xã đã tập trung lãnh đạo. Tốc độ tăng trưởng kinh tế của xã đạt 9,5%; tổng thu ngân sách đạt 120 tỷ đồng.\n\nThực hiện nhiệm vụ chính trị năm 2026, Đảng ủy xã tiếp tục tập trung lãnh đạo các nhiệm vụ trọng tâm. Thu ngân sách đạt trên 100 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công đạt trên 95%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9,5%', 'actual', 2025],
      ['120 tỷ đồng', 'actual', 2025],
      ['trên 100 tỷ đồng', 'target', 2026],
      ['trên 95%', 'target', 2026],
    ])
    // (A look back opened the same way stays the results': "Thực hiện nhiệm vụ năm 2025, xã đã …".)
    const back = read(
      'Xã Mẫu Hồng tổng kết năm 2025.\n\nThực hiện nhiệm vụ chính trị năm 2025, Đảng ủy xã đã tập trung lãnh đạo. Thu ngân sách đạt 118 tỷ đồng.',
    ).figures
    expect(back.map((f) => [f.valueText, f.role, f.year])).toEqual([['118 tỷ đồng', 'actual', 2025]])
  })

  it('4. part of a year with no year written is of the year the page is dated, against a year whose accounts a session settles', () => {
    const { figures } = read(
      'HĐND thành phố Mẫu Yên thông qua nhiều nghị quyết\n\n10/07/2024 15:41\n\nBáo cáo tại kỳ họp cho thấy, 6 tháng đầu năm nay, thành phố Mẫu Yên đạt nhiều kết quả. Giá trị sản xuất công nghiệp ước đạt 12.400 tỷ đồng (bằng 106,7% so với cùng kỳ).\n\nKỳ họp dự kiến thông qua 4 nghị quyết. Trong đó có nhiều nội dung quan trọng, như: Phê chuẩn quyết toán ngân sách nhà nước thành phố Mẫu Yên năm 2023; chương trình giám sát năm 2025 của HĐND thành phố; kết quả giám sát ý kiến cử tri.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.partOfYear])).toEqual([
      ['ước đạt 12.400 tỷ đồng', 'actual', 2024, '6 tháng đầu năm'],
      ['106,7%', 'actual', 2024, '6 tháng đầu năm'],
    ])
  })

  it('4. a plan said done ("đã hoàn thành kế hoạch … năm 2022") names the results’ year; what is sown after it, up on last year, is a result', () => {
    const { figures } = read(
      'UBND huyện Mẫu Linh cho biết, huyện đã hoàn thành kế hoạch tái canh cà phê năm 2022 với 1.520 ha (đạt 101,3% kế hoạch).\n\nCụ thể, vụ Đông Xuân gieo trồng được 1.640 ha, tăng 3% so cùng kỳ; đàn trâu tăng 11%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.520 ha', 'actual', 2022],
      ['101,3% kế hoạch', 'actual', 2022],
      ['1.640 ha', 'actual', 2022],
      ['3%', 'actual', 2022],
      ['11%', 'actual', 2022],
    ])
  })

  it('1. targets said to have beaten their plan, then named by what they reached, are results of the year', () => {
    const { figures } = read(
      'HĐND huyện Mẫu Bang họp đánh giá tình hình năm 2019 và thông qua nhiệm vụ năm 2020.\n\nNăm 2019, huyện Mẫu Bang đạt và vượt kế hoạch. Trong đó, một số chỉ tiêu vượt so với kế hoạch như tổng giá trị sản xuất tăng 7,9% so với năm 2018; tổng thu ngân sách ước đạt 540 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,9%', 'actual', 2019],
      ['ước đạt 540 tỷ đồng', 'actual', 2019],
    ])
  })

  it('5. the same share of two budgets set by two authorities is two figures, each named by who set it', () => {
    const { figures } = read(
      'Năm 2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh Mẫu Nai đạt 98.200 tỷ đồng, đạt 104% dự toán Thủ tướng Chính phủ giao và đạt 104% dự toán HĐND tỉnh.',
    )
    expect(figures.map((f) => [f.valueText, f.name])).toEqual([
      ['98.200 tỷ đồng', 'Tổng thu ngân sách nhà nước trên địa bàn'],
      ['104% dự toán', 'Tổng thu ngân sách nhà nước trên địa bàn (% dự toán Thủ tướng Chính phủ giao)'],
      ['104% dự toán', 'Tổng thu ngân sách nhà nước trên địa bàn (% dự toán HĐND tỉnh)'],
    ])
  })

  it('7. a plan beaten, named with who set it, then an amount close to the level reached: the plan’s level, not the excess', () => {
    const { figures } = read(
      'Năm 2025, tốc độ tăng trưởng GRDP thành phố Mẫu Phòng ước đạt 11,85% (vượt mục tiêu Chính phủ giao 11,5%). Tăng trưởng ngành dịch vụ đạt 8,5%, vượt chỉ tiêu đề ra 0,5%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.unit, f.value])).toEqual([
      ['ước đạt 11,85%', 'actual', 'percent', 11.85],
      ['11,5%', 'target', 'percent', 11.5],
      ['8,5%', 'actual', 'percent', 8.5],
      ['0,5%', 'actual', 'percentage-point', 0.5],
    ])
  })

  it('7. how much lower than another year’s growth, said after it ("thấp hơn tốc độ tăng của năm 2020 là …"), is a fall of this year’s', () => {
    const { figures } = read(
      'Tốc độ tăng tổng sản phẩm trong tỉnh Mẫu Bình năm 2021 thấp hơn tốc độ tăng của năm 2020 là 1,04 điểm phần trăm.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['1,04 điểm phần trăm', -1.04, 'percentage-point', 'actual', 2021],
    ])
    // (Not a plan named, then its level.)
    const plan = read(
      'Quý 1 năm 2024, tăng trưởng GRDP của tỉnh Mẫu Giang chỉ đạt 4,3%, thấp hơn với kịch bản đặt ra là 7,2%.',
    ).figures
    expect(plan.map((f) => [f.valueText, f.value])).toEqual([
      ['4,3%', 4.3],
      ['7,2%', 7.2],
    ])
  })

  it('2. a sentence with no figure that aims at a later year ("Tỉnh phấn đấu đến năm 2025, …") dates the targets its paragraph goes on with', () => {
    const { figures } = read(
      'Theo kế hoạch, trong năm 2023, tỉnh Mẫu Tre phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới. Tỉnh phấn đấu đến năm 2025, có huyện Mẫu Lách đạt chuẩn huyện nông thôn mới nâng cao. Các huyện còn lại đạt chuẩn nông thôn mới; có ít nhất 75% xã đạt chuẩn nông thôn mới.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['12 xã', 'target', 2023],
      ['ít nhất 75%', 'target', 2025],
    ])
  })

  it('1. a thing held to be something ("xác định thủy sản là ngành kinh tế mũi nhọn, chiếm 60% …") is no aim; "xác định mục tiêu … là" is', () => {
    const { figures } = read(
      'Năm 2023, sản lượng tôm của tỉnh Mẫu Liêu đạt 231.400 tấn. Tỉnh xác định thủy sản là ngành kinh tế mũi nhọn, chiếm 58% giá trị sản xuất nông nghiệp. Năm 2024, tỉnh xác định mục tiêu sản lượng tôm là 240.000 tấn.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['231.400 tấn', 'actual', 2023],
      ['58%', 'actual', 2023],
      ['240.000 tấn', 'target', 2024],
    ])
  })

  it('2. a paragraph counted up to the last day of a year ("đến thời điểm 31/12/2019") ends a list of targets carried from the one before', () => {
    const { figures } = read(
      'Trong năm 2020, UBND tỉnh Mẫu Giang đề ra mục tiêu cụ thể là: giảm trên 7.900 hộ nghèo, thu nhập bình quân đầu người đạt trên 23,5 triệu đồng/người/năm.\n\nTheo báo cáo của UBND tỉnh, đến thời điểm 31/12/2019, toàn tỉnh giảm được 4,12% hộ nghèo. Tổng số hộ nghèo của tỉnh là 46.210 hộ.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['giảm trên 7.900 hộ', 'target', 2020],
      ['trên 23,5 triệu đồng/người/năm', 'target', 2020],
      ['được 4,12%', 'actual', 2019],
      ['46.210 hộ', 'actual', 2019],
    ])
  })

  it('2. a lead that says the year’s targets are recovering ("nhiều chỉ tiêu … trên đà phục hồi") leads results', () => {
    const { figures } = read(
      'Nhìn lại 2022: Mẫu Yên chuyển mình\n\nNăm 2022, nhiều chỉ tiêu phát triển kinh tế của tỉnh Mẫu Yên trên đà phục hồi sau dịch COVID-19. Tăng trưởng kinh tế (GRDP) đạt 7,1%; tổng kim ngạch xuất khẩu đạt 230 triệu USD.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,1%', 'actual', 2022],
      ['230 triệu USD', 'actual', 2022],
    ])
  })

  it('4. a photo’s caption tells when the photo was taken, not the year the text reports', () => {
    const { figures } = read(
      'Công nhận huyện Mây Xanh đạt chuẩn nông thôn mới năm 2022\n\nNgày 12/5/2023, Thủ tướng Chính phủ ký quyết định công nhận huyện Mây Xanh, tỉnh Mẫu Giang đạt chuẩn nông thôn mới năm 2022.\n\nĐoàn công tác của tỉnh kiểm tra kết quả xây dựng nông thôn mới tại huyện Mây Xanh vào tháng 2/2023 (Ảnh: Minh Khôi)\n\nHuyện Mây Xanh có 9 xã đạt chuẩn nông thôn mới. Tỷ lệ hộ dùng điện đạt 99,5%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9 xã', 'actual', 2022],
      ['99,5%', 'actual', 2022],
    ])
  })

  it('1. capital allocated is the plan’s level, however its setter is said ("được phân bổ vốn", "được Thủ tướng Chính phủ giao", "; địa phương giao là")', () => {
    const { figures } = read(
      'Đến cuối tháng 11/2025, tỉnh Mẫu Sơn giải ngân vốn đầu tư công đạt hơn 71%\n\nNăm 2025, tỉnh Mẫu Sơn được phân bổ vốn đầu tư công trên 5.432,1 tỷ đồng; trong đó, kế hoạch vốn được Thủ tướng Chính phủ giao hơn 4.876,5 tỷ đồng, kế hoạch vốn tỉnh giao bổ sung 215,4 tỷ đồng.\n\nTổng kế hoạch vốn đầu tư công năm 2025 của huyện Mây Hồng được tỉnh giao 612 tỷ đồng; huyện giao là 645 tỷ đồng. Đến ngày 30/11/2025, tỷ lệ giải ngân của huyện đạt 71,3% (so với kế hoạch vốn giao đầu năm).',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['trên 5.432,1 tỷ đồng', 'billion-vnd', 'target', 2025],
      ['hơn 4.876,5 tỷ đồng', 'billion-vnd', 'target', 2025],
      ['215,4 tỷ đồng', 'billion-vnd', 'target', 2025],
      ['612 tỷ đồng', 'billion-vnd', 'target', 2025],
      ['645 tỷ đồng', 'billion-vnd', 'target', 2025],
      ['71,3%', 'percent-of-plan', 'actual', 2025],
    ])
  })

  it('1. a share of "vốn đã giao" is of the plan; the plan said first is kept, not its repeat after the result’s slash', () => {
    const { figures } = read(
      'Năm 2023, vốn kế hoạch đầu tư công của tỉnh Mẫu Sơn là 3.210,5 tỷ đồng.\n\nTừ đầu năm đến nay, toàn tỉnh giải ngân đạt 1.987,3/3.210,5 tỷ đồng, bằng 61,9% vốn đã giao.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['3.210,5 tỷ đồng', 'billion-vnd', 'target', 2023],
      ['1.987,3/3.210,5 tỷ đồng', 'billion-vnd', 'actual', 2023],
      ['61,9%', 'percent-of-plan', 'actual', 2023],
    ])
  })

  it('1. an amount said before a result that reaches a share of it, to the share’s last decimal, is the plan’s level', () => {
    const season = read(
      'Vụ Đông năm 2023, huyện Mây Hồng dự kiến sản xuất trên 3.200 ha. Đến nay, toàn huyện đã gieo trồng được 1.856 ha, đạt 58% kế hoạch.',
    )
    expect(season.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 3.200 ha', 'target', 2023],
      ['1.856 ha', 'actual', 2023],
      ['58% kế hoạch', 'actual', 2023],
    ])
    // (An amount itself measured against a plan is a result, though a later share is of it.)
    const capital = read(
      'Năm 2025, tổng vốn của huyện Mây Hồng được giao 1.200 tỷ đồng. Huyện đã phân bổ chi tiết 1.100 tỷ đồng, đạt 91,7%. Đến nay, huyện giải ngân được 440 tỷ đồng, đạt 40% kế hoạch.',
    )
    expect(capital.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.200 tỷ đồng', 'target', 2025],
      ['1.100 tỷ đồng', 'actual', 2025],
      ['91,7%', 'actual', 2025],
      ['440 tỷ đồng', 'actual', 2025],
      ['40% kế hoạch', 'actual', 2025],
    ])
  })

  it('4. a school year compared with ("so với năm học 2024-2025") is the year before the one reported; ages ("36 tháng tuổi", "mẫu giáo 5 tuổi") are no months and no figures', () => {
    const { figures } = read(
      'Hiện toàn tỉnh Mẫu Sơn có trên 310 trường mầm non; tỷ lệ huy động trẻ dưới 36 tháng tuổi đi học đạt 30,2% (tăng 0,4% so với năm học 2024-2025); tỷ lệ huy động trẻ mẫu giáo 5 tuổi đi học đạt 100%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year, f.partOfYear])).toEqual([
      ['trên 310 trường', 'school', 'actual', 2026, undefined],
      ['30,2%', 'percent', 'actual', 2026, undefined],
      ['0,4%', 'percentage-point', 'actual', 2026, undefined],
      ['100%', 'percent', 'actual', 2026, undefined],
    ])
  })

  it('7. an excess over "mức chỉ tiêu trung ương giao" is a share of that plan', () => {
    const { figures } = read(
      'Năm 2024, thu ngân sách của tỉnh Mẫu Sơn vượt mức chỉ tiêu trung ương giao 12,5%.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['12,5%', 112.5, 'percent-of-plan', 'actual', 2024],
    ])
  })

  it('5. job fairs held ("64 phiên giao dịch việc làm, trong đó, 47 phiên online") are figures, a meeting’s sittings are not; a standard’s level ("mức 1") is a name', () => {
    const { figures } = read(
      'Năm 2025, tỉnh Mẫu Sơn đã tổ chức được 52 phiên giao dịch việc làm, trong đó, 38 phiên online và 14 phiên trực tiếp, đạt 118% so với kế hoạch. Toàn tỉnh có thêm 13 trường đạt chuẩn quốc gia, gồm 9 trường công nhận mới mức 1 và 4 trường nâng lên mức độ 2. Kỳ họp diễn ra trong 3 phiên.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['52 phiên giao dịch việc làm', 'actual', 2025],
      ['38 phiên online', 'actual', 2025],
      ['14 phiên trực tiếp', 'actual', 2025],
      ['118% so với kế hoạch', 'actual', 2025],
      ['13 trường', 'actual', 2025],
      ['9 trường', 'actual', 2025],
      ['4 trường', 'actual', 2025],
    ])
  })

  it('4. a congress’s term whose targets are then said reached ("…, nhiệm kỳ 2020-2025; đến nay, huyện đã hoàn thành 100% chỉ tiêu") is looked back on to its last year; 6. its scorecard is every target counted', () => {
    const { draft, figures } = read(
      'Trong 19 chỉ tiêu phát triển kinh tế - xã hội theo Nghị quyết Đại hội Đảng bộ huyện Mây Hồng lần thứ XX, nhiệm kỳ 2020-2025; đến nay, huyện đã hoàn thành 100% chỉ tiêu đề ra. Trong đó, có 8 chỉ tiêu vượt kế hoạch. Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt 120 triệu đồng, đạt 109,1% so với Nghị quyết.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8 chỉ tiêu', 'actual', 2025],
      ['120 triệu đồng', 'actual', 2025],
      ['109,1% so với Nghị quyết', 'actual', 2025],
    ])
    expect([draft.scorecard?.achieved, draft.scorecard?.total, draft.scorecard?.period?.year]).toEqual([
      19, 19, 2025,
    ])
  })

  it('2. an anniversary celebrated ("hướng tới 300 năm truyền thống …") aims at nothing, nor does what was found ("xác định thêm 7 mô hình")', () => {
    const { figures } = read(
      'Trong năm 2025, huyện Mây Hồng đã xây dựng 128 nhà tình nghĩa, hướng tới 300 năm truyền thống Mây Hồng; tỷ lệ hộ nghèo đến cuối năm còn 2,41%, giảm 0,7% so với năm 2024. Ngành du lịch huyện xác định thêm 7 mô hình du lịch cộng đồng; xây dựng 18 chương trình du lịch mới.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['128 nhà', 'actual', 2025],
      ['2,41%', 'actual', 2025],
      ['giảm 0,7%', 'actual', 2025],
      ['7 mô hình', 'actual', 2025],
      ['18 chương trình du lịch', 'actual', 2025],
    ])
  })

  it('3. a standard reached years before the page’s date ("Năm 2020, huyện … được công nhận …", published 2025) is history, not the year reported', () => {
    const { figures } = read(
      'Huyện Mây Hồng đạt chuẩn nông thôn mới nâng cao\n\nThứ Năm 13/03/2025 , 07:54 (GMT+7)\n\nThu nhập bình quân đầu người của huyện tăng từ 58 triệu đồng/năm (năm 2020) lên 70,5 triệu đồng/người (năm 2024). Tỷ lệ hộ nghèo đa chiều còn 1,42%.\n\nNăm 2020, huyện Mây Hồng được Thủ tướng Chính phủ công nhận huyện đạt chuẩn nông thôn mới. Đến nay, huyện có thêm nhiều xã được công nhận nông thôn mới nâng cao.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['58 triệu đồng/năm', 'actual', 2020],
      ['70,5 triệu đồng/người', 'actual', 2024],
      ['1,42%', 'actual', 2024],
    ])
  })

  it('7. how far a growth is from last year’s, bracketed after the comparison ("… (năm 2024 tăng 9,3%)"), is in points; 3. the bracketed year is compared with, not reported', () => {
    const { figures } = read(
      'Năm 2025, khu vực dịch vụ của tỉnh Mẫu Sơn đạt 12.340,5 tỷ đồng, tăng 7,85%, thấp hơn 2,15% so với cùng kỳ năm trước (năm 2024 tăng 10%). Khu vực công nghiệp đạt 9.870 tỷ đồng, tăng 12,4%, tăng 3,1% so với cùng kỳ năm trước (năm 2024 tăng 9,3%). Doanh thu bán lẻ đạt 5.200 tỷ đồng, tăng 10% so với cùng kỳ (năm 2024 tăng 5%).',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['12.340,5 tỷ đồng', 12340.5, 'billion-vnd', 'actual', 2025],
      ['7,85%', 7.85, 'percent', 'actual', 2025],
      ['2,15%', -2.15, 'percentage-point', 'actual', 2025],
      ['10%', 10, 'percent', 'actual', 2024],
      ['9.870 tỷ đồng', 9870, 'billion-vnd', 'actual', 2025],
      ['12,4%', 12.4, 'percent', 'actual', 2025],
      ['3,1%', 3.1, 'percentage-point', 'actual', 2025],
      ['9,3%', 9.3, 'percent', 'actual', 2024],
      ['5.200 tỷ đồng', 5200, 'billion-vnd', 'actual', 2025],
      ['10%', 10, 'percent', 'actual', 2025],
      ['5%', 5, 'percent', 'actual', 2024],
    ])
  })

  it('4. what the end of the term the results fall in is estimated to reach ("ước thực hiện đến cuối nhiệm kỳ là …") is a result of its last year', () => {
    const { figures } = read(
      'Tại buổi làm việc, Sở Kế hoạch và Đầu tư báo cáo kết quả thực hiện các mục tiêu phát triển kinh tế - xã hội 5 năm 2021 – 2025 và phương hướng 5 năm 2026 – 2030 của tỉnh Mẫu Sơn. Theo báo cáo, trong 6 tháng đầu năm 2024, GRDP của tỉnh tăng 8,1%; GRDP bình quân đầu người năm 2023 đạt 88,2 triệu đồng, ước thực hiện đến cuối nhiệm kỳ là 104,6 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,1%', 'actual', 2024],
      ['88,2 triệu đồng', 'actual', 2023],
      ['104,6 triệu đồng', 'actual', 2025],
    ])
  })

  it('1. a result over its plan named by its own word ("ước đạt gần 186.000/kế hoạch 170.000 tấn") takes the plan’s unit', () => {
    const { figures } = read(
      'Năm 2025, tổng sản lượng thủy sản của tỉnh Mẫu Sơn ước đạt gần 186.000/kế hoạch 170.000 tấn, đạt 109,4% so với kế hoạch năm.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['ước đạt gần 186.000', 186000, 'tonne', 'actual', 2025],
      ['170.000 tấn', 170000, 'tonne', 'target', 2025],
      ['109,4% so với kế hoạch', 109.4, 'percent-of-plan', 'actual', 2025],
    ])
  })

  it('2. in a plan to a later year, a stage a paragraph aims at ("Giai đoạn 2026 - 2028, tỉnh sẽ …") goes on in the paragraphs after it until another is named', () => {
    const { figures } = read(
      'Đề án phát triển nông nghiệp tỉnh Mẫu Sơn đến năm 2035 được chia làm 2 giai đoạn.\n\nGiai đoạn 2026 - 2028, tỉnh sẽ xây dựng vùng sản xuất tập trung, gồm: 12.000ha lúa chất lượng cao; 3.500ha cây ăn trái.\n\nGiá trị sản xuất các chuỗi giá trị đạt: lúa gạo 400 triệu USD, trái cây 250 triệu USD.\n\nGiai đoạn 2029 - 2035, giá trị sản phẩm trên 1ha đất trồng trọt đạt 250 triệu đồng.',
    )
    expect(figures.filter((f) => f.unit !== 'other').map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['12.000ha', 'target', 2028],
      ['3.500ha', 'target', 2028],
      ['400 triệu USD', 'target', 2028],
      ['250 triệu USD', 'target', 2028],
      ['250 triệu đồng', 'target', 2035],
    ])
  })

  it('1. a level said adjusted ("…, đã được điều chỉnh tăng so với kế hoạch đầu năm") is a plan’s', () => {
    const { figures } = read(
      'Năm 2025, tỉnh Mẫu Sơn đã thu hoạch được 312.400 tấn thủy sản. Sản lượng thủy sản cả năm là 512.300 tấn, đã được điều chỉnh tăng so với kế hoạch đầu năm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['312.400 tấn', 'actual', 2025],
      ['512.300 tấn', 'target', 2025],
    ])
  })

  it('3. a conference named with a capital that sums a year up ("Hội nghị Tổng kết ngành … năm 2024 và đề ra phương hướng năm 2025") reports that year: what it reached is its result', () => {
    const { figures } = read(
      'Ngày 27/12/2024, Sở Nông nghiệp tỉnh Mẫu Sơn tổ chức Hội nghị Tổng kết ngành nông nghiệp năm 2024 và đề ra nhiệm vụ phương hướng năm 2025.\n\nTrong năm, toàn tỉnh trồng mới được 2.150 ha rừng. Năm 2025, ngành phấn đấu trồng mới 2.300 ha rừng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['2.150 ha', 'actual', 2024],
      ['2.300 ha', 'target', 2025],
    ])
  })

  it('4. a sentence opened by a year’s end whose subject is then estimated ("Đến cuối năm 2020, tỉnh ước giảm …") reports that year; places that escaped hardship ("Có 3 xã … thoát khỏi tình trạng đặc biệt khó khăn") are its results, not the place’s profile', () => {
    const { figures } = read(
      'Đến cuối năm 2020, tỉnh Mẫu Sơn ước giảm tỷ lệ hộ nghèo xuống còn 7,12%.\n\nCó 9 xã đặc biệt khó khăn vùng ven biển thoát khỏi tình trạng đặc biệt khó khăn, đạt tỷ lệ 150% so với kế hoạch đến năm 2020.\n\nCó 2 huyện nghèo thoát khỏi tình trạng đặc biệt khó khăn.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,12%', 'actual', 2020],
      ['9 xã', 'actual', 2020],
      ['150% so với kế hoạch', 'actual', 2020],
      ['2 huyện', 'actual', 2020],
    ])
  })

  it('7. rates listed after a fall (“giảm lần lượt là 12%, 25% và 3%”, “giảm 40% và 35%”) each fell; 5. “3 tiêu chí này” points back, no figure', () => {
    const { figures } = read(
      'Năm 2024, số vụ vi phạm, diện tích rừng bị thiệt hại và khối lượng lâm sản bị thu giữ của tỉnh Mẫu Sơn giảm lần lượt là 12%, 25% và 3%. Đến hết quý 1/2025, tỷ lệ 3 tiêu chí này tiếp tục giảm 40% và 35%.',
    )
    expect(figures.map((f) => [f.valueText, f.value])).toEqual([
      ['12%', -12],
      ['25%', -25],
      ['3%', -3],
      ['giảm 40%', -40],
      ['35%', -35],
    ])
  })

  it('1. in a text of aims, a deed said done (“huyện đã tổ chức trồng lại 12,4 ha rừng”, “… cây giống đã được bàn giao”) is a result, and its precise amount said again for what it is for is the same deed', () => {
    const { figures } = read(
      'Từ ngày 20 đến ngày 24/8, huyện Hòa Lạc đã tổ chức lực lượng trồng lại 12,4 ha rừng tại xã Tân Mỹ.\n\n25 nghìn cây giống đã được Phòng Nông nghiệp huyện bàn giao cho hợp tác xã để trồng lại 12,4 ha rừng tại xã Tân Mỹ.\n\nTheo kế hoạch, năm 2025, huyện sẽ trồng mới 150 ha rừng sản xuất tập trung.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['12,4 ha', 'actual'],
      ['25 nghìn cây', 'actual'],
      ['150 ha', 'target'],
    ])
  })

  it('4. a photo’s caption that says the only results of a text (“Đến cuối năm 2020, tỉnh … ước giảm … (Ảnh: …)”) gives their year', () => {
    const { figures } = read(
      'Đến cuối năm 2020, tỉnh Mẫu Sơn ước giảm tỷ lệ hộ nghèo xuống còn 5,21%. (Ảnh: TL)\n\nCó 7 xã đặc biệt khó khăn thoát khỏi tình trạng đặc biệt khó khăn, đạt 140% so với kế hoạch đến năm 2020.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5,21%', 'actual', 2020],
      ['7 xã', 'actual', 2020],
      ['140% so với kế hoạch', 'actual', 2020],
    ])
  })

  it('3. a year bracketed after “so với cùng kỳ” (“tăng 25,3% so với cùng kỳ (năm 2023 đạt 90,4%)”) is the period compared, no year the text reports', () => {
    const { figures } = read(
      'Khám chữa bệnh 9 tháng đầu năm 2024 tại huyện Hòa Lạc\n\nTrong tháng 9, bệnh viện huyện đã khám bệnh cho 81.210/72.000 lượt người, đạt 112,8% chỉ tiêu kế hoạch, tăng 21,4% so với cùng kỳ (năm 2023 đạt 92,2%). Điều trị nội trú: 12.102 lượt bệnh nhân, tăng 18,1% so với cùng kỳ (năm 2023 đạt 95,5%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['81.210/72.000 lượt người', 'actual', 2024],
      ['72.000 lượt người', 'target', 2024],
      ['112,8% chỉ tiêu', 'actual', 2024],
      ['21,4%', 'actual', 2024],
      ['92,2%', 'actual', 2023],
      ['12.102 lượt', 'actual', 2024],
      ['18,1%', 'actual', 2024],
      ['95,5%', 'actual', 2023],
    ])
  })

  it('1. in a text of aims, the parts of what is there now, broken down next (“Hiện toàn tỉnh có 150 trường …. Trong đó, mầm non có 40 trường, …”), are there now too; a count of the peoples living in a place is its profile', () => {
    const { figures } = read(
      'Phấn đấu 50% số trường đạt chuẩn quốc gia\n\nTỉnh Mẫu Sơn có 21 dân tộc cùng sinh sống. Hiện toàn tỉnh có 150 trường đạt chuẩn quốc gia, chiếm 41,2% tổng số trường. Trong đó, mầm non có 40 trường, tiểu học có 70 trường; hiện có 120 thư viện đạt chuẩn; trong đó, tiểu học có 80 thư viện.\n\nNgành giáo dục phấn đấu đến hết năm học 2025 - 2026, toàn tỉnh sẽ có 182 trường đạt chuẩn quốc gia.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['50%', 'target'],
      ['21 dân tộc', 'profile'],
      ['150 trường', 'actual'],
      ['41,2%', 'actual'],
      ['40 trường', 'actual'],
      ['70 trường', 'actual'],
      ['120 thư viện', 'actual'],
      ['80 thư viện', 'actual'],
      ['182 trường', 'target'],
    ])
  })

  it('4. the start of a school year (“đầu năm học 2024 - 2025”) is in its first year; “Từ nay đến cuối năm 2025” is ahead; “Giai đoạn sau năm 2025” names no year; where an aimed move starts (“sẽ nâng … từ 53% lên 65%”) is where it stands now; “vượt chỉ tiêu, nghị quyết đề ra là 64%” names the plan', () => {
    const { figures } = read(
      'Năm 2024, tỷ lệ cứng hóa đường toàn tỉnh Mẫu Sơn đạt 61%, bảo đảm vượt chỉ tiêu, nghị quyết đề ra là 60%. Đầu năm học 2024 - 2025, trường mầm non Hoa Sen có 14 trẻ suy dinh dưỡng.\n\nTừ nay đến cuối năm 2025, tỉnh sẽ nâng tỷ lệ cứng hóa đường từ 61% lên 68%. Giai đoạn sau năm 2025, tỉnh đầu tư hơn 2.100 tỉ đồng xây dựng đường giao thông.\n\nĐến nay, toàn tỉnh có 70/78 xã có đường ôtô đến trung tâm xã.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['61%', 'actual', 2024],
      ['60%', 'target', 2024],
      ['14 trẻ suy dinh dưỡng', 'actual', 2024],
      ['61%', 'actual', 2024],
      ['68%', 'target', 2025],
      ['hơn 2.100 tỉ đồng', 'target', null],
      ['70/78 xã', 'actual', 2024],
    ])
  })

  it('7. a unit no code has is written one way (“m3” is “m³”), so a headline’s figure and the body’s are one', () => {
    const { draft } = read(
      'Khai thác hơn 12.600m³ gỗ rừng trồng\n\nTrong 4 tháng đầu năm 2025, sản lượng gỗ khai thác trên địa bàn tỉnh Mẫu Sơn đạt hơn 12.600m3, tăng 18,4% so với cùng kỳ.',
    )
    expect(draft.figures.map((f) => [f.valueText, f.unit, f.otherUnit ?? null])).toEqual([
      ['hơn 12.600m3', 'other', 'm³'],
      ['18,4%', 'percent', null],
    ])
  })

  it('2. the results an aim builds on (“Phát huy những kết quả đã đạt được, năm 2026 huyện … phấn đấu …”) say nothing done of what it aims at', () => {
    const { figures } = read(
      'Năm 2025, huyện Hòa Lạc giải quyết việc làm cho 1.150 lao động. Phát huy những kết quả đã đạt được, năm 2026 huyện Hòa Lạc phấn đấu giải quyết việc làm mới cho 1.300 lao động, góp phần giảm tỷ lệ hộ nghèo xuống còn dưới 35% vào cuối năm 2026.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.150 lao động', 'actual', 2025],
      ['1.300 lao động', 'target', 2026],
      ['dưới 35%', 'target', 2026],
    ])
  })

  it('1. households counted by what they do (“toàn xã có 120 hộ với diện tích hơn 150 ha trồng xoài …, 75 hộ tham gia dự án tưới nhỏ giọt với diện tích gần 40,5 ha”) are the year’s results, not the place’s profile', () => {
    const { figures } = read(
      'Năm 2025, tổng thu ngân sách xã Tân Mỹ đạt gần 11 tỷ đồng.\n\nTrong nông nghiệp, toàn xã có 120 hộ với diện tích hơn 150 ha trồng xoài theo tiêu chuẩn VietGAP, 75 hộ tham gia dự án tưới nhỏ giọt với diện tích gần 40,5 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['gần 11 tỷ đồng', 'actual', 2025],
      ['120 hộ', 'actual', 2025],
      ['hơn 150 ha', 'actual', 2025],
      ['75 hộ', 'actual', 2025],
      ['gần 40,5 ha', 'actual', 2025],
    ])
  })

  it('4. a plan to carry out in a year (“đã xây dựng kế hoạch thực hiện tổng thể năm 2025”) names the plan’s year, no results’; many indicators said to have moved (“Nhiều chỉ tiêu … chuyển biến tích cực.”) lead no targets', () => {
    const plan = read(
      'Thực hiện Đề án phát triển đàn đại gia súc của tỉnh, huyện Hòa Lạc đã xây dựng kế hoạch thực hiện tổng thể năm 2025.\n\nTheo đó, huyện phấn đấu tăng đàn trâu, bò đạt 21.350 con; mở rộng diện tích trồng cỏ lũy kế đạt trên 1.420 ha.',
    ).figures
    expect(plan.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['21.350 con', 'target', 2025],
      ['trên 1.420 ha', 'target', 2025],
    ])
    const moved = read(
      'Trong 6 tháng đầu năm 2025, Đảng bộ huyện Hòa Lạc đã lãnh đạo thực hiện tốt các mục tiêu, nhiệm vụ đề ra. Nhiều chỉ tiêu phát triển kinh tế - xã hội chuyển biến tích cực. Diện tích gieo trồng vụ xuân được trên 2.310ha, đạt 102% kế hoạch.',
    ).figures
    expect(moved.map((f) => [f.valueText, f.role])).toEqual([
      ['trên 2.310ha', 'actual'],
      ['102% kế hoạch', 'actual'],
    ])
  })

  it('5. a reform’s score (“cải cách thủ tục hành chính (giảm 0,41 điểm …)”) is no distance (“cách”); places climbed (“tăng 2,8 điểm và 6 bậc”) and the band a count of places is in (“5/9 huyện, thành phố đạt tỷ lệ này dưới 3%”) are no figures, but “cả 9/9 huyện, thành phố” is', () => {
    const { figures } = read(
      'Năm 2025, Chỉ số cải cách hành chính của tỉnh Mẫu Sơn tăng 2,8 điểm và 6 bậc so với năm 2024; riêng cải cách thủ tục hành chính (giảm 0,41 điểm). Có đến 6/9 huyện, thành phố đạt tỷ lệ hồ sơ trễ hạn dưới 3% và cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['2,8 điểm', 'other', 'actual', 2025],
      ['giảm 0,41 điểm', 'other', 'actual', 2025],
      ['6/9 huyện, thành phố', 'district-level-unit', 'actual', 2025],
      ['9/9 huyện, thành phố', 'district-level-unit', 'actual', 2025],
    ])
  })

  it('4. the Tết of a year named in the lunar calendar (“Tết Bính Ngọ”, “so với cùng kỳ Tết Nguyên đán năm Ất Tỵ”) is that year’s (a caption’s “Tết Nhâm Dần 2022” says no results), or the one compared; 5. days written with dashes (“từ 24-1 đến hết 1-2”), of the lunar new year (“từ mùng 1 đến mùng 5 Tết”) or of its last month (“26 tháng Chạp”) are no figures and no months; 2. “đặt chỉ tiêu đón …” aims', () => {
    const { figures } = read(
      'Ngày 3-2, thông tin từ UBND huyện Hòa Lạc, từ ngày 24-1 đến hết 1-2 (26 tháng Chạp đến hết Mùng 4 Tết Bính Ngọ), huyện đón 9.870 lượt khách, tăng 12,4% so với cùng kỳ Tết Nguyên đán năm Ất Tỵ. Các ngày từ mùng 1 đến mùng 5 Tết, công suất phòng đạt 85%.\n\nTrong năm 2026, ngành du lịch huyện đặt chỉ tiêu đón khoảng 1,2 triệu lượt khách.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.partOfYear ?? null])).toEqual([
      ['9.870 lượt khách', 'actual', 2026, 'Tết Nguyên đán'],
      ['12,4%', 'actual', 2026, 'Tết Nguyên đán'],
      ['85%', 'actual', 2026, 'Tết Nguyên đán'],
      ['khoảng 1,2 triệu lượt khách', 'target', 2026, null],
    ])
  })

  it('2. a plan’s year that closes its sentence (“… vừa ban hành kế hoạch trồng cây …, năm 2027.”) is the plan’s; “lên kế hoạch trồng 12.000 cây” aims, and its parts (“Trong đó, … Bằng lăng (1.800 cây), …”) are of it; “kế hoạch trồng 450.000 cây” names a plan, and “theo kế hoạch chung, … dự kiến trồng” what it expects', () => {
    const { figures } = read(
      'Sở Nông nghiệp tỉnh Mẫu Sơn vừa ban hành kế hoạch trồng cây phân tán trên địa bàn tỉnh, năm 2027.\n\nVề kế hoạch trồng cây phân tán, tỉnh lên kế hoạch trồng 12.000 cây. Trong đó, loài cây trồng là Bằng lăng (1.800 cây), Sao đen (2.300 cây).\n\nNăm 2025, theo kế hoạch chung, toàn tỉnh dự kiến trồng gần 1,2 triệu cây, kết quả thực hiện đạt 905.000 cây. Riêng khu vực phía bắc, kế hoạch trồng 450.000 cây, kết quả đạt 310.000 cây.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['12.000 cây', 'target', 2027],
      ['1.800 cây', 'target', 2027],
      ['2.300 cây', 'target', 2027],
      ['gần 1,2 triệu cây', 'target', 2025],
      ['905.000 cây', 'actual', 2025],
      ['450.000 cây', 'target', 2025],
      ['310.000 cây', 'actual', 2025],
    ])
  })

  it('2. a standard a place must meet (“xã … phải có tỷ lệ … ít nhất đạt 84%”, “Năm 2026 tỷ lệ … ít nhất đạt 86%”) is aimed at, at least that; “Hiện tại, …” is what there is now', () => {
    const { figures } = read(
      'Theo bộ tiêu chí xã nông thôn mới tỉnh Mẫu Sơn đến năm 2026, nhiều tiêu chí về nước sạch được nâng lên. Theo đó, xã nông thôn mới phải có tỷ lệ hộ dân dùng nước sạch năm 2025 ít nhất đạt 84%. Năm 2026 tỷ lệ hộ dân dùng nước sạch ít nhất đạt 86%. Hiện tại, tỷ lệ hộ dân dùng nước sạch bình quân của tỉnh hơn 81%.',
    )
    expect(figures.map((f) => [f.valueText, f.comparator, f.role])).toEqual([
      ['ít nhất đạt 84%', 'atLeast', 'target'],
      ['ít nhất đạt 86%', 'atLeast', 'target'],
      ['hơn 81%', 'moreThan', 'actual'],
    ])
  })

  it('2. in a list of next year’s targets, an estimate (“Tổng vốn đầu tư phát triển ước thực hiện 96 tỷ đồng; trong đó …”) is the plan’s level; 1. a share of plan in the results’ paragraph after it is a result; 7. “72,6%-24,9%-2,5%” are three shares, no minus', () => {
    const { figures } = read(
      'Ngày 15-11, Quận ủy Hòa Lạc tổ chức hội nghị nhằm tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\n\nMột số chỉ tiêu phấn đấu được quận xác định: Tổng giá trị sản xuất tăng 14-15% so với ước thực hiện năm 2024. Cơ cấu kinh tế dịch vụ, công nghiệp, nông nghiệp lần lượt là 72,6%-24,9%-2,5%. Tổng vốn đầu tư phát triển ước thực hiện 96 tỷ đồng; trong đó, vốn thành phố quản lý 51 tỷ đồng.\n\nNăm 2024, tổng giá trị sản xuất của quận ước thực hiện 2.650 tỷ đồng. Tổng thu ngân sách của quận thực hiện 612,4 tỷ đồng, đạt 121,3% kế hoạch thành phố và 118,6% kế hoạch quận.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.role, f.year])).toEqual([
      ['14-15%', 14, 'target', 2025],
      ['72,6%', 72.6, 'target', 2025],
      ['24,9%', 24.9, 'target', 2025],
      ['2,5%', 2.5, 'target', 2025],
      ['ước thực hiện 96 tỷ đồng', 96, 'target', 2025],
      ['51 tỷ đồng', 51, 'target', 2025],
      ['ước thực hiện 2.650 tỷ đồng', 2650, 'actual', 2024],
      ['612,4 tỷ đồng', 612.4, 'actual', 2024],
      ['121,3% kế hoạch', 121.3, 'actual', 2024],
      ['118,6% kế hoạch', 118.6, 'actual', 2024],
    ])
  })

  it('4. a congress named as the owner of works carried out (“… 1 công trình trọng điểm của Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025”) is no news of a congress: the year the committee reports is its results’', () => {
    const { figures } = read(
      'Ngày 10/12, Ban Chấp hành Đảng bộ huyện Hòa Lạc khóa XII, nhiệm kỳ 2020-2025 tổ chức hội nghị Huyện ủy lần thứ 19.\n\nBí thư Huyện ủy thông tin tình hình thực hiện các nhiệm vụ, chỉ tiêu trong năm 2024. Tốc độ tăng trưởng kinh tế trong năm đạt gần 15%. Trong năm, huyện đã hoàn thành 2 công trình trọng điểm của Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['gần 15%', 'actual', 2024],
      ['2 công trình', 'actual', 2024],
    ])
  })

  it('4. a year opening its sentence with no “năm” (“2024 là tỉnh Mẫu Sơn phát triển mạnh mẽ”) names the year the changes after it are of; what a place has at a year’s end (“Đến cuối năm 2024, tỉnh có 98/112 xã …”) is that year’s; “quý 1.2025” is the first quarter of 2025', () => {
    const named = read(
      'Năm 2025, tỉnh Mẫu Sơn đặt mục tiêu GRDP tăng 8,5%.\n\n2024 là tỉnh Mẫu Sơn phát triển mạnh mẽ. Thu ngân sách ước đạt trên 3.980 tỷ đồng, tăng 21,4% so với năm 2023.',
    ).figures
    expect(named.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,5%', 'target', 2025],
      ['ước đạt trên 3.980 tỷ đồng', 'actual', 2024],
      ['21,4%', 'actual', 2024],
    ])
    const held = read(
      'Kinh tế tỉnh tăng trưởng 6,81%; quy mô nền kinh tế đạt 121.300 tỷ đồng. Đến cuối năm 2024, tỉnh có 98/112 xã nông thôn mới.',
    ).figures
    expect(held.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,81%', 'actual', 2024],
      ['121.300 tỷ đồng', 'actual', 2024],
      ['98/112 xã', 'actual', 2024],
    ])
    const quarter = read(
      'Huyện ủy Hòa Lạc tổ chức hội nghị đánh giá công tác quý 1.2025. Tổng thu ngân sách nhà nước đạt 142,6 tỷ đồng, bằng 24,1% kế hoạch.',
    ).figures
    expect(quarter.map((f) => [f.valueText, f.year, f.partOfYear])).toEqual([
      ['142,6 tỷ đồng', 2025, 'quý 1'],
      ['24,1% kế hoạch', 2025, 'quý 1'],
    ])
  })

  it('4. a call-up summed up (“hội nghị tổng kết công tác tuyển chọn, gọi công dân nhập ngũ năm 2025”) reports that year; the young called up are people, counted by what they did (“có 88 tân binh lên đường nhập ngũ”), no profile, and “Trung đoàn 990” is a name', () => {
    const summed = read(
      'Chiều 6-3, thị xã Hòa Lạc tổ chức hội nghị tổng kết công tác tuyển chọn, gọi công dân nhập ngũ năm 2025. Năm nay, thị xã có 215 thanh niên lên đường nhập ngũ, trong đó 190 thanh niên tham gia nghĩa vụ quân sự.',
    ).figures
    expect(summed.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['215 thanh niên', 'person', 'actual', 2025],
      ['190 thanh niên', 'person', 'actual', 2025],
    ])
    const sent = read(
      'Đợt giao quân lần này, huyện Mẫu Sơn có 88 tân binh lên đường nhập ngũ; trong đó, có 28 tân binh được giao cho Bộ Chỉ huy Bộ đội Biên phòng tỉnh, 45 tân binh giao cho Trung đoàn 990, Bộ Chỉ huy Quân sự tỉnh.',
    ).figures
    expect(sent.map((f) => [f.valueText, f.role])).toEqual([
      ['88 tân binh', 'actual'],
      ['28 tân binh', 'actual'],
      ['45 tân binh', 'fact'],
    ])
  })

  it('7. a rate’s level, then its excess over the target in points: the level is no share of plan', () => {
    const { figures } = read(
      'Tỷ lệ dân số tham gia bảo hiểm y tế của huyện Hà Lâm năm 2025 đạt 87,4%, vượt 3% so với chỉ tiêu Nghị quyết HĐND huyện giao; tỷ lệ trường đạt chuẩn quốc gia đạt 103%, vượt 3% so với kế hoạch.',
    )
    // (A share that is 100 plus the excess stays one of the plan.)
    expect(figures.slice(0, 3).map((f) => [f.valueText, f.unit, f.value, f.role, f.year])).toEqual([
      ['87,4%', 'percent', 87.4, 'actual', 2025],
      ['3%', 'percentage-point', 3, 'actual', 2025],
      ['103%', 'percent-of-plan', 103, 'actual', 2025],
    ])
  })

  it('7. a rise over a plan whose “so” the page lost, and a growth lower than last year’s said as “giảm … mức tăng”', () => {
    const { figures } = read(
      'Năm 2025, giá trị sản xuất nông nghiệp của huyện Mẫu Sơn đạt 3.710 tỷ đồng, tăng 3,4% với KH; giá trị sản xuất các ngành kinh tế chủ yếu tăng 6,1%, giảm 2,9% mức tăng cùng kỳ năm 2024.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.value])).toEqual([
      ['3.710 tỷ đồng', 'billion-vnd', 3710],
      ['tăng 3,4% với KH', 'percent-of-plan', 103.4],
      ['6,1%', 'percent', 6.1],
      ['giảm 2,9%', 'percentage-point', -2.9],
    ])
  })

  it('7. the things counted, named with “số lượng” before a bare count, are its unit', () => {
    const { figures } = read(
      'Năm 2025, số lượng doanh nghiệp thành lập mới của tỉnh Mẫu Đông ước đạt 3.240; có 14 sản phẩm được bảo hộ.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['ước đạt 3.240', 'enterprise'],
      ['14 sản phẩm', 'other'],
    ])
  })

  it('4. a year said to have closed is the year summed up; a price base written “theo giá năm 2010” is no year of it', () => {
    const { figures } = read(
      [
        'Năm 2025 khép lại với không ít khó khăn nhưng để lại nhiều dấu ấn nổi bật ở huyện Mẫu Sơn.',
        'Trong số 22 chỉ tiêu của năm, có 9 chỉ tiêu vượt kế hoạch đề ra. Tổng thu ngân sách nhà nước đạt trên 31,2 tỷ đồng; giá trị tổng sản phẩm theo giá năm 2010 đạt trên 3.120 tỷ đồng.',
      ].join(' '),
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9 chỉ tiêu', 'actual', 2025],
      ['trên 31,2 tỷ đồng', 'actual', 2025],
      ['trên 3.120 tỷ đồng', 'actual', 2025],
    ])
  })

  it('1. a plan’s name then “đạt”, of the results’ year and with no word of aim, is what the indicator reached', () => {
    const { figures } = read(
      'Năm 2025, đối với chỉ tiêu cơ bản về cơ cấu kinh tế của huyện Mẫu Sơn đạt 15,2% - 39,6% - 45,2%; tốc độ tăng trưởng các ngành như: nông nghiệp tăng 6,1%, công nghiệp tăng 8,7%. Năm 2026, huyện phấn đấu tăng trưởng đạt 9%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['15,2%', 'actual', 2025],
      ['39,6%', 'actual', 2025],
      ['45,2%', 'actual', 2025],
      ['6,1%', 'actual', 2025],
      ['8,7%', 'actual', 2025],
      ['9%', 'target', 2026],
    ])
    // A plan adjusted mid-year, in the year of the results, is still a plan.
    const adjusted = read(
      'Trên cơ sở 6 tháng đầu năm 2025 tăng 11,2%, tỉnh Mẫu Đông quyết định điều chỉnh hàng loạt chỉ tiêu phát triển kinh tế - xã hội, trong đó đưa tốc độ tăng trưởng năm 2025 từ 8,8% lên 10%.',
    ).figures
    expect(adjusted.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['11,2%', 'actual', 2025],
      ['8,8%', 'target', 2025],
      ['10%', 'target', 2025],
    ])
  })

  it('1. the results of a plan set the sentence before (“Kết quả, …”); a breakdown of a share of plan is in shares of plan', () => {
    const { draft, figures } = read(
      [
        'Thứ Tư, ngày 08/12/2025 | 23:06',
        'Năm 2025, Nghị quyết HĐND huyện Mẫu Sơn thông qua 14 chỉ tiêu chủ yếu. Kết quả, UBND huyện chỉ đạo đạt và vượt 10/14 chỉ tiêu.',
        'Giá trị sản xuất được 18.120 tỉ đồng, đạt 98,4% chỉ tiêu nghị quyết. Trong đó, nông nghiệp đạt 101,2%, công nghiệp đạt 97,1%.',
      ].join('\n'),
    )
    expect(draft.scorecard).toMatchObject({ achieved: 10, total: 14, period: { year: 2025 } })
    expect(figures.slice(-4).map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['18.120 tỉ đồng', 'billion-vnd', 'actual', 2025],
      ['98,4% chỉ tiêu', 'percent-of-plan', 'actual', 2025],
      ['101,2%', 'percent-of-plan', 'actual', 2025],
      ['97,1%', 'percent-of-plan', 'actual', 2025],
    ])
  })

  it('3. a congress long past (“từ sau Đại hội … nhiệm kỳ 2020-2025”) opens no term the text reports on', () => {
    const { figures } = read(
      'Từ sau Đại hội Đảng bộ thị xã (nhiệm kỳ 2020-2025), thị xã Mẫu Sơn đã nỗ lực. Trong năm 2025, với sự nỗ lực phấn đấu cao, thị xã đã đạt nhiều thành tựu: thu ngân sách đạt 312 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['312 tỷ đồng', 'actual', 2025]])
  })

  it('2. the results named before the targets they revise lead results; 4. months so far and a forecast of the rest are the whole year', () => {
    const { draft, figures } = read(
      'Tại kỳ họp, UBND tỉnh Mẫu Đông đã báo cáo thực hiện Kế hoạch năm 2025 trên cơ sở số liệu 10 tháng đầu năm và dự báo các tháng cuối năm. Đến nay, sau khi rà soát, kết quả thực tế có một số chỉ tiêu thay đổi như: GRDP tăng 8,12%; thu ngân sách đạt 3.410 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year, f.rule])).toEqual([
      ['8,12%', 'actual', 2025, 'lead'],
      ['3.410 tỷ đồng', 'actual', 2025, 'lead'],
    ])
    expect(draft.figures.map((f) => f.partOfYear)).toEqual([undefined, undefined])
    // The months so far alone are part of the year.
    const part = read('Trong 10 tháng đầu năm 2025, thu ngân sách của tỉnh Mẫu Đông đạt 2.900 tỷ đồng.')
    expect(part.draft.figures.map((f) => f.partOfYear)).toEqual(['10 tháng đầu năm'])
  })

  it('3. a deadline “trước năm 2025” is no year the paragraph aims at; 7. an average growth against one year is that year’s; a plan beside a result in brackets sets no targets after it', () => {
    const { figures } = read(
      'Năm 2025, giá trị sản xuất của huyện Mẫu Sơn tăng 9,1%.\nVới kết quả đó, năm 2026 huyện Mẫu Sơn phấn đấu trở thành thị xã trước năm 2028. Trong đó, giá trị sản xuất tăng bình quân 10 - 11% so với năm 2025; thu ngân sách đạt 310 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['9,1%', 'percent', 'actual', 2025],
      ['10 - 11%', 'percent', 'target', 2026],
      ['310 tỷ đồng', 'billion-vnd', 'target', 2026],
    ])
    const beside = read(
      'Qua hai năm thực hiện Nghị quyết Đại hội Đảng bộ thị xã Mẫu Sơn, giai đoạn 2026-2027 tốc độ tăng trưởng kinh tế bình quân ước đạt 11,2%/năm (chỉ tiêu của Nghị quyết tăng 11% trở lên).\nSản lượng cà phê năm 2027 đạt 31.200 tấn; sản lượng hồ tiêu đạt 4.100 tấn.',
    )
    expect(beside.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 11,2%/năm', 'fact', 2027],
      ['11% trở lên', 'target', 2027],
      ['31.200 tấn', 'actual', 2027],
      ['4.100 tấn', 'actual', 2027],
    ])
  })

  it('7. a level’s plan in brackets is a level, a level’s distance from last year’s is in points; money’s scale before what it is, and factory hands, are read', () => {
    const { figures } = read(
      'Năm 2025, tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi của huyện Mẫu Sơn giảm xuống còn 14% (KH 13,5%); tỷ lệ hộ nghèo giảm 1,2% (KH 1%). Chỉ số hài lòng của người dân đạt 61,4%, cao hơn so với năm trước là 3,2%. Huyện thu 2.150 tỷ ngân sách; các nhà máy giải quyết việc làm cho hơn 9.000 công nhân.',
    )
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role])).toEqual([
      ['14%', 14, 'percent', 'actual'],
      ['13,5%', 13.5, 'percent', 'target'],
      ['giảm 1,2%', -1.2, 'percentage-point', 'actual'],
      ['1%', 1, 'percentage-point', 'target'],
      ['61,4%', 61.4, 'percent', 'actual'],
      ['3,2%', 3.2, 'percentage-point', 'actual'],
      ['2.150 tỷ', 2150, 'billion-vnd', 'actual'],
      ['hơn 9.000 công nhân', 9000, 'worker', 'actual'],
    ])
  })

  it('4. the last months of a year summed up at a meeting (“tổng kết công tác … 6 tháng cuối năm 2025”) are results', () => {
    const { draft, figures } = read(
      'Ngày 15-1, phường Mẫu Đông tổ chức hội nghị tổng kết công tác xây dựng chính quyền 6 tháng cuối năm 2025. Trong đó, phường đã giải quyết 42 hồ sơ cấp giấy phép xây dựng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['42 hồ sơ', 'actual', 2025]])
    expect(draft.figures.map((f) => f.partOfYear)).toEqual(['6 tháng cuối năm 2025'])
    // Still ahead, they are planned.
    const ahead = read(
      'Trong 6 tháng cuối năm 2025, phường Mẫu Đông phấn đấu giải quyết 60 hồ sơ cấp giấy phép xây dựng.',
    )
    expect(ahead.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([['60 hồ sơ', 'target', 2025]])
  })

  it('2. what is expected “trong thời gian tới” is aimed at; an expected result of the year reported stays a result', () => {
    const { figures } = read(
      'Tháng 2/2025, huyện Mẫu Sơn thu ngân sách 31 tỷ đồng. Dự kiến có khoảng 2.400 ha lúa được gieo cấy trong thời gian tới. Dự kiến cả tháng, huyện đón 12.000 lượt khách.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['31 tỷ đồng', 'actual'],
      ['khoảng 2.400 ha', 'target'],
      ['12.000 lượt khách', 'actual'],
    ])
  })

  it('2. in a plan that names only the year it aims to reach, a level “đạt” is aimed at; 3. a vision’s year is beyond the plan’s', () => {
    const { figures } = read(
      'Mục tiêu phát triển đến năm 2030, phấn đấu tỉnh Mẫu Đông là trung tâm kinh tế năng động của vùng.\nTỷ lệ lao động qua đào tạo đạt trên 75%; tỷ lệ trường đạt chuẩn quốc gia đạt 90%.\nTầm nhìn đến năm 2050, Mẫu Đông là tỉnh phát triển.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 75%', 'target', 2030],
      ['90%', 'target', 2030],
    ])
    // A text of results with no year stays results.
    const results = read('Tỷ lệ lao động qua đào tạo của tỉnh Mẫu Đông đạt 71%.')
    expect(results.figures.map((f) => [f.valueText, f.role])).toEqual([['71%', 'actual']])
  })

  it('4. a plan built “để thực hiện …” that has helped the year (“đã giúp kinh tế … năm 2025 duy trì đà tăng trưởng”) sums it up; 1. the level of a plan said met is the plan’s', () => {
    const { figures } = read(
      'Xây dựng kế hoạch hành động để thực hiện đồng bộ các giải pháp đã giúp kinh tế huyện Mẫu Sơn năm 2025 duy trì đà tăng trưởng khá.\nĐồng thời, UBND huyện đã ban hành kế hoạch triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2025.\nCụ thể, tổng giá trị sản xuất đạt 12.400 tỷ đồng, tăng 8,6% so với cùng kỳ (đạt chỉ tiêu đề ra 8 - 9%).',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['12.400 tỷ đồng', 'actual', 2025],
      ['8,6%', 'actual', 2025],
      ['8 - 9%', 'target', 2025],
    ])
  })

  it('1. a plan named as what a share is of (“đạt trên 90% kế hoạch năm, như …”) aims at nothing; a year after a lost space ends its sentence', () => {
    const { figures } = read(
      'Về kết quả năm 2025 của huyện Mẫu Sơn: có 12/15 chỉ tiêu đạt và vượt kế hoạch, các chỉ tiêu còn lại đều đạt trên 90% kế hoạch năm, như tốc độ tăng trưởng kinh tế đạt 9,5%; nông lâm nghiệp chiếm 31%. Xã Hà Lâm phấn đấu đạt chuẩn nông thôn mới trong năm 2025.Thu ngân sách trên địa bàn đạt 54 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 90% kế hoạch', 'actual', 2025],
      ['9,5%', 'actual', 2025],
      ['31%', 'actual', 2025],
      ['54 tỷ đồng', 'actual', 2025],
    ])
  })

  it('4. an anniversary’s days (“kỷ niệm 97 năm Ngày Báo chí cách mạng Việt Nam (21.6.1925 - 21.6.2022)”) give no year; a quoted figure is named without its mark, a share “so tổng dự toán” is of the estimate', () => {
    const { draft, figures } = read(
      '“Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 6 tháng đầu năm là 5.120 tỷ đồng, đạt 51,2% so tổng dự toán” đó là chia sẻ của Chủ tịch UBND thành phố Mẫu Sơn tại buổi họp mặt kỷ niệm 97 năm Ngày Báo chí cách mạng Việt Nam (21.6.1925 - 21.6.2022) và thông tin tình hình kinh tế - xã hội 6 tháng đầu năm 2022.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year, f.name])).toEqual([
      ['5.120 tỷ đồng', 'billion-vnd', 'actual', 2022, 'Tổng thu ngân sách nhà nước trên địa bàn'],
      [
        '51,2% so tổng dự toán',
        'percent-of-estimate',
        'actual',
        2022,
        'Tổng thu ngân sách nhà nước trên địa bàn (% dự toán)',
      ],
    ])
    expect(draft.report.meetingDate).toBe('TODO')
  })

  it('6. a second scorecard, of other targets ("huyện đạt 20/36 chỉ tiêu huyện NTM"), is a count of its own, never dropped', () => {
    const { draft, figures } = read(
      'Năm 2025, huyện Mẫu Sơn hoàn thành và hoàn thành vượt 24/25 chỉ tiêu. Toàn huyện có 18/21 xã đạt chuẩn NTM; huyện đạt 20/36 chỉ tiêu huyện NTM.',
    )
    expect(draft.scorecard?.valueText).toBe('24/25 chỉ tiêu')
    expect(figures.map((f) => [f.valueText, f.value, f.unit, f.role, f.year])).toEqual([
      ['18/21 xã', 18, 'commune', 'actual', 2025],
      ['20/36 chỉ tiêu', 20, 'indicator', 'actual', 2025],
    ])
  })

  it('7. shares said in turn are of the plan named before them or after the last ("đạt kế hoạch lần lượt 44%; 40% và 1%", "lần lượt đạt 100% và 34% kế hoạch"); what is paid out ("đã giải ngân được 90,3%") a share of its plan', () => {
    const { figures } = read(
      'Năm 2025, huyện Mẫu Sơn giải ngân nguồn vốn ngân sách tỉnh gồm: xổ số kiến thiết (hơn 11,5 tỷ đồng); cấp quyền sử dụng đất (gần 5 tỷ đồng), tương ứng đạt kế hoạch lần lượt 44%; 40%. Nguồn vốn ngân sách huyện gồm 4 tỷ đồng hỗ trợ ngân hàng chính sách; gần 56,6 tỷ đồng phân cấp sử dụng đất, lần lượt đạt 100% và 34% kế hoạch. Tổng kế hoạch vốn đầu tư công ngân sách huyện quản lý gần 287 tỷ đồng, đến ngày 23/12/2025 đã giải ngân được 90,3%.',
    )
    expect(
      figures
        .filter((f) => f.valueText.endsWith('%') || f.valueText.includes('% '))
        .map((f) => [f.valueText, f.unit]),
    ).toEqual([
      ['44%', 'percent-of-plan'],
      ['40%', 'percent-of-plan'],
      ['100%', 'percent-of-plan'],
      ['34% kế hoạch', 'percent-of-plan'],
      ['90,3%', 'percent-of-plan'],
    ])
  })

  it('6. the groups a scorecard is broken into in its own sentence are counts of their own, the scorecard one', () => {
    const { draft, figures } = read(
      'Năm 2025, huyện Mẫu Sơn đạt và vượt 14/16 chỉ tiêu Nghị quyết HĐND huyện đề ra; trong đó, kinh tế đạt 5/6 chỉ tiêu, xã hội đạt 7/8 chỉ tiêu, quốc phòng – an ninh đạt 2/2 chỉ tiêu.',
    )
    expect(draft.scorecard?.valueText).toBe('14/16 chỉ tiêu')
    expect(figures.map((f) => [f.valueText, f.value, f.role, f.year])).toEqual([
      ['5/6 chỉ tiêu', 5, 'actual', 2025],
      ['7/8 chỉ tiêu', 7, 'actual', 2025],
      ['2/2 chỉ tiêu', 2, 'actual', 2025],
    ])
    // Two years' scorecards side by side are no detail of each other.
    const two = read('Huyện Mẫu Sơn đạt 12/16 chỉ tiêu năm 2024 và 14/16 chỉ tiêu năm 2025.')
    expect(two.figures).toEqual([])
  })

  it('7. poor households’ fall said again in brackets as a share (“giảm 506 hộ nghèo (tương đương giảm 1,42%)”) is in points', () => {
    const { figures } = read(
      'Năm 2025, xã Mẫu Đông giảm 412 hộ nghèo (tương đương giảm 1,38%), đạt 105% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['412 hộ', 'household'],
      ['giảm 1,38%', 'percentage-point'],
      ['105% kế hoạch', 'percent-of-plan'],
    ])
  })

  it('5. a round amount with a bound said again under one name (“gần 25.000 ha” in a repeated headline and the body) is one figure', () => {
    const { figures } = read(
      'Huyện Mẫu Sơn họp bàn nhiệm vụ 3 tháng cuối năm\nMẫu Sơn: Diện tích trồng lúa đạt gần 24.000 ha\nNăm 2025, thế nhưng diện tích trồng lúa trên địa bàn huyện Mẫu Sơn đã đạt gần 24.000 ha; màu đạt hơn 5.800 ha.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['gần 24.000 ha', 'hơn 5.800 ha'])
  })

  it('4. a day compared with (“so với 31/12/2024 tăng …”) dates nothing; 1. capital a plan allocated (“Kế hoạch vốn … đã được phân bổ trong năm 2025 là”) is the plan’s', () => {
    const { figures } = read(
      'Trong 9 tháng, thu ngân sách của tỉnh Mẫu Đông đạt 3.100 tỷ đồng.\nNguồn vốn huy động ước thực hiện đến 30/9/2025 là 12.390 tỷ đồng; so với 31/12/2024 tăng 875 tỷ đồng (+7,6%). Kế hoạch vốn đầu tư phát triển đã được phân bổ trong năm 2025 là 192.546 triệu đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['3.100 tỷ đồng', 'actual', 2025],
      ['12.390 tỷ đồng', 'actual', 2025],
      ['875 tỷ đồng', 'actual', 2025],
      ['+7,6%', 'actual', 2025],
      ['192.546 triệu đồng', 'target', 2025],
    ])
  })

  it('4. a month written with a dot before its year (“tháng 8.2025”) names the year of months said without one; money before “nửa đầu năm” is money', () => {
    const { figures } = read(
      'Trong 8 tháng đầu năm, tổng lượt khách lưu trú trên địa bàn tỉnh Mẫu Đông hơn 1,52 triệu lượt, tăng 5,6% so với cùng kỳ. Doanh thu dịch vụ tháng 8.2025 hơn 167 tỷ đồng. Tỉnh thu ngân sách 1.800 tỷ nửa đầu năm.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['hơn 1,52 triệu lượt', 'visit', 'actual', 2025],
      ['5,6%', 'percent', 'actual', 2025],
      ['hơn 167 tỷ đồng', 'billion-vnd', 'actual', 2025],
      ['1.800 tỷ', 'billion-vnd', 'actual', 2025],
    ])
  })

  it('2. targets a committee “đã đưa ra … gồm:” are targets of their year', () => {
    const { figures } = read(
      'Năm 2025, huyện Mẫu Sơn có 14/17 chỉ tiêu đạt và vượt kế hoạch.\nNăm 2026 Ban chấp hành Đảng bộ huyện Mẫu Sơn đã đưa ra 6 chỉ tiêu chủ yếu gồm: (1) Tổng vốn đầu tư toàn xã hội năm 2026 đạt 1.250 tỷ đồng; thu ngân sách trên địa bàn đạt 57,75 tỷ đồng; (2) Diện tích cây chè đạt 1.472 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.250 tỷ đồng', 'target', 2026],
      ['57,75 tỷ đồng', 'target', 2026],
      ['1.472 ha', 'target', 2026],
    ])
  })

  it('4. a year required right after the words that require it (“yêu cầu trong năm 2026, mỗi đơn vị …”) is aimed at; 2. a target compared with an estimate (“so với ước thực hiện năm 2025”) is no result', () => {
    const { figures } = read(
      'Chủ tịch UBND tỉnh Mẫu Đông yêu cầu trong năm 2026, mỗi đơn vị chọn 5 nhiệm vụ trọng tâm để tập trung chỉ đạo thực hiện có hiệu quả.\nChỉ tiêu GRDP năm 2026 tăng khoảng 8%.\nUBND tỉnh yêu cầu các đơn vị phát động thi đua thực hiện và hoàn thành các chỉ tiêu chủ yếu: tổng sản phẩm (GRDP) tăng 8-8,5% so với ước thực hiện năm 2025; khu vực dịch vụ tăng 9%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['5 nhiệm vụ', 'fact', 2026],
      ['khoảng 8%', 'target', 2026],
      ['8-8,5%', 'target', 2026],
      ['9%', 'target', 2026],
    ])
  })

  it('3. a congress text that aims past the one term it names (“nhiệm kỳ qua … nhiệm kỳ 2020-2025 … phấn đấu đến năm 2030”) looks back on that term', () => {
    const { figures } = read(
      'Báo cáo trình tại Đại hội cho biết, kinh tế tỉnh Mẫu Đông nhiệm kỳ qua phát triển khá nhanh với tốc độ tăng trưởng GRDP bình quân đạt 7,4%. GRDP bình quân đầu người đến cuối năm 2025 ước đạt hơn 84 triệu đồng.\nTuy nhiên, nhiệm kỳ 2020-2025, tỉnh vẫn còn một số tồn tại.\nĐại hội lần này đặt mục tiêu phấn đấu đến năm 2030, Mẫu Đông trở thành tỉnh khá.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['7,4%', 'fact', 2025],
      ['ước đạt hơn 84 triệu đồng', 'actual', 2025],
    ])
  })

  it('7. residents counted in tens of thousands (“trên 15 vạn dân”) are people', () => {
    const { figures } = read('Năm 2025, huyện Mẫu Sơn có trên 12 vạn dân và 3 dân tộc chính.')
    expect(figures.map((f) => [f.valueText, f.value, f.unit])).toEqual([
      ['trên 12 vạn dân', 120000, 'person'],
      ['3 dân tộc chính', 3, 'other'],
    ])
  })

  it('2. the means to targets discussed (“đã thảo luận giải pháp thực hiện các mục tiêu … như:”) leads targets; an estimate in the months still ahead (“Trong 4 tháng cuối năm, … ước đạt”) is aimed at', () => {
    const { figures } = read(
      'Trong 8 tháng năm 2026, huyện Mẫu Sơn thu ngân sách ước đạt 84 tỷ đồng.\nCác đại biểu đã thảo luận một số giải pháp thực hiện các mục tiêu chủ yếu trong 4 tháng cuối năm như: thu ngân sách đạt trên 130 tỷ đồng; diện tích trồng rừng đạt 240 ha.\nTrong 4 tháng cuối năm, huyện Mẫu Sơn đề ra mục tiêu tăng trưởng đạt 7-8%, thu nhập bình quân đầu người ước đạt 61 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 1,2%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt 84 tỷ đồng', 'actual', 2026],
      ['trên 130 tỷ đồng', 'target', 2026],
      ['240 ha', 'target', 2026],
      ['7-8%', 'target', 2026],
      ['ước đạt 61 triệu đồng', 'target', 2026],
      ['dưới 1,2%', 'target', 2026],
    ])
  })

  it('3. the year an honour is for (“khen thưởng … hoàn thành xuất sắc nhiệm vụ năm 2026”) is done: its results, unless part-year results name none', () => {
    const ended = read(
      'Ngày 30-12, Đảng ủy xã Mẫu Sơn xác định năm 2027 sẽ tập trung chuyển đổi số.\nThu nhập bình quân đầu người đạt khoảng 71 triệu đồng/năm; tỷ lệ tham gia bảo hiểm y tế vượt 93%.\nKhen thưởng các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ năm 2026.',
    )
    expect(ended.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 71 triệu đồng/năm', 'actual', 2026],
      ['vượt 93%', 'actual', 2026],
    ])
    const quarter = read(
      'Huyện ủy Mẫu Sơn vừa tổ chức hội nghị đánh giá kết quả công tác quí I, đề ra nhiệm vụ quí II năm 2027.\nTrong quí I, huyện có tổng giá trị sản xuất 1.830 tỷ đồng, tăng 9,2% so với cùng kỳ năm 2026.\nHội nghị trao giấy khen cho 6 chi bộ hoàn thành xuất sắc nhiệm vụ năm 2026.',
    )
    expect(quarter.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.830 tỷ đồng', 'actual', 2027],
      ['9,2%', 'actual', 2027],
    ])
  })

  it('2. targets set “trên cơ sở những kết quả đạt được” are targets, not results; 3. a plan said made (“Quy hoạch chung xã đến năm 2050 đã hoàn thành”) is no horizon; 5. “Năm” run on from a caption (“đơn vịNăm 2026”) is a year, and the scorecard’s', () => {
    const { draft, figures } = read(
      'Phó chủ tịch xã trao quyết định giao dự toán cho các đơn vịNăm 2026 xã Mẫu Sơn đã thực hiện đạt và vượt 17/18 chỉ tiêu. Trên cơ sở những kết quả đạt được, năm 2027 xã Mẫu Sơn tiếp tục đề ra các chỉ tiêu như: tổng thu ngân sách tăng trên 9%; tỷ lệ thu gom chất thải đạt trên 97%.\nNăm 2026, quy hoạch chung xã Mẫu Sơn đến năm 2050 đã hoàn thành; giải ngân vốn đầu tư công ước đạt 93,5%; hoàn thành 58/58 căn nhà tạm.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 9%', 'target', 2027],
      ['trên 97%', 'target', 2027],
      ['ước đạt 93,5%', 'actual', 2026],
      ['58/58 căn nhà', 'actual', 2026],
    ])
    expect(draft.scorecard).toMatchObject({ achieved: 17, total: 18, period: { year: 2026 } })
  })

  it('2. targets a congress adopted that the place “cần đạt được đến năm 2030” are targets; 3. a goal quoted whole (“mục tiêu “… trước năm 2035 …””) names no year of the figures; 4. “5 năm tới” runs to its last year', () => {
    const adopted = read(
      'Ngày 14/10, Đại hội đại biểu Đảng bộ tỉnh Mẫu Sơn lần thứ 9 đã bế mạc. Đại hội đã thông qua một số chỉ tiêu chủ yếu Mẫu Sơn cần đạt được đến năm 2030 như: tốc độ tăng trưởng GRDP bình quân hằng năm 9%. Kim ngạch xuất khẩu đạt 2,4 tỷ USD.',
    )
    expect(adopted.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['9%', 'target', 2030],
      ['2,4 tỷ USD', 'target', 2030],
    ])
    const quoted = read(
      'Khai mạc Đại hội Đảng bộ tỉnh Mẫu Đông lần thứ X\n\n18/10/2025, 09:15 (GMT+7)\n\nĐại hội Đảng bộ tỉnh Mẫu Đông có mục tiêu “Phát huy sức mạnh đoàn kết, tạo tiền đề để Mẫu Đông trở thành tỉnh công nghiệp trước năm 2035”.\n\nTheo đó, tốc độ tăng trưởng kinh tế bình quân hằng năm từ 9-10%, cơ cấu kinh tế đến năm 2030: công nghiệp – xây dựng 48%; GDP bình quân đầu người đạt 6.200 USD.',
    )
    expect(quoted.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['từ 9-10%', 'target', 2030],
      ['48%', 'target', 2030],
      ['6.200 USD', 'target', 2030],
    ])
    const ahead = read(
      'Nhiệm kỳ 2020-2025, tỉnh Mẫu Sơn tăng trưởng GRDP bình quân đạt 8,1%/năm. Phát biểu tại Đại hội, đồng chí Bí thư nhấn mạnh: 5 năm tới để đạt tốc độ tăng trưởng GRDP bình quân 10%/năm, tỉnh cần đẩy mạnh thu hút đầu tư.',
    )
    expect(ahead.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8,1%/năm', 'fact', 2025],
      ['10%/năm', 'target', 2030],
    ])
  })

  it('5. who came to a congress (“Dự và chỉ đạo Đại hội có … và 120 đảng viên tiêu biểu”) is no figure; 7. a yearly average said for one item (“bình quân hằng năm cho 12.000 lao động,”) is not the next item’s', () => {
    const { figures } = read(
      'Dự và chỉ đạo Đại hội có đồng chí Phó Chủ tịch UBND huyện và 120 đảng viên tiêu biểu của Đảng bộ xã Mẫu Sơn. Nhiệm kỳ 2025-2030, xã phấn đấu giải quyết việc làm mới bình quân hằng năm cho 1.200 lao động, tỷ lệ lao động qua đào tạo đạt 72%, tăng trưởng bình quân hằng năm 11%, nghị quyết cấp trên giao là 10%.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['1.200 lao động', 'worker'],
      ['72%', 'percent'],
      ['11%', 'percent'],
      ['10%', 'percent'],
    ])
  })

  it('5. one amount of two things in one sentence (“… 16 ha dâu tằm và 16 ha điều”) is two figures', () => {
    const { figures } = read(
      'Trong 6 tháng đầu năm 2026, huyện Mẫu Sơn đã trồng mới 280 ha cây công nghiệp, bao gồm: 150 ha cây ăn quả, 98 ha mắc ca, 16 ha dâu tằm và 16 ha điều.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['280 ha', '150 ha', '98 ha', '16 ha', '16 ha'])
  })

  it('7. the plan’s own level after “vượt chỉ tiêu Nghị quyết đề ra là” is a target; 5. a hall named by its seats and a member a session dismisses are no figures', () => {
    const { figures } = read(
      'Năm 2026, tốc độ tăng trưởng GRDP của tỉnh Mẫu Sơn ước đạt trên 9%, vượt chỉ tiêu Nghị quyết đề ra là 7,5%. Một số dự án tiêu biểu như: xây dựng hội trường 600 chỗ của Trường cao đẳng nghề Mẫu Sơn; nâng cấp sân vận động tỉnh. Kỳ họp đã miễn nhiệm chức danh Ủy viên UBND tỉnh đối với 1 đồng chí do nghỉ hưu.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['ước đạt trên 9%', 'actual', 2026],
      ['7,5%', 'target', 2026],
    ])
  })

  it('4. a day a decree was issued, told as history (“Ngày 26/12/2015, Chính phủ ban hành Nghị quyết …”), dates nothing; 7. “so cùng kỳ 2025” is a base; a heading’s capitals (“6 THÁNG ĐẦU NĂM 2026”) give “6 tháng đầu năm”', () => {
    const history = read(
      'Thị xã Mẫu Sơn sau 10 năm thành lập\nNgày 26/12/2015, Chính phủ ban hành Nghị quyết số 140/NQ-CP thành lập thị xã Mẫu Sơn. Tốc độ tăng giá trị sản xuất năm 2024 là 6,9% và năm 2025 là 6,4%. Giá trị sản xuất bình quân đầu người đạt 121 triệu đồng.',
    )
    expect(history.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,9%', 'actual', 2024],
      ['6,4%', 'actual', 2025],
      ['121 triệu đồng', 'actual', 2025],
    ])
    const heading = read(
      'THỐNG KÊ HOẠT ĐỘNG DU LỊCH 6 THÁNG ĐẦU NĂM 2026\n\nCác đơn vị du lịch đón 4,2 triệu lượt khách, tăng 18,4% so cùng kỳ 2025, đạt 51,2% kế hoạch.',
    )
    expect(heading.draft.figures.map((f) => [f.valueText, f.role, f.period?.year, f.partOfYear])).toEqual([
      ['4,2 triệu lượt khách', 'actual', 2026, '6 tháng đầu năm'],
      ['18,4%', 'actual', 2026, '6 tháng đầu năm'],
      ['51,2% kế hoạch', 'actual', 2026, '6 tháng đầu năm'],
    ])
  })

  it('5. the same share said after amounts of two things in two sentences (“Tổng thu … 640 tỷ đồng, đạt 172,4%. Tổng chi … 640 tỷ đồng, đạt 172,4%”) is two figures; a rank’s own growth (“đứng thứ 3 của cả nước về tốc độ tăng GRDP với tỷ lệ tăng ước 11,2%”) is the place’s, in percent', () => {
    const { figures } = read(
      'Năm 2026, huyện Mẫu Sơn tổng thu ngân sách nhà nước hơn 640 tỷ đồng, đạt 172,4%. Tổng chi ngân sách nhà nước hơn 640 tỷ đồng, đạt 172,4%.\nTỉnh Mẫu Đông đứng thứ 3 của cả nước về tốc độ tăng GRDP với tỷ lệ tăng ước 11,2%.\nĐến dự có các đồng chí trong Thường trực HĐND và 25 vị đại biểu HĐND huyện.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['hơn 640 tỷ đồng', 'billion-vnd'],
      ['172,4%', 'percent-of-estimate'],
      ['hơn 640 tỷ đồng', 'billion-vnd'],
      ['172,4%', 'percent-of-estimate'],
      ['ước 11,2%', 'percent'],
    ])
  })

  it('1. the area of a field or zone made (“mở rộng xây dựng cánh đồng lớn với diện tích 480 ha”) is a result, not a property', () => {
    const { figures } = read(
      'Năm 2026, huyện Mẫu Sơn mở rộng xây dựng cánh đồng lớn lúa chất lượng với diện tích 480 ha; xây dựng vùng chè ứng dụng công nghệ cao với quy mô 250 ha.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['480 ha', 'actual', 2026],
      ['250 ha', 'actual', 2026],
    ])
  })

  it('7. a growth’s own change against the same period’s (“ước tăng 6,2% (giảm 4% so với cùng kỳ)”) is in points; 5. both ends of a band of counted targets (“3/12 chỉ tiêu đạt từ 70% đến dưới 100%”) are no figures', () => {
    const { draft, figures } = read(
      'Tốc độ tăng trưởng kinh tế 9 tháng năm 2026 của tỉnh Mẫu Sơn ước tăng 6,2% (giảm 4% so với cùng kỳ). Trong số 12 chỉ tiêu đánh giá, có 4/12 chỉ tiêu đạt 100% trở lên, 3/12 chỉ tiêu đạt từ 70% đến dưới 100%, 5/12 chỉ tiêu đạt dưới 50%.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 4, total: 12 })
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['6,2%', 'percent'],
      ['giảm 4%', 'percentage-point'],
      ['3/12 chỉ tiêu', 'indicator'],
      ['5/12 chỉ tiêu', 'indicator'],
    ])
  })

  it('2. a list carried from the paragraph before ends where this paragraph named its own year with its first figures; a field’s heading (“Trong lĩnh vực văn hóa – xã hội:”) does not take the role of the item before it', () => {
    const carried = read(
      'Năm 2027, huyện Mẫu Sơn phấn đấu đạt các chỉ tiêu cụ thể: tổng thu ngân sách đạt 1.320 tỷ đồng; giải quyết việc làm cho 8.500 lao động.\n\nNăm 2026, tổng thu ngân sách ước đạt 1.180 tỷ đồng. Huyện hoàn thành xây mới 64 nhà và sửa chữa 140 nhà cho đối tượng chính sách.',
    )
    expect(carried.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['1.320 tỷ đồng', 'target', 2027],
      ['8.500 lao động', 'target', 2027],
      ['ước đạt 1.180 tỷ đồng', 'actual', 2026],
      ['64 nhà', 'actual', 2026],
      ['140 nhà', 'actual', 2026],
    ])
    const fields = read(
      'Mẫu Sơn: Nghị quyết của HĐND huyện về nhiệm vụ phát triển kinh tế – xã hội năm 2027\n\nTrong lĩnh vực kinh tế:\n\nTổng thu ngân sách 48.200 triệu đồng. Duy trì tỷ lệ che phủ rừng đạt 61%.\n\nTrong lĩnh vực văn hóa – xã hội:\n\nĐào tạo nghề cho 450 người; giảm tỷ lệ hộ nghèo ít nhất 4%.',
    )
    expect(fields.figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['48.200 triệu đồng', 'target', 2027],
      ['61%', 'target', 2027],
      ['450 người', 'target', 2027],
      ['ít nhất 4%', 'target', 2027],
    ])
  })

  it('2. a list led by a sentence that gave its own amount (“… trồng mới 280 ha cây công nghiệp, bao gồm:”) says that sentence’s words, not the one before; 8. a crop breaking down an area is named as that area of the crop', () => {
    const { figures } = read(
      'Trong 6 tháng đầu năm 2026, tổng diện tích gieo trồng toàn huyện Mẫu Sơn ước đạt 15.420 ha, bằng 88,1% kế hoạch. Trong đó, cây hằng năm 2.310 ha, bằng 57,2% kế hoạch; cây lâu năm 13.110 ha. Tổng sản lượng lương thực 3.850 tấn, tăng 6% so với cùng kỳ. Cũng trong 6 tháng, huyện đã triển khai trồng mới 280 ha cây công nghiệp các loại bao gồm: 150 ha cây ăn quả, 130 ha mắc ca.',
    )
    expect(figures.map((f) => [f.valueText, f.name, f.rule])).toEqual([
      ['ước đạt 15.420 ha', 'Tổng diện tích gieo trồng', 'done'],
      ['88,1% kế hoạch', 'Tổng diện tích gieo trồng (% kế hoạch)', 'share-of-plan'],
      ['2.310 ha', 'Diện tích gieo trồng cây hằng năm', 'done'],
      ['57,2% kế hoạch', 'Diện tích gieo trồng cây hằng năm (% kế hoạch)', 'share-of-plan'],
      ['13.110 ha', 'Diện tích gieo trồng cây lâu năm', 'done'],
      ['3.850 tấn', 'Tổng sản lượng lương thực', 'done'],
      ['6%', 'Tốc độ tăng tổng sản lượng lương thực', 'done'],
      ['280 ha', 'Diện tích trồng mới cây công nghiệp các loại', 'done'],
      ['150 ha', 'Diện tích trồng mới cây ăn quả', 'done'],
      ['130 ha', 'Diện tích trồng mới mắc ca', 'done'],
    ])
  })

  it('1. the target a share reached is measured against (“đạt 101,9% mục tiêu nghị quyết, tăng 6,97% so với cùng kỳ”), no aim over what follows', () => {
    const { figures } = read(
      'Năm 2026, tổng giá trị sản xuất của huyện Mẫu Sơn đạt trên 712 tỷ đồng, đạt 102,4% mục tiêu nghị quyết, tăng 7,1% so với cùng kỳ; thu nhập bình quân đạt 31 triệu đồng/người/năm, đạt 91,2% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 712 tỷ đồng', 'actual', 2026],
      ['102,4% mục tiêu', 'actual', 2026],
      ['7,1%', 'actual', 2026],
      ['31 triệu đồng/người/năm', 'actual', 2026],
      ['91,2% kế hoạch', 'actual', 2026],
    ])
  })

  it('6. a scorecard after a caption run into its sentence (“… dự toán năm 2027 cho các đơn vịNăm 2026 xã … đạt và vượt 17/18 chỉ tiêu”) is of the year that opens it', () => {
    const { draft } = read(
      'Phó chủ tịch UBND xã trao Quyết định về dự toán ngân sách năm 2027 cho các đơn vịNăm 2026 xã Mẫu Sơn đã thực hiện đạt và vượt 17/18 chỉ tiêu mà Nghị quyết đề ra. Năm 2027, xã tiếp tục đề ra các chỉ tiêu như: tổng thu ngân sách tăng trên 9%.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 17, total: 18, period: { year: 2026 } })
  })

  it('4. an award’s year (“được tặng Huân chương Lao động hạng Ba năm 2004”) is history, not the year of the figures; 1. a place’s people broken down (“trong đó: người Kinh 61.240 người, chiếm 72,5%”) are its profile', () => {
    const { figures } = read(
      'Số liệu cơ bản của huyện Mẫu Sơn tính đến ngày 01-01-2027. Huyện được tặng Huân chương Lao động hạng Ba năm 2004. Dân số 84.460 người (dân số trung bình 80.120 người), với 21.330 hộ gồm 12 dân tộc, trong đó chủ yếu là: người Kinh 61.240 người, chiếm 72,5%; người Tày 18.050 người, chiếm tỷ lệ 21,37%. Tổng giá trị sản xuất năm 2026 đạt 3.120,5 tỷ đồng, tăng 7,4%.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['84.460 người', 'profile', null],
      ['80.120 người', 'profile', null],
      ['21.330 hộ', 'profile', null],
      ['12 dân tộc', 'profile', null],
      ['61.240 người', 'profile', null],
      ['72,5%', 'profile', null],
      ['18.050 người', 'profile', null],
      ['21,37%', 'profile', null],
      ['3.120,5 tỷ đồng', 'actual', 2026],
      ['7,4%', 'actual', 2026],
    ])
  })

  it('3. a crop’s season across the new year (“Vụ mía 2025 - 2026”) is of its later year, no span of years (“nhiệm vụ giai đoạn 2021-2025” is no season)', () => {
    const { figures } = read(
      'Năm 2026, huyện Mẫu Sơn có 18/19 chỉ tiêu đạt và vượt. Vụ mía 2025 - 2026 của huyện đã thu hoạch xong, năng suất bình quân đạt 92 tấn/ha; diện tích cây lâu năm 4.200 ha, đạt 100% chỉ tiêu nghị quyết.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['92 tấn/ha', 'actual', 2026],
      ['4.200 ha', 'actual', 2026],
      ['100% chỉ tiêu', 'actual', 2026],
    ])
  })

  it('5. a photo’s caption saying a round growth of the body again (“… tăng 6% so với cùng kỳ. Ảnh minh họa: …”) is no figure of its own; 7. a plan after an average bracketed with its own amount is in percent, not a rate a year', () => {
    const { figures } = read(
      [
        'Giá trị sản xuất nông nghiệp, lâm nghiệp, thủy sản tăng 6% so với cùng kỳ. Ảnh minh họa: MS/Mẫu Sơn',
        'Năm 2026, giá trị sản xuất nông nghiệp, lâm nghiệp, thủy sản của huyện Mẫu Sơn ước đạt 2.480 tỷ đồng, bằng 99,2% kế hoạch, tăng 6% so với cùng kỳ. GRDP ước tăng 8,35% (bình quân 3 năm 2024 - 2026 tăng trưởng 8,12%) vượt kế hoạch đề ra (kế hoạch 8%).',
      ].join('\n\n'),
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role])).toEqual([
      ['ước đạt 2.480 tỷ đồng', 'billion-vnd', 'actual'],
      ['99,2% kế hoạch', 'percent-of-plan', 'actual'],
      ['6%', 'percent', 'actual'],
      ['8,35%', 'percent', 'actual'],
      ['8,12%', 'percent', 'fact'],
      ['8%', 'percent', 'target'],
    ])
  })

  it('5. a multiple after each of two amounts of one sentence (“… trên 512.000 lượt khách, gấp hơn 1,4 lần …; … trên 131.000 lượt, gấp hơn 1,4 lần”) is two figures; a size that names a kind of place (“quy mô từ 4 ha/vùng trở lên”) or of land (“cho giá trị thu nhập trên 80 triệu đồng/ha/năm”) is none', () => {
    const { figures } = read(
      'Trong 6 tháng đầu năm 2026, số lượt khách đến tham quan tại các điểm du lịch của tỉnh Mẫu Sơn ước đạt trên 512.000 lượt khách, gấp hơn 1,4 lần so với cùng kỳ năm trước; số lượt khách nghỉ tại các cơ sở lưu trú ước đạt trên 131.000 lượt, gấp hơn 1,4 lần. Tỉnh duy trì sản xuất tại 64 vùng sản xuất hàng hóa tập trung quy mô từ 4 ha/vùng trở lên. Toàn tỉnh có gần 1.870 ha cho giá trị thu nhập trên 80 triệu đồng/ha/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['ước đạt trên 512.000 lượt khách', 'visit'],
      ['hơn 1,4 lần', 'multiple'],
      ['ước đạt trên 131.000 lượt', 'visit'],
      ['hơn 1,4 lần', 'multiple'],
      ['64 vùng', 'other'],
      ['gần 1.870 ha', 'hectare'],
    ])
  })

  it('1. the land of certificates counted as issued (“cấp mới được 214 giấy chứng nhận …, với tổng diện tích 96 ha”) is a result; 4. what the years looked back on added up (“5 năm qua … kết nạp 9.120 đảng viên mới”) is theirs, and the level a term ended on (“thu nhập bình quân đầu người đạt trên 58 triệu đồng/năm” after a yearly average) is its last year’s, a rate brought down to (“giảm còn 0,04%”) in percent', () => {
    const issued = read(
      'Trong 9 tháng đầu năm 2026, huyện Mẫu Sơn đã cấp mới được 214 giấy chứng nhận quyền sử dụng đất, với tổng diện tích 96 ha.',
    ).figures
    expect(issued.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['214 giấy chứng nhận quyền sử dụng đất', 'actual', 2026],
      ['96 ha', 'actual', 2026],
    ])
    const term = read(
      '5 năm qua, kinh tế tỉnh Mẫu Sơn tăng trưởng bình quân 7,1%/năm. Trong công tác xây dựng Đảng, tỉnh đã kết nạp 9.120 đảng viên mới. Nhiệm kỳ 2020 - 2025, Đảng bộ xã Mẫu Đông đã đạt được những thành tựu. Kinh tế tăng trưởng bình quân 9%/năm, thu nhập bình quân đầu người đạt trên 58 triệu đồng/năm, hạ tầng được đầu tư đồng bộ, tỷ lệ hộ nghèo giảm còn 0,04%.',
    ).figures
    expect(term.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['7,1%/năm', 'percent-per-year', 'fact', 2025],
      ['9.120 đảng viên', 'party-member', 'fact', 2025],
      ['9%/năm', 'percent-per-year', 'fact', 2025],
      ['trên 58 triệu đồng/năm', 'million-vnd-per-person-year', 'actual', 2025],
      ['0,04%', 'percent', 'actual', 2025],
    ])
  })

  it('6. a scorecard that leaves “chỉ tiêu” unsaid (“đã thực hiện đạt và vượt 36/36 của năm 2026”) is read; 7. a bare share of what a tax brought in (“Số thu thuế … đạt 9.120 tỷ đồng, đạt 117,4%”) is of the estimate', () => {
    const { draft, figures } = read(
      'Đến nay, thành phố Mẫu Sơn đã thực hiện đạt và vượt 36/36 của năm 2026. Thu ngân sách nhà nước trên địa bàn ước đạt 12.310 tỷ đồng, đạt 112,5% dự toán. Số thu thuế công thương nghiệp - dịch vụ ngoài quốc doanh đạt 9.120 tỷ đồng, đạt 117,4%.',
    )
    expect(draft.scorecard).toMatchObject({ achieved: 36, total: 36, period: { year: 2026 } })
    expect(figures.map((f) => [f.valueText, f.unit])).toContainEqual(['117,4%', 'percent-of-estimate'])
  })

  it('1. a plan’s capital assigned by someone to someone (“… năm 2027 được Trung ương giao cho tỉnh Mẫu Sơn là …”) and its parts listed (“gồm …”) are targets; 3. “theo giá so sánh của tỉnh năm 2027” is no year compared with', () => {
    const { figures } = read(
      'Trong 4 tháng đầu năm 2027, tỉnh Mẫu Sơn đã giải ngân vốn đầu tư công được khoảng 312,4 tỷ đồng, đạt khoảng 17% so với kế hoạch vốn trung ương giao. Tổng Kế hoạch đầu tư nguồn ngân sách nhà nước năm 2027 được Trung ương giao cho tỉnh Mẫu Sơn là 1.810,45 tỷ đồng, gồm nguồn vốn ngân sách địa phương là 702,3 tỷ đồng và ngân sách trung ương là 1.108,15 tỷ đồng.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['khoảng 312,4 tỷ đồng', 'actual', 2027],
      ['khoảng 17% so với kế hoạch', 'actual', 2027],
      ['1.810,45 tỷ đồng', 'target', 2027],
      ['702,3 tỷ đồng', 'target', 2027],
      ['1.108,15 tỷ đồng', 'target', 2027],
    ])
    const planned = read(
      'Năm 2026, tăng trưởng GRDP của tỉnh Mẫu Sơn đạt 6,1%. Theo kế hoạch, quy mô GRDP theo giá so sánh của tỉnh năm 2027 dự kiến đạt 11.420 tỷ đồng.',
    ).figures
    expect(planned.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['6,1%', 'actual', 2026],
      ['11.420 tỷ đồng', 'target', 2027],
    ])
  })

  it('5. seasons counted as they are named (“trong 2 vụ đông xuân và hè thu”) and things counted to point back at them (“2 loại cây vừa nêu”) are no figures', () => {
    const { figures } = read(
      'Năm 2026, trong 2 vụ đông xuân và hè thu, nông dân huyện Mẫu Sơn gieo trồng 6.240 ha lúa và 1.130 ha ngô. Nhờ thời tiết thuận lợi, 2 loại cây vừa nêu cho năng suất khá cao nên tổng sản lượng lương thực đạt 41.300 tấn.',
    )
    expect(figures.map((f) => f.valueText)).toEqual(['6.240 ha', '1.130 ha', '41.300 tấn'])
  })

  it('2. in the news of a congress that sets targets, what is there now (“gần 540 doanh nghiệp đang hoạt động”), how large a thing is (“rộng 320 ha”) and what the place was made of (“sáp nhập từ … 4 khu phố”) are no targets', () => {
    const { figures } = read(
      'Ngày 20-8, Đảng bộ phường Mẫu Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Phường Mẫu Sơn được sáp nhập từ phường Mẫu Sơn cũ và 4 khu phố của phường Mẫu Đông cũ, với diện tích tự nhiên 16,2 km2. Khu công nghiệp Mẫu Sơn rộng 320 ha. Cùng với đó, gần 540 doanh nghiệp đang hoạt động ngoài khu công nghiệp. Đại hội đề ra mục tiêu đến năm 2030 thu nhập bình quân đầu người đạt 9.000 USD.',
    )
    // (Whether each is the place's profile or a fact of it, a person says; none is aimed at.)
    expect(figures.map((f) => [f.valueText, f.role === 'target' ? f.year : 'not aimed at'])).toEqual([
      ['4 khu phố', 'not aimed at'],
      ['16,2 km2', 'not aimed at'],
      ['320 ha', 'not aimed at'],
      ['gần 540 doanh nghiệp', 'not aimed at'],
      ['9.000 USD', 2030],
    ])
  })

  it('1. what a place has, listed after its profile in more words (“18/19 xã khu vực III, 150/171 bản đặc biệt khó khăn”), and a share of its people (“dân tộc thiểu số chiếm trên 85%”) are its profile; 5. a growth named again to break it down (“Trong 7,2% tăng trưởng, …”) is no figure', () => {
    const { figures } = read(
      'Huyện Mẫu Sơn có tổng diện tích tự nhiên 98.210 ha với 16 xã và 171 bản. Toàn huyện có 15/16 xã khu vực III, 150/171 bản đặc biệt khó khăn; dân số trên 82.000 người, gồm 12 dân tộc, trong đó dân tộc thiểu số chiếm trên 85%. Năm 2026, GRDP của huyện tăng 7,2%. Trong 7,2% tăng trưởng, đóng góp của các khu vực như sau: nông nghiệp đóng góp 1,9 điểm phần trăm.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['98.210 ha', 'profile'],
      ['16 xã', 'profile'],
      ['171 bản', 'profile'],
      ['15/16 xã', 'profile'],
      ['150/171 bản', 'profile'],
      ['trên 82.000 người', 'profile'],
      ['12 dân tộc', 'profile'],
      ['trên 85%', 'profile'],
      ['7,2%', 'actual'],
      ['1,9 điểm phần trăm', 'actual'],
    ])
  })

  it('4. a scorecard said of “năm nay” after an aim for next year (“đặt mục tiêu … trong năm 2027 …, dựa trên nền tảng 16/16 chỉ tiêu đã hoàn thành trong năm nay”) leaves the results of this year; a record over years (“cao nhất trong 5 năm qua”) is no span', () => {
    const { draft, figures } = read(
      'Tỉnh Mẫu Sơn đặt mục tiêu tăng trưởng GRDP 8–9% trong năm 2027 và xác định 7 nhóm giải pháp trọng tâm, dựa trên nền tảng 16/16 chỉ tiêu đã hoàn thành trong năm nay.\n\nTheo báo cáo tại kỳ họp HĐND tỉnh ngày 10/12, GRDP năm 2026 tăng 7,4%. Tổng vốn đầu tư thực hiện tăng 18,2%; 140 dự án được chấp thuận chủ trương.\n\nTăng trưởng kinh tế 9 tháng năm 2026 của tỉnh Mẫu Đông cao nhất trong 5 năm qua, GRDP thực hiện hơn 41.220 tỷ đồng, đạt 76,2% kế hoạch.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['8–9%', 'target', 2027],
      ['7 nhóm', 'fact', 2027],
      ['7,4%', 'actual', 2026],
      ['18,2%', 'actual', 2026],
      ['140 dự án', 'actual', 2026],
      ['hơn 41.220 tỷ đồng', 'actual', 2026],
      ['76,2% kế hoạch', 'actual', 2026],
    ])
    // The scorecard is of the year said right after it, not the aim's before it.
    expect(draft.scorecard).toMatchObject({ achieved: 16, total: 16, period: { year: 2026 } })
  })

  it('7. a change after an item’s share of a sum (“tiền gửi tiết kiệm chiếm 70,4% trên tổng số dư …, tăng 6,9%”) is the item’s own, in percent; 1. capital added by adjustments (“với vốn đầu tư tăng 96,2 triệu USD”) is a result; 4. a year inside a programme’s quoted name (“theo đề án “… đến năm 2030””) dates nothing', () => {
    const { figures } = read(
      'Năm 2026, số dư nguồn vốn huy động trên địa bàn tỉnh Mẫu Sơn tăng 6,1% so với số đầu năm; trong đó, tiền gửi tiết kiệm chiếm 70,4% trên tổng số dư nguồn vốn huy động, tăng 6,9% so với số đầu năm. Tỉnh điều chỉnh vốn cho 52 dự án, với vốn đầu tư tăng 96,2 triệu USD. Xã Mẫu Đông đăng ký vùng sản xuất lúa theo đề án “Phát triển bền vững 1 triệu hecta chuyên canh lúa chất lượng cao đến năm 2030” có 612 hộ tham gia.',
    )
    expect(figures.map((f) => [f.valueText, f.unit, f.role, f.year])).toEqual([
      ['6,1%', 'percent', 'actual', 2026],
      ['70,4%', 'percent', 'actual', 2026],
      ['6,9%', 'percent', 'actual', 2026],
      ['52 dự án', 'project', 'actual', 2026],
      ['96,2 triệu USD', 'million-usd', 'actual', 2026],
      ['612 hộ', 'household', 'actual', 2026],
    ])
  })

  it('1. a place’s households broken down by people in the next paragraph (“Trên địa bàn xã có: 540 hộ; … Trong đó dân tộc: Thái chiếm 150 hộ, 27,78 %. Mông chiếm: 390 hộ, 72,22 %”) are its profile', () => {
    const { figures } = read(
      'Năm 2026, xã Mẫu Sơn đạt 14/19 tiêu chí nông thôn mới.\n\nTrên địa bàn xã có: 540 hộ; 2.710 nhân khẩu;\n\nTrong đó dân tộc: Thái chiếm 150 hộ, 27,78 %. Mông chiếm: 390 hộ, 72,22 %.',
    )
    expect(figures.map((f) => [f.valueText, f.role])).toEqual([
      ['14/19 tiêu chí', 'actual'],
      ['540 hộ', 'profile'],
      ['2.710 nhân khẩu', 'profile'],
      ['150 hộ', 'profile'],
      ['27,78 %', 'profile'],
      ['390 hộ', 'profile'],
      ['72,22 %', 'profile'],
    ])
  })

  it('7. places named bare in a list of places whose rate fell (“Nhiều xã có tỷ lệ hộ nghèo giảm cao như: Mẫu Đông giảm 1,21%, …”) fell in points; 5. an item’s number with a stop after it (“(1). Thu ngân sách …”) is no figure', () => {
    const { figures } = read(
      'Kết thúc năm 2026, huyện Mẫu Sơn đã giảm tỷ lệ hộ nghèo xuống còn 1,42%, giảm được 0,61% so với cùng kỳ năm 2025. Nhiều xã có tỷ lệ hộ nghèo giảm cao như: Mẫu Đông giảm 1,21%, Hòa Lâm giảm 0,93% ...\n\nCác chỉ tiêu chủ yếu đến năm 2030:\n\n(1). Thu ngân sách trên địa bàn tăng bình quân từ 4 – 6%/năm.',
    )
    expect(figures.map((f) => [f.valueText, f.unit])).toEqual([
      ['1,42%', 'percent'],
      ['giảm được 0,61%', 'percentage-point'],
      ['giảm 1,21%', 'percentage-point'],
      ['giảm 0,93%', 'percentage-point'],
      ['từ 4 – 6%/năm', 'percent-per-year'],
    ])
  })

  it('8. a fall kept with its sign (“lập biên bản 41 vụ vi phạm lâm luật, giảm 17 vụ so với cùng kỳ”) is named a change, never “Mức giảm” with a minus', () => {
    const { figures } = read(
      'Trong 9 tháng đầu năm 2026, cơ quan chức năng huyện Mẫu Sơn đã phát hiện, lập biên bản 41 vụ vi phạm lâm luật, giảm 17 vụ so với cùng kỳ.',
    )
    const fall = figures.find((f) => f.valueText === 'giảm 17 vụ')!
    expect(fall.value).toBe(-17)
    expect(fall.name).toMatch(/^Thay đổi /u)
  })

  it('1. the budget’s targeted transfer (“từ nguồn ngân sách Trung ương bổ sung có mục tiêu”) is a name, no aim: what was spent from it is a result', () => {
    const { figures } = read(
      'Ước thực hiện chi ngân sách địa phương 6 tháng đầu năm 2026 của tỉnh Mẫu Sơn đạt trên 2.410 tỷ đồng, đạt 51,2% dự toán năm. Các khoản chi chủ yếu gồm: chi đầu tư phát triển 310 tỷ đồng, đạt 47,3% dự toán năm; chi thực hiện các chương trình từ nguồn ngân sách Trung ương bổ sung có mục tiêu trên 295 tỷ đồng, đạt 55,4% dự toán.',
    )
    expect(figures.map((f) => [f.valueText, f.role, f.year])).toEqual([
      ['trên 2.410 tỷ đồng', 'actual', 2026],
      ['51,2% dự toán', 'actual', 2026],
      ['310 tỷ đồng', 'actual', 2026],
      ['47,3% dự toán', 'actual', 2026],
      ['trên 295 tỷ đồng', 'actual', 2026],
      ['55,4% dự toán', 'actual', 2026],
    ])
  })
})
