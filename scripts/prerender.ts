// After `vite build` and the SSR build of src/entry-server.tsx: writes the first screen of the bundled
// dataset into the built index.html, so it paints before any script runs, with the dataset embedded as
// inert JSON, and a strict Content-Security-Policy.
//   default: dist/index.html and dist/en.html, the styles and the early script inline (the script allowed by its
//            hash), so the first paint waits for no other file; the app's code loads after it (src/main.tsx);
//   --single: dist-single/index.html, one self-contained file for file://, the report text embedded too.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { embeddedData, oneFileMarks, oneFileTemplateName } from '../src/data/one-file-page.ts'
import type * as EntryServer from '../src/entry-server.tsx'

const isSingle = process.argv.includes('--single')
const root = resolve(import.meta.dirname, '..')
const dist = join(root, isSingle ? 'dist-single' : 'dist')
// The SSR build of src/entry-server.tsx, typed by its source.
const { prerender } = (await import(join(root, 'dist-ssr/entry-server.js'))) as typeof EntryServer

const index = JSON.parse(readFileSync(join(root, 'data/index.json'), 'utf8')) as {
  datasets: { file: string }[]
}
const first = index.datasets[0]
if (!first) throw new Error('data/index.json lists no dataset')
const json: unknown = JSON.parse(readFileSync(join(root, 'data', first.file), 'utf8').normalize('NFC'))
const { html, dataset } = await prerender(json)
// The English page too, shown instead when the link says ?lang=en (public/early.js).
const { html: englishHtml } = await prerender(json, '?lang=en')

const sourceText = isSingle
  ? readFileSync(join(root, 'data', dataset.report.sourceFile), 'utf8').normalize('NFC')
  : null
const embedded = embeddedData(
  dataset,
  sourceText === null ? undefined : { file: dataset.report.sourceFile, text: sourceText },
)

// An inline script that contains "<!--" or "<script" would make the HTML parser end it somewhere else
// (or not at all); written as \x3C they mean the same inside the strings and regular expressions they sit in.
const built = readFileSync(join(dist, 'index.html'), 'utf8').replace(
  /(<script type="module"[^>]*>)([\s\S]*?)(<\/script>)/,
  (_whole, open: string, code: string, close: string) =>
    open + code.replace(/<(!--|\/?script)/gi, '\\x3C$1') + close,
)
/** Inserts at the last occurrence of `marker`: an inlined script in <head> may contain the same text. */
const insertAtLast = (text: string, marker: string, replacement: string) => {
  const at = text.lastIndexOf(marker)
  if (at < 0) throw new Error(`${dist}/index.html has no ${marker}`)
  return text.slice(0, at) + replacement + text.slice(at + marker.length)
}
const placeholder = '__CONTENT_SECURITY_POLICY__'

/**
 * One page of the build: the first screen in one language in #root. The single file keeps the English copy too,
 * hidden, for file:// has no second document to go to; a served build writes one document per language
 * (index.html, en.html), so a visitor parses one page (public/early.js goes to the other for a link that asks).
 */
function pageFor(language: 'vi' | 'en', rootHtml: string, englishCopy?: string, data = embedded): string {
  let page = built.replace(isSingle ? /\s*<link rel="manifest"[^>]*>/ : /(?!)/, '') // no manifest on a USB stick
  // One file means one: the icon goes inline too, or a page sent on its own asks the disk for a file beside it.
  if (isSingle)
    page = page.replace(
      /(<link rel="icon" href=")\.?\/favicon\.svg"/,
      (_whole, open: string) =>
        `${open}data:image/svg+xml;base64,${readFileSync(join(root, 'public/favicon.svg')).toString('base64')}"`,
    )
  page = page.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${placeholder}" />`,
  )
  if (!isSingle)
    page = page.replace('<html lang="vi">', `<html lang="${language}" data-language-page="${language}">`)
  // No font is preloaded: with the styles inline, the fonts are asked for as the page is first laid out, and a
  // preload would put them before the first paint on a slow line (text shows at once in the fallback, then swaps).
  page = insertAtLast(page, '<div id="root"></div>', `<div id="root">${rootHtml}</div>`)
  page = insertAtLast(
    page,
    '<div id="root-en" hidden></div>',
    `${englishCopy === undefined ? '' : `<div id="root-en" hidden>${englishCopy}</div>\n    `}${data}`,
  )
  // The script that must run before the first paint goes inline, allowed by its hash: the single file opens from
  // disk, where /early.js is not found, and a served page paints a round trip sooner without a blocking request.
  page = page.replace(
    /<script src="\.?\/early\.js"><\/script>/,
    // A function, not a string: "$'" in the script would otherwise insert the rest of the page.
    () => `<script>${readFileSync(join(root, 'public/early.js'), 'utf8').trim()}</script>`,
  )
  // So do the styles (the policy allows inline styles): the first paint waits for no other file.
  if (!isSingle)
    page = page.replace(
      /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/,
      (_whole, file: string) => `<style>${readFileSync(join(dist, file), 'utf8').trim()}</style>`,
    )

  // Scripts only from this origin (or, in the single file, its inline script by hash, taken from the final
  // page), no eval. Inline style attributes stay allowed: the prerendered HTML carries React's style props.
  const inlineScripts = [
    ...page.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((match) => match[1] ?? '')
    .filter((code) => code.trim() !== '')
  const scriptSources = [
    "'self'",
    ...inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`),
  ]
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
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
  page = page.replace(placeholder, contentSecurityPolicy)
  if (!page.includes(data)) throw new Error(`${dist}/index.html has no <div id="root"></div> to fill`)
  if (!page.includes('Content-Security-Policy'))
    throw new Error(`${dist}/index.html has no <meta charset="UTF-8" /> to follow`)
  return page
}

if (isSingle) {
  writeFileSync(join(dist, 'index.html'), pageFor('vi', html, englishHtml))
  // The same page with marks where a dataset goes: the served app fills them to download a one-file page of any
  // dataset it has (src/data/one-file-page.ts).
  const served = join(root, 'dist')
  if (existsSync(served))
    writeFileSync(
      join(served, oneFileTemplateName),
      pageFor('vi', oneFileMarks.vietnamese, oneFileMarks.english, oneFileMarks.data),
    )
} else {
  writeFileSync(join(dist, 'index.html'), pageFor('vi', html))
  writeFileSync(join(dist, 'en.html'), pageFor('en', englishHtml))
}
if (isSingle && existsSync(join(dist, 'assets')))
  rmSync(join(dist, 'assets'), { recursive: true, force: true })
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true })
console.log(
  `prerendered ${first.file} into ${dist}/index.html (${(html.length / 1024).toFixed(1)} kB of HTML)`,
)
