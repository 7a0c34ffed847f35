import { afterEach, describe, expect, it, vi } from 'vitest'
import { type BadDataset, badDatasets } from '../../e2e/fixtures/bad-datasets.ts'
import { fetchBody } from '../data/fetch-json.ts'
import { parseDataset } from '../data/parse-dataset.ts'
import { DatasetLoadError, type LoadFailure } from './load-error.ts'

/** The error panel lists this many problems: the one that names the field must be among them. */
const shownProblems = 20

/** Runs the app's own boundary (size check, JSON.parse, schema) on a body served by a stubbed fetch. */
async function load(body: string): Promise<LoadFailure | null> {
  vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'application/json' } }))
  try {
    await parseDataset(await fetchBody('/data/bad.json'), '/data/bad.json')
    return null
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.failure
    throw error
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const cases = badDatasets.map((entry) => [entry.name, entry] as const)

describe('the corpus of bad datasets', () => {
  it('has enough cases, each named once', () => {
    expect(badDatasets.length).toBeGreaterThanOrEqual(32)
    expect(new Set(badDatasets.map((entry) => entry.name)).size).toBe(badDatasets.length)
  })

  it.each(cases)('%s', async (_name, entry: BadDataset) => {
    const failure = await load(entry.body)
    if (entry.isAccepted) {
      expect(failure).toBeNull()
      return
    }
    if (entry.expectedPath === null) {
      expect(['not-json', 'html']).toContain(failure?.kind)
      return
    }
    if (failure?.kind !== 'schema')
      throw new Error(`expected schema problems, got ${JSON.stringify(failure)}`)
    const index = failure.problems.findIndex(
      (problem) => problem.path.startsWith(entry.expectedPath ?? '') && entry.expectedVi.test(problem.vi),
    )
    expect(index, JSON.stringify(failure.problems.slice(0, 5), null, 1)).toBeGreaterThanOrEqual(0)
    expect(index).toBeLessThan(shownProblems)
    for (const problem of failure.problems) {
      expect(problem.vi.trim()).not.toBe('')
      expect(problem.en.trim()).not.toBe('')
    }
  })

  it('does not let a __proto__ key reach the prototype', async () => {
    const entry = badDatasets.find((candidate) => candidate.body.includes('"__proto__"'))
    expect(entry).toBeDefined()
    expect(await load(entry?.body ?? '')).toBeNull()
    expect(({} as Record<string, unknown>).isPolluted).toBeUndefined()
  })
})
