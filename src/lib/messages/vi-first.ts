import { appMessages as appVi } from './vi/app.ts'
import { dashboardMessages as dashboardVi } from './vi/dashboard.ts'
import { datasetsMessages as datasetsVi } from './vi/datasets.ts'
import { deckMessages as deckVi } from './vi/deck.ts'
import { exportMessages as exportVi } from './vi/export.ts'
import { recordMessages as recordVi } from './vi/record.ts'
import { reportMessages as reportVi } from './vi/report.ts'

/**
 * The Vietnamese texts a page may show before the dataset maker is opened: all but the maker's, which its own code
 * brings (`src/features/authoring/maker-messages.ts`), so that the dashboard's first screen does not carry them.
 */
export const viFirst = {
  ...appVi,
  ...reportVi,
  ...dashboardVi,
  ...deckVi,
  ...exportVi,
  ...datasetsVi,
  ...recordVi,
}
