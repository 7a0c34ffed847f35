import { readFileSync } from 'node:fs'
import { expect, type Locator, type Page } from '@playwright/test'

export const reportText = (name: string) =>
  readFileSync(new URL(`./fixtures/reports/${name}.vi.txt`, import.meta.url), 'utf8')

/** Counts what a person does: each click, choice and field typed is one action. */
export class Actions {
  count = 0
  constructor(private readonly page: Page) {}
  async click(locator: Locator) {
    this.count += 1
    await locator.click()
  }
  async fill(locator: Locator, value: string) {
    this.count += 1
    await locator.fill(value)
  }
  async select(locator: Locator, value: string) {
    this.count += 1
    await locator.selectOption(value)
  }
  get pageRef() {
    return this.page
  }
}

export async function openMaker(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo từ văn bản báo cáo' }).click()
  // The maker's code loads on this click: on a busy two-core machine running two browsers it took over 5 s once in four
  // clean-clone runs (5 December), so it gets the time a slow phone would.
  await expect(page.getByRole('heading', { name: 'Tạo bộ số liệu từ văn bản báo cáo' })).toBeVisible({
    timeout: 15_000,
  })
}

export async function pasteAndDraft(page: Page, text: string, actions?: Actions) {
  const box = page.getByRole('textbox', { name: 'Văn bản báo cáo' })
  const button = page.getByRole('button', { name: 'Tìm các số liệu' })
  if (actions) {
    await actions.fill(box, text)
    await actions.click(button)
  } else {
    await box.fill(text)
    await button.click()
  }
  await expect(page.getByRole('heading', { name: 'Các số liệu tìm thấy' })).toBeVisible()
  // The rows are drawn just after the page (in the background): the list is whole once one row is there.
  await expect(page.locator('fieldset[data-figure-key]').first()).toBeAttached()
}

/** The row of the figure whose words are `valueText` (the `nth` one when the words stand twice). */
export function row(page: Page, valueText: string, nth = 0): Locator {
  return page.locator(`fieldset[data-value-text="${valueText.replaceAll('"', '\\"')}"]`).nth(nth)
}

/**
 * Accepts every figure, rejects those left without a unit, sets each indicator's field and direction and
 * the place: the least a person does to make a dataset of a fictional report.
 */
export async function completeQuickly(page: Page, place: { name: string; kind: string; province: string }) {
  await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click()
  const withoutUnit = await page.$$eval('fieldset[data-figure-key]', (rows) =>
    rows
      .filter((figure) =>
        [...figure.querySelectorAll('select')].some(
          (select) => select.value === '' && select.querySelector('option[value="percent"]'),
        ),
      )
      .map((figure) => figure.getAttribute('data-figure-key')),
  )
  for (const key of withoutUnit)
    await page
      .locator(`fieldset[data-figure-key="${key}"]`)
      .getByRole('button', { name: 'Bỏ', exact: true })
      .click()
  for (const indicator of await page.locator('fieldset[data-indicator]').all()) {
    await indicator.getByLabel('Lĩnh vực').selectOption('economy-budget')
    await indicator.getByLabel('Hướng tốt').selectOption('higher')
  }
  await page.getByLabel('Địa phương', { exact: true }).fill(place.name)
  await page.getByLabel('Loại (thành phố, huyện…)').fill(place.kind)
  await page.getByLabel('Tỉnh', { exact: true }).fill(place.province)
}

export async function expectNoErrors(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Không còn lỗi' })).toBeVisible()
}

/**
 * A minimal .docx: one paragraph per line, as Word writes them, a line of tab-separated cells in a table of its own
 * rows (consecutive such lines are one table); `padding` bytes of zeros packed in beside.
 */
export async function wordFile(lines: string[], padding = 0): Promise<Buffer> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  const escapeXml = (text: string) =>
    text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  const paragraph = (text: string) =>
    `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  const row = (line: string) =>
    `<w:tr>${line
      .split('\t')
      .map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`)
      .join('')}</w:tr>`
  const paragraphs = lines
    .map((line, i) => {
      if (!line.includes('\t')) return paragraph(line)
      const opens = !lines[i - 1]?.includes('\t')
      const closes = !lines[i + 1]?.includes('\t')
      return `${opens ? '<w:tbl>' : ''}${row(line)}${closes ? '</w:tbl>' : ''}`
    })
    .join('')
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  )
  if (padding > 0) zip.file('word/media/blank.bin', new Uint8Array(padding))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** Until the maker's rows show the latest work: they are drawn from a deferred copy, a moment behind an edit. */
export async function rowsCurrent(page: Page) {
  await expect(page.locator('[data-rows-current="true"]')).toHaveCount(1)
}
