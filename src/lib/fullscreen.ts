/** Asks for full screen; false when the browser refuses (no user gesture, an iframe, a kiosk policy). */
export async function enterFullscreen(): Promise<boolean> {
  if (document.fullscreenElement) return true
  try {
    await document.documentElement.requestFullscreen?.({ navigationUI: 'hide' })
    return Boolean(document.fullscreenElement)
  } catch {
    return false
  }
}

export async function leaveFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined)
}
