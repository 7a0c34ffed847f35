import { expect, test } from '@playwright/test'
import { waitForCharts } from './helpers.ts'

test('the A4 print layout hides the controls, starts each section on a new page and keeps charts whole', async ({
  page,
}) => {
  await page.goto('/')
  await waitForCharts(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Xem bảng số liệu' }).first()).toBeHidden()
  for (const id of ['comparisons', 'targets', 'profile']) {
    await expect(page.locator(`#${id}`)).toHaveCSS('break-before', 'page')
  }
  await expect(page.getByRole('figure').first()).toHaveCSS('break-inside', 'avoid')
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(4)
  expect(pages.length).toBeLessThanOrEqual(12)
})
