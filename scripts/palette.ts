import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const css = readFileSync(resolve(import.meta.dirname, '../src/index.css'), 'utf8')

/**
 * A colour of the app's one palette (`--color-brand` in src/index.css), for what lives outside the page:
 * the manifest and the browser's theme colour.
 */
export function paletteColour(name: string): string {
  const match = new RegExp(`--color-${name}:\\s*(#[0-9a-f]{3,8})\\s*;`, 'iu').exec(css)
  if (!match?.[1]) throw new Error(`src/index.css defines no --color-${name}`)
  return match[1]
}
