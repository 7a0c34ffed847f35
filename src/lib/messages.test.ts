import { describe, expect, it, vi as vitest } from 'vitest'
import { languages } from './language.ts'
import { translator } from './messages.ts'
import { bilingual } from './messages/both-languages.ts'
import { type Catalog, translationOf } from './messages/catalog.ts'
import { en } from './messages/english.ts'
import { vi } from './messages/languages.ts'

const viAreas = import.meta.glob<Catalog>('./messages/vi/*.ts', { eager: true, import: '*' })
const enAreas = import.meta.glob<Catalog>('./messages/en/*.ts', { eager: true, import: '*' })
const areaCatalogs = (modules: Record<string, Catalog>) =>
  Object.values(modules).flatMap((module) => Object.values(module) as Catalog[])

describe('translator', () => {
  const tVi = translator('vi')
  const tEn = translator('en')

  it('fills the placeholders', () => {
    expect(tVi('sectionResults', { year: 2023 })).toBe('Kết quả 2023')
    expect(tEn('sectionResults', { year: 2023 })).toBe('2023 results')
    expect(tEn('placeLine', { kind: 'city', name: 'Đông Hà', province: 'Quảng Trị' })).toBe(
      'Đông Hà city, Quảng Trị province',
    )
  })

  it('chooses the plural form by count through Intl.PluralRules', () => {
    expect(tEn('errorSchema', { url: 'a.json', count: 1 })).toBe('a.json has 1 invalid field:')
    expect(tEn('errorSchema', { url: 'a.json', count: 3 })).toBe('a.json has 3 invalid fields:')
    expect(tEn('makerWarningCount', { count: 0 })).toBe('0 warnings')
    expect(tVi('errorSchema', { url: 'a.json', count: 1 })).toBe('Tệp a.json có 1 trường không hợp lệ:')
  })

  it("has the maker's Vietnamese texts once its code brought them, and never shows a missing one as blank", async () => {
    const said = vitest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(tVi('makerErrorCount', { count: 2 })).toBe('makerErrorCount')
    expect(said).toHaveBeenCalledWith('message "makerErrorCount" is not loaded')
    await import('../features/authoring/maker-messages.ts')
    expect(tVi('makerErrorCount', { count: 2 })).toBe('2 lỗi')
    said.mockRestore()
  })

  it('composes counted phrases into a sentence', () => {
    const errors = tEn('makerErrorCount', { count: 1 })
    const warnings = tEn('makerWarningCount', { count: 2 })
    expect(tEn('makerProblemsLeft', { errors, warnings })).toBe('1 error to fix before saving; 2 warnings.')
  })

  it('gives both languages for labels kept in the model', () => {
    expect(bilingual('quotePublished')).toEqual({ vi: 'Ngày đăng', en: 'Published' })
  })

  it('type-checks the parameters against the placeholders', () => {
    const t = translator('en')
    // @ts-expect-error: `year` is missing
    expect(t('sectionResults')).toBe('{year} results')
    // @ts-expect-error: `years` is no placeholder of the message
    expect(t('sectionResults', { year: 2024, years: 2 })).toBe('2024 results')
    // @ts-expect-error: the message takes no parameters
    expect(t('retry', { count: 1 })).toBe('Retry')
    // @ts-expect-error: a plural message counts with a number
    expect(t('makerErrorCount', { count: '2' })).toBe('2 errors')
    // @ts-expect-error: no such key
    expect(t('noSuchKey')).toBe('noSuchKey')
  })
})

describe('catalogs', () => {
  it('refuse a translation whose keys or placeholders differ from the Vietnamese', () => {
    type Source = { readonly result: 'Kết quả {year}'; readonly errors: { readonly other: '{count} lỗi' } }
    const translate = translationOf<Source>()
    const plural = { one: '{count} error', other: '{count} errors' }
    expect(translate({ result: '{year} results', errors: plural }).result).toBe('{year} results')
    // @ts-expect-error: {yaer} is not {year}
    translate({ result: '{yaer} results', errors: plural })
    // @ts-expect-error: the key `errors` is missing
    translate({ result: '{year} results' })
    // @ts-expect-error: `extra` is no key of the Vietnamese
    translate({ result: '{year} results', errors: plural, extra: 'extra' })
    // @ts-expect-error: a text where the Vietnamese is a plural message
    translate({ result: '{year} results', errors: '{count} errors' })
  })

  it('split in areas that share no key, and all of them joined', () => {
    for (const [areas, whole] of [
      [viAreas, vi],
      [enAreas, en],
    ] as const) {
      const keys = areaCatalogs(areas).flatMap((area) => Object.keys(area))
      expect(keys.length).toBe(new Set(keys).size)
      expect(new Set(keys)).toEqual(new Set(Object.keys(whole)))
    }
  })

  it('have the same keys and, for plural messages, an `other` form in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    for (const language of languages) {
      const catalog: Catalog = language === 'vi' ? vi : en
      for (const message of Object.values(catalog)) {
        if (typeof message !== 'string') expect(message.other).toBeTruthy()
      }
    }
  })

  it('are NFC text with no stray spaces', () => {
    const texts = [vi, en].flatMap((catalog: Catalog) =>
      Object.values(catalog).flatMap((message) =>
        typeof message === 'string' ? [message] : Object.values(message),
      ),
    )
    for (const text of texts) {
      expect(text).toBe(text.normalize('NFC'))
      expect(text).toBe(text.trim())
      expect(text).not.toMatch(/ {2}/u)
    }
  })
})
