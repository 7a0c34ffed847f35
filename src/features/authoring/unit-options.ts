import { type Unit, unitCodes, unitInfo } from '../../dataset/units.ts'
import type { Translate } from '../../lib/messages.ts'

/**
 * The units a person may choose for a figure, as the maker's selects list them: none chosen yet, every unit by its
 * words, an index written with no unit, and a unit of the text's own words.
 */
export function unitOptions(t: Translate): { value: Unit | ''; label: string }[] {
  return [
    { value: '', label: t('makerUnitNone') },
    ...unitCodes.map((code) => ({
      value: code,
      label:
        code === 'other' ? t('makerUnitOther') : code === 'index' ? t('makerUnitIndex') : unitInfo(code).vi,
    })),
  ]
}
