import type {
  BandTable,
  ColumnNode,
  FormatSpec,
  RowNode,
  TableSpec,
  TreeTable,
  ValueKind,
} from './spec-types';

/** Cell ids are `{table}:{row}:{column}`; `:` keeps them flat as react-hook-form field names. */
export function cellId(tableId: string, rowId: string, colId: string): string {
  return `${tableId}:${rowId}:${colId}`;
}

/** One numeric cell of a table, with everything a renderer or a rule needs to know about it. */
export interface CellSpec {
  readonly id: string;
  readonly tableId: string;
  readonly rowId: string;
  readonly colId: string;
  readonly kind: ValueKind;
  /** Computed cells (totals) are never typed; `parts` lists the cells they sum. */
  readonly computed: boolean;
  readonly parts: readonly string[];
  /** For computed cells, the rule that states the sum (R1, R2, R4). */
  readonly sumRule?: string;
  /** Row labels from the outermost, as printed (section 二 starts with its `第二十条` item). */
  readonly rowPath: readonly string[];
  /** Column labels below any header spanning all data columns (so `申请人情况` is left out). */
  readonly colPath: readonly string[];
  /** Short names for rule messages, e.g. `一` and `自然人`. */
  readonly rowShort: string;
  readonly colShort: string;
}

interface Leaf<N> {
  readonly node: N;
  readonly path: readonly N[];
  /** Leaves under the node's siblings: what a `sumRule` leaf adds up. */
  readonly siblingLeaves: readonly N[];
}

function leavesOf<N extends { readonly children?: readonly N[] }>(
  nodes: readonly N[],
  path: readonly N[] = [],
): Leaf<N>[] {
  const out: Leaf<N>[] = [];
  for (const node of nodes) {
    if (node.children && node.children.length > 0) {
      out.push(...leavesOf(node.children, [...path, node]));
    } else {
      const siblingLeaves = nodes.filter((s) => s !== node).flatMap((s) => leafNodes(s));
      out.push({ node, path: [...path, node], siblingLeaves });
    }
  }
  return out;
}

export function leafNodes<N extends { readonly children?: readonly N[] }>(node: N): N[] {
  return node.children && node.children.length > 0 ? node.children.flatMap((c) => leafNodes(c)) : [node];
}

function idOf(node: { readonly id?: string; readonly label: string }): string {
  if (node.id === undefined) throw new Error(`leaf without id: ${node.label}`);
  return node.id;
}

/** Drop header levels that span every data column (`申请人情况`): they add nothing to a cell's name. */
function trimSpanningHeaders(
  path: readonly ColumnNode[],
  roots: readonly ColumnNode[],
): readonly ColumnNode[] {
  let level = roots;
  let i = 0;
  while (level.length === 1 && level[0]?.children && i < path.length - 1) {
    level = level[0].children;
    i++;
  }
  return path.slice(i);
}

function treeCells(table: TreeTable): CellSpec[] {
  const rows = leavesOf<RowNode>(table.rows);
  const cols = leavesOf<ColumnNode>(table.columns);
  // A leaf label that recurs (table 四's 结果维持 …) is named with its parent in messages.
  const labelCount = new Map<string, number>();
  for (const c of cols) labelCount.set(c.node.label, (labelCount.get(c.node.label) ?? 0) + 1);
  const out: CellSpec[] = [];
  for (const r of rows) {
    const rowId = idOf(r.node);
    for (const c of cols) {
      const colId = idOf(c.node);
      let parts: string[] = [];
      let sumRule: string | undefined;
      if (c.node.sumRule) {
        parts = c.siblingLeaves.map((s) => cellId(table.id, rowId, idOf(s)));
        sumRule = c.node.sumRule;
      } else if (r.node.sumRule) {
        parts = r.siblingLeaves.map((s) => cellId(table.id, idOf(s), colId));
        sumRule = r.node.sumRule;
      }
      const colPath = trimSpanningHeaders(c.path, table.columns).map((n) => n.label);
      out.push({
        id: cellId(table.id, rowId, colId),
        tableId: table.id,
        rowId,
        colId,
        kind: c.node.kind ?? table.kind,
        computed: parts.length > 0,
        parts,
        ...(sumRule === undefined ? {} : { sumRule }),
        rowPath: r.path.map((n) => n.label).filter((l) => l !== ''),
        colPath,
        rowShort: r.node.short ?? r.node.label,
        colShort: (labelCount.get(c.node.label) ?? 0) > 1 ? colPath.slice(-2).join('·') : c.node.label,
      });
    }
  }
  return out;
}

function bandCells(table: BandTable): CellSpec[] {
  return table.bands.flatMap((band) =>
    band.rows.flatMap((row) =>
      band.columns.map((col) => ({
        id: cellId(table.id, idOf(row), idOf(col)),
        tableId: table.id,
        rowId: idOf(row),
        colId: idOf(col),
        kind: col.kind ?? 'count',
        computed: false,
        parts: [],
        rowPath: [band.item, row.label],
        colPath: [col.label],
        rowShort: row.label,
        colShort: col.label,
      })),
    ),
  );
}

const cache = new WeakMap<TableSpec, readonly CellSpec[]>();

/** Every numeric cell of a table, row by row, in printed order. */
export function tableCells(table: TableSpec): readonly CellSpec[] {
  let cells = cache.get(table);
  if (!cells) {
    cells = table.type === 'tree' ? treeCells(table) : bandCells(table);
    cache.set(table, cells);
  }
  return cells;
}

export function formatTables(format: FormatSpec): readonly TableSpec[] {
  return format.sections.flatMap((s) => (s.table ? [s.table] : []));
}

const formatCache = new WeakMap<FormatSpec, ReadonlyMap<string, CellSpec>>();

/** All numeric cells of a format by id. */
export function formatCells(format: FormatSpec): ReadonlyMap<string, CellSpec> {
  let map = formatCache.get(format);
  if (!map) {
    map = new Map(formatTables(format).flatMap((t) => tableCells(t).map((c) => [c.id, c] as const)));
    formatCache.set(format, map);
  }
  return map;
}

/** The accessible name of a cell: row path then column path, joined by ` / `. */
export function cellLabel(cell: CellSpec): string {
  return [...cell.rowPath, ...cell.colPath].join(' / ');
}
