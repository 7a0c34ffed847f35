import { chromium } from '@playwright/test';
import fs from 'fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4600/?dataset=uy-ban-nhan-dan-huyen-song-may');
await page.waitForTimeout(1500);
console.log('LOADED:', (await page.locator('h1').first().innerText().catch(()=> 'no h1')));
for (const n of ['Chỉ tiêu 2025', 'Tất cả chỉ tiêu']) {
  const l = page.getByRole('link', { name: n, exact: true }).or(page.getByRole('button', { name: n, exact: true })).first();
  await l.click().catch(e=>console.log('click fail', n));
  await page.waitForTimeout(800);
  console.log('==== ' + n + ' URL ' + page.url());
}
fs.writeFileSync('/tmp/fresh/reportA-dashboard-full.txt', await page.locator('body').innerText());
await browser.close();
