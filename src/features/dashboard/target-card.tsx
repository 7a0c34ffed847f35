import { FigureValue } from '../../components/figure-value.tsx'
import type { TargetEntry } from '../../dataset/derive.ts'
import { comparatorSign, comparatorWords } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type TargetCardProps = { entry: TargetEntry; actualYear: number }

export function TargetCard({ entry, actualYear }: TargetCardProps) {
  const { language, t } = useI18n()
  const { target, indicator, actual } = entry
  const isLower = indicator.better === 'lower'
  return (
    <li
      data-target-id={target.id}
      className={`flex flex-col gap-1 rounded-xl border bg-white p-4 ${isLower ? 'border-l-4 border-violet-400' : 'border-slate-200'}`}
    >
      <p className="text-sm font-semibold text-balance text-slate-800">{indicator.name[language]}</p>
      <p className="flex flex-wrap items-baseline gap-x-2 text-2xl font-semibold">
        <FigureValue figure={target} />
      </p>
      <p className="text-sm text-slate-700">
        {target.comparator !== 'exact' && (
          <span
            className="mr-1 inline-block min-w-5 rounded bg-slate-100 px-1 text-center font-semibold"
            aria-hidden="true"
          >
            {comparatorSign(target.comparator)}
          </span>
        )}
        {comparatorWords(target.comparator, language)}
      </p>
      <p className="text-sm text-slate-700">
        {actual ? (
          <>
            {t('actualWhereKnown', { year: actual.period?.year ?? actualYear })}{' '}
            <FigureValue figure={actual} className="font-semibold" isRepeat />
          </>
        ) : (
          <span className="text-slate-600">{t('noActual', { year: actualYear })}</span>
        )}
      </p>
      {indicator.better !== 'neither' && (
        <p className={`mt-auto text-sm font-semibold ${isLower ? 'text-violet-800' : 'text-slate-600'}`}>
          {t(indicator.better === 'lower' ? 'betterLower' : 'betterHigher')}
        </p>
      )}
    </li>
  )
}
