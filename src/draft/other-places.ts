import { letter } from '../lib/reg-exp.ts'
import type { NonFigure } from './non-figures.ts'
import { countryProvinces, type Provinces } from './provinces.ts'
import type { Paragraph } from './split-text.ts'

/** Every province the text names, with how many times. */
function provincesNamed(text: string, provinces: Provinces): Map<string, number> {
  const named = new Map<string, number>()
  for (const match of text.matchAll(provinces.any)) {
    const name = provinces.of(match[1] ?? '')
    if (name) named.set(name, (named.get(name) ?? 0) + 1)
  }
  return named
}

/** The places a text is of, and whether it surveys the country's provinces. */
export type OwnPlaces = { own: ReadonlySet<string>; isCountrySurvey: boolean; provinces: Provinces }

/**
 * The text's own province: the place read for the report and its province, or else the province it names most (at
 * least twice: "Gia Lai là 1 trong 8 địa phương …"). A text that names five other provinces or more surveys the
 * country's.
 */
export function ownPlaces(
  text: string,
  place: { name: string; province: string },
  provinces: Provinces = countryProvinces,
): OwnPlaces {
  const named = provincesNamed(text, provinces)
  const own = new Set(
    [place.name, place.province].flatMap((name) => {
      const province = provinces.of(name)
      return province ? [province] : []
    }),
  )
  if (own.size === 0) {
    const [most] = [...named.entries()].sort((a, b) => b[1] - a[1])
    if (most && most[1] >= 2) own.add(most[0])
  }
  const others = [...named.keys()].filter((name) => !own.has(name))
  return { own, isCountrySurvey: others.length >= 5, provinces }
}

/** "Quảng Ninh (11,67%)", "Bắc Giang tăng 13,45%", "Điện Biên 6,76%": a province's name, then its level. */
const levelAfterName = new RegExp(
  String.raw`^\s*(?:\(\s*|:\s*|\s(?:tăng(?:\s+trưởng)?|giảm|đạt|là|với)\s+)?(?:(?:khoảng|hơn|gần|trên)\s+)?([+\-−]?\d[\d.,]*\s*%?)`,
  'u',
)
/** "16/34 địa phương", "10 tỉnh, thành phố", "7 địa phương khác": the country's places counted. */
const placesCounted = new RegExp(
  String.raw`(?<![\d.,/])\d+(?:\s*\/\s*\d+)?\s+(?:địa phương|tỉnh(?:\s*,\s*thành(?:\s+phố)?)?|tỉnh thành)(?![${letter}])`,
  'giu',
)
/** A clause whose subject is the country's places: "có 16/34 địa phương …", "Các địa phương trọng điểm …". */
const placesSubject = new RegExp(
  String.raw`(?<![${letter}])(?:địa phương|tỉnh, thành phố)(?![${letter}])`,
  'iu',
)

/**
 * "Quỹ Tiền tệ quốc tế (IMF) dự báo đạt 3,0%", "OECD nhận định kinh tế toàn cầu năm 2023 tăng trưởng 2,9%": the world's
 * economy as the international bodies that forecast it say, in the context a provincial report opens with.
 */
const worldForecaster = new RegExp(
  String.raw`(?<![${letter}])(?:Quỹ Tiền tệ [Qq]uốc tế|Ngân hàng Thế giới|Ngân hàng Phát triển châu Á|Liên minh châu Âu|Liên hợp quốc|Tổ chức Hợp tác và Phát triển [Kk]inh tế|Fitch Ratings|Moody's|IMF|WB|ADB|OECD|EU|UN)(?:\s*\([^()]{1,12}\))?[^;.]{0,60}?(?<![${letter}])(?:dự báo|nhận định|ước tính)(?![${letter}])[^;]*`,
  'gu',
)

/**
 * What in a paragraph is other places', in its offsets: in a sentence listing three other provinces' levels or more,
 * each of those levels; in a text surveying the country's provinces, the places counted and the levels said of them
 * ("có 16/34 địa phương … đạt từ 8% trở lên"). The text's own province in the list stays its figure.
 */
export function otherPlacesSpans(paragraph: Paragraph, places: OwnPlaces): NonFigure[] {
  const spans: NonFigure[] = []
  for (const sentence of paragraph.sentences) {
    const offset = sentence.start - paragraph.start
    const levels: NonFigure[] = []
    const others = new Set<string>()
    const named = [...sentence.text.matchAll(places.provinces.any)]
    for (const [index, match] of named.entries()) {
      const name = places.provinces.of(match[1] ?? '')
      if (!name || places.own.has(name)) continue
      const end = match.index + match[0].length
      const level = levelAfterName.exec(sentence.text.slice(end))
      if (!level?.[1]) continue
      // The level and what else its item says of that place ("Tiền Giang với 525 triệu USD, chiếm 22,7%;"), up to the
      // next place named or the item's end.
      const itemEnd = Math.min(
        named[index + 1]?.index ?? sentence.text.length,
        end + (/;/u.exec(sentence.text.slice(end))?.index ?? sentence.text.length),
      )
      levels.push({
        start: offset + end + level[0].length - level[1].length,
        end: offset + itemEnd,
        reason: "another place's level",
      })
      others.add(name)
    }
    if (others.size >= 3) spans.push(...levels)
    for (const match of sentence.text.matchAll(worldForecaster))
      spans.push({
        start: offset + match.index,
        end: offset + match.index + match[0].length,
        reason: "the world's, as forecast",
      })
    if (!places.isCountrySurvey) continue
    for (const match of sentence.text.matchAll(placesCounted))
      spans.push({
        start: offset + match.index,
        end: offset + match.index + match[0].length,
        reason: 'places of the country',
      })
    // The levels said of them, in the clause that names them before.
    let clauseStart = 0
    for (const clause of sentence.text.split(/(?<=[,;:])/u)) {
      const subject = placesSubject.exec(clause)
      if (subject)
        for (const number of clause.slice(subject.index).matchAll(/\d[\d.,]*\s*%/gu)) {
          const start = clauseStart + subject.index + number.index
          spans.push({
            start: offset + start,
            end: offset + start + number[0].length,
            reason: 'places of the country',
          })
        }
      clauseStart += clause.length
    }
  }
  return spans
}
