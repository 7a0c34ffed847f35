import type { Period } from '../../dataset/schema.ts'
import { amountNotes } from './amount-notes.ts'
import { buildFigure } from './build-figure.ts'
import { classifyRole, findYearMentions, type Role } from './classify-period.ts'
import type { Draft, DraftFigure, DraftRole, DraftScorecard, IgnoredNumberNote } from './draft-types.ts'
import { findAmounts } from './find-amounts.ts'
import { finishDraft } from './finish-draft.ts'
import { quoteSpans } from './quote-spans.ts'
import { draftReport } from './report-meta.ts'
import { splitReport } from './split-text.ts'

/** The year the figures of a stretch of text belong to, and whether they are results or targets. */
type Context = {
  year?: number
  role: Role | null
  partOfYear?: string
  /** "xác định 15 chỉ tiêu chủ yếu, bao gồm: …": the list items seen so far. */
  list?: { announced: number; items: number }
}

const profileWords = /(?<![\p{L}\p{M}])(?:có|là|gồm|diện tích|dân số|tổng số|mật độ)(?![\p{L}\p{M}])/iu

/**
 * A draft dataset from a report's text: every amount becomes a candidate figure with its quote and
 * valueText, sorted into results and targets where the text says so. Nothing is invented: values come
 * from the text, and what the text does not say is left "TODO".
 */
export function draftDataset(sourceText: string, sourceFile: string): Draft {
  const text = sourceText.normalize('NFC')
  const paragraphs = splitReport(text)
  const { report, reportYear, headerLines } = draftReport(
    paragraphs.map((p) => p.text),
    sourceFile,
  )
  const figures: DraftFigure[] = []
  const ignoredNumbers: IgnoredNumberNote[] = []
  let scorecard: DraftScorecard | undefined
  let targetCount: DraftFigure | undefined
  let context: Context = { role: null }

  for (const paragraph of paragraphs.slice(headerLines)) {
    if (!paragraph.continuesPrevious) context = { role: null }
    for (const sentence of paragraph.sentences) {
      for (const clause of sentence.clauses) {
        const { amounts, ignored } = findAmounts(clause.text)
        for (const number of ignored)
          ignoredNumbers.push({ ...number, context: around(clause.text, number.index) })
        const mentions = findYearMentions(clause.text)
        const contexts = mentions
          .filter((mention) => mention.kind === 'context')
          .map((mention): Context & { index: number } => ({
            index: mention.index,
            year: mention.period.year,
            role: classifyRole(
              text.slice(clause.start + mention.index, sentence.start + sentence.text.length),
              mention.period.year,
              reportYear,
            ),
            ...(mention.partOfYear ? { partOfYear: mention.partOfYear } : {}),
          }))
        const lastContext = contexts.at(-1)
        if (lastContext) context = { ...lastContext }
        const quotes = quoteSpans(
          clause,
          amounts.map((amount) => amount.start),
        )
        let isListItem = false
        amounts.forEach((amount, i) => {
          const quote = quotes[i] ?? clause
          const here = contexts.filter((c) => c.index < amount.start).at(-1) ?? contexts[0] ?? context
          if (amount.kind === 'fraction') {
            if (!scorecard && /chỉ tiêu/iu.test(amount.unitText)) {
              scorecard = {
                ...(here.year ? { period: { year: here.year } } : {}),
                achieved: amount.value,
                total: amount.total ?? 0,
                quote: quote.text,
                valueText: amount.valueText,
              }
            } else {
              ignoredNumbers.push({
                text: amount.valueText,
                reason: 'fraction: not a single figure',
                context: quote.text,
              })
            }
            return
          }
          if (
            !targetCount &&
            here.role === 'target' &&
            here.year &&
            amount.unitText.toLocaleLowerCase('vi') === 'chỉ tiêu'
          ) {
            targetCount = buildFigure(
              amount,
              { clause, quote, amounts, i, mentions },
              'fact',
              { year: here.year },
              [],
            )
            context.list = { announced: amount.value, items: 0 }
            return
          }
          const notes = amountNotes(amount)
          let role: DraftRole
          if (here.role) {
            role = here.role
            if (role === 'target') isListItem = true
            if (role === 'target' && context.list && context.list.items >= context.list.announced) {
              role = 'fact'
              notes.push(
                `role: stated after the ${context.list.announced} targets the report announces; target or fact?`,
              )
            }
          } else {
            role = profileWords.test(quote.text) ? 'profile' : 'fact'
            notes.push(
              `role: no year context says whether this is a result or a target; ${role} or another role?`,
            )
          }
          const point = mentions.filter((m) => m.kind === 'point' && m.index < amount.start).at(-1)
          const period: Period | undefined = point?.period ?? (here.year ? { year: here.year } : undefined)
          if (here.partOfYear && (role === 'actual' || role === 'target')) {
            notes.push(
              `period: "${here.partOfYear} năm ${here.year}" is part of the year; the schema's period is a whole year`,
            )
          }
          figures.push(buildFigure(amount, { clause, quote, amounts, i, mentions }, role, period, notes))
        })
        if (isListItem && context.list) context.list.items += 1
      }
    }
  }
  return finishDraft({
    report,
    figures,
    ignoredNumbers,
    sourceFile,
    ...(scorecard ? { scorecard } : {}),
    ...(targetCount ? { targetCount } : {}),
  })
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 40).trim()
}
