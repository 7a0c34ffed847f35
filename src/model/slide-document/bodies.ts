import { planFacts, populationDensity, type Result, type TargetEntry } from '../../dataset/derive.ts'
import type { Figure } from '../../dataset/schema.ts'
import { changeFromWords, periodWords } from '../period-words.ts'
import { comparatorWords, formatAmount, noteSign } from '../../dataset/format-amount.ts'
import { formatDateTime, formatNumber } from '../../lib/format.ts'
import { formatPeriod } from '../format-period.ts'
import type { FollowedTarget } from '../follow-targets.ts'
import { conflictTexts, reasonText, resultText, verdictKeys } from '../record.ts'
import { type Card, cardGrid } from './cards.ts'
import type { DocumentContext } from './context.ts'
import { bodyArea as area, inBody as at } from './frame.ts'
import { scorecardWords } from '../scorecard-words.ts'
import { type Mark, typeScale } from './marks.ts'

/** "8/13" with its sentence and marks, beside the leading results; on the pages after it, the results alone. */
export function scorecardMarks(
  results: Result[],
  withScorecard: boolean,
  { dataset, language, t }: DocumentContext,
): Mark[] {
  const scorecard = withScorecard ? dataset.scorecard : undefined
  const cards = results.flatMap(({ indicator, figures: [headline, ...qualifiers] }): Card[] =>
    headline
      ? [
          {
            name: indicator.name[language],
            amount: formatAmount(headline, language),
            notes: [
              ...(headline.changeFrom
                ? [t('changeFrom', { period: changeFromWords(dataset, headline, language, t) })]
                : []),
              ...qualifiers.map((figure) => `${figure.label[language]}: ${formatAmount(figure, language)}`),
            ],
            tone: 'actual',
          },
        ]
      : [],
  )
  if (!scorecard) return cardGrid(cards, area, cards.length <= 4 ? 2 : 3)
  const { achieved, total } = scorecard
  // Seven marks a row, ten smaller ones past three rows of seven; the note goes under the last row, never on it.
  const perRow = Math.min(total, total > 21 ? 10 : 7)
  const step = total > 21 ? 24 : 30
  const rows = Math.ceil(total / perRow)
  const dots = Array.from({ length: total }, (_, i): Mark => ({
    kind: 'dot',
    ...at((i % perRow) * step, 150 + Math.floor(i / perRow) * step, step - 8, step - 8),
    tone: 'actual',
    isFilled: i < achieved,
  }))
  const noteTop = 150 + rows * step + 4
  return [
    {
      kind: 'text',
      ...at(0, 0, 250, 80),
      text: `${achieved}/${total}`,
      size: typeScale.hero,
      tone: 'fg',
      isBold: true,
    },
    {
      kind: 'text',
      ...at(0, 84, 250, 60),
      text: t(scorecardWords(scorecard).text),
      size: typeScale.lead,
      tone: 'fg',
    },
    ...dots,
    {
      kind: 'text',
      ...at(0, noteTop, 250, area.h - noteTop),
      text: t('scorecardNote'),
      size: typeScale.small,
      tone: 'muted',
    },
    ...cardGrid(cards, at(290, 0, area.w - 290, area.h), 2),
  ]
}

/** The motto and commitments as quotes, then the plan's figures. */
export function factsMarks({ dataset, language }: DocumentContext): Mark[] {
  const { texts, figures } = planFacts(dataset)
  const quotes = texts.flatMap((fact, i): Mark[] => [
    { kind: 'rect', ...at(0, i * 92, 4, 84), tone: 'accent' },
    {
      kind: 'text',
      ...at(14, i * 92, area.w - 14, 22),
      text: fact.label[language],
      size: typeScale.note,
      tone: 'muted',
    },
    {
      kind: 'text',
      ...at(14, i * 92 + 22, area.w - 14, 62),
      text: `“${fact.text[language]}”`,
      size: typeScale.quote,
      tone: 'fg',
      isBold: true,
    },
  ])
  const top = texts.length * 92 + (texts.length > 0 ? 8 : 0)
  const cards = figures.map((figure): Card => ({
    name: figure.label[language],
    amount: formatAmount(figure, language),
    notes: [],
    tone: 'accent',
  }))
  return [...quotes, ...cardGrid(cards, at(0, top, area.w, area.h - top), 3)]
}

/** A card per target: the amount, its comparator in words, the actual it starts from, and "lower is better". */
export function targetsMarks(entries: TargetEntry[], { dataset, language, t }: DocumentContext): Mark[] {
  const cards = entries.map(({ indicator, target, actual }): Card => {
    const comparator =
      target.comparator === 'exact'
        ? ''
        : [noteSign(target.comparator), comparatorWords(target.comparator, language)]
            .filter(Boolean)
            .join(' ')
    const since = actual
      ? `${t('actualWhereKnown', { year: periodWords(dataset, actual.period?.year ?? dataset.periods.actual, language) })} ${formatAmount(actual, language)}`
      : ''
    const line = [comparator, since].filter(Boolean).join(' · ')
    const isLower = indicator.better === 'lower'
    return {
      name: indicator.name[language],
      amount: formatAmount(target, language),
      notes: [...(line ? [line] : []), ...(isLower ? [t('betterLower')] : [])],
      tone: isLower ? 'lower' : 'target',
    }
  })
  const columns = entries.length <= 2 || entries.length === 4 ? 2 : 3
  return cardGrid(cards, area, columns)
}

/** The place at a glance: each whole of the page with its period and parts, and on the last the density derived from two of them. */
export function profileMarks(
  wholes: Figure[],
  withDensity: boolean,
  { dataset, language, t }: DocumentContext,
): Mark[] {
  const profile = dataset.figures.filter((f) => f.role === 'profile')
  const cards = wholes.map((figure): Card => ({
    name: figure.label[language],
    amount: formatAmount(figure, language),
    notes: [
      ...(figure.period ? [formatPeriod(figure.period, t)] : []),
      ...profile
        .filter((part) => part.partOf === figure.id)
        .map(
          (part) =>
            `${formatNumber(part.value, language)} ${part.label[language].toLocaleLowerCase(language)}`,
        ),
    ],
    tone: 'actual',
  }))
  const density = withDensity ? populationDensity(dataset) : null
  if (density) {
    cards.push({
      name: `${t('density')} (${t('derived')})`,
      amount: formatAmount({ value: density.value, comparator: 'exact', unit: 'person-per-km2' }, language),
      notes: [
        `${formatNumber(density.population.value, language)} ÷ ${formatNumber(density.area.value, language)}`,
      ],
      tone: 'muted',
    })
  }
  return cardGrid(cards, area, 3)
}

/** The report's title, its publisher and date, where to read it, and what the deck is made from. */
export function closingMarks({ dataset, language, t }: DocumentContext): Mark[] {
  const { report } = dataset
  const link = report.url ?? report.publisher.url
  const lines = [
    report.publishedAt
      ? `${report.publisher.name[language]} · ${t('publishedOn', { date: formatDateTime(report.publishedAt, language) })}`
      : `${report.publisher.name[language]} · ${t('publishedUnknown')}`,
    ...(link ? [link] : []),
    ...(report.author ? [`${t('author')}: ${report.author}`] : []),
  ]
  return [
    {
      kind: 'text',
      ...at(0, 20, area.w, 90),
      text: `“${report.title[language]}”`,
      size: typeScale.quote,
      tone: 'fg',
      isBold: true,
    },
    { kind: 'text', ...at(0, 120, area.w, 100), text: lines.join('\n'), size: typeScale.lead, tone: 'fg' },
    { kind: 'text', ...at(0, 240, area.w, 100), text: t('closingNote'), size: typeScale.note, tone: 'muted' },
  ]
}

/** The year's targets with their verdicts, as cards: the verdict large, what was set and reached under it. */
export function recordMarks(followed: FollowedTarget[], { language, t }: DocumentContext): Mark[] {
  const tones = { reached: 'actual', missed: 'target', 'cannot-say': 'muted' } as const
  const cards = followed.map((f): Card => {
    const verdict = f.computed?.verdict
    const set = `${t('targetLabel', { year: f.year })}: ${formatAmount(f.target, language)}`
    const reached = f.actual ? `${t('actualLabel', { year: f.year })}: ${resultText(f, language, t)}` : ''
    const reason = reasonText(f, language, t)
    return {
      name: f.indicator.name[language],
      amount: verdict ? t(verdictKeys[verdict]) : t('verdictNoResult'),
      notes: [
        set,
        ...(reached ? [reached] : []),
        ...(reason ? [reason] : []),
        ...(f.isDisputed && f.statedWords ? [`⚠ ${t('verdictStated', { stated: f.statedWords })}`] : []),
        ...conflictTexts(f, language, t).map((text) => `⚠ ${text}`),
      ],
      tone: verdict ? tones[verdict] : 'rule',
    }
  })
  return cardGrid(cards, area, followed.length <= 2 || followed.length === 4 ? 2 : 3)
}
