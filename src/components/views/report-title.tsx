import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { placeLine } from '../../model/place-line.ts'
import { periodsLine } from '../../model/period-words.ts'
import type { ViewSize } from './view-size.ts'

const classes = {
  screen: { place: 'text-sm', title: 'mt-1 text-2xl sm:text-3xl', periods: 'mt-2 text-base text-muted' },
  export: { place: 'text-[20px]', title: 'mt-2 text-[40px] leading-tight', periods: 'mt-3 text-[22px]' },
} as const satisfies Record<ViewSize, Record<string, string>>

/** The place, the report's title and the years it compares: the head of the dashboard and the title slide. */
export function ReportTitle({ dataset, size }: { dataset: Dataset; size: ViewSize }) {
  const { language, t } = useI18n()
  const { report } = dataset
  const sized = classes[size]
  const periods = periodsLine(dataset, t, language)
  return (
    <>
      <p className={`${sized.place} text-accent font-semibold tracking-wide uppercase`}>
        {placeLine(report, language, t)}
      </p>
      <h1 className={`${sized.title} font-semibold text-balance`}>{report.title[language]}</h1>
      {periods && <p className={sized.periods}>{periods}</p>}
    </>
  )
}
