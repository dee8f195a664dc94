// @vitest-environment jsdom
// The web page version read back as a browser and as the app's own importer read it: every table
// with the official merges and every cell's text, no classes, and the figures coming back the same.
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../test-support/sample-reports';
import { getFormat } from '../template/formats';
import { layoutTable } from '../template/layout-table';
import { normalizeFigure } from '../template/normalize-figure';
import { documentContent, gridCellText } from '../template/print-layout/document-content';
import { textParagraphs } from '../template/print-layout/safe-text';
import { formatCells } from '../template/table-cells';
import type { FormatId } from '../template/spec-types';
import { importedToReport } from './import/imported-to-report';
import { readReportFile } from './import/read-report-file';
import type { Report } from './report-schema';
import { reportWebPage } from './report-web-page';

const TODAY = new Date(2026, 0, 15);
const FORMAT_IDS: readonly FormatId[] = ['format-2021', 'format-2019'];

describe.each(FORMAT_IDS)('reportWebPage, %s', { timeout: 30_000 }, (formatId) => {
  const report = sampleReport(formatId);
  const format = getFormat(formatId);
  const web = reportWebPage(report);

  it('prints every table with the official rowspan and colspan, cell by cell', () => {
    const doc = new DOMParser().parseFromString(web.page, 'text/html');
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.title).toBe(`阁山镇人民政府${report.year}年政府信息公开工作年度报告`);
    expect(doc.querySelectorAll('[class]')).toHaveLength(0);
    const blocks = documentContent(format, report).filter((b) => b.kind === 'table');
    const tables = [...doc.querySelectorAll('table')];
    expect(tables).toHaveLength(blocks.length);
    blocks.forEach((block, t) => {
      const rows = [...(tables[t]?.rows ?? [])];
      expect(rows, block.caption).toHaveLength(block.layout.rows.length);
      block.layout.rows.forEach((line, r) => {
        const cells = [...(rows[r]?.cells ?? [])];
        expect(
          cells.map((c) => ({ rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.textContent })),
          `${block.caption} row ${r}`,
        ).toEqual(
          line.map((cell) => ({
            rowSpan: cell.rowSpan,
            colSpan: cell.colSpan,
            text: gridCellText(block, cell),
          })),
        );
      });
      // The layout's merges are the official table's: in table 三 申请人情况 spans all seven figures.
      const layout = layoutTable(format.sections[t + 1]?.table ?? (undefined as never));
      expect(rows.length).toBe(layout.rows.length);
    });
    expect(tables[1]?.rows[0]?.cells[1]?.textContent).toBe('申请人情况');
    expect(tables[1]?.rows[0]?.cells[1]?.colSpan).toBe(7);
    // Styles inline on every cell: borders survive a paste into an editor with no stylesheet.
    for (const cell of doc.querySelectorAll('td, th')) {
      expect((cell as HTMLElement).style.border).toContain('1px solid');
    }
  });

  it('puts the text in order, headings and paragraphs, and the same as plain text', () => {
    const doc = new DOMParser().parseFromString(web.fragment, 'text/html');
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(format.sections.map((s) => s.title));
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs.slice(-2)).toEqual(['阁山镇人民政府', `${report.year + 1}年1月21日`]);
    for (const text of textParagraphs(report.narratives['s1-active'] ?? ''))
      expect(paragraphs).toContain(text);
    expect(web.text.split('\n')[0]).toBe(doc.querySelector('h1')?.textContent);
    expect(web.text).toContain('申请人情况');
    expect(web.text).not.toMatch(/<[a-z]/);
  });

  it('escapes what the clerk typed and turns line breaks into <br>', () => {
    const odd: Report = {
      ...report,
      narratives: { ...report.narratives, s6: '<script>alert(1)</script> & "引号"' },
      cells: { ...report.cells, 't2:licensing:decisions': '约46\n件' },
    };
    const doc = new DOMParser().parseFromString(reportWebPage(odd).page, 'text/html');
    expect(doc.querySelector('script')).toBeNull();
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toContain(
      '<script>alert(1)</script> & "引号"',
    );
    const cell = [...doc.querySelectorAll('td')].find((td) => td.textContent === '约46件');
    expect(cell?.innerHTML).toBe('约46<br>件');
  });
});

describe.each(FORMAT_IDS)('the web page of the %s sample, imported', { timeout: 30_000 }, (formatId) => {
  it('gives back every figure, every paragraph, the office, the year and the signature', () => {
    const original = sampleReport(formatId);
    const bytes = new TextEncoder().encode(reportWebPage(original).page);
    const result = readReportFile('报告.html', bytes, { today: TODAY });
    if (!result.ok) throw new Error(result.reason);
    const imported = result.report;
    expect(imported.agencyName.value).toBe(original.meta.agencyName);
    expect(imported.year.value).toBe(original.year);
    expect(imported.formatId).toBe(original.formatId);
    expect(imported.unplaced).toEqual([]);
    expect(imported.unrecognisedTables).toEqual([]);
    expect(imported.totalsFindings).toEqual([]);
    const converted = importedToReport(
      imported,
      { agencyName: imported.agencyName.value, year: original.year },
      { today: TODAY },
    );
    if (!converted.ok) throw new Error(converted.reason);
    const back = converted.report;
    const cells: Readonly<Record<string, string | undefined>> = original.cells;
    const backCells: Readonly<Record<string, string | undefined>> = back.cells;
    for (const spec of formatCells(getFormat(formatId)).values()) {
      if (spec.computed) continue;
      const raw = cells[spec.id];
      expect(backCells[spec.id], spec.id).toBe(
        raw === undefined || raw.trim() === '' ? undefined : normalizeFigure(raw),
      );
    }
    const narratives: Readonly<Record<string, string | undefined>> = original.narratives;
    const backNarratives: Readonly<Record<string, string | undefined>> = back.narratives;
    for (const id of Object.keys({ ...narratives, ...backNarratives })) {
      expect(backNarratives[id] ?? '', id).toBe(textParagraphs(narratives[id] ?? '').join('\n'));
    }
    expect(back.meta.signatory).toBe(original.meta.agencyName);
    expect(back.meta.signDate).toBe(original.meta.signDate);
  });
});
