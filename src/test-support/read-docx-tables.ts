// Test support (unit tests, e2e and scripts): opens a .docx and reads its tables back into grids, honouring
// gridSpan and vertical merges, the way a reader lays them out. Not part of the app bundle.
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** XML 1.0's allowed characters; anything else in a part makes Word refuse the file (docx #345). */
// eslint-disable-next-line no-control-regex -- the test is exactly about control characters
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

/** Parses XML strictly: any error (not only a fatal one) throws, so a malformed part fails the test. */
export function parseXml(xml: string): XmlDocument {
  if (FORBIDDEN_XML_CHARS.test(xml)) throw new Error('XML contains characters XML 1.0 forbids');
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export interface DocxParts {
  readonly zip: JSZip;
  readonly document: XmlDocument;
  readonly styles: XmlDocument;
  readonly settings: XmlDocument;
  /** Every footer part, by file name (`word/footer1.xml` …). */
  readonly footers: ReadonlyMap<string, XmlDocument>;
  /** Raw XML of every part, for string checks. */
  readonly xml: ReadonlyMap<string, string>;
}

export async function readDocx(data: Uint8Array | ArrayBuffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const xml = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      const file = zip.file(name);
      if (file) xml.set(name, await file.async('string'));
    }
  }
  const part = (name: string): XmlDocument => {
    const text = xml.get(name);
    if (text === undefined) throw new Error(`${name} missing from the .docx`);
    return parseXml(text);
  };
  const footers = new Map<string, XmlDocument>();
  for (const name of xml.keys()) if (/^word\/footer\d*\.xml$/.test(name)) footers.set(name, part(name));
  return {
    zip,
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    settings: part('word/settings.xml'),
    footers,
    xml,
  };
}

/** Child elements of `el` named `w:{local}`. */
export function wChildren(el: Element, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (n as Element).localName === local) {
      out.push(n as Element);
    }
  }
  return out;
}

export function wAttr(el: Element | undefined, name: string): string | null {
  return el ? (el.getAttributeNS(W_NS, name) ?? el.getAttribute(`w:${name}`)) : null;
}

/** The text of a paragraph, table cell or any element: its w:t runs, paragraphs joined by \n. */
export function elementText(el: Element): string {
  const paragraphs = el.localName === 'p' ? [el] : Array.from(el.getElementsByTagNameNS(W_NS, 'p'));
  return paragraphs
    .map((p) =>
      Array.from(p.getElementsByTagNameNS(W_NS, 't'))
        .map((t) => t.textContent ?? '')
        .join(''),
    )
    .join('\n');
}

export interface ReadCell {
  /** Top-left grid position of the (merged) cell covering this position. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The w:tcW width in twips (dxa) of the cell covering this position. */
  readonly width: number | null;
}

export interface ReadTable {
  /** Every grid position, with the cell covering it: a merged cell repeats over its span. */
  readonly grid: readonly (readonly ReadCell[])[];
  /** w:gridCol widths. */
  readonly gridColumns: readonly number[];
  /** w:tblW: width and type. */
  readonly width: { readonly w: number; readonly type: string | null };
  /** How many leading rows repeat as header rows (w:tblHeader). */
  readonly headerRows: number;
  readonly element: Element;
}

/** Reads one w:tbl into a grid, honouring w:gridSpan and w:vMerge (restart / continue). */
export function readTable(tbl: Element): ReadTable {
  const grid: ReadCell[][] = [];
  let headerRows = 0;
  let stillHeader = true;
  wChildren(tbl, 'tr').forEach((tr, r) => {
    const line: ReadCell[] = [];
    const trPr = wChildren(tr, 'trPr')[0];
    const tblHeader = trPr && wChildren(trPr, 'tblHeader')[0];
    // An on/off property: present means on unless its w:val says false, 0 or off.
    const isHeader =
      tblHeader !== undefined && !['false', '0', 'off'].includes(wAttr(tblHeader, 'val') ?? 'true');
    if (isHeader && stillHeader) headerRows++;
    else stillHeader = false;
    for (const tc of wChildren(tr, 'tc')) {
      const tcPr = wChildren(tc, 'tcPr')[0];
      const span = Number(wAttr(tcPr && wChildren(tcPr, 'gridSpan')[0], 'val') ?? 1);
      const vMergeEl = tcPr && wChildren(tcPr, 'vMerge')[0];
      const vMerge = vMergeEl ? (wAttr(vMergeEl, 'val') ?? 'continue') : null;
      const widthEl = tcPr && wChildren(tcPr, 'tcW')[0];
      const width = widthEl && wAttr(widthEl, 'type') === 'dxa' ? Number(wAttr(widthEl, 'w')) : null;
      const col = line.length;
      let cell: ReadCell;
      if (vMerge === 'continue') {
        const above = grid[r - 1]?.[col];
        if (!above) throw new Error(`vMerge continue with nothing above at row ${r}, column ${col}`);
        cell = above;
      } else {
        cell = { row: r, col, text: elementText(tc), width };
      }
      for (let i = 0; i < span; i++) line.push(cell);
    }
    grid.push(line);
  });
  const tblGrid = wChildren(tbl, 'tblGrid')[0];
  const gridColumns = tblGrid ? wChildren(tblGrid, 'gridCol').map((g) => Number(wAttr(g, 'w'))) : [];
  const tblPr = wChildren(tbl, 'tblPr')[0];
  const tblW = tblPr && wChildren(tblPr, 'tblW')[0];
  return {
    grid,
    gridColumns,
    width: { w: Number(wAttr(tblW, 'w') ?? 0), type: wAttr(tblW, 'type') },
    headerRows,
    element: tbl,
  };
}

/** The body's top-level tables, in document order. */
export function readDocxTables(document: XmlDocument): ReadTable[] {
  const body = document.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new Error('document.xml has no body');
  return wChildren(body, 'tbl').map(readTable);
}

/** The body's top-level paragraphs: style id and text, in order. */
export function readDocxParagraphs(
  document: XmlDocument,
): { readonly style: string | null; readonly text: string; readonly element: Element }[] {
  const body = document.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new Error('document.xml has no body');
  return wChildren(body, 'p').map((p) => {
    const pPr = wChildren(p, 'pPr')[0];
    const style = wAttr(pPr && wChildren(pPr, 'pStyle')[0], 'val');
    return { style, text: elementText(p), element: p };
  });
}
