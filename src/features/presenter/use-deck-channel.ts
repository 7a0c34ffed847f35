import { useEffect, useRef } from 'react'

type DeckMessage = { type: 'slide'; slide: number }

/**
 * Keeps the deck and the presenter view on the same slide, both ways: each window announces its slide
 * and follows the other's. Equal slides are ignored, so the echo stops after one round.
 */
export function useDeckChannel(datasetId: string, slide: number, onSlide: (slide: number) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null)
  const onSlideRef = useRef(onSlide)
  const slideRef = useRef(slide)

  useEffect(() => {
    onSlideRef.current = onSlide
    slideRef.current = slide
  })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(`bang-chi-so-deck:${datasetId}`)
    channel.onmessage = (event: MessageEvent<DeckMessage>) => {
      const message = event.data
      if (
        message?.type === 'slide' &&
        Number.isInteger(message.slide) &&
        message.slide !== slideRef.current
      ) {
        onSlideRef.current(message.slide)
      }
    }
    channelRef.current = channel
    return () => {
      channel.close()
      channelRef.current = null
    }
  }, [datasetId])

  useEffect(() => {
    channelRef.current?.postMessage({ type: 'slide', slide } satisfies DeckMessage)
  }, [slide])
}
