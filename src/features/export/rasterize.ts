import { domToBlob } from 'modern-screenshot'
import { ExportError } from './export-error.ts'

export type Background = 'white' | 'transparent' | 'dark'

/** The colour under an export: the palette's surface where the frame is drawn (light or `.theme-dark`). */
function backgroundColour(frame: HTMLElement, background: Background): string | null {
  if (background === 'transparent') return null
  const themed = frame.querySelector('[data-testid="export-frame"]') ?? frame
  return getComputedStyle(themed).getPropertyValue('--color-surface').trim() || null
}

/**
 * Waits until an export frame is complete: fonts loaded and every box fitted. Charts are plain SVG, drawn
 * with the frame.
 */
export async function waitUntilReady(frame: HTMLElement, timeoutMs = 5000): Promise<void> {
  await document.fonts.ready
  const started = performance.now()
  for (;;) {
    const isFitted = frame.querySelectorAll('[data-fit-ready="false"]').length === 0
    const isLoading = frame.querySelector('[data-loading]') !== null
    if (isFitted && !isLoading) return
    if (performance.now() - started > timeoutMs) throw new ExportError('draw-timeout')
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
}

/** The frame as PNG at `scale` device pixels per CSS pixel, with the page's self-hosted font embedded. */
export async function rasterize(frame: HTMLElement, scale: number, background: Background): Promise<Blob> {
  await waitUntilReady(frame)
  const blob = await domToBlob(frame, {
    scale,
    type: 'image/png',
    backgroundColor: backgroundColour(frame, background),
  })
  if (!blob) throw new ExportError('no-image')
  return blob
}

export async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob)
  const size = { width: bitmap.width, height: bitmap.height }
  bitmap.close()
  return size
}
