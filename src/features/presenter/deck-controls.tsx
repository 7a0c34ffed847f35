import { useCallback, useRef, useState } from 'react'
import { useResizeObserver } from '../../components/use-resize-observer.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type DeckControlsProps = {
  slide: number
  count: number
  typed: string
  isIdle: boolean
  isDark: boolean
  /** A line above the buttons, such as "full screen was refused". */
  notice?: string | undefined
  /** The height the bar takes on screen now, 0 while it is hidden: the slide is laid out above it. */
  onReserve: (height: number) => void
  onGoTo: (slide: number) => void
  onFullscreen: () => void
  onToggleTheme: () => void
  onPresenterView: () => void
  onExport: () => void
  onOverview: () => void
  onExit: () => void
}

const buttonClass =
  'rounded-md bg-white/10 px-4 py-2 text-base font-semibold whitespace-nowrap text-white hover:bg-white/25 focus-visible:outline-2 focus-visible:outline-white disabled:text-white/60 max-sm:px-3 max-sm:py-1.5 max-sm:text-sm [@media(max-height:30rem)]:py-1 [@media(max-height:30rem)]:text-sm'

/**
 * The on-screen controls, below the slide and never over it: shown while the mouse moves, a key is being
 * typed or a control has keyboard focus, and hidden (the slide taking their room) once the mouse rests.
 */
export function DeckControls(props: DeckControlsProps) {
  const { slide, count, typed, isIdle, isDark, notice, onGoTo, onReserve } = props
  const { t } = useI18n()
  const barRef = useRef<HTMLDivElement>(null)
  const [hasKeyboardFocus, setHasKeyboardFocus] = useState(false)
  const isShown = !isIdle || hasKeyboardFocus || typed !== ''

  const report = useCallback(
    () => onReserve(isShown ? (barRef.current?.offsetHeight ?? 0) : 0),
    [isShown, onReserve],
  )
  useResizeObserver(report, barRef)

  return (
    <div
      ref={barRef}
      data-testid="deck-controls"
      className={`bg-chrome absolute inset-x-0 bottom-0 flex flex-col items-center gap-2 p-3 max-sm:p-2 [@media(max-height:30rem)]:p-1.5 ${isShown ? 'opacity-100' : 'opacity-0'}`}
      // A click leaves focus on its button without :focus-visible: only keyboard focus keeps the bar up.
      onFocus={(event) => setHasKeyboardFocus(event.target.matches(':focus-visible'))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHasKeyboardFocus(false)
      }}
    >
      {notice && (
        <p role="status" className="text-center text-sm text-white">
          {notice}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-center gap-2 max-sm:gap-1.5">
        <button type="button" className={buttonClass} onClick={() => onGoTo(slide - 1)} disabled={slide <= 1}>
          ◀ <span className="sr-only">{t('previousSlide')}</span>
        </button>
        {/* The counter opens the overview of every slide, as G does: no extra button in a full bar. */}
        <button
          type="button"
          className={`${buttonClass} min-w-20 tabular-nums`}
          onClick={props.onOverview}
          aria-label={t('overviewOf', { slide, count })}
          aria-keyshortcuts="G"
          title={`${t('overviewButton')} (G)`}
          data-testid="deck-counter"
        >
          {slide} / {count}
        </button>
        <p className="sr-only" aria-live="polite">
          {slide} / {count}
        </p>
        <button
          type="button"
          className={buttonClass}
          onClick={() => onGoTo(slide + 1)}
          disabled={slide >= count}
        >
          ▶ <span className="sr-only">{t('nextSlide')}</span>
        </button>
        {typed && (
          <p className="text-chrome-notice px-2 text-base font-semibold">
            {t('goToSlide', { slide: typed })}
          </p>
        )}
        <button type="button" className={buttonClass} onClick={props.onFullscreen}>
          {t('fullscreen')}
        </button>
        <button type="button" className={buttonClass} onClick={props.onToggleTheme}>
          {isDark ? t('themeLight') : t('themeDark')}
        </button>
        <button type="button" className={buttonClass} onClick={props.onPresenterView}>
          {t('openPresenterView')}
        </button>
        <button type="button" className={buttonClass} onClick={props.onExport}>
          {t('exportButton')}
        </button>
        <button type="button" className={buttonClass} onClick={props.onExit}>
          {t('exitDeck')}
        </button>
      </div>
    </div>
  )
}
