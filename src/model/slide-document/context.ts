import type { Dataset } from '../../dataset/schema.ts'
import type { Language } from '../../lib/language.ts'
import type { Translate } from '../../lib/messages.ts'

/** What a document's slides are written from: the dataset, the language, and the export note for the foot. */
export type DocumentContext = { dataset: Dataset; language: Language; t: Translate; note: string }
