import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('.', import.meta.url).pathname

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.tsx?$/u.test(entry.name) && !/\.test\./u.test(entry.name) ? [path] : []
  })
}

describe('the palette', () => {
  it('is the only source of greys and of the page’s white: components use its tokens, never a raw grey class', () => {
    const raw =
      /(?<![\w-])(?:[a-z-]+:)*(?:text|bg|border|divide|ring|outline|decoration|fill|stroke)-(?:slate|gray|zinc|neutral|stone)-\d{2,3}(?![\w-])|(?<![\w-])bg-white(?![\w/-])/gu
    const found = sources(root).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(raw)].map((match) => `${relative(root, path)}: ${match[0]}`),
    )
    expect(found).toEqual([])
  })

  it('names the app’s states too: errors, warnings, success, focus, a found passage and the presenter’s dark chrome use its tokens, never a raw colour class', () => {
    const raw =
      /(?<![\w-])(?:[a-z-]+:)*(?:text|bg|border|divide|ring|outline|decoration|fill|stroke|from|to|via|shadow|accent|caret)-(?:red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)-\d{2,3}(?![\w-])/gu
    const found = sources(root).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(raw)].map((match) => `${relative(root, path)}: ${match[0]}`),
    )
    expect(found).toEqual([])
  })
})
