import type { RoleRule, Why, YearRule } from '../../draft/structure/reasons.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { MessageKey } from '../../lib/messages.ts'

const roleKeys = {
  lead: 'makerWhyLead',
  section: 'makerWhySection',
  aim: 'makerWhyAim',
  done: 'makerWhyDone',
  paragraph: 'makerWhyParagraph',
  'share-of-plan': 'makerWhyShareOfPlan',
  'plan-level': 'makerWhyPlanLevel',
  'part-of-plan': 'makerWhyPartOfPlan',
  'later-year': 'makerWhyLaterYear',
  'plan-text': 'makerWhyPlanText',
  'results-text': 'makerWhyResultsText',
  deadline: 'makerWhyDeadline',
  span: 'makerWhySpan',
  profile: 'makerWhyProfile',
  property: 'makerWhyProperty',
  elsewhere: 'makerWhyElsewhere',
  'part-of-year': 'makerWhyPartOfYear',
  'plan-parts': 'makerWhyPlanParts',
  'after-list': 'makerWhyAfterList',
  'target-count': 'makerWhyTargetCount',
  'no-words': 'makerWhyNoWords',
  column: 'makerWhyColumn',
} as const satisfies Record<RoleRule, MessageKey>

const yearKeys = {
  written: 'makerWhyYearWritten',
  lead: 'makerWhyYearLead',
  section: 'makerWhyYearSection',
  paragraph: 'makerWhyYearParagraph',
  results: 'makerWhyYearResults',
  'after-compared': 'makerWhyYearAfterCompared',
  'after-results': 'makerWhyYearAfterResults',
  plan: 'makerWhyYearPlan',
  published: 'makerWhyYearPublished',
  base: 'makerWhyYearBase',
  column: 'makerWhyYearColumn',
  none: 'makerWhyYearNone',
} as const satisfies Record<YearRule, MessageKey>

/**
 * The report's words, shortened to what fits a line, from a whole word on: the draft's reason quotes them, never
 * paraphrases, and never from the middle of a word ("…ng của các sản phẩm").
 */
export const shortened = (words: string) =>
  words.length > 70 ? `…${words.slice(-68).replace(/^\S*\s+/u, '')}` : words

/**
 * Why the draft read a figure as a result or a target of its year, in the words of the text that made it. A share of a
 * budget's estimate ("84,3% dự toán") says so, not "kế hoạch".
 */
export function WhyLine({ why, unit }: { why: Why; unit?: string }) {
  const { t } = useI18n()
  const words = (text: string) => ({ words: shortened(text) })
  const roleKey: MessageKey =
    why.role.rule === 'share-of-plan' && unit === 'percent-of-estimate'
      ? 'makerWhyShareOfEstimate'
      : roleKeys[why.role.rule]
  return (
    <p data-testid="figure-why" className="text-muted mt-1 text-sm">
      {t('makerWhy', {
        role: t(roleKey, words(why.role.words)),
        // The same words for both are quoted once.
        year:
          why.year.words === why.role.words && why.year.words !== ''
            ? t('makerWhyYearSameWords')
            : t(yearKeys[why.year.rule], words(why.year.words)),
      })}
    </p>
  )
}
