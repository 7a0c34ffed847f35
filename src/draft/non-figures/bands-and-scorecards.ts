import { letter } from '../../lib/reg-exp.ts'

/**
 * Levels that name a group, not measure it (the band of criteria, size or share a count of places falls in), and the parts of a scorecard kept with the scorecard.
 */
export const bandsAndScorecards = [
  // "25 xã đạt từ 15-18 tiêu chí", "3 xã đạt dưới 5 tiêu chí", "không có xã trên 3 tiêu chí", "02/13 xã đạt 14 tiêu
  // chí", "3 xã đạt chuẩn 19 tiêu chí", "2 xã đạt 16/19 tiêu chí và 7 xã đạt từ 11-14/19 tiêu chí": the band of criteria
  // a group of communes is in, not a figure (the communes counted are; "các xã còn lại đạt từ 12 đến 14 tiêu chí", with no
  // count of them, is the figure, and so is "mỗi xã đạt bình quân trên 15 tiêu chí", an average)
  [
    new RegExp(
      String.raw`(?=\d|từ\s|dưới\s|trên\s)(?<![\d.,/])(?<!(?:giảm|tăng)\s+(?:từ\s+)?)(?<!còn lại\s+(?:đều\s+)?đạt\s+(?:từ\s+)?)(?<!(?:bình quân|trung bình)\s+)(?:(?:từ\s+)?\d{1,2}\s*[-–]\s*\d{1,2}|từ\s+\d{1,2}\s+đến\s+\d{1,2}|(?:dưới|trên)\s+\d{1,2})\s+tiêu chí(?![${letter}])(?!\s*\/)|(?=\d|từ\s)(?<=(?<![\d.,])\d{1,3}(?:\s*\/\s*\d{1,3})?\s+xã\s+đạt\s+(?:chuẩn\s+|đủ\s+)?)(?:từ\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s*\/\s*19)?\s+tiêu chí(?![${letter}])(?!\s*\/)`,
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
  // "không có xã thu nhập bình quân đầu người dưới 62 triệu đồng": a level none is under, said to say so
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])không\s+(?:có|còn)\s+(?:xã|phường|huyện|thôn|hộ|địa phương)(?![${letter}])[^.;,\d]{0,60}?(?:dưới|trên|thấp hơn)\s+)\d[\d.,]*(?:\s+(?:triệu|tỷ|nghìn))?(?:\s+đồng)?`,
      'giu',
    ),
    'a band of criteria',
  ],
  // "có 2 xã thu đạt từ 60% trở lên", "3 xã, thị trấn thu đạt từ 50%-60%", "9 xã còn lại thu dưới 50%", "5/9 huyện, thành
  // phố đạt tỷ lệ này dưới 3%": the band a count
  // of places falls in, no figure of its own (the count is)
  [
    new RegExp(
      String.raw`(?=\d|từ|dưới|trên)(?:(?<=(?<![\d.,])\d{1,3}(?:\s*\/\s*\d{1,3})?\s+(?:xã|phường|thị trấn|huyện|đơn vị)(?:,\s*(?:thị trấn|thành phố|thị xã|phường|xã|quận))*(?:\s+còn lại)?\s+(?:thu\s+)?(?:đạt\s+)?(?:t[ỷỉ] lệ\s+(?:[${letter}]+\s+){0,4}?)?)(?:từ\s+|dưới\s+|trên\s+)?\d[\d,]*\s*%(?:\s*[-–]\s*\d[\d,]*\s*%)?(?:\s+trở lên)?)`,
      'giu',
    ),
    'the band a count of places falls in',
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
  // "có 7 chỉ tiêu vượt và 11 chỉ tiêu đạt 100% nghị quyết": the level that counted targets reached, no figure; so are
  // both ends of a band ("3/14 chỉ tiêu đạt từ 70% đến dưới 100%", "5/14 chỉ tiêu đạt dưới 50%", "3 chỉ tiêu hoàn thành
  // trên 90% kế hoạch năm")
  [
    /(?<=\d\s+chỉ tiêu(?:\s+chủ yếu)?\s+(?:đạt|vượt|đạt và vượt|hoàn thành)\s+(?:trên\s+|từ\s+|dưới\s+|(?:từ\s+)?\d[\d,]*\s*%\s*(?:đến|-|–)\s*(?:dưới\s+)?)?)\d[\d,]*\s*%(?:\s*(?:nghị quyết|kế hoạch|KH|chỉ tiêu))?/giu,
    'the level counted targets reached',
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
  // "gồm 24 chỉ tiêu, được chia thành 4 nhóm: Kinh tế, …": the groups a list is split into, named right after
  [
    new RegExp(String.raw`(?<![${letter}])chia\s+(?:thành|làm)\s+0?\d\s+nhóm(?=\s*:)`, 'giu'),
    'the groups of a list',
  ],
  // "diện tích đất đạt giá trị 100 triệu đồng/ha/năm thực hiện được 850ha", "có 1.200 ha cánh đồng cho thu nhập
  // trên 150 triệu đồng/ha", "diện tích đất ruộng đạt 100 triệu đồng/ha trở lên đạt 61,5ha": the level that names a
  // kind of land beside its area, not a figure of its own
  [
    new RegExp(
      String.raw`(?:đạt|có|cho)(?<=\d[\d.,]*\s*ha(?![${letter}])[^;.]{0,60}(?:đạt|có|cho))\s+(?:giá trị(?:\s+thu nhập)?|thu nhập)(?:\s+(?:từ|trên|hơn))?\s+\d[\d.,]*\s*(?:triệu|tỷ)\s+đồng\s*\/\s*ha(?:\s*\/\s*năm)?|(?<![${letter}])(?:đạt|có|cho)\s+(?:giá trị(?:\s+thu nhập)?|thu nhập)(?:\s+(?:từ|trên|hơn))?\s+\d[\d.,]*\s*(?:triệu|tỷ)\s+đồng\s*\/\s*ha(?:\s*\/\s*năm)?(?=[^;.]{0,60}?\d[\d.,]*\s*ha(?![${letter}]))|(?<![${letter}])đạt\s+(?:từ\s+|trên\s+)?\d[\d.,]*\s*(?:triệu|tỷ)\s+đồng\s*\/\s*ha(?:\s*\/\s*năm)?(?:\s+trở lên)?(?=\s+(?:đạt|là|được)\s+\d[\d.,]*\s*ha(?![${letter}]))`,
      'giu',
    ),
    'part of a name',
  ],
  // "duy trì 78 vùng sản xuất hàng hóa tập trung quy mô từ 5 ha/vùng trở lên": the size that names a kind of place
  // counted, not a figure of its own
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])quy mô\s+)(?:từ\s+|trên\s+)?\d[\d.,]*\s*[${letter}]+\s*\/\s*[${letter}]+(?:\s+trở lên)?`,
      'giu',
    ),
    'part of a name',
  ],
  // "3 mô hình lợn nái quy mô 15 con nái trở lên", "126 học sinh đạt 27 điểm trở lên": the size or the score that names the
  // kind of thing counted, not a figure of its own
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])quy mô\s+)(?:từ\s+|trên\s+)?\d[\d.,]*\s*(?:con|ha|tấn|hộ|người|lao động)(?:\s+[${letter}]+)?\s+trở lên|(?=\d|từ\s|trên\s)(?<=(?<![\d.,])\d[\d.]*\s+(?:học sinh|thí sinh|em|bài thi)(?![${letter}])[^.;,\d]{0,30}?\s+đạt\s+)(?:từ\s+|trên\s+)?\d[\d,]*\s*điểm(?:\s+trở lên)?`,
      'giu',
    ),
    'part of a name',
  ],
  // trên 10.000 dân, trên 1.000 trẻ: the denominator of a rate written before its value
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:trên|\/)\s*(?:(?:1|10|100)(?:\.000)+|1\s+vạn)\s+(?:dân|người|trẻ)(?![${letter}])`,
      'giu',
    ),
    'per-unit denominator ("trên 10.000 dân")',
  ],
] as const satisfies readonly (readonly [RegExp, string])[]
