/**
 * A slide as positioned marks on a 960 × 540 pt page (13⅓ × 7½ in, PowerPoint's wide slide): the one layout
 * the editable PowerPoint and the searchable PDF both draw, so that they show the same text in the same place.
 */
export const page = { width: 960, height: 540 } as const

/** The palette's colours a document uses, by their token in src/index.css (`--color-<tone>`). */
export const tones = [
  'surface',
  'fg',
  'muted',
  'rule',
  'grid',
  'accent',
  'actual',
  'target',
  'lower',
  'lower-fill',
] as const
export type Tone = (typeof tones)[number]
export type DocumentPalette = Record<Tone, string>

export type Box = { x: number; y: number; w: number; h: number }

/**
 * The slides' type sizes in points on the 960 × 540 page (on a 1920 px screen, 30 pt is 60 px): nothing smaller
 * than 17 pt, so that a projected slide reads from the back of the room.
 */
export const typeScale = {
  hero: 60,
  cover: 38,
  title: 30,
  quote: 22,
  lead: 20,
  /** A card's amount, and the two steps down a list takes when its longest amount would not fit. */
  amounts: [28, 24, 20],
  body: 17,
  note: 17,
  small: 17,
} as const

/** A chart's text: its axis (ticks and unit), its bars' names, and the amounts written on the bars. */
export const chartTypeScale = { axis: 17, name: 17, label: 18 } as const

/**
 * What a piece of a slide is, where a reader or a test needs to know: its title (a heading), its footer (the
 * source and the slide's number), a chart's bar, the amount written on it, and its zero line.
 */
export type Part = 'title' | 'footer' | 'bar' | 'bar-label' | 'zero'

/** Text in a box, shrunk to fit if it must; `\n` starts a new paragraph. */
export type TextMark = Box & {
  kind: 'text'
  part?: Part
  text: string
  /** In points, before any shrinking. */
  size: number
  tone: Tone
  isBold?: boolean
  align?: 'left' | 'center' | 'right'
  valign?: 'top' | 'middle' | 'bottom'
}
/** A filled rectangle: the accent bar, a card's coloured rule, the footer's line. */
export type RectMark = Box & { kind: 'rect'; tone: Tone; isHatched?: boolean }
/** One of the scorecard's marks: filled for an indicator achieved, open for the rest. */
export type DotMark = Box & { kind: 'dot'; tone: Tone; isFilled: boolean }

/** A bar of a document chart: its category, its value, the label written on it, and how it is drawn. */
export type ChartBar = {
  category: string
  value: number
  /** A range's top: the bar runs on, outlined, to it. */
  max?: number | undefined
  label: string
  /** Actual: solid. Target: solid, outlined with a dashed line. Lower is better: hatched. Neither: slate. */
  style: 'actual' | 'target' | 'higher' | 'lower' | 'neither'
}
export type ChartMark = Box & {
  kind: 'chart'
  /** Columns side by side (actual against target), or bars one under the other (the percent targets). */
  direction: 'column' | 'bar'
  /** The unit, written over the value axis. */
  axisTitle: string
  /** The value axis's ticks, through 0 from the lowest (below 0 for a fall); the last is the axis's end. */
  ticks: number[]
  /** The ticks as the language writes them. */
  tickLabels: string[]
  bars: ChartBar[]
}

export type Mark = TextMark | RectMark | DotMark | ChartMark

/** A slide of a document: its title, its marks, the presenter's notes, and the figures it shows as text. */
export type DocumentSlide = { title: string; marks: Mark[]; notes: string }
