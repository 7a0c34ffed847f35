import { useEffect } from 'react'
import { formatDate } from '../../lib/format.ts'
import type { Work } from '../../draft/work.ts'
import type { WorkAction } from '../../draft/work-actions.ts'
import { draftWork } from './draft-work.ts'

/**
 * A text that names no year of its own (an excerpt of a page) is read again once the person types the date the
 * page shows: the rows still without a year get the year the date implies, with the reason said on each row.
 */
export function useYearsFromDate(work: Work, dispatch: (action: WorkAction) => void) {
  const year = Number(/^\d{4}/u.exec(work.report.publishedDate)?.[0] ?? Number.NaN)
  // "2018-08": a text of a year's second half expects that year's results.
  const month = Number(/^\d{4}-(\d{2})/u.exec(work.report.publishedDate)?.[1] ?? Number.NaN)
  const hasNoYear =
    work.periods.actual === null &&
    work.periods.target === null &&
    work.figures.some((figure) => figure.year === null)
  const { sourceText, sourceFile } = work
  // As the page shows it: "7/2025", not the stored "2025-07".
  const date = work.report.publishedDate
  useEffect(() => {
    if (!hasNoYear || !Number.isFinite(year)) return
    let isCurrent = true
    const words = formatDate(date, 'vi')
    const published = { year, ...(Number.isFinite(month) ? { month } : {}), words }
    void draftWork(sourceText, sourceFile, { published })
      .then((fresh) => {
        if (isCurrent) dispatch({ type: 'years/fill', fresh })
      })
      .catch(() => undefined)
    return () => {
      isCurrent = false
    }
    // Once per year and month typed: the words follow them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year, month, hasNoYear])
}
