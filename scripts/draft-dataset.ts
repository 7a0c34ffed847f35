import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { draftDataset } from '../src/draft/draft-dataset.ts'
import { summarizeDraft } from '../src/draft/draft-summary.ts'

// Usage: npx tsx scripts/draft-dataset.ts path/to/report.txt [--out draft.json]
const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex >= 0 ? args[outIndex + 1] : undefined
const input = args.find((arg, i) => !arg.startsWith('--') && (outIndex < 0 || i !== outIndex + 1))
if (!input || (outIndex >= 0 && !out)) {
  console.error('Usage: tsx scripts/draft-dataset.ts path/to/report.txt [--out draft.json]')
  process.exit(2)
}

const text = readFileSync(input, 'utf8').normalize('NFC')
const draft = draftDataset(text, basename(input))
const json = `${JSON.stringify(draft, null, 2)}\n`
if (out) writeFileSync(out, json)
else process.stdout.write(json)
for (const line of summarizeDraft(draft)) console.error(line)
if (out) console.error(`  written to ${out}; the full TODO list is in "draft.todo"`)
