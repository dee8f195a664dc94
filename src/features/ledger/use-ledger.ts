import { useCallback } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { emptyLedger } from '../../report/ledger/empty-ledger';
import type { Ledger } from '../../report/ledger/ledger-schema';
import type { Report } from '../../report/report-schema';

const EMPTY = emptyLedger();

/**
 * The open report's ledger, live, and `apply`, which hands the report to a pure change of
 * src/report/ledger (updateLedger, followLedger, stopFollowingLedger…) and stores what it changed:
 * the ledger and, for a table that follows it, the counted cells. Both are written to the form
 * the editor saves, so the autosave, the live checks and the draft file see them as typed.
 */
export function useLedger(): {
  readonly ledger: Ledger;
  readonly year: number;
  readonly apply: (change: (report: Report) => Report) => void;
} {
  const { control, getValues, setValue } = useFormContext<Report>();
  const ledger = useWatch({ control, name: 'ledger' }) ?? EMPTY;
  const year = useWatch({ control, name: 'year' });
  const apply = useCallback(
    (change: (report: Report) => Report) => {
      const before = getValues();
      const next = change(before);
      if (next.cells !== before.cells) setValue('cells', next.cells, { shouldDirty: true });
      if (next.ledger !== before.ledger) setValue('ledger', next.ledger, { shouldDirty: true });
    },
    [getValues, setValue],
  );
  return { ledger, year, apply };
}
