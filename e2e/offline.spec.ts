import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { readFileSync } from 'node:fs'
import { waitForCharts } from './helpers.ts'

test('after one visit the dashboard, its data, fonts, deck and exports work with no network', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const context = await browser.newContext({ serviceWorkers: 'allow', acceptDownloads: true })
  const page = await context.newPage()
  await page.goto('/')
  await page.evaluate(async () => void (await navigator.serviceWorker.ready))
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest')

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByTestId('scorecard')).toContainText('8/13')
  await waitForCharts(page)
  await page.locator('button[data-source-id="population"]').first().click()
  await expect(page.getByRole('dialog').locator('mark')).toHaveText('dân số là 101.249 người')
  await page.keyboard.press('Escape')
  expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Đông Hà'))).toBe(true)

  await page.goto('/?view=present&slide=4')
  await expect(page.getByTestId('slide')).toContainText('Tổng thu ngân sách trên địa bàn')

  await page.goto('/?export=comparison-budget-revenue')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'Tải ảnh PNG', exact: true }).click(),
  ])
  const png = PNG.sync.read(readFileSync(await download.path()))
  expect([png.width, png.height]).toEqual([2400, 1600])

  // The dataset maker, its worker and the draft code come from the cache too.
  await page.goto('/?view=author')
  await page
    .getByRole('textbox', { name: 'Văn bản báo cáo' })
    .fill(readFileSync(new URL('./fixtures/reports/dong-khe-2026-01-08.vi.txt', import.meta.url), 'utf8'))
  await page.getByRole('button', { name: 'Tìm các số liệu' }).click()
  await expect(page.locator('fieldset[data-value-text="312 tỷ 560 triệu đồng"]')).toBeVisible()
  await context.close()
})
