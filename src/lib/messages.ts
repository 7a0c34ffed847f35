import { type Language, locales } from './language.ts'
import type { Message, ParamsArgs, Placeholders } from './messages/catalog.ts'
import type { vi } from './messages/languages.ts'
import { viFirst } from './messages/vi-first.ts'

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

export type Messages = Readonly<Record<MessageKey, Message>>

/**
 * Vietnamese, the source language, is at hand but for the maker's texts, which its code adds (`addMessages`);
 * English once loaded (`loadLanguage`). The catalogs are kept, not replaced, so a translator made before a part was
 * added has it too.
 */
const viMessages: Partial<Messages> = { ...viFirst }
const catalogs: Partial<Record<Language, Partial<Messages>>> = { vi: viMessages }

/** Adds a part of the Vietnamese texts that its feature's code brings (the dataset maker's). */
export function addMessages(part: Partial<Messages>): void {
  Object.assign(viMessages, part)
}

/** Whether a language's messages are at hand, so that `translator` gives that language. */
export const hasLanguage = (language: Language) => catalogs[language] !== undefined

/** Makes a language's messages available: English loads on first need, so a Vietnamese page never fetches it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (hasLanguage(language)) return
  catalogs.en = (await import('./messages/english.ts')).en
}

/** A translator of given messages; the one place messages are chosen by plural and filled in. */
export function translatorOf(language: Language, messages: Partial<Messages>): Translate {
  const plurals = new Intl.PluralRules(locales[language])
  return (key: MessageKey, params?: Readonly<Record<string, string | number>>) => {
    const message = messages[key]
    // A text of a part not yet added is a fault of the code that asked for it: said, and never shown as blank.
    if (message === undefined) {
      console.error(`message "${key}" is not loaded`)
      return key
    }
    const text =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(params?.count))] ?? message.other)
    return text.replace(/\{(\w+)\}/gu, (whole, name: string) => String(params?.[name] ?? whole))
  }
}

/**
 * A message in the language given, once its messages are loaded (`loadLanguage`); until then the Vietnamese
 * source, never a key or a blank.
 */
export function translator(language: Language): Translate {
  const messages = catalogs[language]
  return messages ? translatorOf(language, messages) : translatorOf('vi', viMessages)
}
