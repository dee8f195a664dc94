import type { Ledger } from './ledger-schema';

/** A ledger with no rows, whose tables are still typed by hand. */
export function emptyLedger(): Ledger {
  return {
    requestsTable: { follows: false, typedByChoice: false },
    casesTable: { follows: false, typedByChoice: false },
    requests: [],
    cases: [],
  };
}
