import { type RefObject, useEffect } from 'react'

/**
 * While a full-window layer is open, the page behind it is inert (Tab stays inside, a screen reader reads
 * only the layer) and the keyboard is in the layer; on closing, focus returns where it was.
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const layer = ref.current
    if (!layer) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const madeInert: Element[] = []
    for (let node: Element | null = layer; node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement?.children ?? []) {
        if (sibling !== node && !sibling.hasAttribute('inert')) {
          sibling.setAttribute('inert', '')
          madeInert.push(sibling)
        }
      }
    }
    layer.focus({ preventScroll: true })
    // Tab past the last control comes back to the first, as in a dialog, instead of leaving the page.
    const handleTab = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return
      const controls = [
        ...layer.querySelectorAll<HTMLElement>('button, a[href], input, select, [tabindex="0"]'),
      ].filter((element) => !element.hasAttribute('disabled') && element.offsetParent !== null)
      const first = controls[0]
      const last = controls.at(-1)
      if (!first || !last) return
      const active = document.activeElement
      if (event.shiftKey && (active === first || active === layer)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && active === last) {
        event.preventDefault()
        first.focus()
      }
    }
    layer.addEventListener('keydown', handleTab)
    return () => {
      layer.removeEventListener('keydown', handleTab)
      for (const element of madeInert) element.removeAttribute('inert')
      previous?.focus({ preventScroll: true })
    }
  }, [ref])
}
