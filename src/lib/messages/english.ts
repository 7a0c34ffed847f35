import type { vi } from './languages.ts'
import { appMessages as appEn } from './en/app.ts'
import { dashboardMessages as dashboardEn } from './en/dashboard.ts'
import { datasetsMessages as datasetsEn } from './en/datasets.ts'
import { deckMessages as deckEn } from './en/deck.ts'
import { exportMessages as exportEn } from './en/export.ts'
import { makerMessages as makerEn } from './en/maker.ts'
import { recordMessages as recordEn } from './en/record.ts'
import { reportMessages as reportEn } from './en/report.ts'
import { translationOf } from './catalog.ts'

/**
 * The English texts: each area is checked against its Vietnamese area, and the whole against the whole. Loaded only
 * when an English page or a text in both languages needs it (`loadLanguage` in src/lib/messages.ts,
 * src/lib/messages/both-languages.ts): a Vietnamese page never fetches it.
 */
export const en = translationOf<typeof vi>()({
  ...appEn,
  ...reportEn,
  ...dashboardEn,
  ...deckEn,
  ...exportEn,
  ...datasetsEn,
  ...makerEn,
  ...recordEn,
})
