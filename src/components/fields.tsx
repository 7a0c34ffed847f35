import { type MouseEvent, type ReactNode, useId, useState } from 'react'

/**
 * The app's fields, in the palette's tokens (src/index.css): one look for every one-line field, choice and
 * yes-or-no, wherever a person types or picks (the filter bar, the export panel, the record, the dataset maker).
 */

/** Every one-line field and choice: one edge, one surface, one padding. */
// 16 px text and one height: a phone's browser zooms into a field whose text is smaller.
export const fieldClass =
  'h-9 w-full min-w-0 rounded border border-strong bg-surface px-2 text-base font-normal text-fg'
const labelClass = 'flex min-w-0 flex-col gap-0.5 text-sm font-semibold'
const checkboxClass = 'size-4 shrink-0 accent-brand'

type TextFieldProps = {
  label: string
  value: string
  onChange: (value: string) => void
  lang?: string
  type?: string
  isNumeric?: boolean
  list?: string
  className?: string
  /** The id a problem's link focuses. */
  id?: string
  /** A short note under the field (how to write a date). */
  hint?: string
}

/** A labelled one-line field: every text, year and date the dataset maker asks for. */
export function TextField({
  label,
  value,
  onChange,
  lang,
  type = 'text',
  isNumeric,
  list,
  className = '',
  id,
  hint,
}: TextFieldProps) {
  // The hint describes the field without being part of its name. The same elements whether a hint shows or not: a
  // hint that appears as the person types (the title's "from the text") must not replace the input under the cursor.
  const hintId = useId()
  // What the person typed stays under the cursor: a list drawn from a deferred copy of the work (the maker's rows)
  // hands back, a moment late, a value this field sent a keystroke ago, which would undo the keystrokes since (letters
  // lost, a Vietnamese keyboard's composed words repeated). Only a value the field did not send (a correction, another
  // row's action) replaces what it shows.
  // (Nor does a value the field showed before the person's keystrokes replaced it, handed back late by a list drawn
  // from an older copy while a slow phone catches up: the name emptied and typed anew is never refilled with the old.)
  const [field, setField] = useState({
    shown: value,
    given: value,
    sent: [] as readonly string[],
    replaced: [] as readonly string[],
  })
  let shown = field.shown
  if (value !== field.given) {
    const isEcho = (field.sent.includes(value) || field.replaced.includes(value)) && value !== field.shown
    const next = isEcho
      ? { ...field, given: value }
      : value === field.shown
        ? { ...field, given: value }
        : { shown: value, given: value, sent: [], replaced: [] }
    setField(next)
    shown = next.shown
  }
  return (
    <div className={`flex min-w-0 flex-col gap-0.5 ${className}`}>
      <label className={labelClass}>
        {label}
        <input
          id={id}
          aria-describedby={hint ? hintId : undefined}
          type={type}
          lang={lang}
          list={list}
          inputMode={isNumeric ? 'numeric' : undefined}
          className={fieldClass}
          value={shown}
          onChange={(event) => {
            const typed = event.target.value
            setField((before) => ({
              ...before,
              shown: typed,
              sent: [...before.sent.slice(-30), typed],
              replaced: before.sent.length === 0 ? [before.shown] : before.replaced,
            }))
            onChange(typed)
          }}
          // (Once the person leaves the field, a value it once sent, set again by an action, is shown again.)
          onBlur={() => setField((before) => ({ ...before, sent: [], replaced: [] }))}
        />
      </label>
      {hint ? (
        <span id={hintId} className="text-muted text-xs">
          {hint}
        </span>
      ) : null}
    </div>
  )
}

type SelectFieldProps<Value extends string> = {
  label: string
  value: Value
  options: readonly { value: Value; label: string }[]
  onChange: (value: Value) => void
  /** The id a problem's link focuses. */
  id?: string
}

type SelectProps<Value extends string> = {
  value: Value
  options: readonly { value: Value; label: string }[]
  onChange: (value: Value) => void
  id?: string | undefined
  'aria-describedby'?: string | undefined
  /** Added to the field's look: a larger type on the dashboard ("text-base"). */
  className?: string
}

/** A choice among fixed options, as the app draws every one; the label is the caller's. */
export function Select<Value extends string>({
  value,
  options,
  onChange,
  className = '',
  ...props
}: SelectProps<Value>) {
  return (
    <select
      {...props}
      className={`${fieldClass} ${className}`}
      value={value}
      onChange={(event) => {
        const chosen = options.find((option) => option.value === event.target.value)
        if (chosen) onChange(chosen.value)
      }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

/** A labelled choice among fixed options: role, unit, comparator, field, direction. */
export function SelectField<Value extends string>({ label, id, ...props }: SelectFieldProps<Value>) {
  return (
    <label className={labelClass}>
      {label}
      <Select id={id} {...props} />
    </label>
  )
}

type CheckboxProps = {
  checked: boolean
  onChange: (checked: boolean) => void
  id?: string | undefined
  'aria-label'?: string | undefined
  /** A click that needs its keys ("Shift" to select a range), in place of `onChange`. */
  onClick?: (event: MouseEvent<HTMLInputElement>) => void
}

/** A yes-or-no, as the app draws every one; the label is the caller's. */
export function Checkbox({ checked, onChange, onClick, ...props }: CheckboxProps) {
  return (
    <input
      {...props}
      type="checkbox"
      className={checkboxClass}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      onClick={onClick}
    />
  )
}

type CheckFieldProps = {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  /** The id a problem's link focuses. */
  id?: string
}

/** A labelled yes-or-no: keep the scorecard, a growth rate. */
export function CheckField({ label, checked, onChange, id }: CheckFieldProps) {
  return (
    <label className="flex items-center gap-2 text-sm font-semibold">
      <Checkbox id={id} checked={checked} onChange={onChange} />
      {label}
    </label>
  )
}

/** A four-digit year typed in a field, or nothing. */
export const yearOf = (value: string): number | null => (/^\d{4}$/u.test(value) ? Number(value) : null)

type YearFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'isNumeric'> & {
  year: number | null
  onChange: (year: number | null) => void
}

/**
 * A year typed digit by digit: the field keeps what is typed and passes on only a whole year, or nothing when
 * emptied, so "2019" typed over "2018" moves from one year to the other.
 */
export function YearField({ year, onChange, ...props }: YearFieldProps) {
  const [text, setText] = useState(year === null ? '' : String(year))
  const [last, setLast] = useState(year)
  if (last !== year) {
    setLast(year)
    if (yearOf(text) !== year) setText(year === null ? '' : String(year))
  }
  return (
    <TextField
      {...props}
      isNumeric
      value={text}
      onChange={(typed) => {
        setText(typed)
        const whole = yearOf(typed.trim())
        if (whole !== null || typed.trim() === '') onChange(whole)
      }}
    />
  )
}
