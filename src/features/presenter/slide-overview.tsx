import { useEffect, useRef, useState } from 'react'
import { DialogFrame } from '../../components/dialog-frame.tsx'
import { SlideView } from '../../components/slides/slide-view.tsx'
import { slideHeight, slideWidth } from '../../components/slides/slide-placement.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { type DeckSection, deckSections, type Slide } from '../../model/deck.ts'
import { matchesWords } from '../../model/indicator-filter.ts'
import { slideSearchText, slideTitle } from '../../model/slide-title.ts'
import type { useDeckChoice } from '../../stores/deck-choice.ts'
import { Checkbox } from '../../components/fields.tsx'

const sectionKeys: Record<DeckSection, PlainMessageKey> = {
  title: 'deckSectionTitle',
  scorecard: 'deckSectionScorecard',
  comparison: 'deckSectionComparison',
  facts: 'deckSectionFacts',
  targets: 'deckSectionTargets',
  'percent-targets': 'deckSectionPercent',
  record: 'deckSectionRecord',
  profile: 'deckSectionProfile',
  closing: 'deckSectionClosing',
}

/** A thumbnail is the slide itself, drawn at 1920×1080 and scaled down. */
const thumbScale = 0.125

type SlideOverviewProps = {
  dataset: Dataset
  current: number
  deck: ReturnType<typeof useDeckChoice>
  /** In the presenter's window the slides can be found but not chosen: the audience's deck decides. */
  canChoose: boolean
  onGoTo: (slide: number) => void
  onClose: () => void
}

/**
 * Every slide as a thumbnail, to jump to one or find it by name; and, in the deck, the choice of what a
 * meeting presents: the sections, and only the indicators of the current filter.
 */
export function SlideOverview({ dataset, current, deck, canChoose, onGoTo, onClose }: SlideOverviewProps) {
  const { language, t } = useI18n()
  const [query, setQuery] = useState('')
  // The find box takes the keys at once: typing "ngân sách" finds slides, its space never presses "Đóng". Run after
  // the dialog's own effect has opened it, which focuses its first button.
  const findRef = useRef<HTMLInputElement>(null)
  useEffect(() => findRef.current?.focus(), [])
  const titled = deck.slides.map((slide, i) => ({
    slide,
    number: i + 1,
    title: slideTitle(slide, dataset, language, t),
    text: slideSearchText(slide, dataset, language, t),
  }))
  // A number finds its slide; words find slides by their title and the indicators on them.
  const found = titled.filter(
    ({ number, text }) => query.trim() === String(number) || matchesWords(query, text),
  )
  const choose = (number: number) => {
    onGoTo(number)
    onClose()
  }
  return (
    <DialogFrame
      title={t('overviewTitle', { count: deck.slides.length })}
      sizeClass="h-[94vh] w-[96vw]"
      onClose={onClose}
    >
      <div className="border-grid flex flex-col gap-3 border-b p-4 text-sm">
        <label className="flex max-w-xl flex-col gap-1">
          <span className="font-semibold">{t('findSlide')}</span>
          <input
            ref={findRef}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              const [first] = found
              if (event.key === 'Enter' && first) choose(first.number)
            }}
            className="border-rule rounded border px-2 py-1.5"
          />
        </label>
        {canChoose && <SectionChoice deck={deck} />}
      </div>
      <p className={found.length === 0 ? 'px-4 pt-4 text-base' : 'sr-only'} role="status">
        {found.length === 0 ? t('slidesNoneFound') : t('slidesFound', { count: found.length })}
      </p>
      <ol className="grid grid-cols-[repeat(auto-fill,minmax(240px,1fr))] gap-4 p-4">
        {found.map(({ slide, number, title }) => (
          <Thumbnail
            key={slide.id}
            slide={slide}
            dataset={dataset}
            number={number}
            count={deck.slides.length}
            title={title}
            isCurrent={number === current}
            onChoose={() => choose(number)}
          />
        ))}
      </ol>
    </DialogFrame>
  )
}

function SectionChoice({ deck }: { deck: ReturnType<typeof useDeckChoice> }) {
  const { t } = useI18n()
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="font-semibold">{t('deckSections')}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {deckSections
          .filter((section) => deck.sections.has(section))
          .map((section) => (
            <label key={section} className="flex items-center gap-1.5">
              <Checkbox
                checked={!deck.hidden.has(section)}
                onChange={(checked) => deck.setHidden(section, !checked)}
              />
              {t(sectionKeys[section])}
            </label>
          ))}
      </div>
      {deck.filteredCount !== undefined && (
        <label className="mt-1 flex items-center gap-1.5 font-semibold">
          <Checkbox checked={deck.isOnlyFiltered} onChange={deck.setOnlyFiltered} />
          {t('deckOnlyFiltered', { count: deck.filteredCount })}
        </label>
      )}
    </fieldset>
  )
}

type ThumbnailProps = {
  slide: Slide
  dataset: Dataset
  number: number
  count: number
  title: string
  isCurrent: boolean
  onChoose: () => void
}

function Thumbnail({ slide, dataset, number, count, title, isCurrent, onChoose }: ThumbnailProps) {
  const width = slideWidth * thumbScale
  const height = slideHeight * thumbScale
  return (
    // Off screen, a thumbnail is neither laid out nor painted: a hundred of them open at once.
    <li
      className={`hover:bg-hover relative flex flex-col gap-1 rounded p-1 [content-visibility:auto] ${isCurrent ? 'ring-accent ring-4' : 'ring-rule ring-1'}`}
      style={{ containIntrinsicSize: `auto ${width}px auto ${height + 48}px` }}
    >
      <div className="relative overflow-hidden" style={{ width, height }} aria-hidden="true" inert>
        <div
          className="bg-surface text-fg absolute top-0 left-0 origin-top-left"
          style={{ width: slideWidth, height: slideHeight, transform: `scale(${thumbScale})` }}
        >
          <SlideView slide={slide} dataset={dataset} number={number} count={count} />
        </div>
      </div>
      {/* The button's box covers the whole card, so the thumbnail is clicked through it. */}
      <button
        type="button"
        aria-current={isCurrent ? 'true' : undefined}
        onClick={onChoose}
        className="text-left text-sm after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2"
      >
        <span className="font-semibold tabular-nums">{number}.</span> {title}
      </button>
    </li>
  )
}
