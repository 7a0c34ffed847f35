import { toNumber } from '../dataset/reading/decimal.ts'
import type { Period } from '../dataset/schema.ts'
import { unitInfo } from '../dataset/units.ts'
import { amountNotes } from './amount-notes.ts'
import { buildFigure } from './build-figure.ts'
import { classifyRole, findYearMentions, type Role } from './classify-period.ts'
import type { Draft, DraftFigure, DraftRole, DraftScorecard, IgnoredNumberNote } from './draft-types.ts'
import { type FoundAmount, findAmounts } from './find-amounts.ts'
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
    // A paragraph without its own year goes on with the year and role named before ("Năm 2025, …" opens a
    // section); a list's count of announced targets belongs to its own paragraph.
    if (!paragraph.continuesPrevious) {
      context = context.role && context.year ? { role: context.role, year: context.year } : { role: null }
    }
    for (const sentence of paragraph.sentences) {
      for (const clause of sentence.clauses) {
        const { amounts, ignored } = findAmounts(clause.text)
        for (const number of ignored)
          ignoredNumbers.push({ ...number, context: around(clause.text, number.index) })
        const mentions = findYearMentions(clause.text)
        const contexts = mentions
          .filter((mention) => mention.kind === 'context')
          .flatMap((mention): (Context & { index: number })[] => {
            // "cả năm" inside a list of targets keeps the list's context; "6 tháng cuối năm" opens a section.
            if (mention.isImplicit && !mention.partOfYear && context.role !== null) return []
            const year = mention.isImplicit ? (context.year ?? reportYear) : mention.period.year
            if (year === undefined) return []
            const words = text.slice(clause.start + mention.index, sentence.start + sentence.text.length)
            return [
              {
                index: mention.index,
                year,
                role: classifyRole(words, year, reportYear),
                ...(mention.partOfYear ? { partOfYear: mention.partOfYear } : {}),
              },
            ]
          })
        const lastContext = contexts.at(-1)
        if (lastContext) context = { ...lastContext }
        const quotes = quoteSpans(clause, amounts)
        let isListItem = false
        const clauseFigures: DraftFigure[] = []
        amounts.forEach((amount, i) => {
          const quote = quotes[i] ?? clause
          const here = contexts.filter((c) => c.index < amount.start).at(-1) ?? contexts[0] ?? context
          if (amount.kind === 'fraction' && !scorecard && /chỉ tiêu/iu.test(amount.unitText)) {
            scorecard = {
              ...(here.year ? { period: { year: here.year } } : {}),
              achieved: toNumber(amount.value),
              total: amount.total ? toNumber(amount.total) : 0,
              quote: quote.text,
              valueText: amount.valueText,
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
            context.list = { announced: toNumber(amount.value), items: 0 }
            return
          }
          const notes = amountNotes(amount)
          let role: DraftRole
          if (isPlaceProfile(amount, quote.text)) {
            role = 'profile'
          } else if (here.role) {
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
          // A place's profile takes a year only from its own clause ("dân số trung bình năm 2025").
          const year =
            role === 'profile' && isPlaceProfile(amount, quote.text) ? contexts[0]?.year : here.year
          const period: Period | undefined = point?.period ?? (year ? { year } : undefined)
          if (here.partOfYear && (role === 'actual' || role === 'target')) {
            notes.push(
              `period: "${here.partOfYear} năm ${here.year}" is part of the year; the schema's period is a whole year`,
            )
          }
          const figure = buildFigure(amount, { clause, quote, amounts, i, mentions }, role, period, notes)
          figures.push(tiedToAmountBefore(figure, clauseFigures.at(-1)))
          clauseFigures.push(figure)
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

const adminUnits: readonly string[] = [
  'ward',
  'commune',
  'commune-level-unit',
  'district',
  'district-level-unit',
]
const changeWords = /(?<![\p{L}\p{M}])(?:đạt|thêm|mới|nâng|tăng|giảm|xây dựng|công nhận)(?![\p{L}\p{M}])/iu

/**
 * What a place is, whatever year the text speaks of: its area, density, population and administrative
 * units ("Tỉnh có 9 huyện, thị xã, thành phố với 137 xã, phường, thị trấn"), unless the words say they changed.
 */
function isPlaceProfile(amount: FoundAmount, quote: string): boolean {
  const units = amount.units.map((unit) => ({ unit, kind: unitInfo(unit).kind }))
  if (
    units.some(({ kind }) => kind === 'area' || kind === 'density') &&
    /diện tích tự nhiên|mật độ/iu.test(quote)
  )
    return true
  if (/(?<![\p{L}\p{M}])dân số(?![\p{L}\p{M}])/iu.test(quote) && units.some(({ unit }) => unit === 'person'))
    return true
  return units.length > 0 && units.every(({ unit }) => adminUnits.includes(unit)) && !changeWords.test(quote)
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

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 40).trim()
}
