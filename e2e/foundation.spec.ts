import { expect, test } from '@playwright/test'

test('the page is titled and shows the report figures the Vietnamese way', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Bảng chỉ số/)
  // Written by hand from the report, in vi-VN form: "," decimal mark, "." thousands.
  for (const text of [
    '447,229 tỷ đồng',
    '7.412 tỷ đồng',
    '9,77%',
    '101.249 người',
    '73,0853 km²',
    '702,2 tỷ đồng',
    '765,189 tỷ đồng',
    '9.000 tỷ đồng',
    '≥ 1.850 lao động',
    '> 1.441 người',
    '≥ 96,5%',
    '< 3%',
    '1–2 tuyến phố',
  ]) {
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible()
  }
  await page.screenshot({ path: 'test-results/foundation-vi.png', fullPage: true })
})

test('a broken dataset URL shows a Vietnamese error, and Retry recovers once it works', async ({ page }) => {
  await page.route('**/data/dong-ha-2024.json', (route) => route.fulfill({ status: 404, body: 'not found' }))
  // The default view is prerendered from an embedded copy; a dataset named in the URL is fetched.
  await page.goto('/?dataset=dong-ha-2024')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Không tải được bộ số liệu')
  await expect(alert).toContainText('404')
  await page.unroute('**/data/dong-ha-2024.json')
  await alert.getByRole('button', { name: 'Thử lại' }).click()
  await expect(page.locator('[data-figure-id="budget-revenue-2023"]').first()).toHaveText('447,229 tỷ đồng')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a dataset with a wrong field names the field path', async ({ page }) => {
  await page.route('**/data/dong-ha-2024.json', async (route) => {
    const response = await route.fetch()
    const dataset = (await response.json()) as { figures: { value: unknown }[] }
    dataset.figures[2]!.value = '101.249'
    await route.fulfill({ response, json: dataset })
  })
  await page.goto('/?dataset=dong-ha-2024')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('figures.2.value')
  await expect(alert).toContainText('mong đợi số')
})
