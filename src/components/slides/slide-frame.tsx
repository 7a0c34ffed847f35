import type { ReactNode } from 'react'

type SlideFrameProps = {
  title: string
  /** Place, source and date; on an exported slide also the export note. */
  footer: string
  /** "Slide 4/14" while presenting or in a whole-deck export; left out of a lone exported slide. */
  counter?: string | undefined
  children: ReactNode
}

/** Title on top, content in the middle, the source (and, in a deck, the slide number) at the foot. */
export function SlideFrame({ title, footer, counter, children }: SlideFrameProps) {
  return (
    <div className="flex h-full flex-col px-24 pt-16 pb-10">
      <h2 className="text-[60px] leading-tight font-semibold text-balance">{title}</h2>
      <div className="bg-accent mt-3 h-1.5 w-40 rounded" aria-hidden="true" />
      <div className="mt-10 min-h-0 flex-1">{children}</div>
      <div
        data-testid="slide-footer"
        className="border-rule text-muted mt-6 flex items-baseline justify-between gap-10 border-t-2 pt-4 text-[34px]"
      >
        <p>{footer}</p>
        {counter && <p className="shrink-0 tabular-nums">{counter}</p>}
      </div>
    </div>
  )
}
