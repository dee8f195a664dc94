// How the exported .docx breaks its pages, read back from the XML: what keeps a heading, section
// 二's small tables and the signature together, exact line spacing in the tables, typed line
// breaks and tabs as w:br / w:tab, and the font table Word falls back by.
import type { Element } from '@xmldom/xmldom';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../report/report-schema';
import { getFormat } from '../../template/formats';
import { layoutTable } from '../../template/layout-table';
import {
  W_NS,
  elementText,
  parseXml,
  readDocx,
  wAttr,
  wChildren,
  type DocxParts,
} from '../../test-support/read-docx-tables';
import { sampleReport } from '../../test-support/sample-reports';
import { buildReportDocument } from './build-report-document';
import { FONT_TABLE_PATH, reportFontTable } from './report-font-table';

async function exported(report: Report): Promise<DocxParts> {
  return readDocx(await Packer.toBuffer(buildReportDocument(report), false, [reportFontTable()]));
}

const pPr = (p: Element) => wChildren(p, 'pPr')[0];
const has = (p: Element, local: string) => {
  const el = pPr(p) && wChildren(pPr(p) as Element, local)[0];
  return el !== undefined && wAttr(el, 'val') !== 'false' && wAttr(el, 'val') !== '0';
};
const bodyParagraphs = (docx: DocxParts) => {
  const body = docx.document.getElementsByTagNameNS(W_NS, 'body')[0];
  return body ? wChildren(body, 'p') : [];
};
const tables = (docx: DocxParts) => Array.from(docx.document.getElementsByTagNameNS(W_NS, 'tbl'));
const style = (docx: DocxParts, id: string) =>
  Array.from(docx.styles.getElementsByTagNameNS(W_NS, 'style')).find((s) => wAttr(s, 'styleId') === id);

describe.each(['format-2021', 'format-2019'] as const)(
  'pagination of the .docx, %s',
  { timeout: 30_000 },
  (formatId) => {
    it('keeps headings with what follows them', async () => {
      const docx = await exported(sampleReport(formatId));
      for (const id of ['Heading1', 'Heading2']) {
        const ppr = style(docx, id)?.getElementsByTagNameNS(W_NS, 'pPr')[0];
        expect(ppr && wChildren(ppr, 'keepNext'), id).toHaveLength(1);
      }
      const headings = bodyParagraphs(docx).filter((p) =>
        /^Heading[12]$/.test(wAttr(pPr(p)?.getElementsByTagNameNS(W_NS, 'pStyle')[0], 'val') ?? ''),
      );
      expect(headings.length).toBeGreaterThanOrEqual(6);
    });

    it("keeps each band of section 二's table on one page, its rows uncut", async () => {
      const docx = await exported(sampleReport(formatId));
      const t2 = tables(docx)[0];
      if (!t2) throw new Error('no table');
      const layout = layoutTable(getFormat(formatId).sections[1]?.table ?? (undefined as never));
      const rows = wChildren(t2, 'tr');
      expect(rows).toHaveLength(layout.rows.length);
      rows.forEach((tr, r) => {
        const trPr = wChildren(tr, 'trPr')[0];
        expect(trPr && wChildren(trPr, 'cantSplit'), `row ${r}`).toHaveLength(1);
        const lastOfBand = r === rows.length - 1 || layout.rows[r + 1]?.[0]?.kind === 'item';
        const paragraphs = Array.from(tr.getElementsByTagNameNS(W_NS, 'p'));
        const text = elementText(tr);
        expect(
          paragraphs.map((p) => has(p, 'keepNext')),
          `row ${r} ${text}`,
        ).toEqual(paragraphs.map(() => !lastOfBand));
      });
      // The band titles (第二十条第（X）项) among them.
      const titles = rows.filter((tr) => /^第二十条第（.）项$/.test(elementText(tr)));
      expect(titles.length).toBeGreaterThanOrEqual(4);
      for (const tr of titles) {
        for (const p of Array.from(tr.getElementsByTagNameNS(W_NS, 'p')))
          expect(has(p, 'keepNext')).toBe(true);
      }
      // Tables 三 and 四 run over pages row by row, repeating their header rows.
      for (const t of tables(docx).slice(1)) {
        const header = wChildren(t, 'tr').filter(
          (tr) => tr.getElementsByTagNameNS(W_NS, 'tblHeader').length > 0,
        );
        expect(header.length).toBeGreaterThan(0);
      }
    });

    it('sets every table paragraph on exact lines, none on auto spacing', async () => {
      const docx = await exported(sampleReport(formatId));
      const tableStyle = style(docx, 'ReportTable')?.getElementsByTagNameNS(W_NS, 'spacing')[0];
      expect([wAttr(tableStyle, 'line'), wAttr(tableStyle, 'lineRule')]).toEqual(['263', 'exact']);
      const all = tables(docx);
      all.forEach((t, i) => {
        for (const p of Array.from(t.getElementsByTagNameNS(W_NS, 'p'))) {
          const spacing = pPr(p)?.getElementsByTagNameNS(W_NS, 'spacing')[0];
          // 1.25 × 五号 (10.5 pt) in tables 二 and 三, 1.25 × 小五 (9 pt) in table 四.
          expect([wAttr(spacing, 'line'), wAttr(spacing, 'lineRule')]).toEqual([
            i === all.length - 1 ? '225' : '263',
            'exact',
          ]);
        }
      });
      expect(docx.xml.get('word/document.xml')).not.toContain('w:lineRule="auto"');
    });

    it('keeps the signature and date on the page of the last paragraph', async () => {
      const docx = await exported(sampleReport(formatId));
      const paragraphs = bodyParagraphs(docx);
      const [last, signatory, date] = paragraphs.slice(-3);
      if (!last || !signatory || !date) throw new Error('too few paragraphs');
      expect(elementText(last)).toBe('本年度没有产生信息处理费。无其他需要报告的事项。');
      expect(elementText(signatory)).toBe('阁山镇人民政府');
      expect(elementText(date)).toMatch(/^\d{4}年1月21日$/);
      // The last paragraph keeps its last lines with the signatory, the signatory with the date;
      // neither signature line splits.
      expect([has(last, 'keepNext'), has(signatory, 'keepNext'), has(date, 'keepNext')]).toEqual([
        true,
        true,
        false,
      ]);
      expect([has(signatory, 'keepLines'), has(date, 'keepLines')]).toEqual([true, true]);
      // Only that paragraph of the body text is kept with the next.
      const kept = paragraphs.filter(
        (p) =>
          wAttr(pPr(p)?.getElementsByTagNameNS(W_NS, 'pStyle')[0], 'val') === 'ReportBody' &&
          has(p, 'keepNext'),
      );
      expect(kept).toEqual([last]);
    });
  },
);

describe('typed line breaks and tabs', { timeout: 30_000 }, () => {
  it('writes them as w:br and w:tab, never raw inside w:t', async () => {
    const base = sampleReport('format-2021');
    const report: Report = {
      ...base,
      // A figure cell holding text prints that text; here with a line break and a tab in it.
      cells: { ...base.cells, 't2:licensing:decisions': '约\t46\n件' },
      narratives: { ...base.narratives, s6: '事项\t一\t二' },
      meta: { ...base.meta, signatory: '阁山镇\u000B人民政府' },
    };
    const docx = await exported(report);
    const xml = docx.xml.get('word/document.xml') ?? '';
    for (const t of Array.from(docx.document.getElementsByTagNameNS(W_NS, 't'))) {
      expect(t.textContent ?? '').not.toMatch(/[\n\r\t]/);
    }
    const cell = Array.from(docx.document.getElementsByTagNameNS(W_NS, 'tc')).find((tc) =>
      elementText(tc).startsWith('约'),
    );
    if (!cell) throw new Error('cell missing');
    const runs = Array.from(cell.getElementsByTagNameNS(W_NS, 'r'));
    const children = runs.flatMap((r) =>
      Array.from(r.childNodes)
        .filter((n): n is Element => n.nodeType === 1)
        .map((n) => (n.localName === 't' ? n.textContent : `<${n.localName}>`)),
    );
    expect(children.filter((c) => c !== '<rPr>')).toEqual(['约', '<tab>', '46', '<br>', '件']);
    expect(xml).toMatch(/事项<\/w:t><w:tab\/><w:t xml:space="preserve">一<\/w:t><w:tab\/>/);
    expect(xml).toMatch(/阁山镇<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">人民政府/);
  });
});

describe('font table', () => {
  it('declares every font the document names with the GB2312 charset, a family and a fallback', async () => {
    const docx = await exported(sampleReport('format-2021'));
    const fontTable = parseXml(docx.xml.get(FONT_TABLE_PATH) ?? '');
    const fonts = Array.from(fontTable.getElementsByTagNameNS(W_NS, 'font')).map((f) => ({
      name: wAttr(f, 'name'),
      altName: wAttr(wChildren(f, 'altName')[0], 'val'),
      charset: wAttr(wChildren(f, 'charset')[0], 'val'),
      family: wAttr(wChildren(f, 'family')[0], 'val'),
    }));
    expect(fonts).toEqual([
      { name: '方正小标宋简体', altName: '宋体', charset: '86', family: 'roman' },
      { name: '仿宋_GB2312', altName: '仿宋', charset: '86', family: 'roman' },
      { name: '黑体', altName: 'SimHei', charset: '86', family: 'swiss' },
      { name: '楷体_GB2312', altName: '楷体', charset: '86', family: 'roman' },
      { name: '宋体', altName: 'SimSun', charset: '86', family: 'roman' },
    ]);
    // Every font named in a run, a style or the defaults is declared.
    const named = new Set<string>();
    for (const part of ['word/document.xml', 'word/styles.xml', ...docx.footers.keys()]) {
      for (const rFonts of (docx.xml.get(part) ?? '').match(/<w:rFonts [^>]*>/g) ?? []) {
        for (const m of rFonts.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g))
          if (m[1]) named.add(m[1]);
      }
    }
    expect(named.size).toBeGreaterThanOrEqual(5);
    expect([...named].filter((n) => !fonts.some((f) => f.name === n))).toEqual([]);
    // Element order of CT_Font (ECMA-376 §17.8.3.10): altName, charset, family, pitch, sig.
    const first = fontTable.getElementsByTagNameNS(W_NS, 'font')[0];
    expect(first ? Array.from(first.childNodes).map((n) => (n as Element).localName) : []).toEqual([
      'altName',
      'charset',
      'family',
      'pitch',
      'sig',
    ]);
  });
});
