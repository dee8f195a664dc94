// The report as clean HTML for a government portal's editor: the official tables with the
// official rowspan/colspan (layoutTable), a few inline styles and no classes, so nothing depends
// on a stylesheet the portal does not have. Published pages show what pasting Word into those
// editors does to the tables (real-inputs.md); this is what 复制网页版 and 下载网页版 give instead.
// Drawn from documentContent(), the model the preview and the Word export print, so the web page
// cannot differ from them.
import { getFormat } from '../template/formats';
import type { GridCell } from '../template/layout-table';
import {
  documentContent,
  gridCellText,
  type DocumentBlock,
  type TableBlock,
} from '../template/print-layout/document-content';
import type { Report } from './report-schema';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Typed line breaks as <br>, tabs as spaces (HTML collapses them anyway). */
const textHtml = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => escape(line.replace(/\t/g, ' ')))
    .join('<br>');

// Font stacks: the document's fonts first, then what Windows, macOS and Linux have.
const BODY_FONT = 'font-family:仿宋_GB2312,仿宋,FangSong,STFangsong,serif';
const TITLE_FONT = 'font-family:方正小标宋简体,宋体,SimSun,serif';
const HEI_FONT = 'font-family:黑体,SimHei,sans-serif';
const KAI_FONT = 'font-family:楷体_GB2312,楷体,KaiTi,STKaiti,serif';

const P = `margin:0;text-indent:2em;font-size:16pt;line-height:1.75;${BODY_FONT}`;
const CELL = 'border:1px solid #000;padding:2px 4px;vertical-align:middle';

function cellHtml(block: TableBlock, cell: GridCell): string {
  const spans =
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
    (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
  // Leaf row labels read left to right as in the notice's table; headers and figures are centred.
  const align = cell.kind === 'row-label' && cell.rowSpan === 1 ? 'left' : 'center';
  const tag = cell.kind === 'data' ? 'td' : 'th';
  const scope = cell.kind === 'row-label' ? ' scope="row"' : cell.kind === 'data' ? '' : ' scope="col"';
  return `<${tag}${spans}${scope} style="${CELL};text-align:${align};font-weight:normal">${textHtml(gridCellText(block, cell))}</${tag}>`;
}

function tableHtml(block: TableBlock): string {
  const { layout } = block;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const cols = block.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const size = block.small ? '9pt' : '10.5pt';
  const rows = layout.rows.map((line) => `<tr>${line.map((cell) => cellHtml(block, cell)).join('')}</tr>`);
  return (
    `<table border="1" cellspacing="0" cellpadding="2" aria-label="${escape(block.caption)}" ` +
    `style="width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 14pt;font-size:${size};line-height:1.25;${BODY_FONT}">` +
    `<colgroup>${cols}</colgroup><tbody>${rows.join('')}</tbody></table>`
  );
}

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'title':
      return `<h1 style="margin:0 0 28pt;text-align:center;font-size:22pt;font-weight:normal;line-height:1.6;${TITLE_FONT}">${textHtml(block.text)}</h1>`;
    case 'heading':
      return block.level === 1
        ? `<h2 style="${P};font-weight:normal;${HEI_FONT}">${textHtml(block.text)}</h2>`
        : `<h3 style="${P};font-weight:normal;${KAI_FONT}">${textHtml(block.text)}</h3>`;
    case 'text':
      return block.paragraphs.map((p) => `<p style="${P};text-align:justify">${textHtml(p)}</p>`).join('');
    case 'table':
      return tableHtml(block);
    case 'signature':
      return [block.signatory, block.date]
        .filter((line) => line !== '')
        .map(
          (line, i) =>
            `<p style="margin:${i === 0 ? '28pt' : '0'} 0 0;padding-right:2em;text-align:right;font-size:16pt;line-height:1.75;${BODY_FONT}">${textHtml(line)}</p>`,
        )
        .join('');
  }
}

function blockText(block: DocumentBlock): string {
  switch (block.kind) {
    case 'title':
    case 'heading':
      return block.text;
    case 'text':
      return block.paragraphs.join('\n');
    case 'table':
      // Tab-separated rows, as a spreadsheet copies them; a merged cell's text in its first row.
      return block.layout.rows
        .map((line) => line.map((cell) => gridCellText(block, cell).replace(/[\t\r\n]+/g, ' ')).join('\t'))
        .join('\n');
    case 'signature':
      return [block.signatory, block.date].filter((line) => line !== '').join('\n');
  }
}

export interface ReportWebPage {
  /** The report's content, for the clipboard's text/html: what a portal editor pastes. */
  readonly fragment: string;
  /** The same as plain text, for the clipboard's text/plain. */
  readonly text: string;
  /** A whole web page (UTF-8, zh-CN, titled), for the .html download. */
  readonly page: string;
}

export function reportWebPage(report: Report): ReportWebPage {
  const blocks = documentContent(getFormat(report.formatId), report);
  const title = blocks.find((b) => b.kind === 'title');
  const fragment = `<div style="max-width:156mm;color:#000">${blocks.map(blockHtml).join('')}</div>`;
  return {
    fragment,
    text: blocks
      .map(blockText)
      .filter((t) => t !== '')
      .join('\n'),
    page:
      '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${escape(title?.kind === 'title' ? title.text : '')}</title></head>` +
      `<body style="margin:2em auto;max-width:156mm">${fragment}</body></html>\n`,
  };
}
