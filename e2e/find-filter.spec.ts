import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { bigDataset } from '../scripts/big-dataset.ts'

// A fictional province of 100 indicators, served in place of the dataset list.
const big = bigDataset()

async function openBig(page: Page, search = '', language: 'vi' | 'en' = 'vi') {
  const index = {
    datasets: [{ id: big.dataset.id, file: 'hoa-lam-100.json', title: big.dataset.report.title }],
  }
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  await page.route('**/data/hoa-lam-100.json', (route) => route.fulfill({ json: big.dataset }))
  await page.goto(`/?dataset=${big.dataset.id}${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.dataset.report.title[language])
}

/** The 100-indicator page on a phone, scrolled to its table of all indicators. */
async function tableOnPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 })
  await openBig(page)
  const box = page.getByRole('region', { name: 'Bảng chỉ tiêu, cuộn được' })
  const table = box.getByRole('table', { name: 'Tất cả chỉ tiêu' })
  await box.scrollIntoViewIfNeeded()
  return { box, table }
}

test('the targets can be found by a name typed without diacritics, by field, and the link keeps the filter', async ({
  page,
}) => {
  await openBig(page)
  const cards = page.locator('#targets [data-target-id]')
  // Unfiltered, each field shows six of its 25 targets; what a filter finds shows whole.
  await expect(cards).toHaveCount(24)
  await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('nuoc sach')
  await expect(cards).toHaveCount(4)
  await expect(cards.first()).toContainText('Tỷ lệ hộ dùng nước sạch khu vực thành thị')
  await expect(page.getByText('Đang hiện 4/100 chỉ tiêu.')).toBeVisible()
  await expect(page).toHaveURL(/[?&]q=nuoc(\+|%20)sach/)

  await page.reload()
  await expect(page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' })).toHaveValue('nuoc sach')
  await expect(cards).toHaveCount(4)

  const field = page.getByLabel('Lĩnh vực', { exact: true })
  await expect(field.locator('option')).toHaveText([
    'Mọi lĩnh vực',
    'Kinh tế – ngân sách (25)',
    'Đô thị – môi trường (25)',
    'Văn hóa – xã hội (25)',
    'Quốc phòng (25)',
  ])
  await field.selectOption({ label: 'Quốc phòng (25)' })
  await expect(cards).toHaveCount(1)
  await expect(cards).toContainText('Tỷ lệ hộ dùng nước sạch vùng ven biển')
  await expect(page).toHaveURL(/field=defence/)

  await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('khong co chi tieu nay')
  await expect(cards).toHaveCount(0)
  await expect(page.getByText('Không có chỉ tiêu nào khớp với bộ lọc.')).toBeVisible()
  // A shared link would open like this: the top of the page says it is filtered.
  await expect(page.getByRole('status').filter({ hasText: 'Đang lọc:' })).toHaveText(
    /^Đang lọc: “khong co chi tieu nay” · Quốc phòng\. Trang chỉ hiện 0\/100 chỉ tiêu\./,
  )
  await page.getByRole('search').getByRole('button', { name: 'Bỏ lọc' }).click()
  await expect(page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' })).toBeFocused()
  await expect(cards).toHaveCount(24)
  await expect(page).not.toHaveURL(/[?&](q|field|paired)=/)

  const axe = await new AxeBuilder({ page }).include('[role="search"]').analyze()
  expect(axe.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([])
})

test('a shared filtered link opens filtered, in English too', async ({ page }) => {
  await openBig(page, '&lang=en&q=clean+water&field=society', 'en')
  await expect(page.getByRole('searchbox', { name: 'Find an indicator' })).toHaveValue('clean water')
  await expect(page.locator('#targets [data-target-id]')).toHaveCount(1)
  await expect(page.getByText('Showing 1 of 100 targets.')).toBeVisible()
})

test('at 100 indicators eight results lead the page, and "see all" shows the rest', async ({ page }) => {
  await openBig(page)
  const results = page.locator('#results ul > li')
  await expect(results).toHaveCount(8)
  await expect(results.first()).toContainText('Tỷ lệ hộ dùng nước sạch khu vực thành thị')
  const seeAll = page.getByRole('button', { name: 'Xem tất cả 100 kết quả' })
  await expect(seeAll).toHaveAttribute('aria-expanded', 'false')
  await seeAll.click()
  await expect(results).toHaveCount(100)
  await page.getByRole('button', { name: 'Thu gọn' }).click()
  await expect(results).toHaveCount(8)
})

test('at 100 indicators the targets and charts fold, and open on request', async ({ page }) => {
  await openBig(page)
  const economy = page.locator('#targets > div').filter({ hasText: 'Kinh tế – ngân sách (25)' })
  await expect(economy.locator('[data-target-id]')).toHaveCount(6)
  await economy.getByRole('button', { name: 'Xem tất cả 25 chỉ tiêu kinh tế – ngân sách' }).click()
  await expect(economy.locator('[data-target-id]')).toHaveCount(25)
  await economy.getByRole('button', { name: 'Thu gọn' }).click()
  await expect(economy.locator('[data-target-id]')).toHaveCount(6)

  const charts = page.locator('#comparisons figure')
  await expect(charts).toHaveCount(6)
  await page.getByRole('button', { name: 'Xem tất cả 20 biểu đồ' }).click()
  await expect(charts).toHaveCount(20)

  // The filter narrows the results and the charts as well as the targets.
  await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('nuoc sach')
  await expect(page.locator('#results ul > li')).toHaveCount(4)
  await expect(charts).toHaveCount(1)
  await expect(charts).toContainText('Tỷ lệ hộ dùng nước sạch khu vực thành thị')
})

test('every indicator is in one table that sorts, whose figures equal the dataset and open their sentence', async ({
  page,
}) => {
  await openBig(page)
  const table = page.getByRole('table', { name: 'Tất cả chỉ tiêu' })
  const rows = table.locator('tbody tr')
  await expect(rows).toHaveCount(100)
  // Unsorted, the dataset's order; each row's figures are the dataset's, written the Vietnamese way.
  const first = big.dataset.indicators[0]!
  const figureOf = (role: string) =>
    big.dataset.figures.find((f) => f.indicatorId === first.id && f.role === role)!
  await expect(rows.first().getByRole('rowheader')).toHaveText(first.name.vi)
  await expect(rows.first().locator(`[data-figure-id="${figureOf('actual').id}"]`)).toHaveText('60,5%')
  await expect(rows.first().locator(`[data-figure-id="${figureOf('target').id}"]`)).toHaveText('≥ 62,5%')
  await expect(rows.first()).toContainText('+2 điểm phần trăm')

  // Sorted by target, highest first: the values come down.
  await table.getByRole('button', { name: /^Chỉ tiêu 2025/ }).click()
  await table.getByRole('button', { name: /^Chỉ tiêu 2025/ }).click()
  await expect(table.getByRole('columnheader', { name: /^Chỉ tiêu 2025/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  const targets = big.dataset.figures
    .filter((f) => f.role === 'target')
    .map((f) => f.value)
    .sort((a, b) => b - a)
  const topId = big.dataset.figures.find((f) => f.role === 'target' && f.value === targets[0])!.indicatorId
  await expect(rows.first()).toHaveAttribute('data-indicator-id', topId!)

  // Sorted by name, in the Vietnamese alphabet.
  await table.getByRole('button', { name: 'Chỉ tiêu', exact: true }).click()
  const names = await rows.getByRole('rowheader').allTextContents()
  expect(names).toEqual([...names].sort(new Intl.Collator('vi', { numeric: true }).compare))

  // A figure opens its sentence in the report.
  await rows.first().locator('[data-figure-id]').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
})

test('at 360 px the 100-indicator page has no sideways scroll, and it is axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await openBig(page)
  await expect(page.locator('#indicators tbody tr')).toHaveCount(100)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
  const axe = await new AxeBuilder({ page }).include('main').analyze()
  expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}`)).toEqual([])
})

test('on a phone the all-indicators table scrolls in its box: its header stays in view, its names take under half the width', async ({
  page,
}) => {
  const { box, table } = await tableOnPhone(page)
  const header = table.getByRole('columnheader').nth(1)
  // Scrolled far down the box (again, while rows may still be drawn in the background), the header stays at its top.
  await expect
    .poll(async () => {
      await box.evaluate((element) => element.scrollTo(0, 1500))
      const [boxTop, headerTop] = await Promise.all([
        box.evaluate((element) => element.getBoundingClientRect().top),
        header.evaluate((element) => element.getBoundingClientRect().top),
      ])
      return Math.abs(headerTop - boxTop)
    })
    .toBeLessThan(3)
  expect(await box.evaluate((element) => element.scrollTop)).toBeGreaterThan(1000)
  await expect(header).toBeInViewport()
  const nameWidth = await table
    .locator('tbody tr')
    .first()
    .getByRole('rowheader')
    .evaluate((cell) => cell.getBoundingClientRect().width)
  expect(nameWidth).toBeLessThan(390 / 2)
})

test('on a phone the table leaves out the field, so a row’s result is whole in view without scrolling sideways', async ({
  page,
}) => {
  const { box, table } = await tableOnPhone(page)
  await expect(table.getByRole('columnheader', { name: /Lĩnh vực/ })).toBeHidden()
  const row = table.locator('tbody tr').first()
  const result = row.getByRole('cell').first()
  const [boxRight, resultRight] = await Promise.all([
    box.evaluate((element) => element.getBoundingClientRect().right),
    result.evaluate((cell) => cell.getBoundingClientRect().right),
  ])
  expect(resultRight).toBeLessThanOrEqual(boxRight)
  // At a projector's width the field is back.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect(table.getByRole('columnheader', { name: /Lĩnh vực/ })).toBeVisible()
})
