// A sheet of the desk's Excel export as plain data: what the export writes (writeDeskWorkbook) and
// what tests read, cell by cell, without a file in between.

export interface SheetCell {
  readonly value: string | number;
  /** A merge, as printed: this cell and the next `columnSpan − 1` (`rowSpan − 1`) hold nothing. */
  readonly columnSpan?: number;
  readonly rowSpan?: number;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  /** Part of a table (drawn with borders). */
  readonly boxed?: boolean;
  /** A figure some reports could not give (shaded, with a note under the table). */
  readonly flagged?: boolean;
}

/** A row: `null` where a merge from the left or from above covers the position. */
export type SheetRow = readonly (SheetCell | null)[];

export interface SheetData {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rule). */
  readonly name: string;
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly SheetRow[];
  /** Leading rows that stay in view while scrolling (the header). */
  readonly stickyRows?: number;
  /** Printed across the page: the wide tables of the roll-up. */
  readonly landscape?: boolean;
}
