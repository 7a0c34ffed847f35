import { ReportTitle } from '../views/report-title.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { formatDate } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { sourceLine } from '../../model/place-line.ts'

export function TitleSlide({ dataset, note }: { dataset: Dataset; note?: string | undefined }) {
  const { language, t } = useI18n()
  const { report } = dataset
  return (
    <div className="flex h-full flex-col justify-center px-28">
      <ReportTitle dataset={dataset} size="slide" />
      <div className="bg-accent mt-10 h-2 w-56 rounded" aria-hidden="true" />
      <p className="text-muted mt-10 text-[34px]">
        {report.meetingDate && `${t('meeting')}: ${formatDate(report.meetingDate, language)} · `}
        {sourceLine(report, language)}
      </p>
      {note && <p className="text-muted mt-6 text-[34px]">{note}</p>}
    </div>
  )
}
