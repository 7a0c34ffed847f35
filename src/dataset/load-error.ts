import type { Problem } from './verify.ts'

/** Why a dataset could not be shown, in terms a reader can act on. */
export type LoadFailure =
  | { kind: 'network'; url: string }
  /** `url` holds the dataset id that is neither bundled nor opened in this browser. */
  | { kind: 'unknown'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'html'; url: string }
  /** Empty, or a syntax mistake at a line and column where the parser says where. */
  | { kind: 'not-json'; url: string; detail: 'empty' | 'syntax'; line?: number; column?: number }
  /** Files were chosen, and none of them is a dataset's .json. */
  | { kind: 'no-json'; url: string }
  | { kind: 'schema'; url: string; problems: Problem[] }

export class DatasetLoadError extends Error {
  readonly failure: LoadFailure
  constructor(failure: LoadFailure) {
    super(`${failure.kind}: ${failure.url}`)
    this.name = 'DatasetLoadError'
    this.failure = failure
  }
}
