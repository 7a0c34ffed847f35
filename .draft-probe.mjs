import { chromium } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
const realForms = 'e2e/fixtures/real-forms'
const formsText = readdirSync(realForms).filter((f) => f.endsWith('.vi.txt')).map((f) => readFileSync(join(realForms, f), 'utf8')).join('\n\n')
const longReport = formsText.repeat(Math.ceil(50_000 / formsText.length)).slice(0, 50_000)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (let i = 0; i < 3; i += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto('http://127.0.0.1:4500/')
  await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo từ văn bản báo cáo' }).click()
  await page.getByRole('textbox', { name: 'Văn bản báo cáo' }).fill(longReport)
  if (process.env.PAUSE) await page.waitForTimeout(2000)
  await page.getByRole('button', { name: 'Tìm các số liệu' }).click()
  await page.getByRole('heading', { name: 'Các số liệu tìm thấy' }).waitFor({ timeout: 120_000 })
  console.log(await page.evaluate(() => performance.getEntriesByName('draft').at(-1)?.duration ?? Number.NaN))
  await context.close()
}
await browser.close()
