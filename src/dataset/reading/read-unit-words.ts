import { gluedUnitWords, knownUnitWords, placeKindList } from './amount-words.ts'
import { escapeRegExp, letter } from '../../lib/reg-exp.ts'

export const lower = (text: string) => text.toLocaleLowerCase('vi')

/**
 * Unit words that open another noun with the word after them: "2 nhà máy" are factories, "5 nhà hàng" restaurants,
 * not houses; "449 khách sạn" are hotels, not visitors.
 */
const compoundsOf: Readonly<Record<string, readonly string[]>> = {
  khách: ['sạn', 'hàng'],
  // "3 dân tộc Kinh - Hoa - Khmer" are peoples, not 3 residents.
  dân: ['tộc', 'số', 'cư', 'quân', 'chủ', 'sinh'],
  // "38.859 trường hợp vi phạm" are cases, not schools.
  trường: ['hợp'],
  nhà: ['máy', 'hàng', 'xưởng', 'trẻ', 'thầu', 'khoa học', 'nước', 'văn hóa', 'văn hoá', 'cung cấp', 'mạng'],
}
const notCompound = (word: string) => {
  const nouns = compoundsOf[word]
  return nouns ? `(?![ \\u00a0]+(?:${nouns.join('|')})(?![${letter}]))` : ''
}
/**
 * A unit word's words, each space one or more ("18%  dự toán"), or a line end where a page's width cut the line ("gần
 * 10.000 doanh" / "nghiệp"); "65,9%KH": a web page may glue the plan's name to the percent sign.
 */
function spaced(word: string): string {
  const [head = '', ...rest] = escapeRegExp(word).split(' ')
  const space = '(?:[ \\u00a0]*\\r?\\n[ \\u00a0]*|[ \\u00a0]+)'
  return head === '%' && rest.length > 0 ? `%[ \\u00a0]*${rest.join(space)}` : [head, ...rest].join(space)
}

/**
 * One sticky pattern of every unit word, longest first, each a whole word (a word ending in "%" may run on:
 * "%/năm"): the first alternative that matches is the one a person reads.
 */
function unitPattern(words: readonly string[]): RegExp {
  // Words in a row that end the same way share one check of their end: "(?:tấn|tạ)(?!…)" tries each in turn as
  // "tấn(?!…)|tạ(?!…)" does, with one letter class to compile instead of one a word.
  const parts: string[] = []
  let run: string[] = []
  const endRun = () => {
    if (run.length > 0) parts.push(`(?:${run.join('|')})(?![${letter}\\d²³])`)
    run = []
  }
  for (const word of words) {
    if (!word.endsWith('%') && !notCompound(word)) {
      run.push(spaced(word))
      continue
    }
    endRun()
    parts.push(`${spaced(word)}${word.endsWith('%') ? '' : `(?![${letter}\\d²³])`}${notCompound(word)}`)
  }
  endRun()
  return new RegExp(parts.join('|'), 'iuy')
}
/**
 * The patterns by the letter their words start with (lower case): only the words that can start at a place are tried
 * there, so a fresh page (a worker that drafts once) does not run every unit word's pattern at every number.
 */
function byFirstLetter(words: readonly string[]): ReadonlyMap<string, RegExp> {
  const groups = new Map<string, string[]>()
  for (const word of words) {
    const first = lower(word.charAt(0))
    groups.set(first, [...(groups.get(first) ?? []), word])
  }
  return new Map([...groups].map(([first, group]) => [first, unitPattern(group)]))
}
const anyUnit = byFirstLetter(knownUnitWords)
/** Kinds of place counted together, read where a unit word starts (sticky: no copy of the text's rest). */
const placeKinds = new RegExp(placeKindList.source.replace(/^\^/u, ''), 'uy')
/** Glued to the number, a percent sign starts a unit ("12%"), and the few units a web page glues on ("143ha"). */
const gluedUnit = byFirstLetter(
  knownUnitWords.filter((word) => word.startsWith('%') || gluedUnitWords.includes(word)),
)

/**
 * The known unit word at `pos` (after optional spaces), extended by "/…" parts ("triệu đồng/ha", "%/năm"); a short "đ"
 * is given as "đồng".
 */
export function readUnitWords(text: string, pos: number): { unitText: string; end: number } | null {
  const gap = /^[ \u00a0]*/u.exec(text.slice(pos, pos + 8))?.[0].length ?? 0
  const at = pos + gap
  const pattern = (gap === 0 ? gluedUnit : anyUnit).get(lower(text.charAt(at)))
  if (!pattern) return null
  pattern.lastIndex = at
  const found = pattern.exec(text)?.[0]
  if (found === undefined) return null
  placeKinds.lastIndex = at
  const word = placeKinds.exec(text)?.[0] ?? found
  // "đồng/người/năm", "người/km2", "tạ/héc-ta", "%/ năm": each part after "/" is a word ("36 hộ/9 xã" is two amounts).
  // "38.198 tấn/KH 41.000 tấn", "đạt 12,3%/mục tiêu nghị quyết 10,5-11%": "/KH" sets the plan beside the result; it
  // is no part of the unit.
  const perParts =
    new RegExp(
      String.raw`^(?:\/[ \u00a0]?(?!(?:KH|NQ|GRDP|GDP|kế hoạch|kịch bản|mục tiêu|chỉ tiêu|dự toán|vạn)(?![${letter}]))[${letter}][${letter}\d²³]*(?:-[${letter}]+)*)+`,
      'u',
    ).exec(text.slice(at + word.length))?.[0] ?? ''
  // "48,5 giường bệnh/1 vạn dân", "14 bác sĩ/vạn dân", "26 giường bệnh trên vạn dân": a rate per so many people, the count a part of its unit.
  const perPeople =
    new RegExp(
      String.raw`^(?:\/[ \u00a0]*|[ \u00a0]+trên[ \u00a0]+)(?:(?:1[ \u00a0]+)?vạn|(?:1|10|100)(?:\.000)+)[ \u00a0]+(?:dân|người)(?![${letter}])`,
      'u',
    ).exec(text.slice(at + word.length + perParts.length))?.[0] ?? ''
  const end = at + word.length + perParts.length + perPeople.length
  // "70 tr.đ/người": the short "đ" is read as the word it shortens, so the unit is found as "đồng/người" is; so is
  // "đ/c" ("128 đ/c được đánh giá …": comrades). (A line cut inside the unit's words is read as the space it stands for.)
  const unitText = text.slice(at, end).replace(/[ \u00a0]*\r?\n[ \u00a0]*/gu, ' ')
  if (lower(word) === 'đ/c') return { unitText: 'đồng chí', end }
  return { unitText: word === 'đ' ? unitText.replace(/^đ/u, 'đồng') : unitText, end }
}
