import { letter } from '../lib/reg-exp.ts'
import { findDateSpans, findTimes } from '../dataset/reading/read-date.ts'
import { findTimeExpressions } from './structure/time-expressions.ts'

/** A stretch of text whose digits are not a figure: a date, a time, a span of years, a map scale, a document number. */
export type NonFigure = { start: number; end: number; reason: string }

const spanPatterns: readonly (readonly [RegExp, string])[] = [
  // lúc 14 giờ, vào 8h
  [new RegExp(String.raw`(?<![${letter}])(?:lúc|vào)\s+\d{1,2}\s*(?:giờ|h)(?![${letter}])`, 'giu'), 'time'],
  // 2021-2025, 2025–2030
  [/(?<![\d.,])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)/gu, 'years'],
  // 2022-12-31, 2022-12-31 00:00:00: a date and time as a page's software writes it
  [/(?<![\d.,])(?:19|20)\d{2}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?!\d)/gu, 'date'],
  // "anh man hinh 2024 03 02 luc 002030.png", "IMG_2380.JPG": a picture's file name, copied with the page
  [/(?<=^|\n)[^\n.!?;:]{0,80}\.(?:png|jpe?g|gif|webp)(?![\p{L}\d])/giu, 'page code'],
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
  // tỉ lệ 1/2.000, tỷ lệ bản đồ 1:500
  [
    new RegExp(String.raw`(?<![${letter}])t[ỷỉ]\s+lệ\s+(?:bản đồ\s+)?1\s*[/:]\s*\d[\d.]*`, 'giu'),
    'map scale',
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
  // "25 xã đạt từ 15-18 tiêu chí", "3 xã đạt dưới 5 tiêu chí", "không có xã trên 3 tiêu chí", "02/13 xã đạt 14 tiêu
  // chí", "3 xã đạt chuẩn 19 tiêu chí": the band of criteria a group of communes is in, not a figure (the communes
  // counted are; "các xã còn lại đạt từ 12 đến 14 tiêu chí", with no count of them, is the figure)
  [
    new RegExp(
      String.raw`(?=\d|từ\s|dưới\s|trên\s)(?<![\d.,/])(?<!(?:giảm|tăng)\s+(?:từ\s+)?)(?<!còn lại\s+(?:đều\s+)?đạt\s+(?:từ\s+)?)(?:(?:từ\s+)?\d{1,2}\s*[-–]\s*\d{1,2}|từ\s+\d{1,2}\s+đến\s+\d{1,2}|(?:dưới|trên)\s+\d{1,2})\s+tiêu chí(?![${letter}])(?!\s*\/)|(?=\d)(?<=(?<![\d.,])\d{1,3}(?:\s*\/\s*\d{1,3})?\s+xã\s+đạt\s+(?:chuẩn\s+|đủ\s+)?)\d{1,2}\s+tiêu chí(?![${letter}])(?!\s*\/)`,
      'giu',
    ),
    'a band of criteria',
  ],
  // "tàu cá có chiều dài dưới 6m: 271 chiếc; từ 6 đến dưới 12m: 912 chiếc; từ 24m trở lên: 174 chiếc": the size band
  // things are counted in, not a figure (the things counted are)
  [
    new RegExp(
      String.raw`(?<![\d.,/])(?:từ\s+\d{1,3}(?:\s*m)?\s+(?:đến|tới)\s+dưới\s+\d{1,3}|dưới\s+\d{1,3}|từ\s+\d{1,3})\s*(?:m|CV|tấn)(?:\s+trở lên)?(?=\s*:\s*\d)`,
      'gu',
    ),
    'a band of criteria',
  ],
  // "nhiệt độ trung bình khoảng 15-18 độ C", "độ cao trung bình 1500 – 1800 m so với mực nước biển": the land's
  // climate and height, described, not measured as an indicator
  [/(?<![\d.,])\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:độ\s*C|°\s*C)(?![\p{L}\d])/gu, 'the climate described'],
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])độ cao(?:\s+trung bình)?(?:\s+(?:khoảng|từ|trên|gần))?\s+)\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*m(?![${letter}\d])|(?<![\d.,])\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*m\s+so với mực nước biển`,
      'giu',
    ),
    'the land’s height',
  ],
  // "giao lưu khu vực và quốc tế(1)", "tăng 8,92%3 ,": a footnote's mark, glued to the word or the amount it notes
  [
    new RegExp(String.raw`(?<=[${letter}])\(\d{1,2}\)(?=[\s.,;:]|$)|(?<=\d%)\d{1,2}(?=\s*[,;.]|\s*$)`, 'gu'),
    'a footnote mark',
  ],
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
  // "kỷ niệm Ngày Quốc khánh 2/9", "Giải phóng miền Nam 30/4": a holiday named by its day
  [
    new RegExp(
      String.raw`(?<=(?:Quốc khánh|[Gg]iải phóng miền Nam|[Gg]iải phóng|Chiến thắng)\s+)\d{1,2}\s*\/\s*\d{1,2}(?![\d\/])`,
      'gu',
    ),
    'date',
  ],
  // "Đề án … giai đoạn 202-2025": a span of years the page mistyped
  [new RegExp(String.raw`(?<=giai đoạn\s+)\d{3}\s*[-–]\s*(?:19|20)\d{2}(?!\d)`, 'giu'), 'term'],
  // "12:24[GMT+7]": a page's time zone
  [/(?<![\p{L}])(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?!\d)/gu, 'time zone'],
  // 2468/QĐ-UBND, 05/2024/NQ-HĐND, 125-KH/TU
  [new RegExp(String.raw`(?<![${letter}\d])\d[\d/.-]*[/-]\p{Lu}[${letter}\d/-]*`, 'gu'), 'document number'],
]

/** The bodies a congress elects ("Ban Chấp hành", "Ban Thường vụ", "Ủy ban Kiểm tra", "đoàn đại biểu"). */
const electedBody = String.raw`(?:Ban [Cc]hấp hành|Ban [Tt]hường vụ|(?:Ủy|Uỷ) ban [Kk]iểm tra|[Đđ]oàn đại biểu)`

/** The kinds of place a number may name together ("giữa 2 huyện, 2 tỉnh"). */
const placeNoun = String.raw`(?:huyện|tỉnh|xã|nước|địa phương|thành phố|quốc gia)`

/**
 * The words of a meeting's own proceedings and of a web page around an article: counted, but no figures of the report.
 * A pattern that looks behind for its words first asks for what it matches ("(?=\d)"): a look behind tried at every
 * character of a long report is the draft's slowest step.
 */
const proceedings = [
  // "tình đoàn kết giữa 2 huyện, 2 tỉnh": places named by how many, not counted; "kim ngạch xuất khẩu của 13 tỉnh khu
  // vực …", "của 6 địa phương trên": the places a total is of
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])giữa\s+(?:\d\s+${placeNoun}\s*,\s*)*)\d\s+${placeNoun}(?![${letter}])|(?<![\d.,])(?<!(?:trong|trên)\s+)\d{1,2}\s+(?:tỉnh(?:,?\s+thành(?:\s+phố)?)?|địa phương)(?=\s+(?:khu vực|vùng|trên|nói trên)(?![${letter}])))`,
      'giu',
    ),
    'places named, not counted',
  ],
  // thông qua 12 nghị quyết, 7 tờ trình, 30/32 đại biểu, 5 chức danh, hơn 30 lượt ý kiến, 3 tổ thảo luận (not a year's
  // work: "ban hành hơn 900 văn bản các loại", "giải quyết 50/58 nội dung dư luận phản ánh")
  [
    new RegExp(
      String.raw`(?<![\d.,])\d[\d.]*(?:\/\d+)?\s+(?:nghị quyết|Nghị quyết|tờ trình|Tờ trình|báo cáo|đại biểu|chức danh|ý kiến|lượt ý kiến|kiến nghị|cử tri|tổ thảo luận|câu hỏi|phiên|kỳ họp|cuộc họp|dự thảo|nội dung(?!\s+(?:dư luận|phản ánh))|văn bản(?!\s+(?:các loại|chỉ đạo|điều hành|quy phạm))|điểm cầu)(?![${letter}])`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "Sôi nổi phiên chất vấn: Hơn 16 vấn đề "nóng"", "chất vấn tập trung vào hơn 16 vấn đề": the questions put
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])chất vấn(?![${letter}])[^.!?]{0,60}?)(?<![\d.,])\d{1,3}\s+vấn đề(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
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
  // "100% các đại biểu biểu quyết thống nhất", "100% đại biểu có mặt tán thành": how the meeting voted
  [
    new RegExp(String.raw`(?<![\d.,])\d[\d,]*\s*%\s+(?:các\s+)?đại biểu(?![${letter}])`, 'giu'),
    'the meeting’s proceedings',
  ],
  // "tặng Giấy khen cho 29 tập thể, 72 cá nhân có thành tích …": those a meeting rewards
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])(?:khen|khen thưởng|tặng|trao|biểu dương|vinh danh)(?![${letter}])[^.;]{0,80}?)(?<![\d.,])\d[\d.]*\s+(?:tập thể|cá nhân)(?![${letter}]))`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "trao chứng nhận và tuyên dương 20 doanh nghiệp, 10 trang trại tiêu biểu": the businesses and farms a meeting honours
  // (not "trao giấy chứng nhận đầu tư cho 15 doanh nghiệp": a licence given is a figure)
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])(?:khen thưởng|biểu dương|tuyên dương|vinh danh)(?![${letter}])[^.;]{0,80}?)(?<![\d.,])\d[\d.]*\s+(?:doanh nghiệp|trang trại|hợp tác xã|HTX|hộ gia đình|gia đình)(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "có một tập thể và 22 cá nhân được tặng bằng khen": those rewarded, said before the reward
  [
    new RegExp(
      String.raw`(?<![\d.,])\d[\d.]*\s+(?:tập thể|cá nhân)(?![${letter}])(?=[^;]{0,40}?(?<![${letter}])(?:được|đã được|vinh dự|nhận)\s+(?:tặng|khen|trao|biểu dương|vinh danh|nhận|Bằng khen|bằng khen)(?![${letter}]))`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "Tham dự đại hội có đại diện …, Đảng ủy 12 xã trong huyện và 130 đồng chí là đảng viên", "Chủ trì hội nghị có Chủ
  // tịch UBND huyện và 02 Phó Chủ tịch": who attends or chairs a meeting
  // (the party members its delegates stand for, "đại diện cho trên 1.800 đảng viên", "đại diện 1.204 đảng viên", and
  // the party units they come from, "đến từ 14 chi bộ trực thuộc", are the party's size, figures)
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])(?:(?:[Tt]ham dự|[Vv]ề dự|[Dd]ự|[Cc]hủ trì)\s+(?:[Đđ]ại hội|[Hh]ội nghị|[Kk]ỳ họp)|[Cc]ùng\s+dự|[Tt]ham\s+dự)\s+(?:có|gồm)(?![${letter}])[^.]{0,300}?)(?<!đ(?:ại|aị) diện(?:\s+cho)?\s+(?:(?:trên|hơn|gần|khoảng)\s+)?)(?<![\d.,])\d[\d.]*(?:\s+(?:đồng chí|đại biểu|xã|phường|thị trấn|người|khách mời))?(?![\d${letter}])(?!\s+(?:chi bộ|đảng bộ|tổ chức (?:cơ sở )?đảng)(?![${letter}])))`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "Hơn 200 đảng viên đại diện cho 1.570 đảng viên của toàn Đảng bộ xã dự Đại hội": the delegates, who stand for the
  // party members (those are the party's size, a figure)
  [
    new RegExp(
      String.raw`(?<![\d.,])\d[\d.]*\s+(?:đảng viên|đồng chí)(?=\s+(?:là\s+)?(?:đại biểu\s+)?đ(?:ại|aị) diện(?:\s+cho)?\s+(?:(?:trên|hơn|gần|khoảng|gần)\s+)?\d)`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "bầu Ban Chấp hành … gồm 15 đồng chí": whom a congress elects (the party members its delegates stand for
  // are the party's size, a figure)
  [
    // ("bầu Ban Thường vụ Thành ủy 13 đồng chí": the body elected named first)
    new RegExp(
      String.raw`(?<![${letter}])(?:gồm|bầu(?:\s+(?:Ban|Đoàn|Ủy ban|Uỷ ban)[^\d.;:]{0,40}?)?)\s+\d{1,3}\s+đồng chí(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "Kỳ họp cũng đã bầu bổ sung 2 Ủy viên UBND", "bầu miễn nhiệm 1 ủy viên UBND huyện": members a session elects or
  // dismisses
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:bầu|miễn nhiệm|bãi nhiệm)(?:\s+(?:bổ sung|miễn nhiệm|cử|thay thế))?\s+\d{1,3}\s+(?:ủy viên|uỷ viên|Ủy viên|Uỷ viên|thành viên|đại biểu|chức danh|người)(?![${letter}])`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "chỉ định Ban Chấp hành Đảng bộ xã … nhiệm kỳ mới gồm 26 người": the committee a congress elects or is given
  [
    new RegExp(
      String.raw`(?=gồm|có|với)(?<=${electedBody}[^.;]{0,80}?)(?<![${letter}])(?:gồm|có|với)\s+\d{1,3}\s+(?:người|thành viên|ủy viên|uỷ viên|đại biểu)(?![${letter}])`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "Đại hội đã bầu Ban chấp hành 55 người; Ban Thường vụ 15 người", "bầu Ban Thường vụ Tỉnh ủy 13 người": the body
  // elected, then its size
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?:(?<![${letter}])(?:bầu|chỉ định)\s+(?:ra\s+)?)?${electedBody}(?:\s+(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng)\s*[ủu]y)?\s+)\d{1,3}\s+(?:người|thành viên|ủy viên|uỷ viên|đồng chí)(?![${letter}])`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "Đại hội đã rút ra 6 bài học kinh nghiệm": the lessons a congress draws from its term
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:rút ra|đúc rút|đúc kết)\s+(?:được\s+)?\d{1,2}\s+bài học(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "lấy phiếu tín nhiệm đối với 28 người", "với 48/49 phiếu bầu (chiếm tỷ lệ 97,96%)", "5 phiếu tín nhiệm (tỷ lệ
  // 10,2%)", "Với tỷ lệ phiếu bầu đạt 99,33%": a vote, its votes and their shares
  [
    new RegExp(
      String.raw`(?<![\d.,])\d[\d.]*(?:\/\d+)?\s+(?:phiếu|lá phiếu)(?![${letter}])|(?=\d)(?<=(?<![${letter}])t[ỷỉ] lệ\s+phiếu(?:\s+(?:bầu|tín nhiệm|tán thành))?\s+(?:đạt\s+|là\s+)?)\d[\d,]*\s*%|(?=\d)(?<=(?<![${letter}])phiếu(?![${letter}])[^.;()]{0,30}?\(\s*(?:chiếm\s+)?(?:tỷ lệ|tỉ lệ)\s+)\d[\d,]*\s*%|(?=\d)(?<=(?<![${letter}])(?:lấy|bỏ)\s+phiếu\s+tín nhiệm\s+(?:đối với|với|cho)\s+)\d{1,3}\s+(?:người|chức danh|đồng chí)(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "Kết quả, 20 người giữ chức vụ do HĐND huyện … bầu có tỷ lệ … đánh giá tín nhiệm cao từ 53,33% đến 93,33%; tín
  // nhiệm từ 33,33% đến 66,66%": those a council's confidence vote was on, and its shares
  [
    new RegExp(
      String.raw`(?<![\d.,])\d{1,3}\s+(?:người|đồng chí)\s+giữ\s+chức\s+vụ(?![${letter}])|(?=\d)(?<=(?<![${letter}])tín nhiệm(?:\s+(?:cao|thấp))?\s+(?:(?:là|đạt|từ)\s+)?|(?<![${letter}])tín nhiệm(?:\s+(?:cao|thấp))?\s+từ\s+\d[\d,]*\s*%\s+(?:đến|tới|-|–)\s+)\d[\d,]*\s*%`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "BCH Đảng bộ huyện đã trao giấy khen cho 8 chi bộ, đảng bộ …", "tặng Bằng khen cho 12 tập thể": honours a meeting
  // hands out
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:trao|tặng|khen thưởng)\s+(?:giấy khen|bằng khen|Giấy khen|Bằng khen|cờ thi đua|Cờ thi đua|danh hiệu[^.;\d]{0,40}?)\s+(?:cho\s+)?\d[\d.]*\s+(?:tập thể|cá nhân|chi bộ|đảng bộ|đảng viên|đồng chí|đơn vị|người|hộ|gia đình)(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "không có xã thu nhập bình quân đầu người dưới 62 triệu đồng": a level none is under, said to say so
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])không\s+(?:có|còn)\s+(?:xã|phường|huyện|thôn|hộ|địa phương)(?![${letter}])[^.;,\d]{0,60}?(?:dưới|trên|thấp hơn)\s+)\d[\d.,]*(?:\s+(?:triệu|tỷ|nghìn))?(?:\s+đồng)?`,
      'giu',
    ),
    'a band of criteria',
  ],
  // "… cùng 2 Phó Chủ tịch UBND tỉnh … chủ trì hội nghị": how many officials, never a figure of the report
  [
    new RegExp(
      String.raw`(?<![\d.,])\d{1,2}\s+(?:đồng chí\s+)?(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Trưởng phòng|Bộ trưởng|Thứ trưởng)(?![${letter}])`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // thảo luận tại 3 tổ, họp theo 4 tổ: the meeting's groups
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:thảo luận|họp)\s+(?:tại|ở|theo)\s+\d{1,2}\s+tổ(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // Lượt xem: 2724, lượt đọc 1.234, 3.410 lượt xem
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|views?|online|đang truy cập|đã truy cập|lượt truy cập|truy cập|tổng truy cập|hôm nay|hôm qua)\s*:?\s*\d[\d.,]*|\d[\d.,]*\s+(?:lượt xem|lượt đọc|bình luận)`,
      'giu',
    ),
    'page counter',
  ],
  // "intNumViewTotal=194", "id=5": a value in the page's own code, copied with its text
  [/(?<=[\p{L}\d_]\s?=\s?)\d[\d.,]*/gu, 'page code'],
  // "T.DU_TR.KHAI_N.VU_2023(1)": a picture's file name
  [/(?=\d)(?<=[\p{L}\d.]*_[\p{L}\d._]*\(?)\d+(?=\)?(?![\p{L}\d]))/gu, 'page code'],
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
  // "xếp thứ 2 trong vùng (sau Hậu Giang, tăng 13,94%) và 5 thành phố trực thuộc Trung ương (sau Đà Nẵng, tăng
  // 14,05%)": the places a rank is among, and the figures of the places ahead
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])(?:[Xx]ếp|[Đđ]ứng)\s+(?:thứ|hạng)\s+\d+[^.;!?]{0,160}?\s(?:và|trong)\s+)\d{1,2}\s+(?:tỉnh|thành phố|địa phương|huyện|quận|xã)(?![${letter}])|(?<=\(\s*(?:chỉ\s+)?(?:đứng\s+)?sau\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?\p{Lu}[^()]{0,40}?)\d[\d.,]*\s*%?)`,
      'gu',
    ),
    'rank',
  ],
  // "… đứng thứ 3 toàn quốc, …, sau Hà Nội (khoảng 63 tỷ USD), TP. Hồ Chí Minh (khoảng 118 tỷ USD)": the amounts of
  // the places ahead in a ranking, bracketed after their names; "(GRDP bình quân cả nước ước đạt 8%)", "mục tiêu tăng
  // trưởng cả nước năm 2025 đạt 8%", "(dự kiến tốc độ tăng GDP của Việt Nam năm 2023 chỉ tăng khoảng 5 – 5,5% so với mục
  // tiêu tăng 6,5%)": the country's, not the place's.
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])sau\s+(?:[^.;!?()]{1,40}?\([^()]*\)\s*(?:,|và)\s*)*(?:(?:tỉnh|thành phố|TP\.?)\s*)?\p{Lu}[^.;!?()]{0,40}?\(\s*(?:khoảng|gần|hơn|trên|đạt|xấp xỉ)?\s*)\d[\d.,]*|(?<=(?<![${letter}])(?:bình quân|trung bình|chung|của|tăng trưởng|GDP|GRDP)\s+(?:chung\s+)?(?:của\s+)?(?:cả nước|toàn quốc|Việt Nam|nước ta)(?![${letter}])(?:[^.;:,()\d]|(?:19|20)\d{2}){0,40}?)\d[\d.,]*|(?<=\([^()]*(?<![${letter}])GDP\s+(?:của\s+)?(?:cả nước|toàn quốc|Việt Nam|nước ta)(?![${letter}])[^()]*?)\d[\d.,]*(?=[^()]*\)))`,
      'gu',
    ),
    'another place',
  ],
  // "có 2 xã thu đạt từ 60% trở lên", "3 xã, thị trấn thu đạt từ 50%-60%", "9 xã còn lại thu dưới 50%": the band a count
  // of places falls in, no figure of its own (the count is)
  [
    new RegExp(
      String.raw`(?=\d|từ|dưới|trên)(?:(?<=(?<![\d.,])\d{1,3}\s+(?:xã|phường|thị trấn|huyện|đơn vị)(?:,\s*thị trấn)?(?:\s+còn lại)?\s+(?:thu\s+)?(?:đạt\s+)?)(?:từ\s+|dưới\s+|trên\s+)?\d[\d,]*\s*%(?:\s*[-–]\s*\d[\d,]*\s*%)?(?:\s+trở lên)?)`,
      'giu',
    ),
    'the band a count of places falls in',
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
  // "Trong mức tăng trưởng chung 3,82% này …": a figure pointed back to, said again
  [new RegExp(String.raw`(?<![\d.,])\d[\d.,]*\s*%\s+này(?![${letter}])`, 'gu'), 'a figure said again'],
  // OCOP 3 sao, 4 sao
  [new RegExp(String.raw`(?<![\d.,])\d\s*(?:-\s*\d\s*)?sao(?![${letter}])`, 'gu'), 'star rating'],
  // cả 3 khu vực, cả 2 xã: "all of them", not an amount
  [new RegExp(String.raw`(?<![${letter}])cả\s+\d(?!\d|[.,]\d)`, 'giu'), 'all of a kind'],
  // xếp thứ 12/63, đứng thứ 5 cả nước, đứng 20 cả nước
  // xếp thứ 12/63, đứng thứ 21 so với 63 tỉnh, thành phố
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:xếp|đứng|vị)\s+(?:thứ|hạng)\s+\d+(?!\d|\s+(?:sản phẩm|cơ sở|doanh nghiệp|mô hình)(?![${letter}]))(?:\s*\/\s*\d+|\s+(?:so với|trong|trên)\s+(?:tổng\s+số\s+)?\d+(?=\s+(?:tỉnh|thành|địa phương|huyện|quận|xã)))?`,
      'giu',
    ),
    'rank',
  ],
  // "…, thứ 7/14 địa phương vùng …": a place among so many, after a rank said before
  [new RegExp(String.raw`(?<![${letter}])(?:thứ|hạng)\s+\d+\s*\/\s*\d+(?!\d|[.,]\d|\s*%)`, 'giu'), 'rank'],
  // "đứng thứ 6 cả nước, tăng 7 bậc": places climbed in a ranking
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:tăng|giảm|vượt|tụt|lên|xuống)\s+\d{1,2}\s+(?:bậc|hạng)(?![${letter}])`,
      'giu',
    ),
    'rank',
  ],
  // "xếp hạng 46/63 tỉnh, thành phố; 4/5 thành phố trực thuộc Trung ương và 9/13 tỉnh vùng …", "xếp thứ 4/13 tỉnh, thành
  // phố vùng … và 26/63 cả nước": the ranks that follow a rank in its sentence, among other places
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])(?:thứ|hạng)\s+\d+\s*\/\s*\d+[^.!?]{0,120}?(?:[,;]|\svà)\s+)\d+\s*\/\s*\d+(?=\s+(?:tỉnh|thành|địa phương|huyện|quận|xã|phường|cả nước|toàn quốc)(?![${letter}])))`,
      'giu',
    ),
    'rank',
  ],
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:xếp|đứng)\s+\d{1,2}(?:\s*\/\s*\d+)?(?=\s+(?:cả nước|toàn quốc|trong|khu vực|các tỉnh|so với))`,
      'giu',
    ),
    'rank',
  ],
  // "Sáng 12.7", "chiều 3.10": a day and month written with a dot, after the part of the day
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:sáng|chiều|tối|trưa|đêm|ngày)\s+\d{1,2}\.\d{1,2}(?!\d|[.,]\d)`,
      'giu',
    ),
    'date',
  ],
  // đứng đầu 14 tỉnh, trong số 63 tỉnh, thành phố, "giảm sâu nhất trong 63 tỉnh", "thuộc nhóm 5 địa phương dẫn đầu"
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:(?:đứng đầu|dẫn đầu|xếp thứ nhất|thứ nhất)(?:\s+trong)?(?:\s+số)?|trong số|trong tốp|tốp|top|(?:thuộc|trong|vào)\s+nhóm)\s+\d+\s+(?:tỉnh|thành|huyện|địa phương|quận)|(?<![${letter}])trong\s+\d+\s+tỉnh(?![${letter}])`,
      'giu',
    ),
    'rank',
  ],
  // "Xét 3 khu vực kinh tế", "có 02 khu vực … đều giảm": how many of the economy's sectors, not an amount
  [
    new RegExp(String.raw`(?<![\d.,])0?\d\s+khu vực(?:\s+kinh tế)?(?![${letter}])`, 'giu'),
    'a count of the economy’s sectors',
  ],
  // "Trong số 22 chỉ tiêu … của năm, có 9 chỉ tiêu vượt kế hoạch": the whole a part is counted of, kept with the part
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])[Tt]rong\s+(?:tổng\s+)?số\s+)\d{1,3}\s+chỉ tiêu(?=[^.;]{0,100}?,\s*(?:có\s+)?\d{1,3}\s+chỉ tiêu)`,
      'gu',
    ),
    'the whole of a part said after it',
  ],
  // "phân tích 3 chỉ tiêu chưa đạt", "2 chỉ tiêu không đạt", "02 chỉ tiêu xấp xỉ đạt": the rest of a scorecard, no
  // figure of its own
  [
    // ("có 3/19 tiêu chí chưa đạt": a standard's criteria not yet met, the rest of the criteria met)
    /(?<![\d.,])\d{1,2}(?:\/\d{1,2})?\s+(?:chỉ tiêu|tiêu chí)(?:\s+chủ yếu)?\s+(?:(?:dự kiến|ước|có thể)\s+)?(?:(?:chưa|không|gần|xấp xỉ)\s+đạt|chưa\s+công bố)/giu,
    'the targets not reached',
  ],
  // "Trong 21 chỉ tiêu thành phần (của 18 nhóm chỉ tiêu)": the groups a scorecard's targets fall in
  [/(?<=\(\s*(?:của|thuộc|gồm)\s+)\d{1,2}\s+nhóm(?:\s+chỉ tiêu)?(?=\s*\))/giu, 'the groups of a list'],
  // "Cụ thể, 3 chỉ tiêu vượt là tổng vốn đầu tư …": which of the targets counted before, named; no figure again
  [
    new RegExp(
      String.raw`(?<![\d.,])\d{1,2}\s+chỉ tiêu\s+(?:vượt|đạt|chưa đạt|không đạt)\s+(?:là|gồm)(?![${letter}])`,
      'giu',
    ),
    'the targets counted, named',
  ],
  // "có 7 chỉ tiêu vượt và 11 chỉ tiêu đạt 100% nghị quyết": the level that counted targets reached, no figure
  [
    /(?<=\d\s+chỉ tiêu(?:\s+chủ yếu)?\s+(?:đạt|vượt|đạt và vượt)\s+(?:trên\s+|từ\s+)?)\d[\d,]*\s*%(?:\s*(?:nghị quyết|kế hoạch|KH|chỉ tiêu))?/giu,
    'the level counted targets reached',
  ],
  // "(1) Đẩy mạnh …", "(2) năng lượng; (3) du lịch": the number of an item in a list
  [new RegExp(String.raw`(?<![${letter}\d])\(\d{1,2}\)(?=\s*\p{L})`, 'gu'), 'list number'],
  // "1. sản xuất nông nghiệp", "1.1. Trồng trọt", "2- Các chỉ tiêu chủ yếu", "3) Trồng rừng": a heading's or an item's
  // number at the start of its line
  [/^\s*\d{1,2}(?:\.\d{1,2})*(?:\.|\s*[-–)])(?=\s*\p{L})/gu, 'list number'],
  // "Đây là 1 trong 2 đơn vị được chọn …", "là 1 trong 5 đảng bộ được …", "Đây là 01 trong 02 công trình …": one of so
  // many, not an amount
  [
    new RegExp(
      String.raw`(?<![\d.,])(?:\d{1,2}\s+trong\s+(?:số\s+)?\d{1,3}\s+(?:đơn vị|địa phương|xã|phường|quận|huyện|tỉnh|thành phố)|0?1\s+trong\s+(?:số\s+)?\d{1,3}\s+(?:đảng bộ|công trình|dự án|đơn vị|tập thể|mô hình)(?:\s+[${letter}]+)?)(?![${letter}])|(?=\d)(?<=(?<![${letter}])(?:một|thứ\s+\d{1,3}|nhất)\s+trong\s+(?:tổng\s+)?(?:số\s+)?)\d{1,3}\s+(?:đơn vị|địa phương|xã|phường|quận|huyện|tỉnh|thành phố|đảng bộ|công trình|dự án)(?:,?\s+(?:thị trấn|phường|thị xã|thành phố))?(?![${letter}])`,
      'giu',
    ),
    'one of so many places',
  ],
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
  // "Về kinh tế (11 chỉ tiêu)": a group's count of targets, part of the list's heading
  [/\(\s*\d{1,2}\s+chỉ tiêu\s*\)/giu, 'a group’s count of targets'],
  // "có 6 xã đạt 19/19 tiêu chí": all the criteria of a standard, part of the name of the places counted ("xã đã đạt
  // 19/19 tiêu chí": the place's own criteria met, a figure)
  [
    new RegExp(
      String.raw`(?<![\d.,])(\d{1,2})(?<=(?<![\d.,])\d{1,4}(?:\s*\/\s*\d{1,4})?\s+(?:xã|phường|thị trấn|thôn|làng|bản|ấp|huyện|đơn vị|khu dân cư)(?![${letter}])[^,;.\d]{0,30}?\s\d{1,2})\s*\/\s*\1\s+tiêu chí`,
      'gu',
    ),
    'all the criteria of a standard',
  ],
  // "tổng kết Nghị quyết 18", "Quyết định 25 của UBND tỉnh", "…, Nghị quyết 10, …": a document named by its number
  // alone ("(Kế hoạch 300 tỷ đồng)" is a plan's level, not a plan's number)
  [
    /(?<=(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Thông báo)\s+(?:số\s+)?)\d{1,4}(?!\d|[.,]\d|\s*(?:%|\/))/gu,
    'document number',
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
  // "gồm 24 chỉ tiêu, được chia thành 4 nhóm: Kinh tế, …": the groups a list is split into, named right after
  [
    new RegExp(String.raw`(?<![${letter}])chia\s+(?:thành|làm)\s+0?\d\s+nhóm(?=\s*:)`, 'giu'),
    'the groups of a list',
  ],
  // chính quyền địa phương 2 cấp: the tiers of a government, part of its name
  [
    new RegExp(String.raw`(?<![${letter}])chính quyền(?:\s+địa phương)?\s+\d\s+cấp(?![${letter}])`, 'giu'),
    'part of a name',
  ],
  // "diện tích đất đạt giá trị 100 triệu đồng/ha/năm thực hiện được 850ha", "có 1.200 ha cánh đồng cho thu nhập
  // trên 150 triệu đồng/ha", "diện tích đất ruộng đạt 100 triệu đồng/ha trở lên đạt 61,5ha": the level that names a
  // kind of land beside its area, not a figure of its own
  [
    new RegExp(
      String.raw`(?:đạt|có|cho)(?<=\d[\d.,]*\s*ha(?![${letter}])[^;.]{0,60}(?:đạt|có|cho))\s+(?:giá trị|thu nhập)(?:\s+(?:từ|trên|hơn))?\s+\d[\d.,]*\s*(?:triệu|tỷ)\s+đồng\s*\/\s*ha(?:\s*\/\s*năm)?|(?<![${letter}])(?:đạt|có|cho)\s+(?:giá trị|thu nhập)(?:\s+(?:từ|trên|hơn))?\s+\d[\d.,]*\s*(?:triệu|tỷ)\s+đồng\s*\/\s*ha(?:\s*\/\s*năm)?(?=[^;.]{0,60}?\d[\d.,]*\s*ha(?![${letter}]))|(?<![${letter}])đạt\s+(?:từ\s+|trên\s+)?\d[\d.,]*\s*(?:triệu|tỷ)\s+đồng\s*\/\s*ha(?:\s*\/\s*năm)?(?:\s+trở lên)?(?=\s+(?:đạt|là|được)\s+\d[\d.,]*\s*ha(?![${letter}]))`,
      'giu',
    ),
    'part of a name',
  ],
  // "trong 2 tháng 5 và 6", "tháng 5, 6 và 7-2024": months named in a list
  [
    new RegExp(
      String.raw`(?<![${letter}])tháng\s+(?:1[0-2]|0?[1-9])(?:(?:\s*,\s+|\s+và\s+|\s*[-–]\s*)(?:1[0-2]|0?[1-9])(?![\d.,]))+(?:\s*[-/]\s*(?:19|20)\d{2})?`,
      'giu',
    ),
    'date',
  ],
  // "Đến 30-6, …", "tính đến ngày 30-6-2023": a day and month written with a hyphen
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:đến|tới|hết|ngày)\s+(?:ngày\s+)?(?:[12]\d|3[01]|0?[1-9])\s*-\s*(?:1[0-2]|0?[1-9])(?:\s*-\s*(?:19|20)\d{2})?(?=\s*(?:[,;.)]|$|năm(?![${letter}])))`,
      'giu',
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
  // "Trung tâm Hội nghị 25 B", "nhà 12A": a building's number
  [new RegExp(String.raw`(?<![\d.,/])\d{1,4}\s?[A-ZĐ](?![${letter}\d])`, 'gu'), 'part of a name'],
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
  // "sáp nhập các phường 7, 8, 9", "quận 12": wards and districts named by a number; "Dự án thành phần 1": a part's
  // number in a project's name; "khu vực 1 tăng 2,96%": the economy's first sector (farming), named by its number
  [
    new RegExp(
      String.raw`(?<![${letter}])khu vực\s+[1-3](?=\s+(?:tăng|giảm|đạt|chiếm|ước|có|và|là)(?![${letter}]))|(?<![${letter}])(?:phường|quận)\s+\d{1,2}(?:\s*,\s*\d{1,2}(?!\d|[.,]\d))*(?!\d|[.,]\d|\s*%)|(?<![${letter}])(?:thành phần|hợp phần)\s+\d{1,2}(?![\d.,])`,
      'giu',
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
  // "Dưới đây là 10 kết quả nổi bật …", "10 sự kiện nổi bật năm 2024": how many items the article lists, no figure
  [
    new RegExp(
      String.raw`(?<![\d.,])\d{1,2}\s+(?:kết quả|sự kiện|dấu ấn|điểm nhấn|thành tựu|thành tích)\s+nổi bật(?![${letter}])`,
      'giu',
    ),
    'the article’s own list',
  ],
  // "Vụ Thu Đông (vụ 3)": which crop of the year, not an amount
  [new RegExp(String.raw`(?<![${letter}])vụ\s+[1-4](?![\d${letter}]|[.,]\d)`, 'giu'), 'ordinal or reference'],
  // "đang ở cấp độ 1 vùng xanh": a level of a scale, not an amount
  [new RegExp(String.raw`(?<![${letter}])cấp độ\s+[1-4](?![\d.,])`, 'giu'), 'ordinal or reference'],
  // "(lần 6)", "sửa đổi lần 2", "kỳ họp HĐND tỉnh lần 29, …": which time a document was changed, a meeting held
  [new RegExp(String.raw`(?<![${letter}])lần\s+\d{1,2}(?!\d|[.,]\d)`, 'giu'), 'ordinal or reference'],
  // "là 1 trong những chỉ tiêu …": one of them, not an amount
  [new RegExp(String.raw`(?<![\d.,])1\s+trong\s+(?:những|số|các)(?![${letter}])`, 'giu'), 'one of many'],
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
  // a footnote mark: "1.584 USD[1]"
  [/\[\d{1,2}\]/gu, 'footnote mark'],
  // trên 10.000 dân, trên 1.000 trẻ: the denominator of a rate written before its value
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:trên|\/)\s*(?:(?:1|10|100)(?:\.000)+|1\s+vạn)\s+(?:dân|người|trẻ)(?![${letter}])`,
      'giu',
    ),
    'per-unit denominator ("trên 10.000 dân")',
  ],
] as const satisfies readonly (readonly [RegExp, string])[]

/**
 * "… Toàn tỉnh đón 1,8": a page copied cut after a number, before its unit. What it counted is not known: it is set
 * aside, for a person who has the page to bring back.
 */
export function cutAtTheEnd(text: string): NonFigure[] {
  // ("… năng suất lao động xã hội tăng 7,5 - 8,": a range cut after its second number.)
  // ("… giao là 8,0 tri": a scale word cut short leaves what it counted unknown too.)
  const cut =
    /(?<![\d.,])\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?(?:\s+(?:t|tr|tri|triệ|ng|ngh|nghì|ngà))?\s*$/u.exec(text)
  return cut && /\p{L}\s*$/u.test(text.slice(0, cut.index))
    ? [{ start: cut.index, end: text.length, reason: 'cut off where the text ends' }]
    : []
}

/**
 * "tp thai nguyen thu ngan sach dat tren 1270 ty dong …": a line of a page's address, its words without their marks, is
 * no sentence of the text; its numbers are the headline's, said in the body.
 */
export function addressWords(text: string): NonFigure[] {
  const words = text.trim().split(/\s+/u)
  const isAddress =
    words.length >= 5 &&
    /^[a-z0-9\s-]+$/u.test(text.trim()) &&
    words.filter((word) => /^[a-z]+$/u.test(word)).length >= 4
  return isAddress ? [{ start: 0, end: text.length, reason: 'a page’s address' }] : []
}

/**
 * "Anh Giàng A Páo, bản Nậm Lụ chia sẻ: Năm nay nhà mình thu được hơn 2 tấn …": what one household says of its own
 * crop or income is a story the article tells, no figure of the place. From the speaker (or the sentence's start) to
 * the sentence's end.
 */
export function householdsOwn(text: string): NonFigure[] {
  return [...text.matchAll(/(?<![\p{L}])(?:nhà|gia đình)\s+(?:mình|tôi|em|tui)(?![\p{L}])/giu)].flatMap(
    (match) => {
      // ("ông Quốc khoe: “Vụ lúa năm nay các xã viên trong HTX xuống giống được gần 40 ha, …. Riêng gia đình tôi, …”":
      // a speaker's quote that tells of their own household is their story from its opening mark.)
      const opening = text.lastIndexOf('“', match.index)
      const isQuoted = opening >= 0 && !text.slice(opening, match.index).includes('”')
      const from = isQuoted ? opening : match.index
      const sentenceStart = Math.max(
        0,
        ...[...text.slice(0, from).matchAll(/[.!?…]\s+(?=\p{Lu})/gu)].map((end) => end.index + end[0].length),
      )
      const speaker = [
        ...text
          .slice(sentenceStart, from)
          .matchAll(/(?<![\p{L}])(?:Anh|Chị|Ông|Bà|Cô|Chú|anh|chị|ông|bà)\s+\p{Lu}/gu),
      ].at(-1)
      const closing = isQuoted ? text.indexOf('”', match.index) : -1
      const end = closing >= 0 ? null : /[.!?…](?:\s|$)/u.exec(text.slice(match.index))
      return [
        {
          start: sentenceStart + (speaker?.index ?? 0),
          end: closing >= 0 ? closing + 1 : end ? match.index + end.index + 1 : text.length,
          reason: 'one household’s own',
        },
      ]
    },
  )
}

export function findNonFigureSpans(text: string): NonFigure[] {
  // Every non-figure is a number: a text with no digit has none to find.
  if (!/\d/u.test(text)) return []
  const structural = findTimeExpressions(text).filter(
    (time) =>
      time.kind === 'date' || time.kind === 'cited' || time.kind === 'term' || time.kind === 'price-base',
  )
  return [
    ...findTimes(text).map((time) => ({ start: time.index, end: time.end, reason: 'time' })),
    ...findDateSpans(text).map((span) => ({ ...span, reason: 'date' })),
    ...structural.map((time) => ({ start: time.start, end: time.end, reason: time.kind })),
    ...proceedings.flatMap(([pattern, reason]) =>
      [...text.matchAll(pattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        reason,
      })),
    ),
    ...spanPatterns.flatMap(([pattern, reason]) =>
      [...text.matchAll(pattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        reason,
      })),
    ),
  ]
}

/** Words after which a number is a date part, an ordinal or a legal reference ("năm 2023", "lần thứ 2", "Điều 5"). */
const referenceBefore = new RegExp(
  String.raw`(?<![${letter}])(năm|tháng|quý|quí|ngày|thứ|hạng|loại|điều|khoản|chương|khóa|khoá|phiên|kỳ họp|[Bb]ài)\s*$`,
  'iu',
)
const gradeBefore = new RegExp(String.raw`(?<![${letter}])lớp\s*$`, 'iu')
const lunarYear = new RegExp(
  String.raw`(?<![${letter}])(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)\s*$`,
  'u',
)
/**
 * Words after which a number with no unit is a name ("Trường số 1", "Quốc lộ 9", "vào lớp 1", "Vành đai 3", "covid 19",
 * "Đường tỉnh 931", "Nghị quyết Trung ương 4").
 */
const nameBefore = new RegExp(
  String.raw`(?<![${letter}])(số|lộ|tổ|khu|phòng|lô|ấp|đội|top|lớp|vành đai|covid|đường tỉnh|đường huyện|[Tt]rung ương|cơ sở)\s*$`,
  'iu',
)

/** Why a number is not a figure, judged from the words just before it; null when nothing says so. */
export function reasonBeforeNumber(before: string, hasUnit: boolean): string | null {
  // "lớp 12 Trường Trung học phổ thông …": a school grade, whatever noun follows.
  if (gradeBefore.test(before)) return 'ordinal or reference'
  const reference = referenceBefore.exec(before)?.[1]
  const word = reference?.toLocaleLowerCase('vi')
  // "rau các loại 2.856,1ha", "hạt điều 21.000 tấn": kinds of a crop and the cashew nut, not "loại 1" or "Điều 5";
  // "đánh giá, phân hạng 42 sản phẩm", "xếp hạng 3 sản phẩm OCOP": what is graded, not a rank.
  const isKindOrCashew =
    hasUnit &&
    ((word === 'loại' && /(?:các|mọi|nhiều|những)\s+loại\s*$/iu.test(before)) ||
      (word === 'điều' && /hạt\s+điều\s*$/iu.test(before)) ||
      (word === 'hạng' && /(?:phân|xếp)\s+hạng\s*$/iu.test(before)))
  // "Hội hoa Xuân Quý Mão 2023", "Tết Giáp Thìn 2024": a lunar year's name, then its year.
  if (lunarYear.test(before)) return 'year'
  if (reference && word && !isKindOrCashew) {
    return word === 'năm'
      ? 'year'
      : word === 'tháng' || word === 'ngày' || word === 'quý' || word === 'quí'
        ? 'date'
        : 'ordinal or reference'
  }
  // "với tổng số 43.770 phòng": a total counts; it names nothing.
  if (
    !hasUnit &&
    nameBefore.test(before) &&
    !new RegExp(String.raw`(?<![${letter}])tổng\s+số\s*$`, 'iu').test(before)
  )
    return 'name or reference number'
  return null
}

/** A bare four-digit number in the range of years, with no unit after it. */
export function isBareYear(numberText: string, hasUnit: boolean): boolean {
  if (hasUnit || !/^\d{4}$/u.test(numberText)) return false
  const year = Number(numberText)
  return year >= 1945 && year <= 2100
}
