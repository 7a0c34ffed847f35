/**
 * The app's controls, in the palette's tokens (src/index.css): one look for a button everywhere a person works
 * (the export panel, the datasets dialog, the dataset maker), and one for the action that finishes a task.
 */
export const buttonClass =
  'rounded border border-rule bg-surface px-3 py-1.5 text-sm font-semibold text-fg hover:bg-hover disabled:opacity-50'

export const primaryButtonClass =
  'bg-brand rounded px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-strong disabled:opacity-50'
