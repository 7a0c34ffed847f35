import { describe, expect, it } from 'vitest'
import { chunk, chunkEvenly } from './chunk.ts'

const lengths = (runs: unknown[][]) => runs.map((run) => run.length)
const items = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('chunkEvenly', () => {
  it.each<[number, number, number[]]>([
    [7, 6, [4, 3]],
    [13, 9, [7, 6]],
    [12, 6, [6, 6]],
    [1, 6, [1]],
    [0, 6, []],
    [20, 6, [5, 5, 5, 5]],
  ])('%i items, at most %i a run: %j', (n, size, expected) => {
    const runs = chunkEvenly(items(n), size)
    expect(lengths(runs)).toEqual(expected)
    // As few runs as six a slide would make, every item once and in order.
    expect(runs.length).toBe(chunk(items(n), size).length)
    expect(runs.flat()).toEqual(items(n))
  })
})
