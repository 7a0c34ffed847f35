import { parseAsStringLiteral, useQueryState } from 'nuqs'
import { useEffect, useMemo } from 'react'
import { languages } from '../lib/language.ts'
import { translator } from '../lib/messages.ts'

/** The language lives in the URL (`?lang=en`), Vietnamese when absent. */
export function useLanguage() {
  const [language, setLanguage] = useQueryState('lang', parseAsStringLiteral(languages).withDefault('vi'))
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const t = useMemo(() => translator(language), [language])
  return { language, setLanguage, t }
}
