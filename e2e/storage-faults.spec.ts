import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import {
  completeQuickly,
  expectNoErrors,
  openMaker,
  pasteAndDraft,
  reportText,
  row,
} from './authoring-helpers.ts'

const fixtures = new URL('./fixtures/datasets/', import.meta.url).pathname
const datasetFile = `${fixtures}huyen-mau-2025.json`
const sourceFile = `${fixtures}huyen-mau-2025-01-15.vi.txt`

/**
 * The browser's database refuses every write once `window.__storageFull` is set, as a full disk, a quota or an
 * evicting browser would: IndexedDB throws QuotaExceededError, the tab's own storage keeps working.
 */
async function fillStorageOnCue(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as { __storageFull?: boolean }).__storageFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
}
/** Accepts the draft's first row, as a person's first decision; returns the row and its amount's words. */
async function acceptFirstRow(page: Page) {
  const first = page.locator('fieldset[data-figure-key]').first()
  const valueText = (await first.getAttribute('data-value-text')) ?? ''
  await first.getByRole('button', { name: 'Nhận', exact: true }).click()
  return { first, valueText }
}
const fillStorage = (page: Page, isFull = true) =>
  page.evaluate((full) => ((window as { __storageFull?: boolean }).__storageFull = full), isFull)

test('when the browser refuses to store, the maker says so at once, the draft downloads as a file and opens again', async ({
  page,
}) => {
  await fillStorageOnCue(page)
  await openMaker(page)
  await pasteAndDraft(page, reportText('cam-giang-2026-07-10'))
  await fillStorage(page)
  const { valueText } = await acceptFirstRow(page)
  const alert = page.getByRole('alert').filter({ hasText: 'Trình duyệt không cho lưu thêm' })
  await expect(alert).toContainText('bản nháp chỉ còn trong thẻ này. Tải tệp bản nháp để giữ')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Tải tệp bản nháp (.json)' }).click(),
  ])
  const kept = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    figures: { valueText: string; decision: string }[]
  }
  expect(kept.figures.find((figure) => figure.valueText === valueText)?.decision).toBe('accepted')

  // In a browser that keeps things again, the file brings the draft back as it was.
  await fillStorage(page, false)
  await page.getByRole('button', { name: 'Bỏ bản nháp này' }).click()
  await page.getByRole('alert').getByRole('button', { name: 'Đồng ý' }).click()
  await page.getByLabel('Mở tệp .txt, .docx, .html hoặc bản nháp .json…').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: readFileSync(await download.path()),
  })
  await expect(row(page, valueText)).toHaveAttribute('data-decision', 'accepted')

  // Anything else is named for what it is.
  await page.getByRole('button', { name: 'Bỏ bản nháp này' }).click()
  await page.getByRole('alert').getByRole('button', { name: 'Đồng ý' }).click()
  await page
    .getByLabel('Mở tệp .txt, .docx, .html hoặc bản nháp .json…')
    .setInputFiles({ name: 'bang.json', mimeType: 'application/json', buffer: Buffer.from('{"id": 1}') })
  await expect(page.getByRole('alert')).toContainText('Tệp bang.json không phải tệp bản nháp của công cụ này')
})

test('a dataset that cannot be saved leaves the maker as it was, and says what to download', async ({
  page,
}) => {
  await fillStorageOnCue(page)
  await openMaker(page)
  await pasteAndDraft(page, reportText('cam-giang-2026-07-10'))
  await completeQuickly(page, { name: 'Cẩm Giang', kind: 'thành phố', province: 'Tỉnh Mẫu' })
  await expectNoErrors(page)
  await fillStorage(page)
  await page.getByRole('button', { name: 'Lưu và mở' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'bộ số liệu chưa được lưu' })).toContainText(
    'bản nháp vẫn giữ nguyên ở đây. Tải tệp số liệu .json và văn bản .txt để giữ',
  )
  await expect(page).not.toHaveURL(/dataset=/u)
  await expect(page.getByRole('heading', { name: 'Các số liệu tìm thấy' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Tải tệp số liệu .json' })).toBeEnabled()
})

test('decisions the database refused survive a reload in the same tab, and are stored once it takes them again', async ({
  page,
}) => {
  await fillStorageOnCue(page)
  await openMaker(page)
  await pasteAndDraft(page, reportText('cam-giang-2026-07-10'))
  await fillStorage(page)
  const { first, valueText } = await acceptFirstRow(page)
  await first.getByLabel('Tên số liệu').fill('Tên đặt khi ổ đầy')
  await expect(page.getByRole('alert').filter({ hasText: 'Trình duyệt không cho lưu thêm' })).toBeVisible()
  await page.reload()
  await expect(row(page, valueText)).toHaveAttribute('data-decision', 'accepted')
  await expect(row(page, valueText).getByLabel('Tên số liệu')).toHaveValue('Tên đặt khi ổ đầy')
  // The new page's database takes writes: the work is there for good, even once the tab is gone.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('bang-chi-so-work'))).toBeNull()
  await page.evaluate(() => sessionStorage.clear())
  await page.reload()
  await expect(row(page, valueText).getByLabel('Tên số liệu')).toHaveValue('Tên đặt khi ổ đầy')
})

test('a pasted text survives a reload when the browser database refuses it', async ({ page }) => {
  await fillStorageOnCue(page)
  await openMaker(page)
  await fillStorage(page)
  const box = page.getByRole('textbox', { name: 'Văn bản báo cáo' })
  await box.fill('Năm 2025, xã Hà Lâm thu ngân sách 12 tỷ đồng.')
  await page.reload()
  await expect(box).toHaveValue('Năm 2025, xã Hà Lâm thu ngân sách 12 tỷ đồng.')
})

test('a dataset opened while storage is full is shown in this tab, and the dialog says it is not kept', async ({
  page,
}) => {
  await fillStorageOnCue(page)
  await page.goto('/')
  await fillStorage(page)
  await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Chọn tệp…').setInputFiles([datasetFile, sourceFile])
  await expect(dialog.getByRole('status')).toContainText(
    'Trình duyệt không cho lưu thêm: "Huyện Mẫu tổng kết năm 2024',
  )
  await expect(dialog.getByRole('status')).toContainText('chỉ mở trong thẻ này')
  await expect(dialog).not.toContainText('quota')
  await expect(dialog.getByTestId('storage-line')).toContainText('Trình duyệt đang giữ')
  await dialog.getByTestId('stored-datasets').getByRole('button').first().click()
  await expect(page).toHaveURL(/dataset=huyen-mau-2025/)
})

test('two tabs on one draft: the second only shows it until it takes over, and the first is told', async ({
  context,
}) => {
  const first = await context.newPage()
  await openMaker(first)
  await pasteAndDraft(first, reportText('cam-giang-2026-07-10'))
  const second = await context.newPage()
  await second.goto('/')
  await second.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  await second.getByRole('dialog').getByRole('button', { name: 'Tiếp tục bản nháp đang làm dở' }).click()
  const notice = second.getByRole('alert').filter({ hasText: 'đang được sửa ở một thẻ khác' })
  await expect(notice).toBeVisible()
  const firstRow = (page: Page) => page.locator('fieldset[data-figure-key]').first()
  await expect(firstRow(second).getByRole('button', { name: 'Nhận', exact: true })).toBeDisabled()
  // Every control of the draft is greyed in the tab that only shows it.
  for (const control of [
    second.getByRole('button', { name: 'Nhận', exact: true }).first(),
    second.getByRole('textbox').first(),
  ])
    await expect(control).toHaveCSS('opacity', /^0\.5/u)

  await notice.getByRole('button', { name: 'Sửa ở thẻ này' }).click()
  await expect(notice).toBeHidden()
  await firstRow(second).getByRole('button', { name: 'Nhận', exact: true }).click()
  await expect(firstRow(second)).toHaveAttribute('data-decision', 'accepted')
  const taken = first.getByRole('alert').filter({ hasText: 'Một thẻ khác đã nhận sửa bản nháp này' })
  await expect(taken).toBeVisible()
  await expect(firstRow(first).getByRole('button', { name: 'Nhận', exact: true })).toBeDisabled()
  // The tab that only shows the draft follows the one that edits it, and says why nothing can be changed here
  // wherever the rows are scrolled to.
  await expect(firstRow(first)).toHaveAttribute('data-decision', 'accepted')
  await first.locator('fieldset[data-figure-key]').nth(8).scrollIntoViewIfNeeded()
  await expect(taken).toBeInViewport()

  // Closing the tab that edits hands the draft back by itself, as that tab left it.
  await second.close()
  await expect(taken).toBeHidden()
  await expect(firstRow(first)).toHaveAttribute('data-decision', 'accepted')
  await expect(firstRow(first).getByRole('button', { name: 'Nhận', exact: true })).toBeEnabled()
})

test('a copy left in the tab that does not read as a work replaces nothing: the stored work stays', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, reportText('cam-giang-2026-07-10'))
  const { valueText } = await acceptFirstRow(page)
  await expect(row(page, valueText)).toHaveAttribute('data-decision', 'accepted')
  await page.waitForTimeout(500)
  for (const copy of ['{"not": "a work"}', '{broken']) {
    await page.evaluate((text) => sessionStorage.setItem('bang-chi-so-work', text), copy)
    await page.reload()
    await expect(row(page, valueText)).toHaveAttribute('data-decision', 'accepted')
  }
})
