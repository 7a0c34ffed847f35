/** A stretch of the source text with its offset, so every quote taken from it is a verbatim slice. */
export type Span = { text: string; start: number }

/**
 * A non-empty line. It continues the previous one's context when it is a list item, follows a line ending in ":" or
 * ";", or breaks the previous one down ("Trong đó, …").
 */
export type Paragraph = Span & { continuesPrevious: boolean; sentences: Sentence[] }
export type Sentence = Span & { clauses: Span[] }

const bulletPattern = /^(?:[-–+•*]\s*(?=\p{L})|[-–+•*]\s+|[a-zđ]\)\s+)/u
/** Words a Vietnamese report ends with a dot that do not end a sentence ("TP. Đông Hà"). */
const abbreviations = new Set(['TP', 'Tp', 'TX', 'TT', 'TS', 'ThS', 'PGS', 'GS', 'BS', 'v.v', 'P', 'Q'])
// Not the stray space a page left after a thousands dot ("59. 533,3 tỷ đồng"), which the amount reader reads through.
// "… khá toàn diện.Năm 2022, …", "… trong năm 2019.Thu ngân sách …": a page that lost the space after a word's or a
// year's full stop still ends a sentence there.
const sentenceEnd =
  /(?<!(?<![\d.,])\d{1,3}(?=\. \d{3},\d))[.!?…]+(?=\s+["“(\-–]?[\p{Lu}\d]|(?<=(?:\p{Ll}\p{Ll}|(?<![\d.,])(?:19|20)\d{2})[.!?…]+)\p{Lu}\p{Ll})/gu
/** A colon after these words opens a list whose items are quoted one by one. */
const listIntroducer = new RegExp(
  String.raw`(?:bao gồm|gồm có|gồm|như sau|cụ thể|sau đây|chỉ tiêu(?:\s+[${letter}-]+){0,6}|là|trong đó|như|(?:19|20)\d{2}|mục tiêu|phấn đấu|nhiệm vụ)\s*$`,
  'iu',
)

export function trimSpan(span: Span, leading = /^\s+/u, trailing = /\s+$/u): Span {
  const lead = leading.exec(span.text)?.[0].length ?? 0
  const rest = span.text.slice(lead)
  const trail = trailing.exec(rest)?.[0].length ?? 0
  return { text: rest.slice(0, rest.length - trail), start: span.start + lead }
}

/** Trims the bullet before a list item and the punctuation after a clause: quotes stay verbatim, only shorter. */
export function trimClause(span: Span): Span {
  return trimSpan(span, /^(?:\s|[-–+•*](?=\s|\p{L})|[a-zđ]\)(?=\s))+/u, /[\s.,;:!?…]+$/u)
}

function sliceSpan(span: Span, from: number, to: number): Span {
  return { text: span.text.slice(from, to), start: span.start + from }
}

export function splitSentences(paragraph: Span): Span[] {
  const sentences: Span[] = []
  let from = 0
  for (const match of paragraph.text.matchAll(sentenceEnd)) {
    const wordBefore = /[\p{L}.]+$/u.exec(paragraph.text.slice(from, match.index))?.[0]
    if (wordBefore && abbreviations.has(wordBefore)) continue
    const end = match.index + match[0].length
    sentences.push(trimSpan(sliceSpan(paragraph, from, end)))
    from = end
  }
  sentences.push(trimSpan(sliceSpan(paragraph, from, paragraph.text.length)))
  return sentences.filter((sentence) => sentence.text.length > 0)
}

/**
 * Cuts a span at separators outside brackets and quotation marks: the ";" between list items
 * stays out of a motto in “…”, and the "," inside "(gồm 16 Đảng bộ, 51 chi bộ cơ sở)" is kept.
 */
function splitTopLevel(span: Span, isSeparator: (text: string, i: number, from: number) => boolean): Span[] {
  const parts: Span[] = []
  let depth = 0
  let isInStraightQuote = false
  let from = 0
  for (let i = 0; i < span.text.length; i++) {
    const char = span.text[i]
    if (char === '(' || char === '“') depth += 1
    else if ((char === ')' || char === '”') && depth > 0) depth -= 1
    else if (char === '"') isInStraightQuote = !isInStraightQuote
    else if (depth === 0 && !isInStraightQuote && isSeparator(span.text, i, from)) {
      parts.push(sliceSpan(span, from, i + 1))
      from = i + 1
    }
  }
  parts.push(sliceSpan(span, from, span.text.length))
  return parts
}

/** Clauses: parts of a sentence between ";", and the items after a list-opening ":" ("bao gồm:"). */
export function splitClauses(sentence: Span): Span[] {
  return splitTopLevel(
    sentence,
    (text, i, from) => text[i] === ';' || (text[i] === ':' && listIntroducer.test(text.slice(from, i))),
  )
    .map(trimClause)
    .filter((clause) => clause.text.length > 0)
}

/**
 * Comma-separated parts of a clause ("Toàn thành phố có 09 phường, với diện tích … km2, dân số là …"), never
 * cut inside an amount whose words hold a comma ("137 xã, phường, thị trấn"): `keep` are offsets in the clause.
 */
export function splitCommaParts(clause: Span, keep: readonly { start: number; end: number }[] = []): Span[] {
  const isKept = (i: number) => keep.some((span) => i > span.start && i < span.end)
  return splitTopLevel(clause, (text, i) => text[i] === ',' && /\s/u.test(text[i + 1] ?? '') && !isKept(i))
    .map(trimClause)
    .filter((part) => part.text.length > 0)
}

/** Words a sentence never ends on: a line that stops on one was cut by the page's width, not by its writer. */
const openWords = new RegExp(
  String.raw`(?<![${letter}])(?:của|và|các|những|với|đã|được|trên|trong|tại|cho|về|là|có|theo|từ|đến|so|như|hoặc|để|thì|mà|bị|sẽ|đang|vào|(?<!(?:đề|đặt)\s)ra|này|một|hai|nhiều)$`,
  'iu',
)

/** Words an amount follows, which end no sentence. */
const amountVerbs = new RegExp(
  String.raw`(?<![${letter}])(?:đạt|tăng|giảm|bằng|chiếm|khoảng|gần|hơn|dưới|còn|vượt|lên|xuống|thu|chi)$`,
  'iu',
)

/**
 * A line the page's width cut inside a sentence ("Tốc độ tăng trưởng GRDP" / "toàn huyện đạt 11,26%."): the
 * line before ends in no stop and on a word, and this one goes on in lower case, or the line before ends on a
 * word no sentence ends with ("… sự giám sát của" / "HĐND huyện …"). A list item ("8%" then "thu ngân sách …")
 * and a heading keep their own lines.
 */
function isCutLine(previous: string, line: string): boolean {
  // "… nhiệm kỳ 2016 -" / "2021 tổ chức kỳ họp …", "Ngày" / "25 tháng 12 năm 2018, …": a span or a date cut in two.
  if (/\d\s*[-–]$/u.test(previous) && /^\d/u.test(line)) return true
  if (/(?:^|\s)[Nn]gày$/u.test(previous) && /^\d{1,2}(?:\s+tháng|[/.-]\d)/u.test(line)) return true
  if (bulletPattern.test(line) || !new RegExp(String.raw`[${letter}]$`, 'u').test(previous)) return false
  // "… trên địa bàn phường ước đạt" / "5.171 tỷ đồng, …": a verb that wants an amount, and the amount.
  return (
    /^\p{Ll}/u.test(line) || openWords.test(previous) || (amountVerbs.test(previous) && /^\d/u.test(line))
  )
}

/** Paragraphs (non-empty lines, a line cut by the page's width joined to its own), their sentences and clauses, each with its offset in `text`. */
export function splitReport(text: string): Paragraph[] {
  const lines: Span[] = []
  for (const line of text.matchAll(/[^\r\n]+/gu)) {
    const span = trimSpan({ text: line[0], start: line.index })
    if (!span.text) continue
    const previous = lines.at(-1)
    if (previous && isCutLine(previous.text, span.text))
      lines[lines.length - 1] = {
        text: text.slice(previous.start, span.start + span.text.length),
        start: previous.start,
      }
    else lines.push(span)
  }
  const paragraphs: Paragraph[] = []
  for (const span of lines) {
    const previous = paragraphs.at(-1)
    // "Trong đó, công nghiệp - xây dựng tăng 17 - 18%/năm": a line that breaks down the one before goes on with it.
    const continuesPrevious =
      previous !== undefined &&
      (/[:;]$/u.test(previous.text) ||
        bulletPattern.test(span.text) ||
        /^\s*Trong đó\s*[,:]/u.test(span.text))
    const sentences = splitSentences(span).map((sentence) => ({
      ...sentence,
      clauses: splitClauses(sentence),
    }))
    paragraphs.push({ ...span, continuesPrevious, sentences })
  }
  return paragraphs
}
import { letter } from '../lib/reg-exp.ts'
