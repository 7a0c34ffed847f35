import type { Dataset } from '../../dataset/schema.ts'
import { formatDateTime } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'

export function ClosingSlide({ dataset }: { dataset: Dataset }) {
  const { language, t } = useI18n()
  const { report } = dataset
  return (
    <div className="flex h-full flex-col justify-center gap-6">
      <p className="text-[44px] leading-snug font-semibold text-balance">“{report.title[language]}”</p>
      <p className="text-[36px]">
        {report.publisher.name[language]} ·{' '}
        {report.publishedAt
          ? t('publishedOn', { date: formatDateTime(report.publishedAt, language) })
          : t('publishedUnknown')}
      </p>
      {(report.url ?? report.publisher.url) && (
        <p className="text-accent text-[36px] break-all">{report.url ?? report.publisher.url}</p>
      )}
      {report.author && (
        <p className="text-[34px]">
          {t('author')}: {report.author}
        </p>
      )}
      <p className="text-muted mt-6 max-w-[1500px] text-[34px] leading-snug">{t('closingNote')}</p>
    </div>
  )
}
