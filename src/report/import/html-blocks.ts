// A web page (a portal's report page saved as a file, or HTML copied from it) as blocks. Portal
// pages are Word pasted into an editor: <p class="MsoNormal"> with runs of <span>/<font> that split
// words and numbers, &nbsp; padding, labels one character per <p> inside a cell, tables with
// colspan/rowspan (real-inputs.md). htmlparser2 parses it the same in Node and in a Web Worker.
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { ListedCell } from './place-cells';
import { placeCells } from './place-cells';
import type { SourceBlock } from './source-document';

/** Elements whose content is never shown as text. */
const HIDDEN = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'canvas',
  'select',
  'textarea',
  'button',
  'xml',
  'meta',
  'link',
]);

/** Elements that end a line of text before and after them. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'center',
  'pre',
  'address',
  'figure',
  'figcaption',
  'caption',
  'hr',
  'form',
  'fieldset',
  'tr',
  'td',
  'th',
  'body',
  'html',
]);

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The visible text of collected raw text: runs of white space become one space, except that a
 * line break between two Chinese characters (where the page's source wrapped a line) is nothing,
 * as it is when the page is shown; &nbsp; is a space; ends are trimmed.
 */
function visibleText(raw: string): string {
  return raw
    .replace(/[ \t\n\r\f]+/g, (run, at: number, all: string) => {
      const before = all[at - 1] ?? '';
      const after = all[at + run.length] ?? '';
      return /[\n\r]/.test(run) && CJK.test(before) && CJK.test(after) ? '' : ' ';
    })
    .replace(/\u00a0/g, ' ')
    .trim();
}

function hidden(el: Element): boolean {
  if (HIDDEN.has(el.name)) return true;
  const style = (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('mso-hide:all');
}

/** The first element named `name` under `nodes`, depth first. */
function findElement(nodes: readonly ChildNode[], name: string): Element | undefined {
  const stack: ChildNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node && isTag(node)) {
      if (node.name === name) return node;
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  return undefined;
}

/** Text lines of some content, for a table cell: each block and <br> starts a line. */
function lines(nodes: readonly ChildNode[]): string[] {
  const out: string[] = [];
  let line = '';
  const end = (): void => {
    const text = visibleText(line);
    if (text !== '') out.push(text);
    line = '';
  };
  const walk = (list: readonly ChildNode[]): void => {
    for (const node of list) {
      if (isText(node)) line += node.data;
      else if (isTag(node) && !hidden(node)) {
        if (node.name === 'br') end();
        else if (BLOCK.has(node.name) || node.name === 'table') {
          end();
          walk(node.children);
          end();
        } else walk(node.children);
      }
    }
  };
  walk(nodes);
  end();
  return out;
}

function spanAttr(el: Element, name: string): number {
  const n = Number.parseInt(el.attribs[name] ?? '1', 10);
  return Number.isNaN(n) ? 1 : n;
}

/** The rows of a table: its own <tr>, directly or in <thead>/<tbody>/<tfoot>, never a nested table's. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const tr of child.children) if (isTag(tr) && tr.name === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function readTable(table: Element): SourceBlock {
  const listed: ListedCell[][] = tableRows(table).map((tr) =>
    tr.children
      .filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
      .map((td) => ({
        text: lines(td.children).join('\n'),
        colSpan: spanAttr(td, 'colspan'),
        rowSpan: spanAttr(td, 'rowspan'),
      })),
  );
  return placeCells(listed);
}

interface HtmlContent {
  readonly blocks: readonly SourceBlock[];
  /** The page's <title>, if it has one. */
  readonly title?: string;
}

/** A page's paragraphs and tables in document order. */
export function htmlBlocks(html: string): HtmlContent {
  const document = parseDocument(html);
  const blocks: SourceBlock[] = [];
  let line = '';
  const end = (): void => {
    const text = visibleText(line);
    if (text !== '') blocks.push({ kind: 'paragraph', text });
    line = '';
  };
  const walk = (list: readonly ChildNode[]): void => {
    for (const node of list) {
      if (isText(node)) {
        line += node.data;
        continue;
      }
      if (!isTag(node)) continue;
      if (hidden(node)) continue;
      if (node.name === 'br') end();
      else if (node.name === 'table') {
        end();
        // A table holding tables lays the page out; the tables inside are the report's.
        if (findElement(node.children, 'table')) walk(node.children);
        else blocks.push(readTable(node));
      } else if (BLOCK.has(node.name)) {
        end();
        walk(node.children);
        end();
      } else walk(node.children);
    }
  };
  walk(document.children);
  end();
  const titleElement = findElement(document.children, 'title');
  const title = titleElement ? visibleText(lines(titleElement.children).join(' ')) : '';
  return title ? { blocks, title } : { blocks };
}
