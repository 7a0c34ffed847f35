import { chromium } from '@playwright/test'
const [,, url, out, w, h] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
const errors = []
page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()) })
page.on('pageerror', e => errors.push(String(e)))
await page.goto(url)
await page.waitForTimeout(1500)
await page.screenshot({ path: out, fullPage: true })
console.log('overflow', await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), errors)
await browser.close()
