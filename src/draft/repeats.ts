import { unitInfo } from '../dataset/units.ts'
import { escapeRegExp } from '../lib/reg-exp.ts'
import type { DraftFigure, IgnoredNumberNote } from './draft-types.ts'
import type { FoundAmount } from './find-amounts.ts'
import { indicatorOfLabel, pointedBack } from './figure-name.ts'
import { isAmount, isShareOfPlanFigure } from './share-of-plan.ts'

/**
 * Whether the body of a text says a headline's amount again: the same number with the same unit. "7%" in the body
 * repeats "tăng 7%" in the headline; a "7 xã" does not.
 */
export function isRepeatedIn(bodyText: string, amount: FoundAmount): boolean {
  const number = (/\d[\d.,]*\d|\d/u.exec(amount.valueText)?.[0] ?? '').replace(/[.]/gu, '\\.')
  // "85% dự toán" in the headline is "85% so dự toán" in the body.
  const unit = escapeRegExp(amount.unitText).replace(/^%\s*/u, String.raw`%\s*(?:so(?:\s+với)?\s+)?`)
  // "hơn 760 tỷ đồng" in the headline is "760,5 tỷ đồng" in the body: a whole number said as a bound rounds it.
  const decimals =
    ['moreThan', 'over', 'about'].includes(amount.comparator) && !/,/u.test(number) ? '(?:,\\d+)?' : ''
  // "tăng gần 11%" in the headline is no "tăng trên 11%" of the body: one bound below, the other above.
  const opposite = /(?:^|\s)gần\s/iu.test(amount.valueText)
    ? '(?<!(?:trên|hơn|vượt)\\s+)'
    : ['moreThan', 'over'].includes(amount.comparator)
      ? '(?<!(?:gần|dưới)\\s+)'
      : ''
  // "Công nhận 2 huyện …" in the headline is "02 huyện" in the body; "còn hơn 20.400 hộ nghèo" is "20.411/181.603 hộ":
  // three figures and more said as a bound round the body's amount (which may give its whole after a slash).
  const roundedAbove =
    ['moreThan', 'over'].includes(amount.comparator) &&
    /^[1-9](?:(?:\\\.)?\d){2,}?(?:(?:\\\.)?0)+$/u.test(number)
  // ("9 – 10%" in the headline is "9-10%" in the body: a range, with any dash.)
  const highEnd = /\d\s*[-–—]\s*(\d[\d.,]*)/u.exec(amount.valueText)?.[1]?.replace(/[.]/gu, '\\.')
  const digits = `${
    roundedAbove ? number.replace(/0(?=(?:(?:\\\.)?0)*$)/gu, '\\d') : number.replace(/^0+(?=\d)/u, '')
  }${highEnd ? `\\s*[-–—]\\s*${highEnd}` : ''}`
  return new RegExp(
    `${opposite}(?<![\\d.,])0*${digits}${decimals}(?![\\d]|[.,]\\d)(?:\\/[\\d.,]+)?\\s*(?:[\\p{L}\\s]{0,12}\\s)?${unit}`,
    'iu',
  ).test(bodyText)
}

/**
 * A page repeats its main figures in the lead, a caption or a summary line ("… thu nhập bình quân đầu người gần 82
 * triệu đồng"): the same specific amount said again is one figure, kept where its paragraph says most. Round
 * amounts ("100%", "2 xã") recur as different figures and are all kept.
 */
export function withoutRepeats(
  figures: DraftFigure[],
  paragraphOf: ReadonlyMap<DraftFigure, string>,
  ignored: IgnoredNumberNote[],
): DraftFigure[] {
  const paragraphLength = (figure: DraftFigure) => paragraphOf.get(figure)?.length ?? 0
  // The amount a share of plan is of, said before it in its sentence ("… đạt 4,5 triệu lượt, …, đạt 128,86% kế hoạch"):
  // the same share of plans of a count of visitors and of a sum of money is two figures.
  const baseOf = (share: DraftFigure) =>
    share.at === undefined || share.sentenceStart === undefined
      ? undefined
      : figures.findLast(
          (figure) =>
            figure.sentenceStart === share.sentenceStart &&
            figure.at !== undefined &&
            figure.at < (share.at ?? 0) &&
            isAmount(figure) &&
            figure.unit !== 'multiple',
        )
  // (A headline's base said again in the body is left out before this: a share with no base of its own goes with the one
  // base the same share has elsewhere; so with the one who set the plan.)
  const ownOrOnly = (
    share: DraftFigure,
    read: (figure: DraftFigure) => string | undefined,
    isPeer: (figure: DraftFigure) => boolean,
  ): string => {
    const own = read(share)
    if (own !== undefined) return own
    const others = new Set(
      figures
        .filter((other) => other !== share && isPeer(other) && other.value === share.value)
        .flatMap((other) => read(other) ?? []),
    )
    return others.size === 1 ? ([...others][0] ?? '') : ''
  }
  const baseUnitOf = (share: DraftFigure) =>
    ownOrOnly(share, (figure) => baseOf(figure)?.unit, isPreciseShareOfPlan)
  // "đạt 105% dự toán Thủ tướng Chính phủ giao và đạt 105% dự toán HĐND tỉnh": the same share of two plans set by two
  // authorities is two figures.
  const setterOf = (share: DraftFigure) =>
    isShareOfPlanFigure(share) ? ownOrOnly(share, planSetter, isShareOfPlanFigure) : ''
  const name = (figure: DraftFigure) => indicatorOfLabel(figure.label.vi).toLocaleLowerCase('vi')
  const isSpecific = (figure: DraftFigure) => {
    const digits = (/\d[\d.,]*/u.exec(figure.valueText)?.[0] ?? '').replace(/[.,]/gu, '').replace(/^0+/u, '')
    // "828.000 khách": three figures before its zeros are as specific as "828 ngàn lượt".
    const significant = String(figure.value)
      .replace(/\D/gu, '')
      .replace(/^0+|0+$/gu, '')
    return (
      /,\d/u.test(figure.valueText) ||
      (digits.length >= 3 && !/0{2,}$/u.test(digits)) ||
      significant.length >= 3 ||
      /tỷ|tỉ|triệu|nghìn|ngàn/iu.test(figure.valueText)
    )
  }
  // A share or a rate recurs for other things ("tăng 2,5%"), and so does a change in points ("công nghiệp - xây dựng
  // chiếm 40,2%, giảm 0,5%" after "nông nghiệp chiếm 20,8%, giảm 0,5%"): it is the same figure only under the same name.
  const isRate = (figure: DraftFigure) =>
    figure.unit !== 'TODO' && (unitInfo(figure.unit).isSymbol || unitInfo(figure.unit).kind === 'points')
  // A result and its plan may be the same amount ("đạt 17,8% (KH 17,8%)"), and so may the targets of two years: two
  // figures, not one said again.
  const key = (figure: DraftFigure, isNamed = true) =>
    [
      figure.role,
      figure.period?.year ?? '',
      // The amount, not its words: "trên 6,8 triệu lượt khách" in the lead is "ước đạt hơn 6,8 triệu lượt khách" of
      // the body, "828.000 khách" of a headline "gần 828 ngàn lượt".
      String(figure.unit),
      figure.otherUnit ?? '',
      figure.value,
      figure.max ?? '',
      // "17.400/18.400 tấn" also gives the plan: it is no repeat of a "17.400 tấn" said alone.
      /\/\s*(\d[\d.,]*)/u.exec(figure.valueText)?.[1] ?? '',
      isNamed && isRate(figure) && !isPreciseShareOfPlan(figure) ? sameEconomy(name(figure)) : '',
      isPreciseShareOfPlan(figure) ? baseUnitOf(figure) : '',
      setterOf(figure),
    ].join('|')
  const groups = new Map<string, DraftFigure[]>()
  // A round target is the same figure said again only under names of one thing ("tăng trưởng kinh tế … từ 8% trở lên"
  // in the headline, the lead and the body); round results recur for other things named alike ("21 dự án").
  // A round amount said in the very same words twice ("… 53.527 tấn chè, 8.300 tấn cà phê" in the lead and the body) is
  // one statement repeated.
  // A round amount said with a bound ("gần 25.000 ha" in the headline and the body) is one figure said again under
  // names of one thing.
  const isBoundRound = (figure: DraftFigure) =>
    ['about', 'moreThan', 'over'].includes(figure.comparator) && Math.abs(figure.value) >= 100
  const groupOf = (figure: DraftFigure) =>
    isSpecific(figure) || isBoundRound(figure)
      ? key(figure)
      : figure.role === 'target'
        ? `${key(figure, false)}|round`
        : figure.quote.trim().length >= 12 && figure.quote.trim() !== figure.valueText.trim()
          ? `${key(figure)}|said|${figure.quote.trim()}`
          : undefined
  for (const figure of figures) {
    const group = groupOf(figure)
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), figure])
  }
  const dropped = new Set<DraftFigure>()
  /** Each figure said again, with the one kept for it. */
  const keptFor = new Map<DraftFigure, DraftFigure>()
  const drop = (figure: DraftFigure) => {
    if (dropped.has(figure)) return
    dropped.add(figure)
    ignored.push({
      text: figure.valueText,
      reason: 'the same figure said again',
      context: figure.quote.slice(0, 80),
    })
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue
    // The one in the longest paragraph; in one paragraph, the one said with what it is compared with ("… tăng 15,5
    // lần Quý I/2024, … tăng 15,5 lần so với cùng kỳ năm 2023").
    // A photo's caption ("… (Ảnh: CTV)") repeats the body: never the one kept.
    const isCaption = (figure: DraftFigure) => /\(\s*ảnh\s*:|^\s*\||[-–]\s*ảnh\s*\d/iu.test(figure.quote)
    // ("Năm 2023, vốn kế hoạch … là 4.654,6 tỷ đồng. … giải ngân đạt 2.874,3/4.654,6 tỷ đồng": a plan's level said on its
    // own names it; the same level written after a result's slash repeats it.)
    const isAfterSlash = (figure: DraftFigure) =>
      figure.role === 'target' &&
      figure.at !== undefined &&
      figure.sentenceStart !== undefined &&
      /\/\s*$/u.test(figure.quote.slice(0, Math.max(0, figure.quote.indexOf(figure.valueText))))
    const kept = [...group].sort(
      (a, b) =>
        Number(isCaption(a)) - Number(isCaption(b)) ||
        Number(isAfterSlash(a)) - Number(isAfterSlash(b)) ||
        paragraphLength(b) - paragraphLength(a) ||
        Number(b.changeFrom !== undefined) - Number(a.changeFrom !== undefined),
    )[0]
    if (!kept) continue
    // The same amount of another thing named in another sentence of the paragraph is another figure ("Tổng thu …
    // đạt 28.936 triệu đồng. Tổng chi … đạt 28.936 triệu đồng"): a page repeats a figure in its lead or a caption, not
    // in its next sentence, unless in more words ("xuất khẩu đạt 81,5 triệu USD. … kim ngạch xuất khẩu hàng hóa ước
    // tính đạt 81,5 triệu USD"). In one sentence, the same amount named twice is one ("Vốn đăng ký … tăng 12,5 lần quý I,
    // … với tổng vốn 1,2 tỷ USD, tăng 12,5 lần so với cùng kỳ").
    // Nor is one amount after two deeds of one sentence ("Đã trồng mới 750 ha, khai thác 750 ha rừng trồng"), nor of one
    // deed done to two things, whatever name they were given ("xử lý 100% chất thải y tế, …, 100% chất thải công nghiệp").
    // Nor is a share said after two amounts of one sentence ("… 58.476 tỷ đồng, đạt 63,8% dự toán, … và thu từ khu vực
    // có vốn đầu tư nước ngoài … 42.981 tỷ đồng, đạt 63,8% dự toán"): each is of its own amount.
    // A multiple recurs for other things in other sentences ("quy mô GRDP gấp 1,7 lần", "Thu ngân sách … tăng gấp 1,7
    // lần"), as a share does.
    // ("GDP quý I tăng 7,7%, 6 tháng tăng 8,1%, 9 tháng tăng 8,1%": the same amount of two parts of the year, each said.)
    // (Each its own part, said in its own sentence: not one the report's months lent a headline.)
    const ownPart = (one: DraftFigure) =>
      partOf(one) !== '' && one.quote.toLocaleLowerCase('vi').includes(partOf(one)) ? partOf(one) : ''
    const isOtherPart = (figure: DraftFigure) =>
      ownPart(figure) !== '' && ownPart(kept) !== '' && ownPart(figure) !== ownPart(kept)
    // ("Đài Loan đạt hơn 1,4 tỷ USD và Hồng Kông đạt gần 1,4 tỷ USD": one above the amount, one below it, two amounts.)
    const isOtherSide = (figure: DraftFigure) => {
      const sides = [sideOfBound(figure), sideOfBound(kept)]
      return sides.includes('above') && sides.includes('below')
    }
    const isOtherThing = (figure: DraftFigure) =>
      isOtherPart(figure) ||
      isOtherSide(figure) ||
      isOfOtherAmount(figures, figure, kept, name, paragraphOf) ||
      isOtherObject(figure, kept) ||
      (!isSameThing(name(figure), name(kept)) &&
        (isNextSentence(paragraphOf.get(figure), figure.quote, kept.quote) ||
          isOtherDeed(figure, kept) ||
          (figure.unit === 'multiple' && figure.sentenceStart !== kept.sentenceStart)))
    for (const figure of group) {
      if (figure === kept || isOtherThing(figure)) continue
      if (!isSpecific(figure) && !isSameThing(name(figure), name(kept))) continue
      drop(figure)
      keptFor.set(figure, kept)
      // "… đạt 647 ngàn tấn, tăng 2%" said again: a round change right after a repeated figure repeats with it.
      const next = figures[figures.indexOf(figure) + 1]
      const keptNext = figures[figures.indexOf(kept) + 1]
      if (
        next &&
        keptNext &&
        next.quote === figure.quote &&
        keptNext.quote === kept.quote &&
        next.unit === keptNext.unit &&
        next.value === keptNext.value &&
        !dropped.has(keptNext)
      )
        drop(next)
    }
  }
  // "Giá trị sản xuất nông nghiệp … tăng 7% so với cùng kỳ. Ảnh minh họa: …": a photo's caption says a round amount of
  // the body again, under the same name; it is no figure of its own.
  for (const figure of figures) {
    if (dropped.has(figure) || !isCaptionParagraph(paragraphOf.get(figure) ?? '')) continue
    const said = figures.find(
      (other) =>
        other !== figure &&
        !dropped.has(other) &&
        !isCaptionParagraph(paragraphOf.get(other) ?? '') &&
        other.role === figure.role &&
        (other.period?.year ?? '') === (figure.period?.year ?? '') &&
        other.unit === figure.unit &&
        other.value === figure.value &&
        isSameThing(name(figure), name(other)),
    )
    if (said) {
      drop(figure)
      keptFor.set(figure, said)
    }
  }
  // "… huyện đã tổ chức trồng lại 17,1 ha rừng. 30 nghìn cây … để tiến hành trồng lại 17,1 ha rừng": in a text of aims,
  // a precise amount said done is that deed however it is said again, no aim read from the text alone.
  for (const figure of figures) {
    if (dropped.has(figure) || figure.why?.role.rule !== 'plan-text' || !isSpecific(figure)) continue
    const done = figures.find(
      (other) =>
        other !== figure &&
        !dropped.has(other) &&
        other.role === 'actual' &&
        other.unit === figure.unit &&
        (other.otherUnit ?? '') === (figure.otherUnit ?? '') &&
        other.value === figure.value &&
        (other.at ?? 0) < (figure.at ?? 0),
    )
    if (done) {
      drop(figure)
      keptFor.set(figure, done)
    }
  }
  // "TP.HCM thu ngân sách hơn 446.500 tỉ đồng năm 2023", a line over "… ước đạt 446.545 tỉ đồng": a round bound of a
  // more precise amount said in a longer paragraph is that amount again, rounded.
  for (const figure of figures) {
    if (dropped.has(figure)) continue
    // ("… ước thực hiện 73.034 tỷ đồng" after "… 73.034,68 tỷ đồng": four figures and more, cut, are that amount under
    // any name, wherever said.)
    const precise = figures.find(
      (other) =>
        other !== figure &&
        !dropped.has(other) &&
        roundsTo(figure, other) &&
        ((isSameThing(name(figure), name(other)) && paragraphLength(other) > paragraphLength(figure)) ||
          isCutFrom(figure, other)),
    )
    if (precise) {
      drop(figure)
      keptFor.set(figure, precise)
    }
  }
  // "… ước thực hiện 73.034 tỷ đồng. Con số này tăng 12,8% so với cùng kỳ và đạt 101% kế hoạch": a sentence pointing
  // back at a figure said again says again what was said with it.
  for (const [repeat, kept] of keptFor) {
    const next = figures.find((figure) => (figure.sentenceStart ?? -1) > (repeat.sentenceStart ?? Infinity))
    if (!next || !pointedBack.test(next.quote)) continue
    const saidWithKept = figures.filter((figure) => figure.sentenceStart === kept.sentenceStart)
    for (const figure of figures.filter((f) => f.sentenceStart === next.sentenceStart)) {
      const isSaid = saidWithKept.some(
        (other) =>
          other.unit === figure.unit &&
          (other.period?.year ?? '') === (figure.period?.year ?? '') &&
          // ("đạt 101% kế hoạch" of "đạt 101,09% kế hoạch": said again, rounded)
          (other.value === figure.value ||
            roundsTo(figure, other) ||
            (Number.isInteger(figure.value) && Math.abs(other.value - figure.value) < 1)),
      )
      if (isSaid) drop(figure)
    }
  }
  return figures.filter((figure) => !dropped.has(figure))
}

/** A photo's caption: a short paragraph ending with who took it ("… so với cùng kỳ. Ảnh minh họa: BGP/An Nhiên"). */
export function isCaptionParagraph(paragraph: string): boolean {
  return (
    paragraph.length <= 300 &&
    /(?:^|[.)]\s*|\(\s*)ảnh(?:\s+minh\s+họa)?\s*:[^.]{0,60}\)?\s*$/iu.test(paragraph)
  )
}

/**
 * "Nam Giang giảm 693 hộ nghèo, đạt 192,5% chỉ tiêu tỉnh giao" in the lead, "… vượt 333 hộ và đạt 192,5% so với tỉnh
 * giao" in the body: a share of plan with four figures is one, however its subject was worded each time.
 */
/** Who set the plan a share of plan is of, as its name says ("(% dự toán HĐND tỉnh)"): the country's or a level's. */
function planSetter(share: DraftFigure): string | undefined {
  const plan = /\(%([^()]*)\)\s*$/u.exec(share.label.vi)?.[1] ?? ''
  const level =
    /(Thủ tướng|Chính phủ|Trung ương|Quốc hội)|(tỉnh)|(huyện|thị xã|quận)|(xã|phường|thị trấn)/iu.exec(plan)
  if (!level) return undefined
  return level[1] ? 'country' : level[2] ? 'province' : level[3] ? 'district' : 'commune'
}

function isPreciseShareOfPlan(figure: DraftFigure): boolean {
  return (
    isShareOfPlanFigure(figure) &&
    /\d,\d/u.test(figure.valueText) &&
    String(figure.value).replace(/\D/gu, '').length >= 4
  )
}

/** Whether `cut` ("73.034 tỷ đồng") is `precise` (73.034,68 tỷ đồng) with its decimals left off: four figures or more. */
function isCutFrom(cut: DraftFigure, precise: DraftFigure): boolean {
  return (
    cut.comparator === 'exact' &&
    Number.isInteger(cut.value) &&
    !Number.isInteger(precise.value) &&
    Math.trunc(precise.value) === cut.value &&
    String(cut.value).replace(/0+$/u, '').length >= 4
  )
}

/** The part of a year a figure is of, as one set of words ("7 tháng", "7 tháng đầu năm" or "7 tháng đầu năm 2025"). */
const partOf = (figure: DraftFigure) =>
  (figure.partOfYear ?? '')
    .toLocaleLowerCase('vi')
    .replace(/(?:\s*[/-]\s*|\s+(?:năm\s+)?)(?:19|20)\d{2}$/u, '')
    .replace(/\s+(?:đầu|của)(?:\s+năm)?$/u, '')
    .trim()

/** Whether `round` ("hơn 446.500 tỉ đồng") is a bound said of `precise` (446.545 tỉ đồng) rounded, or cut. */
function roundsTo(round: DraftFigure, precise: DraftFigure): boolean {
  if (
    round.role !== precise.role ||
    (round.period?.year ?? '') !== (precise.period?.year ?? '') ||
    // ("GRDP 9 tháng năm 2022 tăng gần 13,2%", then "năm 2022 tăng trên 10%": the year's, no rounding of the months'.)
    // ("7 tháng" in a headline is the body's "7 tháng đầu năm".)
    partOf(round) !== partOf(precise) ||
    round.unit !== precise.unit ||
    (round.otherUnit ?? '') !== (precise.otherUnit ?? '') ||
    round.max !== undefined ||
    precise.max !== undefined ||
    !Number.isInteger(round.value)
  )
    return false
  const zeros = /0*$/u.exec(String(round.value))?.[0].length ?? 0
  const step = 10 ** zeros
  const gap = precise.value - round.value
  if (gap === 0 || Math.abs(gap) >= step) return false
  if (round.comparator === 'over' || round.comparator === 'moreThan') return gap > 0
  if (round.comparator === 'under') return gap < 0
  return round.comparator === 'about' || isCutFrom(round, precise)
}

/**
 * The growth of the whole economy, by any of its names ("tốc độ tăng trưởng kinh tế", "tăng trưởng GRDP", "tốc độ
 * tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "tốc độ tăng trưởng kinh tế GRDP", "tốc độ tăng tổng sản phẩm …", "chỉ
 * số GRDP trên địa bàn", a caption's "GRDP"): one thing, said again under another.
 */
const sameEconomy = (name: string) =>
  /^(?:(?:tốc độ|mức)\s+)?(?:tăng trưởng\s+|tăng\s+)?(?:chỉ số\s+)?(?:kinh tế(?:\s*\(?grdp\)?)?|grdp(?:\s+trên địa bàn)?|tổng sản phẩm(?:\s+trên địa bàn)?(?:\s*\(grdp\))?)$/u.test(
    name,
  )
    ? 'tăng trưởng grdp'
    : name

/** Whether two quotes are said in different sentences of one paragraph. */
function isNextSentence(paragraph: string | undefined, one: string, other: string): boolean {
  if (paragraph === undefined) return false
  const [first, second] = [paragraph.indexOf(one), paragraph.indexOf(other)].sort((a, b) => a - b)
  if (first === undefined || second === undefined || first < 0) return false
  return /[.!?…]\s/u.test(paragraph.slice(first, second))
}

/**
 * Whether two shares or changes are each said after an amount of its own: in one sentence, any two; in two sentences
 * of a paragraph, amounts of different things ("Tổng thu … hơn 797 tỷ đồng, đạt 188,5%. Tổng chi … hơn 797 tỷ đồng,
 * đạt 188,5%"), where a lead said again in the body is in another paragraph.
 */
function isOfOtherAmount(
  figures: readonly DraftFigure[],
  one: DraftFigure,
  other: DraftFigure,
  name: (figure: DraftFigure) => string,
  paragraphOf: ReadonlyMap<DraftFigure, string>,
): boolean {
  // A multiple is of the amount before it as a share is ("… trên 155.000 lượt, gấp hơn 1,6 lần").
  const isLevel = (figure: DraftFigure) => isAmount(figure) && figure.unit !== 'multiple'
  const amountBefore = (figure: DraftFigure) =>
    figures
      .slice(0, figures.indexOf(figure))
      .findLast((before) => before.sentenceStart === figure.sentenceStart && isLevel(before))
  const [oneAmount, otherAmount] = [amountBefore(one), amountBefore(other)]
  if (one.unit === 'TODO' || isLevel(one) || !oneAmount || !otherAmount || oneAmount === otherAmount)
    return false
  return (
    (one.sentenceStart !== undefined && one.sentenceStart === other.sentenceStart) ||
    (paragraphOf.get(one) === paragraphOf.get(other) && !isSameThing(name(oneAmount), name(otherAmount)))
  )
}

/**
 * Where a figure's words are in its quote, where another figure's quote says the same words too ("… 15 ha dâu tằm và
 * 15 ha điều"): the later figure in the text is the later occurrence.
 */
function ownIndex(figure: DraftFigure, other: DraftFigure): number {
  const first = figure.quote.indexOf(figure.valueText)
  const isLaterTwin =
    other.quote === figure.quote && other.valueText === figure.valueText && (figure.at ?? 0) > (other.at ?? 0)
  const second = isLaterTwin ? figure.quote.indexOf(figure.valueText, first + 1) : -1
  return second >= 0 ? second : first
}

/** Whether two amounts of one sentence are said after different words ("trồng mới 750 ha", "khai thác 750 ha"). */
function isOtherDeed(one: DraftFigure, other: DraftFigure): boolean {
  const wordBefore = (figure: DraftFigure) => {
    const before = figure.quote.slice(0, Math.max(0, ownIndex(figure, figure === one ? other : one)))
    return /(\p{L}+)[\s,:]*$/u.exec(before)?.[1]?.toLocaleLowerCase('vi')
  }
  const [oneWord, otherWord] = [wordBefore(one), wordBefore(other)]
  return (
    one.sentenceStart !== undefined &&
    one.sentenceStart === other.sentenceStart &&
    oneWord !== undefined &&
    otherWord !== undefined &&
    oneWord !== otherWord
  )
}

/** Words after an amount that name no thing it is a share of: a comparison, a time, a bound, a plan. */
const notThings =
  'so|với|quý|tháng|năm|trở lên|trở xuống|kế hoạch|dự toán|chỉ tiêu|nghị quyết|cùng kỳ|và|của|trong|đạt|tăng|giảm|bằng|vượt|là|thì'

/**
 * Whether two amounts of one sentence are of different things named right after them ("thu gom và xử lý 100% chất thải
 * y tế, 98% chất thải nguy hại, 100% chất thải công nghiệp", "trồng mới … 15 ha dâu tằm và 15 ha điều"), whatever the
 * name the deed before gives both.
 */
function isOtherObject(one: DraftFigure, other: DraftFigure): boolean {
  const wordsAfter = (figure: DraftFigure) => {
    const after = figure.quote.slice(ownIndex(figure, figure === one ? other : one) + figure.valueText.length)
    // (A share of the things named, not a comparison or a time: "tăng 12,5 lần quý I/2025", "… so với cùng kỳ".)
    if (new RegExp(String.raw`^\s+(?:${notThings})(?![\p{L}\p{M}])`, 'iu').test(after)) return undefined
    return /^\s+(\p{Ll}+(?:\s+\p{Ll}+){0,3})/u.exec(after)?.[1]?.toLocaleLowerCase('vi')
  }
  const [oneThing, otherThing] = [wordsAfter(one), wordsAfter(other)]
  return (
    one.sentenceStart !== undefined &&
    one.sentenceStart === other.sentenceStart &&
    oneThing !== undefined &&
    otherThing !== undefined &&
    oneThing !== otherThing
  )
}

/** Whether two names are of one thing, one said in more words than the other ("xuất khẩu", "kim ngạch xuất khẩu"). */
function isSameThing(one: string, other: string): boolean {
  if (sameEconomy(one) === sameEconomy(other)) return true
  const words = (name: string) => name.split(/[\s,()-]+/u).filter(Boolean)
  const [shorter, longer] = [words(one), words(other)].sort((a, b) => a.length - b.length)
  return shorter !== undefined && longer !== undefined && shorter.every((word) => longer.includes(word))
}

/** Which side of its amount a bound puts a figure: "hơn", "trên", "trở lên" above; "gần", "dưới" below. */
function sideOfBound(figure: DraftFigure): 'above' | 'below' | undefined {
  if (['moreThan', 'over', 'atLeast'].includes(figure.comparator)) return 'above'
  if (['under', 'atMost'].includes(figure.comparator) || /(?:^|\s)gần\s/iu.test(figure.valueText))
    return 'below'
  return undefined
}
