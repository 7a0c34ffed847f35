export const languages = ['vi', 'en'] as const
export type Language = (typeof languages)[number]

export const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }
