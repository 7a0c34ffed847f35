import { letter } from '../../lib/reg-exp.ts'
import { titledPlan } from './time-expressions.ts'

/**
 * The words that say whether the figures after them are aimed for or achieved. One row a form, in the order a
 * reader weighs them: an aim ("phấn đấu", "mục tiêu", "đề ra") or a plan's name ("chỉ tiêu chủ yếu", "kế hoạch
 * năm 2025") sets targets; an achievement said strongly ("ước đạt", "đã đạt", "đạt và vượt") reports results,
 * even inside a plan's paragraph; a plain "đạt", "tăng", "giảm" reports a result only where no aim governs (a
 * target list says "đạt 9,5% trở lên" too).
 */
export type PhraseKind = 'aim' | 'plan-noun' | 'expect' | 'done' | 'weak-done'

export type Phrase = { kind: PhraseKind; start: number; end: number; words: string }

const w = String.raw`(?<![${letter}])`
const end = String.raw`(?![${letter}])`
const Y = String.raw`(?:19|20)\d{2}`

const rows: readonly (readonly [PhraseKind, string])[] = [
  [
    'done',
    // "cơ bản đạt kế hoạch đề ra: …": the plan reached, not aimed at ("phấn đấu hoàn thành kế hoạch" aims).
    // ("để tỉnh nỗ lực thực hiện đạt và vượt mục tiêu tăng trưởng": what an effort is for is no result; nor "Mỹ Tho phấn
    // đấu thực hiện đạt các chỉ tiêu: …", what a place strives to reach.)
    String.raw`(?<!(?:phấn đấu|để|nhằm|phải|cần|sẽ|quyết tâm|nỗ lực)(?:\s+[${letter}]+){0,4}\s+)đạt và vượt|đạt, vượt|hoàn thành và hoàn thành vượt|hoàn thành vượt|vượt kế hoạch|vượt chỉ tiêu|(?<!(?:phấn đấu|để|nhằm|phải|cần|sẽ|quyết tâm|(?:để|nhằm|phấn đấu|quyết tâm)(?:\s+[${letter}]+){1,3})\s+(?:cơ bản\s+)?)(?:cơ bản\s+)?(?:(?:đạt|hoàn thành)\s+(?:kế hoạch|chỉ tiêu|KH)|đạt\s+(?:các|hầu hết các|toàn bộ(?:\s+các)?)\s+chỉ tiêu)`,
  ],
  [
    'done',
    // ("giá trị sản phẩm thu được trên 01 ha đất trồng trọt": what a hectare yields names a measure, said of no deed;
    // "… chỉ tiêu chủ yếu Lào Cai cần đạt được đến năm 2015": what must be reached is aimed at.)
    // ("tăng 6,5-7% so với ước thực hiện năm 2022": what a target is compared with is no result said.)
    // "đến nay có 5 chỉ tiêu vượt tiến độ …, các chỉ tiêu còn lại đạt theo tiến độ": how far along targets are.
    String.raw`(?:đạt|vượt|chậm)(?:\s+(?:theo|so với))?\s+tiến độ|(?<!so(?:\s+với)?\s+(?:kết quả\s+)?)(?:ước đạt|ước thực hiện|ước tính|ước cả năm|ước)|đã đạt|(?<!(?:cần|phải|phấn đấu|để|nhằm|sẽ)\s+)(?<!phấn đấu\s+(?:đến|tới|trong)\s+năm\s+(?:19|20)\d{2}\s+(?:(?:huyện|tỉnh|thành phố|thị xã|xã|phường|thị trấn)\s+)?(?:\p{Lu}\p{Ll}*\s+){0,3})đạt được|đã thực hiện|thực hiện được|đã hoàn thành|đã có|kết quả|tổng kết|thu được(?!\s+trên\s+(?:0?1|một)\s+(?:ha|héc))|thành tựu`,
  ],
  [
    'aim',
    // "huyện tập trung hoàn thành và hoàn thành vượt các chỉ tiêu": an effort toward an achievement aims at it
    // ("rừng tập trung đạt 412 ha" is planted forest).
    // "để Bình Phước đạt chỉ tiêu xuất khẩu …": what is done so that a plan is reached aims at it.
    // ("đạt 88,1% dự toán thị xã phấn đấu và …": the plan a place strives for, named, aims at nothing more; nor does
    // the course a change is said to follow, "chuyển dịch … phù hợp với định hướng công nghiệp hóa".)
    // "kỳ họp thông qua 23 chỉ tiêu phát triển năm 2026": a council adopting its targets sets them, and so does one
    // adopting a resolution on the tasks of a term ("thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm
    // 2021 - 2025") or a committee drafting them ("Huyện xây dựng 17 chỉ tiêu, …", "… đã đưa ra 6 chỉ tiêu chủ yếu gồm:").
    // "Chủ tịch UBND TP yêu cầu trong năm 2023, mỗi đơn vị …": a requirement aims (not "đáp ứng yêu cầu các …").
    // ("tỉnh xác định thủy sản là ngành kinh tế mũi nhọn, chiếm 60% …": a thing held to be something aims at nothing;
    // "xác định mục tiêu … là …" does; "xác định thêm 9 mô hình" is what was found.)
    // ("chi … từ nguồn ngân sách Trung ương bổ sung có mục tiêu": the budget's targeted transfer, a name, aims at nothing;
    // nor does an anniversary celebrated, "hướng tới 550 năm truyền thống …".)
    // ("… tiếp tục được tập trung thực hiện, lũy kế, toàn tỉnh có 96 xã": what is being carried out aims at nothing;
    // "Các xã đã tập trung thực hiện …, đến nay … công nhận 39 thôn": nor does what was carried out.)
    String.raw`(?:để|nhằm)(?=(?:\s+[${letter}]+){0,3}\s+(?:đạt|hoàn thành)\s+(?:kế hoạch|chỉ tiêu|KH)(?![${letter}]))|phấn đấu(?!(?<=(?:dự toán|kế hoạch|KH|chỉ tiêu)(?:\s+[${letter}]+){0,2}\s+phấn đấu)\s*(?:[,;.)]|và\s|$))|(?:lựa\s+)?chọn\s+chủ đề|(?<!chương trình,?\s)(?<!(?:bổ sung|hỗ trợ)\s+có\s+)(?<!(?:kết quả|tình hình)\s+thực hiện(?:\s+(?:các|những|một số))?\s+)mục tiêu(?! quốc gia| kép)|kịch bản(?=\s+tăng trưởng)|đề ra|(?:đặt|lên)\s+(?:chỉ tiêu|kế hoạch)(?=\s)|đặt ra(?!\s+(?:(?:nhiều|không ít|rất nhiều|những|các)\s+)?(?:cơ hội|khó khăn|thách thức|vấn đề|câu hỏi))|đưa ra(?=\s+(?:\d{1,2}\s+|các\s+)(?:nhóm\s+)?(?:chỉ tiêu|mục tiêu))|(?<!(?:đáp ứng|theo|đúng|đủ|với|về|những|các)\s+)yêu cầu(?=\s+(?:trong\s+năm|năm|các|mỗi|từng)\s)|xác định(?!\s+(?:thêm|được)(?![${letter}]))(?!\s+(?!(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu|nhiệm vụ|phương hướng|kế hoạch)(?![${letter}]))(?:[${letter}-]+,?\s+){1,6}?là\s)|định hướng(?<!(?:phù hợp với|phù hợp|theo|đúng)\s+định hướng)(?![^,;.]{0,30}?(?:dư luận|tư tưởng|thông tin))|phải đạt|cần đạt|phải có|(?:ít nhất|tối thiểu)(?=\s+(?:phải\s+)?đạt(?![${letter}]))|(?<!sự )quyết tâm(?! cao)|hướng tới(?!\s+(?:kỷ niệm\s+|chào mừng\s+)?\d{1,4}\s+năm\s+(?:truyền thống|thành lập|ngày|kỷ niệm))|giao chỉ tiêu|(?:nỗ lực|cố gắng)(?=\s+(?:hoàn thành|đạt|thực hiện|phấn đấu))|(?<!(?:được|đã)\s)tập trung(?=\s+(?:hoàn thành|thực hiện|phấn đấu))|thông qua(?=\s+(?:\d{1,2}\s+|(?:các|một số)\s+(?:nhóm\s+)?)chỉ tiêu|\s+[Nn]ghị quyết[^,;.]{0,60}?\s(?:với|gồm|có)\s+\d{1,2}\s+chỉ tiêu|\s+[Nn]ghị quyết\s+về\s+(?:nhiệm vụ|phương hướng|kế hoạch|mục tiêu))|xây dựng(?=\s+\d{1,2}\s+ch[ủỉ] tiêu)|điều chỉnh(?=\s+(?:[${letter}]+\s+){0,2}?(?:chỉ tiêu|mục tiêu|kế hoạch|kịch bản|tốc độ tăng))`,
  ],
  // "dự kiến": an aim for a year to come, an expected result for the year the report sums up.
  ['expect', String.raw`dự kiến|dự báo`],
  [
    'plan-noun',
    String.raw`kế hoạch (?:năm|của năm) ${Y}|nhiệm vụ (?:năm|của năm) ${Y}|dự toán (?:năm )?${Y}|chỉ tiêu (?:chủ yếu|chính|cơ bản|kinh tế|xã hội|phát triển|cụ thể|(?:được\s+)?giao)|các chỉ tiêu|một số chỉ tiêu|chỉ tiêu (?:năm )?${Y}`,
  ],
  [
    'weak-done',
    // "chấp thuận chủ trương đầu tư 8 dự án", "cấp giấy chứng nhận đầu tư cho 21 dự án": what an authority granted.
    // ("lao động qua đào tạo …, trong đó có bằng cấp, chứng chỉ 48%": a diploma, a noun, says nothing done; nor does the
    // province of Cao Bằng.) ("toàn huyện xây dựng được 58 vườn": a deed's "được" before its amount says it done.)
    String.raw`đạt|thực hiện|tăng(?! tốc| cường)|giảm|còn|hoàn thành|đã|đón|thu hoạch|giải quyết|thu hút|giải ngân|bàn giao|khởi công|thành lập|xuất khẩu được|tạo được|hỗ trợ được|(?<=[${letter}]\s)được(?=\s+(?:(?:hơn|trên|gần|khoảng|thêm)\s+)?\d)|(?<!Cao\s)bằng(?!\s+(?:cấp|khen|lái|lăng)(?![${letter}]))|chiếm|tương đương|vượt|chấp thuận|phê duyệt|cấp mới|cấp giấy chứng nhận|cấp phép|có thêm|thoát khỏi|thoát nghèo`,
  ],
]

const patterns = rows.map(([kind, words]) => [kind, new RegExp(`${w}(?:${words})${end}`, 'giu')] as const)

/** Not right after a word of aiming ("phấn đấu đạt", "để hoàn thành"): a reach said, not aimed at. */
const notAimedAt = String.raw`(?<!(?:phấn đấu|để|nhằm|phải|cần|sẽ)\s+)`

/**
 * Plan words that follow a result are what it is measured against ("đạt 103% kế hoạch", "vượt kế hoạch đề ra",
 * "so với chỉ tiêu nghị quyết", "hoàn thành cơ bản các nhiệm vụ chính trị đề ra", "đảm bảo kế hoạch đề ra", "đạt kế hoạch giảm số
 * hộ nghèo đề ra"): not an aim. `before` is the clause text before the phrase.
 */
const measuredAgainst = new RegExp(
  String.raw`(?:%|đạt|vượt|bằng|so với|so|theo|so với mục tiêu|của|như|đảm bảo|bảo đảm|đúng)\s*(?:[${letter}]+,?\s+){0,5}$|(?<![${letter}])đạt\s+(?:kế hoạch|chỉ tiêu|mục tiêu)\s+(?:[${letter}]+\s+){0,6}$|(?<![${letter}])${notAimedAt}hoàn thành\s+(?:[${letter}]+\s+){0,8}$`,
  'iu',
)

/** A clause's words before an effort, with "đã" and no plan set or effort to come after it. */
const effortDone = new RegExp(
  String.raw`(?<![${letter}])đã(?![${letter}])(?![^]*(?<![${letter}])(?:đề ra|đặt ra|đưa ra|mục tiêu|xác định|sẽ|tiếp tục|năm tới|phương hướng|kế hoạch)(?![${letter}]))`,
  'iu',
)

/** "thấp hơn mục tiêu", "cao hơn so với kế hoạch đề ra": a result's gap to a plan, said before the plan. */
const gapToPlan = new RegExp(
  String.raw`(?<![${letter}])(?:cao|thấp)\s+hơn(?:\s+so(?:\s+với)?)?\s+(?:(?:mục tiêu|kế hoạch|chỉ tiêu)\s+)?$`,
  'iu',
)
/** "vượt mục tiêu", "so với mục tiêu": a target a result is measured against ("để đạt mục tiêu" still aims). */
const beaten = new RegExp(
  String.raw`(?<![${letter}])(?<!(?:để|nhằm|đấu|cần|phải|sẽ)\s+)(?:vượt|đạt|so với|so|bằng|hoàn thành)\s+$`,
  'iu',
)

/** " quan trọng của tỉnh tăng cao nhất so với cùng kỳ": a move since a past period, in the clause after a noun. */
const movedSincePast = new RegExp(
  String.raw`^[^.;:\d]{0,60}?(?<![${letter}])(?:(?:tăng|giảm)(?![${letter}])[^.;:\d]{0,30}?(?<![${letter}])so(?:\s+với)?\s+cùng kỳ|khởi sắc|khả quan|chuyển biến tích cực|đạt kết quả|tăng trưởng (?:khá|tốt)|đạt khá|đạt cao|vượt cao|đạt\s+(?:từ\s+)?[\d.,]+\s*%\s*(?:kế hoạch|KH|so với))`,
  'iu',
)

/** "15/15 chỉ tiêu Nghị quyết HĐND", "đạt và vượt nhiều chỉ tiêu Nghị quyết Đại hội": targets counted or reached. */
/** "thực hiện tốt", "thực hiện có hiệu quả": targets carried out well, as good as reached. */
const carriedOutWell = String.raw`thực hiện\s+(?:tốt|có hiệu quả|hiệu quả)`

// ("Trong 6 tháng đầu năm, Thành ủy … lãnh đạo thực hiện tốt các chỉ tiêu nhiệm vụ đề ra, đến nay …": targets carried
// out well, as reached.)
const targetsReached = new RegExp(
  String.raw`(?:\d\s*\/\s*\d+|(?<![${letter}])(?<!(?:phấn đấu|để|nhằm|phải|cần|sẽ|quyết tâm)(?:\s+[${letter}]+){0,3}\s+)(?:đạt|vượt|hoàn thành|${carriedOutWell})(?:\s+[${letter}]+){0,3})\s+chỉ tiêu(?:\s+[${letter}]+){0,6}\s+$`,
  'iu',
)

/** "chuyển động tích cực cho", "tác động tốt đến": a change said of what follows, before the noun it moved. */
const movedBefore = new RegExp(
  String.raw`(?<![${letter}])(?:chuyển động|chuyển biến|khởi sắc|tác động|ảnh hưởng|đóng góp)(?:\s+[${letter}]+){0,2}\s+(?:cho|đối với|ở|trong|tới|đến|vào)\s+$`,
  'iu',
)

/** "vượt chỉ tiêu 94% đề ra", "… 95% được giao": the words right after an amount that say a plan set it. */
// ("vượt chỉ tiêu 94% mà Nghị quyết năm 2024 đề ra": who set it, between.)
export const planSetAfter = new RegExp(
  String.raw`^\s*(?:mà\s+[^,;.()\d]{0,40}?(?:(?:19|20)\d{2}\s+)?)?(đề ra|đặt ra|được giao|giao)(?![${letter}])`,
  'iu',
)

/** The governing phrases of a text, in order, none overlapping another. */
/**
 * "lựa chọn chủ đề “Khơi dậy khát vọng - Đẩy mạnh tăng trưởng”": a year's theme or a slogan, quoted, says nothing
 * done or aimed at.
 */
const slogan = new RegExp(
  String.raw`(?=[“"])(?<=(?<![${letter}])(?:chủ đề|khẩu hiệu|phương châm)(?:\s+(?:năm|của năm|là))?(?:\s+(?:19|20)\d{2})?\s*:?\s*)[“"][^”"]{1,160}[”"]`,
  'giu',
)

/** "Phát huy những kết quả đã đạt được,", "Trên cơ sở kết quả đạt được,": the results a sentence builds on, opening it. */
const basisOpening = new RegExp(
  String.raw`(?:^|(?<=[.;]\s*))\s*(?:phát huy|trên cơ sở|căn cứ(?:\s+vào)?|kế thừa|tiếp nối|từ)\s+(?:những\s+|các\s+)?(?:kết quả|thành tựu|thành quả)[^,;:\d]*,`,
  'giu',
)

export function findPhrases(text: string): Phrase[] {
  const found: Phrase[] = []
  const titles = [...text.matchAll(titledPlan)].map((m) => [m.index, m.index + m[0].length] as const)
  const slogans = [...text.matchAll(slogan)].map((m) => [m.index, m.index + m[0].length] as const)
  const bases = [...text.matchAll(basisOpening)].map((m) => [m.index, m.index + m[0].length] as const)
  for (const [kind, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const stop = start + match[0].length
      if (found.some((other) => start < other.end && stop > other.start)) continue
      if (slogans.some(([from, to]) => start >= from && stop <= to)) continue
      // ("Phát huy những kết quả đã đạt được, năm 2017 huyện phấn đấu …": the results an aim builds on say nothing done
      // of what it aims at.)
      if (
        (kind === 'done' || kind === 'weak-done') &&
        bases.some(([from, to]) => start >= from && stop <= to)
      )
        continue
      // ("Trong kế hoạch … của Thành phố đã đặt ra 10 chỉ tiêu": targets set, counted after the verb.)
      if (
        kind === 'aim' &&
        /^(?:đề ra|đặt ra|các chỉ tiêu|kịch bản)$/iu.test(match[0]) &&
        measuredAgainst.test(text.slice(0, start)) &&
        !/^\s+\d{1,2}\s+(?:nhóm\s+)?chỉ tiêu/iu.test(text.slice(stop))
      )
        continue
      // "thị xã đã vượt qua 15/15 chỉ tiêu Nghị quyết HĐND đề ra và hoàn thành …", "đã lãnh đạo thực hiện đạt và vượt
      // nhiều chỉ tiêu Nghị quyết Đại hội đề ra": the plan whose targets were counted or reached, set before.
      if (
        kind === 'aim' &&
        /^(?:đề ra|đặt ra)$/iu.test(match[0]) &&
        targetsReached.test(text.slice(Math.max(0, start - 100), start))
      )
        continue
      // "đạt 227,67% kế hoạch năm 2024; kim ngạch xuất khẩu đạt 865 triệu USD": the plan a share measured is no aim;
      // nor is one a result is compared with ("đạt 75% so với dự toán năm 2020, bằng 221% so với cùng kỳ"), nor one
      // reached ("Thu ngân sách hằng năm đạt và vượt chỉ tiêu được giao, tổng thu … đạt trên 390 tỷ đồng").
      if (
        kind === 'plan-noun' &&
        /^(?:kế hoạch|dự toán|chỉ tiêu)/iu.test(match[0]) &&
        new RegExp(
          String.raw`(?:%\s*|(?<![${letter}])so(?:\s+với)?\s+|(?<![${letter}])${notAimedAt}(?:đạt và vượt|đạt, vượt|vượt|đạt|hoàn thành)\s+)$`,
          'iu',
        ).test(text.slice(0, start))
      )
        continue
      // "Theo báo cáo tổng kết … năm 2022 và kế hoạch năm 2023, …": a title's plan aims at nothing.
      if (kind === 'plan-noun' && titles.some(([from, to]) => start >= from && stop <= to)) continue
      // "hầu hết các chỉ tiêu quan trọng tăng cao nhất so với cùng kỳ các năm trước như …", "Các chỉ tiêu kinh tế khác
      // … cũng khởi sắc trong năm 2024", "Một số chỉ tiêu đạt cao như …", "hầu hết các chỉ tiêu đạt 60% kế hoạch (KH) trở
      // lên": indicators said to have moved or fared well
      // are results, not a plan's.
      // ("Nhiều chỉ tiêu phát triển kinh tế - xã hội chuyển biến tích cực": so are many of a plan's indicators.)
      if (
        kind === 'plan-noun' &&
        (/^(?:các|một số) chỉ tiêu$/iu.test(match[0]) ||
          (/^chỉ tiêu/iu.test(match[0]) &&
            /(?<![\p{L}])(?:nhiều|hầu hết|phần lớn|đa số)\s+$/iu.test(text.slice(0, start)))) &&
        movedSincePast.test(text.slice(stop))
      )
        continue
      // "Thành ủy … lãnh đạo thực hiện tốt các chỉ tiêu nhiệm vụ đề ra, đến nay …": targets carried out well, as reached.
      if (
        kind === 'plan-noun' &&
        /^(?:các|những)?\s*chỉ tiêu/iu.test(match[0]) &&
        new RegExp(String.raw`(?<![${letter}])${carriedOutWell}\s+$`, 'iu').test(
          text.slice(Math.max(0, start - 30), start),
        )
      )
        continue
      // "… mang lại chuyển động tích cực cho các chỉ tiêu kinh tế – xã hội của địa phương": indicators something moved;
      // "Các chỉ tiêu tăng so với năm 2019: …": indicators that rose against a year gone by.
      if (
        kind === 'plan-noun' &&
        /^(?:các|một số) chỉ tiêu$/iu.test(match[0]) &&
        (movedBefore.test(text.slice(Math.max(0, start - 60), start)) ||
          new RegExp(
            String.raw`^\s+(?:[${letter}]+\s+){0,3}?(?:tăng|giảm)\s+so\s+(?:với\s+)?(?:năm|cùng kỳ)(?![${letter}])`,
            'iu',
          ).test(text.slice(match.index + match[0].length)))
      )
        continue
      // "tỉnh đã thực hiện đạt và vượt hầu hết các chỉ tiêu Nghị quyết; trong đó, tốc độ tăng trưởng … đạt 6,71%", "kết
      // quả thực hiện các chỉ tiêu nghị quyết, tốc độ tăng trưởng … đạt 4%": the targets reached lead their results.
      if (
        kind === 'plan-noun' &&
        /^(?:các|một số) chỉ tiêu$/iu.test(match[0]) &&
        (found.some(
          (done) =>
            done.kind === 'done' &&
            done.end <= start &&
            /^\s*(?:thực hiện\s+)?(?:(?:hầu hết|phần lớn|toàn bộ|tất cả|cơ bản|gần như)\s+)?$/iu.test(
              text.slice(done.end, start),
            ),
        ) ||
          // ("huyện đã cơ bản đạt các chỉ tiêu, kế hoạch đề ra, tổng doanh thu …": a plain "đạt" said done.)
          new RegExp(
            String.raw`(?<![${letter}])đã\s+(?:cơ bản\s+)?(?:đạt|hoàn thành)\s+(?:(?:hầu hết|phần lớn|toàn bộ|tất cả)\s+)?$`,
            'iu',
          ).test(text.slice(0, start)))
      )
        continue
      // "Trong sản xuất nông nghiệp, tập trung thực hiện các giải pháp …, tổng diện tích gieo trồng là 46.602 ha": an effort
      // on the means aims at none of the amounts said after it.
      if (
        kind === 'aim' &&
        /^(?:tập trung|nỗ lực|cố gắng)$/iu.test(match[0]) &&
        (/^\s+(?:chỉ đạo\s+)?thực hiện(?:\s+(?:tốt|đồng bộ|có hiệu quả|quyết liệt))?\s+(?:các|những)\s+(?:giải pháp|biện pháp)/iu.test(
          text.slice(stop),
        ) ||
          // "Tập trung thực hiện sản xuất nông nghiệp với tổng diện tích gieo trồng đạt hơn 11.700 ha": the effort
          // told with what it came to.
          /^\s+(?:chỉ đạo\s+)?thực hiện[^,;.:\d]{0,80}?\svới\s/iu.test(text.slice(stop)))
      )
        continue
      // "cơ cấu kinh tế chuyển dịch theo đúng định hướng; trong đó nông nghiệp chiếm 10,9%": what a result followed.
      if (
        kind === 'aim' &&
        /^(?:định hướng|mục tiêu|kế hoạch)$/iu.test(match[0]) &&
        new RegExp(String.raw`(?<![${letter}])(?:theo|đúng)(?:\s+đúng)?\s*$`, 'iu').test(text.slice(0, start))
      )
        continue
      // "… được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên": a grade given, not a deed done.
      if (
        /^(?:hoàn thành|đạt)$/iu.test(match[0]) &&
        /(?:xếp loại|đánh giá|phân loại)(?:\s+(?:từ|ở mức|mức|là))?\s*$/iu.test(text.slice(0, start)) &&
        /^\s+(?:tốt|xuất sắc)?\s*nhiệm vụ/iu.test(text.slice(stop))
      )
        continue
      // "năm 2023, … đã phối hợp, nỗ lực triển khai quyết liệt, đồng bộ các nhóm mục tiêu, nhiệm vụ mang lại kết quả": the
      // targets said carried out, in a sentence of what was done, aim at nothing.
      if (
        kind === 'aim' &&
        /^mục tiêu$/iu.test(match[0]) &&
        // ("Các đại biểu đã thảo luận giải pháp thực hiện các mục tiêu …": the means to targets still aims at them.)
        /(?<!(?:giải pháp|biện pháp|phương án|kế hoạch)\s+)(?:triển khai|thực hiện)(?:\s+(?:quyết liệt|đồng bộ|có hiệu quả|tốt|hiệu quả),?)*\s+(?:các|những)(?:\s+nhóm)?\s*$/iu.test(
          text.slice(0, start),
        ) &&
        /(?<![\p{L}])đã(?![\p{L}])/iu.test(
          text
            .slice(0, start)
            .split(/[.;:!?]/u)
            .at(-1) ?? '',
        )
      )
        continue
      // "Năm 2024, huyện đã phát huy tinh thần đoàn kết, nỗ lực phấn đấu phát triển kinh tế": an effort said done aims at
      // nothing, unless a plan is set after the "đã" ("đã đề ra mục tiêu phấn đấu …").
      if (
        kind === 'aim' &&
        /^(?:phấn đấu|nỗ lực|cố gắng)$/iu.test(match[0]) &&
        effortDone.test(
          text
            .slice(Math.max(0, ...bases.filter(([, to]) => to <= start).map(([, to]) => to)), start)
            .split(/[.;:!?]/u)
            .at(-1) ?? '',
        )
      )
        continue
      // "Với sự nỗ lực của Đảng bộ …", "Với tinh thần đoàn kết, chủ động, sáng tạo, nỗ lực phấn đấu của Đảng bộ, chính
      // quyền …, 6 tháng đầu năm 2024, …": an effort named as a thing, with whose it was, aims at nothing.
      if (
        kind === 'aim' &&
        /^(?:phấn đấu|nỗ lực|cố gắng)$/iu.test(match[0]) &&
        // ("với sự nỗ lực phấn đấu cao, …": the effort named with another word of effort.)
        (new RegExp(String.raw`(?<![${letter}])(?:sự|những|các)(?:\s+[${letter}]+){0,2}\s+$`, 'iu').test(
          text.slice(Math.max(0, start - 24), start),
        ) ||
          /^\s+(?:phấn đấu\s+)?của(?![\p{L}\p{M}])/u.test(text.slice(stop)))
      )
        continue
      // "công nghiệp tăng 15,06%, thấp hơn mục tiêu cả năm 3,44%", "cao hơn mục tiêu đề ra 0,1%": the plan a result is
      // above or under by the gap that follows, not an aim (but "cao hơn mục tiêu cả năm là từ 6,5-7%" gives the aim).
      if (
        kind === 'aim' &&
        /^(?:mục tiêu|đề ra|đặt ra)$/iu.test(match[0]) &&
        gapToPlan.test(text.slice(0, start)) &&
        !new RegExp(String.raw`^[^,;.%]{0,30}?(?<![${letter}])là(?![${letter}])`, 'iu').test(text.slice(stop))
      )
        continue
      // "tỷ lệ hộ nghèo giảm 3,92%, vượt mục tiêu 0,42%": the target a result beat, not an aim.
      if (kind === 'aim' && /^mục tiêu$/iu.test(match[0]) && beaten.test(text.slice(0, start))) continue
      // "… đạt 101,9% mục tiêu nghị quyết, tăng 6,97% so với cùng kỳ": the target a share reached is measured against.
      if (
        kind === 'aim' &&
        /^mục tiêu$/iu.test(match[0]) &&
        /\d\s*%\s*(?:so\s+(?:với\s+)?)?$/u.test(text.slice(0, start))
      )
        continue
      found.push({ kind, start, end: stop, words: match[0] })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
