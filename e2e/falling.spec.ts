import { expect, type Page, test } from '@playwright/test'
import { falling, fallingText } from './fixtures/falling.ts'
import { waitForCharts } from './helpers.ts'
import type { Dataset } from '../src/dataset/schema.ts'

// Huyện Mẫu's bad year (fictional): growth of −2,5%, a land revenue of nothing, agriculture's share falling.
async function openFalling(page: Page, search = '', dataset: Dataset = falling) {
  const index = { datasets: [{ id: falling.id, file: `${falling.id}.json`, title: falling.report.title }] }
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  await page.route(`**/data/${falling.id}.json`, (route) => route.fulfill({ json: dataset }))
  await page.route(`**/data/${falling.report.sourceFile}`, (route) =>
    route.fulfill({ body: fallingText, contentType: 'text/plain; charset=utf-8' }),
  )
  await page.goto(`/?dataset=${falling.id}${search}`)
  if (!search) await expect(page.getByRole('figure', { name: /Thu tiền sử dụng đất/u }).first()).toBeVisible()
}

test('a link to another report never shows the bundled report’s figures, before or after the app runs', async ({
  page,
}) => {
  // The app's code held back: the first paint under the link is all a slow phone shows for a while.
  await page.route('**/assets/*.js', (route) => route.abort())
  await page.goto(`/?dataset=${falling.id}`)
  const bundledFigure = page.getByText('447,229 tỷ đồng', { exact: true })
  expect(await bundledFigure.count()).toBeGreaterThan(0)
  for (const shown of await bundledFigure.all()) await expect(shown).toBeHidden()
  const waiting = await page.locator('#root').evaluate((root) => getComputedStyle(root, '::before').content)
  expect(waiting).toBe('"Đang tải…"')
  await page.unroute('**/assets/*.js')
  await openFalling(page)
  await expect(page.getByText('447,229 tỷ đồng', { exact: true })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(falling.report.title.vi)
})

/** Where a chart's bars and its zero line are drawn, and the amounts written on the bars. */
const drawn = (page: Page, name: RegExp) =>
  page
    .getByRole('figure', { name })
    .first()
    .evaluate((figure) => {
      const zero = Number(figure.querySelector('[data-zero-line]')?.getAttribute('y1'))
      const bars = [...figure.querySelectorAll('.chart-bar')].map((bar) => ({
        top: Number(bar.getAttribute('y')),
        bottom: Number(bar.getAttribute('y')) + Number(bar.getAttribute('height')),
      }))
      const labels = [...figure.querySelectorAll('.chart-bar-label')].map((label) => ({
        text: label.textContent,
        y: Number(label.getAttribute('y')),
      }))
      return { zero, bars, labels }
    })

test('a fall hangs below zero with its amount under it, a result of nothing asks for an amount, not a share', async ({
  page,
}) => {
  await openFalling(page)
  await waitForCharts(page)
  const growth = await drawn(page, /Tốc độ tăng trưởng kinh tế/u)
  const [fall, rise] = growth.bars
  expect(fall!.top).toBeCloseTo(growth.zero, 0)
  expect(fall!.bottom).toBeGreaterThan(growth.zero + 10)
  expect(rise!.bottom).toBeCloseTo(growth.zero, 0)
  expect(growth.labels.map((label) => label.text)).toEqual(['−2,5%', '6%'])
  expect(growth.labels[0]!.y).toBeGreaterThan(fall!.bottom)

  const share = await drawn(page, /Thay đổi tỷ trọng nông nghiệp/u)
  for (const bar of share.bars) expect(bar.top).toBeCloseTo(share.zero, 0)

  const land = page.getByRole('figure', { name: /Thu tiền sử dụng đất/u }).first()
  await expect(land).toContainText('Chỉ tiêu 2025 đòi hỏi +50 tỷ đồng so với thực hiện 2024')
  await expect(land.locator('.chart-bar-label')).toHaveText(['0', '50'])

  const text = await page.locator('main').innerText()
  expect(text).not.toMatch(/∞|NaN|Infinity|undefined|[-−]0(?![\d,.])/u)
})

test('the slide of a fall shows it below zero, as the dashboard does', async ({ page }) => {
  // The deck: title, results on two slides, the four pairs of the district's report, then the share, the growth.
  await openFalling(page, '&view=present&slide=9')
  const slide = page.getByTestId('slide')
  await expect(slide.getByRole('heading', { name: 'Tốc độ tăng trưởng kinh tế' })).toBeVisible()
  await expect(slide).toContainText('Chỉ tiêu 2025 đòi hỏi +8,5 điểm phần trăm so với thực hiện 2024')
  const bars = await slide
    .locator('.chart-bar')
    .evaluateAll((rects) =>
      rects.map((rect) => Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'))),
    )
  const zero = Number(await slide.locator('[data-zero-line]').getAttribute('y1'))
  expect(bars[0]).toBeGreaterThan(zero + 10)
  await expect(slide.locator('.chart-bar-label').first()).toHaveText('−2,5%')
})

test('a result of six months against the same six months before says so, on the dashboard and on the slide', async ({
  page,
}) => {
  // The same district's report read as a six-month one: its food output "so với cùng kỳ" is against the first six
  // months of 2023, not the whole of that year.
  const halfYear: Dataset = {
    ...falling,
    periods: { ...falling.periods, actualPart: '6 tháng đầu năm' },
    figures: falling.figures.map((figure) =>
      figure.id === 'food-output-2024' ? { ...figure, changeFrom: { year: 2023 } } : figure,
    ),
  }
  await openFalling(page, '', halfYear)
  const results = page.locator('#results')
  await expect(results).toContainText('Kết quả 6 tháng đầu năm 2024')
  await expect(results).toContainText('so với 6 tháng đầu năm 2023')
  await expect(results).not.toContainText('so với 2023')
  await page.goto(`/?dataset=${falling.id}&view=present&slide=2`)
  const slide = page.getByTestId('slide')
  await expect(slide).toContainText('Tổng sản lượng lương thực')
  await expect(slide).toContainText('so với 6 tháng đầu năm 2023')
})
