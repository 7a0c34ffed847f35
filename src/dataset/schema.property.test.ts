import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from './schema.ts'
import { schemaProblems } from './verify.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Key = string | number
type Node = { path: Key[]; value: Json }

const valid = JSON.parse(
  readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8'),
) as Json

/** Keys that schema.ts marks `.optional()`: deleting them can leave a valid dataset. */
const optionalKeys = new Set([
  '$schema',
  'scorecard',
  'targetCount',
  'indicatorId',
  'max',
  'period',
  'changeFrom',
  'partOf',
  'isGrowthRate',
  'point',
])

/** Every field of the dataset at any depth, objects and arrays included, with its path. */
function nodesOf(value: Json, path: Key[] = []): Node[] {
  const children: [Key, Json][] = Array.isArray(value)
    ? value.map((child, i) => [i, child])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : []
  return children.flatMap(([key, child]) => [
    { path: [...path, key], value: child },
    ...nodesOf(child, [...path, key]),
  ])
}

const jsonType = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

const nodes = nodesOf(valid)
/** Only object keys: removing an array element (one figure of 31) leaves a valid dataset. */
/** English may be left out (the English view then shows the Vietnamese, marked), and so may the publisher's link and quote. */
const optionalPaths = new Set(['report.publisher.url', 'report.publisher.quote'])
const requiredKeys = nodes.filter(({ path }) => {
  const key = path.at(-1)
  if (key === 'en' || optionalPaths.has(path.join('.'))) return false
  return typeof key === 'string' && !optionalKeys.has(key)
})

type Corruption = { path: Key[]; replacement: Json | undefined }

/** A value of another JSON type than the one it replaces: no field of the schema takes two types, nor coerces. */
const replacement: fc.Arbitrary<Corruption> = fc.constantFrom(...nodes).chain(({ path, value }) =>
  fc
    .jsonValue({ maxDepth: 1 })
    .filter((candidate) => jsonType(candidate as Json) !== jsonType(value))
    .map((candidate) => ({ path, replacement: candidate as Json })),
)

const deletion: fc.Arbitrary<Corruption> = fc
  .constantFrom(...requiredKeys)
  .map(({ path }) => ({ path, replacement: undefined }))

function corrupt({ path, replacement: value }: Corruption): Json {
  const copy = structuredClone(valid)
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<Key, Json>)[key] ?? null, copy)
  const record = parent as Record<Key, Json>
  const key = path.at(-1) ?? ''
  if (value === undefined) delete record[key]
  else record[key] = value
  return copy
}

describe('the dataset schema rejects a single corruption of the valid dataset at the field corrupted', () => {
  it('starts from a valid dataset', () => {
    expect(datasetSchema.safeParse(valid).success).toBe(true)
    expect(requiredKeys.length).toBeGreaterThan(100)
  })

  it.each([
    ['a value of the wrong type', replacement],
    ['a required key deleted', deletion],
  ])('%s', (_name, corruption) => {
    fc.assert(
      fc.property(corruption, (change) => {
        const parsed = datasetSchema.safeParse(corrupt(change), { reportInput: true })
        expect(parsed.success, JSON.stringify(change)).toBe(false)
        const paths = parsed.success ? [] : schemaProblems(parsed.error).map((problem) => problem.path)
        expect(paths).toContain(change.path.join('.'))
      }),
      { numRuns: 300 },
    )
  })
})
