// The body of a .docx (word/document.xml) as blocks: paragraphs with their automatic numbers put
// back, tables laid out on their grid with w:gridSpan, w:vMerge, w:hMerge and w:gridBefore
// resolved (pitfalls.md: a cell's grid column is the sum of the spans before it, not its index).
// Tracked deletions, field codes and hidden text are not text; insertions, hyperlinks, content
// controls and text boxes are.
import { isTag, type ChildNode, type Element } from 'domhandler';
import { docxNumbering } from './docx-numbering';
import type { SourceBlock, SourceCell } from './source-document';
import { childElements, firstChild, parseXml, rootElement, textOf, wordPrefix } from './xml-node';

/** The XML parts a report is read from, as text. */
export interface DocxParts {
  readonly document: string;
  readonly numbering?: string;
  readonly styles?: string;
  /** docProps/core.xml: the title property. */
  readonly core?: string;
}

interface DocxContent {
  readonly blocks: readonly SourceBlock[];
  readonly title?: string;
}

interface MutableCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

function onOff(el: Element | undefined, w: string): boolean {
  if (!el) return false;
  const v = el.attribs[`${w}val`];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

function intVal(el: Element | undefined, w: string, fallback: number): number {
  const n = Number.parseInt(el?.attribs[`${w}val`] ?? '', 10);
  return Number.isNaN(n) ? fallback : n;
}

/** Spans beyond these are not a report's table; they would only make a hostile file's grid huge. */
const MAX_SPAN = 100;
const clampSpan = (n: number): number => Math.min(Math.max(n, 1), MAX_SPAN);

export function docxBlocks(parts: DocxParts): DocxContent {
  const documentXml = parseXml(parts.document);
  const root = rootElement(documentXml);
  const w = wordPrefix(root);
  const numberOf = docxNumbering(
    parts.numbering ? parseXml(parts.numbering) : undefined,
    parts.styles ? parseXml(parts.styles) : undefined,
  );
  const blocks: SourceBlock[] = [];

  /** A paragraph's text; the paragraphs of text boxes anchored in it go to `boxes`. */
  const paragraphText = (p: Element, boxes: string[]): { text: string; autoNumber?: string } => {
    let text = '';
    const runs = (nodes: readonly ChildNode[]): void => {
      for (const node of nodes) {
        if (!isTag(node)) continue;
        switch (node.name) {
          case `${w}r`: {
            const rPr = firstChild(node, `${w}rPr`);
            if (onOff(firstChild(rPr, `${w}vanish`), w) || onOff(firstChild(rPr, `${w}webHidden`), w)) break;
            runContent(node.children);
            break;
          }
          case `${w}del`:
          case `${w}moveFrom`:
          case `${w}pPr`:
            break;
          case 'mc:AlternateContent': {
            const choice = firstChild(node, 'mc:Choice') ?? firstChild(node, 'mc:Fallback');
            if (choice) runs(choice.children);
            break;
          }
          default:
            // w:hyperlink, w:ins, w:moveTo, w:smartTag, w:customXml, w:fldSimple, w:sdt(Content), w:bdo …
            runs(node.children);
        }
      }
    };
    const runContent = (nodes: readonly ChildNode[]): void => {
      for (const node of nodes) {
        if (!isTag(node)) continue;
        switch (node.name) {
          case `${w}t`:
            text += textOf(node);
            break;
          case `${w}tab`:
          case `${w}ptab`:
            text += '\t';
            break;
          case `${w}br`:
          case `${w}cr`:
            text += '\n';
            break;
          case `${w}noBreakHyphen`:
            text += '-';
            break;
          case 'mc:AlternateContent': {
            const choice = firstChild(node, 'mc:Choice') ?? firstChild(node, 'mc:Fallback');
            if (choice) runContent(choice.children);
            break;
          }
          case `${w}drawing`:
          case `${w}pict`:
          case `${w}object`:
            textBoxes(node, boxes);
            break;
          default:
          // w:delText, w:instrText, w:fldChar, w:sym, w:rPr …: not text
        }
      }
    };
    runs(p.children);
    const number = numberOf(firstChild(p, `${w}pPr`));
    if (!number) return { text };
    return { text: `${number}${text.replace(/^\t/, '')}`, autoNumber: number };
  };

  /** Paragraphs of the text boxes inside a drawing, in order. */
  const textBoxes = (drawing: Element, boxes: string[]): void => {
    const stack: Element[] = [drawing];
    while (stack.length > 0) {
      const el = stack.pop();
      if (!el) continue;
      if (el.name === `${w}txbxContent`) {
        for (const p of childElements(el, `${w}p`)) {
          const inner: string[] = [];
          const { text } = paragraphText(p, inner);
          boxes.push(...inner, text);
        }
        continue;
      }
      // A shape's mc:Fallback repeats its mc:Choice as VML: read the choice only.
      const children =
        el.name === 'mc:AlternateContent'
          ? childElements(el)
              .filter((c) => c.name === 'mc:Choice')
              .slice(0, 1)
          : childElements(el);
      for (let i = children.length - 1; i >= 0; i--) {
        const c = children[i];
        if (c) stack.push(c);
      }
    }
  };

  const paragraph = (p: Element, out: SourceBlock[]): void => {
    const boxes: string[] = [];
    const { text, autoNumber } = paragraphText(p, boxes);
    for (const b of boxes) out.push({ kind: 'paragraph', text: b });
    out.push(autoNumber ? { kind: 'paragraph', text, autoNumber } : { kind: 'paragraph', text });
  };

  /** Children of a row or table, looking through content controls and custom XML around them. */
  const unwrap = (el: Element, name: string): Element[] => {
    const out: Element[] = [];
    for (const c of childElements(el)) {
      if (c.name === name) out.push(c);
      else if (c.name === `${w}sdt`) {
        const content = firstChild(c, `${w}sdtContent`);
        if (content) out.push(...unwrap(content, name));
      } else if (c.name === `${w}customXml`) out.push(...unwrap(c, name));
    }
    return out;
  };

  const cellText = (tc: Element): string => {
    const lines: string[] = [];
    const walk = (el: Element): void => {
      for (const c of childElements(el)) {
        if (c.name === `${w}p`) {
          const boxes: string[] = [];
          const { text } = paragraphText(c, boxes);
          lines.push(...boxes, text);
        } else if (c.name === `${w}sdt`) {
          const content = firstChild(c, `${w}sdtContent`);
          if (content) walk(content);
        } else if (c.name === `${w}customXml`) walk(c);
      }
    };
    walk(tc);
    return lines.join('\n');
  };

  const table = (tbl: Element, out: SourceBlock[]): void => {
    const trs = unwrap(tbl, `${w}tr`);
    // A table holding tables lays the page out; the tables inside are the report's.
    if (trs.some((tr) => unwrap(tr, `${w}tc`).some((tc) => hasTable(tc)))) {
      for (const tr of trs) for (const tc of unwrap(tr, `${w}tc`)) body(tc.children, out);
      return;
    }
    const rows: MutableCell[][] = [];
    const owners: (MutableCell | undefined)[][] = [];
    trs.forEach((tr, r) => {
      const line: MutableCell[] = [];
      const ownerLine: (MutableCell | undefined)[] = [];
      rows.push(line);
      owners.push(ownerLine);
      const trPr = firstChild(tr, `${w}trPr`);
      let col = Math.min(Math.max(intVal(firstChild(trPr, `${w}gridBefore`), w, 0), 0), MAX_SPAN);
      for (const tc of unwrap(tr, `${w}tc`)) {
        const tcPr = firstChild(tc, `${w}tcPr`);
        const colSpan = clampSpan(intVal(firstChild(tcPr, `${w}gridSpan`), w, 1));
        const vMerge = firstChild(tcPr, `${w}vMerge`);
        const hMerge = firstChild(tcPr, `${w}hMerge`);
        const text = cellText(tc);
        const continuesDown =
          vMerge !== undefined && (vMerge.attribs[`${w}val`] ?? 'continue') === 'continue';
        const above = continuesDown ? owners[r - 1]?.[col] : undefined;
        const left = ownerLine[col - 1];
        let cell: MutableCell;
        if (above) {
          above.rowSpan = r - above.row + 1;
          cell = above;
        } else if (hMerge && (hMerge.attribs[`${w}val`] ?? 'continue') === 'continue' && left) {
          left.colSpan += colSpan;
          cell = left;
        } else {
          cell = { row: r, col, rowSpan: 1, colSpan, text };
          line.push(cell);
        }
        // Text in a continuing cell is kept with the cell it continues, never dropped.
        if (cell.row !== r || cell.col !== col) {
          if (text.trim() !== '') cell.text = cell.text ? `${cell.text}\n${text}` : text;
        }
        for (let k = col; k < col + colSpan; k++) ownerLine[k] = cell;
        col += colSpan;
      }
    });
    const frozen: SourceCell[][] = rows.map((line) => line.map((c) => ({ ...c })));
    out.push({ kind: 'table', rows: frozen, positioned: true });
  };

  const hasTable = (el: Element): boolean =>
    childElements(el).some((c) => c.name === `${w}tbl` || (c.name !== `${w}p` && hasTable(c)));

  const body = (nodes: readonly ChildNode[], out: SourceBlock[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      if (node.name === `${w}p`) paragraph(node, out);
      else if (node.name === `${w}tbl`) table(node, out);
      else if (node.name === `${w}sdt`) {
        const content = firstChild(node, `${w}sdtContent`);
        if (content) body(content.children, out);
      } else if (node.name === `${w}customXml`) body(node.children, out);
    }
  };

  const bodyEl = firstChild(root, `${w}body`);
  if (bodyEl) body(bodyEl.children, blocks);

  let title: string | undefined;
  if (parts.core) {
    const coreRoot = rootElement(parseXml(parts.core));
    const t = coreRoot ? firstChild(coreRoot, 'dc:title') : undefined;
    const text = t ? textOf(t).trim() : '';
    if (text) title = text;
  }
  return title ? { blocks, title } : { blocks };
}
