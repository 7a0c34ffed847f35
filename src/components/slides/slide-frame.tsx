import type { ReactNode } from 'react'

type SlideFrameProps = { title: string; footer: string; children: ReactNode }

/** Title on top, content in the middle, source and slide number at the foot: the same on every slide. */
export function SlideFrame({ title, footer, children }: SlideFrameProps) {
  return (
    <div className="flex h-full flex-col px-24 pt-16 pb-10">
      <h2 className="text-[60px] leading-tight font-semibold text-balance">{title}</h2>
      <div className="mt-3 h-1.5 w-40 rounded bg-(--slide-accent)" aria-hidden="true" />
      <div className="mt-10 min-h-0 flex-1">{children}</div>
      <p className="mt-6 border-t-2 border-(--slide-rule) pt-4 text-[34px] text-(--slide-muted)">{footer}</p>
    </div>
  )
}
