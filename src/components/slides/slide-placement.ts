export const slideWidth = 1920
export const slideHeight = 1080

/**
 * The scale of a 1920×1080 slide in a box, and where its centre goes. `reserveBottom` pixels stay free
 * for on-screen controls: where the letterbox already leaves that room, the slide keeps its size and
 * place (the controls sit in the letterbox); otherwise it shrinks into the space above them.
 */
export function slidePlacement(width: number, height: number, reserveBottom = 0) {
  const scale = Math.max(0, Math.min(width / slideWidth, (height - reserveBottom) / slideHeight))
  const scaledHeight = slideHeight * scale
  const centredTop = (height - scaledHeight) / 2
  const top = centredTop >= reserveBottom ? centredTop : (height - reserveBottom - scaledHeight) / 2
  return { scale, centreY: top + scaledHeight / 2 }
}
