import { letter } from '../../lib/reg-exp.ts'
import { unitCodes, unitInfo } from '../units.ts'

/**
 * Scale words multiply the number before them: "1,5 nghìn tỷ đồng" is 1,5 × 10³ × 10⁹ đồng, "15 nghìn lao
 * động" 15000 workers. Several in a row multiply ("nghìn tỷ"); "tỉ" is a common spelling of "tỷ".
 */
export const scaleWords = { nghìn: 3, ngàn: 3, vạn: 4, triệu: 6, tỷ: 9, tỉ: 9 } as const satisfies Record<
  string,
  number
>

/**
 * "70 tr.đ/người", "5 trđ", "150 tr.đồng/ha": "tr" shortens "triệu", only right before the currency ("đ" or "đồng"),
 * and is read as the word it shortens.
 */
export const scaleAbbreviations = { tr: 'triệu' } as const satisfies Record<string, keyof typeof scaleWords>

/** Words before an amount that say the figure is an estimate ("ước đạt 4,2 nghìn tỷ đồng"). */
export const estimateWords = ['ước đạt', 'ước tính', 'ước thực hiện', 'ước'] as const

/** "vượt 18,5% dự toán", "tăng 0,8% so kế hoạch": the excess over a plan, read as 118,5% or 100,8% of it. */
export const planExcessWord = 'vượt'
export const planRiseWord = 'tăng'
/** "cao hơn 2,4% so với kế hoạch", "thấp hơn 2,4% so với kế hoạch": above or under a plan, 102,4% or 97,6% of it. */
export const planAboveWord = 'cao hơn'
export const planBelowWord = 'thấp hơn'

/** "gấp 2 lần": a multiple, kept in the words of the amount. */
export const multipleWord = 'gấp'

/** "âm 2,5%": a negative amount. */
export const negativeWord = 'âm'

/**
 * The units a web page glues to a number ("11.318,8ha", "1.031.200con", "lên 231đảng viên"): read as units, not as part
 * of a word. Only whole unit words: "5G", "H5N1", "15h30" stay words.
 */
export const gluedUnitWords = [
  // ("15.563 tỷđồng": glued to its scale word; "50.000đ", "70 tr.đ": its short form)
  'đồng',
  'đ',
  'ha',
  'km2',
  'km²',
  'km',
  'm2',
  'm²',
  'm3',
  'm³',
  'kg',
  'tấn',
  'tạ',
  'MW',
  'kW',
  'con',
  'hộ',
  'người',
  'lượt',
  'USD',
  'đảng viên',
  'doanh nghiệp',
  'lao động',
  'dự án',
  'xã',
  'sản phẩm',
]

/** "giảm 0,07%" written right before a single amount: a fall, read as −0,07 ("giảm còn 3%" is a level, "giảm 1 - 2%" a range of falls). */
export const fallWord = 'giảm'
/**
 * The fall with how it is averaged, or that it adds to one before, between the verb and the amount: "giảm bình quân
 * 6,7%/năm", "giảm mỗi năm 2%", "giảm thêm 0,4%", "giảm được 1,2%", "giảm tới 45,9%" (by as much as), "giảm trong năm
 * là 0,5%".
 */
export const fallWords = [
  fallWord,
  ...[
    'tới',
    'thêm',
    'được',
    'bình quân',
    'bình quân mỗi năm',
    'bình quân hằng năm',
    'bình quân hàng năm',
    'mỗi năm',
    'hằng năm',
    'hàng năm',
    'trong năm',
    'trong năm là',
  ].map((average) => `${fallWord} ${average}`),
]

/**
 * Kinds of place a report counts together ("66/66 thôn, ấp, khu phố", "100% phường, xã"): one noun, commas and all,
 * said of the list (not "10 phường, xã Hòa Bình": a commune by its name). Read after the first kind.
 */
const placeKind = String.raw`(?:tổ dân phố|khu dân cư|khu phố|thị trấn|thôn|ấp|bản|làng|buôn|khóm|sóc|xóm|xã|phường)(?![${letter}])`
export const placeKindList = new RegExp(
  String.raw`^${placeKind}(?:,[ \u00a0]*${placeKind}(?![ \u00a0]+\p{Lu}))+`,
  'u',
)

/**
 * Words reports write after a number that no unit code has yet. The reader knows where such an amount
 * ends; the draft keeps the words so the figure is not lost and a person picks or adds a unit.
 */
const otherWords = [
  'nghìn đồng|ngàn đồng',
  'm|m2|m²|m3|m³|ste|tạ|kg|lít|MW|kWh',
  'thị trấn|thôn|bản|khu phố|tổ dân phố|làng|ấp',
  'sản phẩm OCOP|hộ kinh doanh|tuyến|tuyến đường|hợp tác xã|HTX|cơ sở|công trình|cụm công nghiệp|khu công nghiệp|làng nghề|trang trại|gia trại|nhà đầu tư',
  '%0|‰',
  'căn hộ|căn nhà|căn|con|cây|hồ sơ|thủ tục|vụ|vụ việc|đơn|sản phẩm|lô đất|thửa đất|nền đất',
  'khu dân cư|vườn mẫu|vùng|chuỗi',
  'dân|công dân|giường|học sinh|sinh viên|giáo viên|bác sĩ|bác sỹ|giường bệnh|trạm y tế|lớp|phòng học|thành viên|hội viên|đoàn viên',
  'tiêu chí|nhiệm vụ|giải pháp|mô hình|cuộc|đợt|buổi|suất|chiếc|phương tiện|bậc|điểm|đơn vị|cơ quan',
  'ngày|tháng|năm|quý|quí|tuổi',
].flatMap((words) => words.split('|'))

/** A unit no code has, written one way: "m3" is "m³" and "m2" is "m²" ("14.300m³" in a headline, "14.300m3" below). */
export function otherUnitWords(words: string): string {
  return words.replace(
    /(?<![\p{L}])(k?m)([23])(?![\p{L}\d])/gu,
    (_, metre: string, power: string) => `${metre}${power === '2' ? '²' : '³'}`,
  )
}

/** Every unit word the reader knows, longest first so "% dự toán" wins over "%" and "tuyến phố" over "tuyến". */
export const knownUnitWords: readonly string[] = [
  ...new Set([
    ...unitCodes.flatMap((code) => [...unitInfo(code).words, ...(unitInfo(code).bareWords ?? [])]),
    ...otherWords,
  ]),
].sort((a, b) => b.length - a.length)
