import { placeLine, sourceLine } from '../place-line.ts'
import { periodsLine } from '../period-words.ts'
import { formatDate } from '../../lib/format.ts'
import type { DocumentContext } from './context.ts'
import { type Box, type Mark, page, typeScale } from './marks.ts'

export const margin = 48
/** Where a slide's content goes, between its title and its footer. */
export const bodyArea: Box = { x: margin, y: 118, w: page.width - 2 * margin, h: 350 }
/** A box placed from the body's top left corner. */
export const inBody = (dx: number, dy: number, w: number, h: number): Box => ({
  x: bodyArea.x + dx,
  y: bodyArea.y + dy,
  w,
  h,
})

/** Title on top with the accent bar under it, the source (and the slide's number) at the foot. */
export function frameMarks(
  title: string,
  counter: string | undefined,
  { dataset, language, note }: DocumentContext,
): Mark[] {
  const { report } = dataset
  const footer = [report.place.name[language], sourceLine(report, language), ...(note ? [note] : [])].join(
    ' · ',
  )
  const width = page.width - 2 * margin
  return [
    {
      kind: 'text',
      x: margin,
      y: 28,
      w: width,
      h: 64,
      text: title,
      part: 'title',
      size: typeScale.title,
      tone: 'fg',
      isBold: true,
      valign: 'bottom',
    },
    { kind: 'rect', x: margin, y: 104, w: 80, h: 3, tone: 'accent' },
    { kind: 'rect', x: margin, y: 482, w: width, h: 1, tone: 'rule' },
    {
      kind: 'text',
      x: margin,
      y: 488,
      w: width - 110,
      h: 30,
      text: footer,
      part: 'footer',
      size: typeScale.small,
      tone: 'muted',
    },
    ...(counter
      ? [
          {
            kind: 'text',
            x: page.width - margin - 100,
            y: 488,
            w: 100,
            h: 30,
            text: counter,
            part: 'footer',
            size: typeScale.small,
            tone: 'muted',
            align: 'right',
          } satisfies Mark,
        ]
      : []),
  ]
}

/** The title slide: place, the report's title, the years, then the meeting and the source. */
export function titleMarks({ dataset, language, t, note }: DocumentContext): Mark[] {
  const { report } = dataset
  const x = 72
  const w = page.width - 2 * x
  const source = [
    ...(report.meetingDate ? [`${t('meeting')}: ${formatDate(report.meetingDate, language)}`] : []),
    sourceLine(report, language),
  ].join(' · ')
  return [
    {
      kind: 'text',
      x,
      y: 96,
      w,
      h: 30,
      text: placeLine(report, language, t).toLocaleUpperCase(language),
      size: typeScale.lead,
      tone: 'accent',
      isBold: true,
    },
    {
      kind: 'text',
      x,
      y: 132,
      w,
      h: 150,
      text: report.title[language],
      size: typeScale.cover,
      tone: 'fg',
      isBold: true,
    },
    {
      kind: 'text',
      x,
      y: 292,
      w,
      h: 32,
      text: periodsLine(dataset, t, language),
      size: typeScale.quote,
      tone: 'fg',
    },
    { kind: 'rect', x, y: 340, w: 112, h: 4, tone: 'accent' },
    { kind: 'text', x, y: 364, w, h: 50, text: source, size: typeScale.body, tone: 'muted' },
    ...(note
      ? [
          {
            kind: 'text',
            x,
            y: 420,
            w,
            h: 26,
            text: note,
            size: typeScale.body,
            tone: 'muted',
          } satisfies Mark,
        ]
      : []),
  ]
}
