import type { Dataset } from '../../dataset/schema.ts'
import { FoldButton, useFold } from '../../components/fold.tsx'
import { TargetList } from '../../components/views/target-list.tsx'
import type { TargetEntry } from '../../dataset/derive.ts'
import type { Field } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { fieldKeys } from '../../model/field-labels.ts'

type TargetGroupProps = {
  field: Field
  entries: TargetEntry[]
  periods: Dataset['periods']
  isFoldable: boolean
}

/** A field's targets under its name and count: six of them until the reader asks for all, where there are many. */
export function TargetGroup({ field, entries, periods, isFoldable }: TargetGroupProps) {
  const { t } = useI18n()
  const fold = useFold(entries, isFoldable ? 6 : Infinity)
  return (
    <div className="mt-5">
      <h3 className="text-fg text-lg font-semibold">
        {t(fieldKeys[field])} <span className="text-muted font-normal">({entries.length})</span>
      </h3>
      <div className="mt-2">
        <TargetList entries={fold.shown} periods={periods} size="screen" />
      </div>
      {fold.isFoldable && (
        <FoldButton
          isOpen={fold.isOpen}
          onToggle={fold.toggle}
          openLabel={t('targetsSeeAll', {
            count: entries.length,
            field: t(fieldKeys[field]).toLocaleLowerCase(),
          })}
          closeLabel={t('seeFewer')}
        />
      )}
    </div>
  )
}
