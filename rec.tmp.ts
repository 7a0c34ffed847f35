import { chromium } from '@playwright/test'
import { mauSeries } from './e2e/fixtures/mau-series.ts'
const series = mauSeries()
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' })
const index = { datasets: series.map((d) => ({ id: d.id, file: `${d.id}.json`, title: d.report.title })) }
await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
for (const dataset of series) await page.route(`**/data/${dataset.id}.json`, (route) => route.fulfill({ json: dataset }))
await page.goto('http://127.0.0.1:4400/?dataset=huyen-mau-2024')
await page.locator('#record table').waitFor()
await page.locator('#record table').evaluate((e) => e.scrollIntoView())
await page.screenshot({ path: '/tmp/shots15/record-phone-table2.png' })
await browser.close()
