// After `vite build` and the SSR build of src/entry-server.tsx: writes the first screen of the bundled
// dataset into dist/index.html, so it paints before any script runs, with the dataset embedded as inert JSON
// and the Vietnamese and Latin font files preloaded. (The app itself starts fetching the chart code at once.)
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist')
const { prerender } = await import(join(root, 'dist-ssr/entry-server.js'))

const index = JSON.parse(readFileSync(join(root, 'data/index.json'), 'utf8'))
const first = index.datasets[0]
const { html, dataset } = await prerender(JSON.parse(readFileSync(join(root, 'data', first.file), 'utf8').normalize('NFC')))

const fonts = readdirSync(join(dist, 'assets')).filter((file) =>
  /^be-vietnam-pro-(vietnamese|latin)-(400|600)-normal-.+\.woff2$/.test(file),
)
const preloads = fonts
  .map((file) => `<link rel="preload" href="/assets/${file}" as="font" type="font/woff2" crossorigin />`)
  .join('\n    ')

// Scripts only from this origin, no inline script, no eval. Inline style attributes stay allowed: the
// prerendered HTML carries React's style props (sizes, chart boxes), which are not code.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  // The PNG export's DOM cloning sets a base URL for the cloned document; it stays on this origin.
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

// JSON inside <script type="application/json"> is never run; escaping "<" keeps "</script>" in a label inert.
const inertJson = JSON.stringify(dataset).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
const page = readFileSync(join(dist, 'index.html'), 'utf8')
  .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`)
  .replace('</head>', `  ${preloads}\n  </head>`)
  .replace(
    '<div id="root"></div>',
    `<div id="root">${html}</div>\n    <script type="application/json" id="bundled-dataset">${inertJson}</script>`,
  )
if (!page.includes('id="bundled-dataset"')) throw new Error('dist/index.html has no <div id="root"></div> to fill')
if (!page.includes('Content-Security-Policy')) throw new Error('dist/index.html has no <meta charset="UTF-8" /> to follow')
writeFileSync(join(dist, 'index.html'), page)
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true })
console.log(`prerendered ${first.file} into dist/index.html (${(html.length / 1024).toFixed(1)} kB of HTML)`)
