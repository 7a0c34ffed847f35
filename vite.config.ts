/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { viteStaticCopy } from 'vite-plugin-static-copy'

// Datasets and their source texts are fetched at run time from /data/, in dev and in the build alike.
// `--mode single` instead makes one self-contained HTML file (code, styles and fonts inlined) for file://;
// scripts/prerender.ts then embeds the bundled dataset and its source text in it.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    mode === 'single' ? viteSingleFile() : viteStaticCopy({ targets: [{ src: 'data/*.{json,txt}', dest: '.' }] }),
  ],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
}))
