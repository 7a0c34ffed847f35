import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import type { Dataset } from '../src/dataset/schema.ts'
import { openDatasetFiles } from './helpers.ts'

// Huyện Mẫu is a fictional district; here its 2024 food output is set to nothing at all.
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/datasets/huyen-mau-2025.json', import.meta.url), 'utf8'),
) as Dataset

test('a bar whose value is zero keeps its label, like every other bar', async ({ page }) => {
  const dataset = structuredClone(fixture)
  const actual = dataset.figures.find((figure) => figure.id === 'food-output-2024')!
  actual.quote = actual.quote.replace(actual.valueText, '0 tấn')
  actual.valueText = '0 tấn'
  actual.value = 0
  await openDatasetFiles(page, {
    name: 'huyen-mau-2025.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  })
  await expect(page).toHaveURL(/dataset=huyen-mau-2025/)
  const chart = page.getByRole('figure', { name: /lương thực/i }).first()
  await expect(chart.locator('.chart-bar')).toHaveCount(2)
  // The values printed on the bars, not the axis ticks (which have a 0 of their own).
  await expect(chart.locator('.chart-bar-label')).toHaveText(['0', '42.000'])
})
