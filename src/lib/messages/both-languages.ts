import type { Language } from '../language.ts'
import { type MessageKey, type Translate, translatorOf } from '../messages.ts'
import type { ParamsArgs } from './catalog.ts'
import { en } from './english.ts'
import { vi } from './languages.ts'

/**
 * Both languages at once, for what the model keeps beside the dataset's own bilingual texts (a slide's labels, a
 * CSV's headings, a verifier's problem) and for code written in either language (an embed). Whatever imports this
 * carries the English messages with it; the dashboard's first screen does not.
 */
export const translators: Record<Language, Translate> = {
  vi: translatorOf('vi', vi),
  en: translatorOf('en', en),
}

/** Both languages of a message, for labels kept in the model beside the dataset's own bilingual texts. */
export function bilingual<Key extends MessageKey>(
  key: Key,
  ...params: ParamsArgs<(typeof vi)[Key]>
): Record<Language, string> {
  return { vi: translators.vi(key, ...params), en: translators.en(key, ...params) }
}
