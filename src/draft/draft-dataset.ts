import { toNumber } from '../dataset/reading/decimal.ts'
import { readScorecards } from '../dataset/reading/read-scorecard.ts'
import { unitInfo } from '../dataset/units.ts'
import { amountNotes } from './amount-notes.ts'
import { buildFigure } from './build-figure.ts'
import type { Draft, DraftFigure, DraftScorecard, IgnoredNumberNote } from './draft-types.ts'
import { indicatorOfLabel } from './figure-name.ts'
import { type FoundAmount, findAmounts, nonFiguresWithin } from './find-amounts.ts'
import { findNonFigureSpans } from './non-figures.ts'
import { finishDraft } from './finish-draft.ts'
import { quoteSpans } from './quote-spans.ts'
import { withoutRepeats } from './repeats.ts'
import { draftReport } from './report-meta.ts'
import { type Paragraph, type Span, splitReport } from './split-text.ts'
import { type Before, decideRole, type Scope, yearOf } from './structure/decide-role.ts'
import { findPhrases, type Phrase } from './structure/governing.ts'
import { readReportYears, type ReportYears } from './structure/report-years.ts'
import { findTimeExpressions, type TimeExpression } from './structure/time-expressions.ts'
import { planAfterFraction, planBesidePair, riseOverEarlierPlan } from './plan-beside.ts'
import { settleRole } from './settle-role.ts'
import { leadScope } from './structure/lead-scope.ts'
import { sectionAfter } from './structure/section-heading.ts'
import { escapeRegExp } from '../lib/reg-exp.ts'

/** A clause with its time expressions and governing phrases, offsets in the whole text. */
type ReadClause = Span & { times: TimeExpression[]; phrases: Phrase[]; isLead: boolean }

function readClause(text: string, clause: Span): ReadClause {
  const shift = <T extends { start: number; end: number }>(item: T): T => ({
    ...item,
    start: item.start + clause.start,
    end: item.end + clause.start,
  })
  const after = text.slice(clause.start + clause.text.length, clause.start + clause.text.length + 3)
  return {
    ...clause,
    times: findTimeExpressions(clause.text).map(shift),
    phrases: findPhrases(clause.text).map(shift),
    isLead: /^\s*:/u.test(after) || (/trong đó$/iu.test(clause.text) && !/^\s*[.!?]/u.test(after)),
  }
}

/**
 * A draft dataset from a report's text: every amount becomes a candidate figure with its quote and valueText,
 * its role and year read from the structure of the text (the governing words of its sentence, the lead clause
 * of its list, the years the report sums up and plans for), each with the words that made the choice. Nothing
 * is invented: values come from the text, and what the text does not say is left "TODO".
 */
/** What the person making the dataset knows that the text may not say: the date the page shows, as typed. */
export type KnownFacts = { published?: { year: number; month?: number; words: string } }

/** A scorecard of a term or a span of years ("nhiệm kỳ 2021 - 2025", "giai đoạn 2021-2025"), or of a year not the results'. */
function isTermScorecard(card: DraftScorecard, resultsYear: number | undefined): boolean {
  const before = card.quote.slice(0, Math.max(0, card.quote.indexOf(card.valueText)))
  if (/nhiệm kỳ|giai đoạn|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}/iu.test(before)) return true
  return resultsYear !== undefined && card.period !== undefined && card.period.year !== resultsYear
}

/** Told how far the draft has read: paragraphs done of all. */
export type DraftProgress = (done: number, total: number) => void

export function draftDataset(
  sourceText: string,
  sourceFile: string,
  known: KnownFacts = {},
  onProgress?: DraftProgress,
): Draft {
  const text = sourceText.normalize('NFC')
  const paragraphs = splitReport(text)
  const {
    report,
    published: written,
    headerLines,
  } = draftReport(
    paragraphs.map((p) => p.text),
    sourceFile,
  )
  // A date the text gives is read from it; an excerpt with none takes the date the person typed.
  const published = written ?? known.published
  // The headline is read too, for a figure it gives that the text does not repeat ("Kim ngạch xuất khẩu 9 tháng
  // vượt 2,1 tỷ USD"); a figure the body repeats is taken from the body, where its sentence says more.
  const title = headerLines > 0 ? paragraphs[0] : undefined
  const bodyText = text.slice(paragraphs[headerLines]?.start ?? text.length)
  // The same number with the same unit: "7%" in the body repeats "tăng 7%" in the headline, a "7 xã" does not.
  const isRepeated = (amount: FoundAmount) => {
    const number = (/\d[\d.,]*\d|\d/u.exec(amount.valueText)?.[0] ?? '').replace(/[.]/gu, '\\.')
    const unit = escapeRegExp(amount.unitText)
    return new RegExp(
      `(?<![\\d.,])${number}(?![\\d]|[.,]\\d)\\s*(?:[\\p{L}\\s]{0,12}\\s)?${unit}`,
      'iu',
    ).test(bodyText)
  }
  const body = [...(title ? [title] : []), ...paragraphs.slice(headerLines)]
  const years = readReportYears(
    paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    published,
  )
  const figures: DraftFigure[] = []
  const paragraphLength = new Map<DraftFigure, number>()
  const ignoredNumbers: IgnoredNumberNote[] = []
  let scorecard: DraftScorecard | undefined
  let targetCount: DraftFigure | undefined
  let scope: Scope | null = null
  let lastScope: Scope | null = null
  // The part of the report a heading line opened ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"), until the next heading.
  let section: Scope | null = null
  let paragraphYear: Parameters<typeof decideRole>[0]['paragraphYear'] = null
  let lastRoleInParagraph: DraftFigure['role'] | null = null
  let previousSentence: (Span & { phrases: Phrase[]; times: TimeExpression[] }) | null = null
  // The figures of the sentence before, in its paragraph: "… là 271,4 tỷ đồng. Trong đó, …" breaks that level down.
  let previousSentenceFigures: readonly DraftFigure[] = []
  // Across paragraphs: "… có 20 chỉ tiêu đạt và vượt kế hoạch." then "Trong đó, các chỉ tiêu chủ yếu như: …".
  let lastSentenceAchieved = false

  for (const [index, paragraph] of body.entries()) {
    onProgress?.(index, body.length)
    // A heading line opens a part of the report, or ends one (section-heading.ts).
    const isHeading =
      paragraph !== title &&
      !paragraph.continuesPrevious &&
      paragraph.text.length <= 120 &&
      findAmounts(paragraph.text).amounts.length === 0
    if (isHeading) section = sectionAfter(paragraph.text, years, section)
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
      paragraphYear = null
      previousSentence = null
      previousSentenceFigures = []
      lastRoleInParagraph = null
    }
    const paragraphNonFigures = findNonFigureSpans(paragraph.text)
    for (const sentence of paragraph.sentences) {
      const clauses = sentence.clauses.map((clause) => readClause(text, clause))
      const sentenceTimes = clauses.flatMap((c) => c.times)
      const brackets = bracketsOf(sentence)
      const heardFrom = reportedFrom(sentence)
      const sentencePhrases = clauses.flatMap((c) => c.phrases)
      const cards = readScorecards(sentence.text).map((card) => ({
        ...card,
        start: card.start + sentence.start,
        end: card.end + sentence.start,
      }))
      // The scorecard of the results' year, in digits ("8/13 chỉ tiêu") or in words ("có mười chín chỉ tiêu đạt"):
      // the first the text gives, unless it is a term's ("cả nhiệm kỳ 2021 - 2025, đạt 15/17") or another year's
      // and a later one is the results year's own.
      const card = cards[0]
      const isSettled = scorecard !== undefined && !isTermScorecard(scorecard, years.results?.year)
      if (card && !isSettled) {
        const before = beforeAt(card.start, sentenceTimes, sentencePhrases)
        const time = before.times.filter((t) => t.kind === 'period' || t.kind === 'part-of-year').at(-1)
        const year = (time && yearOf(time, years, published)) ?? years.results?.year
        const inClause = sentence.clauses.find(
          (c) => card.start >= c.start && card.end <= c.start + c.text.length,
        )
        const found: DraftScorecard = {
          ...(year ? { period: { year } } : {}),
          achieved: card.achieved,
          total: card.total,
          quote: (inClause ?? sentence).text,
          valueText: card.valueText,
        }
        if (!scorecard || !isTermScorecard(found, years.results?.year)) scorecard = found
      }
      const thisSentence = { ...sentence, phrases: sentencePhrases, times: sentenceTimes }
      const sentenceFigures: DraftFigure[] = []
      for (const [clauseIndex, clause] of clauses.entries()) {
        const previousClause = clauses[clauseIndex - 1]
        const sentenceLead = clauses.slice(0, clauseIndex).findLast((c) => c.isLead)
        const { amounts, ignored } = findAmounts(
          clause.text,
          nonFiguresWithin(paragraphNonFigures, clause.start - paragraph.start, clause.text.length),
        )
        for (const number of ignored)
          ignoredNumbers.push({ ...number, context: around(clause.text, number.index) })
        const quotes = quoteSpans(clause, amounts)
        const clauseFigures: DraftFigure[] = []
        let isListItem = false
        amounts.forEach((amount, i) => {
          const at = clause.start + amount.start
          if (title && paragraph === title && isRepeated(amount)) {
            ignoredNumbers.push({
              text: amount.valueText,
              reason: 'repeated in the text',
              context: around(clause.text, amount.start),
            })
            return
          }
          const quote = quotes[i] ?? clause
          // "vượt 17 trong số 20 chỉ tiêu": the amount's words may start before the scorecard's, its number not.
          const digitAt = at + Math.max(0, amount.valueText.search(/\d/u))
          // "Có 25/25 chỉ tiêu đạt và vượt, trong đó 18 chỉ tiêu vượt": how many of the scorecard's targets were
          // exceeded, or met, is a result of its own.
          const outcome =
            (scorecard ?? cards[0]) && /^chỉ tiêu/iu.test(amount.unitText) && amount.kind === 'amount'
              ? outcomeOf(clause.text.slice(amount.end))
              : null
          const card =
            cards.find((c) => digitAt >= c.start && digitAt < c.end) ??
            // "…, trong đó có 12 chỉ tiêu" (said of no outcome): a count of the scorecard's targets is part of it.
            (/^chỉ tiêu/iu.test(amount.unitText) && amount.kind === 'amount' && outcome === null
              ? cards[0]
              : undefined)
          if (card) return
          // "11 chỉ tiêu kinh tế gồm …", "8 chỉ tiêu xã hội": a group of the targets, once their number is known.
          const isGroupCount =
            outcome === null &&
            /^chỉ tiêu$/iu.test(amount.unitText) &&
            amount.kind === 'amount' &&
            (targetCount !== undefined ||
              /^\s*(?:kinh tế|xã hội|môi trường|văn hóa|văn hoá|quốc phòng|an ninh|thuộc|về|lĩnh vực|xây dựng đảng)/iu.test(
                clause.text.slice(amount.end),
              ))
          // "trong 13 chỉ tiêu … có 5 chỉ tiêu quan trọng gồm:": the count right before a list announces it.
          const untilNext = clause.text.slice(amount.end, amounts[i + 1]?.start ?? clause.text.length)
          const isLaterCount = amounts.slice(i + 1).some((later) => /^chỉ tiêu/iu.test(later.unitText))
          const announcesList =
            (clause.isLead && !isLaterCount) || /bao gồm|gồm|trong đó|như sau/iu.test(untilNext)
          if (isGroupCount) {
            const year = targetCount?.period?.year
            if (announcesList && year !== undefined)
              scope = {
                role: 'target',
                year,
                words: clause.text,
                announced: toNumber(amount.value),
                items: 0,
              }
            ignoredNumbers.push({
              text: amount.valueText,
              reason: 'a group of the targets',
              context: around(clause.text, amount.start),
            })
            return
          }
          // "ước đạt 4,2 nghìn tỷ đồng": words inside the amount's own words govern it too.
          const numberAt = at + Math.max(0, amount.valueText.search(/\d/u))
          const colonLead = leadBeforeColon(sentence, numberAt)
          // "Tại hội nghị đánh giá … năm 2023, triển khai nhiệm vụ năm 2024, thành phố cho biết: …": what the meeting
          // was about governs none of what is reported.
          const isHeard = (item: { start: number }) => numberAt < heardFrom || item.start >= heardFrom
          const before = beforeAt(
            numberAt,
            sentenceTimes.filter(isHeard),
            sentencePhrases.filter(isHeard),
            brackets,
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
          const isRightAfter = (item: { start: number; end: number }) =>
            isAfter(item) &&
            (/^[^,;:(]{0,12}$/u.test(text.slice(clause.start + amount.end, item.start)) ||
              (/^chỉ tiêu$/iu.test(amount.unitText) &&
                /^[^,;:(\d]{0,40}$/u.test(text.slice(clause.start + amount.end, item.start))) ||
              (/^\s*\(\s*$/u.test(text.slice(clause.start + amount.end, item.start)) &&
                /^\s*\)/u.test(text.slice(item.end))))
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
            ...(sentenceFigures[0] ? { sentenceName: indicatorOfLabel(sentenceFigures[0].label.vi) } : {}),
            ...(previousClause?.isLead ? { leadText: previousClause.text } : {}),
            ...(sentenceLead
              ? { listLead: sentenceLead.text }
              : colonLead !== undefined
                ? { listLead: colonLead }
                : {}),
            sentenceStart: sentence.start,
            sentenceBefore: text.slice(sentence.start, clause.start),
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
            if (announcesList)
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
          if (settled.isListItem) isListItem = true
          if (decision.partOfYear && role === 'actual')
            notes.push(
              `period: "${decision.partOfYear}" is part of the year; the schema's period is a whole year`,
            )
          if (role === 'profile') period = profilePeriod(clause, amount)
          const built = buildFigure(amount, place, role, period, notes, why, years, decision.partOfYear)
          // "18 chỉ tiêu vượt, 7 chỉ tiêu đạt": each count is named by its own outcome, not the one before it, and up to
          // the next count ("11 chỉ tiêu đạt và 1 chỉ tiêu chưa đạt").
          const outcomeWords = outcome
            ? (/^[^,;.:()]*/u
                .exec(clause.text.slice(amount.end))?.[0]
                .replace(/\s+(?:và|cùng)\s+\d.*$/u, '')
                .trim() ?? '')
            : ''
          const counted = outcomeWords
            ? { ...built, label: { ...built.label, vi: `Số chỉ tiêu ${outcomeWords}` } }
            : built
          const risen = riseOverEarlierPlan(
            counted,
            clauseFigures.findLast(isAmount),
            text.slice((counted.at ?? 0) + counted.valueText.length),
          )
          const figure = risen ?? counted
          if (risen) {
            role = risen.role
            period = risen.period
            why = risen.why ?? why
          }
          // "(năm 2023 tăng 5,00%)": a year said in a bracket is no year for what follows.
          const isBracketed = (t: TimeExpression | undefined) =>
            t !== undefined && brackets.some((b) => t.start > b.start && t.start < b.end)
          // "Năm 2023, … lượt khách …; 2 tháng đầu năm 2024 đạt …": part of a later year said after a semicolon is an
          // aside; the paragraph goes on with its whole year.
          const isAside =
            decision.partOfYear !== undefined &&
            paragraphYear !== null &&
            paragraphYear.partOfYear === undefined &&
            period !== undefined &&
            period.year > paragraphYear.year &&
            decision.yearTime !== undefined &&
            text.slice(sentence.start, decision.yearTime.start).includes(';')
          // "… tăng 6,33%, cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021": an earlier year said after its amount is
          // that amount's alone; the paragraph goes on with its own year.
          const isEarlierAfter =
            decision.yearTime !== undefined &&
            decision.yearTime.start > numberAt &&
            paragraphYear !== null &&
            period !== undefined &&
            period.year < paragraphYear.year
          if (
            (role === 'actual' || role === 'target') &&
            why.year.rule === 'written' &&
            period &&
            !isBracketed(decision.yearTime) &&
            !isAside &&
            !isEarlierAfter
          ) {
            paragraphYear = {
              year: period.year,
              role,
              words: why.year.words,
              ...(decision.partOfYear ? { partOfYear: decision.partOfYear } : {}),
            }
            // "…, các chỉ tiêu … như: Theo đó năm 2021, … phấn đấu …": the list goes on for the year its items name.
            if (role === 'target' && scope?.role === 'target') scope.year = period.year
          }
          lastRoleInParagraph = role
          // "trồng được 695ha/700ha, đạt 99,3%": the share may say the second value of the pair is its plan.
          const beside = planBesidePair(amounts[i - 1], clauseFigures.at(-1), figure)
          const tied = tiedToAmountBefore(
            beside?.share ?? figure,
            clauseFigures.findLast(isAmount) ?? clauseFigures.at(-1),
          )
          paragraphLength.set(tied, paragraph.text.length)
          figures.push(tied)
          if (scope && why.role.rule === 'lead') scope.hasFigures = true
          clauseFigures.push(figure)
          const plan = beside?.plan ?? planAfterFraction(amount, figure, clause.text.slice(amount.end))
          if (plan) {
            paragraphLength.set(plan, paragraph.text.length)
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
          // "Cơ cấu kinh tế năm 2023: …" names the year its list is of: the sentence before does not lead it.
          const namesYear = sentenceTimes.some(
            (t) =>
              t.year !== undefined && t.start >= clause.start && t.end <= clause.start + clause.text.length,
          )
          // "… đã đề ra một số chỉ tiêu chủ yếu năm 2024. Cụ thể như: …": a lead with no words of its own
          // goes on from the sentence before it.
          const opened: Scope | null =
            leadScope(
              clause,
              sentencePhrases,
              sentenceTimes,
              years,
              lastScope,
              published,
              lastSentenceAchieved,
            ) ??
            (previousSentence && !namesYear
              ? leadScope(
                  previousSentence,
                  previousSentence.phrases,
                  previousSentence.times,
                  years,
                  lastScope,
                  published,
                )
              : null)
          if (opened && !(scope?.announced !== undefined && scope.items < scope.announced)) scope = opened
          if (scope) lastScope = scope
        }
      }
      // "Trong năm 2019, huyện đề ra mục tiêu …": a sentence with no figure still names the year its paragraph aims at.
      // "Nhiệm kỳ mới, Đảng bộ huyện đề ra 4 nhóm và 22 chỉ tiêu chủ yếu.": so does one that counts only the plan's parts.
      if (sentenceFigures.every((f) => f.role !== 'actual' && f.role !== 'target')) {
        const newTerm = sentenceTimes.find((t) => t.isNewTerm === true)
        const named =
          sentenceTimes.find((t) => t.kind === 'period' && t.year !== undefined) ??
          (newTerm && years.newTerm ? { ...newTerm, year: years.newTerm.year } : undefined)
        // "Năm 2019, Sở Công thương dự báo …": what is foreseen for a year after the results' is aimed at.
        const aims =
          sentencePhrases.some((p) => p.kind === 'aim') ||
          (sentencePhrases.some((p) => p.kind === 'expect') &&
            years.results !== undefined &&
            named !== undefined &&
            named.year !== undefined &&
            named.year > years.results.year)
        const isDone = sentencePhrases.some((p) => p.kind === 'done')
        if (named?.year !== undefined && aims && !isDone)
          paragraphYear = { year: named.year, role: 'target', words: named.words }
        // "Năm 2025, xã đã thực hiện quyết liệt các giải pháp.": the results the paragraph goes on to give are that year's.
        else if (named?.year !== undefined && isDone && !aims)
          paragraphYear = { year: named.year, role: 'actual', words: named.words, isOpening: true }
      }
      // A heading that names a plan's targets and gives no amount ("CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025",
      // "Các chỉ tiêu xã hội") leads the list after it, as a clause ending in ":" does.
      const isHeading =
        sentenceFigures.length === 0 &&
        sentence.text.length < 200 &&
        sentencePhrases.some((p) => p.kind === 'plan-noun') &&
        !sentencePhrases.some((p) => p.kind === 'done' || p.kind === 'weak-done') &&
        !clauses.some((c) => c.isLead)
      if (isHeading) {
        const opened = leadScope(sentence, sentencePhrases, sentenceTimes, years, lastScope, published)
        if (opened?.role === 'target') {
          scope = opened
          lastScope = opened
        }
      }
      previousSentence = thisSentence
      previousSentenceFigures = sentenceFigures
      // "… quyết tâm thực hiện đạt và vượt tất cả các chỉ tiêu … năm 2023 đề ra.": an achievement aimed at, right
      // after the aim in its clause, is none ("theo Nghị quyết … giao, huyện có 27 chỉ tiêu … đạt và vượt" is one).
      const isAimedAt = (done: Phrase) =>
        sentencePhrases.some(
          (aim) =>
            aim.kind === 'aim' &&
            aim.end <= done.start &&
            /^[^,;:.]{0,24}$/u.test(text.slice(aim.end, done.start)),
        )
      lastSentenceAchieved =
        cards.length > 0 || sentencePhrases.some((p) => p.kind === 'done' && !isAimedAt(p))
    }
  }
  return finishDraft({
    report,
    figures: withoutRepeats(figures, paragraphLength, ignoredNumbers),
    ignoredNumbers,
    sourceFile,
    ...(scorecard ? { scorecard } : {}),
    ...(targetCount ? { targetCount } : {}),
  })
}

/** Where reported words start in a sentence ("… cho biết: …"), or its start. */
function reportedFrom(span: Span): number {
  const said = [...span.text.matchAll(/(?<![\p{L}\p{M}])(?:cho biết|cho hay|thông tin|nêu rõ)\s*:/giu)].at(-1)
  return said ? span.start + said.index + said[0].length : span.start
}

/**
 * "… cơ bản đạt kế hoạch đề ra: tổng sản lượng … đạt 102,2%; …": the words before a sentence's colon lead what comes
 * after it, though the first item shares the lead's clause.
 */
function leadBeforeColon(sentence: Span, at: number): string | undefined {
  const colon = sentence.text.indexOf(':')
  return colon >= 0 && at > sentence.start + colon ? sentence.text.slice(0, colon) : undefined
}

/** The brackets of a text, as offset pairs: what is said inside one ("(năm 2023 tăng 5,00%)") stays inside it. */
function bracketsOf(span: Span): { start: number; end: number }[] {
  const pairs: { start: number; end: number }[] = []
  const open: number[] = []
  for (let i = 0; i < span.text.length; i++) {
    if (span.text[i] === '(') open.push(span.start + i)
    else if (span.text[i] === ')') {
      const start = open.pop()
      if (start !== undefined) pairs.push({ start, end: span.start + i })
    }
  }
  return pairs
}

function beforeAt(
  at: number,
  times: readonly TimeExpression[],
  phrases: readonly Phrase[],
  brackets: readonly { start: number; end: number }[] = [],
): Before {
  // A time or a verb in a bracket closed before the amount governs only what the bracket holds.
  const isShut = (item: { start: number }) =>
    brackets.some((b) => item.start > b.start && item.start < b.end && b.end < at)
  return {
    times: times.filter((t) => t.end <= at && !isShut(t)),
    phrases: phrases.filter((p) => p.end <= at && !isShut(p)),
  }
}

/**
 * "Có 25/25 chỉ tiêu đạt và vượt, trong đó 18 chỉ tiêu vượt, 7 chỉ tiêu đạt": how many of the scorecard's targets were
 * exceeded, or just met, is a figure of its own. The words after the count that say which ("vượt", "đạt"), or null.
 */
function outcomeOf(after: string): string | null {
  const reached = /^\s*(?:[\p{L}\p{M}]+\s+){0,3}?(vượt|đạt)(?![\p{L}\p{M}])/iu.exec(after)
  const isShort = /^\s*(?:[\p{L}\p{M}]+\s+){0,3}?(?:không|chưa|cơ bản)\s/iu.test(after)
  return reached?.[1] && !isShort ? reached[1] : null
}

/** "đạt 103% kế hoạch", "vượt 15% dự toán": a share of a plan. */
function isPlanShare(amount: FoundAmount): boolean {
  return amount.units.some((unit) => unitInfo(unit).kind === 'share-of-plan')
}

/** A place's profile takes a year only from its own clause ("dân số trung bình năm 2025"). */
function profilePeriod(clause: ReadClause, amount: FoundAmount) {
  const time = clause.times.find(
    (t) =>
      (t.kind === 'period' || t.kind === 'point') &&
      t.year !== undefined &&
      t.start - clause.start < amount.start,
  )
  return time?.year ? { year: time.year, ...(time.point ? { point: time.point } : {}) } : undefined
}

/**
 * "Tổng thu ngân sách đạt 1.036,8 tỷ đồng, vượt 15% dự toán": a share of plan measures the amount before it,
 * so it takes that amount's name, not one made of the words "dự toán".
 */
function tiedToAmountBefore(figure: DraftFigure, before: DraftFigure | undefined): DraftFigure {
  if (figure.unit === 'TODO' || unitInfo(figure.unit).kind !== 'share-of-plan' || !before) return figure
  return {
    ...figure,
    label: { ...figure.label, vi: `${before.label.vi} (${unitInfo(figure.unit).vi})` },
    todo: [
      ...(figure.todo ?? []),
      `indicator: the share of plan of "${before.valueText}" before it; give both the same indicator or keep it a fact`,
    ],
  }
}

/** "… đạt 2,5 tỷ USD, tăng 53,4%, vượt 47% kế hoạch": what a share of plan measures is the amount, not its growth. */
const isAmount = (figure: DraftFigure) =>
  figure.unit !== 'TODO' &&
  !['percent', 'points', 'share-of-plan', 'percent-per-year'].includes(unitInfo(figure.unit).kind)

/** "Thu ngân sách (% dự toán)": the indicator is the name before the brackets. */

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 40).trim()
}

export type { Paragraph, ReportYears }
