import { z } from './zod.ts'
import { hasInvisibleCharacters, illFormedCharacters, invisibleCharacters } from './clean-text.ts'

/**
 * Zero-width and direction marks, tag characters, a BOM inside the text, controls: never part of a report's
 * wording, invisible on screen, and an override can make a label read backwards. Arabic or Hebrew letters
 * and emoji are fine: React renders them as text.
 */
const visibleOnly = (text: string) => !hasInvisibleCharacters(text)
const invisibleMessage = (text: string) => {
  const found = invisibleCharacters(text).join(', ')
  return `có ký tự ẩn ${found} (xoá nó đi) / contains the invisible character ${found} (delete it)`
}
const visible = { error: (issue: { input: unknown }) => invisibleMessage(String(issue.input)) }

/** A lone half of a UTF-16 pair cannot be shown or written into any file: refused like a hidden character. */
const wellFormed = (text: string) => illFormedCharacters(text).length === 0
const whole = {
  error: (issue: { input: unknown }) => {
    const found = illFormedCharacters(String(issue.input)).join(', ')
    return `có ký tự hỏng ${found}, không phải chữ (xoá nó đi) / contains the broken character ${found}, not a letter (delete it)`
  },
}

export const textSchema = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine(wellFormed, whole)
  .refine(visibleOnly, visible)

/** The exact words of the source that a figure or fact comes from. */
export const quoteSchema = z.string().min(1).max(2000).refine(wellFormed, whole).refine(visibleOnly, visible)

/** The marker an English view shows after a Vietnamese text that has no English yet. */
export const untranslatedMark = ' (vi)'

/** Vietnamese, and English when given; without it, English is what `english` makes of the Vietnamese. */
const bilingual = (english: (vi: string) => string) =>
  z
    .object({ vi: textSchema, en: textSchema.optional() })
    .transform(({ vi, en }) => ({ vi, en: en ?? english(vi) }))

/** A text whose English view, without English, shows the Vietnamese marked ("Tổng thu ngân sách (vi)"), never a placeholder. */
export const localizedSchema = bilingual((vi) => `${vi}${untranslatedMark}`)
export type Localized = z.infer<typeof localizedSchema>

/** A proper name ("Đông Hà", "Báo Hòa Lâm"): without English it is written the same in English, unmarked. */
export const nameSchema = bilingual((vi) => vi)

/** The kinds of place a report is about, in English. */
const placeKinds: Readonly<Record<string, string>> = {
  'thành phố': 'city',
  tỉnh: 'province',
  huyện: 'district',
  'thị xã': 'town',
  quận: 'urban district',
  xã: 'commune',
  phường: 'ward',
  'thị trấn': 'township',
}

/** "thành phố" is "city" in English without being written; another kind without English is marked. */
export const placeKindSchema = bilingual(
  (vi) => placeKinds[vi.toLocaleLowerCase('vi')] ?? `${vi}${untranslatedMark}`,
)
