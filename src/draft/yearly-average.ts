import { letter } from '../lib/reg-exp.ts'

/**
 * Whether a growth said in "%" is a yearly average ("bình quân hằng năm đạt 10%", "tăng trưởng bình quân giai đoạn 2021 -
 * 2025 đạt 7,82%"), and not one year's said after it, an average of places, a share or a part of a year's. Its unit
 * stays as written (a bare "%" is percent; "%/năm", "… mỗi năm" a rate a year: `chooseUnit`); its name says it is an
 * average (`nameFigure`).
 */

/** "chỉ số giá tiêu dùng bình quân năm tăng 3,19%": prices averaged over the year, not a growth a year. */
const priceAverageOfYear = new RegExp(
  String.raw`(?:chỉ số giá|CPI)[^,;]{0,40}?bình quân\s+năm(?![${letter}])`,
  'iu',
)

/**
 * "bình quân chung cả nước", "bình quân của các tỉnh", "bình quân năm 2023": an average over places, or one year's,
 * not over years.
 */
const ofPlacesOrYear = String.raw`\s+(?:chung|(?:của\s+)?(?:cả nước|toàn quốc|các tỉnh|các địa phương|toàn vùng|vùng|khu vực)|năm\s+(?:19|20)\d{2})(?![${letter}])`

/** "riêng năm 2021", "năm 2024 đạt": one year named ("từ năm 2016", "so với năm 2020" and spans name no one year). */
const oneYear = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:từ|đến|tới|so với|sau|trước)\s+)năm\s+(?:19|20)\d{2}(?!\s*[-–—]\s*(?:19|20)?\d{2})(?![\d${letter}])`,
  'iu',
)

/** One year named after an amount already said ("… đạt 7,85%/năm, năm 2024 đạt 9,53%"): its amount is that year's. */
function namesOneYearSinceAmount(words: string): boolean {
  const lastAmount = [...words.matchAll(/\d\s*%(?:\s*\/\s*năm)?/gu)].at(-1)
  return lastAmount !== undefined && oneYear.test(words.slice(lastAmount.index + lastAmount[0].length))
}

/** "bình quân toàn ngành … năm 2021": one year named after "bình quân", and no span of years. */
function namesOneYearAfterAverage(words: string): boolean {
  const at = words.search(/bình quân/iu)
  if (at < 0) return false
  const after = words.slice(at)
  return (
    oneYear.test(after) && !/giai đoạn|thời kỳ|nhiệm kỳ|\d+\s+năm|hàng năm|hằng năm|mỗi năm/iu.test(after)
  )
}

/**
 * "… chỉ tăng 0,4%/năm, trong đó khu vực nông, lâm nghiệp và thủy sản tăng nhẹ (+0,95%)", "… đạt 9,6%/năm; trong đó,
 * nông - lâm - thủy sản tăng 3,5%": the parts listed after a yearly growth, until one year is named ("…; riêng năm 2021, tốc độ tăng trưởng … tăng 8,29%").
 */
export function partsOfYearlyGrowth(words: string): boolean {
  const lead = [
    ...words.matchAll(new RegExp(String.raw`%\s*\/\s*năm\s*[,;]?\s*trong đó(?![${letter}])`, 'giu')),
  ].at(-1)
  return lead !== undefined && !oneYear.test(words.slice(lead.index))
}

/**
 * An amount with its unit and the comma that ends its item, where the next item is neither a part of it ("…, trong đó
 * …") nor its plan ("tăng bình quân hàng năm 19,3%, nghị quyết đề ra là 11,2%").
 */
const itemAfterAmount = new RegExp(
  String.raw`(?<![\d.,])\d[\d.,]*\s*(?:%|[${letter}]+(?:\s+[${letter}]+){0,2})\s*,(?!\s*(?:trong đó|nghị quyết|kế hoạch|chỉ tiêu|mục tiêu|NQ|KH)(?![${letter}]))`,
  'giu',
)

/**
 * "bình quân hằng năm đạt 10%", "giảm bình quân mỗi năm 2,1%": a yearly average. "hàng năm" alone counts only
 * right before the amount ("tăng hàng năm 8%"): "cây hàng năm" are annual crops.
 */
export function isYearlyAverage(clauseBefore: string, said: string, after = ''): boolean {
  // Only the list item the amount is in: "…bình quân hằng năm đạt 10%; thu nhập … tăng 31,6%", "… bình quân hàng năm
  // cho 15.000 lao động, tỷ lệ lao động qua đào tạo đạt 55%" (not the parts of a growth: "…, trong đó …").
  const lastItem = [...clauseBefore.matchAll(itemAfterAmount)].at(-1)
  // ("GRDP ước tăng 10,05% (bình quân 3 năm 2021 - 2023 tăng trưởng 9,91%) vượt kế hoạch đề ra (kế hoạch 9%)": an
  // average said in a bracket with its own amount is of that amount only.)
  const item = clauseBefore
    .slice(Math.max(clauseBefore.lastIndexOf(';') + 1, lastItem ? lastItem.index + lastItem[0].length : 0))
    .replace(/\([^()]*\d\s*%[^()]*\)/gu, ' ')
  // "…, trong đó, khu vực công nghiệp - xây dựng chiếm 97,7%": a share is of a whole, never a rate a year; so is
  // "bình quân hàng năm có 84,2% chi bộ …" and "… đạt 11,5-12%/năm, đóng góp khoảng 60-62% GRDP"; a level brought
  // down to ("…, tỷ lệ hộ nghèo giảm còn 0,02%") is a level.
  if (
    new RegExp(
      String.raw`(?<![${letter}])(?:chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?|có|đóng góp|còn)(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ))?\s*$`,
      'iu',
    ).test(said) ||
    // "tăng bình quân khoảng 16% so với cùng kỳ": against a part of last year, no year's average; so is "giá trị sản
    // xuất tăng bình quân 15 - 17% so với năm 2022", against one year.
    /^\s*so\s+(?:với\s+)?(?:cùng kỳ|năm\s+(?:(?:19|20)\d{2}(?!\s*[-–])|trước|ngoái))/iu.test(after) ||
    // "… bình quân giai đoạn 2020-2024 đạt 7,85%/năm, năm 2024 đạt 9,53%": one year's, after the average.
    namesOneYearSinceAmount(item) ||
    // "tăng trưởng bình quân toàn ngành nông nghiệp năm 2021 ước đạt trên 3,78%": an average over a sector, of one year.
    namesOneYearAfterAverage(item)
  )
    return false
  return (
    // "tăng trưởng GRDP bình quân 7-8% mỗi năm": the words after the amount say it
    new RegExp(String.raw`^\s*(?:mỗi|hàng|hằng)\s+năm(?![${letter}])`, 'iu').test(after) ||
    // ("Chỉ số giá vàng bình quân năm 2023", "chỉ số giá tiêu dùng bình quân năm tăng 3,19%" are the year's average,
    // not a yearly one.)
    (/bình quân(?:\s+(?:hàng|hằng|mỗi))?(?:\s+|\s*\/\s*)năm(?!\s+(?:19|20)\d{2})/iu.test(item) &&
      !priceAverageOfYear.test(item)) ||
    // "tăng trưởng bình quân đạt 3,62%", "bình quân giai đoạn 2021 - 2025 là 7,82%", "bình quân 5 năm (2021-2025)
    // đạt 8%": an average growth is yearly
    // ("thu nhập bình quân đầu người" is per person, not a growth).
    new RegExp(
      String.raw`(?<![${letter}])tăng(?:\s+trưởng)?\s+bình quân(?!\s+(?:đầu|mỗi người|\/)|${ofPlacesOrYear})`,
      'iu',
    ).test(item) ||
    /bình quân\s+(?:của\s+)?(?:cả\s+)?(?:giai đoạn|thời kỳ|nhiệm kỳ|\d+\s+năm)/iu.test(item) ||
    // "Tốc độ tăng trưởng tổng sản phẩm trong tỉnh (GRDP) bình quân đạt 10%": the growth's thing named between.
    new RegExp(
      String.raw`(?<![${letter}])tăng trưởng(?:\s+[^\s\d,;]+){1,8}?\s+bình quân(?!\s+(?:đầu|mỗi người|\/|của người|người dân)|${ofPlacesOrYear})(?:\s+(?:đạt|là|khoảng|từ|trên))?\s*$`,
      'iu',
    ).test(item) ||
    // "duy trì tốc độ tăng trưởng kinh tế hàng năm từ 10-15%", "thu ngân sách hằng năm tăng 10 - 12%": a change each
    // year ("tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm từ 80%" is a level each year, a rate)
    (new RegExp(
      String.raw`(?<![${letter}])(?<!cây\s+)(?:hàng|hằng|mỗi) năm(?:\s+(?:tăng|giảm))?(?:\s+(?:đạt|là|từ|khoảng|trên|ở mức))?\s*$`,
      'iu',
    ).test(said) &&
      new RegExp(String.raw`(?<![${letter}])(?:tăng|giảm)(?![${letter}])`, 'iu').test(item))
  )
}

/** "tăng trưởng GRDP bình quân 7-8% mỗi năm": a rate a year, said in words right after its amount. */
export const yearlyAfterAmount = new RegExp(String.raw`^\s*(?:mỗi|hàng|hằng)\s+năm(?![${letter}])`, 'iu')

/** "Tỷ lệ hộ nghèo giảm bình quân/năm: trên 8%": the unit a year written before the amount, in the rate's name. */
export const yearlyBeforeAmount = /bình quân\s*\/\s*năm[^\d;.]{0,20}$/iu
