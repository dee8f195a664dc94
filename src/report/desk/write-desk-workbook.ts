// The desk's Excel file, written by write-excel-file: it builds on fflate, which the Word export
// already brings into the bundle, so the file costs little; it writes merged cells (columnSpan /
// rowSpan) as the official tables need. Import this module lazily: only 导出 Excel needs it.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { SheetCell, SheetData } from './sheet-data';

/** 仿宋 is what the printed tables use; Excel and WPS fall back to a system font where it is missing. */
const FONT = '仿宋';
const FLAG_COLOR = '#FFF2CC';

function toCell(c: SheetCell | null): Cell {
  if (c === null) return null;
  return {
    value: c.value,
    alignVertical: 'center',
    ...(c.align ? { align: c.align } : {}),
    ...(c.columnSpan ? { columnSpan: c.columnSpan } : {}),
    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
    ...(c.bold ? { fontWeight: 'bold' as const } : {}),
    ...(c.wrap ? { wrap: true } : {}),
    ...(c.boxed ? { borderStyle: 'thin' as const, borderColor: '#000000' } : {}),
    ...(c.flagged ? { backgroundColor: FLAG_COLOR } : {}),
  };
}

/** The .xlsx of the sheets, as a Blob to download (`审查汇总….xlsx`). */
export function writeDeskWorkbook(sheets: readonly SheetData[]): Promise<Blob> {
  const out: Sheet<Blob>[] = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((row) => row.map(toCell)),
    columns: s.columnWidths.map((width) => ({ width })),
    ...(s.stickyRows ? { stickyRowsCount: s.stickyRows } : {}),
    ...(s.landscape ? { orientation: 'landscape' as const } : {}),
  }));
  return writeXlsxFile(out, { fontFamily: FONT, fontSize: 11 }).toBlob();
}
