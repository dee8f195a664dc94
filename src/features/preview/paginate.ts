// Splits the preview into A4 pages from the measured heights of its units, the way Word
// flows the exported file: a heading never ends a page (keepNext in the .docx), a paragraph splits
// between lines without leaving one line alone (Word's widow control), a table splits between rows
// and repeats its header rows (tblHeader), and a row is never cut (cantSplit).

/** The laid-out size of a unit, in CSS pixels at 100 %. */
export type UnitMeasure =
  | { readonly kind: 'block'; readonly height: number; readonly keepWithNext: boolean }
  | { readonly kind: 'lines'; readonly lines: number; readonly lineHeight: number; readonly extra: number }
  | {
      readonly kind: 'rows';
      /** The header rows, repeated at the top of every page the table runs onto. */
      readonly header: number;
      readonly rows: readonly number[];
      /** `keep[i]`: body row i stays on the page of row i + 1 (a band's item and header rows). */
      readonly keep: readonly boolean[];
      /** Space after the table. */
      readonly after: number;
    };

/** A unit on a page: whole, or body rows / lines `from` (inclusive) to `to` (exclusive). */
export interface PagePiece {
  readonly unit: number;
  readonly from?: number;
  readonly to?: number;
}

/** Half a pixel of slack: measured heights are fractional and sum with rounding error. */
const SLACK = 0.5;

function sum(values: readonly number[], from = 0, to = values.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i] ?? 0;
  return s;
}

/** The last body row that must go on the same page as row r. */
function groupEnd(m: Extract<UnitMeasure, { kind: 'rows' }>, r: number): number {
  let e = r;
  while (e < m.rows.length - 1 && m.keep[e]) e++;
  return e;
}

/** The least a unit needs at the bottom of a page to start there, with what it keeps with. */
function minStart(measures: readonly UnitMeasure[], i: number): number {
  const m = measures[i];
  if (!m) return 0;
  switch (m.kind) {
    case 'block':
      return m.height + (m.keepWithNext ? minStart(measures, i + 1) : 0);
    case 'lines':
      return Math.min(m.lines, 2) * m.lineHeight + (m.lines <= 2 ? m.extra : 0);
    case 'rows':
      return m.header + sum(m.rows, 0, groupEnd(m, 0) + 1);
  }
}

export function paginate(measures: readonly UnitMeasure[], pageHeight: number): PagePiece[][] {
  const pages: PagePiece[][] = [[]];
  let used = 0;
  const page = (): PagePiece[] => pages[pages.length - 1] as PagePiece[];
  const newPage = (): void => {
    pages.push([]);
    used = 0;
  };
  const fits = (h: number): boolean => used + h <= pageHeight + SLACK;

  measures.forEach((m, unit) => {
    if (m.kind === 'block') {
      if (used > 0 && !fits(m.keepWithNext ? m.height + minStart(measures, unit + 1) : m.height)) newPage();
      page().push({ unit });
      used += m.height;
      return;
    }
    if (m.kind === 'lines') {
      if (fits(m.lines * m.lineHeight + m.extra) || m.lineHeight <= 0) {
        page().push({ unit });
        used += m.lines * m.lineHeight + m.extra;
        return;
      }
      let line = 0;
      while (line < m.lines) {
        const remaining = m.lines - line;
        if (fits(remaining * m.lineHeight + m.extra)) {
          page().push({ unit, from: line, to: m.lines });
          used += remaining * m.lineHeight + m.extra;
          return;
        }
        let fit = Math.floor((pageHeight - used + SLACK) / m.lineHeight);
        // Widow control: no first line alone at the foot of a page, no last line alone at the top.
        if (fit === 1 && remaining > 1) fit = 0;
        if (remaining - fit === 1 && fit >= 2) fit -= 1;
        if (fit <= 0) {
          if (used > 0) {
            newPage();
            continue;
          }
          fit = 1;
        }
        page().push({ unit, from: line, to: line + fit });
        line += fit;
        newPage();
      }
      return;
    }
    const total = m.header + sum(m.rows) + m.after;
    if (fits(total)) {
      page().push({ unit });
      used += total;
      return;
    }
    let r = 0;
    while (r < m.rows.length) {
      const first = groupEnd(m, r);
      if (used > 0 && !fits(m.header + sum(m.rows, r, first + 1))) newPage();
      const start = r;
      let h = m.header;
      while (r < m.rows.length) {
        const e = groupEnd(m, r);
        const gh = sum(m.rows, r, e + 1);
        // A group taller than a whole page still goes somewhere: on a page of its own.
        if (r > start && !fits(h + gh)) break;
        h += gh;
        r = e + 1;
      }
      if (r === m.rows.length) h += m.after;
      page().push({ unit, from: start, to: r });
      used += h;
      if (r < m.rows.length) newPage();
    }
  });
  return pages;
}
