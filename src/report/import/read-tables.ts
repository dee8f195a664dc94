// Finds the format's tables among a document's tables and reads them: each source table is read
// as every official table and taken as the one whose labels it shows most of; a table split in two
// (or table 二 printed as four small tables) is read as parts of one, a later part continuing the
// columns of the one before when it repeats no header.
import type { SectionId } from '../../template/section-ids';
import type { FormatSpec, TableSpec } from '../../template/spec-types';
import { formatTables } from '../../template/table-cells';
import { readBandTable } from './read-band-table';
import { readTreeTable } from './read-tree-table';
import type { SourceBlock, TableBlock } from './source-document';
import type { ColumnState, TablePart } from './table-part';

/** Fewer labels than this is not one of the report's tables (a table of the report's own). */
const MIN_TABLE_SCORE = 3;

export interface TablesRead {
  /** Source tables read as the format's tables, by block index. */
  readonly parts: readonly { readonly blockIndex: number; readonly part: TablePart }[];
  /** Block indexes of source tables that are none of them. */
  readonly unrecognised: readonly number[];
  /**
   * How well the format fits the source, in all and by official table: labels recognised and
   * rows placed, less rows the format has no place for.
   */
  readonly score: number;
  readonly scoreByTable: Readonly<Record<string, number>>;
}

function readAs(
  spec: TableSpec,
  block: TableBlock,
  carried: ReadonlyMap<string, ColumnState> | undefined,
  bandHint: string | undefined,
): TablePart {
  return spec.type === 'bands'
    ? readBandTable(spec, block, carried, bandHint)
    : readTreeTable(spec, block, carried);
}

export function readTables(
  format: FormatSpec,
  blocks: readonly SourceBlock[],
  context: {
    /** The section each block stands in, where known: breaks a tie between two tables. */
    readonly sectionOf?: ReadonlyMap<number, SectionId>;
    /** The band of table 二 a `第二十条…` paragraph just before a table opened. */
    readonly bandHints?: ReadonlyMap<number, string>;
  } = {},
): TablesRead {
  const specs = formatTables(format);
  const carried = new Map<string, ReadonlyMap<string, ColumnState>>();
  const parts: { blockIndex: number; part: TablePart }[] = [];
  const unrecognised: number[] = [];
  const scoreByTable: Record<string, number> = {};
  let previous: { readonly tableId: string; readonly section: SectionId | undefined } | undefined;
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'table') return;
    const section = context.sectionOf?.get(blockIndex);
    let best: TablePart | undefined;
    for (const spec of specs) {
      const part = readAs(spec, block, carried.get(spec.id), context.bandHints?.get(blockIndex));
      const inSection = format.sections.find((s) => s.id === section)?.table?.id === spec.id;
      if (!best || part.score > best.score || (part.score === best.score && inSection)) best = part;
    }
    if (!best || best.score < MIN_TABLE_SCORE) {
      // The rest of a table after a page break may be a row or two, without its header: it
      // continues the table just before it in the same section when a row of it is found.
      const before = previous;
      const continued =
        before && before.section === section ? specs.find((s) => s.id === before.tableId) : undefined;
      const part =
        continued && readAs(continued, block, carried.get(continued.id), context.bandHints?.get(blockIndex));
      if (!part || part.rowsFound.size === 0) {
        unrecognised.push(blockIndex);
        previous = undefined;
        return;
      }
      best = part;
    }
    previous = { tableId: best.tableId, section };
    carried.set(best.tableId, best.columns);
    parts.push({ blockIndex, part: best });
    const fit = best.score + best.rowsFound.size - best.extras.length;
    scoreByTable[best.tableId] = (scoreByTable[best.tableId] ?? 0) + fit;
  });
  const score = Object.values(scoreByTable).reduce((a, b) => a + b, 0);
  return { parts, unrecognised, score, scoreByTable };
}
