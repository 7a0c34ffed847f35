import { appMessages as appVi } from './vi/app.ts'
import { dashboardMessages as dashboardVi } from './vi/dashboard.ts'
import { datasetsMessages as datasetsVi } from './vi/datasets.ts'
import { deckMessages as deckVi } from './vi/deck.ts'
import { exportMessages as exportVi } from './vi/export.ts'
import { makerMessages as makerVi } from './vi/maker.ts'
import { recordMessages as recordVi } from './vi/record.ts'
import { reportMessages as reportVi } from './vi/report.ts'
import { appMessages as appEn } from './en/app.ts'
import { dashboardMessages as dashboardEn } from './en/dashboard.ts'
import { datasetsMessages as datasetsEn } from './en/datasets.ts'
import { deckMessages as deckEn } from './en/deck.ts'
import { exportMessages as exportEn } from './en/export.ts'
import { makerMessages as makerEn } from './en/maker.ts'
import { recordMessages as recordEn } from './en/record.ts'
import { reportMessages as reportEn } from './en/report.ts'
import { translationOf } from './catalog.ts'

/** Every fixed text of the interface in Vietnamese, the source language: its keys and placeholders rule. */
export const vi = {
  ...appVi,
  ...reportVi,
  ...dashboardVi,
  ...deckVi,
  ...exportVi,
  ...datasetsVi,
  ...makerVi,
  ...recordVi,
}

/** The English texts: each area is checked against its Vietnamese area, and the whole against the whole. */
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
