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
  await expect(page.getByRole('heading', { name: 'Tạo bộ số liệu từ văn bản báo cáo' })).toBeVisible()
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
