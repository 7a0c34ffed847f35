import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { datasetJsonSchema } from './json-schema.ts'

it('data/dataset.schema.json is generated from the zod schema (run `npm run schema:json` after changing it)', () => {
  const committed = readFileSync(new URL('../../data/dataset.schema.json', import.meta.url), 'utf8')
  expect(committed).toBe(datasetJsonSchema())
})
