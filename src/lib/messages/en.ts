import { appMessages } from './en/app.ts'
import { dashboardMessages } from './en/dashboard.ts'
import { datasetsMessages } from './en/datasets.ts'
import { deckMessages } from './en/deck.ts'
import { exportMessages } from './en/export.ts'
import { makerMessages } from './en/maker.ts'
import { reportMessages } from './en/report.ts'
import { translationOf } from './catalog.ts'
import type { vi } from './vi.ts'

/** The English texts: each area is checked against its Vietnamese area, and the whole against the whole. */
export const en = translationOf<typeof vi>()({
  ...appMessages,
  ...reportMessages,
  ...dashboardMessages,
  ...deckMessages,
  ...exportMessages,
  ...datasetsMessages,
  ...makerMessages,
})
