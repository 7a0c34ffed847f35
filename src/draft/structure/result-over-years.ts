import { letter } from '../../lib/reg-exp.ts'
import type { Decision } from './decide-role.ts'
import type { yearOfFigure } from './figure-year.ts'
import type { Phrase } from './governing.ts'
import type { Reason, RoleRule } from './reasons.ts'
import type { ReportYears } from './report-years.ts'
import { levelWords } from './role-words.ts'
import type { TimeExpression } from './time-expressions.ts'

type Inputs = {
  /** The role the words around the figure gave, and the year it was given. */
  role: Reason<RoleRule> & { role: Decision['role'] }
  year: ReturnType<typeof yearOfFigure>
  /** The time expression the year was read from, if any. */
  time: TimeExpression | undefined
  /** The last governing phrase before the amount in its sentence. */
  lastPhrase: Phrase | undefined
  /** The words of "now" said before it in its sentence ("Đến nay"). */
  nowWords: readonly string[]
  wordsBefore: string
  amountWords: string
  isShareOfPlan: boolean
  years: ReportYears
}

/**
 * A result over years is no one year's result: an average over the term looked back on, what has gathered up to now,
 * a sum over years, a span's result (or its aim, in a text of targets only), and what a term looked back on added up.
 * Each is a fact of the span, with the words that said so; a level the span ended on stays its last year's result.
 * Undefined where the figure is of one year.
 */
/**
 * The clause an amount is said in, up to it: "mức thu nhập bình quân đầu người đạt trên 43 triệu đồng, hộ nghèo giảm" is
 * the poor households', not the income's; a change said next ("…đạt 71,1 triệu đồng, tăng") is of the clause before.
 */
function ownClause(wordsBefore: string): string {
  const clauses = wordsBefore.split(/;|,(?=\s)/u)
  const own = clauses.at(-1) ?? ''
  return /^\s*(?:tăng|giảm|gấp|bằng)(?![\p{L}])/iu.test(own) ? clauses.slice(-2).join(',') : own
}

/** A fact of a span of years, with the words that named the span, of the year its figure was given. */
function spanFact(words: string, year: Inputs['year']): Decision {
  return {
    role: 'fact',
    ...(year.period ? { period: year.period } : {}),
    why: { role: { rule: 'span', words }, year: { rule: year.rule, words: year.words } },
  }
}

export function resultOverYears({
  role,
  year,
  time,
  lastPhrase,
  nowWords,
  wordsBefore,
  amountWords,
  isShareOfPlan,
  years,
}: Inputs): Decision | undefined {
  // "Nhiệm kỳ qua, … tăng trưởng bình quân đạt 3,62%", "Thành tựu … trong nhiệm kỳ 2015-2020: * Giá trị xuất khẩu
  // … tăng bình quân 14,34%/năm": an average over the term looked back on is the term's.
  const termWords = /nhiệm kỳ/iu.test(years.results?.why.words ?? '')
    ? years.results?.why.words
    : years.term?.words
  // "Tỷ lệ tổ chức Đảng … hoàn thành tốt nhiệm vụ trở lên bình quân đạt 97%": a rate of each year, averaged over them
  // (an average yield, "năng suất lúa bình quân đạt 61 tạ/ha", is the last year's).
  // "Bình quân lương thực đạt 400kg/người/năm", "bình quân đạt 15 tiêu chí/xã": a level per head or per commune, no
  // average over years; so is its share of the plan ("Thu nhập bình quân đạt 23,85 triệu đồng/người/năm, đạt 104% mục
  // tiêu").
  // The item of a list the amount is said in ("…; Dịch vụ, thương mại đạt 45,1%"): an item before says nothing of it.
  const ownItem = wordsBefore.split(';').at(-1) ?? ''
  const perHead = /\/\s*(?:người|xã|hộ|nhân khẩu)(?![\p{L}])/iu
  const isPerHead =
    perHead.test(amountWords) ||
    (isShareOfPlan && new RegExp(String.raw`${perHead.source}[^,;]*,[^,;]*$`, 'iu').test(wordsBefore))
  const isYearlyRate =
    /\/\s*năm|(?:hằng|hàng|mỗi)\s+năm/iu.test(`${wordsBefore} ${amountWords}`) ||
    (/^[^/]*%$/u.test(amountWords ?? '') &&
      new RegExp(String.raw`t[ỷỉ]\s+lệ(?![${letter}])[^,;:]*bình quân`, 'iu').test(wordsBefore))
  if (
    role.role === 'actual' &&
    (year.rule === 'results' ||
      year.rule === 'paragraph' ||
      // ("… xuống còn 62 hộ (10,21%) năm 2019, giảm bình quân hằng năm 5,62%": the yearly average of the years up to the
      // one written.)
      (year.rule === 'lead' && /nhiệm kỳ|giai đoạn/iu.test(year.words))) &&
    termWords !== undefined &&
    // "thu nhập bình quân của người dân đạt 87 triệu đồng/người/năm": an average per person is no average over years.
    // "Tổng giá trị sản xuất tăng 10,86%/năm" over the term is one.
    // ("Thu nhập bình quân người lao động … đạt 7,05 triệu đồng/tháng": an income averaged over people is a level; so is
    // what the communes reach on average, "bình quân các xã đạt 15,64 tiêu chí".)
    // ("…: … tăng bình quân 10%/năm (vượt 4% so với Nghị quyết); Dịch vụ, thương mại đạt 45,1%": the average an item
    // before said is no word of this one's.)
    // ("Hàng năm, có trên 98% số đảng viên hoàn thành nhiệm vụ": a level each year of the term held, no one year's.)
    (/(?<!(?:thu nhập|tiền lương|lương)\s+)(?:bình quân|trung bình|(?<![\p{L}])(?<!cây\s+)(?:hằng|hàng|mỗi)\s+năm(?![\p{L}]))(?!\s+(?:đầu người|(?:của\s+)?người (?:dân|lao động)|nhân khẩu|(?:của\s+)?(?:các|mỗi|toàn)\s+(?:xã|phường|thị trấn|huyện|thôn|ấp)(?![\p{L}])))/iu.test(
      ownItem,
    ) ||
      /%\s*\/\s*năm$/u.test(amountWords ?? '')) &&
    !isPerHead &&
    // ("Kinh tế tăng trưởng bình quân 10%/năm, thu nhập bình quân đầu người đạt trên 62 triệu đồng/năm": an income per
    // head in an item of its own is the level the term ended on.)
    !/đầu người/iu.test(wordsBefore.replace(/^.*\d[^\d,;]*[,;]/su, '')) &&
    (!years.term?.isLookedBack || termWords !== years.term.words || isYearlyRate)
  )
    return spanFact(termWords, year)
  // "… xuống còn 62 hộ (10,21%) năm 2019, giảm bình quân hằng năm 5,62%", "từ 1,85 triệu lượt năm 2010 tăng lên 2,43 triệu
  // lượt vào năm 2015, tăng bình quân 6%/năm": the yearly average of a move between the years written.
  const averageBefore =
    /(?:bình quân|trung bình)(?:\s+(?:hằng|hàng|mỗi)\s+năm)?(?:\s+(?:là|đạt|khoảng|hơn|trên|gần))*\s*$/iu.exec(
      `${wordsBefore} ${amountWords}`.replace(/\s*\d[\d.,]*\s*%?(?:\s*\/\s*năm)?$/u, ''),
    )?.[0] ?? (/%\s*\/\s*năm$/u.test(amountWords) ? amountWords : undefined)
  const yearsWritten = new Set(wordsBefore.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? []).size
  if (
    role.role === 'actual' &&
    year.rule === 'written' &&
    years.results !== undefined &&
    averageBefore !== undefined &&
    yearsWritten + Number(/(?:hằng|hàng|mỗi)\s+năm/iu.test(wordsBefore)) >= 2 &&
    !isPerHead
  )
    return spanFact(averageBefore.trim(), year)
  // "Qua 4 năm thực hiện Nghị quyết …: Tăng trưởng bình quân hàng năm trên 16%": a growth averaged each year is over
  // years, whatever span the text names.
  const yearlyAverage = /(?:bình quân|trung bình)\s+(?:hằng|hàng|mỗi)\s+năm/iu.exec(ownItem)
  if (
    role.role === 'actual' &&
    yearlyAverage &&
    year.rule !== 'written' &&
    /%/u.test(amountWords) &&
    !isShareOfPlan &&
    /(?<![\p{L}])tăng/iu.test(ownItem)
  )
    return spanFact(yearlyAverage[0], year)
  // "Đến nay, trên địa bàn tỉnh có 465 dự án đầu tư nước ngoài với tổng vốn đăng ký 33,1 tỷ USD", "lũy kế … dự án
  // còn hiệu lực", "An Giang hiện có 38 dự án nước ngoài đang đầu tư": the projects gathered over all the years up to now, not one year's result.
  const stockWords = new RegExp(
    String.raw`(?<![${letter}])(?:đến nay|lũy kế|luỹ kế|còn hiệu lực|hiện có|đang (?:hoạt động|đầu tư))(?![${letter}])`,
    'iu',
  ).exec([...nowWords, wordsBefore].join(' '))
  if (
    (role.role === 'actual' || role.rule === 'no-words') &&
    stockWords &&
    new RegExp(String.raw`(?<![${letter}])dự án(?![${letter}])`, 'iu').test(
      `${wordsBefore} ${amountWords}`,
    ) &&
    time?.kind !== 'part-of-year' &&
    !(time?.kind === 'period' && time.year !== undefined)
  )
    return spanFact(stockWords[0], year)
  // "Tổng nguồn vốn đầu tư phát triển huy động 5 năm đạt 43.697 tỷ đồng": a sum over years is theirs, not one year's.
  const yearsCounted = new RegExp(
    String.raw`(?<![${letter}\d.,])(?:[2-9]|10)\s+năm(?!\s*(?:\d|qua|tới|sau|trước|đến))(?![${letter}])[^,;:]*$`,
    'u',
  ).exec(wordsBefore)
  if (role.role === 'actual' && yearsCounted && year.rule !== 'written')
    return spanFact(yearsCounted[0].trim(), year)
  // "Giai đoạn 2021 - 2025, … bình quân đạt 7,2%/năm", "5 năm qua, … huy động hơn 85,6 tỷ đồng": a result over
  // the whole span is no one year's result; a level the span ended on ("tỷ trọng … chiếm 42%") is its last year's.
  // "Tỷ lệ lao động qua đào tạo đạt 70,88%", "…, 85,44% khu dân cư đạt chuẩn văn hóa": so is a rate's level, or a share
  // of things, reached (not "tỷ lệ che phủ rừng tăng từ 40% lên 45%").
  const isRateLevel =
    /^[^/]*%$/u.test(amountWords ?? '') &&
    (new RegExp(
      String.raw`t[ỷỉ]\s+(?:lệ|trọng)(?![${letter}])[^,;:]*?\s(?:đạt|là|ở mức|đạt mức)\s*$`,
      'iu',
    ).test(wordsBefore) ||
      /(?:^|[,;:]\s*)$/u.test(wordsBefore))
  const isSpanLevel =
    levelWords.test(wordsBefore) ||
    /đầu người|năng suất lao động/iu.test(ownClause(wordsBefore)) ||
    isRateLevel ||
    // ("…, nâng tổng số đảng viên của toàn đảng bộ hiện nay lên 126 đảng viên": the level the term brought it to.)
    /(?<![\p{L}])nâng(?![\p{L}])[^,;.]*\slên\s*$/iu.test(wordsBefore) ||
    (lastPhrase !== undefined && /^(?:chiếm|còn)$/iu.test(lastPhrase.words))
  // "… tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 đạt khoảng 10%/năm" in a text that gives targets and no results:
  // what the span is to reach.
  // ("Phấn đấu đến năm 2030, …. Tốc độ tăng trưởng kinh tế bình quân thời kỳ 2021-2030 đạt trên 9%/năm": a text that
  // names no plan's year but aims up to one, a span ending by then.)
  const isPlannedSpan =
    years.results === undefined &&
    (years.plan !== undefined
      ? (time?.year ?? 0) >= years.plan.year
      : years.horizon?.isDeadline === true && (time?.year ?? Infinity) <= years.horizon.year)
  if (
    (role.role === 'actual' || role.rule === 'no-words') &&
    time?.isSpan &&
    year.rule === 'written' &&
    !isSpanLevel &&
    isPlannedSpan
  )
    return {
      role: 'target',
      ...(year.period ? { period: year.period } : {}),
      why: { role: { rule: 'plan-text', words: time.words }, year: { rule: year.rule, words: year.words } },
    }
  // "Trong nhiệm kỳ 2015-2020, … đạt và vượt … như: …; Dịch vụ, thương mại đạt 45,1%; …; giá trị trên 1ha đất canh
  // tác đạt 80 triệu đồng (đạt 100%); … có 86,2% chi bộ đạt trong sạch vững mạnh": a level an item of the span's list
  // reached, said with no change or average of its own, is the span's last year's.
  const isItemLevel =
    /%/u.test(amountWords) &&
    !isShareOfPlan &&
    // (not a change written with its sign, "khu vực công nghiệp - xây dựng (-0,85%)")
    !/^[+\-−–]/u.test(amountWords.trim()) &&
    !/\/\s*năm/iu.test(amountWords) &&
    !new RegExp(
      String.raw`(?<![${letter}])(?:tăng|giảm|bình quân|trung bình|hằng năm|hàng năm|mỗi năm|vượt)(?![${letter}])`,
      'iu',
    ).test(`${ownItem} ${amountWords}`)
  const isPerHectare = /(?<![\p{L}])trên\s+(?:0?1|một)\s*ha(?![\p{L}])/iu.test(ownItem)
  if (
    (role.role === 'actual' || role.rule === 'no-words') &&
    time?.isSpan &&
    year.rule === 'written' &&
    !isSpanLevel &&
    !isItemLevel &&
    !isPerHectare
  )
    return {
      role: 'fact',
      ...(year.period ? { period: year.period } : {}),
      why: { role: { rule: 'span', words: time.words }, year: { rule: year.rule, words: year.words } },
    }
  // "Trong nhiệm kỳ 2015-2020, … kết nạp được 50 đảng viên mới (vượt 25% so với Nghị quyết)": in a text whose results are
  // the term it looks back on, what the term added up is no one year's result; the level it ended on ("tỷ lệ hộ nghèo
  // còn 6,95%") and what there is ("có 12 xã") are its last year's.
  // ("Nhiệm kỳ 2015-2020, Đảng bộ xã … đạt được nhiều thành tựu. … Tổng thu ngân sách đạt 61.130 triệu đồng": the term
  // named to open the paragraph looked back on.)
  const isTermLookedBack =
    // ("5 năm qua, …": the years looked back on, named by their count.)
    (year.rule === 'results' &&
      /^(?:nhiệm kỳ|(?:\d|hai|ba|bốn|năm)\s+năm\s+(?:vừa\s+)?qua)/iu.test(years.results?.why.words ?? '')) ||
    (year.rule === 'paragraph' && /^nhiệm kỳ\s+(?:19|20)\d{2}/iu.test(year.words))
  const isStock = new RegExp(String.raw`(?<![${letter}])(?:có|là)\s*$`, 'iu').test(wordsBefore)
  // A share reached ("100% chỉ tiêu", "19/19 tiêu chí") is a level too; a change in percent is not.
  const isShareReached =
    /\//u.test(amountWords ?? '') ||
    (/%/u.test(amountWords ?? '') &&
      !isShareOfPlan &&
      !new RegExp(String.raw`(?<![${letter}])(?:tăng|giảm|vượt|cao hơn|thấp hơn)(?![${letter}])`, 'iu').test(
        `${wordsBefore.slice(-30)} ${amountWords ?? ''}`,
      ))
  // What was added up says so: a deed that gathers ("kết nạp được", "trồng mới", "thu hút 28 dự án"), the budget taken
  // in over the term ("thu ngân sách được trên 5.600 tỷ đồng, vượt 65% chỉ tiêu") or the whole term ("cả nhiệm kỳ").
  const isAddedUp = new RegExp(
    String.raw`(?<![${letter}])(?:kết nạp|trồng mới|trồng lại|huy động|làm mới|giải quyết việc làm|tạo việc làm|thu hút|thu ngân sách|cả nhiệm kỳ|trong nhiệm kỳ|bình quân|trung bình)(?![${letter}])`,
    'iu',
  ).test(wordsBefore)
  // "Qua 5 năm thực hiện Nghị quyết … nhiệm kỳ 2015-2020, …. Lĩnh vực thương mại, dịch vụ tăng trưởng 20,4% (mục tiêu 20 -
  // 25%), nông nghiệp 10,9%": a growth said of a term looked back on, and the items its verb goes on to, is the term's
  // yearly average.
  const isGrowthOverTerm =
    /^[^/]*%$/u.test(amountWords ?? '') &&
    !isShareOfPlan &&
    new RegExp(
      String.raw`(?<![${letter}])tăng trưởng(?![${letter}])(?:(?!so với|so cùng kỳ|đạt|chiếm|còn|giảm|tăng)[^.;])*$`,
      'iu',
    ).test(wordsBefore)
  if (
    role.role === 'actual' &&
    isTermLookedBack &&
    (isAddedUp || isGrowthOverTerm) &&
    !isSpanLevel &&
    !isStock &&
    !isPerHead &&
    (!isShareReached || isGrowthOverTerm) &&
    !/đầu người/iu.test(wordsBefore)
  )
    return spanFact(years.results?.why.words ?? '', year)
  return undefined
}
