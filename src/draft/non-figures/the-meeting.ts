import { letter } from '../../lib/reg-exp.ts'

/** The bodies a congress elects ("Ban Chấp hành", "Ban Thường vụ", "Ủy ban Kiểm tra", "đoàn đại biểu"). */
const electedBody = String.raw`(?:Ban [Cc]hấp hành|Ban [Tt]hường vụ|(?:Ủy|Uỷ) ban [Kk]iểm tra|[Đđ]oàn đại biểu)`

/**
 * A meeting’s own proceedings: what it passed and discussed, how it voted, whom it elected, attended or rewarded.
 */
export const meetingProceedings = [
  // thông qua 12 nghị quyết (4 NQ), 7 tờ trình, cùng 2 Phó Chủ tịch, 30/32 đại biểu, 5 chức danh, hơn 30 lượt ý kiến, 3 tổ thảo luận (not a year's
  // work: "ban hành hơn 900 văn bản các loại", "giải quyết 50/58 nội dung dư luận phản ánh"; nor the parts of a standard
  // reached: "thị trấn đạt 21/26 nội dung tiêu chuẩn Văn minh đô thị")
  [
    new RegExp(
      String.raw`(?<![\d.,])(?<!(?<![${letter}])đạt\s+)\d[\d.]*(?:\/\d+)?\s+(?:nghị quyết|Nghị quyết|NQ|tờ trình|Tờ trình|báo cáo|đại biểu|chức danh|ý kiến|lượt ý kiến|kiến nghị|cử tri|tổ thảo luận|câu hỏi|kỳ họp|cuộc họp|dự thảo|nội dung(?!\s+(?:dư luận|phản ánh))|văn bản(?!\s+(?:các loại|chỉ đạo|điều hành|quy phạm))|điểm cầu|Phó [Cc]hủ tịch|Phó [Bb]í thư)(?![${letter}])`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "3 phiên", the sittings of a meeting (not "64 phiên giao dịch việc làm, trong đó, 47 phiên online": job fairs held)
  [
    new RegExp(
      String.raw`(?=\d)(?<![\d.,])(?<!(?<![${letter}])đạt\s+)(?<!(?<![${letter}])phiên\s+(?:giao dịch|tư vấn)[^.!?]{0,120})\d[\d.]*(?:\/\d+)?\s+phiên(?!\s+(?:giao dịch|tư vấn))(?![${letter}])`,
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
  // "trao chứng nhận và tuyên dương 20 doanh nghiệp, 10 trang trại tiêu biểu", "vinh danh 3 nhà giáo tiêu biểu": the
  // businesses, farms and people a meeting honours
  // (not "trao giấy chứng nhận đầu tư cho 15 doanh nghiệp": a licence given is a figure)
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])(?:khen thưởng|biểu dương|tuyên dương|vinh danh)(?![${letter}])[^.;]{0,80}?)(?<![\d.,])\d[\d.]*\s+(?:doanh nghiệp|trang trại|hợp tác xã|HTX|hộ gia đình|gia đình|nhà giáo|giáo viên|học sinh)(?![${letter}])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "có một tập thể và 22 cá nhân được tặng bằng khen", "1 tập thể nhận Cờ thi đua", "18 tập thể và 31 cá nhân được Ban
  // Thường vụ Huyện ủy tặng giấy khen": those rewarded, said before the reward
  [
    new RegExp(
      String.raw`(?<![\d.,])\d[\d.]*\s+(?:tập thể|cá nhân)(?![${letter}])(?=[^;]{0,40}?(?<![${letter}])(?:được|đã được|vinh dự|nhận)\s+(?:[^;.]{0,70}?\s)?(?:tặng|khen|trao|biểu dương|tuyên dương|vinh danh|nhận|[Bb]ằng khen|[Cc]ờ thi đua|[Gg]iấy khen|danh hiệu)(?![${letter}]))`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "Tham dự đại hội có đại diện …, Đảng ủy 12 xã trong huyện và 130 đồng chí là đảng viên", "Chủ trì hội nghị có Chủ
  // tịch UBND huyện và 02 Phó Chủ tịch", "Tới dự có Thường trực Thành ủy … và 105 đảng viên", "Dự và chỉ đạo Đại hội có
  // … và 135 đảng viên tiêu biểu": who attends or chairs a meeting (the guests' titles shortened with dots, "BT.HU, CT.UBND
  // huyện", within)
  // (the party members its delegates stand for, "đại diện cho trên 1.800 đảng viên", "đại diện 1.204 đảng viên", and
  // the party units they come from, "đến từ 14 chi bộ trực thuộc", are the party's size, figures)
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])(?:(?:[Tt]ham dự|[Vv]ề dự|[Dd]ự|[Cc]hủ trì)(?:\s+và\s+chỉ đạo)?\s+(?:[Đđ]ại hội|[Hh]ội nghị|[Kk]ỳ họp)|[Cc]ùng\s+dự|[Tt]ham\s+dự|[Tt]ới\s+dự|[Đđ]ến\s+dự)\s+(?:có|gồm)(?![${letter}])(?:[^.]|\.(?=\p{Lu})){0,300}?)(?<!đ(?:ại|aị) diện(?:\s+cho)?\s+(?:(?:trên|hơn|gần|khoảng)\s+)?)(?<![\d.,])\d[\d.]*(?:\s+(?:đồng chí|đại biểu|xã|phường|thị trấn|người|khách mời))?(?![\d${letter}])(?!\s+(?:chi bộ|đảng bộ|tổ chức (?:cơ sở )?đảng)(?![${letter}])))`,
      'gu',
    ),
    'the meeting’s proceedings',
  ],
  // "… tổng kết năm 2008 với sự tham dự của đại diện Quận ủy – … và nhân dân 6 khu phố": who attended, counted
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])sự\s+(?:tham dự|có mặt)\s+của(?![${letter}])[^.;:\d]{0,250}?)\d[\d.]*(?:\s+(?:khu phố|thôn|ấp|xã|phường|tổ dân phố|đồng chí|đại biểu|người))?(?![${letter}\d])`,
      'giu',
    ),
    'the meeting’s proceedings',
  ],
  // "Hơn 200 đảng viên đại diện cho 1.570 đảng viên của toàn Đảng bộ xã dự Đại hội", "221 đảng viên tiêu biểu đại diện
  // cho 581 đảng viên": the delegates, who stand for the
  // party members (those are the party's size, a figure)
  [
    new RegExp(
      String.raw`(?<![\d.,])\d[\d.]*\s+(?:đảng viên|đồng chí)(?=(?:\s+tiêu biểu)?\s+(?:là\s+)?(?:đại biểu\s+)?đ(?:ại|aị) diện(?:\s+cho)?\s+(?:(?:trên|hơn|gần|khoảng|gần)\s+)?\d)`,
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
  // "Kỳ họp cũng đã bầu bổ sung 2 Ủy viên UBND", "bầu miễn nhiệm 1 ủy viên UBND huyện", "miễn nhiệm chức danh Ủy viên
  // UBND huyện đối với 1 đồng chí", "chỉ định Ban Chấp hành …, nhiệm kỳ 2025-2030 đối với 27 đồng chí", "đã bầu 11 đồng chí
  // vào Ban Thường vụ …; 2 đồng chí Phó Bí thư …; 5 ủy viên Ủy ban Kiểm tra": members a session elects or dismisses
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:bầu|miễn nhiệm|bãi nhiệm)(?:\s+(?:bổ sung|miễn nhiệm|cử|thay thế))?\s+\d{1,3}\s+(?:ủy viên|uỷ viên|Ủy viên|Uỷ viên|thành viên|đại biểu|chức danh|người)(?![${letter}])|(?=\d)(?<=(?<![${letter}])(?:bầu|miễn nhiệm|bãi nhiệm|cho thôi|chỉ định)(?![${letter}])(?:[^.;\d]|(?<![\d.,])(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?![\d.,])){0,100}?\s(?:đối với|cho)\s+)\d{1,3}\s+(?:đồng chí|người|ông|bà)(?![${letter}])|(?=\d)(?<=(?<![${letter}])bầu\s+\d{1,3}\s+(?:đồng chí|ủy viên|uỷ viên)(?![${letter}])[^.]{0,120}?;\s*)\d{1,3}\s+(?:đồng chí|ủy viên|uỷ viên)(?![${letter}])`,
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
] as const satisfies readonly (readonly [RegExp, string])[]
