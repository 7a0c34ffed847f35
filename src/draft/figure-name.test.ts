import { describe, expect, it } from 'vitest'
import { indicatorOfLabel, nameFigure, type NameInput } from './figure-name.ts'

const base: Omit<NameInput, 'before'> = { after: '', unit: 'billion-vnd', unitText: 'đồng', valueText: '' }

describe('nameFigure names what a figure measures', () => {
  it.each<[string, Partial<NameInput>, string]>([
    // The subject, with the clause's openers, years, places and verbs taken off.
    ['Tổng thu ngân sách trên địa bàn thực hiện ', {}, 'Tổng thu ngân sách trên địa bàn'],
    // A rate a year of an amount, said with no verb of change, is its growth; a rate's own name stays.
    [
      'thu ngân sách đạt ',
      { unit: 'percent-per-year', unitText: '%/năm', valueText: '12-14%/năm' },
      'Tốc độ tăng thu ngân sách',
    ],
    [
      'tỷ lệ hộ nghèo giảm bình quân ',
      { unit: 'percent-per-year', unitText: '%/năm', valueText: '1%/năm' },
      'Tỷ lệ hộ nghèo',
    ],
    ['Năm 2024, tổng giá trị sản xuất đạt ', {}, 'Tổng giá trị sản xuất'],
    // What is said of the subject after it, the cause before it and "Hiện" are no part of its name.
    ['Thu ngân sách nhà nước đạt kết quả phấn khởi, đến nay đạt ', {}, 'Thu ngân sách nhà nước'],
    [
      'Nhờ nguồn thu nhập khá nên tỷ lệ hộ nghèo giảm còn ',
      { unit: 'percent', unitText: '%' },
      'Tỷ lệ hộ nghèo',
    ],
    ['Hiện tổng dư nợ tín dụng trên địa bàn đạt ', {}, 'Tổng dư nợ tín dụng trên địa bàn'],
    // A clause opened by "thế nhưng", "tuy nhiên": the contrast is no part of the name, nor is a quote's opening mark.
    ['thế nhưng diện tích trồng lúa đã đạt ', {}, 'Diện tích trồng lúa'],
    ['Tuy nhiên, sản lượng lúa đạt ', {}, 'Sản lượng lúa'],
    ['“Tổng thu ngân sách nhà nước trên địa bàn là ', {}, 'Tổng thu ngân sách nhà nước trên địa bàn'],
    // Whose ("của tỉnh này", "của TP.Mẫu Sơn") and when ("đến thời điểm hiện tại") are no part of it; nor "Trong khi".
    [
      'Tổng vốn đầu tư phát triển toàn xã hội của tỉnh này đạt ',
      {},
      'Tổng vốn đầu tư phát triển toàn xã hội',
    ],
    ['Thu ngân sách của TP.Mẫu Sơn đạt ', {}, 'Thu ngân sách'],
    [
      'Tổng diện tích nuôi trồng thủy sản đến thời điểm hiện tại là ',
      { unit: 'hectare', unitText: 'ha' },
      'Tổng diện tích nuôi trồng thủy sản',
    ],
    ['Trong khi hàng dệt may đạt ', { unit: 'billion-usd', unitText: 'USD' }, 'Hàng dệt may'],
    ['Tổng thu ngân sách nhà nước trong tháng ước đạt ', {}, 'Tổng thu ngân sách nhà nước'],
    // A crop season named with a dash is no place; the place a plan is assigned to opens no name.
    [
      'Tổng diện tích gieo trồng vụ Đông - Xuân là ',
      { unit: 'hectare', unitText: 'ha' },
      'Tổng diện tích gieo trồng vụ Đông - Xuân',
    ],
    // Words that close the subject ("… thực hiện đến hết", "… trong", "giảm từ", "đạt tỷ lệ") and open it ("Kết quả",
    // "nâng", "… như") are no part of the name.
    [
      'Kết quả tổng thu ngân sách nhà nước trên địa bàn thực hiện đến hết ',
      {},
      'Tổng thu ngân sách nhà nước trên địa bàn',
    ],
    ['Tổng thu ngân sách nhà nước trên địa bàn trong ', {}, 'Tổng thu ngân sách nhà nước trên địa bàn'],
    // The speed of growth keeps its words; growth said alone is the economy's, and a place that reached it owns it.
    [
      'Mặc dù khó khăn, tốc độ tăng trưởng đạt ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng kinh tế',
    ],
    [
      'Năm 2023, kinh tế tỉnh Mẫu Sơn đạt tốc độ tăng trưởng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng kinh tế',
    ],
    // A list of sectors after what their amounts are ("Tỷ trọng các ngành:"), each named with it, "và" joining the last.
    [
      '- Tỷ trọng các ngành: Nông, lâm, ngư nghiệp: ',
      { unit: 'percent', unitText: '%' },
      'Tỷ trọng nông, lâm, ngư nghiệp',
    ],
    [
      ', và Dịch vụ: ',
      {
        unit: 'percent',
        unitText: '%',
        previousName: 'Tỷ trọng công nghiệp - Xây dựng',
        sentenceName: 'Tỷ trọng nông, lâm, ngư nghiệp',
      },
      'Tỷ trọng dịch vụ',
    ],
    ['tỷ lệ hộ nghèo giảm từ ', { unit: 'percent', unitText: '%' }, 'Tỷ lệ hộ nghèo'],
    [
      'đã giải ngân vốn đầu tư công đạt tỷ lệ ',
      { unit: 'percent', unitText: '%' },
      'Giải ngân vốn đầu tư công',
    ],
    [
      'nâng tỷ lệ lao động qua đào tạo lên ',
      { unit: 'percent', unitText: '%' },
      'Tỷ lệ lao động qua đào tạo',
    ],
    [
      'hầu hết các chỉ tiêu tăng cao so với cùng kỳ như tổng vốn đầu tư toàn xã hội đạt ',
      {},
      'Tổng vốn đầu tư toàn xã hội',
    ],
    // What is said of the subject after it ("tiếp tục giữ mức …", "đạt cao nhất …") is no part of its name; a name
    // cut by a comma ("lưu trú, ăn uống") is read whole.
    ['kim ngạch xuất khẩu tiếp tục giữ mức tăng trưởng khá, ước đạt ', {}, 'Kim ngạch xuất khẩu'],
    ['Thu ngân sách nhà nước đạt cao nhất từ trước đến nay, đạt ', {}, 'Thu ngân sách nhà nước'],
    ['doanh thu dịch vụ lưu trú, ăn uống ', {}, 'Doanh thu dịch vụ lưu trú, ăn uống'],
    ['Lĩnh vực Thương mại - Dịch vụ đạt ', {}, 'Thương mại - Dịch vụ'],
    [
      'Tính chung 9 tháng năm 2024, tổng thu ngân sách nhà nước của tỉnh Hòa Lâm ước đạt ',
      {},
      'Tổng thu ngân sách nhà nước',
    ],
    [
      'Cụ thể, thu ngân sách nhà nước trên địa bàn tỉnh Hòa Lâm đạt ',
      {},
      'Thu ngân sách nhà nước trên địa bàn',
    ],
    [
      'Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh năm 2010 ước đạt ',
      {},
      'Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh',
    ],
    [
      'Hòa Lâm ước đạt tốc độ tăng trưởng ngành nông nghiệp ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng ngành nông nghiệp',
    ],
    // An amount that opens its bracket, written with its sign: the growth of the noun phrase before it; after a verb,
    // the words before the verb.
    [
      'khu vực dịch vụ (',
      { unit: 'percent', unitText: '%', valueText: '+2,74%' },
      'Tốc độ tăng trưởng khu vực dịch vụ',
    ],
    [
      'khu vực công nghiệp - xây dựng chiếm tỷ trọng lớn nhất thì giảm (',
      { unit: 'percent', unitText: '%', valueText: '-6,08%' },
      'Tốc độ tăng trưởng khu vực công nghiệp - xây dựng',
    ],
    // A new subject joined by "và" that rises on its own names its own growth.
    [
      ' và thuế sản phẩm (trừ trợ cấp sản phẩm) tăng ',
      { unit: 'percent', unitText: '%', valueText: '9%', previousName: 'Tốc độ tăng trưởng dịch vụ' },
      'Tốc độ tăng thuế sản phẩm (trừ trợ cấp sản phẩm)',
    ],
    [
      ', vượt so với kế hoạch tỉnh đề ra (',
      { unit: 'percent', unitText: '%', valueText: '5,2%', previousName: 'Tốc độ tăng trưởng kinh tế' },
      'Tốc độ tăng trưởng kinh tế',
    ],
    // Sectors listed with commas are one name; "toàn huyện" is where, not what; "ước đạt mốc" is a verb.
    [
      'Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp đạt ',
      {},
      'Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp',
    ],
    [
      'giá trị sản xuất nông, lâm nghiệp, thủy sản toàn huyện đạt ',
      {},
      'Giá trị sản xuất nông, lâm nghiệp, thủy sản',
    ],
    [
      'Tổng diện tích gieo trồng toàn xã đạt ',
      { unit: 'hectare', unitText: 'ha' },
      'Tổng diện tích gieo trồng',
    ],
    ['Quy mô kinh tế ước đạt mốc ', {}, 'Quy mô kinh tế'],
    // A bracket's commas do not cut the subject.
    [
      'Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) cả năm ước tăng ',
      { unit: 'percent', unitText: '%', valueText: '6,9%' },
      'Tốc độ tăng trưởng GRDP',
    ],
    // "…, nâng tổng số lên 5/9 thôn": the running total of what was just counted.
    [
      'nâng tổng số lên ',
      { unit: 'other', unitText: 'thôn', valueText: '5/9 thôn', previousName: 'Số thôn đạt chuẩn kiểu mẫu' },
      'Tổng số thôn đạt chuẩn kiểu mẫu',
    ],
    // Counts listed with "và" each name their own noun; "có" opens no name.
    ['Thị xã gồm ', { unit: 'ward', unitText: 'phường', valueText: '7 phường', after: ' và ' }, 'Số phường'],
    [' và ', { unit: 'commune', unitText: 'xã', valueText: '4 xã', previousName: 'Số phường' }, 'Số xã'],
    [
      'Thị xã có diện tích tự nhiên ',
      { unit: 'km2', unitText: 'km2', valueText: '96 km2' },
      'Diện tích tự nhiên',
    ],
    // A growth, a share and a level of one thing are three names.
    ['Dịch vụ tăng ', { unit: 'percent', unitText: '%', valueText: '8,45%' }, 'Tốc độ tăng trưởng dịch vụ'],
    [
      'Tổng mức bán lẻ hàng hóa tăng ',
      { unit: 'percent', unitText: '%', valueText: '12%' },
      'Tốc độ tăng tổng mức bán lẻ hàng hóa',
    ],
    ['GRDP của tỉnh tăng ', { unit: 'percent', unitText: '%', valueText: '7,6%' }, 'Tốc độ tăng trưởng GRDP'],
    ['Ngành dịch vụ chiếm ', { unit: 'percent', unitText: '%', valueText: '45%' }, 'Tỷ trọng ngành dịch vụ'],
    [
      'nông nghiệp chiếm tỷ lệ ',
      { unit: 'percent', unitText: '%', valueText: '51,3%' },
      'Tỷ trọng nông nghiệp',
    ],
    // "…, tăng 12%" goes on naming the amount before it.
    [
      ', tăng ',
      { unit: 'percent', unitText: '%', valueText: '12%', previousName: 'Tổng vốn đầu tư toàn xã hội' },
      'Tốc độ tăng tổng vốn đầu tư toàn xã hội',
    ],
    // A count is named by the noun after it.
    [
      'Toàn huyện có thêm ',
      { unit: 'commune', unitText: 'xã', after: ' đạt chuẩn nông thôn mới nâng cao, ' },
      'Số xã đạt chuẩn nông thôn mới nâng cao',
    ],
    // … up to what its words lead to, not the word that leads to it ("5 xã đạt 19/19 tiêu chí").
    ['Toàn huyện có ', { unit: 'commune', unitText: 'xã', after: ' đạt ' }, 'Số xã'],
    // The items of a list under a measure take the measure ("trong đó: nông nghiệp 8.834 tỷ đồng").
    [
      'nông nghiệp ',
      { sentenceName: 'Giá trị sản xuất nông, lâm nghiệp và thủy sản' },
      'Giá trị sản xuất nông nghiệp',
    ],
    // Money said after a place that acts, or after a count, is named by the noun after it; a verb alone is read with it.
    [
      'Từ đầu năm 2024 đến nay, tỉnh Mẫu Sơn đã thu hút ',
      { after: ' vốn đầu tư khi cấp quyết định cho ' },
      'Vốn đầu tư',
    ],
    [', từ đó thu hút ', { after: ' vốn đầu tư.', previousName: 'Số dự án' }, 'Vốn đầu tư'],
    ['Năm 2024, huyện thu ', { after: ' tiền sử dụng đất, ' }, 'Thu tiền sử dụng đất'],
    // A noun phrase after "với" names its own amount, not the count before it.
    [
      ' thành lập mới với tổng vốn đăng ký ',
      { previousName: 'Số doanh nghiệp thành lập mới' },
      'Tổng vốn đăng ký',
    ],
    // A level after a growth names the thing, not its growth.
    [
      ' (kế hoạch năm ',
      { unit: 'million-usd', previousName: 'Tốc độ tăng kim ngạch xuất khẩu' },
      'Kim ngạch xuất khẩu',
    ],
    // By how much a result beat its plan.
    [
      ', ',
      {
        unit: 'million-vnd',
        valueText: 'vượt 17,7 triệu đồng',
        after: ' so với mục tiêu Đại hội.',
        previousName: 'Thu nhập bình quân đầu người',
      },
      'Mức vượt mục tiêu thu nhập bình quân đầu người',
    ],
    // A count after a verb of doing is named by its noun.
    [
      'Năm 2025, phường triển khai ',
      { unit: 'other', unitText: 'công trình', after: ', dự án đầu tư công với tổng mức đầu tư ' },
      'Số công trình',
    ],
    // Counts joined by "và" each name their own noun.
    [
      ' xuất khẩu mới và ',
      { unit: 'enterprise', unitText: 'DN', after: ' thành lập.', previousName: 'Số DN xuất khẩu mới' },
      'Số DN thành lập',
    ],
    // Who said it, and a place that acts, open no name.
    [
      'Sở Công Thương tỉnh Mẫu Sơn cho biết năm 2024 kim ngạch xuất khẩu hàng hóa của tỉnh ước đạt ',
      { unit: 'billion-usd' },
      'Kim ngạch xuất khẩu hàng hóa',
    ],
    ['Trong đó, tỉnh Mẫu Sơn xuất khẩu gạo ước đạt ', { unit: 'tonne' }, 'Xuất khẩu gạo'],
    // A time phrase with "của" after it is inside the subject, not an opener before it.
    [
      'Tốc độ tăng trưởng GRDP 9 tháng năm 2024 của tỉnh ước đạt ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng GRDP',
    ],
    // The period compared with, said after the result, is measured alike.
    [
      '; cao hơn cùng kỳ năm 2023 là ',
      { unit: 'percent', unitText: '%', sentenceName: 'Tốc độ tăng trưởng GRDP' },
      'Tốc độ tăng trưởng GRDP',
    ],
    // What was done for people names their count: training and jobs are two indicators, not "Số lao động".
    [
      'Năm 2023, công tác văn hóa, xã hội đã giải quyết việc làm cho ',
      { unit: 'person', unitText: 'người', after: ', đạt 136,3% kế hoạch' },
      'Giải quyết việc làm',
    ],
    [', đào tạo nghề cho ', { unit: 'worker', unitText: 'lao động', after: ', có ' }, 'Đào tạo nghề'],
    // A share the words after it name, and a rate brought down to a level.
    [
      ', có ',
      {
        unit: 'percent',
        unitText: '%',
        after: ' dân số tham gia bảo hiểm y tế…',
        previousName: 'Đào tạo nghề',
      },
      'Tỷ lệ dân số tham gia bảo hiểm y tế',
    ],
    [', giảm hộ nghèo đến cuối năm 2024 còn ', { unit: 'percent', unitText: '%' }, 'Tỷ lệ hộ nghèo'],
    // A level against the year before's is named so, not as the level (one indicator, one unit).
    [
      ', bằng ',
      {
        unit: 'percent',
        unitText: '%',
        after: ' so với năm trước.',
        previousName: 'Tổng giá trị sản xuất',
      },
      'Tổng giá trị sản xuất so với năm trước',
    ],
    // A bracketed price base is how, not what: the name is the one its other figures have.
    ['Năm 2023, tổng giá trị sản xuất (theo giá so sánh 2010) ước đạt ', {}, 'Tổng giá trị sản xuất'],
    // A sector's product grows apart from the whole economy's; its contribution is named with it.
    [
      'Năm 2024, GRDP khu vực nông, lâm nghiệp và thủy sản tăng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng GRDP khu vực nông, lâm nghiệp và thủy sản',
    ],
    [
      ', đóng góp ',
      {
        unit: 'percentage-point',
        unitText: 'điểm %',
        previousName: 'Tốc độ tăng trưởng khu vực công nghiệp',
        after: ' vào mức tăng trưởng chung.',
      },
      'Đóng góp vào tăng trưởng của khu vực công nghiệp',
    ],
    // A measure named after it by its noun, not its unit; "ước cả năm 2022" is no part of a name.
    ['Năm 2023, tỉnh thu hút ', { unit: 'billion-usd', unitText: 'USD', after: ' vốn FDI.' }, 'Vốn FDI'],
    [
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước cả năm 2022 đạt ',
      {},
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
    ],
    // An amount with no words of its own goes on measuring what its sentence opened with.
    [
      '; ước thực hiện cả năm ',
      {
        unit: 'billion-vnd',
        unitText: 'đồng',
        after: ', đạt 85,51% nhiệm vụ chi',
        sentenceName: 'Chi ngân sách địa phương',
      },
      'Chi ngân sách địa phương',
    ],
    // An index's rise is named as a rise, not as the index.
    [
      'Năm 2022, chỉ số sản xuất công nghiệp ước tăng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng chỉ số sản xuất công nghiệp',
    ],
    // When it was counted, bracketed, is no part of the name.
    ['giải ngân vốn đầu tư công (tính đến ngày 30.11) đạt ', {}, 'Giải ngân vốn đầu tư công'],
    // The level a verb raised a rate to, bracketed after it, names the rate; an age "trở lên" stays in a name.
    [
      'dịch bệnh được kiểm soát, tăng tỷ lệ chăn nuôi lợn trang trại (trên ',
      { unit: 'percent', unitText: '%' },
      'Tỷ lệ chăn nuôi lợn trang trại',
    ],
    [
      'trong đó lực lượng lao động từ 15 tuổi trở lên ước tính ',
      { unit: 'person', unitText: 'người' },
      'Lực lượng lao động từ 15 tuổi trở lên',
    ],
    // A newspaper's mark opening its lead; not the capitals of "CN - XD".
    [
      'TPO - Tốc độ tăng trưởng GRDP năm 2025 của Mẫu Sơn đạt ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng GRDP',
    ],
    ['CN - XD tăng ', { unit: 'percent', unitText: '%' }, 'Tốc độ tăng CN - XD'],
    [
      'Maukhoatv.vn - Tổng lượng khách du lịch đạt ',
      { unit: 'visit', unitText: 'lượt' },
      'Tổng lượng khách du lịch',
    ],
    // The aim's verb; a noun phrase opening a bracket after another amount names its own.
    [
      'tỉnh đặt mục tiêu tổng thu ngân sách nhà nước trên địa bàn ',
      {},
      'Tổng thu ngân sách nhà nước trên địa bàn',
    ],
    [' (thu nội địa trên ', { previousName: 'Tổng thu ngân sách nhà nước' }, 'Thu nội địa'],
    [' (kế hoạch ', { previousName: 'Tổng thu ngân sách nhà nước' }, 'Tổng thu ngân sách nhà nước'],
    // A share with nothing before it is the share of the kinds of place after it, listed with commas.
    [
      'Năm 2025, ',
      { unit: 'percent', unitText: '%', after: ' phường, xã đạt chuẩn quốc phòng toàn dân' },
      'Tỷ lệ phường, xã đạt chuẩn quốc phòng toàn dân',
    ],
    // The classification's names of industries keep their commas; so do kinds of village listed together.
    [
      'trong đó ngành công nghiệp chế biến, chế tạo tăng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng ngành công nghiệp chế biến, chế tạo',
    ],
    [
      '; ngành sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí tăng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng ngành sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí',
    ],
    [
      ', ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải',
    ],
    [
      'Năm 2025, có ',
      { unit: 'percent', unitText: '%', after: ' làng, bản, khu phố đạt danh hiệu văn hóa' },
      'Tỷ lệ làng, bản, khu phố đạt danh hiệu văn hóa',
    ],
    ['Duy trì tổng đàn gia súc, gia cầm ', { unit: 'other', unitText: 'con' }, 'Tổng đàn gia súc, gia cầm'],
    [
      'Năm 2025, doanh thu dịch vụ lưu trú, ăn uống và lữ hành đạt ',
      {},
      'Doanh thu dịch vụ lưu trú, ăn uống và lữ hành',
    ],
    // Who aims, and the aim's own words, are no part of what is aimed at.
    [
      'Năm 2026, TP Mẫu Sơn phấn đấu GRDP/người đạt ',
      { unit: 'million-vnd-per-person-year', unitText: 'triệu đồng' },
      'GRDP/người',
    ],
    [
      'HĐND tỉnh đã thống nhất thông qua chỉ tiêu tăng trưởng kinh tế năm 2026 từ ',
      { unit: 'percent', unitText: '%' },
      'Tăng trưởng kinh tế',
    ],
    [
      'Tổng thu từ khách du lịch trong năm 2026 phấn đấu đạt mục tiêu khoảng ',
      {},
      'Tổng thu từ khách du lịch',
    ],
    // When it is counted to, and what is said of the subject after it, are no part of its name.
    [
      'Tổng nguồn vốn huy động trên địa bàn ước đến cuối năm 2025 đạt ',
      {},
      'Tổng nguồn vốn huy động trên địa bàn',
    ],
    ['Công tác thu ngân sách đạt khá cao so với chỉ tiêu, ước đạt ', {}, 'Thu ngân sách'],
    // Who says it, the place that acts, the deed's "việc" and what is said of it after are no part of its name.
    ['Sở Tài chính cho biết, địa phương thu ngân sách đạt ', {}, 'Thu ngân sách'],
    ['Việc thu thuế thu nhập cá nhân cũng đạt tốt với ', {}, 'Thu thuế thu nhập cá nhân'],
    // The measure a thing has is named first, of that thing; a count of those that have it stays a count.
    ['Cây lúa có sản lượng ', { unit: 'tonne', unitText: 'tấn' }, 'Sản lượng cây lúa'],
    [
      'Ấp Hà Lâm có thu nhập bình quân đầu người cao nhất xã với ',
      { unit: 'million-vnd-per-person-year', unitText: 'triệu đồng/người/năm' },
      'Thu nhập bình quân đầu người ấp Hà Lâm',
    ],
    [
      'Số hộ có thu nhập trên 100 triệu đồng là ',
      { unit: 'household', unitText: 'hộ' },
      'Số hộ có thu nhập trên 100 triệu đồng',
    ],
    ['Tổng thu ngân sách vượt so với dự toán, đạt ', {}, 'Tổng thu ngân sách'],
    [
      'Ngành chế biến, chế tạo tiếp tục là động lực tăng trưởng khi tháng 10/2025 tăng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng ngành chế biến, chế tạo',
    ],
    [
      'Thu nhập bình quân đầu người hiện đạt ',
      { unit: 'million-vnd-per-person-year', unitText: 'triệu đồng' },
      'Thu nhập bình quân đầu người',
    ],
    // A price base set between commas names nothing; nor does the whole place the amount is for.
    [
      'trong năm 2025, tổng sản phẩm trên địa bàn (GRDP), giá so sánh 2010, trên toàn tỉnh đạt ',
      {},
      'Tổng sản phẩm trên địa bàn (GRDP)',
    ],
    // The Party is no place.
    ['Công tác xây dựng Đảng đạt ', { unit: 'percent-of-plan', unitText: '% chỉ tiêu' }, 'Xây dựng Đảng'],
    // A count named by its unit alone is named by the subject that holds it; a count after a deed by its noun.
    ['Tổng đàn đại gia súc hiện có ', { unit: 'other', unitText: 'con' }, 'Tổng đàn đại gia súc'],
    // (A place's own name holds nothing: the count is named by its noun.)
    ['Huyện Sơn Động hiện có ', { unit: 'other', unitText: 'hợp tác xã' }, 'Số hợp tác xã'],
    [
      'Trong năm, huyện đã thành lập mới ',
      { unit: 'enterprise', unitText: 'doanh nghiệp' },
      'Số doanh nghiệp',
    ],
    // The words after a count end before its time.
    [
      'Huyện có ',
      { unit: 'other', unitText: 'sản phẩm', after: ' đăng ký OCOP trong năm 2025' },
      'Số sản phẩm đăng ký OCOP',
    ],
    // A change said before the count or the rate it changes is named by it.
    [
      'giảm ',
      { unit: 'percent', unitText: '%', after: ' số hộ nghèo theo chuẩn của tỉnh' },
      'Tốc độ tăng số hộ nghèo theo chuẩn',
    ],
    [
      'so với cùng kỳ tăng ',
      { unit: 'percent', unitText: '%', after: ' số doanh nghiệp và tăng 67% số vốn đăng ký' },
      'Tốc độ tăng số doanh nghiệp',
    ],
    // Money with no words of its own names nothing by its unit: it goes on with the amount before, or waits for a name.
    [
      '; lũy kế năm 2025 tăng ',
      { unit: 'percent', unitText: '%', previousName: 'Tốc độ tăng chỉ số sản xuất' },
      'Tốc độ tăng chỉ số sản xuất',
    ],
    ['Năm 2020 đạt ', {}, 'TODO'],
    // A sector that goes on being something "với mức tăng …" is what grew; "đều có mức tăng" is said of the subject.
    [
      'Khu vực dịch vụ tiếp tục khẳng định là trụ đỡ của nền kinh tế với mức tăng cả năm đạt ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng khu vực dịch vụ',
    ],
    [
      'Tốc độ tăng trưởng công nghiệp ở các địa phương đều có mức tăng ',
      { unit: 'percent', unitText: '%' },
      'Tốc độ tăng trưởng công nghiệp ở các địa phương',
    ],
    // An area a deed covered; a share of what a deed was done for; a rate alone after a count; a count's own change.
    [
      'Năm 2025, huyện trồng mới ',
      { unit: 'hectare', unitText: 'ha', after: ' rừng' },
      'Diện tích trồng mới rừng',
    ],
    // The deed after the words of carrying it out; each item of the area it covered, broken down by crop.
    [
      'Trong 6 tháng, huyện đã triển khai trồng mới ',
      { unit: 'hectare', unitText: 'ha', after: ' cây công nghiệp các loại bao gồm: ' },
      'Diện tích trồng mới cây công nghiệp các loại',
    ],
    [
      'Trong 6 tháng, huyện đã triển khai trồng mới 280 ha cây công nghiệp, bao gồm: ',
      { unit: 'hectare', unitText: 'ha', after: ' cây ăn quả, ' },
      'Diện tích trồng mới cây ăn quả',
    ],
    [
      ', ',
      { unit: 'hectare', unitText: 'ha', after: ' mắc ca, ', previousName: 'Diện tích trồng mới cây ăn quả' },
      'Diện tích trồng mới mắc ca',
    ],
    [
      'Thuỷ lợi đảm bảo tưới chủ động cho ',
      { unit: 'percent', unitText: '%', after: ' diện tích cây trồng có nhu cầu tưới' },
      'Tỷ lệ diện tích cây trồng có nhu cầu tưới',
    ],
    [
      ', đạt tỷ lệ ',
      { unit: 'percent', unitText: '%', previousName: 'Số xã đạt chuẩn nông thôn mới' },
      'Tỷ lệ xã đạt chuẩn nông thôn mới',
    ],
    [
      ', tương ứng giảm ',
      { unit: 'enterprise', unitText: 'doanh nghiệp', previousName: 'Tốc độ tăng số doanh nghiệp giải thể' },
      'Mức giảm số doanh nghiệp giải thể',
    ],
    [
      'Tổng cộng ',
      { unit: 'other', unitText: 'tiêu chí', after: ' nông thôn mới' },
      'Số tiêu chí nông thôn mới',
    ],
    // An industry named as one, under its sentence's measure: the industry's value, the industry's index.
    [
      ', trong đó ngành chế biến, chế tạo đạt ',
      { sentenceName: 'Giá trị sản xuất công nghiệp' },
      'Giá trị sản xuất ngành chế biến, chế tạo',
    ],
    [
      ', trong đó ngành khai khoáng giảm ',
      { unit: 'percent', unitText: '%', sentenceName: 'Tốc độ tăng chỉ số sản xuất công nghiệp' },
      'Tốc độ tăng chỉ số sản xuất ngành khai khoáng',
    ],
    // "Kết quả này đến từ việc …": what a result came from opens no name.
    [
      'Kết quả này đến từ việc hỗ trợ ',
      { unit: 'TODO', unitText: '', after: ' thực thể kinh tế tiếp cận hóa đơn điện tử' },
      'Hỗ trợ thực thể kinh tế tiếp cận hóa đơn điện tử',
    ],
    // A thing's size said with its adjective is its area or its length; "Cùng với đó" opens a clause, no name.
    [
      'Khu công nghiệp Mẫu Đông rộng ',
      { unit: 'hectare', unitText: 'ha' },
      'Diện tích khu công nghiệp Mẫu Đông',
    ],
    ['Tuyến đường Mẫu Sơn dài hơn ', { unit: 'km', unitText: 'km' }, 'Chiều dài tuyến đường Mẫu Sơn'],
    // A sector after "và" that takes its own share names itself, not the sector before it.
    [
      ' và thương mại dịch vụ ước chiếm ',
      { unit: 'percent', unitText: '%', previousName: 'Tỷ trọng CN-XD' },
      'Tỷ trọng thương mại dịch vụ',
    ],
    [
      'Cùng với đó, ',
      { unit: 'household', unitText: 'hộ', after: ' được hỗ trợ xây nhà' },
      'Số hộ được hỗ trợ xây nhà',
    ],
    // "Nông thôn mới" is one term: its "mới" is not a verb's "just" ("có thêm 3 xã mới").
    [
      'Số tiêu chí nông thôn mới bình quân toàn huyện đạt ',
      { unit: 'other', unitText: 'tiêu chí', valueText: '12 tiêu chí' },
      'Số tiêu chí nông thôn mới',
    ],
    // "lần lượt" (respectively) and a town written "TX." are no part of what is measured.
    [
      'Vốn đăng ký của hai dự án lần lượt là ',
      { unit: 'million-usd', unitText: 'triệu USD' },
      'Vốn đăng ký của hai dự án',
    ],
    ['Tổng thu ngân sách của TX.Hòa Lạc đạt ', {}, 'Tổng thu ngân sách'],
    // A level in percent of things counted is their share; a sum ("số thu") and a count against last year's are not.
    [
      'Số lượng trường đạt chuẩn quốc gia bậc mầm non là ',
      { unit: 'percent', unitText: '%', valueText: '52,5%' },
      'Tỷ lệ trường đạt chuẩn quốc gia bậc mầm non',
    ],
    [
      'Số thu tiền sử dụng đất đạt ',
      { unit: 'percent', unitText: '%', valueText: '31,2%' },
      'Số thu tiền sử dụng đất',
    ],
    [
      'số dự án cấp mới đạt ',
      { unit: 'percent', unitText: '%', valueText: '61,3%', after: ' so với cùng kỳ.' },
      'Số dự án cấp mới',
    ],
  ])('%j → %j', (before, input, expected) => {
    expect(nameFigure({ ...base, ...input, before })).toBe(expected)
  })
})

describe('a long name', () => {
  it('is cut between words, never inside one', () => {
    const subject =
      'Tổng số các dự án đầu tư công đã được Ủy ban nhân dân huyện chỉ đạo các phòng ban chuyên môn và các xã thị trấn cùng tham gia ý kiến thẩm định hồ sơ'
    const name = nameFigure({ ...base, before: `${subject} là `, unit: 'project', unitText: 'dự án' })
    expect(name.length).toBeLessThanOrEqual(120)
    expect(subject.startsWith(name)).toBe(true)
    expect(subject.charAt(name.length)).toBe(' ')
  })
})

describe('indicatorOfLabel names the indicator a figure’s own name belongs to', () => {
  it.each([
    ['Tổng thu ngân sách (% dự toán)', 'Tổng thu ngân sách'],
    ['Tổng thu ngân sách 2024', 'Tổng thu ngân sách'],
    ['Tăng trưởng kinh tế năm 2023', 'Tăng trưởng kinh tế'],
    // A year compared with stays: it is what the name measures against.
    ['Tăng trưởng vốn đầu tư so với 2022', 'Tăng trưởng vốn đầu tư so với 2022'],
  ])('%j → %j', (label, indicator) => {
    expect(indicatorOfLabel(label)).toBe(indicator)
  })
})
