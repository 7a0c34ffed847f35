/**
 * "với mức 60 triệu/nhà xây mới", "9 hộ xây mới (80 triệu đồng/nhà)": money paid per thing is the rate a programme
 * paid by, a property of the help given, never a total ("thu nhập bình quân 80 triệu đồng/hộ/năm" is a result).
 * The thing ("nhà") and the words that say which ("xây mới"), or null.
 */
export function ratePerThing(
  amount: { valueText: string; unitText: string },
  after: string,
  wordsBefore: string,
): { per: string; thing: string; which: string } | null {
  const written = amount.unitText || after.slice(0, 40)
  const per = new RegExp(
    String.raw`^[${letter} ]*?\/[ \u00a0]?(nhà|căn nhà|căn|hộ|công trình|mô hình|suất|con|học sinh|em)(?![${letter}/])`,
    'u',
  ).exec(written)
  const isMoney = new RegExp(String.raw`(?:^|\s)(?:đồng|triệu|tỷ|tỉ|nghìn|ngàn)(?![${letter}])`, 'u').test(
    amount.valueText,
  )
  if (!per?.[1] || !isMoney || /(?:bình quân|thu nhập|doanh thu|lợi nhuận)[^,;]*$/iu.test(wordsBefore))
    return null
  const which = amount.unitText
    ? ''
    : (new RegExp(String.raw`^[ \u00a0]+([\p{Ll}\p{M}][${letter} ]*?)(?=[,;.)]|$)`, 'u').exec(
        written.slice(per[0].length),
      )?.[1] ?? '')
  return { per: per[0].trim(), thing: per[1], which: which.trim() }
}
import { letter } from '../lib/reg-exp.ts'
