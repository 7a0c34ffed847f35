import { useState } from 'react'
import { readScorecards } from '../../dataset/reading/read-scorecard.ts'
import type { Work } from '../../draft/work.ts'
import type { WorkAction } from '../../draft/work-actions.ts'
import { controlIds } from '../../draft/work-problems.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass } from '../../components/controls.ts'
import { TextField, yearOf } from '../../components/fields.tsx'

type ScorecardEntryProps = { work: Work; dispatch: (action: WorkAction) => void }

/**
 * A scorecard the draft missed ("đạt 19/23 chỉ tiêu"), entered by its sentence: the sentence must be in the
 * text, and the count is read from it by the same reader the verifier uses, so what is saved is what it says.
 */
export function ScorecardEntry({ work, dispatch }: ScorecardEntryProps) {
  const { t } = useI18n()
  const [quote, setQuote] = useState('')
  const [year, setYear] = useState(String(work.periods.actual ?? ''))
  const sentence = quote.trim()
  const isInText = sentence.length > 0 && work.sourceText.includes(sentence)
  const reading = sentence ? readScorecards(sentence)[0] : undefined

  return (
    <details className="border-grid rounded-lg border p-2">
      <summary className="cursor-pointer text-sm font-semibold">{t('makerScorecardAdd')}</summary>
      <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_10rem]">
        <TextField
          id={`${controlIds.scorecard}-quote`}
          label={t('makerScorecardQuote')}
          lang="vi"
          value={quote}
          onChange={setQuote}
        />
        <TextField label={t('makerScorecardYear')} isNumeric value={year} onChange={setYear} />
      </div>
      {sentence && (
        <p role="status" className="mt-1 text-sm">
          {!isInText
            ? t('makerScorecardNotInText')
            : reading
              ? t(reading.isEstimate ? 'makerScorecardReadExpected' : 'makerScorecardRead', {
                  achieved: reading.achieved,
                  total: reading.total,
                  words: reading.valueText,
                })
              : t('makerScorecardNotRead')}
        </p>
      )}
      <button
        type="button"
        className={`${buttonClass} mt-2`}
        disabled={!isInText || !reading}
        onClick={() => {
          if (!reading) return
          dispatch({
            type: 'scorecard/enter',
            scorecard: {
              achieved: reading.achieved,
              total: reading.total,
              year: yearOf(year),
              quote: sentence,
              valueText: reading.valueText,
              ...(reading.isEstimate ? { isEstimate: true } : {}),
            },
          })
          setQuote('')
        }}
      >
        {t('makerScorecardSubmit')}
      </button>
    </details>
  )
}
