import { chromium } from '@playwright/test';
import fs from 'fs';
const [,, name, mode] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://127.0.0.1:4600/');
await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click();
await page.getByRole('button', { name: 'Tạo từ văn bản báo cáo' }).click();
if (mode === 'html') {
  await page.getByLabel('Mở tệp .txt, .docx, .html hoặc bản nháp .json…').setInputFiles('/tmp/fresh/' + name);
  await page.waitForTimeout(1500);
  await page.getByText('Sửa hoặc bổ sung văn bản').click();
  await page.waitForTimeout(300);
  const tas = await page.locator('textarea').evaluateAll(ts => ts.map(t => (t.labels?.[0]?.innerText||t.getAttribute('aria-label')) + ' => ' + JSON.stringify(t.value))); console.log(tas.join('\n'));
} else {
  await page.getByRole('textbox', { name: 'Văn bản báo cáo' }).fill(fs.readFileSync('/tmp/fresh/' + name, 'utf8'));
  await page.getByRole('button', { name: 'Tìm các số liệu' }).click();
}
await page.waitForTimeout(1000);
const rows = await page.locator('fieldset[data-figure-key]').evaluateAll(fs => fs.map(f => f.getAttribute('data-value-text') + ' ← ' + (f.querySelector('[data-testid="figure-why"]')?.textContent||'') + ' :: ' + f.querySelector('[id$="-label"]')?.value));
console.log(rows.join('\n'));
const base = name.replace(/\.\w+$/, '');
const idx = Number(process.argv[4] || 5);
for (const [w,h] of [[390,844],[1920,1080]]) {
  await page.setViewportSize({ width: w, height: h });
  await page.waitForTimeout(300);
  const f = page.locator('fieldset[data-figure-key]').nth(idx);
  await f.evaluate(e => e.scrollIntoView({block:'start'}));
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/fresh/${base}-${w}-tablerow.png` });
}
await browser.close();
