import { describe, expect, it } from 'vitest'
import { falling, fallingText } from '../../e2e/fixtures/falling.ts'
import { isError } from '../dataset/problem.ts'
import { verifyDataset } from '../dataset/verify.ts'

describe('the bad year’s fixture (a fall, a zero, a falling share)', () => {
  it('says only what its text says', () => {
    expect(verifyDataset(falling, fallingText).filter(isError)).toEqual([])
  })
})
