import { letter } from '../../lib/reg-exp.ts'

/**
 * The web page around an article and the article’s own build: counters, code, file names, phone numbers, footnote marks, the numbers of its headings, items and tables, and a figure said again or revised.
 */
export const pageAndArticle = [
  // Lượt xem: 2724, lượt đọc 1.234, 3.410 lượt xem
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|views?|online|đang truy cập|đã truy cập|lượt truy cập|truy cập|tổng truy cập|hôm nay|hôm qua)\s*:?\s*\d[\d.,]*|\d[\d.,]*\s+(?:lượt xem|lượt đọc|bình luận)`,
      'giu',
    ),
    'page counter',
  ],
  // "intNumViewTotal=194", "id=5": a value in the page's own code, copied with its text (not a report's "Tổng vốn đầu tư
  // đến năm 2020 = 724.534 triệu đồng", "DVTM = 59,3%": an amount set equal in words, spaced)
  [/(?<=[A-Za-z\d_]=)\d[\d.,]*/gu, 'page code'],
  // "T.DU_TR.KHAI_N.VU_2023(1)": a picture's file name
  [/(?=\d)(?<=[\p{L}\d.]*_[\p{L}\d._]*\(?)\d+(?=\)?(?![\p{L}\d]))/gu, 'page code'],
  // điện thoại 0209.3851.246, ĐT: 0286 3 871 204, hotline 1900 1234
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:điện thoại|ĐT|SĐT|Tel|hotline|fax)\s*:?\s*\+?\d[\d .-]{5,}\d|(?<![\d.,])0\d{2,3}[ .]\d{3,4}[ .]\d{3,4}(?![\d]|[.,]\d)`,
      'giu',
    ),
    'phone number',
  ],
  // a file or a web address: "can-tho-062-1741235065.jpg", "https://…/2024/12/…"
  [
    new RegExp(String.raw`\S+\.(?:jpe?g|png|gif|webp|pdf|docx?|xlsx?)(?![${letter}])|https?:\/\/\S+`, 'giu'),
    'file or web address',
  ],
  // 2022-12-31, 2022-12-31 00:00:00: a date and time as a page's software writes it
  [/(?<![\d.,])(?:19|20)\d{2}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?!\d)/gu, 'date'],
  // "anh man hinh 2024 03 02 luc 002030.png", "IMG_2380.JPG": a picture's file name, copied with the page
  [/(?<=^|\n)[^\n.!?;:]{0,80}\.(?:png|jpe?g|gif|webp)(?![\p{L}\d])/giu, 'page code'],
  // "12:24[GMT+7]": a page's time zone
  [/(?<![\p{L}])(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?!\d)/gu, 'time zone'],
  // a footnote mark: "1.584 USD[1]"
  [/\[\d{1,2}\]/gu, 'footnote mark'],
  // "Dưới đây là 10 kết quả nổi bật …", "10 sự kiện nổi bật năm 2024": how many items the article lists, no figure
  [
    new RegExp(
      String.raw`(?<![\d.,])\d{1,2}\s+(?:kết quả|sự kiện|dấu ấn|điểm nhấn|thành tựu|thành tích)\s+nổi bật(?![${letter}])`,
      'giu',
    ),
    'the article’s own list',
  ],
  // "giao lưu khu vực và quốc tế(1)", "tăng 8,92%3 ,": a footnote's mark, glued to the word or the amount it notes
  [
    new RegExp(String.raw`(?<=[${letter}])\(\d{1,2}\)(?=[\s.,;:]|$)|(?<=\d%)\d{1,2}(?=\s*[,;.]|\s*$)`, 'gu'),
    'a footnote mark',
  ],
  // "6 điểm nhấn quan trọng của tỉnh … trong năm 2024", "5 dấu ấn nổi bật": the points an article is made of
  [
    new RegExp(
      String.raw`(?<![\d.,])\d{1,2}\s+(?:điểm nhấn|điểm sáng|dấu ấn|điểm nổi bật|sự kiện nổi bật|kết quả nổi bật)(?![${letter}])`,
      'giu',
    ),
    'the article’s own parts',
  ],
  // "Biểu 1: Chỉ số sản xuất công nghiệp …", "Bảng 2.": a table's or a chart's number in the article
  [
    new RegExp(String.raw`(?<![${letter}])(?:Biểu|Bảng|Hình|Biểu đồ|Sơ đồ)\s+\d{1,2}(?=\s*[:.])`, 'gu'),
    'the article’s own parts',
  ],
  // "(1) Đẩy mạnh …", "(2) năng lượng; (3) du lịch": the number of an item in a list
  [new RegExp(String.raw`(?<![${letter}\d])\(\d{1,2}\)(?=\s*[.:]?\s*\p{L})`, 'gu'), 'list number'],
  // "1. sản xuất nông nghiệp", "1.1. Trồng trọt", "2- Các chỉ tiêu chủ yếu", "3) Trồng rừng": a heading's or an item's
  // number at the start of its line
  [/^\s*\d{1,2}(?:\.\d{1,2})*(?:\.|\s*[-–)])(?=\s*\p{L})/gu, 'list number'],
  // "Trong mức tăng trưởng chung 3,82% này …": a figure pointed back to, said again
  [new RegExp(String.raw`(?<![\d.,])\d[\d.,]*\s*%\s+này(?![${letter}])`, 'gu'), 'a figure said again'],
  // "Mức đóng góp của các khu vực: trong 4,24% tăng trưởng thì khu vực …": the growth said again, as what its parts make
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])trong\s+(?:mức\s+)?)\d[\d,]*\s*%(?=\s+tăng trưởng)`,
      'gu',
    ),
    'the same figure said again',
  ],
  // "tăng 14,56% (trước đó 14,5%)", "điều chỉnh giảm nhẹ so với mức 10,35% trước đó", "chiếm 17,7%, tăng so với 16% báo
  // cáo trước", "tăng 4,7%, điều chỉnh giảm nhẹ từ 5,1%": a figure revised, its earlier estimate beside it
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])điều chỉnh\s+(?:giảm|tăng)(?:\s+nhẹ)?\s+(?:từ|so với)\s+(?:mức\s+)?)\d[\d.,]*\s*%?|\(\s*trước đó\s*:?\s*\d[^()]*\)|(?<=(?<![${letter}])so với\s+(?:mức\s+|con số\s+)?)\d[\d.,]*\s*(?:%|[${letter}]+(?:\s+[${letter}]+)?)?\s+(?:trước đó|báo cáo trước(?:\s+đó)?|đã báo cáo)(?![${letter}])`,
      'giu',
    ),
    'an earlier estimate, revised',
  ],
] as const satisfies readonly (readonly [RegExp, string])[]
