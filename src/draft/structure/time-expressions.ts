import { letter } from '../../lib/reg-exp.ts'
import { findDateSpans } from '../../dataset/reading/read-date.ts'

/**
 * What a time expression in a report does to the figures around it:
 * - `period`: the year they are for ("Năm 2024, …", "trong năm 2024", "cả năm");
 * - `part-of-year`: part of a year ("6 tháng đầu năm 2024", "9 tháng", "quý I/2024", "từ đầu năm đến nay");
 * - `base`: what a change is measured against ("so với năm 2023", "so với cùng kỳ", "gấp 1,6 lần năm 2020");
 * - `deadline`: the year a plan runs to ("đến năm 2030", "giai đoạn 2026 - 2030");
 * - `point`: the start or end of a year ("đến cuối năm 2023", "đầu năm 2024");
 * - `now`: the time of the report ("đến nay", "hiện nay");
 * - and years that say nothing of the figures: `price-base` ("giá so sánh năm 2010"), `cited` (the date of a
 *   document named: "Nghị quyết số 23 ngày 22/7/2021"), `term` ("nhiệm kỳ 2021 - 2026"), `date` ("sáng 20/12").
 */
export type TimeKind =
  'period' | 'part-of-year' | 'base' | 'deadline' | 'point' | 'now' | 'price-base' | 'cited' | 'term' | 'date'

export type TimeExpression = {
  kind: TimeKind
  start: number
  end: number
  /** The words as written. */
  words: string
  /** The year it names; absent when the words leave it to the report ("cả năm", "so với cùng kỳ"). */
  year?: number
  /** "so với cùng kỳ", "năm trước": a year counted from the report's own (−1), "năm tới" (+1). */
  yearOffset?: number
  /** For `part-of-year`: the part ("6 tháng đầu năm", "quý I", "từ đầu năm đến nay"). */
  partOfYear?: string
  /** For `point`: the start or end of the year. */
  point?: 'start' | 'end'
  /** For `base`: measured against the plan, not a year ("so với kế hoạch"). */
  isPlan?: boolean
  /** For `deadline` and `term`: a span of years ("giai đoạn 2021 - 2025"), whose figures cover all of it. */
  isSpan?: boolean
  /** For `term`: the term to come, named by no years ("nhiệm kỳ mới"); it ends where the latest term named ends. */
  isNewTerm?: boolean
  /** For `point`: the end of the term the text speaks of ("đến cuối nhiệm kỳ"), named by no year. */
  isTermEnd?: boolean
  /** For `point`: the start of the term the text looks back on ("đầu nhiệm kỳ"), named by no year. */
  isTermStart?: boolean
  /** For `deadline`: a vision's ("Tầm nhìn đến năm 2050, …"), beyond the plan's own horizon. */
  isVision?: boolean
  /**
   * For `base`: the period whose own levels follow ("(cơ cấu tương ứng của 6 tháng đầu năm 2023 là: …)"), compared with
   * the report's, but no change is measured from it.
   */
  isLevelsOf?: boolean
}

/** "6 tháng đầu" is "6 tháng đầu năm"; "9 tháng" stays as written. */
export const monthsOfYear = (written: string) => {
  // ("6 THÁNG ĐẦU NĂM 2015" in a heading's capitals is "6 tháng đầu năm".)
  const months = /\p{Ll}/u.test(written) ? written : written.toLocaleLowerCase('vi')
  return /(?:đầu|cuối)$/iu.test(months) ? `${months} năm` : months
}

const Y = String.raw`(?:19|20)\d{2}`
const w = String.raw`(?<![${letter}\d])`
const end = String.raw`(?![${letter}\d])`
const dash = String.raw`\s*[-–—]\s*`
/**
 * "10 tháng đầu năm và dự báo các tháng cuối năm": the months so far and a forecast of the rest, a whole year's
 * estimate (looked for ahead of the months, whole, so that they cannot stop short of it).
 */
const wholeYearEstimate = String.raw`(?=\s*(?:,|và)\s*(?:dự báo|ước(?:\s+tính)?)\s+(?:(?:các|những)\s+)?tháng\s+(?:cuối năm|còn lại))`
const monthsWord = String.raw`(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một|mười hai)`
const quarter = String.raw`qu[ýí]\s+(?:I{1,3}|IV|[1-4]|đầu(?=\s+năm))`
/** A crop season: "xuân", "đông xuân", "hè thu", "mùa" (longest first). */
const season = String.raw`(?:đông\s+xuân|hè\s+thu|thu\s+đông|chiêm\s+xuân|xuân|mùa|đông)`
const documentWord = String.raw`(?:nghị quyết|quyết định|chỉ thị|kết luận|thông báo|công văn|tờ trình|thông tư|nghị định|luật|hướng dẫn|kế hoạch|đề án|chương trình|NQ|QĐ)`
/** A cited document's number and date, after its kind's word: " số 23/NQ-HĐND ngày 22/7/2021", " năm 2023 của". */
const citedDate = String.raw`(?:\s+số)?(?:\s+\d[\p{L}\p{N}/.-]*)?(?:\s*,)?\s+(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*${Y}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+${Y}|(?:năm\s+)?${Y}(?=\s+(?:của|về|do)))`
const cappedDocumentWord = String.raw`(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông báo|Công văn|Tờ trình|Thông tư|Nghị định|Kế hoạch|Đề án|Chương trình)`
const dayMonth = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*${Y})?`

/**
 * The coming year's plan named in a report's or a meeting's title after the year it sums up: "(báo cáo) tổng kết …
 * năm 2022 và kế hoạch năm 2023", "sơ kết 6 tháng … và nhiệm vụ năm 2025". It sets no target and no year.
 */
export const titledPlan = new RegExp(
  // ("và" first: the look behind is tried only where a "và" is, not at every letter.)
  String.raw`${w}và(?<=${w}(?:tổng kết|báo cáo|sơ kết|đánh giá)(?:\s+[^\s.;:]+){0,14}?\s+(?:năm\s+)?${Y}\s+và)\s+(?:(?:phương hướng|triển khai|nhiệm vụ|kế hoạch)[\s,]+){1,3}(?:năm\s+)?${Y}${end}`,
  'giu',
)

type Row = {
  kind: TimeKind
  pattern: RegExp
  /** What the match names; `text` is the whole text, for the words just before it. */
  read: (match: RegExpExecArray, text: string) => Partial<TimeExpression>
}

const yearOf = (text: string | undefined) => (text === undefined ? {} : { year: Number(text) })

/** The heavenly stems and earthly branches that name a lunar year ("Giáp Thìn", "Ất Tỵ"), as the year's remainders. */
const stems = { Canh: 0, Tân: 1, Nhâm: 2, Quý: 3, Giáp: 4, Ất: 5, Bính: 6, Đinh: 7, Mậu: 8, Kỷ: 9 } as const
const branches = {
  Thân: 0,
  Dậu: 1,
  Tuất: 2,
  Hợi: 3,
  Tý: 4,
  Sửu: 5,
  Dần: 6,
  Mão: 7,
  Mẹo: 7,
  Thìn: 8,
  Tỵ: 9,
  Tị: 9,
  Ngọ: 10,
  Mùi: 11,
} as const
const lunarYear = `(${Object.keys(stems).join('|')})\\s+(${Object.keys(branches).join('|')})`
/** The holidays of the lunar new year, as a part of the year their figures are of. */
export const tet = 'Tết Nguyên đán'
/** The Gregorian year a lunar year's Tết falls in, between 1990 and 2049 (the cycle repeats every 60 years). */
function gregorianYear(stem: string, branch: string): number {
  const s = stems[stem as keyof typeof stems]
  const b = branches[branch as keyof typeof branches]
  for (let year = 1990; year < 2050; year += 1) if (year % 10 === s && year % 12 === b) return year
  return Number.NaN
}

/**
 * A month with its year, read before the dates: "1/2024" in "tháng 1/2024" is that month, not a day.
 */
const monthRows: readonly Row[] = [
  // so với tháng 12/2023: the month compared with, no time of the figure's own
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}so\s+(?:với\s+)?(?:cùng\s+)?tháng\s+(?:1[0-2]|0?[1-9])\s*(?:[/-]|năm)\s*(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // tháng 1/2024, tháng 7-2024, tháng 8.2019: one month's figures; đến tháng 11/2024, hết tháng 11 năm 2024: those of the months up to
  // its end (up to December: the whole year); not a meeting's month ("tổ chức phiên họp tháng 6 năm 2024"), nor a
  // day's ("diễn ra từ ngày 14 đến ngày 16 tháng 10 năm 2020"), nor a deadline's ("đại hội chi bộ hoàn thành trước
  // tháng 2/2020": a date something is to be done by, as "trước 31/8/2020" is)
  {
    kind: 'part-of-year',
    pattern: new RegExp(
      String.raw`${w}((?:(?:tính\s+)?(?:đến|tới|hết)\s+(?:hết\s+)?)?)(?<!(?:phiên|cuộc|kỳ)\s+họp(?:\s+(?:thường\s+(?:kỳ|lệ)|định\s+kỳ))?\s+)(?<!\d\s+)(?<!(?<![${letter}])trước\s+)tháng\s+(1[0-2]|0?[1-9])\s*(?:[/-]|\.(?=\d)|năm)\s*(${Y})${end}`,
      'giu',
    ),
    read: (m) => {
      const month = Number(m[2])
      const isUpTo = (m[1] ?? '') !== ''
      return isUpTo && month === 12
        ? yearOf(m[3])
        : { partOfYear: isUpTo ? `${month} tháng` : `tháng ${month}`, ...yearOf(m[3]) }
    },
  },
  // so với Quý I năm 2021, so với 6 tháng đầu năm 2023, "đã tăng cao hơn quý I năm 2020": the same part of another year,
  // compared with
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}(?:so\s+(?:với\s+)?|(?:cao|thấp)\s+hơn\s+)(?:cùng\s+kỳ\s+)?(?:${quarter}|${monthsWord}\s+tháng(?:\s+(?:đầu|cuối))?)\s*(?:\/|năm|của năm)\s*(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // quý I/2024, quý II năm 2024, "Quý 1/2023", "quý 1.2022": read before dates, which "1/2023" would be, and after the
  // same part of another year compared with
  {
    kind: 'part-of-year',
    pattern: new RegExp(String.raw`${w}(${quarter})(?:\s*(?:\/|năm)\s*(${Y})|\.(${Y}))?${end}`, 'giu'),
    read: (m) => ({ partOfYear: m[1] ?? '', ...yearOf(m[2] ?? m[3]) }),
  },
  // "so với vụ xuân 2019": a crop season of another year, compared with
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}(?:so\s+(?:với\s+)?|(?:cao|thấp)\s+hơn\s+)(?:cùng\s+kỳ\s+)?vụ\s+${season}(?:\s+năm)?\s+(${Y})(?!\s*[-–—\/]\s*\d)${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "lúa vụ xuân năm 2020", "Sản lượng thóc vụ xuân 2020": one crop season of a year, its results part of that year's
  // (not one named across two years, "vụ đông năm 2023-2024", read as its later year elsewhere)
  {
    kind: 'part-of-year',
    pattern: new RegExp(String.raw`${w}vụ\s+(${season})(?:\s+năm)?\s+(${Y})(?!\s*[-–—\/]\s*\d)${end}`, 'giu'),
    read: (m) => ({ partOfYear: `vụ ${(m[1] ?? '').toLocaleLowerCase('vi')}`, ...yearOf(m[2]) }),
  },
]

/**
 * The forms, most specific first: a span taken by an earlier row is not read again ("giai đoạn 2021 - 2025"
 * inside "nhiệm kỳ" is the term, the "năm 2021" of a cited decision is not a period).
 */
const rows: readonly Row[] = [
  // Nghị quyết số 23/NQ-HĐND ngày 22/7/2021; Quyết định số 12 năm 2023; Nghị quyết ngày 10/12/2024
  {
    kind: 'cited',
    pattern: new RegExp(String.raw`${w}${documentWord}${citedDate}`, 'giu'),
    read: () => ({}),
  },
  // "thực hiệnNghị quyết số 04/2018/NQ-HĐND ngày 19 tháng 12 năm 2018": a page that lost the space before a
  // document's capital is read alike (case kept, so that only a capital after a small letter counts).
  {
    kind: 'cited',
    pattern: new RegExp(String.raw`(?<=\p{Ll})${cappedDocumentWord}${citedDate}`, 'gu'),
    read: () => ({}),
  },
  // "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt": a planning
  // document's name with its vision, no time of the figures ("Theo Quy hoạch … thời kỳ 2021-2030, tỉnh đặt mục tiêu …"
  // names the targets' horizon)
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}[Qq]uy hoạch(?:\s+[${letter}]+){0,6}?\s+thời kỳ\s+${Y}\s*[-–—]\s*${Y}\s*,?\s*tầm nhìn\s+(?:đến\s+)?(?:năm\s+)?${Y}${end}`,
      'gu',
    ),
    read: () => ({}),
  },
  // "Quy hoạch chung xã đến năm 2045 đã hoàn thành": a planning document said made or approved, no horizon of the figures
  // after it ("Theo Quy hoạch … đến năm 2030, tỉnh đặt mục tiêu …" still names one)
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}[Qq]uy hoạch(?:\s+[${letter}-]+){0,8}?\s+(?:đến|tới)\s+năm\s+${Y}(?=(?:\s*,\s*tầm nhìn[^.;:]{0,40}?)?\s*(?:đã|được|vừa)\s+(?:được\s+)?(?:hoàn thành|phê duyệt|duyệt|ban hành|công bố|thông qua|lập xong)${end})`,
      'gu',
    ),
    read: () => ({}),
  },
  // "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021-2025 giảm còn 2,1%", "Giai đoạn 2021 -2025, hộ nghèo
  // 52/823 hộ": the poverty line's name, no time of the figures
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}chuẩn\s+(?:nghèo|cận nghèo)(?:\s+(?:đa chiều|tiếp cận đa chiều|mới))?(?:\s+(?:của\s+)?(?:giai đoạn|thời kỳ|áp dụng cho giai đoạn|áp dụng giai đoạn))?\s+${Y}\s*[-–—]\s*${Y}${end}|${w}(?:giai đoạn\s+)?${Y}\s*[-–—]\s*${Y}(?=\s*,\s*(?:tổng\s+)?(?:số\s+|tỷ lệ\s+|tỉ lệ\s+)?hộ\s+(?:cận\s+)?nghèo${end})`,
      'giu',
    ),
    read: () => ({}),
  },
  // Hội nghị Xúc tiến đầu tư tỉnh năm 2018, Đại hội … năm 2020: an event's name
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}(?:Hội nghị|Đại hội|Hội chợ|Lễ hội|Festival|Tuần lễ|Hội thao|Hội thi|Hội diễn)(?:\s+(?!(?:[Tt]hống nhất|[Đđ]ịnh hướng|[Gg]iai đoạn|[Tt]ổng kết|[Ss]ơ kết|[Tt]riển khai|[Đđ]ánh giá|[Tt]hông qua|[Nn]hiệm vụ|[Kk]ết quả|[Xx]ác định|[Mm]ục tiêu|[Pp]hấn đấu|đến|tới)${end})[${letter}]+){1,10}?\s+năm\s+${Y}(?!\s*[-–—]\s*\d)${end}`,
      'gu',
    ),
    read: () => ({}),
  },
  // "… có thu nhập bình quân đầu người cao nhất nước theo kết quả khảo sát của Tổng cục Thống kê năm 2020": a survey
  // cited as a source, no time of the figures around it
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`(?<=(?<![${letter}])theo\s+)kết quả\s+(?:khảo sát|điều tra|công bố|xếp hạng|đánh giá xếp hạng)(?:\s+[^\s.;:,\d]+){0,8}?\s+năm\s+${Y}${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // "… và Năm Du lịch Quốc gia 2024, giúp tỉnh đón hơn 1,85 triệu lượt khách": a year a programme of events is named by
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}Năm\s+Du lịch\s+(?:Quốc gia|quốc gia)(?:\s*[-–]\s*\p{Lu}[${letter}]*(?:\s+\p{Lu}[${letter}]*){0,3})?\s+${Y}${end}`,
      'gu',
    ),
    read: () => ({}),
  },
  // "Theo Kế hoạch phát triển kinh tế - xã hội của huyện Phú Tân năm 2025, kết quả tăng trưởng kinh tế năm 2024, …": a
  // document named as the source of what follows
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`(?<=(?<![${letter}])[Tt]heo\s+(?:dự thảo\s+)?)(?:Kế hoạch|Báo cáo|Nghị quyết|Đề án)(?:\s+[^\s.;:,\d]+|\s+-){1,16}?\s+năm\s+${Y}(?=\s*,)`,
      'gu',
    ),
    read: () => ({}),
  },
  // (theo) đề án “Phát triển bền vững một triệu héc-ta lúa … đến năm 2030”, “Đề án xây dựng thí điểm sản phẩm OCOP du lịch … giai
  // đoạn 2023-2025”: a programme's name in quotes, with its horizon
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`(?:(?<![${letter}])(?:[Đđ]ề án|[Cc]hương trình|[Dd]ự án|[Kk]ế hoạch|[Cc]hiến lược|[Nn]ghị quyết|[Pp]hong trào)\s*[“"]|[“"](?=(?:Đề án|Chương trình|Dự án|Kế hoạch|Chiến lược|Phong trào)\s))[^”"\n]{0,250}?(?<![\d.,])${Y}(?![\d.,])[^”"\n]{0,80}?[”"]`,
      'gu',
    ),
    read: () => ({}),
  },
  // Đại hội … có mục tiêu “… tạo tiền đề để tỉnh trở thành tỉnh công nghiệp … trước năm 2020 …”: a goal, theme or slogan
  // quoted whole, its vision's year no time of the figures after it
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`[“"](?<=(?<![${letter}])(?:mục tiêu|chủ đề|khẩu hiệu|phương châm)(?:\s+(?:là|của năm|năm\s+${Y}))?\s*:?\s*[“"])[^”"\n]{0,600}?(?<![\d.,])${Y}(?![\d.,])[^”"\n]{0,400}?[”"]`,
      'gu',
    ),
    read: () => ({}),
  },
  // "Mặc dù chịu thiệt hại nặng do cơn bão số 12 năm 2017 nhưng …", "đại dịch Covid-19 năm 2021": a disaster's name
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}(?:cơn\s+bão|bão|áp thấp nhiệt đới|lũ lụt|mưa lũ|đợt lũ|trận lũ|lũ|hạn hán|xâm nhập mặn|thiên tai|đại dịch|dịch bệnh|dịch Covid|dịch tả)(?:\s+[${letter}\d()-]+){0,5}?\s+năm\s+${Y}(?!\s*[-–—]\s*\d)${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // "cao nhất kể từ năm 2015", "thấp nhất từ năm 2011 đến nay": where a record is counted from, no time of the figures
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`(?<=nhất\s+(?:trong\s+)?)(?:kể\s+)?từ\s+(?:năm\s+)?${Y}(?:\s+(?:đến nay|tới nay|trở lại đây))?${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // "đứng thứ 4 trong top 10 điểm du lịch nổi bật nhất năm 2023", "Giải thưởng … năm 2023": a ranking's or an award's
  // name, not the time of the figures around it
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}(?:top|bảng xếp hạng|giải thưởng|danh hiệu|huân chương|huy chương)(?:\s+[${letter}\d]+){1,10}?\s+năm\s+${Y}(?!\s*[-–—]\s*\d)${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // "Theo báo cáo tổng kết … năm 2022 và kế hoạch năm 2023, tổng sản lượng … đạt 98,75% so kế hoạch": the plan in a
  // report's or a meeting's title, not the time of the figures said after it
  { kind: 'cited', pattern: titledPlan, read: () => ({}) },
  // "tổng kết công tác tuyển chọn, gọi công dân nhập ngũ năm 2022": a call-up summed up is that year's (read before its
  // name alone)
  {
    kind: 'period',
    pattern: new RegExp(
      String.raw`(?=năm\s)(?<=(?<![${letter}])(?:tổng kết|sơ kết)[^.;:]{0,60}?(?<![${letter}])(?:nghĩa vụ quân sự|tuyển quân|giao quân|giao nhận quân|nhập ngũ)(?:\s+(?:và\s+)?[${letter}]+){0,4}?\s+)năm\s+(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "hoàn thành công tác khám tuyển nghĩa vụ quân sự năm 2024" (done the year before): the call-up's name
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}(?:nghĩa vụ quân sự|tuyển quân|giao quân|giao nhận quân|nhập ngũ)(?:\s+(?:và\s+)?[${letter}]+){0,4}?\s+năm\s+${Y}${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // theo giá so sánh năm 2010, giá cố định 2010, "giá trị tổng sản phẩm theo giá năm 2010"
  {
    kind: 'price-base',
    pattern: new RegExp(
      String.raw`${w}(?:giá\s+(?:so sánh|cố định|ss)(?:\s+năm)?|theo\s+giá\s+năm)\s+${Y}${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // HĐND tỉnh khóa XIII, nhiệm kỳ 2021 – 2026: the council's name, no time of the figures said after it
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}kh(?:óa|oá)\s+[IVXLC]+\s*,?\s*nhiệm\s+kỳ\s+${Y}${dash}${Y}${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // "đạt mức cao nhất kể từ đầu nhiệm kỳ 2020-2025": the point a record is counted from, no time of the figure
  {
    kind: 'cited',
    pattern: new RegExp(
      String.raw`${w}(?:kể\s+)?từ\s+(?:đầu|khi bắt đầu)\s+nhiệm\s+kỳ(?:\s+${Y}${dash}${Y})?${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // nhiệm kỳ 2021 - 2026, nhiệm kỳ 2025-2030
  {
    kind: 'term',
    // ("nhiệm kỳ 2015- 20202": a page's typo, one digit too many, still names the term.)
    pattern: new RegExp(String.raw`${w}nhiệm\s+kỳ\s+\(?\s*${Y}${dash}(${Y})\d?${end}`, 'giu'),
    read: (m) => ({ ...yearOf(m[1]), isSpan: true }),
  },
  // "Phấn đấu đến cuối nhiệm kỳ có 6/11 xã đạt chuẩn", "ước cuối nhiệm kỳ đạt 724.510 tấn": the end of the term the text
  // speaks of (the one it opens, else the one it looks back on)
  {
    kind: 'point',
    pattern: new RegExp(
      String.raw`${w}(?:(?:đến|tới)\s+)?cuối\s+nhiệm\s+kỳ(?!\s*(?:\(?\s*${Y}|mới|tới|qua|trước))${end}`,
      'giu',
    ),
    read: () => ({ point: 'end', isTermEnd: true }),
  },
  // "(đầu nhiệm kỳ 13 triệu đồng/người/năm)": the start of the term the text looks back on
  {
    kind: 'point',
    pattern: new RegExp(
      String.raw`${w}(?:(?:so với|từ)\s+)?đầu\s+nhiệm\s+kỳ(?!\s*(?:\(?\s*${Y}|mới|tới|qua|trước))${end}`,
      'giu',
    ),
    read: () => ({ point: 'start', isTermStart: true }),
  },
  // "Nhiệm kỳ mới, Đảng bộ huyện đề ra …", "nhiệm kỳ tới": the term the text opens, of the latest term it names
  {
    kind: 'term',
    pattern: new RegExp(String.raw`${w}nhiệm\s+kỳ\s+(?:mới|tới)${end}`, 'giu'),
    read: () => ({ isNewTerm: true }),
  },
  // nhiệm kỳ qua, 5 năm qua, trong 5 năm, sau 4 năm: the span a text looks back on, which ends in its results' year
  // (not "năm đầu tiên trong vòng 4 năm qua", "cao nhất trong 5 năm qua": the one year, or the record, the span is
  // compared over)
  {
    kind: 'term',
    pattern: new RegExp(
      String.raw`${w}(?<!(?:cả|đầu|cuối|giữa)\s+)(?<!(?:đầu tiên|nhất)\s+(?:trong\s+)?(?:vòng\s+)?)(?:nhiệm\s+kỳ(?:\s+(?:vừa\s+)?qua|\s+trước)?|(?:(?:trong|sau)\s+(?:\d|hai|ba|bốn|năm)\s+năm(?:\s+(?:vừa\s+)?qua)?|(?:\d|hai|ba|bốn|năm)\s+năm\s+(?:vừa\s+)?qua))(?!\s*(?:tới|mới|sau|đến|[-–—]|\(|\d))${end}`,
      'giu',
    ),
    read: () => ({ yearOffset: 0, isSpan: true }),
  },
  // "so với năm học 2020-2021", "so với niên vụ 2022 - 2023": a school year or a season across the new year, compared
  // with, of its later year
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:niên vụ|năm học)\s+(?:năm\s+)?${Y}${dash}(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "2024 là Tuyên Quang phát triển mạnh mẽ, …", "2023 khép lại với …": a year opening its sentence with no "năm"
  {
    kind: 'period',
    pattern: new RegExp(
      String.raw`(?=(?:19|20)\d{2}\s)(?<=^[\s"“]*)(${Y})(?=\s+(?:là|đã|khép lại|tiếp tục|cũng|đánh dấu)(?![${letter}]))`,
      'gu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "so với cùng kỳ Tết Nguyên đán năm Giáp Thìn": the Tết of a year named in the lunar calendar, compared with
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`(?=[dTnCNQGẤBĐMK])(?<=(?<![${letter}])so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?)(?:(?:dịp\s+)?Tết(?:\s+Nguyên\s+[đĐ]án)?\s+)?(?:năm\s+)?${lunarYear}${end}`,
      'gu',
    ),
    read: (m) => yearOf(String(gregorianYear(m[1] ?? '', m[2] ?? ''))),
  },
  // "dịp Tết Nguyên đán Ất Tỵ 2025", "Từ mùng 1 đến mùng 6 Tết Bính Ngọ": the Tết holidays of a year named in the lunar
  // calendar, early in its Gregorian year
  {
    kind: 'part-of-year',
    pattern: new RegExp(
      String.raw`${w}Tết(?:\s+Nguyên\s+[đĐ]án)?\s+(?:năm\s+)?${lunarYear}(?:\s+(?:19|20)\d{2})?${end}`,
      'gu',
    ),
    read: (m) => ({ partOfYear: tet, ...yearOf(String(gregorianYear(m[1] ?? '', m[2] ?? ''))) }),
  },
  // "đầu năm học 2023 - 2024, trường có 16 trẻ suy dinh dưỡng": the start of a school year, in its first year
  {
    kind: 'point',
    pattern: new RegExp(
      String.raw`${w}(?:(?:từ|vào)\s+)?đầu\s+năm học\s+(?:năm\s+)?(${Y})${dash}${Y}${end}`,
      'giu',
    ),
    read: (m) => ({ ...yearOf(m[1]), point: 'start' }),
  },
  // vụ Đông xuân 2023-2024, niên vụ 2023 - 2024, năm học 2023-2024, "vụ đông năm 2023-2024", "Lúa mùa 2023-2024", "Vụ
  // mía 2021 - 2022": one season across the new year, of its later year
  {
    kind: 'period',
    pattern: new RegExp(
      String.raw`${w}(?:niên vụ|năm học|(?:vụ|lúa)\s+(?:đông xuân|hè thu|thu đông|mùa|chiêm|chiêm xuân|xuân|đông)|(?<!(?:nhiệm|nghĩa|dịch|phục|chức|nghiệp|sự|thuế)\s+)vụ\s+(?!(?:giai|nhiệm|năm)\s)[${letter}]+(?:\s+[${letter}]+)?)\s+(?:năm\s+)?${Y}${dash}(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "(cơ cấu tương ứng của 6 tháng đầu năm 2023 là: 22,81%; …)": the same figures of the period before, said after the
  // report's own, a time compared with
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}(?=(?:\d{1,2}|sáu|chín|năm)\s)(?<=tương\s+ứng\s+(?:(?:của|với)\s+)?(?:cùng\s+kỳ\s+)?)(?:((?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?)(?:\s+năm)?\s+)?năm\s+(${Y})${end}`,
      'giu',
    ),
    // (The months compared are the months the text reports: "6 tháng đầu năm".)
    read: (m) => ({ ...yearOf(m[2]), isLevelsOf: true, ...(m[1] ? { partOfYear: monthsOfYear(m[1]) } : {}) }),
  },
  // "cao hơn giai đoạn 2016 – 2020", "so với nhiệm kỳ 2015-2020", "cao hơn mức bình quân chung của cả giai đoạn 2015 -
  // 2020": a span compared with, no time of the figures
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}(?:so\s+(?:với\s+)?|(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?(?:(?:mức|bình quân|trung bình|chung|của)\s+){0,5})(?:cả\s+)?(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+${Y}${dash}(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "Từ nay đến cuối năm 2020, dự kiến toàn tỉnh sẽ …": the time from now to a year's end is ahead, that year a horizon
  {
    kind: 'deadline',
    pattern: new RegExp(
      String.raw`${w}từ\s+(?:nay|bây giờ)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "Giai đoạn sau năm 2020, tỉnh đầu tư …": the years after one, with no end: a span ahead, of no one year
  {
    kind: 'deadline',
    pattern: new RegExp(String.raw`${w}(?:(?:giai đoạn|thời kỳ|từ)\s+)?sau\s+năm\s+${Y}${end}`, 'giu'),
    read: () => ({ isSpan: true }),
  },
  // giai đoạn 2021 - 2025, 5 năm 2021-2025, thời kỳ 2026-2030, 2021-2025: the span's figures are for its last year
  {
    kind: 'deadline',
    pattern: new RegExp(
      String.raw`${w}(?:(?:giai đoạn|thời kỳ|(?:kế hoạch\s+)?5 năm|năm)\s+)?${Y}${dash}(${Y})${end}`,
      'giu',
    ),
    read: (m) => ({ ...yearOf(m[1]), isSpan: true }),
  },
  // 6 tháng đầu năm 2024, 9 tháng năm 2024, 6 tháng cuối năm (not "bình quân 1 tháng khoảng 21 ngàn tỷ đồng": an
  // average month; not "số liệu thực tế 10 tháng đầu năm và dự báo các tháng cuối năm": a whole year's estimate; not
  // "trẻ dưới 36 tháng tuổi": an age; nor "26 tháng Chạp", a day of the lunar year's last month)
  {
    kind: 'part-of-year',
    pattern: new RegExp(
      String.raw`${w}(?<!(?:bình quân|trung bình|mỗi)\s+)(?!${monthsWord}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+(?:của\s+)?năm(?:\s+${Y})?)?${wholeYearEstimate})(${monthsWord}\s+tháng(?!\s+(?:tuổi|[Cc]hạp|[Gg]iêng))(?:\s+(?:đầu|cuối))?)(?:\s+(?:năm|của năm)(?:\s+(${Y}))?)?(?!\s*[,.]?\d)${end}`,
      'giu',
    ),
    read: (m) => ({
      partOfYear: monthsOfYear(m[1] ?? ''),
      ...yearOf(m[2]),
    }),
  },
  // "Trong tháng 10, …", "Đến tháng 10, toàn tỉnh ước hoàn thành …": a month, or the months up to it, with no year
  // (not a day's month: "ngày 5 tháng 10")
  {
    kind: 'part-of-year',
    pattern: new RegExp(
      String.raw`(?<![${letter}\d]\s*)(?<=^|[.;:,]\s*)((?:[Tt]rong|[Đđ]ến|[Tt]ính đến|[Hh]ết|[Rr]iêng)\s+)tháng\s+(1[0-2]|0?[1-9])(?!\s*(?:[/-]|năm|\d))${end}`,
      'gu',
    ),
    read: (m) => {
      const month = Number(m[2])
      const isUpTo = !/^(?:trong|riêng)/iu.test(m[1] ?? '')
      return { partOfYear: isUpTo && month > 1 ? `${month} tháng` : `tháng ${month}` }
    },
  },
  // từ đầu năm (2024) đến nay, "đầu năm đến nay" with "từ" left out, những tháng đầu năm
  {
    kind: 'part-of-year',
    pattern: new RegExp(
      String.raw`${w}(?:(?:(?:từ|kể từ)\s+)?đầu\s+năm(?:\s+(${Y}))?\s+(?:đến|tới)\s+(?:nay|thời điểm này|hiện nay)|những\s+tháng\s+đầu\s+năm(?:\s+(${Y}))?)`,
      'giu',
    ),
    read: (m) => ({ partOfYear: 'từ đầu năm đến nay', ...yearOf(m[1] ?? m[2]) }),
  },
  // kể từ khi (Tỉnh ủy ban hành Nghị quyết …), từ năm 2021 đến nay: a span from a past event up to the report
  {
    kind: 'term',
    pattern: new RegExp(
      String.raw`${w}(?:(?:kể\s+)?từ\s+khi|(?:kể\s+)?từ\s+năm\s+${Y}\s+(?:đến|tới)\s+(?:nay|hiện nay))${end}`,
      'giu',
    ),
    read: () => ({ yearOffset: 0, isSpan: true }),
  },
  // "Nếu trừ số kết dư, chuyển nguồn của năm 2019 … thì khoản thu phát sinh trong năm …": the year money was carried over
  // from, no time of the figures' own
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`(?<=${w}(?:kết dư|chuyển nguồn|chuyển sang)(?:\s+ngân sách)?\s+(?:của\s+|từ\s+)?)năm\s+(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // so với cùng kỳ (năm trước | năm 2023), so cùng kỳ, so với CK, so cùng kỳ 2014
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}(?:so\s+(?:với\s+)?)?(?:cùng\s+kỳ|CK)(?:\s+năm\s+(?:trước|ngoái|(${Y}))|\s+(${Y})(?!\s*[-–]\s*\d))?${end}`,
      'gu',
    ),
    read: (m) => (m[1] || m[2] ? yearOf(m[1] ?? m[2]) : { yearOffset: -1 }),
  },
  // so với kế hoạch, so với KH, so với dự toán, so với chỉ tiêu, so với nghị quyết; so với dự toán năm 2019: another
  // year's plan, no year of the figure's own
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}so\s+(?:với\s+)?(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|NQ)(?:\s+năm\s+(${Y}))?${end}`,
      'giu',
    ),
    read: (m) => ({ isPlan: true, ...(m[1] ? yearOf(m[1]) : {}) }),
  },
  // "bằng 1,6 lần năm 2010", "gần gấp đôi năm 2010", "gấp 3 lần so với năm 2015": the year a multiple is of, compared with
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`(?<=(?<![${letter}])(?:bằng|gấp|tăng gấp)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?(?:\d+(?:,\d+)?\s+lần|đôi|ba|rưỡi)\s+(?:so\s+(?:với\s+)?)?)năm\s+(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // so với năm 2023, so với đầu năm 2023, so với năm trước, so với 2023, so với (kết quả) thực hiện năm 2022, so với
  // thời điểm rà soát năm 2023, so với thời điểm cuối năm 2019
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}(?:so\s+(?:với\s+)?|(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?)(?:(?:kết quả\s+)?(?:thực hiện|ước thực hiện|TH)\s+)?(?:(?:thời điểm|kỳ)\s+)?(?:(?:rà soát|điều tra)\s+)?(?:(?:(đầu|cuối)\s+)?năm\s+(?:(${Y})|(trước|ngoái))|(${Y}))${end}`,
      'giu',
    ),
    read: (m) => ({
      ...(m[2] || m[4] ? yearOf(m[2] ?? m[4]) : { yearOffset: -1 }),
      ...(m[1] ? { point: m[1].toLocaleLowerCase('vi') === 'đầu' ? 'start' : 'end' } : {}),
    }),
  },
  // so với mức tăng trưởng năm 2023, so với tổng thu năm 2022, "thấp hơn tốc độ tăng của năm 2020": the same kind of
  // amount a year before, named in words
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`${w}(?:so\s+(?!sánh${end})(?:với\s+)?|(?:cao|thấp)\s+hơn\s+)(?!(?:kế hoạch|KH|dự toán|chỉ tiêu|nghị quyết|NQ|cùng kỳ|mục tiêu)${end})(?:[\p{Ll}\p{M}]+\s+){1,5}?năm\s+(${Y})${end}`,
      'gu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // gấp 1,6 lần năm 2020, bằng 1,2 lần năm 2023 ("gấp 4,04% năm 2021": a page's "%" for "lần")
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`(?<=(?:lần|gấp\s+[\d.,]+\s*%)\s+)(?:(?:so\s+với\s+)?năm\s+)?(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // "tăng 1.966,01ha với năm 2023": a change against a year, "so" left out
  {
    kind: 'base',
    pattern: new RegExp(
      String.raw`(?<=(?:tăng|giảm)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?[\d.,]+\s*[\p{L}%/²]{0,12}\s+)với\s+năm\s+(${Y})${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1]),
  },
  // bằng 92,63% năm 2019: a share of another year's amount
  {
    kind: 'base',
    pattern: new RegExp(String.raw`(?<=bằng\s+[\d.,]+\s*%\s+)năm\s+(${Y})${end}`, 'giu'),
    read: (m) => yearOf(m[1]),
  },
  // đến năm 2030, đến hết năm 2025, tới năm 2030, "trở thành thị xã trước năm 2025" (not "so với trước năm 2020");
  // "Tầm nhìn đến năm 2050": a vision's
  {
    kind: 'deadline',
    pattern: new RegExp(
      String.raw`${w}(?:đến|tới|(?<!(?:so\s+với|so)\s+)trước)\s+(?:hết\s+)?năm\s+(${Y})${end}`,
      'giu',
    ),
    read: (m, text) => ({
      ...yearOf(m[1]),
      ...(/tầm nhìn\s*,?\s*$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))
        ? { isVision: true }
        : {}),
    }),
  },
  // đến cuối năm 2023, cuối năm 2023, đầu năm 2024, "đến cuối 2015" with "năm" left out
  {
    kind: 'point',
    pattern: new RegExp(String.raw`${w}(?:(?:đến|tính đến)\s+)?(đầu|cuối)\s+(?:năm\s+)?(${Y})${end}`, 'giu'),
    read: (m) => ({ ...yearOf(m[2]), point: m[1]?.toLocaleLowerCase('vi') === 'đầu' ? 'start' : 'end' }),
  },
  // đến nay, hiện nay, đến thời điểm này
  {
    kind: 'now',
    pattern: new RegExp(
      String.raw`${w}(?:đến\s+nay|hiện\s+nay|đến\s+thời\s+điểm\s+(?:này|hiện tại))${end}`,
      'giu',
    ),
    read: () => ({}),
  },
  // năm 2024, trong năm 2024, cả năm 2024, cả năm, năm nay, năm tới (not "Xuân Giáp Thìn 2024,", "mừng Xuân Quý Mão
  // năm 2023": a new year's spring, when the year before is summed up)
  // ("… dự toán năm 2026 cho các đơn vịNăm 2025 xã … đạt và vượt 19/19 chỉ tiêu": a caption run into the next sentence
  // still opens it with its year.)
  {
    kind: 'period',
    pattern: new RegExp(
      String.raw`(?:${w}|(?<=\p{Ll})(?=Năm))(?:(?<!(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)\s+)năm\s+(?:học\s+)?(${Y})(?:\s*[-–]\s*${Y})?|(?<!(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)\s+)${Y}(?=\s*,))${end}`,
      'giu',
    ),
    read: (m) => yearOf(m[1] ?? /\d{4}/u.exec(m[0])?.[0]),
  },
  {
    kind: 'period',
    pattern: new RegExp(String.raw`${w}(?:cả\s+năm|năm\s+nay)${end}(?!\s+${Y})`, 'giu'),
    read: () => ({ yearOffset: 0 }),
  },
  // "5 năm tới để đạt tốc độ tăng trưởng GDP bình quân 14%/năm": the years ahead, to the last of them
  {
    kind: 'period',
    pattern: new RegExp(String.raw`${w}([2-9]|10)\s+năm\s+(?:tới|sắp tới)${end}`, 'giu'),
    read: (m) => ({ yearOffset: Number(m[1]), isSpan: true }),
  },
  {
    kind: 'period',
    pattern: new RegExp(String.raw`${w}năm\s+(?:tới|sau|kế tiếp)${end}`, 'giu'),
    read: () => ({ yearOffset: 1 }),
  },
]

/**
 * Day ranges and days without a year: "24 và 25/7", "8 & 9.7", "19 – 20/12", "(23 và 24-12)", "24 và 25 tháng 12", "sáng nay
 * 20/12".
 */
const dayRange = new RegExp(
  String.raw`(?<![\d.,/])\d{1,2}(?:\s*(?:và|&|[-–—])\s*|,\s+)(?:${dayMonth}|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+${Y})?)(?![\d%]|[.,]\d)|${w}(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)(?:\s+nay|\s+qua)?\s*\(?\s*\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*${Y})?(?![\d/])`,
  'giu',
)

/**
 * "đến thời điểm 31/12/2019", "tính đến ngày 31/12/2024": the last day of a year figures are counted up to, the end of that
 * year (read before the dates, which would take it for a day of no year).
 */
const yearEndDay: Row = {
  kind: 'point',
  pattern: new RegExp(
    String.raw`${w}(?:tính\s+)?(?:đến|tới)(?:\s+hết)?(?:\s+(?:thời điểm|ngày))?\s+31\s*[/.-]\s*12\s*[/.-]\s*(${Y})${end}`,
    'giu',
  ),
  read: (m) => ({ ...yearOf(m[1]), point: 'end' }),
}

/**
 * The texts read lately, and what was found in them: a sentence is read for its times by the years, the roles and the
 * names, each asking again. What is returned is shared: read it, never change it.
 */
const recent = new Map<string, readonly TimeExpression[]>()
const recentLimit = 4000

/** Every time expression in a text, in order, none overlapping another. */
export function findTimeExpressions(text: string): readonly TimeExpression[] {
  const known = recent.get(text)
  if (known) return known
  if (recent.size >= recentLimit) recent.clear()
  const found = readTimeExpressions(text)
  recent.set(text, found)
  return found
}

function readTimeExpressions(text: string): TimeExpression[] {
  const found: TimeExpression[] = []
  const isFree = (start: number, stop: number) =>
    found.every((other) => stop <= other.start || start >= other.end)
  const dates = [
    ...findDateSpans(text),
    ...[...text.matchAll(dayRange)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ].sort((a, b) => a.start - b.start || b.end - a.end)
  for (const row of [...rows.slice(0, 2), ...monthRows, yearEndDay]) add(row)
  for (const date of dates) {
    if (isFree(date.start, date.end))
      found.push({ kind: 'date', start: date.start, end: date.end, words: text.slice(date.start, date.end) })
  }
  for (const row of rows.slice(2)) add(row)
  return found.sort((a, b) => a.start - b.start)

  function add(row: Row) {
    for (const match of text.matchAll(row.pattern)) {
      const start = match.index
      const stop = start + match[0].length
      if (!isFree(start, stop)) continue
      found.push({ kind: row.kind, start, end: stop, words: match[0], ...row.read(match, text) })
    }
  }
}
