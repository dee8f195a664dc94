import { getFormat } from '../../template/formats';
import { layoutTable, type TableLayout } from '../../template/layout-table';
import { cellLabel } from '../../template/table-cells';
import type { RollUp } from './roll-up';
import type { SheetCell, SheetData, SheetRow } from './sheet-data';

const STATUS_NAMES = {
  empty: '未填',
  invalid: '数字有误',
  unreadable: '无法识别',
  partial: '合计不完整',
  ok: '',
};

/** Widest and narrowest column, in Excel's units (a Chinese character takes about two). */
const MAX_LABEL_WIDTH = 50;
const MAX_DATA_WIDTH = 16;
const MIN_WIDTH = 8;

/**
 * Each column as wide as the longest label that sits in it alone (wrapped beyond the cap), so that
 * the long row labels of table 三 (the items of its row （六）) are read without opening the cell.
 */
function columnWidths(layout: TableLayout): number[] {
  const widths = Array.from({ length: layout.columnCount }, () => MIN_WIDTH);
  for (const g of layout.rows.flat()) {
    if (g.colSpan !== 1 || g.kind === 'data') continue;
    const cap = g.col < layout.labelColumns ? MAX_LABEL_WIDTH : MAX_DATA_WIDTH;
    widths[g.col] = Math.max(widths[g.col] ?? MIN_WIDTH, Math.min(cap, 2 * [...g.text].length + 2));
  }
  return widths;
}

/**
 * One sheet per table of the roll-up (二, 三 and 四), laid out as printed with the official merged
 * headers (layoutTable, the same layout as the grids, the preview and the Word export), a title
 * row above, and under the table a note for every figure some report could not give.
 */
export function rollUpSheets(rollUp: RollUp): SheetData[] {
  const format = getFormat(rollUp.formatId);
  return format.sections.flatMap((section) => {
    const table = section.table;
    if (!table) return [];
    const layout = layoutTable(table);
    const title: SheetRow = [
      {
        value: `${rollUp.year}年度 ${section.title} 汇总（${rollUp.entryIds.length} 份报告，${format.notice}）`,
        bold: true,
        columnSpan: layout.columnCount,
      },
      ...Array.from({ length: layout.columnCount - 1 }, () => null),
    ];
    const grid: SheetRow[] = layout.rows.map((starts) => {
      const row: (SheetCell | null)[] = Array.from({ length: layout.columnCount }, () => null);
      for (const g of starts) {
        const spans = {
          ...(g.colSpan > 1 ? { columnSpan: g.colSpan } : {}),
          ...(g.rowSpan > 1 ? { rowSpan: g.rowSpan } : {}),
        };
        const figure = g.cell ? rollUp.figures.get(g.cell.id) : undefined;
        row[g.col] = figure
          ? {
              // Counts and 万元 as numbers, so that Excel can add them; amounts with a unit (format 2019) as text.
              value: figure.cell.kind === 'amount-with-unit' ? figure.text : figure.value,
              align: 'right',
              boxed: true,
              ...spans,
              ...(figure.flagged > 0 ? { flagged: true } : {}),
            }
          : {
              value: g.text,
              align: g.kind === 'row-label' ? 'left' : 'center',
              wrap: true,
              boxed: true,
              ...(g.kind === 'item' ? { bold: true } : {}),
              ...spans,
            };
      }
      return row;
    });
    const notes: SheetRow[] = [...rollUp.figures.values()]
      .filter((f) => f.cell.tableId === table.id && !f.cell.computed && f.flagged > 0)
      .map((f) => [
        {
          value: `${cellLabel(f.cell)}：${f.contributions
            .filter((c) => c.status !== 'ok')
            .map((c) => `${c.office.name}${STATUS_NAMES[c.status]}${c.text === '' ? '' : `（${c.text}）`}`)
            .join('、')}，未计入`,
          columnSpan: layout.columnCount,
        },
        ...Array.from({ length: layout.columnCount - 1 }, () => null),
      ]);
    const noteHead: SheetRow[] =
      notes.length > 0
        ? [
            [
              { value: '注：底色标出的数字不完整，以下报告的数字未计入：', columnSpan: layout.columnCount },
              ...Array.from({ length: layout.columnCount - 1 }, () => null),
            ],
          ]
        : [];
    return [
      {
        name: section.title,
        columnWidths: columnWidths(layout),
        rows: [title, ...grid, ...noteHead, ...notes],
        stickyRows: 1 + layout.headerRows,
        landscape: true,
      },
    ];
  });
}
