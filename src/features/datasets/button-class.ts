export const buttonClass =
  'rounded border border-slate-300 bg-white px-3 py-1 text-sm font-semibold hover:bg-slate-100'
