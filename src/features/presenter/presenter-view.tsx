import { useState } from 'react'
import { useSlideParam, useThemeParam } from '../../stores/url-state.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { slideTitle } from '../../model/slide-title.ts'
import { SlideStage } from '../../components/slides/slide-stage.tsx'
import { SlideView } from '../../components/slides/slide-view.tsx'
import { SlideOverview } from './slide-overview.tsx'
import { useDeckChannel } from './use-deck-channel.ts'
import { useDeckChoice } from '../../stores/deck-choice.ts'
import { useDeckKeys } from './use-deck-keys.ts'
import { formatElapsed, useTimer } from './use-timer.ts'

type PresenterViewProps = { dataset: Dataset }

const buttonClass =
  'rounded-md border border-chrome-edge px-3 py-1.5 font-semibold text-white hover:bg-chrome-hover'

/** The presenter's own window: this slide, the next, a timer and the quotes behind this slide's figures. */
export default function PresenterView({ dataset }: PresenterViewProps) {
  const { language, t } = useI18n()
  const deck = useDeckChoice(dataset)
  const { slides } = deck
  const [isOverview, setIsOverview] = useState(false)
  const [slideParam, setSlide] = useSlideParam()
  const [theme] = useThemeParam()
  const count = slides.length
  const slideNumber = Math.min(Math.max(slideParam, 1), count)
  const slide = slides[slideNumber - 1]!
  const next = slides[slideNumber]
  const goTo = (to: number) => void setSlide(Math.min(Math.max(to, 1), count))
  useDeckKeys(slideNumber, count, goTo, undefined, () => setIsOverview(true))
  useDeckChannel(dataset.id, slideNumber, goTo)
  const timer = useTimer()

  return (
    <main className="bg-chrome-raised grid min-h-screen grid-cols-1 gap-4 p-4 text-white lg:h-screen lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="current-slide" className="flex min-h-0 flex-col">
        <h1 id="current-slide" className="text-lg font-semibold">
          {t('currentSlide')}:{' '}
          <span data-testid="presenter-counter">
            {slideNumber} / {count}
          </span>{' '}
          · {slideTitle(slide, dataset, language, t)}
        </h1>
        <div className="mt-2 aspect-video w-full lg:aspect-auto lg:min-h-0 lg:flex-1">
          <SlideStage theme={theme} testId="presenter-current">
            <SlideView slide={slide} dataset={dataset} number={slideNumber} count={count} />
          </SlideStage>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" className={buttonClass} onClick={() => goTo(slideNumber - 1)}>
            ◀ {t('previousSlide')}
          </button>
          <button type="button" className={buttonClass} onClick={() => goTo(slideNumber + 1)}>
            {t('nextSlide')} ▶
          </button>
          <button type="button" className={buttonClass} onClick={() => setIsOverview(true)}>
            {t('findSlideButton')}
          </button>
          <p
            className="ml-auto text-3xl font-semibold tabular-nums"
            aria-label={t('timer')}
            data-testid="timer"
          >
            {formatElapsed(timer.elapsed)}
          </p>
          <button type="button" className={buttonClass} onClick={timer.toggle}>
            {timer.isRunning ? t('pause') : t('resume')}
          </button>
          <button type="button" className={buttonClass} onClick={timer.reset}>
            {t('reset')}
          </button>
        </div>
      </section>
      <section className="flex min-h-0 flex-col gap-3">
        <h2 className="text-lg font-semibold">{t('upNext')}</h2>
        <div className="aspect-video w-full shrink-0">
          {next ? (
            <SlideStage theme={theme} testId="presenter-next">
              <SlideView slide={next} dataset={dataset} number={slideNumber + 1} count={count} />
            </SlideStage>
          ) : (
            <p className="bg-chrome-control text-chrome-soft grid h-full place-items-center rounded">
              {t('endOfDeck')}
            </p>
          )}
        </div>
        <h2 className="text-lg font-semibold">{t('notes')}</h2>
        <ol
          className="min-h-0 flex-1 space-y-3 overflow-y-auto text-lg"
          data-testid="presenter-notes"
          tabIndex={0}
        >
          {slide.notes.map((note, i) => (
            <li key={i}>
              <p className="text-chrome-muted text-sm font-semibold">{note.label[language]}</p>
              <p lang="vi">“{note.quote}”</p>
            </li>
          ))}
        </ol>
      </section>
      {isOverview && (
        <SlideOverview
          dataset={dataset}
          current={slideNumber}
          deck={deck}
          canChoose={false}
          onGoTo={goTo}
          onClose={() => setIsOverview(false)}
        />
      )}
    </main>
  )
}
