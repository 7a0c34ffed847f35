import { unitKinds } from '../dataset/unit-kinds.ts'
import { unitInfo, type Unit } from '../dataset/units.ts'
import { placeKindList } from '../dataset/reading/amount-words.ts'
import { ratePerThing } from './rate-per-thing.ts'
import { findTimeExpressions } from './structure/time-expressions.ts'

/** "Tổng thu ngân sách (% dự toán)", "Tổng giá trị sản xuất (tăng)": the indicator a label names is the part before a bracket. */
export const indicatorOfLabel = (label: string) => label.replace(/\s*\([^()]*\)\s*$/u, '').trim()

/**
 * The name of what a figure measures, the noun phrase an official would give its row: "thu ngân sách nhà nước
 * trên địa bàn", "giá trị sản xuất ngành dịch vụ", "số xã đạt chuẩn nông thôn mới". Read from the words before
 * the amount (its subject) with the clause's openers, years, places and verbs taken off, or from the noun after
 * a count. A growth, a share and a level of one thing are three indicators: "dịch vụ tăng 8,45%" is the growth of
 * the service sector. A person confirms or rewrites it; it is never a value.
 */

/** Words that open a clause but are not part of what it measures. */
const openers =
  /^(?:cụ thể|trong đó|đáng chú ý|đặc biệt|riêng|còn|và|với|tiếp theo là|từ đó|bên cạnh đó|ngoài ra|theo đó|đồng thời|nhất là|như|gồm|bao gồm|cao nhất là|thấp nhất là|tăng thấp nhất là|tiếp đến là|về|toàn (?:tỉnh|huyện|thành phố|thị xã|xã)|(?:xã|phường|thị trấn)(?=\s+(?:phấn đấu|đặt mục tiêu|tiếp tục))|tỉnh|huyện|thành phố|thị xã|đến nay|hiện nay|trong năm|cả năm|năm nay|tính chung|tính đến|đạt|ước|có|(?:đặt|đề ra) mục tiêu|mục tiêu|chỉ tiêu|phấn đấu|dự kiến|dự báo|kế hoạch|kết quả|đã|lĩnh vực|(?:nâng|đưa)(?=\s+(?:t[ỷỉ] lệ|tổng|số)\s))(?:[\s,:]+|$)/iu

/** Verbs and linking words that end the words before an amount, not part of its name. */
const trailing =
  /(?:^|\s+)(?:đạt|đạt được|ước đạt|ước tính|ước thực hiện|ước|thực hiện|thực hiện được|đã|là|chiếm|chiếm tỷ trọng|chiếm tỉ trọng|chiếm tỷ lệ|chiếm tỉ lệ|có|có thêm|tăng|tăng thêm|giảm|còn|bằng|lên(?<!trở\s+lên)|xuống|ở mức|cho|được|thêm|mới|gồm|với|khoảng|đến|vào|tương đương|duy trì|đón|thu hút|giải quyết việc làm cho|tạo việc làm cho|hỗ trợ|cả năm|cả(?<!tất\s+cả)|trong năm|năm nay|dự kiến|phấn đấu|bình quân|tăng trưởng|xếp|đứng|gấp|tăng gấp|cao hơn mức|cao hơn|thấp hơn|tăng mạnh|tăng cao nhất|tăng cao|đạt mốc|ước đạt mốc|lũy kế|luỹ kế|chỉ|vượt|vượt (?:mục tiêu|kế hoạch|chỉ tiêu|KH)(?: đề ra)?|đạt t[ỷỉ] lệ|(?:tăng|giảm) từ|trong|(?:đến|tới) hết)$/iu

/** The kinds of place a report is of, as a pattern's alternatives. */
const placeKinds = 'tỉnh|huyện|thành phố|thị xã|thị trấn|quận|xã|phường'
/** A place that owns the subject: "của tỉnh Bình Định", "của Đà Nẵng", "trên địa bàn thành phố Thái Nguyên". */
const ownerPlace = new RegExp(
  String.raw`\s+(?:của\s+)?(?:(?:toàn\s+)?(?:${placeKinds}|TP\.?)\s+)?\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*$`,
  'u',
)
/** A place's kind said alone: "phường đã hỗ trợ được …" names what acted, nothing counted. */
const placeKindAlone = new RegExp(String.raw`^(?:toàn\s+)?(?:${placeKinds})$`, 'iu')
const ofPlace =
  /\s+(?:của\s+(?:toàn\s+)?|toàn\s+)(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*$/u
const onTerritory =
  /(trên địa bàn)(?:\s+(?:tỉnh|huyện|thành phố|thị xã|quận))?(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*(?=$|\s)/u

/** "Tổng sản phẩm (GRDP) theo giá so sánh 2010": the price base's year is no part of the name. */
/** "(theo giá so sánh 2010)", "(tính đến ngày 30.11)": how or when it is measured, bracketed; no part of the name. */
const bracketedPriceBase =
  /\s*\(\s*(?:(?:theo\s+)?giá (?:so sánh|cố định|hiện hành)(?:\s+năm)?(?:\s+(?:19|20)\d{2})?|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*(?:19|20)\d{2})?)\s*\)/giu
const priceBaseYear = /(giá (?:so sánh|cố định|hiện hành))(?:\s+năm)?\s+(?:19|20)\d{2}/iu

/** Names of a whole economy or one of its sectors, whose growth is "tăng trưởng". */
const economyWords =
  /^(?:grdp|tổng sản phẩm|kinh tế|khu vực|ngành|nông nghiệp|công nghiệp|dịch vụ|thương mại)/iu

/** Names that already say they are a rate: a change of one is not a "tốc độ tăng" of it. */
const rateWords = /^(?:tốc độ|tăng trưởng|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|chỉ số|mức tăng|mức giảm|cơ cấu)/iu

function withoutTimes(text: string): string {
  let out = text
  for (const time of [...findTimeExpressions(text)].reverse()) {
    if (time.kind === 'base' || time.kind === 'price-base') continue
    out = `${out.slice(0, time.start)} ${out.slice(time.end)}`
  }
  return out
    .replace(/\(\s*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** Cleans one part of a clause to the noun phrase it names; '' when nothing is left. */
function cleanPart(part: string): string {
  // "(TTXVN) - …", "Bình Thuận - Từ đầu năm …": a dateline names no figure.
  // "TPO - …", "VOV.VN - …": so does a newspaper's mark, in capitals, before a capital (not "CN - XD").
  let text = part
    .replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.\s+(?=\p{L})/u, '')
    .replace(/^\([^()]*\)\s*[-–]?\s*/u, '')
    .replace(/^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}\s+[-–]\s+/u, '')
    .replace(
      /^(?!(?:GRDP|GDP|FDI|ODA|OCOP|NLTS|TMDV|CNXD)\s)\p{Lu}{3,6}(?:\.(?:VN|vn))?\s+[-–]\s+(?=\p{Lu})/u,
      '',
    )
  // "Tình hình kinh tế của tỉnh là tổng sản phẩm (GRDP)", "… tăng cao với số dự án": the name follows.
  // "giá trị sản xuất tăng so với ước thực hiện năm 2022 là": what it is compared with is no part of its name.
  const compared = /\s+(?:(?:tăng|giảm)\s+)?so\s+với\s[^,;]*?\slà\s*$/iu.exec(text)
  if (compared && text.slice(0, compared.index).trim().split(/\s+/u).length >= 2)
    text = text.slice(0, compared.index)
  const afterLink = /^.*\s(?:là|với|về|như)\s+(.+)$/iu.exec(text)
  if (afterLink?.[1] && afterLink[1].split(/\s+/u).length >= 2 && !/^\d/u.test(afterLink[1]))
    text = afterLink[1]
  // "Tổng giá trị sản xuất (theo giá so sánh 2010)": a bracketed price base is how it is measured, not what; the name
  // is the one its other figures have.
  text = withoutTimes(text.replace(bracketedPriceBase, ' ')).replace(priceBaseYear, '$1')
  // "Yên Bái ước đạt tốc độ tăng trưởng ngành nông nghiệp": a place that acts is no part of the name.
  text = text.replace(
    /^(?:(?:tỉnh|huyện|thành phố|thị xã)\s+)?\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*\s+(?:đã\s+)?(?:ước đạt|đạt|có|thực hiện|đón|thu hút)(?:\s+(?=\S)|$)/u,
    '',
  )
  // "Sở Công Thương tỉnh Đồng Tháp cho biết kim ngạch …": who said it is no part of what was said.
  const said = /^.*?\s(?:cho biết|thông tin|nhấn mạnh)(?:\s*[:,])?\s+(\S+\s+\S+.*)$/u.exec(text)
  if (said?.[1]) text = said[1]
  // "tỉnh Đồng Tháp xuất khẩu gạo": a place that acts opens no name.
  const actingPlace =
    /^(?:tỉnh|huyện|thành phố|thị xã|thị trấn|xã|phường|quận)\s+\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*\s+(?=\p{Ll}[\p{L}\p{M}]*\s+\p{Ll})/u.exec(
      text,
    )
  if (actingPlace) text = text.slice(actingPlace[0].length)
  let previous = ''
  while (previous !== text) {
    previous = text
    text = text
      .replace(openers, '')
      .replace(/[\s,:;(–-]+$/u, '')
      .replace(trailing, '')
      .replace(ofPlace, '')
      .trim()
  }
  // "kim ngạch xuất khẩu tiếp tục giữ mức tăng trưởng khá", "thu ngân sách nhà nước đạt cao nhất từ trước": what is
  // said of the subject after it is no part of its name.
  const saidOf =
    /\s(?:tiếp tục|giữ mức|giữ vững|duy trì|đạt cao nhất|đạt mức cao|tăng khá|tăng mạnh|tăng cao nhất)(?![\p{L}\p{M}])/iu.exec(
      text,
    )
  if (saidOf && text.slice(0, saidOf.index).trim().split(/\s+/u).length >= 2)
    text = text.slice(0, saidOf.index)
  text = text.replace(onTerritory, '$1')
  const owner = ownerPlace.exec(text)
  // "… của Đà Nẵng", "… tỉnh Thái Bình": a place at the end owns the subject; a capitalised acronym (GRDP) stays.
  if (owner && !/^\s*(?:của\s+)?\p{Lu}+$/u.test(owner[0]) && owner.index > 0)
    text = text.slice(0, owner.index)
  return /\p{L}{2}/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : ''
}

const sectorStart =
  /^(?:tiểu thủ công nghiệp|lâm nghiệp|lâm|thủy sản|thuỷ sản|ngư nghiệp|xây dựng|dịch vụ)(?![\p{L}\p{M}])/iu
const sectorEnd =
  /(?<![\p{L}\p{M}])(?:nông|lâm|nông nghiệp|lâm nghiệp|công nghiệp|thủy sản|thuỷ sản|xây dựng)$/iu

/** Words a clause opens with that are no subject: "Tính chung chín tháng qua", "Năm 2024", "Đặc biệt". */
const isOpeningPart = (part: string) => cleanPart(part) === '' || openers.test(`${part.trim()} `)

/**
 * The subject before an amount, cleaned to a noun phrase; '' when nothing is left. `afterAmount`: the words
 * follow another amount, whose own words ("… kế hoạch", "… dự toán tỉnh giao") open them.
 */
const verbBeforeBracket =
  /(?<![\p{L}\p{M}])(?:tăng|giảm|đạt|vượt|so với|đề ra|là|chiếm|bằng|còn)(?![\p{L}\p{M}])/iu

export function subjectName(before: string, afterAmount = false): string {
  // "Theo báo cáo … 9 tháng năm 2023 giá trị sản xuất …": a time phrase with no comma after it ends the opener.
  const text = before
    .replace(/\s+/gu, ' ')
    .replace(
      /^[^,;:()]*?(?:\d{1,2}|chín|sáu|ba) tháng(?: đầu| cuối)?(?: năm)? (?:19|20)\d{2} (?!(?:của|trên|tại|ở)\s)(?=[\p{Ll}\p{Lu}])/u,
      '',
    )
  // Inside a bracket, the bracket's words: "(trong đó vốn đầu tư khu vực tư nhân 5.000 tỷ đồng)". An amount that
  // opens its bracket is named by a noun phrase just before it ("khu vực dịch vụ (+6,7%)"), not by a verb's words
  // ("kế hoạch tỉnh đề ra (5,2%)", "quý I giảm mạnh (-11,38%)": the amount is the subject's named before).
  // "(trên 60% tổng đàn)": a comparator opening the bracket is no name.
  const bracket = /\(((?:[^()]*?))(?:(?<![\p{L}\p{M}])(?:trên|hơn|dưới|khoảng|gần|đạt|còn)\s*)?$/u.exec(text)
  if (bracket?.[1] !== undefined && /\p{L}/u.test(bracket[1])) {
    const inside = cleanPart(bracket[1])
    // "thu từ khu vực ngoài quốc doanh (chiếm 25,4% tổng thu, …": a verb alone opening the bracket is said of the name
    // before it.
    if (inside || !/^\s*(?:chiếm|tăng|giảm|đạt|bằng)(?![\p{L}\p{M}])/iu.test(bracket[1])) return inside
    return subjectName(text.slice(0, bracket.index), afterAmount)
  }
  if (bracket) {
    const lead = text.slice(0, bracket.index)
    const ownPart = lead.split(/[,;:]\s/u).at(-1) ?? ''
    const verb = verbBeforeBracket.exec(ownPart)
    if (!verb) return subjectName(lead, afterAmount)
    // "tăng tỷ lệ chăn nuôi lợn trang trại (trên 60% tổng đàn)": the rate the verb raised, at the level reached.
    const raised = ownPart.slice(verb.index + verb[0].length).trim()
    if (
      /^(?:tăng|giảm)$/iu.test(verb[0]) &&
      /^t[ỷỉ]\s+(?:lệ|trọng)(?![\p{L}\p{M}])/iu.test(raised) &&
      !verbBeforeBracket.test(raised)
    )
      return cleanPart(raised)
    // After another amount, the one named before; first in its clause, the words before the verb
    // ("khu vực CN-XD chiếm tỷ trọng nhiều nhất thì giảm (-13,24%)").
    return afterAmount
      ? ''
      : subjectName(
          lead.slice(0, lead.length - (lead.split(/[,;:]\s/u).at(-1) ?? '').length + verb.index),
          false,
        )
  }
  // A bracket's commas are its own: "tổng sản phẩm (GRDP, giá so sánh 2010) ước tăng" is one part.
  // "…, và Dịch vụ: 30,6%": the "và" joining it to the part before opens no clause of its own.
  const inBrackets = text
    .replace(/^[\s,;]*và\s+/u, '')
    .replace(/\([^()]*\)/gu, (bracketed) => bracketed.replace(/[,;:]/gu, '\uE000'))
  const parts = inBrackets.split(/\s*[,;:]\s+/u).map((part) => part.replace(/\uE000/gu, ','))
  if (afterAmount) parts.shift()
  // "công nghiệp, tiểu thủ công nghiệp", "nông, lâm nghiệp, thủy sản": sectors listed with commas are one name.
  for (let i = parts.length - 1; i > 0; i--)
    if (sectorStart.test(parts[i] ?? '') && sectorEnd.test(parts[i - 1] ?? ''))
      parts.splice(i - 1, 2, `${parts[i - 1] ?? ''}, ${parts[i] ?? ''}`)
  // Openers and time phrases before the first comma go: "Tính chung chín tháng qua, GRDP của Đà Nẵng".
  while (parts.length > 1 && isOpeningPart(parts[0] ?? '')) parts.shift()
  // The subject is the last part with a name, unless the parts are one name cut by commas ("nông, lâm nghiệp và
  // thủy sản"): a short part after the first is read with it.
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? ''
    if (!part.trim()) continue
    const joined = parts.slice(i).join(', ')
    const name = cleanPart(
      i > 0 && part.trim().split(/\s+/u).length <= 2 && !/\s(?:đạt|tăng|giảm)\s*$/u.test(part)
        ? parts.slice(i - 1).join(', ')
        : (joined.split(/,\s*(?=(?:tăng|giảm|đạt|bằng|chiếm)\b)/u)[0] ?? joined),
    )
    if (name) return name
  }
  return ''
}

/** The noun phrase after a count: "7 xã đạt chuẩn nông thôn mới nâng cao" → "xã đạt chuẩn nông thôn mới nâng cao". */
function nounAfter(unitText: string, after: string): string {
  // "100% phường, xã đạt cơ sở vững mạnh": kinds of place listed together are read as one, commas and all.
  const kinds = placeKindList.exec(after.trimStart())?.[0]
  if (kinds)
    return nounAfter(unitText, after.trimStart().replace(kinds, kinds.replace(/,/gu, '\uE000'))).replace(
      /\uE000/gu,
      ',',
    )
  const rest = after
    .split(
      /[,;.:()…]|\s+(?:với|của|trong đó|tăng|giảm|bằng|chiếm|so với|so|khi|để|nhằm)\s+|(?:^|\s+)(?:và|cùng)\s+(?=\d)|\s+và\s*$/u,
    )[0]
    ?.trim()
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 9)
    .join(' ')
  return `${unitText} ${rest ?? ''}`.trim()
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
}

// "GRDP bình quân đầu người" keeps its acronym whole.
const lowerFirst = (text: string) =>
  /^\p{Lu}{2,}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
const keepAcronyms = (text: string) => (/^\p{Lu}{2,}/u.test(text) ? text : lowerFirst(text))

/** People counted as people or as workers ("5.452 người", "2.135 lao động"). */
const isCountOfPeople = (unit: Unit | 'TODO', unitText: string) =>
  unit === 'person' || unit === 'worker' || /^(?:người|lao động|lượt người)$/iu.test(unitText)

/** A change ("tăng 8,45%", "giảm 2,1%") or a share ("chiếm 40%") of the subject, or the level it is. */
function kindOf({ before, unit, valueText }: NameInput): 'growth' | 'share' | 'rise' | 'fall' | 'level' {
  const said = `${before} ${valueText}`
  const kind = unit === 'TODO' ? '' : unitInfo(unit).kind
  if (
    kind === 'percent' &&
    /(?:chiếm|chiếm t[ỷỉ] trọng|chiếm t[ỷỉ] lệ|t[ỷỉ] trọng)\s*(?:khoảng|gần|trên|hơn)?\s*[\d,.]*\s*%?\s*$/iu.test(
      said,
    )
  )
    return 'share'
  if (
    (kind === 'percent' || kind === 'percent-per-year' || kind === 'multiple') &&
    (/(?:tăng|giảm|tăng trưởng)(?:\s+\S+){0,3}\s*[\d,.]*\s*%?\s*(?:lần)?\s*$/iu.test(said) ||
      // "… tăng so với ước thực hiện năm 2022 là 9-10%"
      /(?:tăng|giảm)\s+so(?:\s+với)?\s[^,;]*?\slà\s*[\d,.]+(?:\s*[-–]\s*[\d,.]+)?\s*%\s*$/iu.test(said) ||
      // "khu vực dịch vụ (+6,7%)": a percentage written with its sign is a change
      /^[+\-−]\s*\d/u.test(valueText))
  )
    return 'growth'
  // "tăng 258 tỷ đồng so với năm 2021": an amount by which the subject rose, not its level.
  const change = /(?:^|[\s(,;])(tăng|giảm)(?:\s+thêm)?\s*(?:khoảng|gần|hơn|trên|xấp xỉ)?\s*$/iu.exec(
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
const sectorAlone =
  /^(?:ngành\s+)?(?:nông nghiệp|lâm nghiệp|thủy sản|thuỷ sản|ngư nghiệp|công nghiệp|xây dựng|dịch vụ|thương mại|du lịch|công nghiệp(?:[ ,-–]+tiểu thủ công nghiệp)?[ ,-–]+xây dựng|nông[ ,-–]+lâm[ ,-–]+(?:nghiệp[ ,]+)?(?:và\s+)?(?:th[uủ][ỷy] sản|ngư nghiệp)|khu vực\s+\S+)$/iu
const measureOf =
  /^(?:tổng\s+)?(giá trị sản xuất|giá trị tăng thêm|giá trị|sản lượng|diện tích|doanh thu|t[ỷỉ] trọng)(?=\s)/iu
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

export function nameFigure(input: NameInput): string {
  const { before, after, unit, unitText, valueText, sentenceName } = input
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
  const previousName = input.previousName?.replace(
    /^mức vượt (?:mục tiêu|kế hoạch|chỉ tiêu|nghị quyết|dự toán)\s+(.)/iu,
    (_, first: string) => first.toLocaleUpperCase('vi'),
  )
  // "… đạt 50,51% và thu xuất nhập khẩu là 3.224 tỷ đồng": a new subject joined by "và" names its own amount.
  // "…: 30,7%, và Dịch vụ: 30,6%": so does a subject named before a colon.
  // "366 doanh nghiệp thành lập mới với tổng vốn đăng ký 1.608,2 tỉ đồng": so does a noun phrase after "với".
  // "… trên 74.000 tỷ đồng (thu nội địa trên 56.500 tỷ đồng, …)": so does a noun phrase opening a bracket, unlike a
  // plan's or a change's words ("(kế hoạch 70.000 tỷ đồng)", "(tăng 5%)").
  const hasNewSubject =
    /^\s*[,;]?\s*(?:và\s+)?[\p{L}][\p{L}\p{M}\s-]{3,}?(?:\s(?:là|đạt|ước đạt|có)|:)\s*$/u.test(before) ||
    /\(\s*(?:trong đó\s+)?(?!(?:tăng|giảm|đạt|bằng|vượt|kế hoạch|KH|chỉ tiêu|dự toán|nghị quyết|NQ|mục tiêu|so|cùng kỳ|năm|quý|tháng|ước|chiếm|trên|dưới|hơn|khoảng|gần|là|riêng|tương đương|tính|theo)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}\s]{3,}?(?:\s(?:trên|hơn|dưới|khoảng|gần|đạt|là|còn))?\s*$/u.test(
      before,
    ) ||
    /(?<![\p{L}\p{M}])(?<!so\s)với\s+(?:tổng\s+)?(?:số\s+)?(?:vốn|diện tích|sản lượng|giá trị|kinh phí|mức)(?:\s+[\p{Ll}\p{M}]+){0,4}\s*$/u.test(
      before,
    )
  const isContinuation =
    previousName !== undefined && !hasNewSubject && !/[,;:]\s/u.test(before.trim().replace(/^[^,;:]*/u, ''))
  // "phường đã hỗ trợ được 10 hộ cận nghèo …": the place that acted names nothing it counted.
  const said = isContinuation ? '' : subjectName(before, previousName !== undefined && !hasNewSubject)
  const subject = placeKindAlone.test(said) ? '' : said
  const kind = kindOf(input)
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
  const deed = doneFor ? cleanPart(doneFor.replace(/^.*?(?<![\p{L}\p{M}])(?:đã|đang|sẽ)\s+/u, '')) : ''
  if (isCountOfPeople(unit, unitText) && deed.split(/\s+/u).length >= 2 && !/^(?:số|tổng)\s/iu.test(deed))
    return capitalise(deed)
  // "có 94% dân số tham gia bảo hiểm y tế": the share of the people the words after it name.
  const sharedBy = nounAfter('', after)
  if (
    unit === 'percent' &&
    /(?:^|\s)có\s*$/iu.test(before) &&
    /^\p{Ll}[\p{L}\p{M}]*\s+\p{Ll}/u.test(sharedBy)
  )
    return capitalise(`tỷ lệ ${sharedBy}`)
  // "giảm hộ nghèo đến cuối năm 2024 còn 0,01%": the level the rate is brought down to, named as the rate.
  const loweredTo =
    /còn\s*$/u.test(before) &&
    /(?:^|[,;:]\s*)giảm\s+(?:t[ỷỉ] lệ\s+)?([\p{Ll}\p{M}][\p{L}\p{M}\s]*?)(?:\s+(?:đến|tới|vào)\s[^,;:]*?)?\s+(?:xuống\s+)?còn\s*$/u.exec(
      before,
    )?.[1]
  if (unit === 'percent' && loweredTo) return capitalise(`tỷ lệ ${loweredTo.trim()}`)
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
    /(?:^|\s)(?:có|có thêm|thêm|đã|gồm|cho|mới|xây dựng|hỗ trợ|tạo|trồng|cấp|xây mới|đón|thu hút|với|tổng số|triển khai|khởi công|hoàn thành|kết nạp|giới thiệu|cử|thành lập|tổ chức|đào tạo|tiếp nhận|xử lý|phát hiện|bàn giao|công nhận)\s*$/iu.test(
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
    /^\p{Ll}[\p{L}\p{M}]*\s+\p{Ll}/u.test(measuredAfter) &&
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
      ? previousName?.replace(/^(?:tốc độ tăng trưởng|tốc độ tăng|mức tăng|mức giảm)\s+/iu, '')
      : previousName) ||
    // "Chi ngân sách … là 6.491,66 tỷ đồng, …; ước thực hiện cả năm 10.140 tỷ đồng": an amount with no words of its own
    // goes on measuring what its sentence opened with.
    (isMeasure && kind === 'level' && sentenceName
      ? sentenceName
          .replace(/^(?:tốc độ tăng trưởng|tốc độ tăng|mức tăng|mức giảm)\s+/iu, '')
          .replace(/\s*\([^()]*\)$/u, '')
      : '') ||
    ''
  const measure =
    (sentenceName ? measureOf.exec(lowerFirst(sentenceName))?.[1] : undefined) ??
    (sectorMeasureLead.exec(before)?.[1]?.replace(/^cơ cấu$/iu, 'tỷ trọng') || undefined)
  if (measure && sectorAlone.test(base)) base = `${measure} ${lowerFirst(base)}`
  // "khu vực công nghiệp tăng 6,4%, đóng góp 0,79 điểm %": the part of the whole growth that sector made.
  if (/^đóng góp$/iu.test(base) && previousName)
    return capitalise(
      `đóng góp vào tăng trưởng của ${keepAcronyms(lowerFirst(previousName.replace(/^(?:tốc độ tăng trưởng|tốc độ tăng)\s+/iu, '')))}`,
    )
  // "mục tiêu GRDP trên 12,5%": the product is no percent; a percent of it said with no share's words is its growth.
  if (
    kind === 'level' &&
    unit === 'percent' &&
    /^(?:GRDP|GDP|tổng sản phẩm(?:\s+trên địa bàn)?(?:\s*\(GRDP\))?)$/iu.test(base.trim())
  )
    return 'Tốc độ tăng trưởng GRDP'
  if (kind === 'growth' && base) {
    // "nông nghiệp chiếm tỷ lệ 51,3%, tăng trưởng bình quân đạt 3,62%": the growth is of the sector, not its share.
    const name = lowerFirst(base).replace(subject ? /^$/u : /^t[ỷỉ] trọng\s+/iu, '')
    // "Chỉ số sản xuất công nghiệp ước tăng 13,2%": the index rose by so much; it is not 13,2.
    if (/^chỉ số(?![\p{L}\p{M}])/iu.test(name) && !/^chỉ số giá/iu.test(name))
      return capitalise(`tốc độ tăng ${keepAcronyms(name)}`)
    if (rateWords.test(name)) return capitalise(name)
    // The whole economy's product is one indicator; a sector's ("GRDP khu vực nông, lâm nghiệp và thủy sản") or a
    // person's share of it is another.
    if (/grdp|tổng sản phẩm/iu.test(name) && !/khu vực|ngành|lĩnh vực|đầu người/iu.test(name))
      return 'Tốc độ tăng trưởng GRDP'
    return capitalise(
      `${economyWords.test(name) ? 'tốc độ tăng trưởng' : 'tốc độ tăng'} ${keepAcronyms(name)}`,
    )
  }
  // "…, vượt 17,7 triệu đồng so với mục tiêu Đại hội": by how much the result beat its plan.
  const beaten = /^\s*(?:so với|so)\s+(mục tiêu|kế hoạch|chỉ tiêu|nghị quyết|dự toán)(?![\p{L}\p{M}])/iu.exec(
    after,
  )
  if (beaten?.[1] && /^vượt\s/iu.test(valueText) && kind === 'level' && isMeasure && base)
    return capitalise(
      `mức vượt ${beaten[1].toLocaleLowerCase('vi')} ${keepAcronyms(lowerFirst(base).replace(/^mức vượt\s+\S+\s+/iu, ''))}`,
    )
  if ((kind === 'rise' || kind === 'fall') && base) {
    const name = lowerFirst(base).replace(/^(?:mức\s+)?(?:tăng|giảm)\s+/iu, '')
    return capitalise(`${kind === 'rise' ? 'mức tăng' : 'mức giảm'} ${keepAcronyms(name)}`)
  }
  if (kind === 'share' && base) {
    const name = lowerFirst(base).replace(/\s+chiếm.*$/iu, '')
    return capitalise(rateWords.test(name) ? name : `tỷ trọng ${keepAcronyms(name)}`)
  }
  // "gồm 12 phường và 5 xã": counts joined in a list each name their own noun.
  // "5 DN xuất khẩu mới và 12 DN thành lập": so do counts after "và" or a comma that follows the one before's noun.
  const isListedCount =
    isCount && /(?:^|\s)(?:và|cùng)\s*$|^\s*,?\s*$|,\s*$/iu.test(before) && previousName !== undefined
  if (isCount && (hasCountConstruct || isListedCount || base.length < 3)) {
    const noun = nounAfter(unitText, after)
    if (noun) return capitalise(`số ${noun}`)
  }
  if (base.length >= 3) return capitalise(wholeWords(base, 120))
  // "Năm 2024, 95% hộ dân dùng nước sạch": with nothing before it, the share of what the words after it name.
  if (unit === 'percent' && /^\p{Ll}[\p{L}\p{M}]*(?:[\s,]|$)/u.test(sharedBy))
    return capitalise(`tỷ lệ ${sharedBy}`)
  // "thu hút 1,2 tỷ USD vốn FDI": a measure is named by the noun after it, not its unit's words.
  if (unitText) return capitalise(nounAfter(isMeasure && nounAfter('', after) ? '' : unitText, after))
  // "hỗ trợ 3 tỷ cho hộ nghèo xây nhà": the verb before and the words after name what the amount is for.
  const verb = (before.split(/[,;:]/u).at(-1) ?? '').replace(openers, '').trim()
  const purpose = nounAfter('', after)
  const named = `${verb} ${purpose}`.replace(/\s+/gu, ' ').trim()
  return /\p{L}{2}/u.test(named) ? capitalise(wholeWords(named, 120)) : 'TODO'
}
