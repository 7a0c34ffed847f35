import type { Dataset } from '../../dataset/schema.ts'
import { formatAmount, formatDate, formatDateTime } from '../../lib/format.ts'
import type { Language } from '../../lib/language.ts'
import type { Translate } from '../../lib/messages.ts'

type FigureListProps = { dataset: Dataset; language: Language; t: Translate }

export function FigureList({ dataset, language, t }: FigureListProps) {
  const { report } = dataset
  return (
    <main>
      <h1 className="text-2xl font-semibold text-balance">{report.title[language]}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {t('published')} {formatDateTime(report.publishedAt, language)} · {t('meeting')}{' '}
        {formatDate(report.meetingDate, language)} · {report.publisher.name[language]}
      </p>
      <h2 className="mt-6 text-lg font-semibold">{t('figures')}</h2>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {dataset.figures.map((figure) => (
          <li key={figure.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
            <span>{figure.label[language]}</span>
            <span className="font-semibold tabular-nums" data-figure={figure.id}>
              {formatAmount(figure, language)}
            </span>
          </li>
        ))}
      </ul>
    </main>
  )
}
