import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { collectProblems, dongHa } from './helpers.ts'

const singleFile = new URL('../dist-single/index.html', import.meta.url).pathname

/** Holds the app's scripts back, so what shows is the prerendered HTML alone; returns the release. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('an English link paints English before the app’s scripts run, and hydrates it without a switch', async ({
  page,
}) => {
  const problems = collectProblems(page)
  const release = await holdScripts(page)
  await page.goto('/?lang=en', { waitUntil: 'commit' })
  // Before the app's scripts: the English document (one language per document), its own address kept.
  await expect(page).toHaveURL(/\/en\.html\?lang=en$/u)
  const english = page.locator('#root')
  await expect(english.getByRole('heading', { level: 1 })).toHaveText(dongHa.report.title.en)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(english.getByTestId('scorecard')).toContainText('main indicators achieved or exceeded')
  await expect(english.locator('#comparisons figure .chart-bar-label').first()).toHaveText('9.77%')
  release()
  await page.waitForLoadState('networkidle')
  // Hydrated: the page answers in English, there is one page, and React found the markup it expected.
  await page.getByRole('button', { name: 'Tiếng Việt' }).waitFor()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dongHa.report.title.en)
  await expect(page.locator('#root-en')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('a link without a language paints Vietnamese before any script runs, from a page with no English copy', async ({
  page,
  request,
}) => {
  // The page's markup, before the embedded dataset (which names the report in both languages).
  const markup = async (url: string) =>
    (await (await request.get(url)).text()).split('id="bundled-dataset"')[0] ?? ''
  const vietnamese = await markup('/')
  expect(vietnamese).toContain(dongHa.report.title.vi)
  expect(vietnamese).not.toContain(dongHa.report.title.en)
  const english = await markup('/en.html')
  expect(english).toContain(dongHa.report.title.en)
  expect(english).not.toContain(dongHa.report.title.vi)
  const release = await holdScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.locator('#root').getByRole('heading', { level: 1 })).toHaveText(dongHa.report.title.vi)
  await expect(page.locator('#root-en')).toBeHidden()
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  release()
})

test('the single file opened from disk with ?lang=en shows English at once, its inline script allowed', async ({
  page,
}) => {
  const html = readFileSync(singleFile, 'utf8')
  expect(html).not.toContain('src="/early.js"')
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.goto(`file://${singleFile}?lang=en`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dongHa.report.title.en)
  await expect(page.getByTestId('scorecard')).toContainText('main indicators achieved or exceeded')
  expect(problems.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
})

test('a Vietnamese page never fetches the English messages; "English" loads them and switches the page at once', async ({
  page,
}) => {
  const english: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/english-[^/]*\.js$/u.test(request.url())) english.push(request.url())
  })
  await page.goto('/')
  await expect(page.getByTestId('scorecard')).toContainText('8/13')
  // Every section hydrated, as after a first touch: still nothing English asked for.
  await page.mouse.wheel(0, 4000)
  await page.locator('button[data-source-id="budget-revenue-2023"]').first().click()
  await expect(page.getByRole('dialog').locator('mark')).toHaveText(
    'Tổng thu ngân sách trên địa bàn thực hiện 447,229 tỷ đồng',
  )
  await page.keyboard.press('Escape')
  expect(english).toEqual([])

  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('2023 results')
  expect(english).toHaveLength(1)
})

test('the first paint needs no file but the page: styled, with its charts, before any script, style or font arrives', async ({
  page,
}) => {
  // Everything but the document itself waits; what shows is what the page alone carries.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(
    (url) => url.pathname !== '/',
    async (route) => {
      await held
      await route.continue()
    },
  )
  await page.goto('/', { waitUntil: 'commit' })
  const main = page.locator('#root')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(dongHa.report.title.vi)
  // Styled: the brand's colour on the "Trình chiếu" button and a bar drawn in the result's colour.
  await expect(page.getByRole('button', { name: 'Trình chiếu' })).toHaveCSS(
    'background-color',
    'rgb(15, 76, 129)',
  )
  await expect(main.locator('#comparisons figure .chart-bar').first()).toBeVisible()
  // The web font has not arrived: the text shows in the fallback, and takes the font when it comes.
  expect(await page.evaluate(() => document.fonts.check('600 16px "Be Vietnam Pro"'))).toBe(false)
  release()
  await expect.poll(() => page.evaluate(() => document.fonts.check('600 16px "Be Vietnam Pro"'))).toBe(true)
})
