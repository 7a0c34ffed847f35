export type Action = { label: string; run: () => Promise<unknown> }

type ActionButtonsProps = { actions: Action[]; isBusy: boolean; className: string }

const buttonClass =
  'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-50'

/** A row of export actions; all wait while one is running. */
export function ActionButtons({ actions, isBusy, className }: ActionButtonsProps) {
  return (
    <div className={className}>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className={buttonClass}
          disabled={isBusy}
          onClick={() => void action.run()}
        >
          {action.label}
        </button>
      ))}
    </div>
  )
}
