import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { completeQuickly, expectNoErrors, openMaker, pasteAndDraft } from './authoring-helpers.ts'
import { mauSeries } from './fixtures/mau-series.ts'

// The fictional district's earlier reports are bundled; its next report is being written up in the maker.
const earlier = mauSeries().slice(0, 2)
const text = readFileSync(new URL('./fixtures/datasets/huyen-mau-2025-01-15.vi.txt', import.meta.url), 'utf8')

test('the dataset maker links an indicator to the same one in an earlier report, suggested by name and unit', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const index = { datasets: earlier.map((d) => ({ id: d.id, file: `${d.id}.json`, title: d.report.title })) }
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  for (const dataset of earlier)
    await page.route(`**/data/${dataset.id}.json`, (route) => route.fulfill({ json: dataset }))
  await openMaker(page)
  await pasteAndDraft(page, text)
  await completeQuickly(page, { name: 'Mẫu', kind: 'huyện', province: 'Mẫu' })
  const food = page.locator('fieldset[data-indicator="Tổng sản lượng lương thực"]')
  const link = food.getByLabel('Cùng chỉ tiêu ở báo cáo khác (nếu đổi tên)')
  // The likeliest first: the same words of the name, and tonnes like this report's figure.
  await expect(link.locator('option').nth(1)).toHaveText('Tổng sản lượng lương thực (báo cáo năm 2022)')
  await link.selectOption('food-output')
  await expectNoErrors(page)
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp số liệu .json' }).click(),
  ])
  const dataset = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    indicators: { name: { vi: string }; sameAs?: string }[]
  }
  expect(dataset.indicators.find((i) => i.name.vi === 'Tổng sản lượng lương thực')?.sameAs).toBe(
    'food-output',
  )
})
