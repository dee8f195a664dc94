// The header row of the app's plain lists (the reports kept in the browser, those that cannot be
// opened, the desk's reports): one column head per name, scoped to its column; a name given as
// `{ hidden }` is read by screen readers only (the column of row actions).
export type ColumnHead = string | { readonly hidden: string };

export function ColumnHeads({ heads }: { readonly heads: readonly ColumnHead[] }) {
  return (
    <tr>
      {heads.map((h) =>
        typeof h === 'string' ? (
          <th key={h} scope="col" className="px-4 py-2 font-medium">
            {h}
          </th>
        ) : (
          <th key={h.hidden} scope="col" className="px-4 py-2 font-medium">
            <span className="sr-only">{h.hidden}</span>
          </th>
        ),
      )}
    </tr>
  );
}
