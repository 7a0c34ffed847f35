import { letter } from '../lib/reg-exp.ts'
import type { Before } from './structure/decide-role.ts'
import { findPhrases, type Phrase } from './structure/governing.ts'
import { findTimeExpressions, type TimeExpression } from './structure/time-expressions.ts'
import type { Span } from './split-text.ts'

/** A clause with its time expressions and governing phrases, offsets in the whole text. */
export type ReadClause = Span & { times: TimeExpression[]; phrases: Phrase[]; isLead: boolean }

/** A clause read in its text: what times and governing words it says, and whether it leads a list. */
export function readClause(text: string, clause: Span): ReadClause {
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

/** Where reported words start in a sentence ("… cho biết: …"), or its start. */
export function reportedFrom(span: Span): number {
  const said = [
    ...span.text.matchAll(
      new RegExp(String.raw`(?<![${letter}])(?:cho biết|cho hay|thông tin|nêu rõ)\s*:`, 'giu'),
    ),
  ].at(-1)
  return said ? span.start + said.index + said[0].length : span.start
}

/**
 * "… cơ bản đạt kế hoạch đề ra: tổng sản lượng … đạt 102,2%; …": the words before a sentence's colon lead what comes
 * after it, though the first item shares the lead's clause.
 */
export function leadBeforeColon(sentence: Span, at: number): string | undefined {
  const colon = sentence.text.indexOf(':')
  return colon >= 0 && at > sentence.start + colon ? sentence.text.slice(0, colon) : undefined
}

/**
 * The brackets of a text, as offset pairs: what is said inside one ("(năm 2023 tăng 5,00%)") stays inside it. A time
 * bracketed alone before a colon ("Tại thời điểm huyện đạt chuẩn (năm 2017): …") is no aside: it dates the list after.
 */
export function bracketsOf(span: Span): { start: number; end: number }[] {
  return bracketPairs(span).filter((b) => !datesTheList(span, b))
}

function datesTheList(span: Span, b: { start: number; end: number }): boolean {
  const held = span.text.slice(b.start - span.start + 1, b.end - span.start).trim()
  return (
    /^\s*:/u.test(span.text.slice(b.end - span.start + 1)) &&
    findTimeExpressions(held).some((t) => t.year !== undefined && t.words === held)
  )
}

function bracketPairs(span: Span): { start: number; end: number }[] {
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

const congressBefore = new RegExp(String.raw`(?<![${letter}])đại hội(?:\s+[${letter}]+){0,3}\s*$`, 'iu')
const electionBefore = new RegExp(
  String.raw`(?<![${letter}])(?:bầu cử|đại biểu)(?![${letter}])[^,;.\d]{0,50}$`,
  'iu',
)

/**
 * "… 493/493 chi bộ tổ chức thành công đại hội nhiệm kỳ 2022-2025; thành lập 3 tổ chức Đảng": a congress's term, its name,
 * ends its clause; "bầu cử … đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 … với tỷ lệ cử tri đi bầu đạt 100%": an
 * election's term names it. Neither is a time of what is counted after it.
 */
function namesAnEvent(text: string, t: TimeExpression, at: number): boolean {
  if (t.kind !== 'term') return false
  const closesOwnClause = /^\s*[;,]/u.test(text.slice(t.end, at))
  return (
    (closesOwnClause && congressBefore.test(text.slice(Math.max(0, t.start - 40), t.start))) ||
    electionBefore.test(text.slice(Math.max(0, t.start - 60), t.start))
  )
}

/**
 * The times and governing words said before `at`, less those shut in a bracket closed before it, and the years that
 * close a clause before it (`text`, the whole text, tells).
 */
export function beforeAt(
  at: number,
  times: readonly TimeExpression[],
  phrases: readonly Phrase[],
  brackets: readonly { start: number; end: number }[] = [],
  text?: string,
): Before {
  // A time or a verb in a bracket closed before the amount governs only what the bracket holds.
  const isShut = (item: { start: number }) =>
    brackets.some((b) => item.start > b.start && item.start < b.end && b.end < at)
  // "… công nhận hoàn thành xây dựng nông thôn mới năm 2022; có thêm 1 sản phẩm OCOP", "xã đạt chuẩn nông thôn mới vào
  // năm 2018 (hoàn thành sớm 2 năm so với Nghị quyết); tỷ lệ hộ nghèo …": a year that ends its clause is that clause's.
  // So is one said after an amount of its clause ("… giảm từ 33,7% năm 2005 xuống còn 5,18% năm 2023; tỷ lệ hộ nghèo đồng
  // bào dân tộc thiểu số hàng năm giảm từ 4-5%"), and a part of a year so ("… thấp hơn so với 8,27% của 11 tháng năm 2022;
  // trong đó ngành khai khoáng tăng 4,87%"); one that opens it ("Năm 2024, …; …") goes on.
  const closesClause = (t: TimeExpression) => {
    if (text !== undefined && namesAnEvent(text, t, at)) return true
    if (text === undefined || (t.kind !== 'period' && t.kind !== 'part-of-year')) return false
    if (/^\s*(?:\([^()]*\)\s*)?;/u.test(text.slice(t.end, at))) return true
    if (!text.slice(t.end, at).includes(';')) return false
    // (the sentence's own clause: "… 84 tỷ đồng.\nTrong 4 tháng cuối năm, …; …" opens it still)
    const clauseStart = Math.max(...[';', ':', '. ', '\n'].map((mark) => text.lastIndexOf(mark, t.start)))
    return /\d/u.test(text.slice(clauseStart + 1, t.start))
  }
  // "…, UBND huyện đã tổ chức giao chỉ tiêu năm 2024 cho các đơn vị; … thu ngân sách thực hiện đạt 116% so với Nghị
  // quyết": targets said set, in a clause of their own with no amount, aim at nothing after it, nor does their year.
  const setDone = phrases.flatMap((p) => {
    if (text === undefined || (p.kind !== 'aim' && p.kind !== 'plan-noun')) return []
    const clauseEnd = text.indexOf(';', p.end)
    const rest = text.slice(p.end, clauseEnd).replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, '')
    if (clauseEnd < 0 || clauseEnd >= at || /\d|:/u.test(rest)) return []
    // (within the sentence: "… đã được công nhận đạt chuẩn NTM. Tỉnh … đặt mục tiêu phấn đấu …" aims still)
    const clauseStart = Math.max(...[';', ':', '. ', '\n'].map((mark) => text.lastIndexOf(mark, p.start)), 0)
    const isDone = new RegExp(String.raw`(?<![${letter}])đã(?![${letter}])`, 'iu').test(
      text.slice(clauseStart, p.start),
    )
    return isDone ? [{ start: p.start, end: clauseEnd }] : []
  })
  const isSetDone = (item: { start: number }) =>
    setDone.some((span) => item.start >= span.start && item.start < span.end)
  return {
    times: times.filter((t) => t.end <= at && !isShut(t) && !closesClause(t) && !isSetDone(t)),
    phrases: phrases.filter((p) => p.end <= at && !isShut(p) && !isSetDone(p)),
  }
}

/**
 * "… quyết tâm thực hiện đạt và vượt tất cả các chỉ tiêu … năm 2023 đề ra.": an achievement aimed at, right after the
 * aim in its clause, is none ("theo Nghị quyết … giao, huyện có 27 chỉ tiêu … đạt và vượt" is one). Whether a
 * sentence says something was achieved.
 */
export function saysAchieved(text: string, phrases: readonly Phrase[]): boolean {
  const isAimedAt = (done: Phrase) =>
    phrases.some(
      (aim) =>
        aim.kind === 'aim' &&
        aim.end <= done.start &&
        /^[^,;:.]{0,24}$/u.test(text.slice(aim.end, done.start)),
    )
  // "… đã xây dựng và ban hành kịch bản tăng trưởng kinh tế năm 2025": what was done is a plan made, not a result.
  const isPlanMade = (done: Phrase) =>
    phrases.some(
      (aim) =>
        (aim.kind === 'aim' || aim.kind === 'plan-noun') &&
        aim.start >= done.end &&
        /^[^,;:.]{0,40}$/u.test(text.slice(done.end, aim.start)),
    )
  return phrases.some((p) => p.kind === 'done' && !isAimedAt(p) && !isPlanMade(p))
}

/** The words around an index, for a note on a number left out. */
export function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 40).trim()
}

/** A place's profile takes a year only from its own clause ("dân số trung bình năm 2025"). */
export function profilePeriod(clause: ReadClause, amountStart: number) {
  const time = clause.times.find(
    (t) =>
      (t.kind === 'period' || t.kind === 'point') &&
      t.year !== undefined &&
      t.start - clause.start < amountStart,
  )
  return time?.year ? { year: time.year, ...(time.point ? { point: time.point } : {}) } : undefined
}
