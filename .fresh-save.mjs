import { chromium } from '@playwright/test';
import fs from 'fs';
const [,, name] = process.argv;
const base = name.replace(/\.\w+$/, '');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', e => console.log('PAGEERROR', e.message));
await page.goto('http://127.0.0.1:4600/');
await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click();
await page.getByRole('button', { name: 'Tạo từ văn bản báo cáo' }).click();
await page.getByRole('textbox', { name: 'Văn bản báo cáo' }).fill(fs.readFileSync('/tmp/fresh/' + name, 'utf8'));
await page.getByRole('button', { name: 'Tìm các số liệu' }).click();
await page.waitForTimeout(800);
await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click();
await page.waitForTimeout(500);
const place = { 'Địa phương': 'Sông Mây', 'Loại (thành phố, huyện…)': 'huyện', 'Tỉnh': 'Lam Sơn', 'Nơi đăng': 'Cổng thông tin điện tử huyện Sông Mây' };
for (const [k,v] of Object.entries(place)) await page.getByLabel(k, { exact: true }).first().fill(v);
await page.waitForTimeout(500);
const todo = page.getByText('Những việc còn phải làm');
const sec = await page.locator('section, div').filter({ has: page.getByText('Những việc còn phải làm', {exact:false}) }).last().innerText().catch(()=> 'n/a');
console.log('TODO:\n' + sec);
// Indicator section
const ind = await page.getByRole('heading', { name: 'Chỉ tiêu', exact: true }).locator('xpath=..').innerText().catch(()=> 'n/a');
console.log('INDICATORS SECTION:\n' + ind.slice(0, 4000));
const sels = page.locator('select').filter({ has: page.locator('option', { hasText: 'Kinh tế – ngân sách' }) });
const nS = await sels.count();
for (let i = 0; i < nS; i++) { const v = await sels.nth(i).inputValue(); const t = await sels.nth(i).evaluate(e=>e.options[e.selectedIndex].text); console.log('Lĩnh vực', i, t); if (!v) await sels.nth(i).selectOption({ label: 'Văn hóa – xã hội' }); }
const dirs = page.locator('select').filter({ has: page.locator('option', { hasText: 'Cao hơn là tốt' }) });
for (let i = 0; i < await dirs.count(); i++) console.log('Hướng tốt', i, await dirs.nth(i).evaluate(e=>e.options[e.selectedIndex].text));
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/fresh/${base}-save-1280.png`, fullPage: true });
await page.getByRole('button', { name: 'Lưu và mở' }).first().click();
await page.waitForTimeout(2000);
console.log('URL', page.url());
fs.writeFileSync(`/tmp/fresh/${base}-dashboard.txt`, await page.locator('body').innerText());
await page.screenshot({ path: `/tmp/fresh/${base}-dashboard-1280.png`, fullPage: true });
for (const [w,h] of [[390,844],[1920,1080]]) { await page.setViewportSize({ width: w, height: h }); await page.waitForTimeout(500); await page.screenshot({ path: `/tmp/fresh/${base}-dashboard-${w}.png`, fullPage: true }); await page.screenshot({ path: `/tmp/fresh/${base}-dashboard-${w}-top.png` }); }
await page.setViewportSize({ width: 1280, height: 800 });
for (const n of ['Chỉ tiêu 2025', 'Tất cả chỉ tiêu']) {
  const l = page.getByRole('link', { name: n, exact: true }).or(page.getByRole('button', { name: n, exact: true })).or(page.getByRole('tab', { name: n, exact: true })).first();
  await l.click().catch(e=>console.log('click fail', n, e.message.slice(0,200)));
  await page.waitForTimeout(800);
  console.log('==== ' + n + ' URL ' + page.url());
  fs.writeFileSync(`/tmp/fresh/${base}-dashboard-${n.replace(/ /g,'_')}.txt`, await page.locator('main').innerText().catch(()=>page.locator('body').innerText()));
  await page.screenshot({ path: `/tmp/fresh/${base}-dashboard-${n.replace(/ /g,'_')}.png` });
}
await browser.close();
