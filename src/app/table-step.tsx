// A table step: the grid, and for the tables the request ledger can count (三 and 四) the ledger's
// switch above it and, while the table follows the ledger, the rows behind a figure. The ledger's
// pieces are lazy: a report without a ledger never loads them.
import { lazy, Suspense, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { TableGrid } from '../features/grid/table-grid';
import type { LedgerTableKey } from '../report/ledger/ledger-schema';
import type { Report } from '../report/report-schema';
import type { FormatSpec, TableSpec } from '../template/spec-types';

const LedgerTableBar = lazy(() =>
  import('../features/ledger/ledger-table-bar').then((m) => ({ default: m.LedgerTableBar })),
);
const RowsBehindDialog = lazy(() =>
  import('../features/ledger/rows-behind-dialog').then((m) => ({ default: m.RowsBehindDialog })),
);

function ledgerKey(format: FormatSpec, tableId: string): LedgerTableKey | undefined {
  if (tableId === format.ledger.requestsTableId) return 'requestsTable';
  if (tableId === format.ledger.casesTableId) return 'casesTable';
  return undefined;
}

export function TableStep({ format, table }: { readonly format: FormatSpec; readonly table: TableSpec }) {
  const ledger = useWatch<Report, 'ledger'>({ name: 'ledger' });
  const [behind, setBehind] = useState<string | undefined>(undefined);
  const key = ledgerKey(format, table.id);
  const follows = key !== undefined && ledger?.[key].follows === true;
  const rows =
    key === 'requestsTable' ? ledger?.requests.length : key === 'casesTable' ? ledger?.cases.length : 0;
  return (
    <div className="space-y-3">
      {key && (follows || (rows ?? 0) > 0) ? (
        <Suspense fallback={null}>
          <LedgerTableBar format={format} which={key} />
        </Suspense>
      ) : null}
      <TableGrid
        table={table}
        onShowRows={follows ? setBehind : undefined}
        allTables={format.sections.flatMap((s) => {
          const k = s.table ? ledgerKey(format, s.table.id) : undefined;
          return s.table && !(k && ledger?.[k].follows === true) ? [s.table] : [];
        })}
      />
      {behind ? (
        <Suspense fallback={null}>
          <RowsBehindDialog format={format} cellId={behind} onClose={() => setBehind(undefined)} />
        </Suspense>
      ) : null}
    </div>
  );
}
