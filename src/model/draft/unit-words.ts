import { unitCodes } from '../../dataset/schema.ts'
import { units } from '../../lib/units.ts'

/**
 * Words reports write after a number that have no unit code yet. The draft keeps them as `unitText`
 * so the figure is not lost; a person adds a unit code or picks one.
 */
const otherUnitWords = [
  'triệu đồng|nghìn đồng|ngàn đồng|đồng|USD|đô la Mỹ|% dự toán',
  'km|ha|héc-ta|m2|m²|m3|m³|tấn|tạ|kg|lít|MW|kWh',
  'hộ|hộ gia đình|hộ dân|xã|thị trấn|huyện|thôn|bản|khu phố|tổ dân phố|làng|ấp',
  'tuyến|tuyến đường|dự án|doanh nghiệp|hợp tác xã|cơ sở|công trình|cụm công nghiệp|khu công nghiệp',
  'căn hộ|căn nhà|ngôi nhà|nhà|lượt|lượt khách|khách|con|cây|lần|hồ sơ|thủ tục|vụ|vụ việc|đơn|sản phẩm',
  'học sinh|sinh viên|giáo viên|bác sĩ|giường bệnh|trạm y tế|lớp|phòng học|thành viên|hội viên|đoàn viên',
  'tiêu chí|nhiệm vụ|giải pháp|mô hình|cuộc|đợt|buổi|suất|chiếc|phương tiện|bậc|điểm|đơn vị|cơ quan',
  'ngày|tháng|năm|quý|tuổi',
].flatMap((words) => words.split('|'))

const unitWords = [
  ...new Set([...unitCodes.flatMap((code) => units[code].sourceWords), ...otherUnitWords]),
].sort((a, b) => b.length - a.length)

/**
 * Scale words multiply the number before a unit: value = number × 10^exponent, with the unit that follows.
 * "1,5 nghìn tỷ đồng" is 1,5 × 10³ tỷ đồng = 1500 billion-vnd; "15 nghìn lao động" is 15000 workers;
 * "2,3 triệu USD" is 2300000 USD. "tỷ đồng", "triệu đồng" and "nghìn đồng" are units in their own right,
 * read before any scale word, so "7.412 tỷ đồng" stays 7412 billion-vnd.
 */
export const scaleExponents: Readonly<Record<string, number>> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 }

export type UnitWords = {
  /** The unit as written ("tỷ đồng", "người/km2"), without any scale word before it. */
  unitText: string
  end: number
  scale?: { word: string; exponent: number }
}

const wordEnd = /^[\p{L}\p{M}\d²³]/u

function matchWordAt(text: string, pos: number, words: readonly string[]): string | null {
  for (const word of words) {
    const candidate = text.slice(pos, pos + word.length)
    if (candidate.toLocaleLowerCase('vi') !== word.toLocaleLowerCase('vi')) continue
    if (word !== '%' && wordEnd.test(text.slice(pos + word.length))) continue
    return candidate
  }
  return null
}

/** A unit at `pos`, extended by "/…" parts ("triệu đồng/ha", "đồng/người/tháng"). */
function matchUnitAt(text: string, pos: number): { unitText: string; end: number } | null {
  const word = matchWordAt(text, pos, unitWords)
  if (word === null) return null
  const perParts = /^(?:\/[\p{L}\p{M}\d²³]+)+/u.exec(text.slice(pos + word.length))?.[0] ?? ''
  return { unitText: word + perParts, end: pos + word.length + perParts.length }
}

/** The scale word and unit written at `pos`, after a number; a space may separate them, "%" sticks. */
export function readUnitWords(text: string, pos: number): UnitWords | null {
  const space = /^[ \u00a0]*/u.exec(text.slice(pos))?.[0].length ?? 0
  const unit = matchUnitAt(text, pos + space)
  if (unit) return unit
  const scaleWord = matchWordAt(text, pos + space, Object.keys(scaleExponents))
  if (scaleWord === null) return null
  const afterScale = pos + space + scaleWord.length
  const unitSpace = /^[ \u00a0]+/u.exec(text.slice(afterScale))?.[0].length ?? 0
  const scaledUnit = unitSpace > 0 ? matchUnitAt(text, afterScale + unitSpace) : null
  const exponent = scaleExponents[scaleWord.toLocaleLowerCase('vi')] ?? 0
  if (scaledUnit) return { ...scaledUnit, scale: { word: scaleWord, exponent } }
  // "3 tỷ" with nothing after: keep the scale word as the unit, value as written, for a person to decide.
  return { unitText: scaleWord, end: afterScale }
}
