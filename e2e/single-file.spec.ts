import { existsSync, readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { collectProblems } from './helpers.ts'

const singleFile = new URL('../dist-single/index.html', import.meta.url).pathname

test('the single HTML file opens through file:// with charts, source, deck and PNG export', async ({
  browser,
}) => {
  expect(existsSync(singleFile), 'run npm run build:single first').toBe(true)
  const html = readFileSync(singleFile, 'utf8')
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet[^>]+href=/)
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  const problems = collectProblems(page)
  await page.goto(`file://${singleFile}`)
  // The page shown (#root): until the app runs, the file also holds the English copy, hidden.
  await expect(page.locator('#root').getByTestId('scorecard')).toContainText('8/13')
  await expect(page.locator('figure .chart-bar').first()).toBeVisible()
  expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Đông Hà'))).toBe(true)
  await page.locator('button[data-source-id="budget-revenue-2023"]').first().click()
  await expect(page.getByRole('dialog').locator('mark')).toHaveText(
    'Tổng thu ngân sách trên địa bàn thực hiện 447,229 tỷ đồng',
  )
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Trình chiếu: mở bộ slide toàn màn hình' }).click()
  // The deck's keys work once it shows its first slide.
  await expect(page.getByTestId('deck-counter')).toHaveText('1 / 14')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('deck-counter')).toHaveText('2 / 14')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: /^Xuất Tổng thu ngân sách trên địa bàn/ }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'Tải ảnh PNG', exact: true }).click(),
  ])
  expect(download.suggestedFilename()).toBe('dong-ha-2024_tong-thu-ngan-sach-tren-dia-ban_2x.png')
  const png = PNG.sync.read(readFileSync(await download.path()))
  expect([png.width, png.height]).toEqual([2400, 1600])
  expect(problems).toEqual([])
  await context.close()
})
