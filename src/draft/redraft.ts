import type { Decision, Work, WorkFigure, WorkRevision } from './work.ts'

/** A figure's place among the figures of the same sentence and words: the second "12%" of a sentence stays the second. */
function matchKeys(figures: readonly WorkFigure[]): Map<string, WorkFigure> {
  const seen = new Map<string, number>()
  const byKey = new Map<string, WorkFigure>()
  for (const figure of figures) {
    const base = `${figure.quote}\u0000${figure.valueText}`
    const nth = seen.get(base) ?? 0
    seen.set(base, nth + 1)
    byKey.set(`${base}\u0000${nth}`, figure)
  }
  return byKey
}

const overlaps = (a: WorkFigure, b: WorkFigure) =>
  a.at !== undefined &&
  b.at !== undefined &&
  a.at < b.at + b.valueText.length &&
  b.at < a.at + a.valueText.length

/** The number of the next row's key: one past the highest, so a key once used is never given again. */
export const nextKeyNumber = (figures: readonly WorkFigure[]) =>
  Math.max(0, ...figures.map((f) => Number(/^f(\d+)$/u.exec(f.key)?.[1] ?? 0))) + 1

const hasQuote = (text: string, quote: string | undefined) => Boolean(quote) && text.includes(quote ?? '')

/**
 * The work after its text was edited and drafted again (`fresh`, the new text's own draft). Every figure whose
 * sentence is unchanged keeps what the person decided and its key; a row still pending with no year takes the
 * new draft's reading, which may know the year now. The figures of new or changed sentences come in pending,
 * and those of sentences now gone are dropped: both are listed in `revision` for a look. What the person
 * entered about the report stays; what was empty is filled from the new draft.
 */
export function mergeRedraft(old: Work, fresh: Work): Work {
  const text = fresh.sourceText
  const freshByMatch = matchKeys(fresh.figures)
  const oldByMatch = matchKeys(old.figures)
  const merged: WorkFigure[] = []
  const usedFresh = new Set<WorkFigure>()
  const gone: WorkRevision['gone'] = []
  let kept = 0

  // A corrected row, or one brought back from those set aside, has words the draft does not find again: it stays while
  // its sentence stands.
  const corrected: WorkFigure[] = []
  for (const [match, figure] of oldByMatch) {
    const twin = freshByMatch.get(match)
    if (figure.isCorrected || figure.broughtBack) {
      const sentenceStart = text.indexOf(figure.quote)
      if (sentenceStart < 0) {
        gone.push(goneRow(figure))
        continue
      }
      const offset = (figure.at ?? 0) - (figure.sentenceStart ?? figure.at ?? 0)
      corrected.push({ ...figure, sentenceStart, at: sentenceStart + Math.max(0, offset) })
      kept += 1
      continue
    }
    if (!twin) {
      gone.push(goneRow(figure))
      continue
    }
    usedFresh.add(twin)
    kept += 1
    const isUntouched = figure.decision === 'pending' && figure.year === null
    const place = { at: twin.at, sentenceStart: twin.sentenceStart }
    merged.push(isUntouched ? { ...twin, key: figure.key } : { ...figure, ...definedOnly(place) })
  }

  let number = nextKeyNumber(old.figures)
  const added: string[] = []
  for (const figure of fresh.figures) {
    if (usedFresh.has(figure)) continue
    if (corrected.some((row) => row.quote === figure.quote && overlaps(row, figure))) continue
    const key = `f${number++}`
    added.push(key)
    merged.push({ ...figure, key })
  }
  merged.push(...corrected)
  merged.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity))
  const keys = new Set(merged.map((f) => f.key))
  const figures = merged.map((f) => {
    if (!f.partOf || keys.has(f.partOf)) return f
    const rest = { ...f }
    delete rest.partOf
    return rest
  })

  const rowsSaid = new Set(figures.map((f) => `${f.quote}\u0000${f.valueText}`))
  const setAside = fresh.setAside?.filter(
    ({ figure }) => !rowsSaid.has(`${figure.quote}\u0000${figure.valueText}`),
  )

  const report = { ...old.report }
  for (const [name, value] of Object.entries(fresh.report) as [keyof Work['report'], string][])
    if (!report[name]) report[name] = value

  const rest = { ...old }
  delete rest.setAside
  return {
    ...rest,
    sourceText: text,
    report,
    periods: keptPeriods(old, fresh),
    scorecard: hasQuote(text, old.scorecard?.quote) ? old.scorecard : fresh.scorecard,
    targetCount: hasQuote(text, old.targetCount?.quote) ? old.targetCount : fresh.targetCount,
    figures,
    revision: { kept, added, gone },
    ...(fresh.drafted ? { drafted: fresh.drafted } : {}),
    // What the new text sets aside, but for what the person already brought back.
    ...(setAside?.length ? { setAside } : {}),
  }
}

function goneRow(figure: WorkFigure): { valueText: string; quote: string; decision: Decision } {
  return { valueText: figure.valueText, quote: figure.quote, decision: figure.decision }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/**
 * The years a text without one gets from the date the person typed (`fresh` is the text drafted again knowing
 * it): every row still without a year takes the new draft's, with its reason; what the person set stays.
 */
export function fillYears(old: Work, fresh: Work): Work {
  const freshByMatch = matchKeys(fresh.figures)
  const years = new Map<string, WorkFigure>()
  for (const [match, figure] of matchKeys(old.figures)) {
    const twin = freshByMatch.get(match)
    if (figure.year === null && twin?.year !== null && twin) years.set(figure.key, twin)
  }
  return {
    ...old,
    periods: keptPeriods(old, fresh),
    figures: old.figures.map((figure) => {
      const twin = years.get(figure.key)
      if (!twin) return figure
      return {
        ...figure,
        year: twin.year,
        ...(twin.why ? { why: twin.why } : {}),
        ...(twin.partOfYear ? { partOfYear: twin.partOfYear } : {}),
      }
    }),
  }
}

/** The years and part of the year as the person left them; what they left empty, from the fresh reading. */
function keptPeriods(old: Work, fresh: Work): Work['periods'] {
  // A part the person emptied stays empty: only one never set is read again.
  const actualPart = old.periods.actualPart ?? (fresh.periods.actualPart || undefined)
  return {
    actual: old.periods.actual ?? fresh.periods.actual,
    target: old.periods.target ?? fresh.periods.target,
    ...(actualPart !== undefined ? { actualPart } : {}),
  }
}
