import { useI18n } from '../../lib/i18n-context.ts'
import type { FollowedTarget } from '../../model/follow-targets.ts'
import { conflictTexts, reasonText, verdictKeys } from '../../model/record.ts'

const tone = {
  reached: 'bg-success-tint text-success-strong',
  missed: 'bg-danger-tint text-danger-strong',
  'cannot-say': 'bg-hover text-fg',
} as const

/** The verdict in words, why where it cannot be given, the report's own words, and a flag where they differ. */
export function VerdictText({ followed }: { followed: FollowedTarget }) {
  const { language, t } = useI18n()
  const { computed, statedWords, isDisputed } = followed
  if (!computed) return <span className="text-muted">{t('verdictNoResult')}</span>
  const reason = reasonText(followed, language, t)
  return (
    <span className="flex min-w-44 flex-col items-start gap-1">
      <span className={`rounded px-1.5 font-semibold ${tone[computed.verdict]}`}>
        {t(verdictKeys[computed.verdict])}
      </span>
      {reason && <span className="text-muted">{reason}</span>}
      {isDisputed && statedWords ? (
        <span
          role="note"
          className="border-warning-edge bg-warning-soft text-warning-strong rounded border px-1.5"
        >
          ⚠ {t('verdictDisputed', { stated: statedWords, computed: t(verdictKeys[computed.verdict]) })}
        </span>
      ) : (
        statedWords && <span className="text-muted">{t('verdictStated', { stated: statedWords })}</span>
      )}
      {conflictTexts(followed, language, t).map((text) => (
        <span
          key={text}
          role="note"
          className="border-warning-edge bg-warning-soft text-warning-strong rounded border px-1.5"
        >
          ⚠ {text}
        </span>
      ))}
    </span>
  )
}
