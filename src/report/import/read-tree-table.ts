// Reads a source table as (a part of) table 三 or 四 of a format, by its labels: the header's
// column labels give each official column its place, each row's label gives its official row,
// and only then are the figures placed (align-values.ts). A row the format does not have is
// reported with its figures, never placed in a neighbour; a row the source lacks stays blank.
import { splitNumbering, splitUnit } from '../../template/reading/label-key';
import type { ColumnNode, RowNode, TreeTable } from '../../template/spec-types';
import { cellId, leafNodes } from '../../template/table-cells';
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

interface ColumnInfo {
  readonly node: ColumnNode;
  readonly ancestors: readonly ColumnNode[];
  readonly order: number;
}

interface RowInfo {
  readonly node: RowNode;
  readonly ancestors: readonly RowNode[];
}

interface Prepared {
  readonly columns: readonly ColumnInfo[];
  readonly leafColumns: readonly string[];
  readonly matchColumn: (text: string) => LabelMatch<ColumnInfo> | undefined;
  readonly matchRow: (text: string) => LabelMatch<RowInfo> | undefined;
  readonly matchCorner: (text: string) => LabelMatch<true> | undefined;
  /** The row a table without row labels has (table 四's one row of figures). */
  readonly unlabelledRow?: string;
}

const prepared = new WeakMap<TreeTable, Prepared>();

function prepare(table: TreeTable): Prepared {
  const hit = prepared.get(table);
  if (hit) return hit;
  const columns: ColumnInfo[] = [];
  const walkColumns = (nodes: readonly ColumnNode[], ancestors: readonly ColumnNode[]): void => {
    for (const node of nodes) {
      columns.push({ node, ancestors, order: columns.length });
      if (node.children) walkColumns(node.children, [...ancestors, node]);
    }
  };
  walkColumns(table.columns, []);
  const rows: RowInfo[] = [];
  const walkRows = (nodes: readonly RowNode[], ancestors: readonly RowNode[]): void => {
    for (const node of nodes) {
      if (node.label !== '') rows.push({ node, ancestors });
      if (node.children) walkRows(node.children, [...ancestors, node]);
    }
  };
  walkRows(table.rows, []);
  const unlabelled = table.rows.find((r) => r.label === '' && !r.children?.length)?.id;
  const p: Prepared = {
    columns,
    leafColumns: table.columns.flatMap((c) => leafNodes(c)).map((c) => c.id ?? ''),
    matchColumn: labelMatcher(columns.map((c) => ({ label: c.node.label, value: c }))),
    matchRow: labelMatcher(rows.map((r) => ({ label: r.node.label, value: r }))),
    matchCorner: labelMatcher(table.corner ? [{ label: table.corner, value: true as const }] : []),
    ...(unlabelled ? { unlabelledRow: unlabelled } : {}),
  };
  prepared.set(table, p);
  return p;
}

interface HeaderCell {
  readonly cell: SourceCell;
  readonly candidates: readonly ColumnInfo[];
}

const contains = (outer: ColumnRange, cell: SourceCell): boolean =>
  cell.col >= outer.start && cell.col + cell.colSpan <= outer.end;

/** Places the official columns on the grid of a table's header cells. */
function columnState(header: readonly HeaderCell[], positioned: boolean): ColumnState {
  const assigned = new Map<ColumnNode, ColumnRange>();
  const units = new Map<string, '元' | '万元'>();
  for (const h of header) {
    const free = h.candidates.filter((c) => !assigned.has(c.node));
    let chosen: ColumnInfo | undefined;
    if (positioned) {
      let best = -1;
      for (const c of free) {
        const placedAncestors = c.ancestors.filter((a) => assigned.has(a));
        if (placedAncestors.some((a) => !contains(assigned.get(a) as ColumnRange, h.cell))) continue;
        if (placedAncestors.length > best) {
          best = placedAncestors.length;
          chosen = c;
        }
      }
    } else chosen = free[0];
    if (!chosen) continue;
    assigned.set(chosen.node, { start: h.cell.col, end: h.cell.col + h.cell.colSpan });
    const unit = splitUnit(h.cell.text.trim()).unit;
    if (unit && chosen.node.id) units.set(chosen.node.id, unit);
  }
  if (positioned) {
    // A parent printed without its sub-headers, over exactly as many columns as it has leaves.
    for (const [node, range] of [...assigned]) {
      const leaves = leafNodes(node);
      if (leaves.length < 2 || range.end - range.start !== leaves.length) continue;
      if (leaves.some((l) => assigned.has(l))) continue;
      leaves.forEach((l, i) => assigned.set(l, { start: range.start + i, end: range.start + i + 1 }));
    }
  }
  const ranges = new Map<string, ColumnRange>();
  for (const [node, range] of assigned) if (node.id && !node.children?.length) ranges.set(node.id, range);
  return { ranges, units };
}

const TREE_STATE = 'columns';

/** How a row without a label is named in the list of figures not placed. */
const UNLABELLED = '（无标签的一行）';

export function readTreeTable(
  table: TreeTable,
  block: TableBlock,
  carried?: ReadonlyMap<string, ColumnState>,
): TablePart {
  const p = prepare(table);
  const covering = coveringCells(block.rows);
  const placed = new Map<string, Placed>();
  const rowsFound = new Set<string>();
  const extras: ExtraFigures[] = [];
  const recognised = new Set<unknown>();
  let state: ColumnState | undefined = carried?.get(TREE_STATE);
  let header: HeaderCell[] = [];
  let inHeader = false;

  const place = (rowId: string, colId: string, value: Placed): void => {
    const id = cellId(table.id, rowId, colId);
    const before = placed.get(id);
    if (!before) {
      placed.set(id, value);
      return;
    }
    const text = (v: Placed) => (v.kind === 'text' ? v.text.trim() : v.source);
    if (text(before) !== text(value)) {
      placed.set(id, {
        kind: 'unaligned',
        source: `${text(before)} / ${text(value)}`,
        reason: `这一格在原表中出现两次，数不同：“${text(before)}”和“${text(value)}”`,
      });
    }
  };

  const placeRow = (rowId: string, label: string, values: readonly SourceCell[]): void => {
    rowsFound.add(rowId);
    const alignment = placeValues(values, p.leafColumns, {
      positioned: block.positioned,
      ranges: state?.ranges ?? new Map(),
    });
    for (const [colId, value] of alignment.placed) place(rowId, colId, value);
    if (alignment.stray.length > 0) {
      extras.push({
        label: label || UNLABELLED,
        values: alignment.stray,
        reason: '这些数不在任何一列的表头之下',
      });
    }
  };

  covering.forEach((cells, r) => {
    const starting = cells.filter((c) => c.row === r);
    const rowMatches = new Map<SourceCell, LabelMatch<RowInfo>>();
    let columnLabels = 0;
    let figures = 0;
    for (const cell of cells) {
      const kind = cellKind(cell.text);
      if (kind !== 'text') {
        if (cell.row === r && kind !== 'blank') figures++;
        continue;
      }
      const numbered = splitNumbering(cell.text).printed !== '';
      const asRow = p.matchRow(cell.text);
      const asColumn = numbered ? undefined : (p.matchColumn(cell.text) ?? p.matchCorner(cell.text));
      if (asRow) rowMatches.set(cell, asRow);
      if (asColumn && cell.row === r) columnLabels++;
    }
    const rowOnly = [...rowMatches.keys()].filter(
      (c) => c.row === r && p.matchColumn(c.text) === undefined,
    ).length;
    const isHeader =
      figures === 0 &&
      columnLabels > 0 &&
      (columnLabels >= 2 || rowMatches.size === 0) &&
      columnLabels > rowOnly;
    if (isHeader) {
      if (!inHeader) header = [];
      inHeader = true;
      for (const cell of starting) {
        const m = p.matchColumn(cell.text);
        if (m) {
          header.push({ cell, candidates: m.values });
          for (const v of m.values) recognised.add(v.node);
        } else if (p.matchCorner(cell.text)) recognised.add('corner');
      }
      return;
    }
    if (inHeader) {
      state = columnState(header, block.positioned);
      inHeader = false;
    }

    // The row's own label: the deepest official row printed in it.
    let leaf: { cell: SourceCell; info: RowInfo } | undefined;
    let parent: { cell: SourceCell; info: RowInfo } | undefined;
    for (const [cell, m] of rowMatches) {
      for (const info of m.values) {
        recognised.add(info.node);
        if (!info.node.children?.length) {
          if (!leaf || cell.col >= leaf.cell.col) leaf = { cell, info };
        } else if (!parent || cell.col >= parent.cell.col) parent = { cell, info };
      }
    }
    const labelCells = [...rowMatches.keys()];
    const labelEnd = labelCells.reduce((end, c) => Math.max(end, c.col + c.colSpan), 0);
    const afterLabel = starting.filter((c) => c.col >= labelEnd && !rowMatches.has(c));
    const printedLabel = labelCells
      .filter((c) => c.row === r)
      .map(shownText)
      .join(' / ');

    if (leaf?.info.node.id) {
      placeRow(leaf.info.node.id, printedLabel, afterLabel);
      return;
    }
    const filled = afterLabel.filter((c) => !isBlankText(c.text));
    if (parent && filled.length > 0) {
      extras.push({
        label: printedLabel || shownText(parent.cell),
        values: filled.map(shownText),
        reason: `“${parent.info.node.label}”在本格式中分为 ${leafNodes(parent.info.node).length} 项，原表只印了一行，这些数无法放入其中任何一项`,
      });
      return;
    }
    if (rowMatches.size > 0 || figures === 0) return;
    // No row label: table 四's one row of figures, or a row the format does not have.
    const lastText = starting.reduce((end, c) => (cellKind(c.text) === 'text' ? c.col + c.colSpan : end), 0);
    const values = starting.filter((c) => c.col >= lastText);
    const label = starting
      .filter((c) => c.col < lastText && !isBlankText(c.text))
      .map(shownText)
      .join(' / ');
    if (p.unlabelledRow && label === '' && !rowsFound.has(p.unlabelledRow)) {
      recognised.add('row');
      placeRow(p.unlabelledRow, label, values);
      return;
    }
    extras.push({
      label: label || UNLABELLED,
      values: values.filter((c) => !isBlankText(c.text)).map(shownText),
      reason: '本格式的表格中没有这一行',
    });
  });
  if (inHeader) state = columnState(header, block.positioned);

  const units = new Map<string, '元' | '万元'>();
  if (state) {
    for (const [id] of placed) {
      const colId = id.split(':')[2] ?? '';
      const unit = state.units.get(colId);
      if (unit) units.set(id, unit);
    }
  }
  return {
    tableId: table.id,
    score: recognised.size,
    placed,
    units,
    rowsFound,
    extras,
    columns: state ? new Map([[TREE_STATE, state]]) : new Map(),
  };
}
