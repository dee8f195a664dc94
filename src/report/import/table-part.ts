// What reading one source table as (a part of) an official table yields, before figures are
// read: the printed text placed in each official cell found, rows and figures that are not in
// the format, and the column state a following part (a table split at a page break) continues.
import type { SourceCell } from './source-document';

export type Placed =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unaligned'; readonly source: string; readonly reason: string };

/** Figures printed in a recognised table where the official table has no cell for them. */
export interface ExtraFigures {
  /** The row's label as printed, or the column's. */
  readonly label: string;
  readonly values: readonly string[];
  readonly reason: string;
}

/** Grid columns [start, end) a header cell covers. */
export interface ColumnRange {
  readonly start: number;
  readonly end: number;
}

/** Where the columns of an official table (or of one band of table 二) are in a source table. */
export interface ColumnState {
  readonly ranges: ReadonlyMap<string, ColumnRange>;
  readonly units: ReadonlyMap<string, '元' | '万元'>;
}

export interface TablePart {
  readonly tableId: string;
  /** Distinct labels of the official table recognised: how sure the identification is. */
  readonly score: number;
  /** Text placed in each official cell found, by cell id. */
  readonly placed: ReadonlyMap<string, Placed>;
  /** Unit printed in a column's header, by cell id. */
  readonly units: ReadonlyMap<string, '元' | '万元'>;
  /** Row ids found (leaf rows and band rows). */
  readonly rowsFound: ReadonlySet<string>;
  readonly extras: readonly ExtraFigures[];
  /** Column state at the end of the table, for a part that follows without its own header. */
  readonly columns: ReadonlyMap<string, ColumnState>;
}

export function isBlankText(text: string): boolean {
  return text.replace(/[\s\u00a0\u3000\u200b-\u200f\u2060\ufeff]/g, '') === '';
}

/** A cell's text as shown to the person: spaces and line breaks collapsed. */
export function shownText(cell: SourceCell): string {
  return cell.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Cells of every grid row, each listing the cells covering it (spans from above included). */
export function coveringCells(rows: readonly (readonly SourceCell[])[]): SourceCell[][] {
  const out: SourceCell[][] = rows.map(() => []);
  for (const line of rows) {
    for (const cell of line) {
      for (let r = cell.row; r < cell.row + cell.rowSpan && r < out.length; r++) out[r]?.push(cell);
    }
  }
  for (const line of out) line.sort((a, b) => a.col - b.col);
  return out;
}
