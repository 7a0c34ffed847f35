/**
 * Names a report writes with commas inside, which a clause's commas must not cut: the economic sectors and industries
 * of the statistics' classification ("công nghiệp chế biến, chế tạo", "sản xuất và phân phối điện, khí đốt, nước
 * nóng, hơi nước và điều hòa không khí", "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", "in, sao
 * chép bản ghi các loại"), kinds of village listed together ("làng, bản, khu phố văn hóa"), livestock ("gia súc, gia
 * cầm", "trâu, bò"), the statistics' "dịch vụ lưu trú, ăn uống", the Party's standing words ("trong sạch, vững mạnh"), a worker's "bằng cấp, chứng chỉ" and grades listed ("dịch vụ công mức độ 3, 4"). Each row is the part that holds the comma.
 */
const rows = [
  String.raw`chế biến,\s*chế tạo`,
  String.raw`điện,\s*khí đốt(?:,\s*nước nóng)?(?:,\s*hơi nước)?`,
  String.raw`cung cấp nước[,;]\s*(?:hoạt động\s+)?(?:quản lý|xử lý|thu gom)`,
  String.raw`(?:rác thải|nước thải),\s*(?:rác thải|nước thải)`,
  String.raw`in,\s*sao chép`,
  String.raw`điện tử,\s*máy vi tính`,
  String.raw`than cốc,\s*(?:sản phẩm\s+)?dầu mỏ`,
  String.raw`giường,\s*tủ,\s*bàn,\s*ghế`,
  String.raw`gỗ,\s*tre,\s*nứa`,
  String.raw`máy móc,\s*thiết bị`,
  String.raw`ô tô,\s*mô tô(?:,\s*xe máy)?`,
  String.raw`tài chính,\s*ngân hàng`,
  String.raw`thương mại,\s*dịch vụ`,
  // "nông, ngư, lâm nghiệp chiếm 31,2%", "nông, lâm, ngư nghiệp": the primary sector's parts, one name
  String.raw`nông(?:,\s*(?:lâm|ngư|diêm))+`,
  String.raw`sản xuất,\s*(?:kinh doanh|chế biến)`,
  String.raw`gia súc,\s*gia cầm`,
  // "Tổng đàn trâu, bò đạt 500 con", "đàn lợn, gà": herds of two kinds counted together
  String.raw`(?:trâu|bò|lợn|heo|dê|gà|vịt|ngan|ngỗng)(?:,\s*(?:trâu|bò|lợn|heo|dê|gà|vịt|ngan|ngỗng))+`,
  String.raw`lưu trú,\s*ăn uống`,
  String.raw`trong sạch,\s*vững mạnh`,
  String.raw`bằng cấp,\s*chứng chỉ`,
  String.raw`mức độ\s+\d{1,2}(?:,\s*\d{1,2})+`,
  String.raw`(?:thôn|xóm|làng|bản|ấp|khu phố|khối phố|tổ dân phố|khu dân cư)(?:,\s*(?:thôn|xóm|làng|bản|ấp|khu phố|khối phố|tổ dân phố|khu dân cư))+`,
]

const withComma = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${rows.join('|')})(?![\p{L}\p{M}])`, 'giu')

/** A stand-in for a comma inside a name, so that splitting a clause at its commas keeps the name whole. */
const heldComma = '\uE001'

/** The text with the commas (and the semicolon of "cung cấp nước; …") inside such names held, the space after taken in. */
export const holdNameCommas = (text: string) =>
  text.replace(withComma, (name) => name.replace(/[,;]\s*/gu, heldComma))

/** The held commas given back. */
export const releaseNameCommas = (text: string) => text.replace(/\uE001/gu, ', ')
