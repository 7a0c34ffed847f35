import { useEffect, useRef, useState } from 'react'
import { useExportParam, useSlideParam, useThemeParam } from '../../stores/url-state.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { enterFullscreen, leaveFullscreen } from '../../lib/fullscreen.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { slideTitle } from '../../model/slide-title.ts'
import { DeckControls } from './deck-controls.tsx'
import { SlideStage } from '../../components/slides/slide-stage.tsx'
import { SlideView } from '../../components/slides/slide-view.tsx'
import { SlideOverview } from './slide-overview.tsx'
import { useDeckChannel } from './use-deck-channel.ts'
import { useDeckChoice } from '../../stores/deck-choice.ts'
import { useDeckKeys } from './use-deck-keys.ts'
import { useIdle } from './use-idle.ts'
import { useModalFocus } from './use-modal-focus.ts'

type DeckProps = { dataset: Dataset; onExit: () => void }

/** The slide deck over the whole window (full screen when the browser allows), driven like a presentation. */
export default function Deck({ dataset, onExit }: DeckProps) {
  const { language, t } = useI18n()
  const deck = useDeckChoice(dataset)
  const { slides } = deck
  const [isOverview, setIsOverview] = useState(false)
  const [slideParam, setSlide] = useSlideParam()
  const [theme, setTheme] = useThemeParam()
  const count = slides.length
  const slideNumber = Math.min(Math.max(slideParam, 1), count)
  const slide = slides[slideNumber - 1]!
  const goTo = (to: number) => void setSlide(Math.min(Math.max(to, 1), count))
  const isIdle = useIdle(2500)
  const [, setExport] = useExportParam()
  const [isFullscreen, setIsFullscreen] = useState(() => Boolean(document.fullscreenElement))
  const [isNoticeShown, setIsNoticeShown] = useState(true)
  const [controlsHeight, setControlsHeight] = useState(0)
  const isLeavingOnPurpose = useRef(false)
  const layerRef = useRef<HTMLDivElement>(null)
  // Opened with the mouse, the deck still takes the keyboard: "5" + Enter and Space work at once.
  useModalFocus(layerRef)

  const exit = () => {
    isLeavingOnPurpose.current = true
    // A deck of the filtered indicators was asked for once: the Present button opens the whole deck again.
    deck.setOnlyFiltered(false)
    void leaveFullscreen()
    onExit()
  }
  const typed = useDeckKeys(slideNumber, count, goTo, exit, () => setIsOverview(true))
  useDeckChannel(dataset.id, slideNumber, goTo)

  useEffect(() => {
    const handleChange = () => {
      const now = Boolean(document.fullscreenElement)
      setIsFullscreen(now)
      // Esc in full screen is taken by the browser: leaving full screen that way ends the show, as in slide software.
      if (!now && !isLeavingOnPurpose.current) onExit()
      isLeavingOnPurpose.current = false
    }
    document.addEventListener('fullscreenchange', handleChange)
    return () => document.removeEventListener('fullscreenchange', handleChange)
  }, [onExit])

  useEffect(() => {
    // The slide number belongs in the URL from the first slide on, so any link reopens the same slide.
    if (!new URLSearchParams(window.location.search).has('slide')) void setSlide(slideNumber)
  }, [setSlide, slideNumber])

  useEffect(() => {
    const timer = window.setTimeout(() => setIsNoticeShown(false), 5000)
    return () => window.clearTimeout(timer)
  }, [])

  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      isLeavingOnPurpose.current = true
      void leaveFullscreen()
    } else {
      void enterFullscreen().then(setIsFullscreen)
    }
  }
  const openPresenterView = () => {
    const url = new URL(window.location.href)
    url.searchParams.set('view', 'presenter')
    window.open(url, 'bang-chi-so-presenter', 'popup=yes,width=1280,height=800')
  }

  return (
    <div
      ref={layerRef}
      tabIndex={-1}
      role="region"
      aria-label={t('deckLabel')}
      className={`fixed inset-0 z-50 bg-black outline-none ${isIdle ? 'cursor-none' : ''}`}
      data-testid="deck"
    >
      <SlideStage
        theme={theme}
        label={`${slideTitle(slide, dataset, language, t)} (${slideNumber}/${count})`}
        testId="slide"
        reserveBottom={controlsHeight}
      >
        <SlideView slide={slide} dataset={dataset} number={slideNumber} count={count} />
      </SlideStage>
      <DeckControls
        slide={slideNumber}
        count={count}
        typed={typed}
        isIdle={isIdle}
        isDark={theme === 'dark'}
        notice={
          !isFullscreen && isNoticeShown
            ? // A phone or tablet has no F11: it can turn sideways instead.
              t(
                window.matchMedia('(pointer: coarse)').matches
                  ? 'fullscreenRefusedTouch'
                  : 'fullscreenRefused',
              )
            : undefined
        }
        onReserve={setControlsHeight}
        onGoTo={goTo}
        onFullscreen={toggleFullscreen}
        onToggleTheme={() => void setTheme(theme === 'dark' ? 'light' : 'dark')}
        onPresenterView={openPresenterView}
        onExit={exit}
        onExport={() => void setExport(`slide-${slideNumber}`)}
        onOverview={() => setIsOverview(true)}
      />
      {isOverview && (
        <SlideOverview
          dataset={dataset}
          current={slideNumber}
          deck={deck}
          canChoose
          onGoTo={goTo}
          onClose={() => setIsOverview(false)}
        />
      )}
    </div>
  )
}
