/**
 * Text copied from a web page or Word carries characters a reader cannot see: no-break spaces, zero-width
 * spaces, direction marks, a byte-order mark. Quotes are compared after NFC with every space as a space;
 * invisible format characters are refused in labels and quotes, and shown visibly in every message.
 */

/** Every Unicode space (no-break, narrow, ideographic, …) as a plain space, after NFC. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\p{Zs}/gu, ' ')
}

/** Format characters (zero-width, bidi marks and isolates, tags, BOM, soft hyphen) and controls but tab and newline. */
const invisible = /[\p{Cf}\p{Co}]|[^\P{Cc}\t\n\r]/u
const invisibleGlobal = new RegExp(invisible.source, 'gu')

/** A zero-width joiner inside an emoji sequence ("👨‍👩‍👧") is part of the picture, not hidden text. */
const emojiJoiner = /(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu

export function hasInvisibleCharacters(text: string): boolean {
  return invisible.test(text.replace(emojiJoiner, ''))
}

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** "101.249␣[U+00A0]người": unusual spaces and invisible characters made visible, for messages. */
export function showInvisible(text: string): string {
  return text.replace(/[\p{Zs}\p{Cf}\p{Co}\p{Cc}]/gu, (char) => {
    if (char === ' ' || char === '\n' || char === '\t') return char
    return /\p{Zs}/u.test(char) ? `␣[${codePoint(char)}]` : `[${codePoint(char)}]`
  })
}

/** The invisible characters in a text, each as "U+200B", once. */
/** Half of a UTF-16 pair alone ("\ud800" in a JSON file), or U+FFFE / U+FFFF: no text at all, and no file can hold it. */
const illFormed = /\p{Cs}|[\uFFFE\uFFFF]/gu

/** The ill-formed characters of a text, each as "U+D800". */
export function illFormedCharacters(text: string): string[] {
  return [...new Set([...text.matchAll(illFormed)].map((match) => codePoint(match[0])))]
}

export function invisibleCharacters(text: string): string[] {
  const found = [...text.replace(emojiJoiner, '').matchAll(invisibleGlobal)]
  return [...new Set(found.map((match) => codePoint(match[0])))]
}

/**
 * Words that mix Latin letters with letters of another script that look alike (a Cyrillic "о" in "Đông"):
 * copied text or a wrong keyboard, and a quote that will never match the source.
 */
export function mixedScriptWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? []
  return words.filter(
    (word) => /\p{Script=Latin}/u.test(word) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word),
  )
}

// The source as compared, kept for the next quote: a dataset checks every quote against one text.
let lastSource: string | null = null
let lastNormalized = ''

/** The source text as quotes are compared with it (NFC, every space a space), kept while it stays the same text. */
export function normalizedSource(source: string): string {
  if (source !== lastSource) lastNormalized = normalizeText(source)
  // Kept as this very string: the next look with it is one pointer check, not a comparison of the whole text.
  lastSource = source
  return lastNormalized
}

/** Where a quote stands in the source, compared after NFC and with every space as a space. */
export function quoteOccurrences(source: string, quote: string): readonly number[] {
  const needle = normalizeText(quote)
  return needle ? occurrencesIn(normalizedSource(source), needle) : []
}

// Where each needle stands in the last two texts searched: a dataset's quotes are looked up again at every check.
// A long text is found by comparing it, then kept as the string last asked with, so that the next look is a
// pointer check (a Map keyed by a text this long would compare it whole at every look).
const searched: { text: string; byNeedle: Map<string, readonly number[]> }[] = []

/** Every place `needle` starts in `text`, as written (no normalising), remembered for the next look. */
export function occurrencesIn(text: string, needle: string): readonly number[] {
  let entry = searched.find((candidate) => candidate.text === text)
  if (entry) entry.text = text
  else {
    entry = { text, byNeedle: new Map() }
    searched.unshift(entry)
    searched.length = Math.min(searched.length, 2)
  }
  const known = entry.byNeedle.get(needle)
  if (known) return known
  const found: number[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at)
  entry.byNeedle.set(needle, found)
  return found
}

/** Letters only Vietnamese writes among the Latin scripts: đ, ă, â, ê, ô, ơ, ư and the tone marks. */
const vietnameseLetter = /[đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu

/**
 * Whether a text reads as Vietnamese: in Vietnamese, about one letter in five carries a mark; in English or a
 * text that lost its marks, almost none. A short text is given the benefit of the doubt.
 */
export function looksVietnamese(text: string): boolean {
  const letters = text.normalize('NFC').match(/\p{L}/gu)?.length ?? 0
  if (letters < 120) return true
  const marked = text.normalize('NFC').match(vietnameseLetter)?.length ?? 0
  return marked / letters >= 0.04
}
