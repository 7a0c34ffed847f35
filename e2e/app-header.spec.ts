import { fileURLToPath } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { horizontalOverflow, openDatasetFiles, waitForCharts } from './helpers.ts'

/** The header's visible controls whose text does not fit their box (cut off or spilling out). */
async function cutLabels(page: Page): Promise<string[]> {
  return page.getByTestId('app-header').evaluate((header) =>
    [...header.querySelectorAll<HTMLElement>('button, a, p')]
      .filter((element) => element.offsetParent !== null && !element.closest('.sr-only'))
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.textContent ?? ''),
  )
}

test('on a 390 px phone the header is one short row, and every action is within reach', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto('/')
  const header = page.getByTestId('app-header')
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64)
  await expect(header.getByText('Bảng chỉ số', { exact: true })).toBeInViewport({ ratio: 1 })
  for (const name of [/^Trình chiếu/, 'Switch to English', 'Menu']) {
    await expect(header.getByRole('button', { name })).toBeInViewport({ ratio: 1 })
  }
  expect(await cutLabels(page)).toEqual([])

  const menu = header.getByRole('button', { name: 'Menu' })
  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  const nav = page.getByRole('navigation', { name: 'Các phần' })
  await expect(nav.getByRole('link')).toHaveText([
    'Kết quả 2023',
    'Thực hiện và chỉ tiêu',
    'Chỉ tiêu 2024',
    'Tất cả chỉ tiêu',
    'Địa phương',
  ])
  await expect(header.getByRole('button', { name: /Mở bộ số liệu khác/ })).toBeVisible()
  await expect(header.getByRole('button', { name: /^Xuất Ban Thường vụ/ })).toBeVisible()
  await waitForCharts(page)
  const axe = await new AxeBuilder({ page }).include('[data-testid="app-header"]').analyze()
  expect(axe.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([])

  await nav.getByRole('link', { name: 'Chỉ tiêu 2024' }).click()
  await expect(page).toHaveURL(/section=targets/)
  await expect(nav).toBeHidden()
  // The section lands below the sticky header, not under it.
  await expect
    .poll(async () => (await page.locator('#targets').boundingBox())!.y)
    .toBeGreaterThanOrEqual((await header.boundingBox())!.height - 1)
  await expect(page.locator('#targets-title')).toBeInViewport()

  await menu.click()
  await expect(nav).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(nav).toBeHidden()
  await expect(menu).toBeFocused()
  // Tab past the panel's last action folds it, so focus never walks on under the open panel.
  await menu.click()
  const exportButton = header.getByRole('button', { name: /^Xuất Ban Thường vụ/ })
  await exportButton.focus()
  await page.keyboard.press('Tab')
  await expect(nav).toBeHidden()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await menu.click()
  await header.getByRole('button', { name: /^Xuất Ban Thường vụ/ }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await context.close()
})

test('at 360 px nothing scrolls sideways and no header label is cut, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const language of ['vi', 'en'] as const) {
    await page.goto(`/?lang=${language}`)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await waitForCharts(page)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect((await page.getByTestId('app-header').boundingBox())!.height).toBeLessThanOrEqual(64)
    expect(await cutLabels(page)).toEqual([])
    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(page.getByRole('navigation')).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  }
})

test('from 1024 px the sections and every action share one row, with no menu', async ({ page }) => {
  for (const [width, links] of [
    [1024, 4],
    [1366, 5],
  ] as const) {
    await page.setViewportSize({ width, height: 768 })
    await page.goto('/')
    const header = page.getByTestId('app-header')
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64)
    await expect(header.getByRole('navigation').getByRole('link').filter({ visible: true })).toHaveCount(
      links,
    )
    await expect(header.getByRole('button', { name: 'Menu' })).toBeHidden()
    for (const name of [/Mở bộ số liệu khác/, /^Xuất Ban Thường vụ/, /^Trình chiếu/, 'Switch to English']) {
      await expect(header.getByRole('button', { name })).toBeInViewport({ ratio: 1 })
    }
  }
})

test('on a phone the all-indicators table passes under the header, never over it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?section=indicators')
  const box = page.getByRole('region', { name: 'Bảng chỉ tiêu, cuộn được' })
  await box.scrollIntoViewIfNeeded()
  // The table's top, with its sticky header row, scrolled under the app's header.
  await box.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 20))
  const isHeaderOnTop = await page.getByTestId('app-header').evaluate((header) => {
    const bar = header.getBoundingClientRect()
    const hit = document.elementFromPoint(bar.left + 40, bar.top + bar.height / 2)
    return hit !== null && header.contains(hit)
  })
  expect(isHeaderOnTop).toBe(true)
})

test('on a phone a short table shows every row, a long one scrolls in its box, and both say the other columns are off to the side', async ({
  page,
}) => {
  // Huyện Mẫu, a fictional district of six indicators, opened from its file (on a wide screen, where the button shows).
  await openDatasetFiles(
    page,
    fileURLToPath(new URL('./fixtures/datasets/huyen-mau-2025.json', import.meta.url)),
  )
  await expect(page).toHaveURL(/dataset=huyen-mau-2025/)
  await page.setViewportSize({ width: 390, height: 844 })
  const box = page.getByRole('region', { name: 'Bảng chỉ tiêu, cuộn được' })
  await box.scrollIntoViewIfNeeded()
  const rows = box.locator('tbody tr')
  await expect(rows).toHaveCount(6)
  const isCut = (element: HTMLElement) => element.scrollHeight > element.clientHeight + 1
  expect(await box.evaluate(isCut)).toBe(false)
  await rows.last().scrollIntoViewIfNeeded()
  await expect(rows.last()).toBeInViewport()
  await expect(page.getByText('Vuốt ngang trong bảng để xem các cột khác.')).toBeVisible()
  // Đông Hà's fifteen keep to the screen's height, and say so.
  await page.goto('/?section=indicators')
  await expect(box.locator('tbody tr')).toHaveCount(15)
  expect(await box.evaluate(isCut)).toBe(true)
  await expect(page.getByText('Vuốt trong bảng để xem các cột và các dòng khác.')).toBeVisible()
  // On a wide screen no hint is needed.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect(page.getByText('Vuốt trong bảng để xem các cột và các dòng khác.')).toBeHidden()
})
