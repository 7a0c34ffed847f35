export const languages = ['vi', 'en'] as const
export type Language = (typeof languages)[number]

export const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

/** The language a URL's search asks for (`?lang=en`); Vietnamese when it names none. */
export const languageOfSearch = (search: string): Language =>
  /[?&]lang=en(?:&|$)/u.test(search) ? 'en' : 'vi'
