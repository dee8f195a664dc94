/** A ledger row that is not counted, and why (in Chinese, for the row itself). */
export interface LedgerIssue {
  /** The row's id. */
  readonly id: string;
  /** Its position in the ledger, from 1, as the step numbers its rows. */
  readonly position: number;
  readonly message: string;
}

/** A table counted from the ledger. */
export interface LedgerCount {
  /** Every input cell of the table, as the report stores it: a figure as text, `0` where none. */
  readonly cells: Readonly<Record<string, string>>;
  /** For every cell of the table, computed totals included: the ids of the rows counted in it. */
  readonly rowsBehind: Readonly<Record<string, readonly string[]>>;
  /** The rows not counted, each with the reason. */
  readonly issues: readonly LedgerIssue[];
  /** How many rows are counted. */
  readonly counted: number;
}
