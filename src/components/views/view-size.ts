/**
 * Where a view is drawn. `screen` is the dashboard (and its print), read at arm's length and interactive:
 * figures open their quotes. `export` is an image at its natural size before the export frame scales it to the
 * chosen size. (A slide is no view: it is drawn from its document, model/slide-document/.)
 */
export type ViewSize = 'screen' | 'export'

/** The type scale and frames of the views, one row per size: the only place their sizes are chosen. */
type TextTokens = {
  /** A figure's or an indicator's name above its value. */
  name: string
  /** A headline amount, and two steps down for long ones (see `amountClass`). */
  value: readonly [string, string, string]
  /** A target's amount, the largest on a card, with its steps. */
  target: readonly [string, string, string]
  /** The largest number on a view (the scorecard's "8/13"). */
  hero: string
  /** A line under a value: its period, comparator, a qualifier. */
  note: string
  /** A sentence. */
  body: string
  /** A group's heading inside a view. */
  heading: string
  /** An item of a list of figures: its frame, with a coloured rule on the left for the export. */
  item: string
  /** The rule's width, for items that choose its colour. */
  rule: string
  /** Names in a row of cards take two lines, so that the amounts under them line up. */
  twoLines: string
}

export const textTokens = {
  screen: {
    name: 'text-sm font-semibold text-muted',
    value: ['text-2xl sm:text-3xl', 'text-xl sm:text-2xl', 'text-lg sm:text-xl'],
    target: ['text-2xl', 'text-xl', 'text-lg'],
    hero: 'text-4xl font-semibold tabular-nums',
    note: 'text-sm text-muted',
    body: 'text-base',
    heading: 'text-lg font-semibold',
    item: 'rounded-xl border border-grid bg-surface p-4',
    rule: 'border-l-4',
    twoLines: 'sm:min-h-[2lh]',
  },
  export: {
    name: 'text-[17px] leading-snug text-muted',
    value: ['text-[30px]', 'text-[26px]', 'text-[22px]'],
    target: ['text-[28px]', 'text-[24px]', 'text-[21px]'],
    hero: 'text-[88px] leading-none font-semibold tabular-nums',
    note: 'text-[15px] leading-snug text-muted',
    body: 'text-[17px] leading-snug',
    heading: 'text-[24px] font-semibold',
    item: 'pl-4',
    rule: 'border-l-4',
    twoLines: 'min-h-[2lh]',
  },
} as const satisfies Record<ViewSize, TextTokens>

/** Chart measures per size, in CSS pixels of the view. */
type ChartTokens = {
  fontSize: number
  /** The value printed at a bar's end. */
  labelSize: number
  /** Space between a bar and its value. */
  labelGap: number
  /** The target bar's dashed outline. */
  dash: string
  dashWidth: number
}

export const chartTokens = {
  screen: { fontSize: 12, labelSize: 13, labelGap: 8, dash: '5 3', dashWidth: 1.5 },
  export: { fontSize: 15, labelSize: 17, labelGap: 10, dash: '7 4', dashWidth: 2 },
} as const satisfies Record<ViewSize, ChartTokens>

/**
 * How each list of figures is laid out per size: its grid, and its `room`, the characters of an amount that
 * fit one of its columns at the first type step (see `amountClass`).
 */
export const listTokens = {
  headlines: {
    grid: {
      screen: 'grid gap-4 sm:grid-cols-2',
      export: 'grid grid-cols-2 content-start gap-x-8 gap-y-6',
    },
    room: { screen: 17, export: 14 },
  },
  profile: {
    grid: {
      screen: 'grid gap-3 sm:grid-cols-2 lg:grid-cols-4',
      export: 'grid grid-cols-4 content-start gap-x-8 gap-y-6',
    },
    room: { screen: 13, export: 16 },
  },
  targets: {
    grid: {
      screen: 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4',
      export: 'grid grid-cols-3 gap-x-8 gap-y-4',
    },
    room: { screen: 18, export: 22 },
  },
  others: {
    grid: {
      screen: 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3',
      export: 'grid grid-cols-3 content-start gap-x-8 gap-y-6',
    },
    room: { screen: 18, export: 22 },
  },
  facts: {
    grid: {
      screen: 'grid gap-3 sm:grid-cols-3',
      export: 'grid grid-cols-3 gap-5',
    },
    room: { screen: 18, export: 22 },
  },
} as const satisfies Record<string, { grid: Record<ViewSize, string>; room: Record<ViewSize, number> }>

/**
 * The class of the amounts of one list, whose columns fit `room` characters at the first step: an amount
 * never breaks across lines (`formatAmount` joins it with no-break spaces), so when the longest does not
 * fit, the whole list steps down a size or two together.
 */
export function amountClass(steps: readonly [string, string, string], texts: string[], room: number): string {
  const fits = room / Math.max(1, ...texts.map((text) => text.length))
  const step = fits >= 1 ? 0 : fits >= 0.8 ? 1 : 2
  return `${steps[step]} leading-tight font-semibold tabular-nums`
}
