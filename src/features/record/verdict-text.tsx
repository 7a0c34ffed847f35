import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import type { FollowedTarget } from '../../model/follow-targets.ts'
import { verdictKeys } from '../../model/record.ts'
import type { VerdictReason } from '../../model/verdict.ts'

const reasonKeys: Record<VerdictReason, PlainMessageKey> = {
  units: 'reasonUnits',
  'imprecise-actual': 'reasonImpreciseActual',
  'imprecise-target': 'reasonImpreciseTarget',
  overlap: 'reasonOverlap',
}

const tone = {
  reached: 'bg-emerald-100 text-emerald-950',
  missed: 'bg-red-100 text-red-950',
  'cannot-say': 'bg-slate-100 text-slate-900',
} as const

/** The verdict in words, why where it cannot be given, the report's own words, and a flag where they differ. */
export function VerdictText({ followed }: { followed: FollowedTarget }) {
  const { t } = useI18n()
  const { computed, stated, isDisputed } = followed
  if (!computed) return <span className="text-slate-700">{t('verdictNoResult')}</span>
  return (
    <span className="flex flex-col items-start gap-1">
      <span className={`rounded px-1.5 font-semibold ${tone[computed.verdict]}`}>
        {t(verdictKeys[computed.verdict])}
      </span>
      {computed.reason && <span className="text-slate-700">{t(reasonKeys[computed.reason])}</span>}
      {isDisputed && stated ? (
        <span role="note" className="rounded border border-amber-600 bg-amber-50 px-1.5 text-amber-950">
          ⚠{' '}
          {t('verdictDisputed', {
            stated: t(verdictKeys[stated]),
            computed: t(verdictKeys[computed.verdict]),
          })}
        </span>
      ) : (
        stated && (
          <span className="text-slate-700">{t('verdictStated', { stated: t(verdictKeys[stated]) })}</span>
        )
      )}
    </span>
  )
}
