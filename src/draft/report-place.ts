/**
 * The place a report is about, as its text names it: "huyện Na Hang, tỉnh Tuyên Quang", "thị xã Bỉm Sơn", "TP Quảng
 * Ngãi". The place named most (a name in the title counts more) is the report's; a province named beside a place
 * below it is that place's province. A person confirms or corrects what is read; nothing is read where the text
 * names no place.
 */

export type PlaceKind = { vi: string; en: string; level: 'province' | 'district' | 'commune' }

/** The kinds of place a report is of, as the text writes them, with the English word the dashboard uses. */
const kinds: readonly (PlaceKind & { written: RegExp })[] = [
  { vi: 'tỉnh', en: 'province', level: 'province', written: /^tỉnh$/iu },
  { vi: 'thành phố', en: 'city', level: 'district', written: /^(?:thành phố|TP\.?)$/iu },
  { vi: 'thị xã', en: 'town', level: 'district', written: /^(?:thị xã|TX\.?)$/iu },
  { vi: 'huyện', en: 'district', level: 'district', written: /^huyện$/iu },
  { vi: 'quận', en: 'urban district', level: 'district', written: /^quận$/iu },
  { vi: 'xã', en: 'commune', level: 'commune', written: /^xã$/iu },
  { vi: 'phường', en: 'ward', level: 'commune', written: /^phường$/iu },
  { vi: 'thị trấn', en: 'township', level: 'commune', written: /^thị trấn$/iu },
]

/** The cities that are provinces of their own: "thành phố Hà Nội" is in no province. */

const word = String.raw`\p{Lu}[\p{Ll}\p{M}]*`
/**
 * "huyện Na Hang", "Tỉnh Bà Rịa - Vũng Tàu", "TP. Quảng Ngãi", "TX.Tân Uyên": a kind of place, then a name of capitalised
 * words.
 */
const mention = new RegExp(
  String.raw`(?<![${letter}])([Tt]ỉnh|[Tt]hành phố|TP\.?|[Tt]hị xã|TX\.?|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)(?:[ \u00a0]+|(?<=\.))(${word}(?:(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)${word}){0,3})(?![${letter}])`,
  'gu',
)
/** "Huyện Ủy", "Kinh tế - Xã Hội": a body or a field written with capitals, not a place's name. */
const notName = /^(?:Ủy|Uỷ|Hội|Đoàn|Đảng|Mặt|Nhà)(?:\s|$)/u
/** "Chủ tịch UBND tỉnh Lê Ngọc Tuấn": a person's title before the council, and their name after it. */
const personBefore = new RegExp(
  String.raw`(?:chủ tịch|bí thư|giám đốc|trưởng ban|trưởng phòng|đại biểu|đồng chí|ông|bà)(?:\s+[${letter}.]+){0,4}\s*$`,
  'iu',
)

/** `bareScore`: the part of its score named alone ("Long An tiếp tục …"), without its kind. */
type Named = { kind: PlaceKind; name: string; score: number; first: number; bareScore?: number }

/** Every place the text names, with how much it is named: three in the title, one in the body. */
function namedPlaces(written: string, titleEnd: number, provinces: Provinces): Named[] {
  // "THƯ CHÚC MỪNG … TỈNH TRÀ VINH": a title in capitals names its place as a title in small letters would.
  const title = written.slice(0, titleEnd)
  const letters = title.replace(/[^\p{L}]/gu, '')
  const isCapitals = letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length >= 0.8 * letters.length
  const text = isCapitals
    ? `${title
        .toLocaleLowerCase('vi')
        .replace(
          /(^|[\s(\-–])(\p{Ll})/gu,
          (_, before: string, first: string) => `${before}${first.toLocaleUpperCase('vi')}`,
        )}${written.slice(titleEnd)}`
    : written
  const found = new Map<string, Named>()
  const spaced = (written: string) =>
    written.replace(/[ \u00a0]*[-–][ \u00a0]*/gu, ' - ').replace(/[ \u00a0]+/gu, ' ')
  /** One more naming of a place at `at`, three in the title; `isBare`: named alone, without its kind. */
  const count = (kind: PlaceKind, name: string, at: number, isBare = false) => {
    const key = `${kind.vi}|${name}`
    const named = found.get(key) ?? { kind, name, score: 0, first: at }
    const score = at < titleEnd ? 3 : 1
    named.score += score
    named.first = Math.min(named.first, at)
    if (isBare) named.bareScore = (named.bareScore ?? 0) + score
    found.set(key, named)
  }
  for (const match of text.matchAll(mention)) {
    const kind = kinds.find((k) => k.written.test(match[1] ?? ''))
    const name = spaced(match[2] ?? '')
    if (!kind || !name || notName.test(name)) continue
    // A person's name ("Lê Ngọc Tuấn") after a title and the council, not a place.
    if (
      name.split(/\s+/u).length >= 3 &&
      personBefore.test(text.slice(Math.max(0, match.index - 60), match.index))
    )
      continue
    count(kind, name, match.index)
  }
  // "Long An tiếp tục dẫn đầu …": a province named alone counts as named with its kind.
  for (const match of text.matchAll(provinces.any)) {
    // (Not "bà Đỗ Thị Hòa Bình", "đường Điện Biên Phủ": a longer name with a province's in it.)
    const before = text.slice(Math.max(0, match.index - 12), match.index)
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 4)
    // ("TP HCM", "TP.HCM": a name in capitals after its kind, which the kind's mention above does not read.)
    const isAcronym = /^\p{Lu}{2,}$/u.test(match[0])
    if (
      (kindBefore.test(before) && !isAcronym) ||
      /\p{Lu}\p{Ll}+[ \u00a0]+$/u.test(before) ||
      /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(after)
    )
      continue
    const name = isAcronym ? (provinces.of(match[0]) ?? match[0]) : spaced(match[0])
    const kind = kinds.find((k) => k.vi === (isCentralCity(name) ? 'thành phố' : 'tỉnh'))
    if (kind) count(kind, name, match.index, !(isAcronym && kindBefore.test(before)))
  }
  // ("UBND huyện Mèo Vạc … huyện Mèo đã phổ biến …": a name cut short is the place whose name it begins.)
  const all = [...found.values()]
  return all.flatMap((named) => {
    const longer = all.find(
      (other) =>
        other !== named && other.kind.vi === named.kind.vi && other.name.startsWith(`${named.name} `),
    )
    if (!longer) return [named]
    longer.score += named.score
    longer.first = Math.min(longer.first, named.first)
    return []
  })
}

/** "tỉnh ", "TP. ", "thị xã ": a kind of place written before a name (counted with it above). */
const kindBefore = /(?:tỉnh|thành phố|TP\.?|thị xã|TX\.?|huyện|quận|xã|phường|thị trấn)[ \u00a0]*$/iu

/** Vietnamese letters without their marks, as English writes a place's name ("Đông Hà" → "Dong Ha"). */
export const withoutMarks = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D')

export type ReadPlace = {
  name: { vi: string; en: string }
  kind: { vi: string; en: string }
  province: { vi: string; en: string }
}

/**
 * The report's place: the one named most, first named on a tie, if the title names it or the text names it
 * twice; its province, the province named most beside it (itself, for a province or a city of the centre).
 */
export function readPlace(
  text: string,
  titleEnd = 0,
  provinces: Provinces = countryProvinces,
): ReadPlace | null {
  const named = namedPlaces(text, titleEnd, provinces).sort((a, b) => b.score - a.score || a.first - b.first)
  // "huyện Vũ Quang" named twice in a text that names Hà Tĩnh alone more: the place below, in its province.
  const top = named[0]
  const below = named.find(
    (other) => other.kind.level !== 'province' && !isCentralCity(other.name) && other.score >= 2,
  )
  const place = top && below && top.score - (top.bareScore ?? 0) <= below.score ? below : top
  // (A place named once, where the text names no other, is the report's if its council opens the text: "BHG - Sáng
  // 2.1, UBND huyện Mèo Vạc tổ chức …"; not "Năm 2024, huyện Mẫu Sơn thu …", which could be said of any place.)
  const isCouncilsOpening =
    place !== undefined &&
    named.length === 1 &&
    new RegExp(
      String.raw`(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng bộ|Huyện ủy|Thị ủy|Tỉnh ủy|Thành ủy)\s+${escapeRegExp(place.kind.vi)}\s+${escapeRegExp(place.name)}`,
      'iu',
    ).test(text.slice(0, 200))
  if (!place || (place.score < 2 && !isCouncilsOpening)) return null
  const isOwnProvince =
    place.kind.level === 'province' || (place.kind.vi === 'thành phố' && isCentralCity(place.name))
  // A province named only alone ("Dẫn đầu vùng là Quảng Ninh (11,2%), Hải Phòng …") is the place's only where it is
  // named twice and more than any other.
  const isProvince = (other: Named) =>
    other.kind.level === 'province' || (other.kind.vi === 'thành phố' && isCentralCity(other.name))
  const [beside, next] = named.filter((other) => isProvince(other) && other.name !== place.name)
  const isBesideClear =
    beside !== undefined &&
    ((beside.bareScore ?? 0) < beside.score || (beside.score >= 2 && (next?.score ?? 0) < beside.score))
  // "thành phố Hà Tĩnh, tỉnh Hà Tĩnh", "thị xã Quảng Trị": a city or town named as its province is, where no other
  // province is named beside it, is in the province of its name ("huyện Quảng Ninh" is a district of Quảng Bình).
  const isNamedAsProvince =
    (place.kind.vi === 'thành phố' || place.kind.vi === 'thị xã') && provinces.of(place.name) !== undefined
  const province = isOwnProvince
    ? place.name
    : isBesideClear
      ? beside.name
      : isNamedAsProvince
        ? provinces.of(place.name)
        : undefined
  return {
    name: { vi: place.name, en: withoutMarks(place.name) },
    kind: { vi: place.kind.vi, en: place.kind.en },
    province: province ? { vi: province, en: withoutMarks(province) } : { vi: '', en: '' },
  }
}
import { escapeRegExp, letter } from '../lib/reg-exp.ts'
import { countryProvinces, type Provinces } from './provinces.ts'
import { isCentralCity } from '../dataset/central-cities.ts'
