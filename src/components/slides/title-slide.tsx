import type { Dataset } from '../../dataset/schema.ts'
import { formatDate } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { placeLine } from '../../model/place-line.ts'

export function TitleSlide({ dataset, note }: { dataset: Dataset; note?: string | undefined }) {
  const { language, t } = useI18n()
  const { report, periods } = dataset
  const place = placeLine(report, language, t)
  return (
    <div className="flex h-full flex-col justify-center px-28">
      <p className="text-[40px] font-semibold tracking-wide text-(--slide-accent) uppercase">{place}</p>
      <h1 className="mt-6 text-[80px] leading-[1.15] font-semibold text-balance">{report.title[language]}</h1>
      <div className="mt-10 h-2 w-56 rounded bg-(--slide-accent)" aria-hidden="true" />
      <p className="mt-10 text-[44px]">
        {t('periodsLine', { actual: periods.actual, target: periods.target })}
      </p>
      <p className="mt-6 text-[34px] text-(--slide-muted)">
        {report.meetingDate && `${t('meeting')}: ${formatDate(report.meetingDate, language)} · `}
        {report.publisher.name[language]}, {formatDate(report.publishedAt, language)}
      </p>
      {note && <p className="mt-6 text-[34px] text-(--slide-muted)">{note}</p>}
    </div>
  )
}
