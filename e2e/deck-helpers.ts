import { expect, type Page } from '@playwright/test'

export const dongHaSlideCount = 14

export async function expectSlide(page: Page, slide: number, count = dongHaSlideCount) {
  await expect(page.getByTestId('deck-counter')).toHaveText(`${slide} / ${count}`)
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${slide}(&|$)`))
}

/** Every element of the slide that leaves its box, and the smallest text, in slide pixels (1920×1080 layout). */
export async function measureSlide(page: Page) {
  return page.getByTestId('slide').evaluate((slide) => {
    const frame = slide.getBoundingClientRect()
    const scale = frame.width / 1920
    const outside: string[] = []
    const clipped: string[] = []
    let smallest = Infinity
    for (const element of slide.querySelectorAll<HTMLElement | SVGElement>('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`
      if (
        box.left < frame.left - 1 ||
        box.top < frame.top - 1 ||
        box.right > frame.right + 1 ||
        box.bottom > frame.bottom + 1
      ) {
        outside.push(name)
      }
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      )
      if (element instanceof HTMLElement && element !== slide) {
        const overflows =
          element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1
        // Text wider than its box spills over its neighbours even where overflow is visible.
        const spills = hasText && element.scrollWidth > element.clientWidth + 1
        if ((overflows && getComputedStyle(element).overflow !== 'visible') || spills) clipped.push(name)
      }
      // An SVG's text is sized in its own units: its size on the 1920 px slide is that times the SVG's scale.
      const svg = element instanceof SVGElement ? element.ownerSVGElement : null
      const units = svg ? svg.getBoundingClientRect().width / scale / svg.viewBox.baseVal.width : 1
      if (hasText) smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * units)
    }
    return { outside, clipped, smallest, scale }
  })
}

function luminance([r, g, b]: number[]): number {
  const channel = (value: number) => {
    const v = value / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
}

/** The lowest contrast ratio between any text on the slide and the slide's background. */
export async function lowestTextContrast(page: Page): Promise<{ ratio: number; text: string }> {
  const pairs = await page.getByTestId('slide').evaluate((slide) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    const background = rgb(getComputedStyle(slide).backgroundColor)
    const found: { colour: number[]; background: number[]; text: string }[] = []
    for (const element of slide.querySelectorAll<HTMLElement | SVGElement>('*')) {
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      )
      if (!hasText) continue
      const style = getComputedStyle(element)
      const isSvgText = element instanceof SVGElement
      found.push({
        colour: rgb(isSvgText ? style.fill : style.color),
        background,
        text: (element.textContent ?? '').trim().slice(0, 40),
      })
    }
    return found
  })
  let lowest = { ratio: Infinity, text: '' }
  for (const { colour, background, text } of pairs) {
    const [light, dark] = [luminance(colour), luminance(background)].sort((a, b) => b - a) as [number, number]
    const ratio = (light + 0.05) / (dark + 0.05)
    if (ratio < lowest.ratio) lowest = { ratio, text }
  }
  return lowest
}

type Box = { x: number; y: number; width: number; height: number }

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - 0.5 &&
    b.x < a.x + a.width - 0.5 &&
    a.y < b.y + b.height - 0.5 &&
    b.y < a.y + a.height - 0.5
  )
}

/** The boxes of several test ids read in one go, so a layout change cannot fall between two readings. */
export async function boxesOf(page: Page, testIds: string[]): Promise<Box[]> {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const { x, y, width, height } = document
          .querySelector(`[data-testid="${id}"]`)!
          .getBoundingClientRect()
        return { x, y, width, height }
      }),
    testIds,
  )
}
