import { readFileSync, writeFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { collectProblems } from './helpers.ts'
import { completeQuickly, expectNoErrors, openMaker, pasteAndDraft, reportText } from './authoring-helpers.ts'

const fixtures = new URL('./fixtures/datasets/', import.meta.url).pathname
const singleFile = new URL('../dist-single/index.html', import.meta.url).pathname

async function openDatasets(page: Page) {
  await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  return page.getByRole('dialog', { name: 'Bộ số liệu' })
}

test("the bundled dataset's one-file page, written in the browser, is the single-file build byte for byte", async ({
  page,
}) => {
  await page.goto('/')
  const dialog = await openDatasets(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Tải trang bảng chỉ số \(\.html\): Đông Hà: kết quả 2023/ }).click(),
  ])
  expect(download.suggestedFilename()).toBe('dong-ha-2024.html')
  // Rendered by the browser from the same code the build prerenders with: the same page, so it hydrates as is.
  expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync(singleFile, 'utf8'))
  await expect(dialog.getByTestId('one-file-status').first()).toHaveText(
    /^Đã tải dong-ha-2024\.html \(3,\d MB\): một tệp mở bằng trình duyệt, không cần mạng/,
  )
})

test('a dataset opened in this browser downloads as one page that works from disk with no network: figures, source, a slide, a PNG', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/')
  const dialog = await openDatasets(page)
  await dialog
    .getByLabel('Chọn tệp…')
    .setInputFiles([`${fixtures}huyen-mau-2025.json`, `${fixtures}huyen-mau-2025-01-15.vi.txt`])
  await expect(page).toHaveURL(/dataset=huyen-mau-2025/)
  const again = await openDatasets(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    again
      .getByTestId('stored-datasets')
      .getByRole('button', { name: /^Tải trang bảng chỉ số \(\.html\): Huyện Mẫu/ })
      .click(),
  ])
  expect(download.suggestedFilename()).toBe('huyen-mau-2025.html')
  const html = readFileSync(await download.path(), 'utf8')
  // Nothing to fetch: no script, style sheet or font from elsewhere, and the strict policy kept.
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet[^>]+href=/)
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/,
  )
  const path = testInfo.outputPath('huyen-mau-2025.html')
  writeFileSync(path, html)

  const context = await browser.newContext({ acceptDownloads: true, offline: true })
  const disk = await context.newPage()
  const problems = collectProblems(disk)
  await disk.goto(`file://${path}`)
  await expect(disk.getByRole('heading', { level: 1 })).toHaveText(
    'Huyện Mẫu tổng kết năm 2024, triển khai nhiệm vụ năm 2025',
  )
  await expect(disk.locator('#root').getByTestId('scorecard')).toContainText('10/12')
  await expect(disk.locator('[data-figure-id="food-output-2024"]').first()).toHaveText('41.250 tấn')
  await expect(disk.locator('[data-figure-id="tourist-visits-2025"]').first()).toHaveText('> 240.000 lượt')

  await disk.locator('button[data-source-id="forest-cover-2025"]').first().click()
  await expect(disk.getByRole('dialog').locator('mark')).toHaveText('Tỷ lệ che phủ rừng từ 49% trở lên')
  await disk.keyboard.press('Escape')

  await disk.getByRole('button', { name: 'Trình chiếu: mở bộ slide toàn màn hình' }).click()
  await expect(disk.getByTestId('deck-counter')).toHaveText('1 / 12')
  await disk.keyboard.press('ArrowRight')
  await expect(disk.getByTestId('deck-counter')).toHaveText('2 / 12')
  await expect(disk.locator('[data-testid="deck"] svg text').first()).toBeVisible()
  await disk.keyboard.press('Escape')

  await disk.getByRole('button', { name: /^Xuất Tổng sản lượng lương thực/ }).click()
  const [image] = await Promise.all([
    disk.waitForEvent('download'),
    disk.getByRole('dialog').getByRole('button', { name: 'Tải ảnh PNG', exact: true }).click(),
  ])
  expect(image.suggestedFilename()).toBe('huyen-mau-2025_tong-san-luong-luong-thuc_2x.png')
  const png = PNG.sync.read(readFileSync(await image.path()))
  expect([png.width, png.height]).toEqual([2400, 1600])
  await disk.keyboard.press('Escape')

  // Its datasets are the one it carries: nothing is fetched from a disk, and no network is asked for.
  await disk.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  await expect(disk.getByRole('dialog').getByRole('listitem').first()).toContainText(
    'Huyện Mẫu tổng kết năm 2024, triển khai nhiệm vụ năm 2025',
  )
  expect(problems).toEqual([])
  await context.close()
})

test('at the end of the maker, the dataset just made downloads as one page, before it is saved', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000)
  await openMaker(page)
  await pasteAndDraft(page, reportText('dong-khe-2026-01-08'))
  const download = page.getByRole('button', { name: 'Tải trang bảng chỉ số (.html)', exact: true })
  await expect(download).toBeDisabled()
  await completeQuickly(page, { name: 'Đồng Khê', kind: 'huyện', province: 'Tỉnh Mẫu' })
  await expectNoErrors(page)
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
  expect(file.suggestedFilename()).toMatch(/^[a-z0-9-]+\.html$/u)
  const path = testInfo.outputPath(file.suggestedFilename())
  await file.saveAs(path)

  const context = await browser.newContext({ offline: true })
  const disk = await context.newPage()
  await disk.goto(`file://${path}`)
  await expect(disk.getByRole('heading', { level: 1 })).toHaveText(
    'Huyện Đồng Khê tổng kết năm 2025: 12/20 chỉ tiêu đạt và vượt kế hoạch',
  )
  // (The English copy the one file carries waits, hidden, until the page's script drops it: the page shown is #root.)
  await expect(disk.locator('#root').getByTestId('scorecard')).toContainText('12/20')
  await expect(disk.locator('#root main')).toContainText('312,56 tỷ đồng')
  await context.close()
})
