/** "Tổng thu ngân sách" → "tong-thu-ngan-sach": ASCII for file names, diacritics dropped, đ → d. */
export function slugify(text: string, maxLength = 40): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= maxLength) return ascii
  const cut = ascii.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/g, '')
}

type FileNameParts = {
  datasetId: string
  item: string
  /** More about the item, each its own part: the slides' runs ("2-4", "7"). */
  details?: string[]
  preset?: string
  scale?: number
  extension: string
}

/** `dong-ha-2024_tong-thu-ngan-sach_2x.png`: the dataset, the item, then the preset and scale when they apply. */
export function exportFileName({
  datasetId,
  item,
  details = [],
  preset,
  scale,
  extension,
}: FileNameParts): string {
  const parts = [slugify(datasetId, 60), slugify(item), ...details.map((detail) => slugify(detail))]
  if (preset) parts.push(slugify(preset))
  if (scale !== undefined) parts.push(`${scale}x`)
  return `${parts.filter(Boolean).join('_')}.${extension}`
}
