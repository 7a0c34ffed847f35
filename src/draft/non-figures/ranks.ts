import { letter } from '../../lib/reg-exp.ts'

/** The kinds of place a number may name together ("giữa 2 huyện, 2 tỉnh"). */
const placeNoun = String.raw`(?:huyện|tỉnh|xã|nước|địa phương|thành phố|quốc gia)`

/**
 * Ranks and the places a number names rather than counts: a place’s rank among others, the places ahead of it, "1 trong 5", "cả 3 khu vực";
 * and a rough part of a whole said as a fraction.
 */
export const ranksAndPlaces = [
  // "được thành lập trên cơ sở sáp nhập 3 xã", "hình thành trên cơ sở nhập 4 xã, phường", "Sau sáp nhập 3 xã Tân Tiến,
  // …": the units a place was formed from, its history, no figure of it (not "đã sáp nhập 45 xã thành 15 xã", a
  // reorganisation done)
  [
    new RegExp(
      String.raw`(?=\d)(?<=(?<![${letter}])(?:trên cơ sở|[Ss]au(?:\s+khi)?)\s+(?:sắp xếp,?\s+)?(?:sáp nhập|hợp nhất|nhập)(?:\s+(?:từ|các))?\s+)\d{1,2}(?=\s+(?:xã|phường|thị trấn|đơn vị|huyện|quận|thôn|bản|tổ dân phố|khu phố)(?![${letter}]))`,
      'giu',
    ),
    'what the place was formed from',
  ],
  // "(chiếm khoảng 1/3 diện tích TP … cũ)", "chiếm khoảng 1/3 kim ngạch xuất khẩu của tỉnh": a rough part of a whole, said
  // as a fraction, no count ("1/3 số xã" counts places, and stays)
  [
    new RegExp(
      String.raw`(?<=(?<![${letter}])(?:chiếm|khoảng|gần|hơn|trên|xấp xỉ)\s+)[1-3]\s*\/\s*[2-5](?![\d.,])(?=\s+(?:tổng\s+)?(?:diện tích|kim ngạch|dân số|giá trị|sản lượng|GRDP|GDP|lượng|vốn|doanh thu)(?![${letter}]))`,
      'giu',
    ),
    'a fraction of a whole',
  ],
  // "tình đoàn kết giữa 2 huyện, 2 tỉnh", "cao hơn 3 tỉnh Bắc Kạn (837 tỷ đồng), …": places named by how many, not counted; "kim ngạch xuất khẩu của 13 tỉnh khu
  // vực …", "của 6 địa phương trên": the places a total is of; "dẫn đầu phong trào thi đua khối 9 huyện miền núi": the
  // group of places a ranking is in
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])giữa\s+(?:\d\s+${placeNoun}\s*,\s*)*)\d\s+${placeNoun}(?![${letter}])|(?<=(?<![${letter}])(?:khối|cụm)\s+)\d{1,2}\s+${placeNoun}(?![${letter}])|(?<=(?<![${letter}])(?:cao|thấp|nhiều|lớn|ít)\s+hơn\s+(?:cả\s+)?)\d{1,2}\s+${placeNoun}(?=\s+\p{Lu})|(?<![\d.,])(?<!(?:trong|trên)\s+)\d{1,2}\s+(?:tỉnh(?:,?\s+thành(?:\s+phố)?)?|địa phương)(?=\s+(?:khu vực|vùng|trên|nói trên)(?![${letter}])))`,
      'giu',
    ),
    'places named, not counted',
  ],
  // "xếp thứ 2 trong vùng (sau Hậu Giang, tăng 13,94%) và 5 thành phố trực thuộc Trung ương (sau Đà Nẵng, tăng
  // 14,05%)": the places a rank is among (the figure of the one place ahead is a place compared with, a fact)
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])(?:[Xx]ếp|[Đđ]ứng)\s+(?:thứ|hạng)\s+\d+[^.;!?]{0,160}?\s(?:và|trong)\s+)\d{1,2}\s+(?:tỉnh|thành phố|địa phương|huyện|quận|xã)(?![${letter}]))`,
      'gu',
    ),
    'rank',
  ],
  // "… đứng thứ 3 toàn quốc, …, sau Hà Nội (khoảng 63 tỷ USD), TP. Hồ Chí Minh (khoảng 118 tỷ USD)": the amounts of
  // the places ahead in a ranking, bracketed after their names; "(GRDP bình quân cả nước ước đạt 8%)", "mục tiêu tăng
  // trưởng cả nước năm 2025 đạt 8%", "(dự kiến tốc độ tăng GDP của Việt Nam năm 2023 chỉ tăng khoảng 5 – 5,5% so với mục
  // tiêu tăng 6,5%)": the country's, not the place's ("huyện đông dân nhất của cả nước với hơn 815.000 người", "đứng thứ
  // 2 của cả nước về tốc độ tăng GRDP với tỷ lệ tăng ước 14,7%" are the place's own, and so is how far the place is
  // above the country: "cao hơn tăng trưởng bình quân cả nước 2,68 điểm phần trăm").
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])sau\s+(?:[^.;!?()]{1,40}?\([^()]*\)\s*(?:,|và)\s*)*(?:(?:tỉnh|thành phố|TP\.?)\s*)?\p{Lu}[^.;!?()]{0,40}?\(\s*(?:khoảng|gần|hơn|trên|đạt|xấp xỉ)?\s*)\d[\d.,]*|(?<=(?<![${letter}])(?:bình quân|trung bình|chung|(?<!(?:nhất|thứ\s+\d{1,2})\s)của|tăng trưởng|GDP|GRDP)\s+(?:chung\s+)?(?:của\s+)?(?:cả nước|toàn quốc|Việt Nam|nước ta)(?![${letter}])(?:[^.;:,()\d]|(?:19|20)\d{2}){0,40}?)\d[\d.,]*(?![\d.,]|\s*điểm(?![${letter}]))|(?<=\([^()]*(?<![${letter}])GDP\s+(?:của\s+)?(?:cả nước|toàn quốc|Việt Nam|nước ta)(?![${letter}])[^()]*?)\d[\d.,]*(?=[^()]*\)))`,
      'gu',
    ),
    'another place',
  ],
  // xếp thứ 12/63, đứng thứ 5 cả nước, đứng 20 cả nước
  // xếp thứ 12/63, đứng thứ 21 so với 63 tỉnh, thành phố
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:xếp|đứng|vị)\s+(?:thứ|hạng)\s*:?\s*\d+(?!\d|\s+(?:sản phẩm|cơ sở|doanh nghiệp|mô hình)(?![${letter}]))(?:\s*\/\s*\d+|\s+(?:so với|trong|trên)\s+(?:tổng\s+số\s+)?\d+(?=\s+(?:tỉnh|thành|địa phương|huyện|quận|xã)))?`,
      'giu',
    ),
    'rank',
  ],
  // "Long An đứng 5/13 tỉnh, thành vùng ĐBSCL": a place's rank among so many places, "thứ" unsaid
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:xếp|đứng)\s+\d{1,2}\s*\/\s*\d{1,2}(?=\s+(?:tỉnh|thành|địa phương|huyện|quận|xã|phường|đơn vị)(?![${letter}]))`,
      'giu',
    ),
    'rank',
  ],
  // "…, thứ 7/14 địa phương vùng …": a place among so many, after a rank said before
  [new RegExp(String.raw`(?<![${letter}])(?:thứ|hạng)\s+\d+\s*\/\s*\d+(?!\d|[.,]\d|\s*%)`, 'giu'), 'rank'],
  // "đứng thứ 6 cả nước, tăng 7 bậc", "tăng 3,3 điểm và 8 bậc": places climbed in a ranking
  [
    new RegExp(
      String.raw`(?:(?<![${letter}])(?:tăng|giảm|vượt|tụt|lên|xuống)\s+|(?<=(?<![${letter}])(?:tăng|giảm)\s+\d[\d.,]*\s+điểm\s+và\s+))\d{1,2}\s+(?:bậc|hạng)(?![${letter}])`,
      'giu',
    ),
    'rank',
  ],
  // "xếp hạng 46/63 tỉnh, thành phố; 4/5 thành phố trực thuộc Trung ương và 9/13 tỉnh vùng …", "xếp thứ 4/13 tỉnh, thành
  // phố vùng … và 26/63 cả nước", "xếp vị thứ: 8/63 tỉnh, …; 2/5 trong Khu vực …": the ranks that follow a rank in its
  // sentence, among other places
  [
    new RegExp(
      String.raw`(?=\d)(?:(?<=(?<![${letter}])(?:thứ|hạng)\s*:?\s*\d+\s*\/\s*\d+[^.!?]{0,120}?(?:[,;]|\svà)\s+)\d+\s*\/\s*\d+(?=\s+(?:tỉnh|thành|địa phương|huyện|quận|xã|phường|cả nước|toàn quốc|trong|khu vực|vùng)(?![${letter}])))`,
      'giu',
    ),
    'rank',
  ],
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:xếp|đứng)\s+\d{1,2}(?:\s*\/\s*\d+)?(?=\s+(?:cả nước|toàn quốc|trong|khu vực|các tỉnh|so với))`,
      'giu',
    ),
    'rank',
  ],
  // đứng đầu 14 tỉnh, trong số 63 tỉnh, thành phố, "giảm sâu nhất trong 63 tỉnh", "thuộc nhóm 5 địa phương dẫn đầu"
  [
    new RegExp(
      String.raw`(?<![${letter}])(?:(?:đứng đầu|dẫn đầu|xếp thứ nhất|thứ nhất)(?:\s+trong)?(?:\s+số)?|trong số|trong tốp|tốp|top|(?:thuộc|trong|vào|lọt)\s+nhóm)\s+\d+\s+(?:tỉnh|thành|huyện|địa phương|quận)|(?<![${letter}])trong\s+\d+\s+tỉnh(?![${letter}])`,
      'giu',
    ),
    'rank',
  ],
  // "Đây là 1 trong 2 đơn vị được chọn …", "là 1 trong 5 đảng bộ được …", "Đây là 01 trong 02 công trình …": one of so
  // many, not an amount; so is what "một trong" says, whatever the kind ("là một trong 4 trụ cột phát triển", "một
  // trong 3 khâu đột phá")
  [
    new RegExp(
      String.raw`(?<![\d.,])(?:\d{1,2}\s+trong\s+(?:số\s+)?\d{1,3}\s+(?:đơn vị|địa phương|xã|phường|quận|huyện|tỉnh|thành phố)|0?1\s+trong\s+(?:số\s+)?\d{1,3}\s+(?:đảng bộ|công trình|dự án|đơn vị|tập thể|mô hình)(?:\s+[${letter}]+)?)(?![${letter}])|(?=\d)(?<=(?<![${letter}])(?:một|thứ\s+\d{1,3}|nhất)\s+trong\s+(?:tổng\s+)?(?:số\s+)?)\d{1,3}(?![\d.,])(?:\s+(?:đơn vị|địa phương|xã|phường|quận|huyện|tỉnh|thành phố|TP|đảng bộ|công trình|dự án)(?:,?\s+(?:thị trấn|phường|thị xã|thành phố))?(?![${letter}])|(?=\s+[${letter}]))`,
      'giu',
    ),
    'one of so many places',
  ],
  // "là 1 trong những chỉ tiêu …": one of them, not an amount
  [new RegExp(String.raw`(?<![\d.,])1\s+trong\s+(?:những|số|các)(?![${letter}])`, 'giu'), 'one of many'],
  // cả 3 khu vực, cả 2 xã: "all of them", not an amount (but "cả 9/9 huyện", all of so many counted, is)
  [new RegExp(String.raw`(?<![${letter}])cả\s+\d(?!\d|[.,]\d|\s*\/\s*\d)`, 'giu'), 'all of a kind'],
  // "Xét 3 khu vực kinh tế", "có 02 khu vực … đều giảm": how many of the economy's sectors, not an amount
  [
    new RegExp(String.raw`(?<![\d.,])0?\d\s+khu vực(?:\s+kinh tế)?(?![${letter}])`, 'giu'),
    'a count of the economy’s sectors',
  ],
] as const satisfies readonly (readonly [RegExp, string])[]
