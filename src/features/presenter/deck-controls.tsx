import { useI18n } from '../../lib/i18n-context.ts'

type DeckControlsProps = {
  slide: number
  count: number
  typed: string
  isHidden: boolean
  isDark: boolean
  onGoTo: (slide: number) => void
  onFullscreen: () => void
  onToggleTheme: () => void
  onPresenterView: () => void
  onExport: () => void
  onExit: () => void
}

const buttonClass =
  'rounded-md bg-white/10 px-4 py-2 text-base font-semibold text-white hover:bg-white/25 focus-visible:outline-2 focus-visible:outline-white'

/** The on-screen controls, faded out while the mouse rests and back as soon as it moves or a control has focus. */
export function DeckControls(props: DeckControlsProps) {
  const { slide, count, typed, isHidden, isDark, onGoTo } = props
  const { t } = useI18n()
  return (
    <div
      data-testid="deck-controls"
      className={`absolute inset-x-0 bottom-0 flex flex-wrap items-center justify-center gap-2 bg-slate-950/85 p-3 transition-opacity duration-500 focus-within:opacity-100 ${isHidden ? 'opacity-0' : 'opacity-100'}`}
    >
      <button type="button" className={buttonClass} onClick={() => onGoTo(slide - 1)} disabled={slide <= 1}>
        ◀ <span className="sr-only">{t('previousSlide')}</span>
      </button>
      <p
        className="min-w-24 text-center text-base font-semibold text-white tabular-nums"
        aria-live="polite"
        data-testid="deck-counter"
      >
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
        <p className="px-2 text-base font-semibold text-amber-300">{t('goToSlide', { slide: typed })}</p>
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
  )
}
