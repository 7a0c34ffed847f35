import { chromium } from '@playwright/test';
import fs from 'fs';
const [,, name, mode] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', e => console.log('PAGEERROR', e.message));
page.on('console', m => { if (m.type()==='error') console.log('CONSOLE', m.text()); });
await page.goto('http://127.0.0.1:4600/');
await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click();
await page.getByRole('button', { name: 'Tạo từ văn bản báo cáo' }).click();
if (mode === 'html') {
  await page.getByLabel('Mở tệp .txt, .docx, .html hoặc bản nháp .json…').setInputFiles('/tmp/fresh/' + name);
  await page.waitForTimeout(1500);
  const tb = page.getByRole('textbox', { name: 'Văn bản báo cáo' });
  console.log('TEXTBOX VALUE AFTER FILE:\n' + await tb.inputValue());
  const btn = page.getByRole('button', { name: 'Tìm các số liệu' });
  if (await btn.isVisible().catch(()=>false)) await btn.click().catch(e=>console.log('no click', e.message));
} else {
  await page.getByRole('textbox', { name: 'Văn bản báo cáo' }).fill(fs.readFileSync('/tmp/fresh/' + name, 'utf8'));
  await page.getByRole('button', { name: 'Tìm các số liệu' }).click();
}
await page.waitForTimeout(1500);
const fss = page.locator('fieldset');
const n = await fss.count();
console.log('FIELDSETS', n);
for (let i = 0; i < n; i++) {
  const f = fss.nth(i);
  const txt = (await f.innerText()).replace(/\n+/g, ' | ');
  const inputs = await f.locator('input, select, textarea').evaluateAll(els => els.map(e => {
    const lab = e.labels && e.labels[0] ? e.labels[0].innerText.trim() : (e.getAttribute('aria-label') || e.name);
    let v = e.value; if (e.tagName === 'SELECT') v = e.options[e.selectedIndex]?.text;
    if (e.type === 'checkbox' || e.type==='radio') v = e.checked;
    return `${lab}=${v}`;
  }));
  console.log(`--- #${i}: ${txt}\n    FIELDS: ${inputs.join(' ; ')}`);
}
const base = name.replace(/\.\w+$/, '');
await page.screenshot({ path: `/tmp/fresh/${base}-1280.png`, fullPage: false });
for (const [w,h] of [[390,844],[1920,1080]]) {
  await page.setViewportSize({ width: w, height: h });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/fresh/${base}-${w}.png` });
  await fss.first().scrollIntoViewIfNeeded().catch(()=>{});
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/fresh/${base}-${w}-row.png` });
}
fs.writeFileSync(`/tmp/fresh/${base}-body.txt`, await page.locator('body').innerText());
await browser.close();
