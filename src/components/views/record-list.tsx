import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { FollowedTarget } from '../../model/follow-targets.ts'
import { conflictTexts, reasonText, resultText, verdictKeys } from '../../model/record.ts'
import { textTokens } from './view-size.ts'

const ruleColour = {
  reached: 'border-l-actual',
  missed: 'border-l-target',
  'cannot-say': 'border-l-muted',
} as const

/**
 * The year's targets on a slide, each with its verdict, what was set and what was reached; a dispute between
 * the report's words and its numbers is said, never hidden.
 */
export function RecordList({ followed }: { followed: FollowedTarget[] }) {
  const { language, t } = useI18n()
  const tokens = textTokens.slide
  const columns = followed.length <= 2 || followed.length === 4 ? 'grid-cols-2' : 'grid-cols-3'
  return (
    <ul className={`grid gap-x-12 gap-y-10 ${columns}`}>
      {followed.map((f) => {
        const verdict = f.computed?.verdict
        return (
          <li
            key={f.target.id}
            className={`flex flex-col gap-1 ${tokens.item} ${tokens.rule} ${verdict ? ruleColour[verdict] : 'border-l-rule'}`}
          >
            <p className={`${tokens.name} ${tokens.twoLines}`}>{f.indicator.name[language]}</p>
            <p className="text-[52px] leading-tight font-semibold">
              {verdict ? t(verdictKeys[verdict]) : t('verdictNoResult')}
            </p>
            <p className={tokens.note}>
              {t('targetLabel', { year: f.year })}: {formatAmount(f.target, language)}
              {f.actual && (
                <>
                  {' · '}
                  {t('actualLabel', { year: f.year })}: {resultText(f, language, t)}
                </>
              )}
            </p>
            {reasonText(f, language, t) && <p className={tokens.note}>{reasonText(f, language, t)}</p>}
            {f.isDisputed && f.statedWords && (
              <p className={`${tokens.note} font-semibold`}>
                ⚠ {t('verdictStated', { stated: f.statedWords })}
              </p>
            )}
            {conflictTexts(f, language, t).map((text) => (
              <p key={text} className={`${tokens.note} font-semibold`}>
                ⚠ {text}
              </p>
            ))}
          </li>
        )
      })}
    </ul>
  )
}
