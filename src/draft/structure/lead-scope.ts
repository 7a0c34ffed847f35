import { hasLetter, letter } from '../../lib/reg-exp.ts'
import { bracketsOf } from '../clause-reading.ts'
import type { Span } from '../split-text.ts'
import type { Scope } from './decide-role.ts'
import { sectionOf } from './section-heading.ts'
import { yearOf } from './figure-year.ts'
import type { Phrase } from './governing.ts'
import type { ReportYears } from './report-years.ts'
import type { TimeExpression } from './time-expressions.ts'
import { targetsFared } from './role-words.ts'
import { resultsBuiltOn } from './year-signals.ts'

const yearKinds = new Set(['period', 'part-of-year', 'deadline', 'point', 'term'])

/** "… có mức tăng trưởng khá so với cùng kỳ": grown on the same time of the year before, which only results are. */
const grownOnLastYear = new RegExp(
  String.raw`(?<![${letter}])(?:tăng|tăng trưởng|giảm)(?![${letter}])[^.;:]*?so\s+(?:với\s+)?cùng\s+kỳ(?![${letter}])|${targetsFared}`,
  'iu',
)

/**
 * The list a lead clause opens ("Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2025 là:", "Mục tiêu năm 2025:",
 * "… đạt và vượt kế hoạch, như:"): targets where aim words lead it, results where achievement does, of the
 * year it names. A lead with no year of its own ("Các chỉ tiêu xã hội:") goes on with the list before it.
 * Null when the lead says neither. Offsets of phrases and times are in the whole text.
 */
export function leadScope(
  lead: Span,
  phrases: readonly Phrase[],
  times: readonly TimeExpression[],
  years: ReportYears,
  previous: Scope | null,
  published?: { year: number },
  /** The sentence before said what was achieved ("… có 20 chỉ tiêu đạt và vượt kế hoạch."). */
  afterAchievement = false,
): Scope | null {
  const end = lead.start + lead.text.length
  // ("Trên cơ sở những kết quả đạt được, năm 2026 xã … tiếp tục đề ra các chỉ tiêu như:": the results a plan is built on
  // are no achievement of the lead's.)
  const isBuiltOn = (p: Phrase) =>
    p.kind === 'done' && resultsBuiltOn.test(lead.text.slice(0, Math.max(0, p.end - lead.start)))
  const before = phrases.filter((p) => p.end <= end && !isBuiltOn(p))
  const aim = before.filter((p) => p.kind === 'aim' || p.kind === 'plan-noun').at(-1)
  // "… đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra:": the plan named after an achievement is what was achieved
  // (measured against the plan), not a plan the list sets; not where an aim comes between ("phát huy những thành tựu
  // đã đạt được, … xây dựng phương hướng, nhiệm vụ …, trong đó phấn đấu thực hiện một số chỉ tiêu cụ thể như:").
  const isSetting = (q: Phrase) => /^(?:đề ra|đặt ra|đưa ra|giao)$/iu.test(q.words)
  // ("nhiều chỉ tiêu kinh tế tăng so với cùng kỳ và đảm bảo mục tiêu theo lộ trình kế hoạch đặt ra như:": a plan kept to,
  // said with a change on the year before, is measured against.)
  const keptTo =
    aim !== undefined &&
    /(?:tăng|giảm)\s+so\s+(?:với\s+)?cùng kỳ[^.;:]*?(?<![\p{L}])đảm bảo\s+(?:các\s+)?(?:mục tiêu|tiến độ)/iu.test(
      lead.text.slice(0, aim.end - lead.start),
    )
  const achievedPlan =
    aim !== undefined &&
    (aim.kind === 'plan-noun' || isSetting(aim)) &&
    (keptTo ||
      before.some(
        (p) =>
          p.kind === 'done' &&
          p.start < aim.start &&
          /(?:đạt|vượt|hoàn thành)/iu.test(p.words) &&
          !before.some(
            (q) =>
              q.kind === 'aim' &&
              !isSetting(q) &&
              (q.start < p.start || (q.start > p.end && q.start < aim.start)),
          ),
      ))
  // "GRDP toàn tỉnh tăng 7,71%, với sự đóng góp … như sau:": a lead that gives a result itself leads results.
  const isResultSaid = (p: Phrase) =>
    p.kind === 'weak-done' &&
    /^(?:tăng|giảm|đạt)$/iu.test(p.words) &&
    /^\s*(?:khoảng|gần|hơn|trên)?\s*\d/u.test(lead.text.slice(p.end - lead.start))
  const done = before
    .filter((p) => (p.kind === 'done' || isResultSaid(p)) && (!aim || achievedPlan || p.start > aim.start))
    .at(-1)
  // ("Quý I năm 2017 … tăng 8,3% so cùng kỳ (quý I năm 2016 tăng 8,1% …). Trong đó:": a year said in a bracket is an
  // aside, no time of the list.)
  const isBracketed = (t: TimeExpression) => {
    const before = lead.text.slice(0, Math.max(0, t.start - lead.start))
    return before.lastIndexOf('(') > before.lastIndexOf(')')
  }
  const timed = times.filter((t) => t.end <= end && yearKinds.has(t.kind) && !isBracketed(t))
  // "Năm 2019, năm tăng tốc thực hiện … kế hoạch 5 năm 2016 - 2020, … đạt được một số kết quả như sau:": a lead of
  // results is of its own year, not of the plan's span it says it carries out.
  const ownYear = done
    ? timed.filter((t) => t.start >= lead.start && t.kind !== 'deadline' && t.kind !== 'term').at(-1)
    : undefined
  const time = ownYear ?? timed.at(-1)
  const year = time ? yearOf(time, years, published) : undefined
  const from = Math.min(
    aim?.start ?? end,
    done?.start ?? end,
    time?.start ?? end,
    lead.start + Math.max(0, lead.text.length - 80),
  )
  // From a whole word on: "… Khánh Hòa đã xây dựng …", never "o biết, Khánh Hòa …".
  const cut = Math.max(0, from - lead.start)
  const words = (
    cut > 0 && hasLetter.test(lead.text.charAt(cut - 1))
      ? lead.text.slice(cut).replace(/^\S*\s+/u, '')
      : lead.text.slice(cut)
  ).trim()
  const isLater = year !== undefined && years.results !== undefined && year > years.results.year
  if (done || keptTo)
    return { role: 'actual', ...(year === undefined ? {} : { year }), words, items: 0, leadEnd: end }
  // "… có 20 chỉ tiêu đạt và vượt. Trong đó, các chỉ tiêu chủ yếu như: …": the targets just said to be met, listed
  // with what they reached, are results.
  // ("… nhiều chỉ tiêu vượt kế hoạch. Cụ thể, một số chỉ tiêu kinh tế - xã hội của huyện … trong năm 2021: …": so are the
  // ones it goes on to name "Cụ thể".)
  const isSubsetOfMet =
    afterAchievement &&
    (new RegExp(String.raw`(?<![${letter}])(?:như|bao gồm|gồm)\s*:?\s*$`, 'iu').test(lead.text) ||
      /^\s*Cụ thể\s*,/iu.test(lead.text)) &&
    !before.some((p) => p.kind === 'aim') &&
    !isLater
  // "Các chỉ tiêu đạt cao bao gồm: …", "các chỉ tiêu vượt kế hoạch như: …": the targets the lead says were met.
  const isMetInLead =
    aim?.kind === 'plan-noun' &&
    before.some(
      (p) =>
        (p.kind === 'done' || p.kind === 'weak-done') &&
        p.start > aim.start &&
        /^(?:đạt|vượt|hoàn thành)/iu.test(p.words),
    ) &&
    !isLater
  // "Nhiều chỉ tiêu kinh tế có mức tăng trưởng khá so với cùng kỳ như: …", "Năm 2022, nhiều chỉ tiêu phát triển kinh tế
  // của tỉnh trên đà phục hồi …": targets said to have grown on the same time last year, or to be recovering, are named
  // by what they reached.
  const isGrownOnLastYear =
    aim?.kind === 'plan-noun' &&
    !before.some((p) => p.kind === 'aim') &&
    grownOnLastYear.test(lead.text.slice(Math.max(0, aim.end - lead.start))) &&
    !isLater
  // "Nổi bật là các chỉ tiêu về thu ngân sách, trồng rừng …": the targets singled out as met best.
  const isStandout =
    aim?.kind === 'plan-noun' &&
    !before.some((p) => p.kind === 'aim') &&
    new RegExp(String.raw`(?<![${letter}])(?:nổi bật|đáng chú ý|điểm sáng)(?![${letter}])`, 'iu').test(
      lead.text.slice(0, Math.max(0, aim.start - lead.start)),
    ) &&
    !isLater
  // "Đến nay, sau khi rà soát, kết quả thực tế có một số chỉ tiêu thay đổi, bổ sung như:": the targets' results named
  // before them, with no aim in the same part of the sentence.
  const ownPart = aim
    ? lead.text
        .slice(0, Math.max(0, aim.start - lead.start))
        .split(/[.;:]/u)
        .at(-1)
    : undefined
  const partStart = aim ? aim.start - (ownPart?.length ?? 0) : end
  const isResultsNamed =
    aim?.kind === 'plan-noun' &&
    new RegExp(String.raw`(?<![${letter}])kết quả(?![${letter}])`, 'iu').test(ownPart ?? '') &&
    !before.some((p) => p.kind === 'aim' && p.start >= partStart) &&
    !isLater
  if (isSubsetOfMet || isMetInLead || isGrownOnLastYear || isStandout || isResultsNamed)
    return { role: 'actual', ...(year === undefined ? {} : { year }), words, items: 0, leadEnd: end }
  if (aim || isLater || time?.kind === 'deadline') {
    const inherited = previous?.role === 'target' ? previous.year : undefined
    // "… thực hiện Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025 …. Một số chỉ tiêu cụ thể như: …": a list of targets that
    // names no year is of the report's plan, else of the end of the term the text looks ahead to.
    const scopeYear = year ?? inherited ?? years.plan?.year ?? years.newTerm?.year
    return {
      role: 'target',
      ...(scopeYear === undefined ? {} : { year: scopeYear }),
      words,
      items: 0,
      leadEnd: end,
    }
  }
  return null
}

/** A sentence with its governing words and times, offsets in the whole text. */
type ReadSentence = Span & { phrases: readonly Phrase[]; times: readonly TimeExpression[] }

/**
 * The scope a clause ending in ":" opens over the list after it. "… đã đề ra một số chỉ tiêu chủ yếu năm 2024. Cụ thể
 * như: …": a lead with no words of its own goes on from the sentence before it, unless it names its own year ("Cơ cấu
 * kinh tế năm 2023: …").
 */
export function scopeOfLeadClause(
  clause: Span,
  sentence: ReadSentence,
  previousSentence: ReadSentence | null,
  years: ReportYears,
  previous: Scope | null,
  published: { year: number } | undefined,
  afterAchievement: boolean,
): Scope | null {
  const namesYear = sentence.times.some(
    (t) => t.year !== undefined && t.start >= clause.start && t.end <= clause.start + clause.text.length,
  )
  // "Theo đó, các chỉ tiêu … năm 2021 gồm: … so với ước thực hiện năm 2020 là 7-8%. Trong đó: …": a sentence before
  // that led a list of its own leads by its lead's words, not by what its list said.
  const colon = previousSentence?.text.indexOf(':') ?? -1
  const previousLead =
    previousSentence && colon > 0
      ? { ...previousSentence, text: previousSentence.text.slice(0, colon) }
      : previousSentence
  // "… năm 2023 ước đạt 8,16%; … (năm 2022 đạt 9,12%; …); trong đó:": a year in a bracket closed before the list is
  // the bracket's.
  const shut = bracketsOf(sentence).filter((b) => b.end < clause.start + clause.text.length)
  const times = sentence.times.filter((t) => !shut.some((b) => t.start > b.start && t.start < b.end))
  const own = leadScope(clause, sentence.phrases, times, years, previous, published, afterAchievement)
  if (own) return own
  // ("- Thu ngân sách … tăng 20% trở lên\n2. Chỉ tiêu văn hoá xã hội:": a numbered heading, its number left at the end of
  // the sentence before, opens a part of its own, the section it names; it never goes on from the item before it.)
  const headingNumber = /(?:^|\n)[ \t]*((?:[IVX]{1,4}|[A-Đ]|\d{1,2})[ \t]*[./)])[ \t]*$/u.exec(
    previousSentence?.text ?? '',
  )?.[1]
  if (headingNumber !== undefined && sectionOf(`${headingNumber} ${clause.text}`, years)) return null
  // ("… thuế sản phẩm tăng 5,38%;\nb) Cơ cấu kinh tế: …": an item of the list before, ended by its ";", leads nothing;
  // nor does a sentence before a field's heading, "Trong lĩnh vực văn hóa – xã hội, an ninh – quốc phòng:", whose items say
  // their own words.)
  // ("* Về văn hóa – xã hội:" after "- Thu nhập … tăng gấp 2,15 lần so với năm 2015.": a field's name alone heads a part.)
  const namesField =
    /^\s*(?:(?:Trong|Về|Đối với|Trên)\s+)?(?:các\s+)?(?:lĩnh vực|mặt)\s/iu.test(clause.text) ||
    /^\s*(?:[*•+-]\s*)?Về\s+\p{L}+(?:[\s,–-]+\p{L}+){0,7}\s*$/u.test(clause.text)
  // ("Tổng sản lượng … 4.194 tấn, …. Cũng trong 6 tháng, huyện đã triển khai trồng mới 320 ha cây công nghiệp các loại
  // bao gồm: …": a lead that gave an amount of its own, or whose sentence did, goes on from that, not the sentence before.)
  const saidOwnAmount = /\d[\d.,]*\s*(?:%|\p{L})/u.test(
    sentence.text
      .slice(0, Math.max(0, clause.start + clause.text.length - sentence.start))
      .replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ''),
  )
  const goesOn =
    previousLead && !namesYear && !namesField && !saidOwnAmount && !/;\s*$/u.test(previousLead.text)
      ? leadScope(previousLead, previousLead.phrases, previousLead.times, years, previous, published)
      : null
  // "Trong thu nội địa, một số khoản thu lớn như:": the list is opened by its own words, though its role and year go on
  // from the sentence before; those words are the ones a person sees quoted.
  // (A long lead, "a) Sản xuất ngư, nông, lâm nghiệp phát triển ổn định, phong trào … thực hiện:", is quoted from its
  // start, cut at a word: never the sentence before's words, which a person would not find leading the list.)
  const lead = clause.text.replace(/[\s:]+$/u, '').trim()
  const ownWords = lead.length <= 80 ? lead : `${lead.slice(0, lead.lastIndexOf(' ', 78))} …`
  return goesOn && /\p{L}+\s+\p{L}+/u.test(ownWords) ? { ...goesOn, words: ownWords } : goesOn
}
