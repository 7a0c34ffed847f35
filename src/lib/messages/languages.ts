import { appMessages as appVi } from './vi/app.ts'
import { dashboardMessages as dashboardVi } from './vi/dashboard.ts'
import { datasetsMessages as datasetsVi } from './vi/datasets.ts'
import { deckMessages as deckVi } from './vi/deck.ts'
import { exportMessages as exportVi } from './vi/export.ts'
import { makerMessages as makerVi } from './vi/maker.ts'
import { recordMessages as recordVi } from './vi/record.ts'
import { reportMessages as reportVi } from './vi/report.ts'

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
