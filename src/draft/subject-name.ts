import { letter } from '../lib/reg-exp.ts'
import { holdNameCommas, releaseNameCommas } from './names-with-commas.ts'
import { findTimeExpressions } from './structure/time-expressions.ts'

/**
 * The subject of an amount: the words before it in its clause, cleaned to the noun phrase they name ("Năm 2024,
 * tổng giá trị sản xuất đạt " → "tổng giá trị sản xuất"), with the clause's openers, years, places that act and verbs
 * taken off. What the name then says of it (a growth, a share, a count) is `nameFigure`'s.
 */

/** Words that open a clause but are not part of what it measures. */
export const openers =
  /^(?:cụ thể|đơn cử|điển hình(?:\s+như)?|trong đó|trong khi|thế nhưng|nhưng|tuy nhiên|(?:mặc\s+)?dù vậy|tuy vậy|dẫu vậy|đáng chú ý|(?:đây là\s+)?năm thứ\s+(?:\d{1,2}|hai|ba|tư|bốn|năm)\s+liên tiếp|đặc biệt|riêng|còn|và|với|tiếp theo là|từ đó|bên cạnh đó|cùng với đó|song song với đó|song song đó|ngoài ra|theo đó|đồng thời|nhất là|như|gồm|bao gồm|cao nhất là|thấp nhất là|tăng thấp nhất là|tiếp đến là|về|toàn (?:tỉnh|huyện|thành phố|thị xã|xã)|(?:xã|phường|thị trấn)(?=\s+(?:phấn đấu|đặt mục tiêu|tiếp tục))|tỉnh|huyện|thành phố|thị xã|đến nay|hiện nay|hiện tại|hiện(?!\s+(?:đại|trạng|thực|diện|hành|vật))|trong năm|cả năm|năm nay|tính chung|tính đến|tính cả(?:\s+trong)?|tổng cộng|tương ứng|đạt|ước tính|ước|có|(?:đặt|đề ra) mục tiêu|mục tiêu|chỉ tiêu|phấn đấu|dự kiến|dự báo|kế hoạch|kết quả(?:\s+này)?(?:\s+đến từ việc)?|điều này|đã|lĩnh vực|(?:nâng|đưa)(?=\s+(?:t[ỷỉ] lệ|tổng|số)\s)|trên toàn (?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận)|trên địa bàn(?:\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận))?(?=\s|$)|duy trì|giữ vững|hoàn thành|đánh giá sơ bộ|cũng|nhờ (?:vậy|đó)|do (?:vậy|đó)|vì (?:vậy|thế)|góp phần (?:đưa|nâng)|thực hiện(?=\s+(?:giải ngân|thu|chi)\s))(?:[\s,:]+|$)/iu

/** Verbs and linking words that end the words before an amount, not part of its name. */
const trailing =
  /(?:^|\s+)(?:đạt|theo|đạt được|ước đạt|ước tính|ước thực hiện|ước|thực hiện|thực hiện được|đã|là|chiếm|chiếm tỷ trọng|chiếm tỉ trọng|chiếm tỷ lệ|chiếm tỉ lệ|có|có thêm|tăng(?<!(?:tốc độ|mức)\s+tăng)|tăng thêm|giảm|còn|bằng|lên(?<!trở\s+lên)|xuống|ở mức|cho|được|thêm|(?<!(?:trồng|lập|cấp|xây|ký|làm|tuyển)\s+)mới(?:\s+chỉ)?\s+(?:đạt|có|ước đạt|thực hiện(?:\s+được)?|bằng|chiếm)|lần lượt|gồm|với|khoảng|đến|vào|tương đương|duy trì|đón|thu hút|giải quyết việc làm cho|tạo việc làm cho|hỗ trợ|cả năm|cả(?<!tất\s+cả)|trong năm|năm nay|dự kiến|phấn đấu|bình quân(?<!(?:thu nhập|tiền lương|lương|lương thực)\s+bình quân)|tăng trưởng(?<!(?:tốc độ|mức)\s+tăng trưởng)|xếp|đứng|gấp|tăng gấp|cao hơn mức|cao hơn|thấp hơn|tăng mạnh|tăng cao nhất|tăng cao|đạt mốc|ước đạt mốc|lũy kế|luỹ kế|chỉ(?<!chứng\s+chỉ)|vượt|vượt (?:mục tiêu|kế hoạch|chỉ tiêu|KH|NQ|nghị quyết)(?: ?\((?:KH|NQ)\))?(?: (?:đề ra|giao|được giao|tỉnh giao|huyện giao))?|đạt t[ỷỉ] lệ|(?:tăng|giảm) từ|trong|(?:đến|tới) hết|(?:ước\s+)?(?:tính\s+)?(?:đến|tới|vào|từ)\s+(?:cuối|đầu|giữa)|hiện|vẫn|cũng|đạt mức|đạt và|từ|tương ứng|(?:giảm|tăng)(?:\s+mạnh)?\s+từ\s+mức|(?:đều\s+)?(?:có|đạt)\s+mức\s+tăng(?:\s+trưởng)?)$/iu

/** The kinds of place a report is of, as a pattern's alternatives. */
const placeKinds = 'tỉnh|huyện|thành phố|thị xã|thị trấn|quận|xã|phường'
/** A place that owns the subject: "của tỉnh Bình Định", "của Đà Nẵng", "trên địa bàn thành phố Thái Nguyên". */
/** "xây dựng Đảng", "ngân sách Nhà nước": capitalised, but no place. */
const ownerPlace = new RegExp(
  String.raw`\s+(?:(?:của|ở|tại)\s+)?(?:(?:toàn\s+)?(?:${placeKinds}|TP\.?|TX\.?)\s+|TP\.|TX\.)?(?!(?:Đảng|Nhà nước|Nhân dân|Chính phủ|Trung ương|Quốc gia|Quốc hội|Đại hội|Nghị quyết)(?:\s|$))\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*$`,
  'u',
)
/** A place's kind said alone: "phường đã hỗ trợ được …" names what acted, nothing counted. */
export const placeKindAlone = new RegExp(String.raw`^(?:toàn\s+)?(?:${placeKinds})$`, 'iu')
/**
 * "… của tỉnh Mẫu Sơn", "… toàn huyện", "… của tỉnh này", "… đến thời điểm hiện tại", "… trong tháng", "… (GRDP) tỉnh": whose
 * and when, no part of it.
 */
const ofPlace =
  /\s+(?:(?:của\s+(?:toàn\s+)?|(?:trên\s+)?toàn\s+)(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|địa phương)(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*(?:\s+này)?|(?:đến|tính đến|tới)\s+thời điểm(?:\s+(?:hiện tại|hiện nay|này|báo cáo))?|trong\s+(?:tháng|quý|kỳ)(?:\s+(?:này|qua|báo cáo))?|(?<=[\p{L})]\s+)(?<!(?:trong|ngoài|cấp|liên)\s+)(?:tỉnh|huyện|thành phố|thị xã))$/u
const onTerritory =
  /(trên địa bàn)(?:\s+(?:tỉnh|huyện|thành phố|thị xã|quận))?(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*(?=$|\s)/u

/** "Tổng sản phẩm (GRDP) theo giá so sánh 2010": the price base's year is no part of the name. */
/** "(theo giá so sánh 2010)", "(tính đến ngày 30.11)": how or when it is measured, bracketed; no part of the name. */
const bracketedPriceBase =
  /\s*\(\s*(?:(?:theo\s+)?giá (?:so sánh|cố định|hiện hành)(?:\s+năm)?(?:\s+(?:19|20)\d{2})?|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*(?:19|20)\d{2})?)\s*\)/giu
const priceBaseYear = /(giá (?:so sánh|cố định|hiện hành))(?:\s+năm)?\s+(?:19|20)\d{2}/iu

function withoutTimes(text: string): string {
  let out = text
  for (const time of [...findTimeExpressions(text)].reverse()) {
    if (time.kind === 'base' || time.kind === 'price-base') continue
    // ("Phấn đấu cuối năm nay …", "Đến cuối năm nay …": the end of the time named goes with it.)
    const opening = out
      .slice(0, time.start)
      .replace(/(?:^|\s)(?:(?:đến|tới|vào)\s+)?(?:cuối|đầu|giữa)\s*$/iu, ' ')
    out = `${opening} ${out.slice(time.end)}`
  }
  return (
    out
      // "thu ngân sách tính đến 6/12": the day figures are counted to is no part of the name.
      .replace(
        /(?:^|\s)(?:tính\s+)?(?:đến|tới|hết)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d{2})?(?=\s|$)/gu,
        ' ',
      )
      .replace(/\(\s*\)/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  )
}

/** Cleans one part of a clause to the noun phrase it names; '' when nothing is left. */
/** Growth said as the name: "tăng trưởng …" stripped to nothing as a verb is the thing named. */
const growthOpening = new RegExp(String.raw`^tăng trưởng(?![${letter}])`, 'iu')

export function cleanPart(part: string): string {
  // "(TTXVN) - …", "Bình Thuận - Từ đầu năm …": a dateline names no figure.
  // "TPO - …", "VOV.VN - …": so does a newspaper's mark, in capitals, before a capital (not "CN - XD"), or its address.
  // "“Tổng thu ngân sách …": a quote's opening mark is no part of the name.
  let text = part
    .replace(/^\s*[“"‘«]\s*/u, '')
    .replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.\s+(?=\p{L})/u, '')
    .replace(/^\([^()]*\)\s*[-–]?\s*/u, '')
    .replace(/^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}\s+[-–]\s+/u, '')
    .replace(
      /^(?!(?:GRDP|GDP|FDI|ODA|OCOP|NLTS|TMDV|CNXD)\s)\p{Lu}{3,6}(?:\.(?:VN|vn))?\s+[-–]\s+(?=\p{Lu})/u,
      '',
    )
    // "Laocaitv.vn - …": a site's address as its mark.
    .replace(/^[\p{L}\d-]{2,30}\.(?:vn|com\.vn|gov\.vn|org\.vn|net|com)\s+[-–]\s+/iu, '')
  // "1. Tăng trưởng tổng sản phẩm trong tỉnh (GRDP) Tổng sản phẩm trong tỉnh (GRDP)": a heading the page glued to its
  // first sentence ends where a capital opens the sentence after a bracket.
  const glued = /^.*\)\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/u.exec(text)
  if (glued && text.slice(glued[0].length).split(/\s+/u).length >= 2) text = text.slice(glued[0].length)
  // "Tình hình kinh tế của tỉnh là tổng sản phẩm (GRDP)", "… tăng cao với số dự án": the name follows.
  // "giá trị sản xuất tăng so với ước thực hiện năm 2022 là": what it is compared with is no part of its name.
  const compared = /\s+(?:(?:tăng|giảm)\s+)?so\s+với\s[^,;]*?\slà\s*$/iu.exec(text)
  if (compared && text.slice(0, compared.index).trim().split(/\s+/u).length >= 2)
    text = text.slice(0, compared.index)
  // "có sự thay đổi đáng kể theo hướng tỷ trọng khu vực dịch vụ": the way it went names what went.
  // ("… vượt so với dự toán": what it is measured against is not.)
  // ("… tiếp tục là động lực tăng trưởng": what it goes on being is not either.)
  // ("thu về nhà đất": a revenue's source names it, no link; nor is "đạt chuẩn quốc gia về y tế", a standard's field.)
  const afterLink =
    /^.*\s(?:(?<!(?:tiếp tục|trở thành)\s)là|(?<!so\s)với|(?<!(?:thu|chi|chuẩn|quốc gia|tiêu chí)\s)về|như|theo hướng)\s+(.+)$/iu.exec(
      text,
    )
  // ("Khu vực dịch vụ tiếp tục là trụ đỡ … với mức tăng cả năm đạt": a measure's word alone after the link names the
  // subject before it.)
  const isMeasureWord = (linked: string) =>
    /^(?:mức tăng|mức tăng trưởng|tốc độ tăng|tốc độ tăng trưởng)(?:\s+cả năm)?(?:\s+(?:đạt|là))?$/iu.test(
      linked.trim(),
    )
  const subjectBefore = /^(\p{L}[^,;:]*?)\s(?:tiếp tục|vẫn|luôn)(?:\s|$)/iu.exec(text)?.[1]
  if (
    afterLink?.[1] &&
    isMeasureWord(afterLink[1]) &&
    subjectBefore &&
    subjectBefore.split(/\s+/u).length >= 2
  )
    text = subjectBefore
  else if (afterLink?.[1] && afterLink[1].split(/\s+/u).length >= 2 && !/^\d/u.test(afterLink[1]))
    text = afterLink[1]
  // "Tổng giá trị sản xuất (theo giá so sánh 2010)": a bracketed price base is how it is measured, not what; the name
  // is the one its other figures have.
  text = withoutTimes(text.replace(bracketedPriceBase, ' ')).replace(priceBaseYear, '$1')
  // "Yên Bái ước đạt tốc độ tăng trưởng ngành nông nghiệp": a place that acts is no part of the name.
  text = text.replace(
    // (Not one that has a measure, "Ấp Hà Lâm có thu nhập bình quân đầu người …": that names the place's measure.)
    /^(?:(?:tỉnh|huyện|thành phố|thị xã)\s+)?\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*\s+(?:đã\s+)?(?:ước đạt|đạt|có(?!\s+(?:sản lượng|năng suất|thu nhập bình quân|diện tích)\s)|thực hiện|đón|thu hút|ghi nhận)(?:\s+(?=\S)|$)/u,
    '',
  )
  // "ngành chế biến, chế tạo là động lực tăng trưởng khi tháng 10/2024 tăng": a time it rose by so much names nothing.
  const when = /\skhi\s/iu.exec(text)
  if (when && !cleanPart(text.slice(when.index + when[0].length))) text = text.slice(0, when.index)
  // "Công tác thu ngân sách đạt khá cao": the work of collecting is named by what it collects.
  text = text.replace(/^(?:công tác|việc)\s+(?=\p{Ll}+\s+\p{Ll})/iu, '')
  // "Thành phố phấn đấu tổng giá trị sản xuất", "HĐND tỉnh đã thông qua chỉ tiêu tăng trưởng": who aims is no part of
  // what is aimed at; "tổng thu du lịch trong năm phấn đấu đạt mục tiêu": nor is the aim said after it.
  const aim = new RegExp(
    String.raw`(?:^|\s)(?:cũng\s+)?(?:đã\s+)?(?:phấn đấu|(?:đặt|đề ra)\s+mục tiêu|(?:thống nhất\s+)?thông qua)(?![${letter}])`,
    'iu',
  ).exec(text)
  if (aim) {
    const aimed = text.slice(aim.index + aim[0].length)
    text = cleanPart(aimed) ? aimed : text.slice(0, aim.index)
  }
  // "Sở Công Thương tỉnh Đồng Tháp cho biết kim ngạch …": who said it is no part of what was said.
  // ("Cho biết, địa phương thu ngân sách …": the words of saying opening the part.)
  const said = /^(?:.*?\s)?(?:[Cc]ho biết|thông tin|nhấn mạnh)(?:\s*[:,])?\s+(\S+\s+\S+.*)$/u.exec(text)
  if (said?.[1]) text = said[1]
  // "địa phương thu ngân sách": the place, named as such, that acts.
  text = text.replace(/^địa phương\s+(?=\p{Ll}+\s+\p{Ll})/iu, '')
  // "nhờ nguồn thu nhập khá nên tỷ lệ hộ nghèo": what follows from a cause is the subject, not the cause.
  const result = /^.*\s(?:nên|vì vậy|vì thế|do vậy|do đó|nhờ đó|nhờ vậy)\s+(\S+\s+\S+.*)$/u.exec(text)
  if (result?.[1]) text = result[1]
  // "Dù khó khăn do ảnh hưởng của dịch … song tốc độ tăng trưởng …": what holds despite the hardship is the subject.
  const despite = /^(?:mặc\s+)?(?:dù|tuy|dẫu)\s.*?\s(?:song|nhưng|thì)\s+(\S+\s+\S+.*)$/iu.exec(text)
  if (despite?.[1]) text = despite[1]
  // "tỉnh Đồng Tháp xuất khẩu gạo": a place that acts opens no name.
  // ("giao tỉnh Phú Yên hoàn thành nhà ở xã hội": nor does the place a plan is assigned to.)
  const actingPlace = new RegExp(
    String.raw`^(?:giao\s+(?:cho\s+)?)?(?:tỉnh|huyện|thành phố|thị xã|thị trấn|xã|phường|quận)\s+\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*\s+(?=\p{Ll}[${letter}]*\s+\p{Ll})`,
    'u',
  ).exec(text)
  if (actingPlace) text = text.slice(actingPlace[0].length)
  // "tỉnh này thu nội địa 1.451,97 tỷ đồng": the place pointed back to acts too.
  text = text.replace(/^(?:tỉnh|huyện|thành phố|thị xã|xã|phường|địa phương)\s+này\s+(?=\p{Ll})/iu, '')
  // "TP.HCM thu ngân sách", "TP. Hải Phòng đón …": so does a city written short.
  text = text.replace(/^TP\.?\s*\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*\s+(?=\p{Ll})/u, '')
  // "kinh tế tỉnh Kiên Giang đạt tốc độ tăng trưởng": the speed reached is the name, of what reached it.
  text = text.replace(
    new RegExp(
      String.raw`^(\p{Ll}[${letter}\s]*?)\s+(?:đã\s+)?(?:ước\s+)?đạt\s+(tốc độ tăng(?: trưởng)?)$`,
      'u',
    ),
    '$2 $1',
  )
  // "Có 3 chỉ tiêu không đạt mục tiêu Nghị quyết gồm kim ngạch xuất khẩu tăng 7,1%": the targets counted, then the one
  // named, whose measure it is.
  text = text.replace(
    new RegExp(
      String.raw`^(?:có\s+)?\d{1,2}\s+chỉ tiêu(?![${letter}])[^,;:]*?\s(?:gồm|bao gồm|là)(?:\s*:)?\s+(?=\p{L})`,
      'iu',
    ),
    '',
  )
  // "Tăng trưởng cả năm ước đạt 10,2%", "với mục tiêu tăng trưởng đạt 8%": growth said alone is the name, not a verb
  // of one.
  let previous = ''
  // ("mục tiêu tăng trưởng 8-9%": so is growth after an opener.)
  while (previous !== text) {
    previous = text
    const opened = text.replace(openers, '')
    text = opened
      .replace(/[\s,:;(–-]+$/u, '')
      .replace(trailing, '')
      .replace(ofPlace, '')
      .trim()
    if (!text && (growthOpening.test(previous) || growthOpening.test(opened))) return 'tăng trưởng'
  }
  // "kim ngạch xuất khẩu tiếp tục giữ mức tăng trưởng khá", "thu ngân sách nhà nước đạt cao nhất từ trước", "thu ngân
  // sách nhà nước đạt kết quả phấn khởi", "tăng trưởng kinh tế phục hồi tích cực", "… (GRDP) toàn tỉnh tăng trưởng dương",
  // "chỉ số … (IIP) tăng ở mức 2 con số": what is said of the subject after it
  // is no part of its name.
  const saidOf = new RegExp(
    String.raw`\s(?:vượt(?=\s+so\s)|cũng\s+(?:đạt|tăng|giảm)|đạt tốt|đạt khá|tiếp tục|giữ mức|giữ vững|duy trì|đạt cao nhất|đạt mức cao|tăng khá|tăng mạnh|tăng cao nhất|đạt kết quả|đạt nhiều kết quả|phục hồi|khởi sắc|có bước|có chuyển biến|chuyển biến|ổn định|tăng trưởng (?:khá|ổn định|tốt|dương)|tăng ở mức|ở mức cao)(?![${letter}])`,
    'iu',
  ).exec(text)
  if (saidOf && text.slice(0, saidOf.index).trim().split(/\s+/u).length >= 2)
    text = text.slice(0, saidOf.index)
  text = text.replace(onTerritory, '$1')
  const owner = ownerPlace.exec(text)
  // "… của Đà Nẵng", "… tỉnh Thái Bình": a place at the end owns the subject; a capitalised acronym (GRDP) stays.
  // "vụ Đông Xuân", "vụ Hè Thu", "vụ Đông - Xuân": a crop season's name is no place ("dịch vụ của Cửa Lò" has one).
  const isSeason =
    owner !== null &&
    /(?:^|\s)(?<!dịch\s)vụ(?:\s+\p{Lu}[\p{Ll}\p{M}]*\s*[-–])?$/iu.test(text.slice(0, owner.index))
  if (owner && !isSeason && !/^\s*(?:của\s+)?\p{Lu}+$/u.test(owner[0]) && owner.index > 0)
    text = text.slice(0, owner.index)
  // ("Thu nhập bình quân đầu người/năm": the year a person's income is counted in is its unit's.)
  text = text.replace(/\s*\/\s*năm$/u, '')
  // "Cây lúa có sản lượng", "Ấp An Bình có thu nhập bình quân đầu người cao nhất xã": the measure a thing has is the
  // name, of that thing ("Số hộ có thu nhập …", a count of those that have it, stays).
  const measureHad = new RegExp(
    String.raw`^((?!(?:số|tỷ lệ|tỉ lệ|tổng|mức)\s)\p{L}[${letter}]*(?:\s+[${letter}]+){0,4})\s+có\s+(sản lượng|năng suất(?:\s+(?:trung bình|bình quân))?|thu nhập bình quân(?:\s+đầu người)?|diện tích)(?:\s.*)?$`,
    'iu',
  ).exec(text)
  if (measureHad?.[1] && measureHad[2]) text = `${measureHad[2]} ${lowerFirstWord(measureHad[1])}`
  // "…, so với cùng kỳ tăng 9,9%": what it is compared with names nothing; the subject said before goes on.
  if (
    /^so\s+(?:với\s+)?(?:cùng kỳ|CK|năm\s+(?:trước|ngoái|(?:19|20)\d{2}))(?:\s+năm\s+(?:trước|ngoái))?$/iu.test(
      text.trim(),
    )
  )
    return ''
  return /\p{L}{2}/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : ''
}

const sectorStart = new RegExp(
  String.raw`^(?:tiểu thủ công nghiệp|lâm nghiệp|lâm|thủy sản|thuỷ sản|ngư nghiệp|xây dựng|dịch vụ)(?![${letter}])`,
  'iu',
)
const sectorEnd = new RegExp(
  String.raw`(?<![${letter}])(?:nông|lâm|nông nghiệp|lâm nghiệp|công nghiệp|thủy sản|thuỷ sản|xây dựng)$`,
  'iu',
)

/** Words a clause opens with that are no subject: "Tính chung chín tháng qua", "Năm 2024", "Đặc biệt". */
const isOpeningPart = (part: string) => cleanPart(part) === '' || openers.test(`${part.trim()} `)

/** "…, giá so sánh 2010, …": how a clause's amount is priced, set between commas, names nothing. */
const priceBaseAlone =
  /^\s*(?:theo\s+)?giá (?:so sánh|cố định|hiện hành)(?:\s+năm)?(?:\s+(?:19|20)\d{2})?\s*$/iu

/**
 * The subject before an amount, cleaned to a noun phrase; '' when nothing is left. `afterAmount`: the words
 * follow another amount, whose own words ("… kế hoạch", "… dự toán tỉnh giao") open them.
 */
const verbBeforeBracket = new RegExp(
  String.raw`(?<![${letter}])(?:tăng|giảm|đạt|vượt|so với|đề ra|là|chiếm|bằng|còn)(?![${letter}])`,
  'iu',
)

export function subjectName(before: string, afterAmount = false): string {
  // "Theo báo cáo … 9 tháng năm 2023 giá trị sản xuất …": a time phrase with no comma after it ends the opener.
  // ("Tăng trưởng tổng sản phẩm trên địa bàn 6 tháng đầu năm 2020 tăng": not when only a verb follows the time.)
  const spaced = before.replace(/\s+/gu, ' ')
  const afterOpener = spaced.replace(
    /^[^,;:()]*?(?:\d{1,2}|chín|sáu|ba) tháng(?: đầu| cuối)?(?: năm)? (?:19|20)\d{2} (?!(?:của|trên|tại|ở)\s)(?=[\p{Ll}\p{Lu}])/u,
    '',
  )
  const text = afterOpener === spaced || cleanPart(afterOpener) ? afterOpener : spaced
  // Inside a bracket, the bracket's words: "(trong đó vốn đầu tư khu vực tư nhân 5.000 tỷ đồng)". An amount that
  // opens its bracket is named by a noun phrase just before it ("khu vực dịch vụ (+6,7%)"), not by a verb's words
  // ("kế hoạch tỉnh đề ra (5,2%)", "quý I giảm mạnh (-11,38%)": the amount is the subject's named before).
  // "(trên 60% tổng đàn)": a comparator opening the bracket is no name.
  const bracket = new RegExp(
    String.raw`\(((?:[^()]*?))(?:(?<![${letter}])(?:trên|hơn|dưới|khoảng|gần|đạt|còn)\s*)?$`,
    'u',
  ).exec(text)
  if (bracket?.[1] !== undefined && /\p{L}/u.test(bracket[1])) {
    const inside = cleanPart(bracket[1])
    // "thu từ khu vực ngoài quốc doanh (chiếm 25,4% tổng thu, …": a verb alone opening the bracket is said of the name
    // before it.
    if (
      inside ||
      !new RegExp(String.raw`^\s*(?:chiếm|tăng|giảm|đạt|bằng)(?![${letter}])`, 'iu').test(bracket[1])
    )
      return inside
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
      new RegExp(String.raw`^t[ỷỉ]\s+(?:lệ|trọng)(?![${letter}])`, 'iu').test(raised) &&
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
  // "công nghiệp chế biến, chế tạo tăng 17,6%": so are a name's own (`holdNameCommas`).
  const inBrackets = holdNameCommas(text.replace(/^[\s,;]*và\s+/u, '')).replace(/\([^()]*\)/gu, (bracketed) =>
    bracketed.replace(/[,;:]/gu, '\uE000'),
  )
  const parts = inBrackets
    .split(/\s*[,;:]\s+/u)
    .map((part) => releaseNameCommas(part.replace(/\uE000/gu, ',')))
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
    if (!part.trim() || priceBaseAlone.test(part)) continue
    // (Parts after it that name nothing, a price base or "trên toàn tỉnh đạt", are not read with it.)
    let end = parts.length
    while (end > i + 1 && (priceBaseAlone.test(parts[end - 1] ?? '') || !cleanPart(parts[end - 1] ?? '')))
      end--
    const joined = parts.slice(i, end).join(', ')
    const name = cleanPart(
      i > 0 && part.trim().split(/\s+/u).length <= 2 && !/\s(?:đạt|tăng|giảm)\s*$/u.test(part)
        ? parts.slice(i - 1).join(', ')
        : (joined.split(/,\s*(?=(?:tăng|giảm|đạt|bằng|chiếm)\b)/u)[0] ?? joined),
    )
    if (name) return name
  }
  return ''
}

/** "Cây lúa" → "cây lúa", "Ấp An Bình" → "ấp An Bình": a name's first word, as it reads inside another. */
function lowerFirstWord(words: string): string {
  return words.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLocaleLowerCase('vi'))
}
