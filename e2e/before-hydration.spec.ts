import { expect, type Locator, type Page, test } from '@playwright/test'

/**
 * The prerendered page shows its controls before React owns them: a phone at 6× slower CPU, the app's code held
 * back a little more, and a reader who clicks at once. The click is held and replayed (public/early.js); each
 * test first checks that the control was not yet hydrated when it was clicked, so that it tests that case.
 */
async function openSlowly(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  // The app's own code arrives 1.5 s late, as on a slow network: the page is painted and clickable by then.
  await page.route(/\/assets\/index-[^/]+\.js$/u, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  await page.goto(url, { waitUntil: 'commit' })
}

const isHydrated = (control: Locator) =>
  control.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$')))

test('"Trình chiếu" clicked before hydration opens the deck', async ({ page }) => {
  await openSlowly(page, '/')
  const present = page.getByTestId('app-header').getByRole('button', { name: 'Trình chiếu' })
  await expect(present).toBeVisible()
  expect(await isHydrated(present)).toBe(false)
  await present.click()
  await expect(page).toHaveURL(/view=present/u, { timeout: 20_000 })
  await expect(page.getByTestId('deck-counter')).toHaveText('1 / 14', { timeout: 20_000 })
})

test("a figure's source clicked before hydration opens the source at its sentence", async ({ page }) => {
  await openSlowly(page, '/')
  const source = page.locator('button[data-source-id="population"]').first()
  await expect(source).toBeVisible()
  expect(await isHydrated(source)).toBe(false)
  await source.click()
  await expect(page.getByRole('dialog').locator('mark')).toHaveText('dân số là 101.249 người', {
    timeout: 20_000,
  })
})

test('"English" clicked before hydration switches the page to English', async ({ page }) => {
  await openSlowly(page, '/')
  const english = page.getByRole('button', { name: 'Switch to English' })
  await expect(english).toBeVisible()
  expect(await isHydrated(english)).toBe(false)
  await english.click()
  await expect(page.getByRole('button', { name: 'Chuyển sang tiếng Việt' })).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
