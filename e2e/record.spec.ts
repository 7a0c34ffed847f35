import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import Papa from 'papaparse'
import { mauSeries } from './fixtures/mau-series.ts'

// Three fictional reports of one fictional district, 2023 to 2025, served in place of the dataset list.
const series = mauSeries()

/** Serves the reports as the bundled datasets. */
async function serveSeries(page: Page, reports = series) {
  const index = {
    datasets: reports.map((d) => ({ id: d.id, file: `${d.id}.json`, title: d.report.title })),
  }
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  for (const dataset of reports)
    await page.route(`**/data/${dataset.id}.json`, (route) => route.fulfill({ json: dataset }))
}

async function openSeries(page: Page, search = '', reports = series, shown = 'huyen-mau-2024') {
  await serveSeries(page, reports)
  await page.goto(`/?dataset=${shown}${search}`)
  await expect(page.getByRole('heading', { level: 2, name: 'Có đạt chỉ tiêu không?' })).toBeVisible()
}

test('a place’s reports together say, year by year, which targets were reached, from the reports’ own numbers', async ({
  page,
}) => {
  await openSeries(page)
  const section = page.locator('#record')
  await expect(section).toContainText('Theo 3 báo cáo của huyện Mẫu (2022, 2023, 2024)')
  await expect(section.locator('[data-year="2023"]')).toHaveText(
    'Chỉ tiêu 2023Đạt: 2Không đạt: 2Chưa kết luận được: 0Chưa có số liệu: 0',
  )
  await expect(section.locator('[data-year="2024"]')).toHaveText(
    'Chỉ tiêu 2024Đạt: 0Không đạt: 1Chưa kết luận được: 1Chưa có số liệu: 1',
  )
  // The budget: 650.000 triệu is short of 700 tỷ, though the report says "vượt kế hoạch": flagged, not settled.
  const budget = section.locator('[data-followed="budget-2023"]')
  await expect(budget).toContainText('Không đạt')
  await expect(budget.getByRole('note')).toHaveText(
    '⚠ Báo cáo ghi “vượt kế hoạch”, số liệu cho thấy “Không đạt”',
  )
  // The result in million đồng, shown in the target's billion too.
  await expect(budget).toContainText('650.000 triệu đồng (= 650 tỷ đồng)')
  await expect(section.locator('[data-followed="jobs-2024"]')).toContainText(
    'kết quả chỉ nêu “> 1.800 lao động”, chỉ tiêu là “≥ 1.850 lao động”',
  )
  await expect(section.locator('[data-followed="food-output-2024"]')).toContainText(
    'Báo cáo ghi “đạt 96% kế hoạch”',
  )
  // Both sentences, one click away.
  await budget.getByText('Hai câu gốc').click()
  await expect(budget).toContainText(
    'Kết quả, trong “Huyện Mẫu tổng kết năm 2023, triển khai nhiệm vụ năm 2024”',
  )
  await expect(budget).toContainText('Thu ngân sách vượt kế hoạch.')

  const axe = await new AxeBuilder({ page }).include('#record').analyze()
  expect(axe.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([])
})

test('one indicator over the years is charted, the choice kept in the link', async ({ page }) => {
  await openSeries(page)
  const section = page.locator('#record')
  await section.getByLabel('Chỉ tiêu để xem qua các năm').selectOption({ label: 'Tổng sản lượng lương thực' })
  await expect(page).toHaveURL(/[?&]indicator=food-output(&|$)/)
  const chart = section.getByRole('figure', { name: 'Tổng sản lượng lương thực' })
  await expect(chart.locator('.chart-bar')).toHaveCount(4)
  await chart.getByRole('button', { name: 'Xem bảng số liệu' }).click()
  await expect(chart.locator('tbody tr')).toHaveText([
    'Chỉ tiêu 2023≥ 50.000 tấn',
    'Thực hiện 202352.000 tấn',
    'Chỉ tiêu 202455.000 tấn',
    'Thực hiện 202453.000 tấn',
  ])
  await page.reload()
  await expect(page.locator('#record').getByLabel('Chỉ tiêu để xem qua các năm')).toHaveValue('food-output')
})

test('the record downloads as CSV with both sources of every verdict', async ({ page }) => {
  await openSeries(page)
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải CSV (kèm hai nguồn)' }).click(),
  ])
  expect(file.suggestedFilename()).toBe('huyen-mau-2024_record.csv')
  const text = readFileSync(await file.path(), 'utf8')
  const { data } = Papa.parse<Record<string, string>>(text.slice(1), { header: true })
  const budget = data.find((row) => row.indicator === 'Thu ngân sách' && row.year === '2023')!
  expect(budget.target).toBe('700 tỷ đồng')
  expect(budget.target_source).toBe(
    'Huyện Mẫu tổng kết năm 2022, triển khai nhiệm vụ năm 2023 (Báo Mẫu, 15/01/2025)',
  )
  expect(budget.actual_source).toBe(
    'Huyện Mẫu tổng kết năm 2023, triển khai nhiệm vụ năm 2024 (Báo Mẫu, 15/01/2025)',
  )
  expect(budget.actual_quote).toContain('Thu ngân sách vượt kế hoạch.')
  expect([budget.verdict, budget.report_says, budget.disputed]).toEqual([
    'Không đạt',
    'vượt kế hoạch',
    'Lời báo cáo khác số liệu',
  ])
  expect([budget.target_value, budget.target_unit, budget.actual_value, budget.actual_unit]).toEqual([
    '700',
    'billion-vnd',
    '650000',
    'million-vnd',
  ])
})

test('the bundled single report shows no record: one report cannot say what the next one will', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByTestId('scorecard')).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expect(page.locator('#record')).toHaveCount(0)
})

test('the deck gains "were the targets reached?" slides, and its export carries them', async ({ page }) => {
  const index = {
    datasets: series.map((d) => ({ id: d.id, file: `${d.id}.json`, title: d.report.title })),
  }
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  for (const dataset of series)
    await page.route(`**/data/${dataset.id}.json`, (route) => route.fulfill({ json: dataset }))
  await page.goto('/?dataset=huyen-mau-2025&view=present&slide=1')
  await expect(page.getByTestId('deck-counter')).toBeVisible()
  await page.keyboard.press('g')
  const overview = page.getByRole('dialog', { name: /^Tổng quan:/ })
  await overview.getByRole('searchbox', { name: 'Tìm slide theo tên' }).fill('co dat khong')
  const found = overview.getByRole('listitem').getByRole('button')
  await expect(found).toHaveText([/Chỉ tiêu 2023: có đạt không\?$/, /Chỉ tiêu 2024: có đạt không\?$/])
  await found.nth(0).click()
  const slide = page.getByTestId('slide')
  await expect(slide).toContainText('Thu ngân sách')
  await expect(slide).toContainText(
    'Chỉ tiêu 2023: 700 tỷ đồng Thực hiện 2023: 650.000 triệu đồng (= 650 tỷ đồng)',
  )
  await expect(slide).toContainText('⚠ Báo cáo ghi “vượt kế hoạch”')
})

test('two reports that give one year’s result with other numbers: the record follows the later and shows both', async ({
  page,
}) => {
  // A revised 2023 report, published later, halves the food output: under the target.
  const first = series[1]!
  const revised = {
    ...first,
    id: 'huyen-mau-2024-sua',
    report: { ...first.report, publishedAt: '2025-06-30' },
    figures: first.figures.map((f) =>
      f.indicatorId === 'food-output' && f.role === 'actual' ? { ...f, value: f.value / 2 } : f,
    ),
  }
  for (const shown of ['huyen-mau-2024', 'huyen-mau-2024-sua']) {
    await openSeries(page, '', [...series, revised], shown)
    const food = page.locator('#record [data-followed="food-output-2023"]')
    // The same verdict whichever report is viewed: the later publication's, with the other's beside it.
    await expect(food).toContainText('Không đạt')
    const other = food.getByRole('note').filter({ hasText: 'Báo cáo khác cho năm này ghi' })
    await expect(other).toContainText('52.000 tấn')
    await expect(other).toContainText('theo số đó là “Đạt”. Kết quả trên theo báo cáo đăng sau cùng.')
  }
})

test('the record embeds alone in an article, with its place, its years and the source', async ({ page }) => {
  await serveSeries(page)
  await page.goto('/?dataset=huyen-mau-2024&embed=record')
  const embed = page.locator('[data-embed-view]')
  await expect(embed.getByRole('heading', { level: 2, name: 'Có đạt chỉ tiêu không?' })).toBeVisible()
  await expect(embed.locator('[data-year="2023"]')).toHaveText(
    'Chỉ tiêu 2023Đạt: 2Không đạt: 2Chưa kết luận được: 0Chưa có số liệu: 0',
  )
  await expect(embed).toContainText('Nguồn:')
  await expect(embed.getByRole('link', { name: 'Xem toàn bộ bảng chỉ số ↗' })).toHaveAttribute(
    'href',
    /\?dataset=huyen-mau-2024$/,
  )
  // Nothing of the dashboard around it.
  await expect(page.locator('#results, #targets, header')).toHaveCount(0)
})
