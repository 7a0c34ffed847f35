import { type Language, locales } from './language.ts'
import type { Message, ParamsArgs, Placeholders } from './messages/catalog.ts'
import { en, vi } from './messages/languages.ts'

export type MessageKey = keyof typeof vi

/** A key whose message takes no parameters: what a table of option labels holds. */
export type PlainMessageKey = {
  [Key in MessageKey]: [Placeholders<(typeof vi)[Key]>] extends [never] ? Key : never
}[MessageKey]

/**
 * A message in the page's language. The key's `{placeholders}` are the parameters it takes, checked
 * by the type system: none for a plain text, `count` (a number) for a plural one.
 */
export type Translate = <Key extends MessageKey>(key: Key, ...params: ParamsArgs<(typeof vi)[Key]>) => string

const catalogs: Record<Language, Record<MessageKey, Message>> = { vi, en }

export function translator(language: Language): Translate {
  const plurals = new Intl.PluralRules(locales[language])
  const messages = catalogs[language]
  return (key: MessageKey, params?: Readonly<Record<string, string | number>>) => {
    const message = messages[key]
    const text =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(params?.count))] ?? message.other)
    return text.replace(/\{(\w+)\}/gu, (whole, name: string) => String(params?.[name] ?? whole))
  }
}

const translators: Record<Language, Translate> = { vi: translator('vi'), en: translator('en') }

/** Both languages of a message, for labels kept in the model beside the dataset's own bilingual texts. */
export function bilingual<Key extends MessageKey>(
  key: Key,
  ...params: ParamsArgs<(typeof vi)[Key]>
): Record<Language, string> {
  return { vi: translators.vi(key, ...params), en: translators.en(key, ...params) }
}
