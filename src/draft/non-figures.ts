import { letter } from '../lib/reg-exp.ts'
import { findDateSpans, findTimes } from '../dataset/reading/read-date.ts'
import { findTimeExpressions } from './structure/time-expressions.ts'
import { bandsAndScorecards } from './non-figures/bands-and-scorecards.ts'
import { datesAndDocuments } from './non-figures/dates-and-documents.ts'
import { partsOfNames } from './non-figures/names.ts'
import { ranksAndPlaces } from './non-figures/ranks.ts'
import { meetingProceedings } from './non-figures/the-meeting.ts'
import { pageAndArticle } from './non-figures/the-page.ts'

/** A stretch of text whose digits are not a figure: a date, a time, a span of years, a map scale, a document number. */
export type NonFigure = { start: number; end: number; reason: string }

/**
 * Every pattern of a stretch whose digits are no figure of the report, by what it is. A pattern that looks behind for its
 * words first asks for what it matches ("(?=\d)"): a look behind tried at every character of a long report is the
 * draft's slowest step.
 */
const nonFigurePatterns = [
  ...datesAndDocuments,
  ...pageAndArticle,
  ...meetingProceedings,
  ...ranksAndPlaces,
  ...bandsAndScorecards,
  ...partsOfNames,
]

/**
 * "… Toàn tỉnh đón 1,8": a page copied cut after a number, before its unit. What it counted is not known: it is set
 * aside, for a person who has the page to bring back.
 */
export function cutAtTheEnd(text: string): NonFigure[] {
  // ("… năng suất lao động xã hội tăng 7,5 - 8,": a range cut after its second number.)
  // ("… giao là 8,0 tri": a scale word cut short leaves what it counted unknown too, and so does one whole: "…, tương
  // đương 158,7 triệu"; "khoảng 4.387 tỉ" is money, as a scale alone is.)
  const cut =
    /(?<![\d.,])\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?(?:\s+(?:t|tr|tri|triệ|triệu|ng|ngh|nghì|ngà|nghìn|ngàn))?\s*$/u.exec(
      text,
    )
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
      // ("… duy trì thực hiện dịch vụ “Cây xoài nhà tôi” bán hàng …": a short quote with no number is a name, no story.)
      if (isQuoted && closing >= 0 && closing - opening <= 40 && !/\d/u.test(text.slice(opening, closing)))
        return []
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

/** "Gia đình ông Ngô Văn Định", "hộ chị Lò Thị Mai": a household the article tells the story of, with its head's name. */
const namedHousehold =
  /(?<![\p{L}])(?:[Gg]ia đình|[Hh]ộ|[Nn]hà)\s+(ông|bà|anh|chị|cô|chú)\s+(?:\p{Lu}[\p{Ll}\p{M}]*\s+){0,3}(\p{Lu}[\p{Ll}\p{M}]*)/gu
/** The same, once in a sentence (not every match of a text). */
const namesHousehold = new RegExp(namedHousehold.source, 'u')
/** "gia đình" said of that household again, not a kind of family counted ("gia đình văn hóa", "hộ gia đình"). */
const householdAgain =
  /(?<![\p{L}])(?<!hộ\s)gia đình(?!\s+(?:văn hóa|văn hoá|chính sách|có công|thể thao|kiểu mẫu|trẻ|hạnh phúc|tôi|mình|em|tui))(?![\p{L}])/iu

/**
 * "Gia đình ông Ngô Văn Định … trồng hơn 3ha cà phê. … Nhờ thuê được 4 nhân công nên đến nay gia đình đã thu hoạch được
 * 50% diện tích": a household an article tells of by name is its story, no figure of the place. Every sentence that
 * names its head again ("ông Định") or the family is its own, in the paragraph that names it and those after that go
 * on telling of it; each paragraph's spans, in order.
 */
export function householdStories(paragraphs: readonly string[]): NonFigure[][] {
  let told: RegExp | null = null
  return paragraphs.map((text) => {
    const named = [...text.matchAll(namedHousehold)].at(-1)
    if (named) told = new RegExp(String.raw`(?<![\p{L}])${named[1]}\s+${named[2]}(?![\p{L}])`, 'iu')
    if (!told) return []
    const person = told
    const sentences = [...text.matchAll(/[^.!?…]+(?:[.!?…]+|$)/gu)]
    const spans = sentences
      .filter(
        (sentence) =>
          person.test(sentence[0]) || householdAgain.test(sentence[0]) || namesHousehold.test(sentence[0]),
      )
      .map((sentence) => ({
        start: sentence.index,
        end: sentence.index + sentence[0].length,
        reason: 'one household’s own',
      }))
    // The story ends with the first paragraph that tells no more of it.
    if (spans.length === 0) told = null
    return spans
  })
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
    ...nonFigurePatterns.flatMap(([pattern, reason]) =>
      [...text.matchAll(pattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        reason,
      })),
    ),
  ]
}

/** Words after which a number is a date part, an ordinal or a legal reference ("năm 2023", "lần thứ 2", "Điều 5"). */
// ("… trao Quyết định cho các đơn vịNăm 2025 xã …": a caption run into the next sentence still says "Năm".)
const referenceBefore = new RegExp(
  String.raw`(?:(?<![${letter}])|(?<=\p{Ll})(?=Năm))(năm|tháng|quý|quí|ngày|thứ|hạng|loại|điều|khoản|chương|khóa|khoá|phiên|kỳ họp|[Bb]ài)\s*$`,
  'iu',
)
const gradeBefore = new RegExp(String.raw`(?<![${letter}])lớp\s*$`, 'iu')
const lunarYear = new RegExp(
  String.raw`(?<![${letter}])(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)\s*$`,
  'u',
)
/**
 * Words after which a number with no unit is a name ("Trường số 1", "Quốc lộ 9", "vào lớp 1", "Vành đai 3", "covid 19",
 * "Đường tỉnh 931", "Nghị quyết Trung ương 4"); a standard's level ("đạt chuẩn quốc gia mức 1", "công nhận mới mức 1",
 * "nâng lên mức độ 2"; not "với mức 60 triệu/nhà").
 */
const standardLevelBefore = new RegExp(
  String.raw`(?<![${letter}])(?:chuẩn|công nhận|nâng lên)(?:\s+[${letter}]+){0,3}?\s+mức(?:\s+độ)?\s*$`,
  'iu',
)
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
    (nameBefore.test(before) || standardLevelBefore.test(before)) &&
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
