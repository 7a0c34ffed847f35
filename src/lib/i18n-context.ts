import { createContext, useContext } from 'react'
import type { Language } from './language.ts'
import { type Translate, translator } from './messages.ts'

export type I18n = { language: Language; t: Translate }

export const I18nContext = createContext<I18n>({ language: 'vi', t: translator('vi') })

export function useI18n(): I18n {
  return useContext(I18nContext)
}
