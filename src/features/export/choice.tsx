/** One setting of the export (size, sharpness, background) as a group of radio buttons. */
type ChoiceProps<T extends string | number> = {
  legend: string
  name: string
  options: T[]
  value: T
  label: (option: T) => string
  onChange: (option: T) => void
}

export function Choice<T extends string | number>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
}: ChoiceProps<T>) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1.5">
            <input type="radio" name={name} checked={option === value} onChange={() => onChange(option)} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
