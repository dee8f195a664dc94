// Reads the text/plain that Excel and WPS put on the clipboard for a block of cells: rows end in
// newlines (Excel adds one after the last row, react-datasheet-grid #39), cells are separated by
// tabs, and a cell holding a tab, a newline or a quote is wrapped in quotes with inner quotes
// doubled (glide-data-grid #916). text/html is never read (react-datasheet-grid #319).

/** The block as rows of cell texts; an empty clipboard is an empty block. */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the quote that is not doubled; if it never closes, the quote was
      // typed by the clerk and the text is taken as it is.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        const c = text[j];
        if (c === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += c;
        j++;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // The trailing newline Excel adds ends the last row; it does not start an empty one.
  if (!atCellStart || cell !== '' || row.length > 0) endRow();
  return rows;
}
