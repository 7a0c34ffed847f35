/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { readdirSync, readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { paletteColour } from './scripts/palette.ts'

// Datasets and their source texts are fetched at run time from /data/, in dev and in the build alike.
// `--mode single` instead makes one self-contained HTML file (code, styles and fonts inlined) for file://;
// scripts/prerender.ts then embeds the bundled dataset and its source text in it.
// The dev server serves data/ from the project root as it is; the build copies its datasets and texts to
// dist/data/. (Written here rather than with vite-plugin-static-copy, whose version for Vite 8 needs Node 22.)
/** The browser's theme colour is the palette's brand colour, read from src/index.css. */
function themeColour(): Plugin {
  return {
    name: 'theme-colour',
    transformIndexHtml: (html) => html.replace('%BRAND_COLOUR%', paletteColour('brand')),
  }
}

function copyData(): Plugin {
  return {
    name: 'copy-data',
    apply: (config) => !config.build?.ssr,
    generateBundle() {
      for (const file of readdirSync('data').filter((name) => /\.(json|txt)$/u.test(name))) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(`data/${file}`) })
      }
    },
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), themeColour(), mode === 'single' ? viteSingleFile() : copyData()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    environment: 'node',
  },
}))
