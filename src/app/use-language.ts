import { parseAsStringLiteral, useQueryState } from 'nuqs'
import { useEffect, useMemo, useState } from 'react'
import { languages } from '../lib/language.ts'
import { hasLanguage, loadLanguage, translator } from '../lib/messages.ts'

/**
 * The language lives in the URL (`?lang=en`), Vietnamese when absent. English messages load on first need: a link
 * or a step back in history that asks for English before they are at hand shows them as soon as they arrive.
 */
export function useLanguage() {
  const [language, setLanguage] = useQueryState('lang', parseAsStringLiteral(languages).withDefault('vi'))
  const [loaded, setLoaded] = useState(() => hasLanguage(language))
  useEffect(() => {
    document.documentElement.lang = language
    if (hasLanguage(language)) return
    let isCurrent = true
    void loadLanguage(language).then(() => {
      if (isCurrent) setLoaded(true)
    })
    return () => {
      isCurrent = false
    }
  }, [language])
  const isReady = loaded || hasLanguage(language)
  const t = useMemo(() => translator(isReady ? language : 'vi'), [language, isReady])
  return { language, setLanguage, t }
}
