import { letter } from '../lib/reg-exp.ts'

/**
 * The country's provinces and cities of the centre, as articles write them (the sixty-three of 2008–2025; the
 * thirty-four of July 2025 keep names among these). A ranking of their growth in a province's news ("Quảng Ninh
 * (11,67%), Hải Phòng (11,59%), …") gives other places' levels, not the report's.
 */
const provinceNames: readonly string[] = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cần Thơ',
  'Cao Bằng',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hồ Chí Minh',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
]

/** A name as pages spell it: "Hòa" or "Hoà", "Đắk Lắk" or "Đăk Lăk", "Bà Rịa-Vũng Tàu", "TP.HCM". */
function spellings(name: string): string {
  if (name === 'Hồ Chí Minh') return String.raw`(?:Hồ Chí Minh|HCM)`
  if (name === 'Thừa Thiên Huế') return String.raw`(?:Thừa Thiên\s*[-–]?\s*)?Huế`
  return name
    .replace(/òa/gu, '(?:òa|oà)')
    .replace(/óa/gu, '(?:óa|oá)')
    .replace(/ắ/gu, '[ắă]')
    .replace(/Kạn/gu, '(?:Kạn|Cạn)')
    .replace(/ - /gu, String.raw`\s*[-–]\s*`)
    .replace(/ /gu, String.raw`\s+`)
}

/** Names of places to find in a text, as their pages spell them, and the list's name of each. */
export type Provinces = {
  /** Any of the names, as a whole name (global: for `matchAll`). */
  any: RegExp
  /** The list's name a written name is ("Hoà Bình" → "Hòa Bình"), or undefined. */
  of: (written: string) => string | undefined
}

/** A finder of the names given: the country's provinces, or a test's own places. */
export function provinceFinder(names: readonly string[]): Provinces {
  const entries = names.map((name) => ({ name, whole: new RegExp(String.raw`^${spellings(name)}$`, 'u') }))
  return {
    any: new RegExp(String.raw`(?<![${letter}])(${names.map(spellings).join('|')})(?![${letter}])`, 'gu'),
    of: (written) => entries.find((entry) => entry.whole.test(written))?.name,
  }
}

/** The country's provinces. */
export const countryProvinces = provinceFinder(provinceNames)
