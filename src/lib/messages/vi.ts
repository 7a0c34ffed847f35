import { appMessages } from './vi/app.ts'
import { dashboardMessages } from './vi/dashboard.ts'
import { datasetsMessages } from './vi/datasets.ts'
import { deckMessages } from './vi/deck.ts'
import { exportMessages } from './vi/export.ts'
import { makerMessages } from './vi/maker.ts'
import { reportMessages } from './vi/report.ts'

/** Every fixed text of the interface in Vietnamese, the source language: its keys and placeholders rule. */
export const vi = {
  ...appMessages,
  ...reportMessages,
  ...dashboardMessages,
  ...deckMessages,
  ...exportMessages,
  ...datasetsMessages,
  ...makerMessages,
}
