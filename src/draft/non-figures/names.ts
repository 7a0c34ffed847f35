import { letter } from '../../lib/reg-exp.ts'

/**
 * A number that is part of a name: a grade, a phase, a dose, a programme, a ward, a slogan, an age said with a person, a map scale.
 */
export const partsOfNames = [
  // "tính trên 01 km 2": a square written apart from its unit
  [new RegExp(String.raw`(?<=(?<![${letter}])k?m\s)[23](?![\d.,${letter}])`, 'gu'), 'unit exponent'],
  // "nuôi tôm ứng dụng công nghệ cao (2, 3 giai đoạn)", "quảng canh cải tiến 2 giai đoạn": a kind of farming named by
  // its stages
  [
    new RegExp(
      String.raw`\(\s*\d(?:\s*,\s*\d)*\s+giai đoạn\s*\)|(?<=(?:thâm canh|quảng canh|cải tiến|công nghệ cao|nuôi tôm|nuôi cá)\s+)\d(?:\s*,\s*\d)*\s+giai đoạn(?![${letter}])`,
      'gu',
    ),
    'a kind named by a number',
  ],
  // "trong 2 vụ đông xuân và hè thu": the seasons counted as they are named; "2 loại cây vừa nêu", "3 chỉ tiêu nói trên",
  // "tỷ lệ 3 tiêu chí này":
  // things said before, counted again to point back at them
  [
    new RegExp(
      String.raw`(?<![\d.,])\d\s+vụ(?=\s+(?:đông xuân|hè thu|thu đông|chiêm xuân|mùa|xuân|đông)\s+(?:và|,)\s+(?:đông xuân|hè thu|thu đông|chiêm xuân|mùa|xuân|đông)(?![${letter}]))|(?<![\d.,])\d{1,2}\s+(?:[${letter}]+\s+){1,2}?(?:vừa nêu|nêu trên|nói trên|kể trên|này)(?![${letter}])`,
      'giu',
    ),
    'things said before, counted',
  ],
  // "Trong 7,86% tăng trưởng, đóng góp của các khu vực như sau:", "Trong mức tăng trưởng chung 7,1%, khu vực …": the
  // growth said before, named again to break it down
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])[Tt]rong\s+)\d[\d.,]*\s*%(?=\s+(?:tăng trưởng|mức tăng)(?![${letter}]))|(?<=(?<![${letter}])[Tt]rong\s+mức\s+tăng(?:\s+trưởng)?(?:\s+chung)?\s+)\d[\d.,]*\s*%(?=\s*,)`,
      'gu',
    ),
    'things said before, counted',
  ],
  // "50 tân binh giao cho Trung đoàn 990": an army unit named by its number
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:Trung đoàn|Sư đoàn|Lữ đoàn|Tiểu đoàn|Quân đoàn|Hải đoàn)\s+\d{1,4}(?![\d%]|[.,]\d)`,
      'gu',
    ),
    'a kind named by a number',
  ],
  // "trao Huy hiệu 30, 40, 45, 50 năm tuổi Đảng cho 25 đảng viên": the years of membership a badge honours name it
  [
    new RegExp(
      String.raw`(?<![${letter}])huy hiệu\s+(?:từ\s+)?\d{2}(?:\s*(?:,|;|và|-|–|đến)\s*\d{2})*\s+năm\s+tuổi\s+đảng(?![${letter}])`,
      'giu',
    ),
    'a badge named by years',
  ],
  // tỉ lệ 1/2.000, tỷ lệ bản đồ 1:500
  [
    new RegExp(String.raw`(?<![${letter}])t[ỷỉ]\s+lệ\s+(?:bản đồ\s+)?1\s*[/:]\s*\d[\d.]*`, 'giu'),
    'map scale',
  ],
  // "Xây dựng hội trường 500 chỗ của Trường cao đẳng nghề …": a building named by its seats, part of a project's name
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])(?:hội trường|nhà thi đấu|sân vận động|nhà văn hóa|nhà văn hoá|rạp|khán đài|bãi đỗ xe)\s+)\d[\d.]*\s+chỗ(?:\s+ngồi)?(?![${letter}])`,
      'giu',
    ),
    'a building named by its seats',
  ],
  // "Bà Ngô Thị Huệ (70 tuổi) cho biết": a person's age, said with the name
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])(?:Ông|Bà|Anh|Chị|Cô|Chú|Cụ|cụ|em|Em)\s+\p{Lu}[^()\d]{0,40}\(\s*)\d{1,3}(?=\s+tuổi\s*\))`,
      'gu',
    ),
    'a person’s age',
  ],
  // "trường đạt chuẩn quốc gia mức độ 2": the grade of a standard, part of its name; so are grades listed ("dịch vụ
  // công trực tuyến mức độ 3, 4", "mức độ 3 và 4")
  [
    new RegExp(String.raw`(?<![${letter}])mức độ\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*(?![\d%]|[.,]\d)`, 'giu'),
    'the grade of a standard',
  ],
  // "tiêm mũi 2", "mũi thứ 3": which dose, not an amount
  [
    new RegExp(String.raw`(?<![${letter}])mũi\s+(?:thứ\s+)?\d(?![\d%]|[.,]\d)`, 'giu'),
    'the number of a dose',
  ],
  // "các bến số 3, 4, 5, 6", "tổ máy số 2", "bến 3, 4": things named by their numbers
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:bến|cầu cảng|cảng|tuyến|tổ máy|tổ|khu|lô|tòa|trạm|đơn nguyên|quốc lộ|tỉnh lộ|đường)\s+(?:số\s+\d{1,3}(?:\s*(?:,|và)\s*\d{1,3})*|\d{1,3}(?:\s*(?:,|và)\s*\d{1,3})+)(?![\d%]|[.,]\d)`,
      'giu',
    ),
    'things named by their numbers',
  ],
  // "cụm công nghiệp Diên Thọ giai đoạn 2", "đợt 3": which phase, not an amount
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:giai đoạn|đợt)\s+(?:thứ\s+)?\d{1,2}(?![\d%/]|[.,]\d|\s*[-–])`,
      'giu',
    ),
    'the number of a phase',
  ],
  // "đối tượng từ 12-17 tuổi": the ages of a group, part of its name
  [
    new RegExp(String.raw`(?<![${letter}])(?:từ\s+)?\d{1,2}\s*[-–]\s*\d{1,2}\s+tuổi(?![${letter}])`, 'giu'),
    'the ages of a group',
  ],
  // OCOP 3 sao, 4 sao
  // ("04 khách sạn 05 sao", "xếp hạng từ 1 đến 05 sao", "10 sản phẩm đạt 3 và 4 sao": written with a leading zero, or as
  // a span or a pair.)
  [
    new RegExp(
      String.raw`(?<![\d.,])(?:từ\s+)?0?\d\s*(?:(?:-|đến|tới|và|,)\s*0?\d\s*)?sao(?![${letter}])`,
      'giu',
    ),
    'star rating',
  ],
  // “5 quyết tâm”, “3 không”: a slogan quoted whole, a number and a word or two
  [new RegExp(String.raw`(?<=[“"])\d{1,2}\s+[${letter}]+(?:\s+[${letter}]+)?(?=[”"])`, 'gu'), 'a slogan'],
  // "tăng trưởng 2 con số": double digits, not an amount; "Đề án phát triển 1 triệu ha lúa …": a programme's name
  [
    new RegExp(
      String.raw`(?<![\d.,])(?:0?\d|hai)\s+con số(?![${letter}])|(?<=Đề án(?:\s+phát triển)?\s+)\d[\d.,]*\s+(?:triệu|nghìn)\s+ha(?![${letter}])`,
      'gu',
    ),
    'part of a name',
  ],
  // "3 chương trình mục tiêu quốc gia": the national programmes, as many as the country has, part of their name
  [
    new RegExp(String.raw`(?<![\d.,])0?\d\s+chương trình mục tiêu quốc gia(?![${letter}])`, 'giu'),
    'part of a name',
  ],
  // chính quyền địa phương 2 cấp: the tiers of a government, part of its name
  [
    new RegExp(String.raw`(?<![${letter}])chính quyền(?:\s+địa phương)?\s+\d\s+cấp(?![${letter}])`, 'giu'),
    'part of a name',
  ],
  // "thôn Hành Rạc 1, Bạc Rây 2 xã Phước Bình": a village's number, then the commune it is in
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])\p{Lu}[\p{Ll}\p{M}]*\s)\d{1,2}(?=\s+(?:xã|thôn|phường|thị trấn|huyện)\s+\p{Lu})`,
      'gu',
    ),
    'part of a name',
  ],
  // "Gia đình ông Hoàng Văn Tư, thôn 2, xã Mẫu Sơn", "tổ dân phố 5": a village or quarter named by its number, an
  // address ("có 12 thôn, 2 xã" counts them)
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])(?:thôn|xóm|ấp|bản|tổ dân phố|khu phố|tổ)\s+)\d{1,2}(?![\d%]|[.,]\d)(?=\s*(?:,|\.|;|$|\s+(?:xã|phường|thị trấn)(?![${letter}])))`,
      'gu',
    ),
    'part of a name',
  ],
  // "(Dự án 4)", "Tiểu dự án 2 của Dự án 1": a programme's project named by its number
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])(?:[Tt]iểu\s+dự án|Dự án)\s+)\d{1,2}(?![\d%]|[.,]\d)(?=\s*(?:\)|,|;|\.|$|\s+(?:và|của|thuộc|về|là|đã|được)(?![${letter}])))`,
      'gu',
    ),
    'part of a name',
  ],
  // "Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 64 huyện nghèo": the programme of Resolution 30a, named
  [
    new RegExp(String.raw`(?<=(?<![${letter}])(?:đối với|cho)\s+)\d{2}\s+huyện nghèo(?![${letter}])`, 'giu'),
    'part of a name',
  ],
  // "giảm tỷ trọng khu vực 1, tăng mạnh khu vực 2": the economy's sectors named by their number
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])(?:tỷ trọng|tỉ trọng|cơ cấu)?[^.;\d]{0,40}?(?<![${letter}])khu vực\s+)(?:[1-3]|I{1,3})(?![\d%${letter}]|[.,]\d)`,
      'giu',
    ),
    'part of a name',
  ],
  // "nút giao … đến ngã 4 đường Tôn Đức Thắng": a crossroads named by its ways ("ngã tư" written with a digit)
  [new RegExp(String.raw`(?<![${letter}])ngã\s+[3-6](?![\d.,${letter}])`, 'giu'), 'part of a name'],
  // "Trung tâm Hội nghị 25 B", "nhà 12A": a building's number (not "có 10 Đ/c", comrades written short)
  [
    new RegExp(String.raw`(?<![\d.,/])\d{1,4}\s?[A-ZĐ](?![${letter}\d]|\/[${letter}])`, 'gu'),
    'part of a name',
  ],
  // "sáp nhập các phường 7, 8, 9", "quận 12": wards and districts named by a number; "Dự án thành phần 1": a part's
  // number in a project's name; "khu vực 1 tăng 2,96%": the economy's first sector (farming), named by its number
  [
    new RegExp(
      String.raw`(?<![${letter}])khu vực\s+[1-3](?=\s+(?:tăng|giảm|đạt|chiếm|ước|có|và|là)(?![${letter}]))|(?<![${letter}])(?:phường|quận)\s+\d{1,2}(?:\s*,\s*\d{1,2}(?!\d|[.,]\d))*(?!\d|[.,]\d|\s*%)|(?<![${letter}])(?:thành phần|hợp phần)\s+\d{1,2}(?![\d.,])`,
      'giu',
    ),
    'part of a name',
  ],
  // "Kho bạc Nhà nước Khu vực 2", "Chi cục Thuế Khu vực 15": an office named by its region's number, capitalised
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])\p{Lu}[${letter}]*(?:\s+[${letter}]+){0,3}\s+)Khu\s+vực\s+\d{1,2}(?!\d|[.,]\d|\s*%)(?![${letter}])`,
      'gu',
    ),
    'part of a name',
  ],
  // "Đề án 1 triệu héc-ta lúa chất lượng cao", "Chương trình 30 nghìn căn nhà": a programme named by its goal
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?:^|[^${letter}])(?:Đề án|Chương trình|Dự án)\s+)\d[\d.,]*\s+(?:triệu|nghìn|ngàn)\s+[${letter}-]+)`,
      'gu',
    ),
    'part of a name',
  ],
  // "Vụ Thu Đông (vụ 3)": which crop of the year, not an amount
  [new RegExp(String.raw`(?<![${letter}])vụ\s+[1-4](?![\d${letter}]|[.,]\d)`, 'giu'), 'ordinal or reference'],
  // "đang ở cấp độ 1 vùng xanh": a level of a scale, not an amount
  [new RegExp(String.raw`(?<![${letter}])cấp độ\s+[1-4](?![\d.,])`, 'giu'), 'ordinal or reference'],
  // "(lần 6)", "sửa đổi lần 2", "kỳ họp HĐND tỉnh lần 29, …": which time a document was changed, a meeting held
  [new RegExp(String.raw`(?<![${letter}])lần\s+\d{1,2}(?!\d|[.,]\d)`, 'giu'), 'ordinal or reference'],
  // "thảo luận 1 số tồn tại, hạn chế": "một số" (some) written with a digit, not an amount
  [
    new RegExp(
      String.raw`(?<![\d.,])1\s+số\s+(?=(?:tồn tại|hạn chế|nội dung|vấn đề|giải pháp|nhiệm vụ|chỉ tiêu|kết quả|khó khăn|ý kiến|lĩnh vực|địa phương|đơn vị|ngành|dự án|công trình)(?![${letter}]))`,
      'giu',
    ),
    'some ("1 số" for "một số")',
  ],
  // Covid - 19, Covid–19
  [new RegExp(String.raw`(?<![${letter}])covid\s*[-–—]\s*19`, 'giu'), 'part of a name'],
] as const satisfies readonly (readonly [RegExp, string])[]
