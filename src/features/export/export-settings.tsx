import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { type ExportItem, type Preset, presets } from '../../model/export-items.ts'
import { Choice } from './choice.tsx'
import { type ImageOptions, scales } from './export-files.ts'
import type { Background } from './rasterize.ts'
import { Select } from '../../components/fields.tsx'

type ExportSettingsProps = {
  items: ExportItem[]
  item: ExportItem
  options: ImageOptions
  onSelect: (itemId: string) => void
  onChange: (options: ImageOptions) => void
}

const presetKeys: Record<Preset, PlainMessageKey> = {
  card: 'presetCard',
  slide: 'presetSlide',
  share: 'presetShare',
  page: 'presetPage',
}
const backgroundKeys: Record<Background, PlainMessageKey> = {
  white: 'backgroundWhite',
  transparent: 'backgroundTransparent',
  dark: 'backgroundDark',
}
const backgrounds = Object.keys(backgroundKeys) as Background[]

/** What to export and how its picture looks: the item, its size, sharpness and background. */
export function ExportSettings({ items, item, options, onSelect, onChange }: ExportSettingsProps) {
  const { t } = useI18n()
  return (
    <>
      <label className="flex flex-col gap-1 md:col-span-4">
        <span className="font-semibold">{t('exportItem')}</span>
        <Select
          value={item.id}
          options={items.map(({ id, title }) => ({ value: id, label: title }))}
          onChange={onSelect}
        />
      </label>
      <Choice
        legend={t('exportPreset')}
        name="preset"
        options={item.kind === 'dashboard' ? ['page'] : (Object.keys(presets) as Preset[])}
        value={options.preset}
        label={(preset) => t(presetKeys[preset])}
        onChange={(preset) => onChange({ ...options, preset })}
      />
      <Choice
        legend={t('exportScale')}
        name="scale"
        options={[...scales]}
        value={options.scale}
        label={(scale) => `${scale}×`}
        onChange={(scale) => onChange({ ...options, scale })}
      />
      <Choice
        legend={t('exportBackground')}
        name="background"
        options={backgrounds}
        value={options.background}
        label={(background) => t(backgroundKeys[background])}
        onChange={(background) => onChange({ ...options, background })}
      />
    </>
  )
}
