import { mixedScriptWords, quoteOccurrences, showInvisible } from './clean-text.ts'
import type { Problem } from './problem.ts'

/**
 * A quote must stand in the source, compared after NFC and with every space as a space. Found twice, it is
 * a warning unless `occurrence` says which one is meant.
 */
export function quoteProblems(path: string, source: string, quote: string, occurrence?: number): Problem[] {
  const found = quoteOccurrences(source, quote).length
  const shown = showInvisible(quote)
  if (found === 0) {
    return [
      {
        path,
        vi: `trích dẫn không có trong văn bản nguồn: "${shown}"`,
        en: `quote not found in the source text: "${shown}"`,
        code: 'quote-missing',
      },
    ]
  }
  if (occurrence !== undefined && occurrence > found) {
    return [
      {
        path,
        vi: `trích dẫn chỉ xuất hiện ${found} lần, không có lần thứ ${occurrence}`,
        en: `the quote stands ${found} times in the source, so there is no occurrence ${occurrence}`,
        code: 'quote-occurrence',
      },
    ]
  }
  if (occurrence === undefined && found > 1) {
    return [
      {
        path,
        severity: 'warning',
        vi: `trích dẫn xuất hiện ${found} lần trong văn bản; ghi "occurrence" để chỉ rõ lần nào: "${shown}"`,
        en: `the quote stands ${found} times in the source; give "occurrence" to say which one: "${shown}"`,
        code: 'quote-twice',
      },
    ]
  }
  return []
}

/** Letters of another script inside a Vietnamese word (a Cyrillic "о"): a warning, the words named. */
export function mixedScriptProblems(path: string, text: string): Problem[] {
  const words = mixedScriptWords(text)
  if (words.length === 0) return []
  const list = words.map((word) => `"${word}"`).join(', ')
  return [
    {
      path,
      severity: 'warning',
      vi: `chữ trộn bảng chữ cái khác (Kirin, Hy Lạp) trong ${list}`,
      en: `letters from another script (Cyrillic, Greek) inside ${list}`,
    },
  ]
}
