// The exported .docx read back as a reader would: unzip, parse the XML, lay every table out on
// its grid honouring gridSpan and vMerge, and compare with the report and the spec.
import type { Element } from '@xmldom/xmldom';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../report/report-schema';
import { inputCellIds } from '../../template/content-schema';
import { getFormat } from '../../template/formats';
import { layoutTable } from '../../template/layout-table';
import type { FormatId, TableSpec } from '../../template/spec-types';
import { formatCells, formatTables } from '../../template/table-cells';
import { buildReportDocument } from './build-report-document';
import { TEXT_WIDTH } from './docx-typography';
import {
  W_NS,
  elementText,
  readDocx,
  readDocxParagraphs,
  readDocxTables,
  wAttr,
  wChildren,
  type DocxParts,
} from '../../test-support/read-docx-tables';
import { sampleReport } from '../../test-support/sample-reports';

const FORMAT_IDS: readonly FormatId[] = ['format-2019', 'format-2021'];

/** Every input cell a different non-zero figure, so a cell printed in the wrong place shows. */
function distinctFigures(formatId: FormatId): Report {
  const format = getFormat(formatId);
  const specs = formatCells(format);
  const cells = Object.fromEntries(
    inputCellIds(format).map((id, i) => {
      const kind = specs.get(id)?.kind;
      const n = i + 1;
      const text =
        kind === 'amount-with-unit'
          ? `${n}万元`
          : kind === 'money-wan'
            ? `${n}.25`
            : kind === 'signed-count'
              ? `-${n}`
              : `${n}`;
      return [id, text];
    }),
  );
  return { ...sampleReport(formatId), cells };
}

/** What a cell should print, worked out independently of the builder: typed text, or the sum of its parts. */
function expectedFigure(report: Report, id: string): string {
  const spec = formatCells(getFormat(report.formatId)).get(id);
  if (!spec) throw new Error(`no cell ${id}`);
  const cells: Readonly<Record<string, string | undefined>> = report.cells;
  if (!spec.computed) return cells[id] ?? '';
  // A total may sum other totals: （七）总计's 总计 column adds up computed cells.
  const parts = spec.parts.map((p) => expectedFigure(report, p)).filter((p) => p !== '');
  return parts.length === 0 ? '' : String(parts.reduce((a, p) => a + Number(p), 0));
}

async function exported(report: Report): Promise<DocxParts> {
  return readDocx(await Packer.toBuffer(buildReportDocument(report)));
}

function expectTableMatches(
  table: TableSpec,
  report: Report,
  read: ReturnType<typeof readDocxTables>[number],
): void {
  const layout = layoutTable(table);
  expect(read.grid).toHaveLength(layout.owner.length);
  layout.owner.forEach((line, r) => {
    const readLine = read.grid[r];
    expect(readLine, `row ${r} of ${table.id}`).toHaveLength(layout.columnCount);
    line.forEach((owner, k) => {
      const got = readLine?.[k];
      const where = `${table.id} row ${r} column ${k}`;
      // The merged cell covering this position starts where the layout's does.
      expect({ row: got?.row, col: got?.col }, where).toEqual({ row: owner.row, col: owner.col });
      const want = owner.kind === 'data' && owner.cell ? expectedFigure(report, owner.cell.id) : owner.text;
      expect(got?.text, where).toBe(want);
    });
  });
  expect(read.headerRows).toBe(layout.headerRows);
  // Widths in DXA on the table, the grid and every cell, adding up to the text width.
  expect(read.width).toEqual({ w: TEXT_WIDTH, type: 'dxa' });
  expect(read.gridColumns).toHaveLength(layout.columnCount);
  expect(read.gridColumns.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  for (const line of read.grid) {
    for (const cell of line) {
      const span = line.filter((c) => c === cell).length;
      const gridWidth = read.gridColumns.slice(cell.col, cell.col + span).reduce((a, b) => a + b, 0);
      expect(cell.width, `${table.id} cell at ${cell.row},${cell.col}`).toBe(gridWidth);
    }
  }
}

// Packing a .docx takes a second or two on a busy machine: a generous limit, not a timed assertion.
describe.each(FORMAT_IDS)('buildReportDocument, %s', { timeout: 30_000 }, (formatId) => {
  const format = getFormat(formatId);

  it('prints every table cell by cell with the merges, figures and totals of the report', async () => {
    const report = distinctFigures(formatId);
    const docx = await exported(report);
    const tables = readDocxTables(docx.document);
    const specs = formatTables(format);
    expect(tables).toHaveLength(specs.length);
    specs.forEach((spec, i) => {
      const read = tables[i];
      if (!read) throw new Error(`table ${spec.id} missing`);
      expectTableMatches(spec, report, read);
    });
  });

  it('prints an empty cell empty and a total of the filled parts', async () => {
    const base = sampleReport(formatId);
    const cells: Record<string, string | undefined> = { ...base.cells, 't3:new:natural': '' };
    const report = { ...base, cells };
    const tables = readDocxTables((await exported(report)).document);
    const t3 = tables[1];
    const layout = layoutTable(formatTables(format)[1] as TableSpec);
    const at = (id: string) => {
      for (const [r, line] of layout.owner.entries()) {
        const k = line.findIndex((c) => c.cell?.id === id);
        if (k >= 0) return t3?.grid[r]?.[k]?.text;
      }
      throw new Error(id);
    };
    expect(at('t3:new:natural')).toBe('');
    expect(at('t3:new:total')).toBe('3'); // 2 + 0 + 0 + 0 + 1 of the sample, without 自然人
  });

  it('has the title, preamble, the six headings once each in order, subsections, and the signature', async () => {
    const report = sampleReport(formatId);
    const paragraphs = readDocxParagraphs((await exported(report)).document);
    const texts = paragraphs.map((p) => p.text);
    expect(paragraphs[0]?.style).toBe('Title');
    expect(texts[0]).toBe(`阁山镇人民政府${report.year}年政府信息公开工作年度报告`);
    expect(texts[1]).toBe(report.preamble);

    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(format.sections.map((s) => s.title));
    for (const s of format.sections) expect(texts.filter((t) => t.includes(s.title))).toHaveLength(1);
    // Titles as text, never Word numbering.
    for (const p of paragraphs) expect(p.element.getElementsByTagNameNS(W_NS, 'numPr')).toHaveLength(0);

    const subheadings = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(subheadings).toEqual(
      format.sections[0]?.narratives.flatMap((n) => (n.heading ? [n.heading] : [])),
    );
    // The s1-intro text comes right after the section's heading, before the first subsection.
    const first = texts.indexOf(format.sections[0]?.title ?? '');
    expect(texts[first + 1]).toBe(report.narratives['s1-intro']);
    expect(texts[first + 2]).toBe(subheadings[0]);
    // A line break in a narrative starts a new paragraph.
    const active = (report.narratives['s1-active'] ?? '').split('\n');
    expect(texts.slice(first + 3, first + 5)).toEqual(active);

    const last = paragraphs.slice(-2);
    expect(last.map((p) => p.text)).toEqual(['阁山镇人民政府', `${report.year + 1}年1月21日`]);
    expect(last.map((p) => p.style)).toEqual(['ReportSignature', 'ReportSignature']);
  });

  it('sets A4, the GB/T 9704 margins and odd/even page-number footers with a PAGE field', async () => {
    const docx = await exported(sampleReport(formatId));
    const sectPr = docx.document.getElementsByTagNameNS(W_NS, 'sectPr')[0];
    const pgSz = sectPr && wChildren(sectPr, 'pgSz')[0];
    const pgMar = sectPr && wChildren(sectPr, 'pgMar')[0];
    expect([wAttr(pgSz, 'w'), wAttr(pgSz, 'h')]).toEqual(['11906', '16838']);
    const margin = (side: string) => Number(wAttr(pgMar, side));
    expect(margin('top')).toBe(2098); // 37 mm
    expect(margin('bottom')).toBe(1985); // 35 mm
    expect(margin('left')).toBe(1588); // 28 mm
    expect(11906 - margin('left') - margin('right')).toBe(TEXT_WIDTH); // 156 mm text width

    expect(docx.settings.getElementsByTagNameNS(W_NS, 'evenAndOddHeaders')).toHaveLength(1);
    const refs = sectPr ? wChildren(sectPr, 'footerReference') : [];
    expect(refs.map((r) => wAttr(r, 'type')).sort()).toEqual(['default', 'even']);
    expect(docx.footers.size).toBeGreaterThanOrEqual(2);
    const alignments: string[] = [];
    const cached: string[] = [];
    for (const footer of docx.footers.values()) {
      // A PAGE field with a number cached in it, for readers that do not update fields.
      const fields = Array.from(footer.getElementsByTagNameNS(W_NS, 'fldSimple'));
      expect(fields.map((f) => wAttr(f, 'instr')?.trim())).toEqual(['PAGE']);
      cached.push(fields[0]?.textContent ?? '');
      const paragraph = footer.getElementsByTagNameNS(W_NS, 'p')[0];
      const text = paragraph ? elementText(paragraph) : '';
      expect(text).toMatch(/^— \d —$/);
      const jc = footer.getElementsByTagNameNS(W_NS, 'jc')[0];
      alignments.push(wAttr(jc, 'val') ?? '');
    }
    expect(alignments.sort()).toEqual(['left', 'right']);
    expect(cached.sort()).toEqual(['1', '2']);
  });

  it('names the Chinese fonts in every slot, in the defaults and the styles, with no theme fonts left', async () => {
    const docx = await exported(sampleReport(formatId));
    const rFontsOf = (el: Element | undefined) => {
      const f = el?.getElementsByTagNameNS(W_NS, 'rFonts')[0];
      return { ascii: wAttr(f, 'ascii'), hAnsi: wAttr(f, 'hAnsi'), eastAsia: wAttr(f, 'eastAsia') };
    };
    const rPrDefault = docx.styles.getElementsByTagNameNS(W_NS, 'rPrDefault')[0];
    expect(rFontsOf(rPrDefault)).toEqual({
      ascii: '仿宋_GB2312',
      hAnsi: '仿宋_GB2312',
      eastAsia: '仿宋_GB2312',
    });
    const style = (id: string) =>
      Array.from(docx.styles.getElementsByTagNameNS(W_NS, 'style')).find((s) => wAttr(s, 'styleId') === id);
    const size = (id: string) => wAttr(style(id)?.getElementsByTagNameNS(W_NS, 'sz')[0], 'val');
    expect(rFontsOf(style('Title')).eastAsia).toBe('方正小标宋简体');
    expect(size('Title')).toBe('44');
    expect(rFontsOf(style('Heading1'))).toEqual({ ascii: '黑体', hAnsi: '黑体', eastAsia: '黑体' });
    expect(rFontsOf(style('Heading2'))).toEqual({
      ascii: '楷体_GB2312',
      hAnsi: '楷体_GB2312',
      eastAsia: '楷体_GB2312',
    });
    expect(rFontsOf(style('ReportBody')).eastAsia).toBe('仿宋_GB2312');
    expect(size('ReportBody')).toBe('32');
    expect(rFontsOf(style('ReportFooter')).eastAsia).toBe('宋体');
    expect(size('ReportFooter')).toBe('28');
    // Body: exact 28 pt lines, a first-line indent of two characters.
    const body = style('ReportBody');
    const spacing = body?.getElementsByTagNameNS(W_NS, 'spacing')[0];
    expect([wAttr(spacing, 'line'), wAttr(spacing, 'lineRule')]).toEqual(['560', 'exact']);
    expect(wAttr(body?.getElementsByTagNameNS(W_NS, 'ind')[0], 'firstLine')).toBe('640');
    for (const part of ['word/styles.xml', 'word/document.xml']) {
      expect(docx.xml.get(part), part).not.toMatch(/(ascii|hAnsi|eastAsia|cs)Theme=/);
    }
    // The theme's own fonts are the report's, not Word's Latin defaults.
    const theme = [...docx.xml.entries()].find(([name]) => name.startsWith('word/theme/'))?.[1] ?? '';
    expect(theme).toContain('<a:ea typeface="仿宋_GB2312"/>');
    expect(theme).not.toMatch(/Calibri|Cambria/);
  });
});

describe('safe text', { timeout: 30_000 }, () => {
  it('keeps a narrative full of control characters well-formed, lines as paragraphs', async () => {
    const base = sampleReport('format-2021');
    const nasty = '第一段\u000B第二段\u000C第三段\u0000\u0001\u0008\u001F\uFFFE\uFFFF\uD800尾\r\n\t第四段';
    const report = {
      ...base,
      meta: { ...base.meta, agencyName: '阁山镇\u0007人民政府', signatory: '阁山镇人民政府\u000C' },
      narratives: { ...base.narratives, s5: nasty },
    };
    const docx = await exported(report); // parseXml throws on a malformed part or a forbidden character
    const texts = readDocxParagraphs(docx.document).map((p) => p.text);
    const s5 = texts.indexOf(getFormat('format-2021').sections[4]?.title ?? '');
    expect(texts.slice(s5 + 1, s5 + 5)).toEqual(['第一段', '第二段', '第三段尾', '第四段']);
    expect(texts[0]).toBe('阁山镇人民政府2021年政府信息公开工作年度报告');
  });
});
