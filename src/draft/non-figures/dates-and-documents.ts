import { letter } from '../../lib/reg-exp.ts'

/**
 * When a thing happened and which document says it: dates, times, spans of years and of terms, and documents named by their numbers.
 */
export const datesAndDocuments = [
  // lúc 14 giờ, vào 8h
  [new RegExp(String.raw`(?<![${letter}])(?:lúc|vào)\s+\d{1,2}\s*(?:giờ|h)(?![${letter}])`, 'giu'), 'time'],
  // 2021-2025, 2025–2030
  [/(?<![\d.,])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)/gu, 'years'],
  // "Trong giai đoạn 5 năm từ 2014 đến 2018": a span of years said in words, no range of amounts
  [
    new RegExp(
      String.raw`(?<![${letter}])từ\s+(?:năm\s+)?(?:19|20)\d{2}\s+(?:đến|tới)\s+(?:năm\s+)?(?:19|20)\d{2}(?!\d|[.,]\d)(?!\s*(?:%|ha|tấn|con|người|hộ|đồng|lao động|km|kg|lượt|triệu|tỷ|tỉ|nghìn|ngàn|USD)(?![${letter}]))`,
      'giu',
    ),
    'term',
  ],
  // "kỷ niệm Ngày Quốc khánh 2/9", "Giải phóng miền Nam 30/4": a holiday named by its day
  [
    new RegExp(
      String.raw`(?<=(?:Quốc khánh|[Gg]iải phóng miền Nam|[Gg]iải phóng|Chiến thắng)\s+)\d{1,2}\s*\/\s*\d{1,2}(?![\d\/])`,
      'gu',
    ),
    'date',
  ],
  // "Đề án … giai đoạn 202-2025", "(nhiệm kỳ 2010-1015)": a span of years the page mistyped
  [new RegExp(String.raw`(?<=giai đoạn\s+)\d{3}\s*[-–]\s*(?:19|20)\d{2}(?!\d)`, 'giu'), 'term'],
  [
    new RegExp(
      String.raw`(?<=(?:giai đoạn|nhiệm kỳ|khóa)\s+(?:19|20)\d{2}\s*[-–]\s*)\d{4}(?!\d|[.,]\d)`,
      'giu',
    ),
    'term',
  ],
  // "lần đầu tiên trong 2 nhiệm kỳ", "qua 3 nhiệm kỳ": a span of terms, a time
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:trong|qua|sau|suốt)\s+(?:\d{1,2})\s+nhiệm kỳ(?![${letter}])`,
      'giu',
    ),
    'term',
  ],
  // "khép lại quá trình hoạt động 13 khóa của HĐND tỉnh": the council's terms, its history
  [
    new RegExp(
      String.raw`(?<![\d.,])\d{1,2}\s+kh[óo]a(?=\s+(?:của\s+)?(?:HĐND|Hội đồng nhân dân)(?![${letter}]))`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "Sáng 12.7", "chiều 3.10": a day and month written with a dot, after the part of the day
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:sáng|chiều|tối|trưa|đêm|ngày)\s+\d{1,2}\.\d{1,2}(?!\d|[.,]\d)`,
      'giu',
    ),
    'date',
  ],
  // "trong 2 tháng 5 và 6", "tháng 5, 6 và 7-2024": months named in a list
  [
    new RegExp(
      String.raw`(?<![${letter}])tháng\s+(?:1[0-2]|0?[1-9])(?:(?:\s*,\s+|\s+và\s+|\s*[-–]\s*)(?:1[0-2]|0?[1-9])(?![\d.,]))+(?:\s*[-/]\s*(?:19|20)\d{2})?`,
      'giu',
    ),
    'date',
  ],
  // "Đến 30-6, …", "tính đến ngày 30-6-2023", "Ngày 15 – 1, …", "ước thực hiện đến 30-6 đạt …": a day and month written
  // with a hyphen or a dash
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:đến|tới|hết|ngày)\s+(?:ngày\s+)?(?:[12]\d|3[01]|0?[1-9])\s*[-–]\s*(?:1[0-2]|0?[1-9])(?:\s*[-–]\s*(?:19|20)\d{2})?(?=\s*(?:[,;.)]|$|(?:năm|đạt|là|ước|có|tăng|giảm|thu|toàn)(?![${letter}])))`,
      'giu',
    ),
    'date',
  ],
  // "12/28/2018" (a page's date in the month-first order of its software): no day is over 31 nor a month over 12
  [
    new RegExp(
      String.raw`(?<![\d.,/])(?:1[0-2]|0?[1-9])\/(?:1[3-9]|2\d|3[01])\/(?:19|20)\d{2}(?![\d/])`,
      'gu',
    ),
    'date',
  ],
  // "thu ngân sách tính đến 6/12 đạt 105% kế hoạch": a day and month figures are counted to
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:tính\s+)?(?:đến|tới|hết)\s+(?:ngày\s+)?(?:[12]\d|3[01]|0?[1-9])\/(?:1[0-2]|0?[1-9])(?:\/(?:19|20)\d{2})?(?![\d/])(?=\s*(?:[,;.)]|$|(?:đạt|ước|tăng|giảm|là|thì|có|đã|toàn)(?![${letter}])))`,
      'giu',
    ),
    'date',
  ],
  // "Từ 28 đến 30-12, HĐND huyện …", "từ ngày 8 đến 10/7/2024", "Trong 2 ngày, 12 đến 13/12/2019": the days a meeting
  // ran, the first without its month
  [
    new RegExp(
      String.raw`(?:(?<![${letter}])từ\s+|(?<=(?<![${letter}])ngày\s*[,:(]\s*))(?:ngày\s+)?(?:[12]\d|3[01]|0?[1-9])\s+(?:đến|tới)\s+(?:ngày\s+)?(?:[12]\d|3[01]|0?[1-9])\s*[-/.]\s*(?:1[0-2]|0?[1-9])(?:\s*[-/.]\s*(?:19|20)\d{2})?(?!\d|[.,]\d)`,
      'giu',
    ),
    'date',
  ],
  // "Thứ năm, 09 Tháng 3 2017", "ngày 9 tháng 3 năm 2017": a date written in words
  [
    new RegExp(
      String.raw`(?<![${letter}\d])(?:\d{1,2}\s+)?tháng\s+(?:1[0-2]|0?[1-9])\s*,?\s+(?:năm\s+)?(?:19|20)\d{2}(?![\d.,])`,
      'giu',
    ),
    'date',
  ],
  // 2468/QĐ-UBND, 05/2024/NQ-HĐND, 125-KH/TU
  [new RegExp(String.raw`(?<![${letter}\d])\d[\d/.-]*[/-]\p{Lu}[${letter}\d/-]*`, 'gu'), 'document number'],
  // "tổng kết Nghị quyết 18", "Quyết định 25 của UBND tỉnh", "…, Nghị quyết 10, …": a document named by its number
  // (not the level a resolution set, "so với mục tiêu Nghị quyết 10-12%")
  // alone ("(Kế hoạch 300 tỷ đồng)" is a plan's level, not a plan's number)
  [
    /(?<=(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Thông báo)\s+(?:số\s+)?)\d{1,4}(?!\d|[.,]\d|\s*(?:%|\/|[-–]\s*\d[\d,]*\s*%))/gu,
    'document number',
  ],
] as const satisfies readonly (readonly [RegExp, string])[]
