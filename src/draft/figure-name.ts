import { letter } from '../lib/reg-exp.ts'
import { unitKinds } from '../dataset/unit-kinds.ts'
import { unitInfo, type Unit } from '../dataset/units.ts'
import { placeKindList } from '../dataset/reading/amount-words.ts'
import { holdNameCommas, releaseNameCommas } from './names-with-commas.ts'
import { ratePerThing } from './rate-per-thing.ts'
import { cleanPart, openers, placeKindAlone, subjectName } from './subject-name.ts'
import type { Why } from './structure/reasons.ts'
import { moveTo } from './structure/role-words.ts'
import { isYearlyAverage } from './yearly-average.ts'

/**
 * "Tổng thu ngân sách (% dự toán)", "Tổng giá trị sản xuất (tăng)": the indicator a label names is the part before a
 * bracket; "Tổng thu ngân sách 2024", "Tăng trưởng kinh tế năm 2023": before the year the label ends with (not a year
 * it is compared with, "Tăng trưởng vốn đầu tư so với 2022").
 */
export const indicatorOfLabel = (label: string) =>
  label
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/(?<!(?:so|với|từ|đến|sau|trước))\s+(?:năm\s+)?(?:19|20)\d{2}$/u, '')
    .trim()

/**
 * "Tổng vốn đầu tư toàn xã hội (giai đoạn 2021-2025)", "Số dự án thu hút (5 năm qua)": a total or an average over a span
 * says the span in its name, so that no dashboard reads it as its last year's alone.
 */
export function namedWithSpan<F extends { role: string; label: { vi: string; en: string }; why?: Why }>(
  figure: F,
): F {
  const words = figure.why?.role.rule === 'span' ? (figure.why.role.words.split(' · ')[0] ?? '').trim() : ''
  if (
    figure.role !== 'fact' ||
    !/(?:19|20)\d{2}|\d+\s+năm|nhiệm kỳ/iu.test(words) ||
    /\)\s*$/u.test(figure.label.vi) ||
    figure.label.vi.toLocaleLowerCase('vi').includes(words.toLocaleLowerCase('vi'))
  )
    return figure
  return {
    ...figure,
    label: {
      ...figure.label,
      vi: `${figure.label.vi} (${words.charAt(0).toLocaleLowerCase('vi')}${words.slice(1)})`,
    },
  }
}

/**
 * "lập biên bản 54 vụ vi phạm, giảm 24 vụ so với cùng kỳ" read as −24: a fall kept with its sign is named as a change
 * ("Thay đổi …"), never "Mức giảm …", which with a minus would read as a rise.
 */
export function signedName(name: string, value: number): string {
  return value < 0 ? name.replace(/^Mức giảm\s+/u, 'Thay đổi ') : name
}

/**
 * The name of what a figure measures, the noun phrase an official would give its row: "thu ngân sách nhà nước
 * trên địa bàn", "giá trị sản xuất ngành dịch vụ", "số xã đạt chuẩn nông thôn mới". Read from the words before
 * the amount (its subject) with the clause's openers, years, places and verbs taken off, or from the noun after
 * a count. A growth, a share and a level of one thing are three indicators: "dịch vụ tăng 8,45%" is the growth of
 * the service sector. A person confirms or rewrites it; it is never a value.
 */

/** Names of a whole economy or one of its sectors, whose growth is "tăng trưởng". */
const economyWords =
  /^(?:grdp|tổng sản phẩm|kinh tế|khu vực|ngành|nông nghiệp|công nghiệp|dịch vụ|thương mại)/iu

/** Names that already say they are a rate: a change of one is not a "tốc độ tăng" of it. */
const rateWords =
  /^(?:tốc độ|tăng trưởng|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|chỉ số|mức tăng|mức giảm|thay đổi|cơ cấu)/iu

/** The noun phrase after a count: "7 xã đạt chuẩn nông thôn mới nâng cao" → "xã đạt chuẩn nông thôn mới nâng cao". */
function nounAfter(unitText: string, after: string): string {
  // "100% phường, xã đạt cơ sở vững mạnh": kinds of place listed together are read as one, commas and all.
  const kinds = placeKindList.exec(after.trimStart())?.[0]
  if (kinds)
    return nounAfter(unitText, after.trimStart().replace(kinds, kinds.replace(/,/gu, '\uE000'))).replace(
      /\uE000/gu,
      ',',
    )
  const rest = holdNameCommas(after)
    .split(
      /[,;.:()…]|\s+(?:với|của|trong đó|tăng|giảm|bằng|chiếm|so với|so|khi|để|nhằm)\s+|\s+quy mô\s+(?=từ|trên|dưới|\d)|\s+(?:trong\s+)?(?:năm|tháng|quý)\s+(?:[\dIV]+)(?![\p{L}\p{M}])|\s+(?:giai đoạn|nhiệm kỳ)(?=\s)|\s+\d{1,2}\s+năm(?=\s|$)|(?:^|\s+)(?:và|cùng)\s+(?=\d)|\s+và\s*$/u,
    )[0]
    ?.trim()
    .replace(/\s+(?:và|cùng|hoặc)$/u, '')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 10)
    .join(' ')
    // "5 xã đạt 19/19 tiêu chí", "… ở các": words cut off before what they lead to are no part of the noun.
    .replace(
      /(?:(?:^|\s+)(?:bao gồm|và|là|có|các|của|với|cho|được|đã|đạt|trong|khi|như|gồm|ở|tại|theo|để|những))+$/u,
      '',
    )
  return releaseNameCommas(`${unitText} ${rest ?? ''}`.trim())
}

export type NameInput = {
  /** The clause's words from the previous amount (or the clause's start) to this amount's number. */
  before: string
  /** The words from the amount's end to the next amount. */
  after: string
  unit: Unit | 'TODO'
  unitText: string
  valueText: string
  /** The name of the amount before it in the clause, for "…, tăng 12%" and "…, chiếm 40%". */
  previousName?: string
  /** The name of the first figure of its sentence, for the items of "… đạt 13.859 tỷ đồng, trong đó: nông nghiệp …". */
  sentenceName?: string
  /** An earlier clause of its sentence opened a breakdown ("…; trong đó thóc là 888.132 tấn; ngô là 17.724 tấn"). */
  isBrokenDown?: boolean
}

/** A change's or a growth's words opening a name ("Tốc độ tăng thu ngân sách", "Mức giảm …"): what it measures follows. */
const changeOpening = /^(?:tốc độ tăng trưởng|tốc độ tăng|mức tăng|mức giảm|thay đổi)\s+/iu

// "GRDP bình quân đầu người" keeps its acronym whole.
const lowerFirst = (text: string) =>
  /^\p{Lu}{2,}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
const keepAcronyms = (text: string) => (/^\p{Lu}{2,}/u.test(text) ? text : lowerFirst(text))

/** People counted as people or as workers ("5.452 người", "2.135 lao động"). */
const isCountOfPeople = (unit: Unit | 'TODO', unitText: string) =>
  unit === 'person' || unit === 'worker' || /^(?:người|lao động|lượt người)$/iu.test(unitText)

/** "cây lúa gieo cấy", "Cây ngô trồng", "lúa vụ đông xuân gieo sạ": a crop and the sowing its hectares measure. */
const cropSown = new RegExp(
  String.raw`^(?![^]*(?<![${letter}])(?:diện tích|đã)(?![${letter}]))(?:[Cc]ây\s+)?[\p{Ll}\p{M}]+(?:\s+[\p{Ll}\p{M}]+){0,3}?\s+(?:gieo cấy|gieo trồng|gieo sạ|trồng mới|trồng)$`,
  'iu',
)
/** The measures a crop's or a herd's item goes on to, named alone. */
const bareMeasure = /^(?:năng suất|sản lượng)(?:\s+(?:trung bình|bình quân)(?:\s+năm)?)?$/iu
/** Kinds of livestock named alone after a herd ("Tổng đàn trâu, bò đạt 500 con, lợn đạt 1.300 con"). */
const livestockAlone =
  /^(?:trâu|bò|lợn|heo|dê|cừu|gà|vịt|gia súc|gia cầm|đại gia súc)(?:\s+[\p{Ll}\p{M}]+){0,2}$/iu
/** "Lúa: diện tích", "Ngô: năng suất": a crop, then its measure after a colon. */
const cropThenMeasure =
  /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)\s*:\s*(diện tích|năng suất|sản lượng)(?:\s+(?:trung bình|bình quân))?$/iu

/**
 * "Năng suất" after "Cây lúa gieo cấy" (or "Diện tích cây lúa gieo cấy"): the measure of the thing the name before
 * names, its sowing and measure words taken off ("Năng suất cây lúa"); undefined for any other name.
 */
function measureOfThingBefore(name: string, previousName: string | undefined): string | undefined {
  if (!bareMeasure.test(name.trim()) || !previousName) return undefined
  const thing = lowerFirst(previousName)
    .replace(/^(?:diện tích|sản lượng|năng suất|số|tổng)\s+/iu, '')
    .replace(/^(?:gieo cấy|gieo trồng|gieo sạ|trồng mới|trồng)\s+/iu, '')
    .replace(/\s+(?:gieo cấy|gieo trồng|gieo sạ|trồng mới|trồng)$/iu, '')
    .trim()
  const measure = lowerFirst(name.trim()).replace(/\s+(?:trung bình|bình quân)(?:\s+năm)?$/iu, '')
  return thing && thing.split(/\s+/u).length <= 4 ? `${measure} ${thing}` : undefined
}

/** A change ("tăng 8,45%", "giảm 2,1%") or a share ("chiếm 40%") of the subject, or the level it is. */
function kindOf({
  before,
  after,
  unit,
  valueText,
}: NameInput): 'growth' | 'share' | 'rise' | 'fall' | 'level' {
  const said = `${before} ${valueText}`
  const kind = unit === 'TODO' ? '' : unitInfo(unit).kind
  // "hộ nghèo giảm từ 12,4% còn 9,8%": where a move started is a level, as where it went is.
  if (/(?<![\p{L}])(?:tăng|giảm)\s+từ\s*$/iu.test(before) && moveTo.test(after)) return 'level'
  if (
    kind === 'percent' &&
    /(?:chiếm|chiếm t[ỷỉ] trọng|chiếm t[ỷỉ] lệ|t[ỷỉ] trọng)\s*(?:khoảng|gần|trên|hơn)?\s*[\d,.]*\s*%?\s*$/iu.test(
      said,
    )
  )
    return 'share'
  if (
    (kind === 'percent' || kind === 'percent-per-year' || kind === 'multiple') &&
    // ("tăng bình quân hằng năm 16,17%": a yearly average's words between.)
    (/(?:tăng|giảm|tăng trưởng)(?:\s+bình quân(?:\s+(?:hằng|hàng|mỗi)\s+năm)?)?(?:\s+\S+){0,3}\s*[\d,.]*\s*%?\s*(?:lần)?\s*$/iu.test(
      said,
    ) ||
      // "… tăng so với ước thực hiện năm 2022 là 9-10%"
      /(?:tăng|giảm)\s+so(?:\s+với)?\s[^,;]*?\slà\s*[\d,.]+(?:\s*[-–]\s*[\d,.]+)?\s*%\s*$/iu.test(said) ||
      // "khu vực dịch vụ (+6,7%)": a percentage written with its sign is a change
      /^[+\-−]\s*\d/u.test(valueText))
  )
    return 'growth'
  // "tăng 258 tỷ đồng so với năm 2021": an amount by which the subject rose, not its level.
  // ("giảm trong năm là 0,5%": the year's fall.)
  const change =
    /(?:^|[\s(,;])(tăng|giảm)(?:\s+thêm|\s+trong năm(?:\s+là)?)?\s*(?:khoảng|gần|hơn|trên|xấp xỉ)?\s*$/iu.exec(
      `${before} ${valueText.replace(/[\d.,].*$/u, '')}`.trimEnd() + ' ',
    )?.[1]
  if (
    change &&
    kind !== 'percent' &&
    kind !== 'percent-per-year' &&
    kind !== 'multiple' &&
    kind !== 'share-of-plan'
  )
    return change.toLocaleLowerCase('vi') === 'giảm' ? 'fall' : 'rise'
  return 'level'
}

/** Sectors named alone in a list under a measure ("trong đó: nông nghiệp 8.834 tỷ đồng; lâm nghiệp …"). */
/** A sector of the economy named alone: "dịch vụ", "nông, lâm nghiệp và thủy sản", "khu vực I". */
export const sectorAlone =
  /^(?:ngành\s+)?(?:nông nghiệp|lâm nghiệp|thủy sản|thuỷ sản|ngư nghiệp|công nghiệp|xây dựng|dịch vụ|thương mại|du lịch|công nghiệp(?:[ ,-–]+tiểu thủ công nghiệp)?[ ,-–]+xây dựng|nông[ ,-–]+lâm[ ,-–]+(?:nghiệp[ ,]+)?(?:và\s+)?(?:th[uủ][ỷy] sản|ngư nghiệp)|khu vực\s+\S+|thuế sản phẩm(?:\s+trừ trợ cấp sản phẩm)?)$/iu
/** Deeds done on land, which name the area they covered ("trồng mới 500 ha rừng"). */
const areaDeeds =
  'trồng(?: mới)?|chuyển đổi|tích tụ|tập trung|hiến|khai hoang|gieo trồng|gieo cấy|xuống giống|thu hoạch|cải tạo|phục hồi|khoanh nuôi'

/** Deeds done on land said right before the area, after the words of carrying them out ("triển khai trồng mới"). */
const saidAreaDeed = new RegExp(
  String.raw`^(?:(?:đã|đang|triển khai|thực hiện|tiếp tục|tổ chức|vận động)\s+)*(${areaDeeds})$`,
  'iu',
)
const areaDeedEnding = new RegExp(String.raw`(?:^|\s)(${areaDeeds})(?:\s+được)?\s*$`, 'iu')
/** "… trồng mới 320 ha cây công nghiệp các loại bao gồm:": the deed of a whole area whose parts are listed next. */
const areaDeedLead = new RegExp(
  String.raw`(?:^|\s)(${areaDeeds})\s+(?:được\s+)?\d[\d.,]*\s*(?:ha|héc-ta)\s[^:;]*?(?:bao gồm|gồm|trong đó|như)\s*:?\s*$`,
  'iu',
)
const areaDeedName = new RegExp(String.raw`^(?:tổng\s+)?diện tích (${areaDeeds})(?:\s|$)`, 'iu')

/**
 * An area's name from the deed that covered it: "trồng mới 500 ha rừng", "tập trung được 255 ha" (the deed and what it
 * covered); "triển khai trồng mới 320 ha cây công nghiệp" (the deed ends the words said); "…, bao gồm: 170 ha cây ăn
 * quả, 120 ha mắc ca" (each item of an area broken down, that deed's on its own crop); "Tổng diện tích gieo trồng …
 * 18.786,1 ha. Trong đó, cây hằng năm 2.594 ha" (a crop breaking down a deed's total area). Undefined where no deed says.
 */
function nameOfArea(
  said: string,
  before: string,
  after: string,
  previousName: string | undefined,
  sentenceName: string | undefined,
): string | undefined {
  const areaNoun = nounAfter('', after)
  const saidDeed = saidAreaDeed.exec(said.replace(/\s+được$/iu, ''))?.[1]
  if (saidDeed) {
    const deed = areaDeedEnding.exec(before)?.[1] ?? saidDeed
    return capitalise(`diện tích ${lowerFirst(deed)}${areaNoun ? ` ${areaNoun}` : ''}`)
  }
  const wholeDeed = /^diện tích\s/iu.test(previousName ?? '')
    ? areaDeedName.exec(previousName ?? '')?.[1]
    : undefined
  const partDeed =
    areaDeedLead.exec(before)?.[1] ??
    (said === '' && /(?:^|[,:;]|\svà)\s*$/u.test(before) ? wholeDeed : undefined)
  if (partDeed && areaNoun) return capitalise(`diện tích ${lowerFirst(partDeed)} ${areaNoun}`)
  const brokenDeed = areaDeedName.exec(sentenceName ?? '')?.[1]
  if (brokenDeed && /^(?:cây|lúa|rau|hoa|ngô|sắn|mía|chè|cà phê)(?:\s|$)/iu.test(said))
    return capitalise(`diện tích ${lowerFirst(brokenDeed)} ${lowerFirst(said)}`)
  return undefined
}

const measureOf =
  /^(?:tổng\s+)?(giá trị sản xuất|giá trị tăng thêm|giá trị|sản lượng|diện tích|doanh thu|t[ỷỉ] trọng)(?=\s|$)/iu
/** "Chỉ số sản xuất công nghiệp tăng 16,2%" opening a sentence: the index its industries' growths are of. */
const indexOf = /^(?:tốc độ tăng(?: trưởng)?\s+)?(chỉ số sản xuất)(?=\s)/iu
/** "ngành chế biến, chế tạo", "ngành khai khoáng": an industry named as one, under the measure of its whole. */
const industryAlone = /^ngành\s+\p{Ll}/u
/** "Tỷ trọng các ngành: Nông, lâm, ngư nghiệp: 38,7%": a list's lead that says what each sector's amount is. */
const sectorMeasureLead =
  /(?:^|[\s(])(t[ỷỉ] trọng|cơ cấu)(?:\s+(?:kinh tế|các ngành|các khu vực|ngành|GRDP))*\s*:[^:]*:\s*$/iu

/** A name at most `length` characters long, cut between words: "…tham gia ý kiến thẩm" is no name. */
const wholeWords = (name: string, length: number) =>
  name.length <= length ? name : name.slice(0, length + 1).replace(/\s+\S*$/u, '')

/**
 * A list item whose subject is a place alone, with the change it reports: "Thành phố Yên Bái giảm", "; - huyện Văn
 * Chấn tăng". The place is group 1, the change's verb (when said) group 2. One reading for the figure's name and its
 * unit (a rate's change by place is in points).
 */
export const placeSubject =
  /(?:^|[;:]\s*)(?:[-–+•]\s*)?((?:[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường|[Qq]uận)\s+\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3})(?:\s+(giảm|tăng))?\s*$/u

/** "tỷ lệ hộ nghèo trên tổng số dân", "số hộ nghèo theo chuẩn" opening the words after an amount. */
const changedOpening = /^\s*(?:t[ỷỉ] lệ|số)\s/iu

/** "đến cuối năm", "dự kiến cả năm", "trong năm 2024", "đến nay": a time, no thing measured. */
const timeAlone =
  /^(?:(?:dự kiến|ước(?:\s+tính)?|tính)\s+)?(?:(?:đến|tới|hết|trong|cả)\s+)?(?:(?:cuối|đầu)\s+)?(?:năm|nay|hiện nay)(?:\s+(?:19|20)\d{2})?$/iu

/** "Con số này tăng 12,8%": a sentence that names what the one before said by pointing back at it. */
export const pointedBack = new RegExp(
  String.raw`^\s*(?:(?:dự kiến|ước tính|ước|đến nay|hiện nay)[,\s]+)?(?:con số|số liệu|mức|kết quả|t[ỷỉ] lệ)\s+(?:này|trên)(?![${letter}])`,
  'iu',
)

export function nameFigure(input: NameInput): string {
  const name = nameRead(input)
  // "Số lượng trường đạt chuẩn quốc gia bậc học mầm non là 141 (51,8%)": a level in percent of things counted is their
  // share, not their count. ("số thu", "số vốn" are sums, not counts; "đạt 54,2% so với cùng kỳ" is the count against
  // another time's.)
  const isShareOfCount =
    input.unit === 'percent' &&
    kindOf(input) === 'level' &&
    !/^\s*[(,]?\s*so(?:\s+với)?\s/iu.test(input.after) &&
    !/\sso với\s/iu.test(name)
  return isShareOfCount
    ? name.replace(
        /^(?:tổng\s+)?số(?:\s+lượng)?\s+(?!(?:thu|chi|tiền|vốn|dư|nộp)(?![\p{L}\p{M}]))(?=\p{L})/iu,
        'Tỷ lệ ',
      )
    : name
}

function nameRead(input: NameInput): string {
  const { after, unit, unitText, valueText } = input
  const sentenceName = input.sentenceName === 'TODO' ? undefined : input.sentenceName
  // ("Tổng vốn đầu tư toàn xã hội đến năm 2020 = 724.534 triệu đồng": an amount set equal is said to be it.)
  const saidBefore = input.before.replace(/\s*=\s*$/u, ' là ')
  const before =
    sentenceName && pointedBack.test(saidBefore)
      ? saidBefore.replace(pointedBack, lowerFirst(indicatorOfLabel(sentenceName)))
      : saidBefore
  // "với mức 60 triệu/nhà xây mới", "9 hộ xây mới (80 triệu đồng/nhà)": the rate paid for each thing.
  const rate = ratePerThing({ valueText, unitText }, after, before)
  if (rate) {
    const paid = /hỗ trợ/iu.test(`${before} ${sentenceName ?? ''}`) ? 'hỗ trợ' : 'tiền'
    const counted =
      input.previousName && /^số\s/iu.test(input.previousName)
        ? input.previousName.replace(/^số\s+/iu, '')
        : ''
    const which = rate.which ? ` ${rate.which}` : counted ? ` (${lowerFirst(counted)})` : ''
    return capitalise(`mức ${paid} mỗi ${rate.thing}${which}`)
  }
  // What comes after an excess over a plan is of the thing again: "vượt 204,4 tấn so với kế hoạch, bằng 99,6% …".
  // (A name left for a person to write names nothing after it either.)
  const previousName = (input.previousName === 'TODO' ? undefined : input.previousName)?.replace(
    /^mức vượt (?:mục tiêu|kế hoạch|chỉ tiêu|nghị quyết|dự toán)\s+(.)/iu,
    (_, first: string) => first.toLocaleUpperCase('vi'),
  )
  // "… đạt 50,51% và thu xuất nhập khẩu là 3.224 tỷ đồng": a new subject joined by "và" names its own amount.
  // "…: 30,7%, và Dịch vụ: 30,6%": so does a subject named before a colon.
  // "366 doanh nghiệp thành lập mới với tổng vốn đăng ký 1.608,2 tỉ đồng": so does a noun phrase after "với".
  // "… trên 74.000 tỷ đồng (thu nội địa trên 56.500 tỷ đồng, …)": so does a noun phrase opening a bracket, unlike a
  // plan's or a change's words ("(kế hoạch 70.000 tỷ đồng)", "(tăng 5%)").
  // "dịch vụ tăng 9% và thuế sản phẩm tăng 8%": so does one that rises or falls on its own; "CN-XD chiếm 31,6% và thương
  // mại dịch vụ ước chiếm 45%", one that takes its own share.
  const hasNewSubject =
    new RegExp(
      String.raw`^\s*[,;]?\s*(?:và\s+)?[\p{L}][${letter}\s-]{3,}?(?:\s(?:là|đạt|ước đạt|có|(?:ước\s+)?chiếm)|:)\s*$|^\s*và\s+[\p{L}][${letter}\s()-]{3,}?\s(?:tăng|giảm|vượt)\s*$`,
      'u',
    ).test(before) ||
    // ("… tôm giống vượt 22,93% và thu ngân sách vượt 28,8%": the verb said with the amount.)
    (/^(?:tăng|giảm|vượt)\s/iu.test(valueText) &&
      new RegExp(String.raw`^\s*và\s+[\p{L}][${letter}\s()-]{3,}?\s*$`, 'u').test(before)) ||
    new RegExp(
      String.raw`\(\s*(?:trong đó\s+)?(?!(?:tăng|giảm|đạt|bằng|vượt|kế hoạch|KH|chỉ tiêu|dự toán|nghị quyết|NQ|mục tiêu|so|cùng kỳ|năm|quý|tháng|ước|chiếm|trên|dưới|hơn|khoảng|gần|là|riêng|tương đương|tính|theo)(?![${letter}]))\p{Ll}[${letter}\s]{3,}?(?:\s(?:trên|hơn|dưới|khoảng|gần|đạt|là|còn))?\s*$`,
      'u',
    ).test(before) ||
    new RegExp(
      String.raw`(?<![${letter}])(?<!so\s)với\s+(?:tổng\s+)?(?:số\s+)?(?:vốn|diện tích|sản lượng|giá trị|kinh phí|mức)(?:\s+[\p{Ll}\p{M}]+){0,4}\s*$`,
      'u',
    ).test(before)
  // ("tăng 12,9%, thấp hơn kế hoạch 1,1%": how far the thing is from its plan is the thing's again; so is the plan's
  // level bracketed after it, "tăng 6,26%, cao hơn kế hoạch (5,79%)".)
  const isGapToPlan =
    /^\s*[,;(]?\s*(?:cao|thấp)\s+hơn\s+(?:so(?:\s+với)?\s+)?(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)(?:\s+(?:năm|cả năm|đề ra|giao|được giao))?\s*\(?\s*$/iu.test(
      before,
    )
  const isContinuation =
    previousName !== undefined &&
    (isGapToPlan || (!hasNewSubject && !/[,;:]\s/u.test(before.trim().replace(/^[^,;:]*/u, ''))))
  // "phường đã hỗ trợ được 10 hộ cận nghèo …": the place that acted names nothing it counted.
  // ("tính chung mức tăng trưởng 9 tháng là 9,83%", "Với mức tăng 11,36% trong quý I": the level of growth is its
  // speed.)
  // ("…; dự kiến đến cuối năm đạt 8.200ha, …": a time alone before the verb names nothing measured.)
  const subjectRead = isContinuation ? '' : subjectName(before, previousName !== undefined && !hasNewSubject)
  const subjectSaid = timeAlone.test(subjectRead) ? '' : subjectRead
  const said =
    unit === 'percent' ? subjectSaid.replace(/^mức tăng(?: trưởng)?$/iu, 'tăng trưởng') : subjectSaid
  // "…, tốc độ tăng trưởng đạt 6,79%": growth said alone is the economy's; after a figure of a sector ("nông nghiệp
  // chiếm 40,5%, tăng trưởng bình quân đạt 6,2%"), that sector's.
  const isGrowthAlone = /^(?:tốc độ )?tăng trưởng$/iu.test(said)
  const subject =
    placeKindAlone.test(said) || (isGrowthAlone && previousName !== undefined && !/^tốc độ/iu.test(said))
      ? ''
      : isGrowthAlone
        ? `${said} kinh tế`
        : said
  const kind = kindOf(input)
  // "có thêm 4 xã đạt chuẩn nông thôn mới, đạt tỷ lệ 51,66%": a rate named alone is the share of what was just counted.
  if (unit === 'percent' && /^t[ỷỉ] lệ$/iu.test(said) && previousName && /^số\s/iu.test(previousName))
    return capitalise(`tỷ lệ ${previousName.replace(/^số\s+/iu, '')}`)
  // An area a deed covered is named by the deed and what it covered (`nameOfArea`).
  const isArea = unit === 'hectare' || unit === 'km2' || (unit === 'other' && /^m²|^m2/u.test(unitText))
  const areaName = isArea ? nameOfArea(said, before, after, previousName, sentenceName) : undefined
  if (areaName) return areaName
  // "Tổng số khách du lịch do cơ sở lữ hành phục vụ …; trong đó khách quốc tế đạt 222 nghìn lượt, …, khách trong nước
  // đạt 383 nghìn lượt": a part of the whole its sentence opened with is that whole's measure of the part.
  const partName =
    kind === 'level'
      ? nameOfPart(before, subject, sentenceName, previousName, input.isBrokenDown === true)
      : undefined
  if (partName) return capitalise(partName)
  // "giảm 0,04% tỷ lệ hộ nghèo", "tăng 39% số doanh nghiệp": a change said before the rate or count it changes is named
  // by that.
  const isChangeSaid = /(?:^|\s)(?:tăng|giảm)\s*$/iu.test(before) || /^(?:tăng|giảm)\s/iu.test(valueText)
  const changed = isChangeSaid && changedOpening.test(after) ? nounAfter('', after) : undefined
  if (changed && unit === 'percentage-point') {
    const isFall = /giảm\s*$/iu.test(before) || /^giảm/iu.test(valueText)
    return capitalise(`${isFall ? 'mức giảm' : 'mức tăng'} ${wholeWords(changed, 80)}`)
  }
  if (changed && unit === 'percent' && kind === 'growth')
    return capitalise(`tốc độ tăng ${keepAcronyms(wholeWords(changed, 80))}`)
  // "giảm tỷ lệ hộ nghèo đa chiều dưới 0,22%": the level a rate is brought to is named by the rate, not by the verb.
  if (kind === 'level' && unit === 'percent' && /^(?:giảm|nâng|hạ)\s+t[ỷỉ] lệ\s/iu.test(subject))
    return capitalise(subject.replace(/^\S+\s+/u, ''))
  // "… đạt 311,966 tỷ đồng, bằng 109,11% so với năm trước": the level against the year before's, named so (not as the
  // level itself, nor as a growth).
  const against = /^\s*so(?:\s+với)?\s+(cùng kỳ|năm trước|năm\s+(?:19|20)\d{2})/iu.exec(after)?.[1]
  const level = previousName ?? sentenceName
  if (unit === 'percent' && against && level && /(?:^|\s)bằng\s*$/iu.test(before) && !rateWords.test(level))
    return `${level} so với ${/^cùng kỳ/iu.test(against) ? 'cùng kỳ' : 'năm trước'}`
  // "giải quyết việc làm cho 5.452 người", "đào tạo nghề cho 2.135 lao động": what was done for them names the count
  // ("Số lao động" would pair the training with the jobs).
  const doneFor = /(?:^|[,;:]\s*)([^,;:]*?)\s+cho\s*$/u.exec(before)?.[1]
  // (Who did it goes: "công tác văn hóa, xã hội đã giải quyết việc làm".)
  const deed = doneFor
    ? cleanPart(doneFor.replace(new RegExp(String.raw`^.*?(?<![${letter}])(?:đã|đang|sẽ)\s+`, 'u'), ''))
    : ''
  if (isCountOfPeople(unit, unitText) && deed.split(/\s+/u).length >= 2 && !/^(?:số|tổng)\s/iu.test(deed))
    return capitalise(deed)
  // "có 94% dân số tham gia bảo hiểm y tế": the share of the people the words after it name.
  const sharedBy = nounAfter('', after)
  // "tưới chủ động cho 83,88% diện tích cây trồng": so is a share of what a deed was done for; and one that opens an item
  // of a list ("…, tuổi thọ trung bình trên 76 tuổi, 98% dân số tham gia bảo hiểm y tế").
  if (
    unit === 'percent' &&
    (/(?:^|\s)(?:có|cho)\s*$/iu.test(before) || (/,\s*$/u.test(before) && /^\d/u.test(valueText))) &&
    new RegExp(String.raw`^\p{Ll}[${letter}]*\s+\p{Ll}`, 'u').test(sharedBy)
  )
    return capitalise(`tỷ lệ ${sharedBy}`)
  // "tỷ lệ lao động qua đào tạo đạt trên 70%, trong đó có bằng cấp, chứng chỉ 35%": a part of a rate, the rate of those
  // that have it.
  const partHad = new RegExp(String.raw`(?:^|[,;]\s*)trong đó,?\s+có\s+([^\d;:]+?)\s*$`, 'iu').exec(
    releaseNameCommas(before),
  )?.[1]
  if (unit === 'percent' && partHad && previousName && /^t[ỷỉ] lệ\s/iu.test(previousName) && kind === 'level')
    return capitalise(`${lowerFirst(previousName)} có ${partHad.trim()}`)
  // "giảm hộ nghèo đến cuối năm 2024 còn 0,01%": the level the rate is brought down to, named as the rate.
  const loweredTo =
    /còn\s*$/u.test(before) &&
    new RegExp(
      String.raw`(?:^|[,;:]\s*)giảm\s+(?:t[ỷỉ] lệ\s+)?([\p{Ll}\p{M}][${letter}\s]*?)(?:\s+(?:đến|tới|vào)\s[^,;:]*?)?\s+(?:xuống\s+)?còn\s*$`,
      'u',
    ).exec(before)?.[1]
  if (unit === 'percent' && loweredTo) return capitalise(`tỷ lệ ${loweredTo.trim()}`)
  // "hộ nghèo giảm từ 12,4% còn 9,8%": a level in percent of households is their rate.
  if (unit === 'percent' && kind === 'level' && /^hộ\s/iu.test(subject)) return capitalise(`tỷ lệ ${subject}`)
  // "… ước đạt 8,3%, …; cao hơn cùng kỳ năm 2023 là 6,27%": the same measure of the period compared with.
  const compared = previousName ?? sentenceName
  if (compared && /(?:^|[,;]\s*)(?:cao|thấp)\s+hơn\s+(?:so với\s+)?cùng kỳ[^,;]*?\s+là\s*$/iu.test(before))
    return compared
  // "…, chia theo các huyện như sau: Thành phố Yên Bái giảm 0,16%": a place's share of what its sentence opened with
  // is named by both ("Mức giảm tỷ lệ hộ nghèo (Thành phố Yên Bái)"), not by the place's name cut short.
  const place = placeSubject.exec(before)?.[1]
  if (place && sentenceName && !isContinuation)
    return `${indicatorOfLabel(sentenceName)} (${place.replace(/\s+/gu, ' ')})`
  const isCount = unit !== 'TODO' && (unitInfo(unit).kind === 'count' || unit === 'other')
  const hasCountConstruct =
    isCount &&
    /(?:^|\s)(?:có|có thêm|thêm|tại|đã|gồm|cho|mới|xây dựng|hỗ trợ|tạo|trồng|cấp|xây mới|đón|thu hút|với|tổng số|triển khai|khởi công|hoàn thành|kết nạp|giới thiệu|cử|thành lập|tổ chức|đào tạo|tiếp nhận|xử lý|phát hiện|bàn giao|công nhận)\s*$/iu.test(
      before,
    )
  // "có thêm 2 xã đạt chuẩn …, nâng tổng số lên 9/14 xã": the running total of what was just counted.
  const counted = previousName ?? sentenceName
  if (
    counted &&
    /(?:^|[,;]\s*)(?:nâng|đưa)\s+(?:tổng\s+số|tổng\s+cộng|tổng)(?:\s+\S+){0,6}?\s+lên\s*$/iu.test(before)
  )
    return capitalise(`tổng ${lowerFirst(counted).replace(/^tổng\s+/iu, '')}`)
  // "… đã thu hút hơn 1.100 tỉ đồng vốn đầu tư": money with no subject before it, or said after a count ("cho 4 dự án,
  // từ đó thu hút …"), is named by the noun after it.
  const isMeasure = unit !== 'TODO' && unit !== 'other' && !isCount && !unitKinds[unitInfo(unit).kind].isRate
  const measuredAfter = isMeasure ? nounAfter('', after) : ''
  // "huyện thu 250 tỷ đồng tiền sử dụng đất": a verb alone before it is read with that noun.
  const isNounAfter =
    kind === 'level' &&
    new RegExp(String.raw`^\p{Ll}[${letter}]*\s+\p{Ll}`, 'u').test(measuredAfter) &&
    !/^(?:so|và|tăng|giảm|đạt|bằng|trong|vượt|chiếm|trở|năm|tháng)\s/iu.test(measuredAfter)
  if (isNounAfter && !subject && (!previousName || /^số\s/iu.test(previousName)))
    return capitalise(wholeWords(measuredAfter, 120))
  if (isNounAfter && /^(?:thu|chi|nộp|giải ngân|huy động)$/iu.test(subject))
    return capitalise(wholeWords(`${subject} ${measuredAfter}`, 120))
  // "… 4.280 tỷ đồng, bằng 55,7% kế hoạch và tăng 8,7%": the amount goes on naming the one before it; a level after a
  // growth ("tăng gần 18% …, vượt 20% kế hoạch (kế hoạch năm 450 triệu USD)") names the thing, not its growth.
  let base =
    subject ||
    (kind === 'level' && unit !== 'TODO' && !unitKinds[unitInfo(unit).kind].isRate && unit !== 'multiple'
      ? previousName?.replace(changeOpening, '')
      : previousName) ||
    // "Chi ngân sách … là 6.491,66 tỷ đồng, …; ước thực hiện cả năm 10.140 tỷ đồng": an amount with no words of its own
    // goes on measuring what its sentence opened with.
    (isMeasure && kind === 'level' && sentenceName
      ? sentenceName.replace(changeOpening, '').replace(/\s*\([^()]*\)$/u, '')
      : '') ||
    ''
  // "Khu công nghiệp Mẫu Đông rộng 320 ha", "tuyến đường dài 12 km": a thing's size said with its adjective is its area
  // or its length.
  const sized = /^(.+?)\s+(?:rộng|dài)(?:\s+(?:khoảng|gần|hơn|trên))?$/iu.exec(base.trim())?.[1]
  if (sized && kind === 'level' && (unit === 'hectare' || unit === 'km2'))
    base = `diện tích ${lowerFirst(sized)}`
  else if (sized && kind === 'level' && unit === 'km') base = `chiều dài ${lowerFirst(sized)}`
  // "GRDP đạt 94,12 triệu đồng/người": the product per person is an indicator of its own.
  // ("GRDP bình quân đạt 7900 USD": in dollars too.)
  if (
    (unit === 'million-vnd-per-person-year' || unit === 'usd-per-person') &&
    /^(?:GRDP|GDP|tổng sản phẩm(?:\s+trên địa bàn)?)$/iu.test(base.trim())
  )
    base = `${base.trim()} bình quân đầu người`
  const measure =
    (sentenceName ? measureOf.exec(lowerFirst(sentenceName))?.[1] : undefined) ??
    (sectorMeasureLead.exec(before)?.[1]?.replace(/^cơ cấu$/iu, 'tỷ trọng') || undefined)
  if (measure && (sectorAlone.test(base) || industryAlone.test(lowerFirst(base))))
    base = `${measure} ${lowerFirst(base)}`
  // "Chỉ số sản xuất công nghiệp tăng 16,2%, trong đó ngành chế biến, chế tạo tăng 17,6%": the industry's index.
  const index = sentenceName ? indexOf.exec(lowerFirst(sentenceName))?.[1] : undefined
  if (index && industryAlone.test(lowerFirst(base))) base = `${index} ${lowerFirst(base)}`
  // "khu vực công nghiệp tăng 6,4%, đóng góp 0,79 điểm %": the part of the whole growth that sector made.
  // ("Khu vực I: Nông, lâm nghiệp và thủy sản tăng 4,65%, đóng góp cho tăng trưởng chung 1,94 điểm %": said in full.)
  if (/^đóng góp(?:\s+(?:cho|vào)\s+(?:mức\s+)?tăng trưởng(?:\s+chung)?)?$/iu.test(base) && previousName)
    return capitalise(
      `đóng góp vào tăng trưởng của ${keepAcronyms(lowerFirst(previousName.replace(/^(?:tốc độ tăng trưởng|tốc độ tăng|đóng góp vào tăng trưởng của)\s+/iu, '')))}`,
    )
  // "mục tiêu GRDP trên 12,5%": the product is no percent; a percent of it said with no share's words is its growth.
  if (
    kind === 'level' &&
    unit === 'percent' &&
    /^(?:GRDP|GDP|tổng sản phẩm(?:\s+trên địa bàn)?(?:\s*\(GRDP\))?)$/iu.test(base.trim())
  )
    return 'Tốc độ tăng trưởng GRDP'
  // "thu ngân sách đạt 12-14%/năm": a rate a year of an amount, said with no verb of change, is its growth.
  const isYearlyGrowth =
    kind === 'level' && unit === 'percent-per-year' && base !== '' && !rateWords.test(lowerFirst(base))
  // "…, dù vậy tăng trưởng GRDP (7,23%) chưa đạt mục tiêu": the economy's growth named, its amount bracketed after it.
  if (
    kind === 'growth' &&
    /(?<![\p{L}])tăng trưởng\s+(?:kinh tế|GRDP|GDP|tổng sản phẩm(?:\s+trên địa bàn)?)\s*\(\s*$/iu.test(before)
  )
    return 'Tốc độ tăng trưởng GRDP'
  if ((kind === 'growth' || isYearlyGrowth) && base) {
    // "nông nghiệp chiếm tỷ lệ 51,3%, tăng trưởng bình quân đạt 3,62%": the growth is of the sector, not its share.
    // ("… kim ngạch xuất khẩu tăng bình quân mỗi năm gần 22%": the verb and its average are the measure's, said after.)
    // ("…, đóng góp cho tăng trưởng chung 1,94 điểm % (cùng kỳ năm 2014 tăng 7,09%": the growth is the sector's again.)
    const name = lowerFirst(base)
      .replace(subject ? /^$/u : /^(?:t[ỷỉ] trọng|đóng góp vào tăng trưởng của)\s+/iu, '')
      .replace(/\s+(?:tăng|giảm)\s+bình quân(?:\s+(?:hằng|hàng|mỗi)\s+năm)?\s*$/iu, '')
    // "Chỉ số sản xuất công nghiệp ước tăng 13,2%": the index rose by so much; it is not 13,2.
    if (new RegExp(String.raw`^chỉ số(?![${letter}])`, 'iu').test(name) && !/^chỉ số giá/iu.test(name))
      return capitalise(`tốc độ tăng ${keepAcronyms(name)}`)
    if (rateWords.test(name)) return capitalise(name)
    // ("Tăng cơ học = 2,1%, tăng tự nhiên = 0,9%": a kind of growth named as one is its speed, said once.)
    if (/^tăng\s/iu.test(name)) return capitalise(`tốc độ ${name}`)
    // The whole economy's product is one indicator; a sector's ("GRDP khu vực nông, lâm nghiệp và thủy sản") or a
    // person's share of it is another.
    // "tăng bình quân hằng năm 16%": an average over years, in percent as written, says so in its name (its unit a
    // year would have).
    const average = unit === 'percent' && isYearlyAverage(before, before, after) ? ' bình quân' : ''
    if (/grdp|tổng sản phẩm/iu.test(name) && !/khu vực|ngành|lĩnh vực|đầu người/iu.test(name))
      return `Tốc độ tăng trưởng GRDP${average}`
    return capitalise(
      `${economyWords.test(name) ? 'tốc độ tăng trưởng' : 'tốc độ tăng'}${average} ${keepAcronyms(name)}`,
    )
  }
  // "…, vượt 17,7 triệu đồng so với mục tiêu Đại hội": by how much the result beat its plan.
  const beaten = new RegExp(
    String.raw`^\s*(?:so với|so)\s+(mục tiêu|kế hoạch|chỉ tiêu|nghị quyết|dự toán)(?![${letter}])`,
    'iu',
  ).exec(after)
  if (beaten?.[1] && /^vượt\s/iu.test(valueText) && kind === 'level' && isMeasure && base)
    return capitalise(
      `mức vượt ${beaten[1].toLocaleLowerCase('vi')} ${keepAcronyms(lowerFirst(base).replace(/^mức vượt\s+\S+\s+/iu, ''))}`,
    )
  if ((kind === 'rise' || kind === 'fall') && base) {
    // ("… tăng 12%, tương ứng tăng 54 doanh nghiệp": the count's rise, not its growth's.)
    // ("Tốc độ tăng trưởng … đạt 11,01%, tăng 0,26%": a growth rate's own change, in points, keeps the rate's name.)
    const said = lowerFirst(base).replace(
      unit === 'percentage-point'
        ? /^(?:mức\s+)?(?:tăng|giảm)\s+/iu
        : /^(?:tốc độ tăng(?: trưởng)?|(?:mức\s+)?(?:tăng|giảm))\s+/iu,
      '',
    )
    // "tỷ trọng khu vực công nghiệp giảm 3,74%; dịch vụ tăng 3,04%": the sectors after a share's change are shares.
    const isShareToo =
      unit === 'percentage-point' &&
      sectorAlone.test(said) &&
      /^(?:(?:mức\s+(?:tăng|giảm)|thay đổi)\s+)?t[ỷỉ] trọng\s/iu.test(previousName ?? sentenceName ?? '')
    // ("…, chiếm 4,25%, giảm hơn 4,5 nghìn hộ": a count's change is of the count, not of the share said before it.)
    const counted = isCount ? said.replace(/^t[ỷỉ] (?:trọng|lệ)\s+/iu, '') : said
    const name = isShareToo ? `tỷ trọng ${said}` : counted
    return capitalise(`${kind === 'rise' ? 'mức tăng' : 'mức giảm'} ${keepAcronyms(name)}`)
  }
  if (kind === 'share' && base) {
    const name = lowerFirst(base).replace(/\s+chiếm.*$/iu, '')
    // ("còn hơn 18,1 nghìn hộ nghèo, chiếm 3,86% tổng số hộ": the households' share is their rate.)
    if (/^(?:số\s+)?hộ\s/iu.test(name)) return capitalise(`tỷ lệ ${name.replace(/^số\s+/iu, '')}`)
    return capitalise(rateWords.test(name) ? name : `tỷ trọng ${keepAcronyms(name)}`)
  }
  // "gồm 12 phường và 5 xã": counts joined in a list each name their own noun.
  // "5 DN xuất khẩu mới và 12 DN thành lập": so do counts after "và" or a comma that follows the one before's noun.
  const isListedCount =
    isCount && /(?:^|\s)(?:và|cùng)\s*$|^\s*,?\s*$|,\s*$/iu.test(before) && previousName !== undefined
  // ("toàn tỉnh còn hơn 18,1 nghìn hộ nghèo": what is left, named by the words after its unit.)
  const isLeftNamedAfter =
    isCount &&
    /(?:^|\s)còn(?:\s+(?:hơn|trên|khoảng|gần))?\s*$/iu.test(before) &&
    nounAfter(unitText, after) !== unitText
  if (isCount && (hasCountConstruct || isListedCount || isLeftNamedAfter || base.length < 3)) {
    const noun = nounAfter(unitText, after)
    // "Tổng đàn đại gia súc hiện có hơn 10.923 con": a count whose noun is its unit alone is named by its subject.
    // (Not a place's own name: "Huyện Sơn Động hiện có 12 hợp tác xã" counts the district's co-operatives.)
    const isHeldBySubject =
      noun === unitText &&
      subject.length >= 3 &&
      !/^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(subject.trim()) &&
      /(?:^|\s)(?:có|đạt)(?:\s+(?:hơn|trên|khoảng|gần))?\s*$/iu.test(before)
    if (noun && !isHeldBySubject) return capitalise(`số ${noun}`)
  }
  // "tỷ lệ dân số đô thị được cấp nước sạch đạt trên 99%, nông thôn trên 85%": an item that names only the other side of
  // a pair the item before named is that measure on its side.
  const otherSide = onOtherSide(subject, previousName)
  if (otherSide) return capitalise(otherSide)
  // "cây lúa gieo cấy được 3.985ha, …, năng suất đạt 49 tạ/ha, sản lượng đạt 19.324 tấn": a measure named alone, after
  // the thing the item before named, is that thing's; and the hectares a crop was sown on are its area.
  const thingsMeasure = measureOfThingBefore(base, previousName)
  if (thingsMeasure) return capitalise(thingsMeasure)
  const cropMeasure = cropThenMeasure.exec(base.trim())
  if (cropMeasure?.[1] && cropMeasure[2]) return capitalise(`${cropMeasure[2]} ${lowerFirst(cropMeasure[1])}`)
  if (livestockAlone.test(base.trim()) && previousName && /^(?:tổng\s+)?đàn\s/iu.test(previousName))
    return capitalise(`${/^tổng\s/iu.test(previousName) ? 'tổng đàn' : 'đàn'} ${lowerFirst(base.trim())}`)
  if (isArea && cropSown.test(base)) return capitalise(`diện tích ${lowerFirst(base)}`)
  if (base.length >= 3) return capitalise(wholeWords(base, 120))
  // "Năm 2024, 95% hộ dân dùng nước sạch": with nothing before it, the share of what the words after it name.
  if (unit === 'percent' && new RegExp(String.raw`^\p{Ll}[${letter}]*(?:[\s,]|$)`, 'u').test(sharedBy))
    return capitalise(`tỷ lệ ${sharedBy}`)
  // "thu hút 1,2 tỷ USD vốn FDI": a measure is named by the noun after it, not its unit's words; with no noun after it,
  // a measure or a rate goes on measuring what was named before ("…; lũy kế năm 2024 tăng 11,8%"), or is left for a
  // person to name ("đồng" names nothing).
  const isRate = unit !== 'TODO' && unitKinds[unitInfo(unit).kind].isRate
  if (unitText && (isMeasure || isRate) && !nounAfter('', after))
    return previousName ?? sentenceName ?? 'TODO'
  if (unitText) return capitalise(nounAfter(isMeasure && nounAfter('', after) ? '' : unitText, after))
  // "hỗ trợ 3 tỷ cho hộ nghèo xây nhà": the verb before and the words after name what the amount is for.
  const verb = (before.split(/[,;:]/u).at(-1) ?? '').replace(openers, '').trim()
  const purpose = nounAfter('', after)
  const named = `${verb} ${purpose}`.replace(/\s+/gu, ' ').trim()
  return /\p{L}{2}/u.test(named) ? capitalise(wholeWords(named, 120)) : 'TODO'
}

/** Words that end the noun phrase of what a whole counts ("khách du lịch | do cơ sở lữ hành phục vụ"). */
const phraseEnd = String.raw`(?:do|của|được|tại|trên|ở|đến|từ|theo|tính|chung|trong|so|với|đạt|là|năm|tháng)`
/** Measures said of a whole that a part's level does not keep ("Tốc độ tăng khách quốc tế" → "khách quốc tế"). */
const measureOpening = new RegExp(`${changeOpening.source}|^t[ỷỉ] trọng\\s+`, 'iu')

/**
 * The name of a part of a whole ("trong đó khách quốc tế 1,45 ngày/lượt" under "Số ngày lưu trú bình quân của khách ngủ
 * qua đêm"): the whole's name, the part put where the whole names what it counts by the same head noun ("Số ngày lưu
 * trú bình quân của khách quốc tế"). The whole is the sentence's opener after "trong đó", else the item before when the
 * part is a bare noun phrase after a comma or "và". Undefined where the whole names no such noun.
 */
function nameOfPart(
  before: string,
  part: string,
  sentenceName: string | undefined,
  previousName: string | undefined,
  isBrokenDown: boolean,
): string | undefined {
  const isOpened = new RegExp(String.raw`(?:^|[,;:.]\s*)trong đó[,:]?\s+(?:có\s+)?[^\d,;:]*$`, 'iu').test(
    before,
  )
  const isNextItem = /^\s*\)?\s*[,;]?\s*(?:và\s+)?[^\d,;:()]+$/u.test(before)
  const whole = (
    isOpened || (isBrokenDown && isNextItem && !previousName)
      ? sentenceName
      : isNextItem
        ? previousName
        : undefined
  )
    ?.replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(measureOpening, '')
  const words = part.trim().split(/\s+/u)
  const head = words[0]?.toLocaleLowerCase('vi')
  if (!whole || !head || words.length > 5 || /^(?:số|tổng|t[ỷỉ]|tốc|mức|giá|chỉ)$/u.test(head))
    return undefined
  if (whole.split(/\s+/u).length < words.length + 2) return undefined
  const at = new RegExp(String.raw`(?<![${letter}])${head}(?![${letter}])`, 'iu').exec(whole)
  // ("tổng sản lượng lương thực có hạt … là 905.867 tấn; trong đó thóc là 888.132 tấn; ngô là 17.724 tấn": a kind the
  // whole does not name is measured as the whole is, "sản lượng thóc".)
  const measure = measureOf.exec(whole)?.[1]
  if (
    !at &&
    (isOpened || isBrokenDown) &&
    measure &&
    words.length <= 2 &&
    !/^(?:là|đạt|có|chiếm|năng|sản|diện|giá|doanh|tỷ|tỉ|thu|chi|vốn|kim|xuất|nhập|tổng|số|tốc|mức|lượng|giải|huy)$/iu.test(
      head,
    )
  )
    return `${lowerFirst(measure)} ${part.trim().replace(/\s+(?:là|đạt|ước đạt)$/iu, '')}`
  if (!at || at.index === 0) return undefined
  const phrase = new RegExp(String.raw`^\S+(?:\s+(?!${phraseEnd}(?![${letter}]))[^\s,;:()]+)*`, 'iu').exec(
    whole.slice(at.index),
  )?.[0]
  if (!phrase || phrase.toLocaleLowerCase('vi') === part.trim().toLocaleLowerCase('vi')) return undefined
  const rest = whole
    .slice(at.index + phrase.length)
    .replace(/^\s*(?:tính chung|nói chung|chung)(?:\s.*)?$/iu, '')
  // (A part of a total is no total: "Tổng số khách …" → "số khách quốc tế …".)
  const opening = lowerFirst(whole.slice(0, at.index)).replace(/^tổng\s+/iu, '')
  return `${opening}${part.trim()}${rest}`
}

/** Sides a report names a measure on, each against the other. */
const sides = [
  ['đô thị', 'nông thôn'],
  ['thành thị', 'nông thôn'],
  ['nam', 'nữ'],
] as const

/** The name before, said of the other side of a pair when the words are that side alone; undefined otherwise. */
function onOtherSide(subject: string, previousName: string | undefined): string | undefined {
  const said = subject.trim().toLocaleLowerCase('vi')
  if (!previousName) return undefined
  for (const [one, two] of sides)
    for (const [mine, other] of [
      [one, two],
      [two, one],
    ] as const) {
      const side = new RegExp(String.raw`(?<![${letter}])${other}(?![${letter}])`, 'iu')
      if (said === mine && side.test(previousName)) return previousName.replace(side, mine)
    }
  return undefined
}
