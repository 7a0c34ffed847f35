/** Verbs and linking words that end the words before an amount but are not part of its name. */
const trailingWord =
  /(?<!mặt)(?:^|\s+)(?:đạt|là|chiếm|thực hiện|có|tăng|giảm|còn|bằng|ước đạt|ước|lên|xuống|ở mức|cho|được|thêm|mới|gồm|với|trong đó|khoảng|đến|vào)$/iu
const trailingYear = /\s+(?:(?:đến|vào|trong)\s+)?(?:(?:đầu|cuối)\s+)?năm\s+\d{4}$/iu
const leadingWords = /^(?:[\s,;:(–-]|và\s|trong đó\s|gồm\s|với\s|còn\s)+/iu
const leadingYear = /^(?:trong\s+)?(?:\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+)?năm\s+\d{4}[\s,]*/iu
/** "có 09 phường", "(gồm 16 Đảng bộ", "xác định 15 chỉ tiêu": the noun after the number names the figure. */
const hasConstruct = /(?:^|[\s(])(?:có|gồm|với|đề ra|xác định|cho|thêm|và)\s*$/iu

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

function clean(before: string): string {
  let label = before.replace(leadingWords, '').replace(leadingYear, '')
  let previous = ''
  while (label !== previous) {
    previous = label
    label = label
      .replace(/[\s,:;(–-]+$/u, '')
      .replace(trailingYear, '')
      .replace(trailingWord, '')
  }
  label = label.replace(/^.*\s(?:có|là)\s+/iu, '').trim()
  // A long run of clauses: the name is in the last one ("…, đời sống được nâng cao, tỷ lệ hộ nghèo").
  if (label.length > 50 && label.includes(', ')) label = label.slice(label.lastIndexOf(', ') + 2)
  return label
}

/**
 * A first guess at a figure's name, from the clause words around it. `before`: the words between the previous
 * amount (or the start of the quote) and this one; `nounAfter`: the unit and the words after it; `subject`: the
 * words before the quote's first amount, for "…, tăng 12%". A person rewrites it; it is never a value.
 */
export function guessLabel(before: string, nounAfter: string, subject: string): string {
  const noun =
    nounAfter
      .replace(/^%\s*/u, '')
      .split(/[,;.()]/u)[0]
      ?.trim()
      .split(/\s+/u)
      .slice(0, 6)
      .join(' ') ?? ''
  const hasWords = /\p{L}/u.test(before)
  if ((hasConstruct.test(before) || !hasWords) && noun) return capitalise(noun)
  const label = clean(before)
  if (label.length >= 3) return capitalise(label.slice(0, 120).trim())
  const verb = /(?:tăng|giảm|gấp|bằng|vượt|còn)/iu.exec(before)?.[0]
  const fromSubject = clean(subject)
  if (fromSubject.length >= 3) return capitalise(`${fromSubject}${verb ? ` (${verb})` : ''}`)
  return noun ? capitalise(noun) : 'TODO'
}
