import { expect, test } from '@playwright/test'
import { waitForCharts } from './helpers.ts'

// A4 at 12 mm margins leaves 186 mm: about 703 CSS pixels.
const a4Width = 703

test('the A4 print layout hides the controls, starts the targets on a new page and keeps charts whole', async ({
  page,
}) => {
  await page.goto('/')
  await waitForCharts(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Xem bảng số liệu' }).first()).toBeHidden()
  // The comparisons follow the results on the first page instead of leaving it mostly empty.
  await expect(page.locator('#comparisons')).not.toHaveCSS('break-before', 'page')
  await expect(page.locator('#targets')).toHaveCSS('break-before', 'page')
  await expect(page.locator('#profile')).not.toHaveCSS('break-before', 'page')
  await expect(page.getByRole('figure').first()).toHaveCSS('break-inside', 'avoid')
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(3)
  expect(pages.length).toBeLessThanOrEqual(10)
})

test('printed at A4 width, every chart, bar label and card lies inside the page', async ({ page }) => {
  // Charts are drawn for a wide screen first, as when someone prints from a desktop.
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/')
  await waitForCharts(page)
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: a4Width, height: 1000 })
  const outside = await page.evaluate((pageWidth) => {
    const problems: string[] = []
    for (const figure of document.querySelectorAll('figure')) {
      const box = figure.getBoundingClientRect()
      if (box.right > pageWidth + 1)
        problems.push(`figure ${figure.textContent?.slice(0, 30)} ends at ${box.right}`)
      for (const text of figure.querySelectorAll('svg text')) {
        const t = text.getBoundingClientRect()
        if (t.width > 0 && (t.right > box.right + 1 || t.left < box.left - 1))
          problems.push(`"${text.textContent}" at ${Math.round(t.left)}–${Math.round(t.right)}`)
      }
    }
    for (const card of document.querySelectorAll('main li, main section'))
      if (card.getBoundingClientRect().right > pageWidth + 1)
        problems.push(`${card.textContent?.slice(0, 30)} overflows`)
    return problems
  }, a4Width)
  expect(outside).toEqual([])
  // The percent chart's labels are all there to read, once each (before its section hydrates the chart carries a
  // phone and a wide layout, one hidden by a container query).
  const percent = page.getByRole('figure', { name: /Các chỉ tiêu tính bằng %/ })
  for (const label of ['> 74%', '≥ 96,5%', '99%', '97%', '< 3%'])
    await expect(
      percent.locator('svg text', { hasText: label.replace(' ', '\u00a0') }).filter({ visible: true }),
    ).toHaveCount(1)
})
