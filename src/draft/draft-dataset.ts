import { letter } from '../lib/reg-exp.ts'
import { toNumber } from '../dataset/reading/decimal.ts'
import { readScorecards } from '../dataset/reading/read-scorecard.ts'
import { alignNames, nameOfCompared } from './align-names.ts'
import { namedInTurn } from './named-in-turn.ts'
import { amountNotes } from './amount-notes.ts'
import { buildFigure } from './build-figure.ts'
import {
  around,
  beforeAt,
  bracketsOf,
  leadBeforeColon,
  profilePeriod,
  readClause,
  reportedFrom,
  saysAchieved,
} from './clause-reading.ts'
import type { Draft, DraftFigure, DraftScorecard, IgnoredNumberNote } from './draft-types.ts'
import { indicatorOfLabel, namedWithSpan, pointedBack } from './figure-name.ts'
import { type FoundAmount, findAmounts, nonFiguresWithin } from './find-amounts.ts'
import { finishDraft } from './finish-draft.ts'
import {
  addressWords,
  cutAtTheEnd,
  findNonFigureSpans,
  householdsOwn,
  householdStories,
} from './non-figures.ts'
import {
  planAfterFraction,
  planBesidePair,
  planOfPairOver,
  planBracketedAfterShare,
  plansReachedLater,
  shareBeforePair,
  planOfPairNotReached,
  riseOverEarlierPlan,
} from './plan-beside.ts'
import { otherPlacesSpans, ownPlaces } from './other-places.ts'
import { quoteSpans } from './quote-spans.ts'
import { isCaptionParagraph, isRepeatedIn, withoutRepeats } from './repeats.ts'
import { draftReport } from './report-meta.ts'
import { chooseScorecard, countOfTargets } from './scorecard-choice.ts'
import { type SetAsideFigure, setAsideFigures } from './set-aside.ts'
import { settleRole } from './settle-role.ts'
import { isAmount, isPlanShare, tiedToAmountBefore } from './share-of-plan.ts'
import { type Paragraph, type Span, splitReport } from './split-text.ts'
import { decideRole, type ParagraphYear, type Scope } from './structure/decide-role.ts'
import type { Phrase } from './structure/governing.ts'
import { leadScope, scopeOfLeadClause } from './structure/lead-scope.ts'
import { yearNamedForParagraph, yearOfSentenceWithoutFigures } from './structure/paragraph-year.ts'
import { namesLaterTerm, readReportYears, type ReportYears } from './structure/report-years.ts'
import { namesTargetsOnly, sectionAfter, sectionOf } from './structure/section-heading.ts'
import { findTables, withoutTables } from './table/find-tables.ts'
import { readTable } from './table/read-table.ts'
import type { TimeExpression } from './structure/time-expressions.ts'

/** What the person making the dataset knows that the text may not say: the date the page shows, as typed. */
export type KnownFacts = { published?: { year: number; month?: number; words: string } }

/** Told how far the draft has read: paragraphs done of all. */
export type DraftProgress = (done: number, total: number) => void

/** The words of a body adopting or drafting targets, whose contents a sentence after it lists. */
const adoptingWords = /^(?:thông qua|xây dựng)$/iu
/** "đã giao một số chỉ tiêu kế hoạch …": targets assigned, the list of them to follow. */
const assignedTargets = new RegExp(
  String.raw`(?<![${letter}])giao\s+(?:\d{1,2}\s+|một số\s+|các\s+)?chỉ tiêu\s+(?:kế hoạch|chủ yếu)(?![${letter}])`,
  'iu',
)

/** A line as a reader sees it: quotes and dashes of any kind, spaces, and a photo's number after it ("… ảnh 1") aside. */
function sameLine(line: string): string {
  return line
    .replace(/\s+ảnh\s*\d+\s*$/iu, '')
    .replace(/[‘’'“”"]/gu, '')
    .replace(/[–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('vi')
}

/** " đạt và vượt kế hoạch, trong đó …": how a scorecard's targets did, said right after its count. */
const outcomeWordsAfter = /^\s*((?:đều\s+)?(?:đạt|vượt|hoàn thành)[^,;.:()]*)/iu

/**
 * A draft dataset from a report's text: every amount becomes a candidate figure with its quote and valueText,
 * its role and year read from the structure of the text (the governing words of its sentence, the lead clause
 * of its list, the years the report sums up and plans for), each with the words that made the choice. Nothing
 * is invented: values come from the text, and what the text does not say is left "TODO".
 */
export function draftDataset(
  sourceText: string,
  sourceFile: string,
  known: KnownFacts = {},
  onProgress?: DraftProgress,
): Draft {
  const source = sourceText.normalize('NFC')
  // A table's rows are read by their columns (table/read-table.ts); the sentences' reader reads the rest.
  const tables = findTables(source)
  const text = withoutTables(source, tables)
  const paragraphs = splitReport(text)
  const {
    report,
    published: written,
    headerLines,
    titleLine,
  } = draftReport(
    paragraphs.map((p) => p.text),
    sourceFile,
  )
  // A date the text gives is read from it; an excerpt with none takes the date the person typed.
  // ("Đoàn công tác … khảo sát kết quả xây dựng nông thôn mới … vào tháng 3/2023 (Ảnh: …)": a photo's caption tells when
  // the photo was taken, not the time the text reports.)
  const sentences = paragraphs
    .filter((p) => !isCaptionParagraph(p.text))
    .flatMap((p) => p.sentences.map((s) => s.text))
  // A date line under which a council of a later term sums up a later year ("16/06/2020" over "nhiệm kỳ 2021-2026 …
  // năm 2022") is some other time's (a site's stale header): the words decide, as in a text with no date.
  const byWords = written && namesLaterTerm(sentences, written.year) ? readReportYears(sentences) : undefined
  const isStale = written !== undefined && (byWords?.results?.year ?? 0) > written.year
  const published = (isStale ? undefined : written) ?? known.published
  // The headline is read too, for a figure it gives that the text does not repeat ("Kim ngạch xuất khẩu 9 tháng
  // vượt 2,1 tỷ USD"); a figure the body repeats is taken from the body, where its sentence says more.
  const title = headerLines > 0 ? paragraphs[titleLine] : undefined
  // ("Bình Dương: Thu hút FDI 9 tháng tăng 23% …" again under a photo or in a box of links: the headline said again is
  // no sentence of the body, and gives nothing of its own.)
  // ("Nghệ An 'chốt' mục tiêu tăng trưởng 9 - 10% năm 2023 ảnh 1" under "Nghệ An ‘chốt’ mục tiêu tăng trưởng 9 – 10% …":
  // a photo's caption the page made of the headline, its quotes and dashes typed otherwise.)
  const isTitleAgain = (paragraph: Paragraph) =>
    title !== undefined && paragraph !== title && sameLine(paragraph.text) === sameLine(title.text)
  const bodyText = paragraphs
    .slice(headerLines)
    .filter((paragraph) => !isTitleAgain(paragraph))
    .map((paragraph) => paragraph.text)
    .join('\n\n')
  const isRepeated = (amount: FoundAmount) => isRepeatedIn(bodyText, amount)
  const body = [...(title ? [title] : []), ...paragraphs.slice(headerLines)]
  const bodyYears = byWords && published === undefined ? byWords : readReportYears(sentences, published)
  // ("Đến cuối năm 2020, Quảng Ngãi ước giảm tỷ lệ hộ nghèo xuống còn 6,07%. (Ảnh: …)": a caption that says the only
  // results of the text, the year of them too.)
  const years =
    bodyYears.results === undefined
      ? readReportYears(
          paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
          published,
        )
      : bodyYears
  // Other provinces' levels ranked beside the place's own, and the country's places counted, are no figures of its.
  const places = ownPlaces(text, { name: report.place.name.vi, province: report.place.province.vi })
  const figures: DraftFigure[] = []
  const paragraphOf = new Map<DraftFigure, string>()
  const ignoredNumbers: IgnoredNumberNote[] = []
  const setAside: SetAsideFigure[] = []
  let scorecard: DraftScorecard | undefined
  let targetCount: DraftFigure | undefined
  let scope: Scope | null = null
  let lastScope: Scope | null = null
  // The part of the report a heading line opened ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"), until the next heading.
  let section: Scope | null = null
  let paragraphYear: ParagraphYear | null = null
  let lastRoleInParagraph: DraftFigure['role'] | null = null
  let previousSentence: (Span & { phrases: Phrase[]; times: TimeExpression[] }) | null = null
  // The last sentence of the paragraph before: "… đã ban hành kịch bản tăng trưởng năm 2025." then a paragraph "Các nội
  // dung chủ yếu như: …" whose lead has no words of its own.
  let sentenceBeforeParagraph: (Span & { phrases: Phrase[]; times: TimeExpression[] }) | null = null
  // The figures of the sentence before, in its paragraph: "… là 271,4 tỷ đồng. Trong đó, …" breaks that level down.
  let previousSentenceFigures: readonly DraftFigure[] = []
  // Across paragraphs: "… có 20 chỉ tiêu đạt và vượt kế hoạch." then "Trong đó, các chỉ tiêu chủ yếu như: …".
  let lastSentenceAchieved = false
  let lastParagraphStart = -1
  // Whether a sentence of the paragraph, or of the last paragraph that was more than a caption, said targets were met.
  let paragraphAchieved = false
  let lastParagraphAchieved = false
  // The last sentence that adopted or drafted targets and gave no results ("Huyện xây dựng 17 chỉ tiêu, …", "… thông qua
  // Nghị quyết về nhiệm vụ …"), a photo's caption after it passed over.
  let settingSentence: (Span & { phrases: Phrase[]; times: TimeExpression[] }) | null = null

  const stories = householdStories(body.map((paragraph) => paragraph.text))
  for (const [index, paragraph] of body.entries()) {
    onProgress?.(index, body.length)
    // A heading line opens a part of the report, or ends one (section-heading.ts).
    const isHeading =
      paragraph !== title &&
      !paragraph.continuesPrevious &&
      paragraph.text.length <= 120 &&
      findAmounts(paragraph.text).amounts.length === 0
    if (isHeading) section = sectionAfter(paragraph.text, years, section)
    if (paragraph === title && findAmounts(paragraph.text).amounts.length === 0)
      section = sectionOf(paragraph.text, years, true)
    if (!paragraph.continuesPrevious) {
      // A list may go on in the next paragraph without a new lead ("… kim ngạch xuất khẩu 8,5 tỷ USD." then
      // "Thu ngân sách 44.923 tỷ đồng; …"): carried one paragraph, below the words of its own sentences.
      const ending = scope as Scope | null
      const isCounting = ending?.announced !== undefined && ending.items < ending.announced
      // "Với mục tiêu … năm 2025, tỉnh đã xây dựng một loạt chiến lược, như: đầu tư …; …" lists no amounts: it ends here.
      scope = isCounting
        ? ending
        : ending?.hasFigures && !ending.isCarried
          ? { ...ending, isCarried: true }
          : null
      // "Năm 2022, kinh tế quận tiếp tục phát triển. …" then "Tổng thu ngân sách quận ước thực hiện …", then "Bước sang năm
      // 2023, …": in a text of a later year's first months, a whole earlier year opened goes on until another is named.
      const endingYear = paragraphYear as ParagraphYear | null
      const isEarlierYearOpened =
        endingYear?.isOpening === true &&
        endingYear.role === 'actual' &&
        endingYear.partOfYear === undefined &&
        years.results?.partOfYear !== undefined &&
        endingYear.year < years.results.year
      // ("Giai đoạn 2021 - 2025, tỉnh sẽ xây dựng …" then "Giá trị sản xuất các chuỗi giá trị đạt: …", in a plan that
      // reports no results: the stage a paragraph aimed at goes on until another year or stage is named.)
      const isStageAimedAt =
        endingYear?.role === 'target' &&
        years.results === undefined &&
        /^(?:giai đoạn|thời kỳ)\s/iu.test(endingYear.words)
      paragraphYear =
        (isEarlierYearOpened || isStageAimedAt) && endingYear ? { ...endingYear, isCarried: true } : null
      // ("Đồng chí …, Bí thư … thông qua Báo cáo chính trị tại Đại hội.": a photo's caption between is passed over.)
      const wasCaption =
        previousSentenceFigures.length === 0 && previousSentence?.start === lastParagraphStart
      if (!wasCaption) lastParagraphAchieved = paragraphAchieved
      paragraphAchieved = false
      lastParagraphStart = paragraph.start
      sentenceBeforeParagraph = previousSentence
      previousSentence = null
      previousSentenceFigures = []
      lastRoleInParagraph = null
    }
    const paragraphNonFigures = [
      ...findNonFigureSpans(paragraph.text),
      ...otherPlacesSpans(paragraph, places),
      ...(paragraph === paragraphs.at(-1) ? cutAtTheEnd(paragraph.text) : []),
      ...addressWords(paragraph.text),
      ...householdsOwn(paragraph.text),
      ...(stories[index] ?? []),
    ]
    for (const sentence of paragraph.sentences) {
      const clauses = sentence.clauses.map((clause) => readClause(text, clause))
      const sentenceTimes = clauses.flatMap((c) => c.times)
      // (The year carried from the paragraph before ends where a sentence names a time of its own: "Bước sang năm 2023, …".)
      if (
        paragraphYear?.isCarried &&
        sentenceTimes.some((t) => t.year !== undefined || t.kind === 'part-of-year' || t.kind === 'period')
      )
        paragraphYear = null
      const brackets = bracketsOf(sentence)
      const heardFrom = reportedFrom(sentence)
      const sentencePhrases = clauses.flatMap((c) => c.phrases)
      const read = readScorecards(sentence.text)
      // "Trong tổng số 18 chỉ tiêu …, có 11 chỉ tiêu đạt và vượt …. Cụ thể, về kinh tế có 2/9 chỉ tiêu đạt KH; về xã hội có
      // 6/6 chỉ tiêu đạt …; môi trường có 3/3 chỉ tiêu đạt KH.": the scorecard just given, by group, each a count of its own.
      const isByGroup =
        scorecard !== undefined &&
        read.length >= 2 &&
        read.every((card) => card.total < (scorecard?.total ?? 0)) &&
        read.reduce((sum, card) => sum + card.total, 0) === scorecard.total &&
        read.reduce((sum, card) => sum + card.achieved, 0) === scorecard.achieved
      // "… đạt và vượt 15/17 chỉ tiêu …; trong đó, kinh tế đạt 6/6 chỉ tiêu, xã hội đạt 8/8 chỉ tiêu, quốc phòng – an ninh đạt
      // 1/2 chỉ tiêu …": in one sentence, the groups after a scorecard, each smaller and all within it, are its detail.
      const [first, ...groups] = read
      const isDetail =
        first !== undefined &&
        groups.length > 0 &&
        groups.every((card) => card.total < first.total) &&
        groups.reduce((sum, card) => sum + card.total, 0) <= first.total
      // ("… 18/23 chỉ tiêu đạt và vượt kế hoạch, trong đó có 4/6 chỉ tiêu về kinh tế; …": each group is counted as its
      // scorecard is, by the same outcome.)
      const detailOutcome = isDetail
        ? outcomeWordsAfter.exec(sentence.text.slice(first.end))?.[1]?.trim()
        : undefined
      const cards = (isByGroup ? [] : isDetail ? [first] : read).map((card) => ({
        ...card,
        start: card.start + sentence.start,
        end: card.end + sentence.start,
      }))
      const thisSentence = { ...sentence, phrases: sentencePhrases, times: sentenceTimes }
      scorecard = chooseScorecard(scorecard, cards, thisSentence, years, published)
      // "… 24/25 chỉ tiêu …; huyện đạt 20/36 chỉ tiêu huyện NTM": a second scorecard, of other targets, is a count of its
      // own, never dropped (the same targets' scorecard of another year, "12/16 … năm 2024 và 14/16 … năm 2025", is its
      // record).
      const inScorecard = cards.filter((card) => scorecard === undefined || card.total === scorecard.total)
      // "Năm 2019, Đồng Nai đề ra 28 chỉ tiêu …. Trong đó có 25/28 chỉ tiêu đạt và vượt …. Có 3 chỉ tiêu không đạt …
      // gồm kim ngạch xuất khẩu tăng 7,1%": once the targets announced are scored, what follows says how they did.
      // (A scorecard of the year the report gives results for scores the targets set for it, whatever their count.)
      const isScored =
        scope?.role === 'target' &&
        (scope.announced !== undefined
          ? cards.some((card) => card.total === scope?.announced)
          : cards.length > 0 && years.results !== undefined && scope.year === years.results.year)
      if (isScored) scope = null
      const sentenceFigures: DraftFigure[] = []
      const pairsWithPlan = new Set<FoundAmount>()
      // "… thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025. Trong đó, cơ cấu kinh tế …":
      // the sentence that set the targets leads the one that breaks them down ("… đã giao một số chỉ tiêu kế hoạch …
      // năm 2024. Chẳng hạn như tốc độ tăng GRDP 7,5 - 8,0%; …").
      if (
        !scope &&
        settingSentence &&
        // (Not "… Trong đó có 25/28 chỉ tiêu đạt và vượt": a sentence that scores the targets breaks none down.)
        cards.length === 0 &&
        // ("Trong đó tổng sản phẩm bình quân đầu người đạt …": a page may leave the comma out.)
        /^\s*(?:(?:Trong đó|Cụ thể)(?:\s*[,:]|\s+(?=\p{Ll}))|Chẳng hạn(?:\s+như)?[\s,:])/u.test(sentence.text)
      ) {
        const opened = leadScope(
          settingSentence,
          settingSentence.phrases,
          settingSentence.times,
          years,
          lastScope,
          published,
        )
        if (opened?.role === 'target') {
          scope = opened
          lastScope = opened
        }
      }
      // "Chỉ số sản xuất công nghiệp tăng 16,2%. Trong đó, ngành chế biến, chế tạo tăng 17,6%": a sentence that breaks
      // down the one before opens with that one's figure.
      // "… ước thực hiện 73.034 tỷ đồng. Con số này tăng 12,8% …": a sentence pointing back names the figure just said.
      const brokenDown = /^\s*(?:Trong đó|Cụ thể)\s*[,:]/u.test(sentence.text)
        ? previousSentenceFigures[0]
        : pointedBack.test(sentence.text)
          ? previousSentenceFigures.at(-1)
          : undefined
      for (const [clauseIndex, clause] of clauses.entries()) {
        const sentenceOpener = brokenDown ?? sentenceFigures[0]
        const previousClause = clauses[clauseIndex - 1]
        const sentenceLead = clauses.slice(0, clauseIndex).findLast((c) => c.isLead)
        const { amounts, ignored } = findAmounts(
          clause.text,
          nonFiguresWithin(paragraphNonFigures, clause.start - paragraph.start, clause.text.length),
        )
        for (const number of ignored)
          ignoredNumbers.push({ ...number, context: around(clause.text, number.index) })
        const where = {
          sentenceStart: sentence.start,
          sentenceBefore: text.slice(sentence.start, clause.start),
        }
        setAside.push(...setAsideFigures(clause, ignored, where, years))
        const quotes = quoteSpans(clause, amounts)
        const clauseFigures: DraftFigure[] = []
        let isListItem = false
        amounts.forEach((amount, i) => {
          const at = clause.start + amount.start
          if ((title && paragraph === title && isRepeated(amount)) || isTitleAgain(paragraph)) {
            ignoredNumbers.push({
              text: amount.valueText,
              reason: 'repeated in the text',
              context: around(clause.text, amount.start),
            })
            return
          }
          const quote = quotes[i] ?? clause
          const digitAt = at + Math.max(0, amount.valueText.search(/\d/u))
          const count = countOfTargets(clause, amounts, i, digitAt, inScorecard, {
            scorecard: scorecard !== undefined,
            targetCount: targetCount !== undefined,
          })
          if (count.kind === 'in-scorecard') return
          const { announcesList } = count
          const outcome = count.kind === 'other' ? count.outcome : null
          // "… 25 chỉ tiêu, trong đó 8 chỉ tiêu về kinh tế": a group of the targets is a part of the plan, a fact of the
          // plan's year, as "8 nhóm nhiệm vụ" is; "11 chỉ tiêu kinh tế gồm: …" opens the list of its targets.
          const isGroup = count.kind === 'group'
          const groupYear = isGroup ? (targetCount?.period?.year ?? scope?.year) : undefined
          if (isGroup && announcesList && targetCount?.period?.year !== undefined)
            scope = {
              role: 'target',
              year: targetCount.period.year,
              words: clause.text,
              announced: toNumber(amount.value),
              items: 0,
            }
          // "ước đạt 4,2 nghìn tỷ đồng": words inside the amount's own words govern it too.
          const numberAt = at + Math.max(0, amount.valueText.search(/\d/u))
          const colonLead = leadBeforeColon(sentence, numberAt)
          // "Tại hội nghị đánh giá … năm 2023, triển khai nhiệm vụ năm 2024, thành phố cho biết: …": what the meeting
          // was about governs none of what is reported.
          const isHeard = (item: { start: number }) => numberAt < heardFrom || item.start >= heardFrom
          // "đạt và vượt toàn bộ 20 chỉ tiêu kinh tế - xã hội, …; tốc độ tăng trưởng đạt 7,3%": the targets a scorecard
          // counts as met set nothing after it.
          const isCounted = (p: Phrase) =>
            p.kind === 'plan-noun' && cards.some((card) => p.start >= card.start && p.start < card.end)
          const before = beforeAt(
            numberAt,
            sentenceTimes.filter(isHeard),
            sentencePhrases.filter((p) => isHeard(p) && !isCounted(p)),
            brackets,
            text,
          )
          const isShareOfPlan = isPlanShare(amount)
          // Up to the next amount's number: "…, tăng 10% dự toán" says its verb before its number.
          const next = amounts[i + 1]
          const nextAt =
            clause.start +
            (next ? next.start + Math.max(0, next.valueText.search(/\d/u)) : clause.text.length)
          const isAfter = (item: { start: number }) =>
            item.start >= clause.start + amount.end && item.start < nextAt
          // A year right after the amount ("… 96,4 nghìn tỷ đồng vào năm 2023"), before any comma, is its own.
          // So is a year bracketed alone after it: "tăng từ 25.055 tỷ đồng (năm 2019) lên 27.372 tỷ đồng (năm 2020)".
          // "23 chỉ tiêu phát triển trong năm 2022": the targets counted name their year after their kind.
          // ("giảm từ 213 hộ (38,31%) năm 2015": the year said after the amount's bracketed share is the amount's too.)
          const bracketAfter = /^\s*\([^()]{0,40}\)\s*/u.exec(text.slice(clause.start + amount.end))
          const isRightAfter = (item: { start: number; end: number }) =>
            (bracketAfter !== null && item.start === clause.start + amount.end + bracketAfter[0].length) ||
            (isAfter(item) &&
              (/^[^,;:(]{0,12}$/u.test(text.slice(clause.start + amount.end, item.start)) ||
                // "chiếm khoảng 29,7% GRDP của tỉnh vào năm 2025 và …": a year "vào" leads to, a few words on.
                /^[^,;:(\d]{0,40}\svào\s+$/u.test(text.slice(clause.start + amount.end, item.start)) ||
                // "cao hơn mức 5% mà thành phố đạt được trong 6 tháng đầu năm 2024": the time the level was reached in.
                /^\s+mà\s[^,;:(\d]{0,40}\s(?:đạt được|đạt|có)\s+(?:trong|vào)\s+$/u.test(
                  text.slice(clause.start + amount.end, item.start),
                ) ||
                (/^chỉ tiêu$/iu.test(amount.unitText) &&
                  /^[^,;:(\d]{0,40}$/u.test(text.slice(clause.start + amount.end, item.start))) ||
                (/^\s*\(\s*$/u.test(text.slice(clause.start + amount.end, item.start)) &&
                  /^\s*\)/u.test(text.slice(item.end)))))
          const after = {
            phrases: clause.phrases.filter(isAfter),
            times: clause.times.filter((t) =>
              t.kind === 'period' || t.kind === 'part-of-year' ? isRightAfter(t) : isAfter(t),
            ),
          }
          const decision = decideRole({
            before,
            after,
            wordsBefore: text.slice(Math.max(clause.start, numberAt - 120), numberAt),
            sentenceBefore: text.slice(Math.max(sentence.start, numberAt - 300), numberAt),
            wordsAfter: text.slice(clause.start + amount.end, nextAt),
            amountWords: amount.valueText,
            isShareOfPlan,
            scope,
            section,
            paragraphYear,
            years,
            ...(published ? { published } : {}),
          })
          const place = {
            clause,
            quote,
            amounts,
            i,
            times: clause.times.map((t) => ({
              ...t,
              start: t.start - clause.start,
              end: t.end - clause.start,
            })),
            ...(clauseFigures.at(-1)
              ? { previousName: indicatorOfLabel(clauseFigures.at(-1)?.label.vi ?? '') }
              : {}),
            ...(sentenceOpener ? { sentenceName: indicatorOfLabel(sentenceOpener.label.vi) } : {}),
            ...(previousClause?.isLead ? { leadText: previousClause.text } : {}),
            ...(sentenceLead
              ? { listLead: sentenceLead.text }
              : colonLead !== undefined
                ? { listLead: colonLead }
                : {}),
            sentenceStart: sentence.start,
            // "… đạt 98,96% chỉ tiêu nghị quyết. Trong đó, nông nghiệp và thủy sản đạt 101,68%, …": a breakdown goes on
            // from the sentence it breaks down.
            sentenceBefore: `${brokenDown && previousSentence ? `${previousSentence.text} ` : ''}${text.slice(sentence.start, clause.start)}`,
            paragraphBefore: text.slice(paragraph.start, sentence.start),
          }
          if (
            !targetCount &&
            outcome === null &&
            decision.role === 'target' &&
            decision.period &&
            amount.unitText.toLocaleLowerCase('vi') === 'chỉ tiêu' &&
            amount.kind === 'amount'
          ) {
            targetCount = buildFigure(amount, place, 'fact', decision.period, [], decision.why, years)
            // ("Năm 2023, huyện đề ra 12 chỉ tiêu phấn đấu thực hiện; trong đó, thu nhập …": the next clause lists them.)
            const listedNext =
              i === amounts.length - 1 &&
              /^\s*[;,]\s*trong đó(?![\p{L}])/iu.test(text.slice(clause.start + clause.text.length))
            if (announcesList || listedNext)
              scope = {
                role: 'target',
                year: decision.period.year,
                words: clause.text,
                announced: toNumber(amount.value),
                items: 0,
              }
            return
          }
          // The count of targets a headline announced, said again in the body: the same count, once.
          if (
            targetCount !== undefined &&
            (decision.period === undefined || targetCount.period?.year === decision.period.year) &&
            targetCount.value === toNumber(amount.value) &&
            decision.role !== 'actual' &&
            amount.unitText.toLocaleLowerCase('vi') === 'chỉ tiêu' &&
            amount.kind === 'amount'
          ) {
            ignoredNumbers.push({
              text: amount.valueText,
              reason: 'the same figure said again',
              context: around(clause.text, amount.start),
            })
            return
          }
          const notes = amountNotes(amount)
          const settled = settleRole({
            decision,
            amount,
            afterAmount: clause.text.slice(amount.end),
            quote: quote.text,
            wordsBefore: text.slice(Math.max(0, at - 20), numberAt),
            outcome,
            scorecard,
            scope,
            years,
            lastRoleInParagraph,
            sentenceFigures,
            previousSentenceFigures,
            textAfter: (figure: DraftFigure) =>
              text.slice((figure.at ?? 0) + figure.valueText.length, numberAt),
          })
          let { role, why, period } = settled
          notes.push(...settled.notes)
          if (isGroup) {
            role = 'fact'
            why = { ...why, role: { rule: 'plan-parts', words: amount.valueText } }
            period = groupYear === undefined ? undefined : { year: groupYear }
          } else if (settled.isListItem) isListItem = true
          if (decision.partOfYear && role === 'actual')
            notes.push(
              `period: "${decision.partOfYear}" is part of the year; the schema's period is a whole year`,
            )
          if (role === 'profile') {
            period = profilePeriod(clause, amount.start)
            // (What the place is, with no year of its own, says no year of results: its reason says none either.)
            if (!period) why = { ...why, year: { rule: 'none', words: '' } }
          }
          // (Part of a year is said of results: a target settled from a result's first reading keeps no "6 tháng đầu năm".)
          const partOfYear = role === 'actual' || role === decision.role ? decision.partOfYear : undefined
          const built = buildFigure(amount, place, role, period, notes, why, years, partOfYear)
          // "18 chỉ tiêu vượt, 7 chỉ tiêu đạt": each count is named by its own outcome, not the one before it, and up to
          // the next count ("11 chỉ tiêu đạt và 1 chỉ tiêu chưa đạt").
          // ("trong đó, vượt 5 chỉ tiêu": an outcome said before the count is its verb, no bound of the number.)
          const isOutcomeBefore =
            outcome !== null && amount.valueText.toLocaleLowerCase('vi').startsWith(outcome)
          const outcomeWords = outcome
            ? /^[^,;.:()]*/u
                .exec(clause.text.slice(amount.end))?.[0]
                .replace(/\s+(?:và|cùng)\s+\d.*$/u, '')
                .trim() || (isOutcomeBefore ? outcome : '')
            : ''
          const isGroupOfDetail =
            !outcomeWords &&
            detailOutcome !== undefined &&
            /^\d+\s*\/\s*\d+\s+chỉ tiêu/iu.test(amount.valueText)
          const counted = outcomeWords
            ? {
                ...built,
                label: { ...built.label, vi: `Số chỉ tiêu ${outcomeWords}` },
                ...(isOutcomeBefore ? { comparator: 'exact' as const } : {}),
              }
            : isGroupOfDetail
              ? { ...built, label: { ...built.label, vi: `${built.label.vi} ${detailOutcome}` } }
              : built
          const share = clauseFigures.at(-1)
          const risen =
            riseOverEarlierPlan(
              counted,
              clauseFigures.findLast(isAmount),
              text.slice((counted.at ?? 0) + counted.valueText.length),
            ) ??
            planBracketedAfterShare(
              counted,
              share,
              clauseFigures.findLast(isAmount),
              share?.at === undefined ? '' : text.slice(share.at + share.valueText.length, counted.at),
            )
          const figure = nameOfCompared(risen ?? counted, sentenceFigures, previousSentenceFigures)
          if (risen) {
            role = risen.role
            period = risen.period
            why = risen.why ?? why
          }
          const named = yearNamedForParagraph({
            role,
            period,
            why,
            decision,
            paragraphYear,
            numberAt,
            brackets,
            sentenceBefore: (at: number) => text.slice(sentence.start, at),
            resultsYear: years.results?.year,
          })
          if (named) {
            paragraphYear = named
            // "…, các chỉ tiêu … như: Theo đó năm 2021, … phấn đấu …": the list goes on for the year its items name.
            if (named.role === 'target' && scope?.role === 'target') scope.year = named.year
          }
          lastRoleInParagraph = role
          // "II. CÁC CHỈ TIÊU CHỦ YẾU" then "1. … đến năm 2020 đạt …", "2. … đạt …": a part of targets that names no year
          // aims at the year its first item names.
          if (
            section?.role === 'target' &&
            section.year === undefined &&
            role === 'target' &&
            why.role.rule === 'section' &&
            why.year.rule === 'written' &&
            period
          )
            section = { ...section, year: period.year, words: why.year.words }
          // "trồng được 695ha/700ha, đạt 99,3%": the share may say the second value of the pair is its plan.
          const beside = planBesidePair(amounts[i - 1], clauseFigures.at(-1), figure)
          // ("… đón trên 2,1 triệu lượt khách, so với cùng kỳ tăng 8,4%; đạt 101,5% kế hoạch năm": a share with no words of
          // its own but its verb, in the next clause, goes on measuring the sentence's amount.)
          const hasOwnWords = !/^\s*(?:và\s+)?(?:đạt|bằng|vượt)\s*$/iu.test(
            clause.text.slice(0, amount.start),
          )
          const tied = tiedToAmountBefore(
            beside?.share ?? figure,
            clauseFigures.findLast(isAmount) ??
              clauseFigures.at(-1) ??
              (hasOwnWords ? undefined : sentenceFigures.findLast(isAmount)),
            beside ? undefined : clause.text.slice(amount.end),
          )
          paragraphOf.set(tied, paragraph.text)
          figures.push(tied)
          if (scope && why.role.rule === 'lead') scope.hasFigures = true
          clauseFigures.push(figure)
          // (A pair whose plan was read with its result gives it once.)
          const pairBefore = amounts[i - 1]
          const besidePlan = beside && !(pairBefore && pairsWithPlan.has(pairBefore)) ? beside.plan : null
          const sentenceUpTo = text.slice(sentence.start, figure.at ?? sentence.start)
          const plan =
            besidePlan ??
            (beside
              ? null
              : (planAfterFraction(amount, figure, clause.text.slice(amount.end)) ??
                planOfPairNotReached(amount, figure, sentenceUpTo) ??
                planOfPairOver(amount, figure, sentenceUpTo)))
          if (plan && !beside) pairsWithPlan.add(amount)
          // ("đạt 102% (4,896 tỷ/4,8 tỷ)": the share said before the pair is of the plan the pair gives.)
          const shareBefore = amounts[i - 1]
          const shareOfPair =
            plan && shareBefore && figures.at(-2)?.valueText === shareBefore.valueText
              ? shareBeforePair(
                  figures.at(-2),
                  amount,
                  tied,
                  clause.text.slice(shareBefore.end, amount.start),
                )
              : null
          if (shareOfPair) figures.splice(-2, 1, shareOfPair)
          if (plan) {
            paragraphOf.set(plan, paragraph.text)
            figures.push(plan)
          }
          sentenceFigures.push(figure)
        })
        // "… có 5 chỉ tiêu quan trọng gồm: tốc độ tăng trưởng …; cơ cấu …; …": an item that names a target and gives no
        // amount is one of those announced too, so the list ends with its sentence.
        const isNamedItem =
          amounts.length === 0 &&
          scope?.announced !== undefined &&
          text.slice(sentence.start, clause.start).includes(':') &&
          /[;:]\s*$/u.test(text.slice(Math.max(0, clause.start - 3), clause.start)) &&
          /\p{L}/u.test(clause.text)
        if ((isListItem || isNamedItem) && scope) scope.items += 1
        if (clause.isLead) {
          const opened = scopeOfLeadClause(
            clause,
            thisSentence,
            previousSentence ?? (clause.start === paragraph.start ? sentenceBeforeParagraph : null),
            years,
            lastScope,
            published,
            // "… trong nhiệm kỳ qua, các chỉ tiêu … đều đạt và vượt chỉ tiêu. …\n\nCụ thể, một số chỉ tiêu cơ bản như: …":
            // what a paragraph said met, listed specifically in the next.
            lastSentenceAchieved ||
              (previousSentence === null && /^\s*Cụ thể/u.test(clause.text) && lastParagraphAchieved),
          )
          // ("Thu ngân sách nhà nước đạt 55.600 tỷ đồng, trong đó: …" among a year's targets: a lead whose own amount is a
          // target breaks that target down.)
          const leadFigures = sentenceFigures.filter(
            (f) => (f.at ?? -1) >= clause.start && (f.at ?? -1) < clause.start + clause.text.length,
          )
          const leadTarget = leadFigures.every((f) => f.role === 'target') ? leadFigures[0] : undefined
          if (opened?.role === 'actual' && leadTarget?.period)
            Object.assign(opened, { role: 'target', year: leadTarget.period.year })
          // ("I. Kết quả thực hiện …" then "2. Các chỉ tiêu văn hóa - xã hội - môi trường:": a part of the results.)
          const isPartOfResults =
            opened?.role === 'target' && section?.role === 'actual' && namesTargetsOnly(clause.text)
          if (
            opened &&
            !isPartOfResults &&
            !(scope?.announced !== undefined && scope.items < scope.announced)
          )
            scope = opened
          if (scope) lastScope = scope
        }
      }
      if (sentenceFigures.every((f) => f.role !== 'actual' && f.role !== 'target'))
        paragraphYear =
          yearOfSentenceWithoutFigures(sentenceTimes, sentencePhrases, years, sentence) ?? paragraphYear
      // A heading that names a plan's targets and gives no amount ("CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025",
      // "Các chỉ tiêu xã hội") leads the list after it, as a clause ending in ":" does.
      const isHeading =
        sentenceFigures.length === 0 &&
        sentence.text.length < 200 &&
        sentencePhrases.some((p) => p.kind === 'plan-noun') &&
        !sentencePhrases.some((p) => p.kind === 'done' || p.kind === 'weak-done') &&
        !clauses.some((c) => c.isLead) &&
        !(section?.role === 'actual' && namesTargetsOnly(sentence.text))
      if (isHeading) {
        const opened = leadScope(sentence, sentencePhrases, sentenceTimes, years, lastScope, published)
        if (opened?.role === 'target') {
          scope = opened
          lastScope = opened
        }
      }
      // ("Đồng chí …, Bí thư Huyện ủy phát biểu tại hội nghị": a photo's caption, one line with no full stop.)
      const isCaption =
        paragraph.sentences.length === 1 &&
        sentenceFigures.length === 0 &&
        sentence.text.length <= 200 &&
        !/[.!?:;]\s*$/u.test(sentence.text)
      settingSentence =
        (sentencePhrases.some(
          (p) =>
            p.kind === 'aim' &&
            (adoptingWords.test(p.words) ||
              // "… tỉnh Quảng Ninh đã đặt mục tiêu tốc độ tăng trưởng GRDP năm 2024 hơn 10%. Trong đó …"
              (/^mục tiêu$/iu.test(p.words) &&
                /(?<![\p{L}])(?:đặt|đề ra)(?:\s+ra)?\s+$/iu.test(
                  text.slice(Math.max(0, p.start - 12), p.start),
                )) ||
              // "UBND tỉnh đặt ra 15 chỉ tiêu chủ yếu phấn đấu thực hiện. Cụ thể, …"
              (/^(?:đề ra|đặt ra|xác định)$/iu.test(p.words) &&
                /^\s+\d{1,2}\s+chỉ tiêu/iu.test(text.slice(p.end)))),
        ) ||
          // "UBND tỉnh đã giao một số chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2024."
          assignedTargets.test(sentence.text)) &&
        !sentencePhrases.some((p) => p.kind === 'done') &&
        sentenceFigures.every((f) => f.role === 'target')
          ? thisSentence
          : isCaption
            ? settingSentence
            : null
      previousSentence = thisSentence
      previousSentenceFigures = sentenceFigures
      lastSentenceAchieved = cards.length > 0 || saysAchieved(text, sentencePhrases)
      paragraphAchieved ||= lastSentenceAchieved
    }
  }
  for (const table of tables) {
    const read = readTable(table, years)
    for (const figure of read.figures) paragraphOf.set(figure, figure.quote)
    figures.push(...read.figures)
    ignoredNumbers.push(...read.ignored)
  }
  if (tables.length > 0) figures.sort((a, b) => (a.at ?? 0) - (b.at ?? 0))
  // (A level said before the result that reaches a share of it is the plan: read once every figure of a paragraph is.)
  const withPlans = plansReachedLater(figures, paragraphOf)
  withPlans.forEach((figure, i) => {
    const was = figures[i]
    if (was && figure !== was) paragraphOf.set(figure, paragraphOf.get(was) ?? '')
  })
  // ("Năm 2019, … đề ra 28 chỉ tiêu …. Trong đó có 25/28 chỉ tiêu đạt và vượt": the targets a year's scorecard scores,
  // counted, are its total, not a count of the targets set for a year to come.)
  const isScorecardTotal =
    targetCount !== undefined &&
    scorecard !== undefined &&
    scorecard.total === targetCount.value &&
    scorecard.period?.year === targetCount.period?.year
  if (isScorecardTotal && targetCount)
    ignoredNumbers.push({
      text: targetCount.valueText,
      reason: 'the scorecard’s total',
      context: targetCount.quote.slice(0, 80),
    })
  return finishDraft({
    report,
    figures: namedInTurn(alignNames(withoutRepeats(withPlans, paragraphOf, ignoredNumbers))).map(
      namedWithSpan,
    ),
    ignoredNumbers,
    setAside,
    sourceFile,
    ...(scorecard ? { scorecard } : {}),
    ...(targetCount && !isScorecardTotal ? { targetCount } : {}),
  })
}

export type { Paragraph, ReportYears }
