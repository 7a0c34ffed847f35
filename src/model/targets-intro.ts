import { targetCounts } from '../dataset/derive.ts'
import type { Dataset } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'
import { placeName } from './place-line.ts'

/**
 * The line over the targets, for the screen and the exports alike. It says the place set N main targets only
 * when the report announces N; an article that lists targets without a count is said to give them, and one that
 * announces 23 and lists 14 says both.
 */
export function targetsIntro(dataset: Dataset, t: Translate, language: Language): string {
  const { listed, announced } = targetCounts(dataset)
  const common = { year: dataset.periods.target, count: listed, place: placeName(dataset.report, language) }
  if (announced === undefined) return t('targetsIntroListed', common)
  if (announced === listed) return t('targetsIntro', common)
  return t('targetsIntroAnnounced', { ...common, announced })
}
