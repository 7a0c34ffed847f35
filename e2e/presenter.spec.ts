import { expect, test } from '@playwright/test'
import {
  dongHaSlideCount,
  expectSlide,
  lowestTextContrast,
  measureSlide,
  overlaps,
  boxesOf,
} from './deck-helpers.ts'

test('the Present button opens the deck full screen, and Esc ends the show', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Trình chiếu: mở bộ slide toàn màn hình' }).click()
  await expect(page.getByTestId('deck')).toBeVisible()
  await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true)
  await expectSlide(page, 1)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('deck')).toBeHidden()
  await expect(page).not.toHaveURL(/view=present/)
  await expect(page.getByTestId('scorecard')).toBeVisible()
})

test('opened with the mouse, the deck takes the keyboard; Tab stays in it; closing returns focus', async ({
  page,
}) => {
  await page.goto('/')
  const present = page.getByRole('button', { name: 'Trình chiếu: mở bộ slide toàn màn hình' })
  await present.click()
  await expectSlide(page, 1)
  await expect(page.getByTestId('deck')).toBeFocused()
  await page.keyboard.press('5')
  await expect(page.getByText('Đến slide 5: nhấn Enter')).toBeVisible()
  await page.keyboard.press('Enter')
  await expectSlide(page, 5)
  await page.keyboard.press(' ')
  await expectSlide(page, 6)
  const isFocusInDeck = () =>
    page.evaluate(() => document.querySelector('[data-testid="deck"]')?.contains(document.activeElement))
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press(key)
      expect(await isFocusInDeck(), `${key} ×${i + 1}`).toBe(true)
    }
  }
  // A control reached with Tab keeps the bar up, and the bar still stays off the slide.
  await expect(page.getByTestId('deck-controls')).toHaveCSS('opacity', '1')
  const [bar, slide] = await boxesOf(page, ['deck-controls', 'slide'])
  expect(overlaps(bar!, slide!)).toBe(false)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('deck')).toBeHidden()
  await expect(present).toBeFocused()
})

test('where full screen is refused the deck fills the window and says so', async ({ page }) => {
  await page.goto('/?view=present')
  await expect(page.getByTestId('deck')).toBeVisible()
  const notice = page.getByRole('status').filter({ hasText: 'không cho toàn màn hình' })
  await expect(notice).toBeVisible()
  expect(overlaps((await notice.boundingBox())!, (await page.getByTestId('slide').boundingBox())!)).toBe(
    false,
  )
  await expect(page.getByTestId('deck-controls')).toHaveCSS('opacity', '0', { timeout: 6000 })
  const box = (await page.getByTestId('slide').boundingBox())!
  expect(Math.round(box.width)).toBe(1280)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('deck')).toBeHidden()
})

test('on a phone the refusal says to turn it sideways, not to press F11', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  const page = await context.newPage()
  await page.goto('/?view=present')
  const notice = page.getByRole('status').filter({ hasText: 'không cho toàn màn hình' })
  await expect(notice).toContainText('Xoay ngang máy')
  await expect(notice).not.toContainText('F11')
  await context.close()
})

test('the keyboard drives the deck like a presentation program, and the URL follows', async ({ page }) => {
  await page.goto('/?view=present')
  await expectSlide(page, 1)
  for (let slide = 2; slide <= dongHaSlideCount; slide += 1) {
    await page.keyboard.press('ArrowRight')
    await expectSlide(page, slide)
  }
  await page.keyboard.press('ArrowRight')
  await expectSlide(page, dongHaSlideCount)
  for (let slide = dongHaSlideCount - 1; slide >= 1; slide -= 1) {
    await page.keyboard.press('ArrowLeft')
    await expectSlide(page, slide)
  }
  await page.keyboard.press('PageDown')
  await expectSlide(page, 2)
  await page.keyboard.press('PageDown')
  await expectSlide(page, 3)
  await page.keyboard.press('PageUp')
  await expectSlide(page, 2)
  await page.keyboard.press('Space')
  await expectSlide(page, 3)
  await page.keyboard.press('Shift+Space')
  await expectSlide(page, 2)
  await page.keyboard.press('End')
  await expectSlide(page, dongHaSlideCount)
  await page.keyboard.press('Home')
  await expectSlide(page, 1)
  await page.keyboard.press('1')
  await page.keyboard.press('0')
  await expect(page.getByText('Đến slide 10: nhấn Enter')).toBeVisible()
  await page.keyboard.press('Enter')
  await expectSlide(page, 10)
  await expect(page.getByTestId('slide')).toHaveAttribute('aria-label', /Chỉ tiêu 2024: Văn hóa – xã hội/)
  await page.reload()
  await expectSlide(page, 10)
  await expect(page.getByTestId('slide')).toContainText('≥ 1.850 lao động')
})

test('on-screen controls fade when the mouse rests and return when it moves', async ({ page }) => {
  await page.goto('/?view=present&slide=4')
  const controls = page.getByTestId('deck-controls')
  await expect(controls).toHaveCSS('opacity', '1')
  await expect(controls).toHaveCSS('opacity', '0', { timeout: 6000 })
  await page.mouse.move(400, 300)
  await page.mouse.move(420, 320)
  await expect(controls).toHaveCSS('opacity', '1')
  await controls.getByRole('button', { name: 'Slide sau' }).click()
  await expectSlide(page, 5)
  await controls.getByRole('button', { name: 'Nền tối' }).click()
  await expect(page).toHaveURL(/theme=dark/)
  await expect(page.getByTestId('slide')).toHaveCSS('background-color', 'rgb(11, 18, 32)')
})

test('the presenter view and the deck follow each other both ways', async ({ browser }) => {
  const context = await browser.newContext()
  const deck = await context.newPage()
  await deck.goto('/?view=present&slide=3')
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    deck.getByRole('button', { name: 'Màn hình người trình bày' }).click(),
  ])
  await presenter.waitForLoadState()
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`3 / ${dongHaSlideCount}`)
  await expect(presenter.getByTestId('presenter-notes')).toContainText('tăng 9,77% so với năm 2022')
  await expect(presenter.getByTestId('presenter-next')).toContainText('Tổng thu ngân sách trên địa bàn')
  await expect(presenter.getByTestId('timer')).toHaveText(/^00:0[0-9]$/)

  await deck.keyboard.press('ArrowRight')
  await expectSlide(deck, 4)
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`4 / ${dongHaSlideCount}`)
  await expect(presenter.getByTestId('presenter-notes')).toContainText(
    'Tổng thu ngân sách trên địa bàn thực hiện 447,229 tỷ đồng',
  )

  await presenter.getByRole('button', { name: /Slide sau/ }).click()
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`5 / ${dongHaSlideCount}`)
  await expectSlide(deck, 5)
  await expect(deck.getByTestId('slide')).toContainText('Tổng vốn đầu tư toàn xã hội')
  await presenter.keyboard.press('End')
  await expectSlide(deck, dongHaSlideCount)
  await expect(presenter.getByText('Hết bộ slide')).toBeVisible()
  await presenter.screenshot({ path: 'test-results/presenter-view.png' })
  await context.close()
})

test('a slide is complete the moment it shows: no animation runs', async ({ page }) => {
  await page.goto('/?view=present&slide=3')
  await expect(page.getByTestId('slide').locator('.chart-bar')).toHaveCount(2)
  const running = await page
    .getByTestId('slide')
    .evaluate((slide) => slide.getAnimations({ subtree: true }).length)
  expect(running).toBe(0)
})

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const language of ['vi', 'en'] as const) {
    test(`every slide fits at ${width}×${height} in ${language}, with large, high-contrast text`, async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width, height })
      for (const theme of ['light', 'dark'] as const) {
        await page.goto(`/?view=present&slide=1&lang=${language}&theme=${theme}`)
        await expect(page.getByTestId('deck-controls')).toHaveCSS('opacity', '0', { timeout: 6000 })
        for (let slide = 1; slide <= dongHaSlideCount; slide += 1) {
          if (slide > 1) await page.keyboard.press('ArrowRight')
          await expectSlide(page, slide)
          await page.evaluate(() => document.fonts.ready)
          const { outside, clipped, smallest } = await measureSlide(page)
          expect(outside, `slide ${slide}: outside the slide`).toEqual([])
          expect(clipped, `slide ${slide}: clipped`).toEqual([])
          // 34 px at 1920×1080 is 24 px at 1366×768: the stage scales everything alike.
          expect(smallest, `slide ${slide}: smallest text`).toBeGreaterThanOrEqual(34)
          const contrast = await lowestTextContrast(page)
          expect(contrast.ratio, `slide ${slide} (${theme}): "${contrast.text}"`).toBeGreaterThanOrEqual(7)
          if (theme === 'light' && (language === 'vi' || width === 1280)) {
            await page.getByTestId('slide').screenshot({
              path: `test-results/slides/${language}-${width}x${height}-${String(slide).padStart(2, '0')}.png`,
            })
          }
        }
      }
    })
  }
}
