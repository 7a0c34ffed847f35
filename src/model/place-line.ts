import { isCentralCity } from '../dataset/central-cities.ts'
import type { Report } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'
import { formatDate } from '../lib/format.ts'
import type { Translate } from '../lib/messages.ts'

/** The kind a province's name was typed with ("Thành phố Hồ Chí Minh", "Tỉnh Cà Mau", "Ca Mau province"). */
const provinceKind = /^(?:tỉnh|thành phố|TP\.?)\s+|\s+(?:province|city)$/iu

/** "Thành phố Đông Hà, tỉnh Quảng Trị" / "Dong Ha city, Quang Tri province". */
export function placeLine(report: Report, language: Language, t: Translate): string {
  const kind = report.place.kind[language]
  // A province's own report: "Tỉnh Hòa Lâm", not "Tỉnh Hòa Lâm, tỉnh Hòa Lâm".
  if (report.place.name.vi === report.place.province.vi) {
    const capital = (text: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1)
    return language === 'vi' ? capital(`${kind} ${report.place.name.vi}`) : `${report.place.name.en} ${kind}`
  }
  // "Phường Bình Hòa, thành phố Hồ Chí Minh": a place in a city run by the centre is in that city, not a "tỉnh". (A
  // province typed with its kind, "Thành phố Hồ Chí Minh", "Tỉnh Cà Mau", is named once, never "tỉnh Thành phố …".)
  const province = (words: string) => words.replace(provinceKind, '')
  return t(isCentralCity(province(report.place.province.vi)) ? 'placeLineCity' : 'placeLine', {
    kind: language === 'vi' ? kind.charAt(0).toLocaleUpperCase('vi') + kind.slice(1) : kind,
    name: report.place.name[language],
    province: province(report.place.province[language]),
  })
}

/** "thành phố Đông Hà" / "Dong Ha city", to name the place inside a sentence. */
export function placeName(report: Report, language: Language): string {
  const { kind, name } = report.place
  return language === 'vi' ? `${kind.vi} ${name.vi}` : `${name.en} ${kind.en}`
}

/** "Cổng TTĐT tỉnh Quảng Trị, 07/03/2024": who published the report and when, or who alone when the page gives no date. */
export function sourceLine(report: Report, language: Language): string {
  return report.publishedAt
    ? `${report.publisher.name[language]}, ${formatDate(report.publishedAt, language)}`
    : report.publisher.name[language]
}
