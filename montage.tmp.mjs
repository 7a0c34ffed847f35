// node montage.mjs out.png in1.png in2.png ... : side by side, top aligned, white background
import { PNG } from 'pngjs'
import { readFileSync, writeFileSync } from 'node:fs'
const [out, ...inputs] = process.argv.slice(2)
const imgs = inputs.map((f) => PNG.sync.read(readFileSync(f)))
const W = imgs.reduce((s, i) => s + i.width + 10, 0), H = Math.max(...imgs.map((i) => i.height))
const o = new PNG({ width: W, height: H }); o.data.fill(255)
let x0 = 0
for (const im of imgs) { for (let y = 0; y < im.height; y++) im.data.copy(o.data, (y * W + x0) * 4, y * im.width * 4, (y + 1) * im.width * 4); x0 += im.width + 10 }
writeFileSync(out, PNG.sync.write(o))
