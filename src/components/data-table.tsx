type DataTableProps = { caption: string; headers: string[]; rows: { key: string; cells: string[] }[] }

/** The numbers of a chart as a plain table: what a screen reader reads and what anyone can copy. */
export function DataTable({ caption, headers, rows }: DataTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="border-rule border-b px-2 py-1 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="border-grid border-b px-2 py-1 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="border-grid border-b px-2 py-1 tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
