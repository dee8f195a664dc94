// Copied text as blocks. Text copied out of Word gives a table one cell per line (each line
// starting with a tab, an empty line between rows, a merged cell as an empty line); text copied
// from a web page gives one row per line, cells separated by tabs; converters leave Markdown
// tables, `#` headings, `**bold**` and `[bookmark: _GoBack]` behind (real-inputs.md, examples/).
import type { SourceBlock, SourceCell } from './source-document';

const MARKDOWN_ROW = /^\s*\|.*\|\s*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Spaces, tabs and full-width spaces around a line or a cell. */
function clean(s: string): string {
  return s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

/** Text that reads as a sentence of a paragraph, not as a table cell. */
function isProse(s: string): boolean {
  return s.length > 60 || /[。！？]$/.test(s);
}

function segments(line: string): string[] {
  return line.split('\t').map(clean);
}

/** A line that belongs to a table: cells separated by tabs (not a paragraph indented by one). */
function isTableLine(line: string): boolean {
  if (MARKDOWN_ROW.test(line)) return true;
  if (!line.includes('\t')) return false;
  const filled = segments(line).filter((s) => s !== '');
  return !(filled.length === 1 && isProse(filled[0] ?? ''));
}

/** A line right after a cell's line that continues the cell (a label broken in two: `商业` / `企业`). */
function continuesCell(line: string): boolean {
  const s = clean(line);
  return s !== '' && s.length <= 16 && !/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]/.test(s);
}

function toTable(cells: readonly (readonly string[])[]): SourceBlock {
  const rows: SourceCell[][] = cells.map((line, row) =>
    line.map((text, col) => ({ row, col, rowSpan: 1, colSpan: 1, text })),
  );
  return { kind: 'table', rows, positioned: false };
}

/** The rows of a region of table lines. */
function regionRows(region: readonly string[]): string[][] {
  if (region.some((l) => MARKDOWN_ROW.test(l))) {
    return region
      .filter((l) => MARKDOWN_ROW.test(l) && !MARKDOWN_RULE.test(l))
      .map((l) =>
        clean(l)
          .replace(/^\||\|$/g, '')
          .split('|')
          .map(clean),
      );
  }
  const tabLines = region.filter((l) => l.includes('\t'));
  const multi = tabLines.filter((l) => segments(l).filter((s) => s !== '').length >= 2).length;
  const rows: string[][] = [];
  if (multi * 10 >= tabLines.length * 3) {
    // One row per line, cells between tabs.
    for (const line of region) {
      if (line.includes('\t')) rows.push(segments(line));
      else if (clean(line) !== '') {
        const last = rows[rows.length - 1];
        if (last && last.length > 0) last[last.length - 1] = `${last[last.length - 1] ?? ''}\n${clean(line)}`;
      }
    }
    return rows;
  }
  // One cell per line, rows between empty lines.
  let row: string[] = [];
  for (const line of region) {
    if (line.includes('\t')) row.push(clean(line.replace(/\t+/g, ' ')));
    else if (clean(line) === '') {
      if (row.length > 0) rows.push(row);
      row = [];
    } else if (row.length > 0) row[row.length - 1] = `${row[row.length - 1] ?? ''}\n${clean(line)}`;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Paragraphs and tables of copied text, in order. */
export function textBlocks(input: string): SourceBlock[] {
  const text = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\[bookmark: [^\]\n]*\]/g, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1');
  const lines = text.split('\n').map((l) => l.replace(/^#{1,6}[ \t]+/, ''));
  const blocks: SourceBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!isTableLine(line)) {
      const paragraph = clean(line.replace(/\t+/g, ' '));
      if (paragraph !== '') blocks.push({ kind: 'paragraph', text: paragraph });
      i++;
      continue;
    }
    const region: string[] = [];
    let j = i;
    while (j < lines.length) {
      const l = lines[j] ?? '';
      const previous = region[region.length - 1];
      if (isTableLine(l) || clean(l) === '') region.push(l);
      else if (previous !== undefined && previous.includes('\t') && continuesCell(l)) region.push(l);
      else break;
      j++;
    }
    const rows = regionRows(region);
    if (rows.length > 0) blocks.push(toTable(rows));
    i = j;
  }
  return blocks;
}
