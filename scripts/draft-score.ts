// How well the draft reads a report text, against a person's hand-made annotation of that text (the format is
// in scripts/ANNOTATION.md). Used by `npm run measure:draft` on real articles kept outside the
// repository and by the unit test on the project's own texts.
import { draftDataset } from '../src/draft/draft-dataset.ts'
import type { DraftFigure } from '../src/draft/draft-types.ts'
import { type Unit, unitCodes, unitInfo } from '../src/dataset/units.ts'
import { otherUnitWords } from '../src/dataset/reading/amount-words.ts'

export type AnnotatedFigure = {
  at: string
  number: string
  value: number
  max?: number
  unit: string
  comparator: string
  role: 'actual' | 'target' | 'profile' | 'fact'
  year: number | null
  partOfYear?: string
  changeFrom?: number
  indicator?: string[]
}

export type Annotation = {
  url: string | null
  /** What the page shows of its date ("2024-12"), which a person making the dataset types in. */
  pageDate?: string | null
  kind?: string
  reportYear?: number | null
  scorecards?: { achieved: number; total: number; year?: number | null; at?: string }[]
  targetCount?: { value: number; year?: number | null; at?: string } | null
  figures: AnnotatedFigure[]
}

export type FigureVerdict = {
  annotated: AnnotatedFigure
  /** The draft's candidate at the same place in the text, if any. */
  found: DraftFigure | null
  isValueRight: boolean
  isComparatorRight: boolean
  isRoleAndYearRight: boolean
  isNameRight: boolean | null
  /** The name names what the annotator's does, its kind of measure set aside: see `measuredThing`. */
  isThingRight: boolean | null
}

export type TextScore = {
  figures: FigureVerdict[]
  /** Candidates at no annotated figure, scorecard or target count: numbers that are not figures. */
  nonFigures: DraftFigure[]
  candidates: number
  scorecardsFound: number
  scorecards: number
  problems: string[]
}

/**
 * What a name measures, its kind of measure set aside: the draft's "Tốc độ tăng thu ngân sách" and "Tỷ trọng dịch vụ"
 * name a growth and a share (and "Thay đổi …" a signed change, "Tốc độ tăng bình quân …" an average growth) of what an annotator may write as "thu ngân sách", "tăng thu ngân sách" or "thu ngân sách
 * so với kế hoạch"; a leading "tổng" or "số" ("số lượt khách", "lượt khách") is read either way. The value's unit already says which measure it is.
 */
export const measuredThing = (name: string) =>
  normalName(name)
    .replace(
      /^(?:(?:tốc độ tăng trưởng|tốc độ tăng|tăng trưởng)(?:\s+bình quân)?|mức tăng|mức giảm|thay đổi|tăng|giảm|tỷ trọng|tỉ trọng)\s+/u,
      '',
    )
    .replace(/\s+so với\s.*$/u, '')
    .replace(/^tổng\s+/u, '')
    .replace(/^số\s+/u, '')

const normalName = (name: string) =>
  name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,.;:]+|[\s,.;:]+$/gu, '')

const unitOf = (figure: DraftFigure) =>
  figure.unit === 'other' ? `other:${figure.otherUnit ?? ''}` : String(figure.unit)

const scaleWords: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9 }

const isUnit = (unit: string): unit is Unit => (unitCodes as readonly string[]).includes(unit)

/**
 * By how much the draft's number is multiplied to be the annotation's, when both are one unit written two ways, and
 * null when the units differ. The ways one unit is written:
 * - the same code (factor 1);
 * - "475 triệu con" kept with its scale word (other "triệu con", 475) is the annotation's 475.000.000 "con" (or "10,5
 *   triệu sản phẩm" its 10.500.000 "sản phẩm may mặc", the noun read either way): the draft keeps a scale of a unit no
 *   row knows in its words, as the verifier reads it;
 * - "2,1 tỷ USD" stored as 2.1 billion-usd is the annotation's 2100 million-usd: two scales of a unit written with the
 *   same words;
 * - "146,9 ngàn ngày khách" stored as 146.900 guest-night is the annotation's 146.900 "other:ngày khách": a unit the
 *   annotator wrote as words, which the vocabulary now knows by those words;
 * - "GRDP bình quân đầu người 3.950 USD" stored as usd-per-person is the annotation's 3950 "usd": the vocabulary had
 *   no code for dollars per person when the earlier sets were annotated.
 */
function unitFactor(found: DraftFigure, annotated: AnnotatedFigure): number | null {
  if (unitOf(found) === annotated.unit) return 1
  if (found.unit === 'usd-per-person' && annotated.unit === 'usd') return 1
  if (found.unit === 'TODO') return null
  const annotatedWords = /^other:(.+)$/u.exec(annotated.unit)?.[1]?.toLocaleLowerCase('vi')
  if (found.unit === 'other') {
    const [scale, ...noun] = (found.otherUnit ?? '').split(' ')
    const factor = scaleWords[scale ?? '']
    if (factor !== undefined && annotatedWords !== undefined && isSameNoun(noun.join(' '), annotatedWords))
      return factor
    return annotatedWords !== undefined && isSameNoun(found.otherUnit ?? '', annotatedWords) ? 1 : null
  }
  const mine = unitInfo(found.unit)
  if (isUnit(annotated.unit)) {
    const theirs = unitInfo(annotated.unit)
    const isSameWords = mine.kind === theirs.kind && mine.words.join('|') === theirs.words.join('|')
    return isSameWords ? 10 ** (mine.scale - theirs.scale) : null
  }
  const isKnownByItsWords =
    annotatedWords !== undefined && [mine.vi, ...mine.words].some((w) => isSameNoun(w, annotatedWords))
  return isKnownByItsWords ? 10 ** mine.scale : null
}

/**
 * One counted noun, however far it is read: "2 sản phẩm OCOP" counts "sản phẩm" or "sản phẩm OCOP", "1 tổ chức Đảng"
 * "tổ chức" or "tổ chức Đảng" (the words after the noun name what is counted, whichever side holds them).
 */
function isSameNoun(one: string, other: string): boolean {
  const [a, b] = [one, other].map((words) => otherUnitWords(words).toLocaleLowerCase('vi').trim())
  return a !== undefined && b !== undefined && (a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `))
}

/** The draft's amount is the annotation's, in one unit written either way. */
function isSameAmount(found: DraftFigure, annotated: AnnotatedFigure): boolean {
  const factor = unitFactor(found, annotated)
  return (
    factor !== null &&
    sameNumber(found.value * factor, annotated.value) &&
    sameNumber(found.max === undefined ? undefined : found.max * factor, annotated.max)
  )
}

/** The offset of an annotated number in the text, or -1 where the annotation does not fit the text. */
export function annotatedOffset(text: string, at: string, number: string): number {
  const start = text.indexOf(at)
  if (start < 0 || text.indexOf(at, start + 1) >= 0) return -1
  // The number as a whole token: "9" in "9,26% (Kế hoạch 9%)" is the second one.
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const inner =
    new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, 'u').exec(at)?.index ?? at.indexOf(number)
  return inner < 0 ? -1 : start + inner
}

/** "trên" (over) and "hơn" (more than) both mean ">" and are drawn alike: either is right. */
const sameComparator = (a: string, b: string) =>
  a === b || [a, b].every((c) => c === 'over' || c === 'moreThan')

const sameNumber = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a)))

export function scoreDraft(text: string, annotation: Annotation, { withTypedDate = false } = {}): TextScore {
  // "As a new user would": with the date the page shows typed in, where the person has one.
  const year = withTypedDate ? Number(/^\d{4}/u.exec(annotation.pageDate ?? '')?.[0]) : Number.NaN
  const month = Number(/^\d{4}-(\d{2})/u.exec(annotation.pageDate ?? '')?.[1] ?? Number.NaN)
  const words = annotation.pageDate ?? ''
  const draft = draftDataset(
    text,
    'x.txt',
    Number.isFinite(year) ? { published: { year, ...(Number.isFinite(month) ? { month } : {}), words } } : {},
  )
  const problems: string[] = []
  const candidates = [...draft.figures, ...(draft.targetCount ? [draft.targetCount] : [])]
  const used = new Set<DraftFigure>()
  // The narrowest candidate holding the number: "9.481/9.440ha" is the result, "9.440ha" inside it the plan.
  const at = (offset: number) =>
    candidates
      .filter(
        (figure) =>
          figure.at !== undefined && offset >= figure.at && offset < figure.at + figure.valueText.length,
      )
      .sort((a, b) => a.valueText.length - b.valueText.length)[0]
  const droppedAsRepeat = new Set(
    (draft.ignoredNumbers ?? [])
      .filter((number) => number.reason === 'the same figure said again')
      .flatMap((number) => /\d[\d.,]*\d|\d/u.exec(number.text)?.[0] ?? []),
  )
  const figures = annotation.figures.map((annotated): FigureVerdict => {
    const offset = annotatedOffset(text, annotated.at, annotated.number)
    if (offset < 0)
      problems.push(`annotation "${annotated.at}" / "${annotated.number}" is not once in the text`)
    // A figure the page says twice is drafted once, at one of its mentions: annotated at the other, it is the one kept
    // (the same amount, the mention the draft dropped as said again).
    const repeated =
      offset >= 0 &&
      !at(offset) &&
      // ("9,1 tỷ", annotated with its scale word, is the "9,1" dropped.)
      droppedAsRepeat.has(/\d[\d.,]*\d|\d/u.exec(annotated.number)?.[0] ?? annotated.number)
        ? candidates.find(
            (figure) =>
              !used.has(figure) &&
              figure.valueText.includes(annotated.number) &&
              !annotation.figures.some(
                (other) =>
                  other !== annotated &&
                  text.indexOf(other.at) >= 0 &&
                  figure.at !== undefined &&
                  figure.at >= text.indexOf(other.at) &&
                  figure.at < text.indexOf(other.at) + other.at.length,
              ),
          )
        : undefined
    const found = offset < 0 ? undefined : (at(offset) ?? repeated)
    if (found) used.add(found)
    if (!found)
      return {
        annotated,
        found: null,
        isValueRight: false,
        isComparatorRight: false,
        isRoleAndYearRight: false,
        isNameRight: annotated.indicator ? false : null,
        isThingRight: annotated.indicator ? false : null,
      }
    const isValueRight = isSameAmount(found, annotated)
    const isIndicatorRole = annotated.role === 'actual' || annotated.role === 'target'
    const isRoleAndYearRight =
      found.role === annotated.role && (!isIndicatorRole || (found.period?.year ?? null) === annotated.year)
    const names = (annotated.indicator ?? []).map(normalName)
    const name = normalName(found.label.vi.replace(/\s*\([^()]*\)\s*$/u, ''))
    const things = names.map(measuredThing)
    return {
      annotated,
      found,
      isValueRight,
      isComparatorRight: sameComparator(found.comparator, annotated.comparator),
      isRoleAndYearRight,
      isNameRight: isIndicatorRole && names.length > 0 ? names.includes(name) : null,
      isThingRight: isIndicatorRole && names.length > 0 ? things.includes(measuredThing(name)) : null,
    }
  })
  const scorecardOffsets = (annotation.scorecards ?? []).flatMap((card) =>
    card.at ? [text.indexOf(card.at)] : [],
  )
  const countAt = annotation.targetCount?.at ? text.indexOf(annotation.targetCount.at) : -1
  const isAnnotatedElsewhere = (figure: DraftFigure) => {
    const start = figure.at ?? -1
    const within = (from: number, snippet: string | undefined) =>
      from >= 0 && snippet !== undefined && start >= from && start < from + snippet.length
    return (
      (annotation.scorecards ?? []).some((card, i) => within(scorecardOffsets[i] ?? -1, card.at)) ||
      within(countAt, annotation.targetCount?.at)
    )
  }
  // The count of targets is one number however often the text says it: the draft's is the annotation's where they
  // agree, wherever each took it from (a headline and the body).
  const isAnnotatedCount = (figure: DraftFigure) =>
    figure === draft.targetCount && figure.value === annotation.targetCount?.value
  const nonFigures = candidates.filter(
    (figure) => !used.has(figure) && !isAnnotatedElsewhere(figure) && !isAnnotatedCount(figure),
  )
  const found = draft.scorecard ? [draft.scorecard] : []
  const scorecardsFound = (annotation.scorecards ?? []).filter((card) =>
    found.some((draftCard) => draftCard.achieved === card.achieved && draftCard.total === card.total),
  ).length
  return {
    figures,
    nonFigures,
    candidates: candidates.length,
    scorecardsFound,
    scorecards: annotation.scorecards?.length ?? 0,
    problems,
  }
}

export type Totals = {
  texts: number
  figures: number
  values: number
  comparators: number
  rolesAndYears: number
  names: number
  things: number
  namesJudged: number
  candidates: number
  nonFigures: number
  scorecards: number
  scorecardsFound: number
}

export function addUp(scores: readonly TextScore[]): Totals {
  const count = (test: (verdict: FigureVerdict) => boolean) =>
    scores.reduce((sum, score) => sum + score.figures.filter(test).length, 0)
  return {
    texts: scores.length,
    figures: count(() => true),
    values: count((v) => v.isValueRight),
    comparators: count((v) => v.isComparatorRight),
    rolesAndYears: count((v) => v.isRoleAndYearRight),
    names: count((v) => v.isNameRight === true),
    things: count((v) => v.isThingRight === true),
    namesJudged: count((v) => v.isNameRight !== null),
    candidates: scores.reduce((sum, score) => sum + score.candidates, 0),
    nonFigures: scores.reduce((sum, score) => sum + score.nonFigures.length, 0),
    scorecards: scores.reduce((sum, score) => sum + score.scorecards, 0),
    scorecardsFound: scores.reduce((sum, score) => sum + score.scorecardsFound, 0),
  }
}
