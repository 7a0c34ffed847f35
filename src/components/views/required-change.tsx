import type { Comparison } from '../../dataset/derive.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { changeLabel } from '../../model/chart-rows.ts'
import type { ViewSize } from './view-size.ts'

const sizeClass: Record<ViewSize, string> = {
  screen: 'mt-2 rounded-md px-3 py-2 text-sm',
  export: 'mb-3 border-l-4 pl-3 text-[18px] leading-snug',
}

/** "Chỉ tiêu 2024 đòi hỏi +57% so với thực hiện 2023", set apart in the target's colour unless it asks less. */
export function RequiredChange({ comparison, size }: { comparison: Comparison; size: ViewSize }) {
  const { language, t } = useI18n()
  const isBelow = comparison.change.isTargetBelowActual
  const colour =
    size === 'screen'
      ? isBelow
        ? 'bg-hover text-fg'
        : 'bg-warning-soft text-warning-strong'
      : isBelow
        ? 'border-muted'
        : 'border-target'
  return (
    <p data-testid="required-change" className={`font-semibold ${sizeClass[size]} ${colour}`}>
      {changeLabel(comparison, language, t)}
    </p>
  )
}
