import { useId } from 'react'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { parseSlideRange } from '../../model/slide-range.ts'
import { Choice } from './choice.tsx'
import type { DeckStyle } from './export-files.ts'
import { buttonClass } from '../../components/controls.ts'
import type { ExportRequest } from './use-export.ts'

type DeckSettingsProps = {
  /** Slides in the whole deck. */
  count: number
  style: DeckStyle
  range: string
  isPending: boolean
  onChange: (settings: { style: DeckStyle; range: string }) => void
  onRun: (request: ExportRequest) => void
}

const styleKeys: Record<DeckStyle, PlainMessageKey> = { editable: 'deckEditable', pictures: 'deckPictures' }
const formats: { format: 'pptx' | 'pdf'; label: PlainMessageKey }[] = [
  { format: 'pptx', label: 'downloadPptx' },
  { format: 'pdf', label: 'downloadPdf' },
]

/** The deck: editable or as pictures, all slides or the ones written as "1-3, 7", as .pptx or PDF. */
export function DeckSettings({ count, style, range, isPending, onChange, onRun }: DeckSettingsProps) {
  const { t } = useI18n()
  const hintId = useId()
  const headingId = useId()
  const choice = parseSlideRange(range, count)
  const slides = choice.kind === 'some' ? choice.numbers : undefined
  const isBad = choice.kind === 'invalid' || choice.kind === 'outside'
  return (
    <section
      aria-labelledby={headingId}
      className="border-grid grid grid-cols-1 gap-3 border-t pt-3 md:col-span-4 md:grid-cols-4"
    >
      <h3 id={headingId} className="font-semibold md:col-span-4">
        {t('deckHeading', { count })}
      </h3>
      <Choice
        legend={t('deckStyle')}
        name="deck-style"
        options={Object.keys(styleKeys) as DeckStyle[]}
        value={style}
        label={(option) => t(styleKeys[option])}
        onChange={(option) => onChange({ style: option, range })}
      />
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t('deckSlides')}</span>
        <input
          type="text"
          inputMode="numeric"
          value={range}
          placeholder="1-3, 7"
          aria-invalid={isBad}
          aria-describedby={hintId}
          onChange={(event) => onChange({ style, range: event.target.value })}
          className="border-rule aria-[invalid=true]:border-danger w-full rounded border px-2 py-1.5"
        />
        <span id={hintId} className={isBad ? 'text-danger font-semibold' : 'text-muted'}>
          {choice.kind === 'invalid'
            ? t('deckSlidesInvalid', { text: choice.text, count })
            : choice.kind === 'outside'
              ? t('deckSlidesOutside', { numbers: choice.numbers.join(', '), count })
              : t('deckSlidesHint', { count })}
        </span>
      </label>
      <div className="flex flex-wrap content-end gap-2 md:col-span-2">
        {formats.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className={buttonClass}
            disabled={isPending || isBad}
            onClick={() => onRun({ job: { scope: 'deck', format, style, ...(slides ? { slides } : {}) } })}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </section>
  )
}
