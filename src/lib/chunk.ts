/** The items in runs of `size`, in order: a slide's worth at a time. */
export const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

/**
 * The items in as few runs of at most `size` as `chunk` makes, their lengths as even as can be: 7 cards six to a slide
 * are 4 + 3, not 6 + 1 (a slide with a lone card).
 */
export const chunkEvenly = <T>(items: T[], size: number): T[][] =>
  items.length === 0 ? [] : chunk(items, Math.ceil(items.length / Math.ceil(items.length / size)))
