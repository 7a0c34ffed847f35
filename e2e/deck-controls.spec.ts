import { expect, test } from '@playwright/test'
import { boxesOf, dongHaSlideCount, overlaps } from './deck-helpers.ts'

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
  [1280, 720],
  [844, 390],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the controls never cover the slide or its footer`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/?view=present&slide=4')
    const controls = page.getByTestId('deck-controls')
    const slide = page.getByTestId('slide')
    const footer = slide.getByTestId('slide-footer')
    await expect(footer).toContainText(`Slide 4/${dongHaSlideCount}`)
    // The controls hide once the mouse rests, and the slide takes their room.
    await expect(controls).toHaveCSS('opacity', '0', { timeout: 6000 })
    const rested = (await slide.boundingBox())!
    expect(Math.max(rested.width / width, rested.height / height)).toBeGreaterThan(0.99)
    await page.mouse.move(width / 2, height / 3)
    await page.mouse.move(width / 2 + 10, height / 3 + 10)
    await expect(controls).toHaveCSS('opacity', '1')
    await expect(controls.getByRole('button', { name: 'Thoát' })).toBeInViewport({ ratio: 1 })
    await expect(footer).toBeInViewport({ ratio: 1 })
    // The slide makes room in the frame the bar appears; under load that frame can come a little later.
    // The mouse keeps moving while we look, so the bar stays up (it hides, and the slide grows back, once
    // the mouse rests: a slow machine could otherwise measure the resting deck with the bar's old box).
    let nudge = 0
    const overlapsOfBar = async () => {
      nudge = 1 - nudge
      await page.mouse.move(width / 2 + 10 + nudge, height / 3 + 10)
      const [bar, slideBox, footerBox] = await boxesOf(page, ['deck-controls', 'slide', 'slide-footer'])
      return { footer: overlaps(bar!, footerBox!), slide: overlaps(bar!, slideBox!) }
    }
    await expect.poll(overlapsOfBar, { timeout: 2000 }).toEqual({ footer: false, slide: false })
    await page.screenshot({ path: `test-results/deck-controls-${width}x${height}.png` })
  })
}

test('the overview’s find box takes the keys at once: typing a name finds its slides, a space presses nothing', async ({
  page,
}) => {
  await page.goto('/?view=present&slide=2')
  await expect(page.getByTestId('deck')).toBeVisible()
  await page.keyboard.press('g')
  const overview = page.getByRole('dialog', { name: /^Tổng quan:/ })
  await expect(overview.getByRole('searchbox')).toBeFocused()
  await page.keyboard.type('ngân sách')
  await expect(overview).toBeVisible()
  await expect(overview.getByRole('searchbox')).toHaveValue('ngân sách')
  await expect(overview.getByRole('listitem').first()).toContainText('ngân sách')
})
