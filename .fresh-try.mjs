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
  if (await tb.count()) console.log('TEXTBOX VALUE AFTER FILE:\n' + await tb.inputValue()); else console.log('NO TEXTBOX after file');
  await page.screenshot({ path: '/tmp/fresh/reportC-afterfile.png' });
  const btn = page.getByRole('button', { name: 'Tìm các số liệu' });
  if (await btn.isVisible().catch(()=>false)) await btn.click().catch(e=>console.log('no click', e.message));
} else {
  await page.getByRole('textbox', { name: 'Văn bản báo cáo' }).fill(fs.readFileSync('/tmp/fresh/' + name, 'utf8'));
  await page.getByRole('button', { name: 'Tìm các số liệu' }).click();
}
await page.waitForTimeout(1500);
const fss = page.locator('fieldset[data-figure-key]');
const n = await fss.count();
console.log('ROWS', n);
const rows = await fss.evaluateAll(fs => fs.map(f => {
  const g = id => { const e = f.querySelector(`[id$="-${id}"]`); if (!e) return ''; return e.tagName==='SELECT' ? e.options[e.selectedIndex]?.text : e.value; };
  const val = f.getAttribute('data-value-text');
  const quote = f.querySelector('p.text-fg')?.textContent || '';
  const why = f.querySelector('[data-testid="figure-why"]')?.textContent || '';
  const read = [...f.querySelectorAll('span')].find(s=>s.textContent.startsWith('Giá trị đọc được'))?.textContent || '';
  return `[${val}] ${g('row')} | năm=${g('year')} | đv=${g('unit')} | tên=${g('label')} | chỉtiêu=${g('indicator')} | ${g('comparator')} | so với=${g('changeFrom')}\n      quote: ${quote}\n      ${why}  /  ${read}`;
}));
rows.forEach((r,i)=>console.log(`#${i} ${r}`));
for (const lab of ['Mã bộ số liệu','Năm kết quả','Năm chỉ tiêu','Kết quả của phần nào trong năm','Tiêu đề','Địa phương','Loại (thành phố, huyện…)','Tỉnh']) {
  const v = await page.getByLabel(lab, { exact: true }).first().inputValue().catch(e=>'ERR');
  console.log('FORM', lab, '=', JSON.stringify(v));
}
const summary = await page.getByText(/Đã nhận \d+/).first().textContent().catch(()=> '');
console.log('SUMMARY', summary);
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
