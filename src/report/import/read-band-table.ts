// Reads a source table as (a part of) table 二, the table of bands: each band opens with its
// `第二十条第（X）项` row and a `信息内容` header row, then its rows. A Word file may print it as one
// table or as four small ones, and may put the `第二十条` line above a table as a paragraph; the
// band is then carried in from there (`bandHint`).
import { splitUnit } from '../../template/reading/label-key';
import type { Band, BandTable, ColumnNode, RowNode } from '../../template/spec-types';
import { cellId } from '../../template/table-cells';
import { placeValues } from './align-values';
import { cellKind } from './cell-kind';
import { labelMatcher, type LabelMatch } from './match-label';
import type { SourceCell, TableBlock } from './source-document';
import {
  coveringCells,
  isBlankText,
  shownText,
  type ColumnRange,
  type ColumnState,
  type ExtraFigures,
  type Placed,
  type TablePart,
} from './table-part';

interface Prepared {
  readonly matchItem: (text: string) => LabelMatch<Band> | undefined;
  readonly matchHead: (text: string) => LabelMatch<Band> | undefined;
  readonly matchRow: (text: string) => LabelMatch<{ band: Band; row: RowNode }> | undefined;
  readonly matchColumn: (text: string) => LabelMatch<{ band: Band; column: ColumnNode }> | undefined;
}

const prepared = new WeakMap<BandTable, Prepared>();

function prepare(table: BandTable): Prepared {
  const hit = prepared.get(table);
  if (hit) return hit;
  const p: Prepared = {
    // The items differ in one character (（一）/（五）/（六）…): only an exact item counts.
    matchItem: labelMatcher(table.bands.map((band) => ({ label: band.item, value: band, exact: true }))),
    matchHead: labelMatcher(table.bands.map((band) => ({ label: band.head, value: band }))),
    matchRow: labelMatcher(
      table.bands.flatMap((band) => band.rows.map((row) => ({ label: row.label, value: { band, row } }))),
    ),
    matchColumn: labelMatcher(
      table.bands.flatMap((band) =>
        band.columns.map((column) => ({ label: column.label, value: { band, column } })),
      ),
    ),
  };
  prepared.set(table, p);
  return p;
}

/** The band a paragraph naming an item of table 二 opens, if it is one of `table`'s items. */
export function bandOfItem(table: BandTable, text: string): string | undefined {
  return prepare(table).matchItem(text)?.values[0]?.id;
}

export function readBandTable(
  table: BandTable,
  block: TableBlock,
  carried?: ReadonlyMap<string, ColumnState>,
  bandHint?: string,
): TablePart {
  const p = prepare(table);
  const covering = coveringCells(block.rows);
  const placed = new Map<string, Placed>();
  const units = new Map<string, '元' | '万元'>();
  const rowsFound = new Set<string>();
  const extras: ExtraFigures[] = [];
  const recognised = new Set<string>();
  const states = new Map<string, ColumnState>(carried ?? []);
  let band: Band | undefined = table.bands.find((b) => b.id === bandHint);

  covering.forEach((cells, r) => {
    const starting = cells.filter((c) => c.row === r);
    const texts = starting.filter((c) => cellKind(c.text) === 'text');
    const item = texts.map((c) => p.matchItem(c.text)).find((m) => m !== undefined);
    if (item?.values[0]) {
      band = item.values[0];
      recognised.add(`item:${band.id}`);
      return;
    }
    const figures = starting.filter((c) => ['figure', 'dash'].includes(cellKind(c.text)));
    const rowLabel = texts
      .map((cell) => ({ cell, m: p.matchRow(cell.text) }))
      .find((x): x is { cell: SourceCell; m: LabelMatch<{ band: Band; row: RowNode }> } => x.m !== undefined);
    if (!rowLabel && figures.length === 0) {
      // A header row: `信息内容` and the band's columns.
      const heads = texts.filter((c) => p.matchHead(c.text));
      const columns = texts.flatMap((cell) => {
        const m = p.matchColumn(cell.text);
        return m ? [{ cell, values: m.values }] : [];
      });
      if (heads.length === 0 && columns.length === 0) return;
      const bandsHere = new Set(columns.flatMap((c) => c.values.map((v) => v.band)));
      const order = table.bands.indexOf(band ?? (table.bands[0] as Band));
      const chosen =
        band && (bandsHere.has(band) || bandsHere.size === 0)
          ? band
          : (table.bands.slice(order + (band ? 1 : 0)).find((b) => bandsHere.has(b)) ??
            table.bands.find((b) => bandsHere.has(b)));
      if (!chosen) return;
      band = chosen;
      if (heads.length > 0) recognised.add(`head:${chosen.id}`);
      const ranges = new Map<string, ColumnRange>();
      const bandUnits = new Map<string, '元' | '万元'>();
      for (const { cell, values } of columns) {
        const column = values.find((v) => v.band === chosen && !ranges.has(v.column.id ?? ''))?.column;
        if (!column?.id) continue;
        recognised.add(`column:${chosen.id}:${column.id}`);
        ranges.set(column.id, { start: cell.col, end: cell.col + cell.colSpan });
        const unit = splitUnit(cell.text.trim()).unit;
        if (unit) bandUnits.set(column.id, unit);
      }
      states.set(chosen.id, { ranges, units: bandUnits });
      return;
    }
    if (!rowLabel) {
      extras.push({
        label: texts.map(shownText).join(' / ') || '（无标签的一行）',
        values: figures.filter((c) => !isBlankText(c.text)).map(shownText),
        reason: '本格式的表格中没有这一行',
      });
      return;
    }
    const inBand = rowLabel.m.values.find((v) => v.band === band) ?? rowLabel.m.values[0];
    if (!inBand?.row.id) return;
    band = inBand.band;
    const rowId = inBand.row.id;
    recognised.add(`row:${rowId}`);
    rowsFound.add(rowId);
    const state = states.get(band.id);
    const columnIds = band.columns.map((c) => c.id ?? '');
    const labelEnd = rowLabel.cell.col + rowLabel.cell.colSpan;
    const values = starting.filter((c) => c.col >= labelEnd);
    const alignment = placeValues(values, columnIds, {
      positioned: block.positioned,
      ranges: state?.ranges ?? new Map(),
    });
    for (const [colId, value] of alignment.placed) {
      const id = cellId(table.id, rowId, colId);
      if (!placed.has(id)) placed.set(id, value);
      const unit = state?.units.get(colId);
      if (unit) units.set(id, unit);
    }
    if (alignment.stray.length > 0) {
      extras.push({
        label: shownText(rowLabel.cell),
        values: alignment.stray,
        reason: '这些数不在任何一列的表头之下',
      });
    }
  });

  return { tableId: table.id, score: recognised.size, placed, units, rowsFound, extras, columns: states };
}
