import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import JSZip from 'jszip'
import { bigDataset } from '../scripts/big-dataset.ts'
import { dongHaSlideCount, expectSlide } from './deck-helpers.ts'
import { slidesAsLibreOfficeOpens } from './office.ts'

// A fictional province of 100 indicators, served in place of the dataset list.
const big = bigDataset()

async function openBig(page: Page, search = '') {
  const { dataset } = big
  const index = { datasets: [{ id: dataset.id, file: 'hoa-lam-100.json', title: dataset.report.title }] }
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  await page.route('**/data/hoa-lam-100.json', (route) => route.fulfill({ json: dataset }))
  await page.goto(`/?dataset=${dataset.id}${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.report.title.vi)
}

/** The titles of the slides in the open overview, in order. */
async function overviewTitles(page: Page) {
  const dialog = page.getByRole('dialog', { name: /^Tổng quan:/ })
  await expect(dialog).toBeVisible()
  return dialog.getByRole('listitem').getByRole('button').allTextContents()
}

test('a filter is one click from a deck of only its indicators, which the link keeps and the export follows', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openBig(page)
  await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('nuoc sach')
  await page.getByRole('button', { name: 'Trình chiếu 4 chỉ tiêu này' }).click()
  await expect(page.getByTestId('deck')).toBeVisible()
  await expect(page).toHaveURL(/[?&]deck=filtered(&|$)/)
  await expect(page).toHaveURL(/[?&]q=nuoc\+sach(&|$)/)
  await page.keyboard.press('g')
  const titles = await overviewTitles(page)
  // Title, results, the one paired indicator's chart, the targets of its fields, the % chart, the closing.
  const names = big.dataset.indicators.filter((i) => i.name.vi.startsWith('Tỷ lệ hộ dùng nước sạch'))
  expect(names).toHaveLength(4)
  const comparisonTitles = titles.filter((title) => names.some((i) => title.endsWith(i.name.vi)))
  expect(comparisonTitles).toEqual([`3. ${names[0]!.name.vi}`])
  expect(titles.some((title) => /^\d+\. Tỷ lệ trường đạt chuẩn/.test(title))).toBe(false)
  const count = titles.length
  await page.keyboard.press('Escape')

  // Reopened from the link, the same deck.
  await page.reload()
  await expect(page.getByTestId('deck-counter')).toHaveText(`1 / ${count}`)

  // Its export has exactly these slides, and only the filtered indicators' figures.
  await page.getByTestId('deck-controls').getByRole('button', { name: 'Xuất' }).click()
  const dialog = page.getByRole('dialog', { name: /^Xuất:/ })
  await expect(dialog.getByRole('heading', { name: `Bộ slide: ${count} slide` })).toBeVisible()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Bộ slide (.pptx)', exact: true }).click(),
  ])
  const zip = await JSZip.loadAsync(readFileSync(await file.path()))
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
  expect(slides).toHaveLength(count)
  const text = (await Promise.all(slides.map((name) => zip.file(name)!.async('string')))).join(' ')
  expect(text).toContain(names[3]!.name.vi)
  expect(text).not.toContain('Tỷ lệ trường đạt chuẩn quốc gia')
  const opened = slidesAsLibreOfficeOpens(readFileSync(await file.path()))
  expect(opened).toHaveLength(count)
  expect(opened.join(' ')).toContain(names[3]!.name.vi)
})

test('sections can be left out of the deck, and the link keeps the choice', async ({ page }) => {
  await page.goto('/?view=present&slide=1')
  await page.getByTestId('deck-controls').getByRole('button', { name: 'Slide 1/14: mở tổng quan' }).click()
  expect(await overviewTitles(page)).toHaveLength(dongHaSlideCount)
  const dialog = page.getByRole('dialog', { name: /^Tổng quan:/ })
  // A section this deck has no slide for is not offered: one report alone follows no earlier targets.
  await expect(dialog.getByRole('checkbox', { name: 'Định hướng' })).toBeVisible()
  await expect(dialog.getByRole('checkbox', { name: 'Có đạt chỉ tiêu không?' })).toHaveCount(0)
  await dialog.getByRole('checkbox', { name: 'Định hướng' }).uncheck()
  await dialog.getByRole('checkbox', { name: 'Thông tin địa phương' }).uncheck()
  await expect(dialog.getByRole('heading', { name: 'Tổng quan: 12 slide' })).toBeVisible()
  const titles = await overviewTitles(page)
  expect(titles).not.toContain('7. Định hướng năm 2024')
  expect(titles.some((title) => title.includes('Thông tin thành phố Đông Hà'))).toBe(false)
  expect(
    await new AxeBuilder({ page })
      .include('dialog')
      .analyze()
      .then((r) => r.violations),
  ).toEqual([])
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/[?&]hide=facts,profile(&|$)/)
  await page.reload()
  await expect(page.getByTestId('deck-counter')).toHaveText('1 / 12')
})

test('a slide is found by its name typed without diacritics, and opened from its thumbnail', async ({
  page,
}) => {
  await page.goto('/?view=present&slide=1')
  await expect(page.getByTestId('deck-counter')).toHaveText(`1 / ${dongHaSlideCount}`)
  await page.keyboard.press('G')
  const dialog = page.getByRole('dialog', { name: /^Tổng quan:/ })
  await dialog.getByRole('searchbox', { name: 'Tìm slide theo tên' }).fill('ngan sach')
  // By title, and by the indicators a slide shows (the results slide has the budget revenue).
  expect(await overviewTitles(page)).toEqual([
    '2. Kết quả năm 2023',
    '4. Tổng thu ngân sách trên địa bàn',
    '8. Chỉ tiêu 2024: Kinh tế – ngân sách',
  ])
  await expect(dialog.getByRole('status')).toHaveText('Tìm thấy 3 slide')
  await dialog.getByRole('searchbox', { name: 'Tìm slide theo tên' }).fill('khong co slide nay')
  await expect(dialog.getByRole('status')).toHaveText(
    'Không tìm thấy slide nào: thử tên chỉ tiêu khác, hoặc số slide.',
  )
  await dialog.getByRole('searchbox', { name: 'Tìm slide theo tên' }).fill('ngan sach')
  await dialog.getByRole('button', { name: '4. Tổng thu ngân sách trên địa bàn' }).click()
  await expect(dialog).toBeHidden()
  await expectSlide(page, 4)
})

test('the presenter view finds a slide by name too, without changing the audience’s deck', async ({
  page,
}) => {
  await page.goto('/?view=presenter&slide=1')
  await page.getByRole('button', { name: 'Tìm slide (G)' }).click()
  const dialog = page.getByRole('dialog', { name: /^Tổng quan:/ })
  await expect(dialog.getByRole('checkbox')).toHaveCount(0)
  await dialog.getByRole('searchbox', { name: 'Tìm slide theo tên' }).fill('dau tu')
  await dialog.getByRole('button', { name: '5. Tổng vốn đầu tư toàn xã hội' }).click()
  await expect(page.getByTestId('presenter-counter')).toHaveText(`5 / ${dongHaSlideCount}`)
})
