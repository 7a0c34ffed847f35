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

test('the targets can be found by a name typed without diacritics, by field, and the link keeps the filter', async ({
  page,
}) => {
  await openBig(page)
  const cards = page.locator('#targets [data-target-id]')
  await expect(cards).toHaveCount(100)
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
  await page.getByRole('button', { name: 'Bỏ lọc' }).click()
  await expect(cards).toHaveCount(100)
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
