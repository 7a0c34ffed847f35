import type { Direction, Field } from '../dataset/schema.ts'

/** Words that place an indicator in a field, checked in this order ("nộp phí rác thải" is environment, not society). */
const fieldWords: readonly (readonly [Field, RegExp])[] = [
  // The Party's and the administration's own work: members admitted, cells, officials, procedures.
  [
    'party',
    /đảng viên|chi bộ|đảng bộ|tổ chức cơ sở đảng|tổ chức đảng|kết nạp|cán bộ|công chức|thủ tục hành chính|cải cách hành chính/iu,
  ],
  // "quân" alone is in "bình quân": the army is named by its own words.
  ['defence', /quân sự|quân đội|dân quân|tuyển quân|giao quân|quốc phòng|an ninh|trật tự/iu],
  [
    'urban-environment',
    /rác|chất thải|môi trường|rừng|che phủ|nước sạch|đô thị|tuyến phố|giao thông|nông thôn mới|cây xanh|chiếu sáng|nhà ở|đường/iu,
  ],
  [
    'society',
    /nghèo|việc làm|thất nghiệp|lao động|trường|giáo dục|học sinh|y tế|bảo hiểm|bhyt|trẻ em|dân số|văn hóa|bác sĩ|giường|an sinh|người có công/iu,
  ],
  [
    'economy-budget',
    /ngân sách|thu nhập|thu tiền|thu nội địa|sử dụng đất|vốn|đầu tư|tăng trưởng|tốc độ tăng|giá trị|grdp|tổng sản phẩm|quy mô|xuất khẩu|nhập khẩu|doanh nghiệp|kinh doanh|hợp tác xã|htx|du lịch|khách|sản lượng|sản xuất|lúa|lương thực|gieo trồng|cây trồng|chăn nuôi|nông nghiệp|lâm nghiệp|ngư nghiệp|thủy sản|thuỷ sản|công nghiệp|thương mại|bán lẻ|dịch vụ|kinh tế|giá tiêu dùng|cpi/iu,
  ],
]

/** Things a place wants fewer of; a "reduction of" one is wanted more ("Mức giảm tỷ lệ hộ nghèo"). */
const badThings =
  /hộ nghèo|hộ cận nghèo|suy dinh dưỡng|tai nạn|ô nhiễm|thất nghiệp|tội phạm|vi phạm|cháy|dịch bệnh|tử vong|tăng dân số tự nhiên|sinh con thứ 3/iu
const reductionOf = /^(?:mức\s+)?giảm/iu
// A sector's share of the economy ("tỷ trọng nông nghiệp", "cơ cấu kinh tế dịch vụ") moves as the economy changes:
// which way is better is the plan's to say, not the name's.
const spending = /(?:^|\s)chi\s+ngân sách|^tổng chi|chỉ số giá|\bcpi\b|^t[ỷỉ] trọng|^cơ cấu/iu
// "Chỉ số sản xuất công nghiệp tăng 10,5%": an index is given as its rise, a rate of growth, not a share of 100.
const growthRate =
  /tốc độ tăng|tăng trưởng kinh tế|tăng trưởng grdp|tăng trưởng giá trị sản xuất|^chỉ số (?:sản xuất|giá)/iu

export type IndicatorSuggestion = { field: Field | ''; better: Direction; isGrowthRate: boolean }

/**
 * A first guess at an indicator's field and better direction from its Vietnamese name, shown as a suggestion
 * a person confirms or changes; nothing about the figures themselves is guessed.
 */
export function suggestIndicator(name: string): IndicatorSuggestion {
  const field = fieldWords.find(([, words]) => words.test(name))?.[0] ?? ''
  const better: Direction = spending.test(name)
    ? 'neither'
    : badThings.test(name) && !reductionOf.test(name)
      ? 'lower'
      : 'higher'
  return { field, better, isGrowthRate: growthRate.test(name) }
}
