// The published reports of the examples folder (copied byte for byte into the repository), read as
// the app reads them: the three text copies as pasted text and as .txt files, the portal page as a
// saved file and as pasted HTML. Every figure is compared with the transcriptions in
// src/template/fixtures and with the page's own list of figures.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GESHAN_2021 } from '../../template/fixtures/geshan-2021';
import type { ExampleReport } from '../../template/fixtures/example-report';
import { PANZHUANG_2021 } from '../../template/fixtures/panzhuang-2021';
import { QIANHU_2021 } from '../../template/fixtures/qianhu-2021';
import { FORMAT_2021 } from '../../template/format-2021';
import { normalizeFigure } from '../../template/normalize-figure';
import { formatCells, formatTables, tableCells } from '../../template/table-cells';
import type { ImportedReport } from './imported-report';
import { importedToReport } from './imported-to-report';
import { readPastedReport } from './read-pasted-report';
import { readReportFile } from './read-report-file';

const EXAMPLES = new URL('../../template/fixtures/examples/', import.meta.url);
const bytes = (name: string) => new Uint8Array(fs.readFileSync(new URL(name, EXAMPLES)));
const text = (name: string) => fs.readFileSync(new URL(name, EXAMPLES), 'utf8');
const TODAY = new Date(2026, 0, 15);

function imported(result: ReturnType<typeof readPastedReport>): ImportedReport {
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

/** Narratives compared as words: a published copy breaks lines where the transcription does not. */
const words = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** Every cell of format 2021: the figure as the transcription has it, or blank where it has none. */
function expectFiguresOf(report: ImportedReport, example: ExampleReport): void {
  for (const spec of formatCells(FORMAT_2021).values()) {
    const printed = example.cells[spec.id];
    const cell = report.cells[spec.id];
    if (printed === undefined) expect(cell?.state, spec.id).toBe('blank');
    else expect(cell, spec.id).toMatchObject({ state: 'read', text: normalizeFigure(printed) });
  }
}

describe.each([
  ['as pasted text', (name: string) => readPastedReport({ text: text(name) })],
  ['as a .txt file', (name: string) => readReportFile(name, bytes(name), { today: TODAY })],
] as const)('the published text reports, %s', (_how, read) => {
  it('千户镇 2021: every figure as printed, the missing row 3.其他 blank, 00 read as 0', () => {
    const report = imported(read('qianhu-2021.txt'));
    expectFiguresOf(report, QIANHU_2021);
    expect(report.cells['t3:carry-forward:legal']).toEqual({
      state: 'read',
      text: '0',
      source: '00',
      note: '原文为“00”',
    });
    expect(report.cells['t3:other-handling-3:natural']).toEqual({ state: 'blank', why: 'no-row' });
    // no title: year from the statistics period, office from the sentence naming the report
    expect(report.year).toEqual({ value: 2021, foundIn: 'statistics-period' });
    expect(report.agencyName).toEqual({ value: '千户镇', foundIn: 'text' });
    expect(report.formatId).toBe('format-2021');
    expect(report.preamble).toBe(QIANHU_2021.preamble);
    expect(report.signDate).toBe('');
  });

  it('千户镇 2021: its own four subheadings name none of the five aspects, so section 一 stays whole in the overview', () => {
    const report = imported(read('qianhu-2021.txt'));
    const s1 = report.narratives['s1-intro'];
    expect(s1?.sources).toEqual([
      '一、总体情况',
      '（一）、加强领导，健全机构。',
      '（二）、拓展平台，全面公开。',
      '（三）、规范操作程序，增强时效性。',
      '（四）、完善制度，提升水平。',
    ]);
    // the overview holds the whole section, each subsection's text after its heading
    const whole = words(s1?.text ?? '');
    expect(whole.startsWith(words(QIANHU_2021.narratives['s1-intro'] ?? ''))).toBe(true);
    for (const id of ['s1-oversight', 's1-active', 's1-management'] as const) {
      for (const part of (QIANHU_2021.narratives[id] ?? '').split('\n')) expect(whole).toContain(words(part));
    }
    for (const id of ['s1-active', 's1-request', 's1-management', 's1-platform', 's1-oversight']) {
      expect(report.narratives[id]).toEqual({ text: '', sources: [] });
    }
    expect(report.notes.join('')).toContain('不是规定的五个方面');
    expect(words(report.narratives.s5?.text ?? '')).toBe(words(QIANHU_2021.narratives.s5 ?? ''));
    expect(report.narratives.s5?.sources).toEqual(['五、政府信息公开工作存在的主要问题及改进情况']);
    expect(report.narratives.s6?.text).toBe(QIANHU_2021.narratives.s6);
  });

  it('潘庄镇 2021: figures as printed; （六） printed as one row is listed, its three items blank', () => {
    const report = imported(read('panzhuang-2021.txt'));
    expectFiguresOf(report, PANZHUANG_2021);
    expect(report.tables.find((t) => t.tableId === 't3')?.extras).toEqual([
      {
        label: '(六) 其他处理',
        values: ['0', '0', '0', '0', '0', '0', '0'],
        reason: '“（六）其他处理”在本格式中分为 3 项，原表只印了一行，这些数无法放入其中任何一项',
      },
    ]);
    // the year says 2021, table 三's （六） says 2019: said, and read in the year's format
    expect(report.formatId).toBe('format-2021');
    expect(report.notes).toEqual([
      '2021年度报告应使用国办公开办函〔2021〕30号的格式，但原报告第三部分的表格与国办公开办函〔2019〕60号的格式相符：已按国办公开办函〔2021〕30号的格式读取，对不上的行和数列在各表下方',
    ]);
    expect(report.agencyName).toEqual({ value: '潘庄镇', foundIn: 'title' });
    expect(report.year).toEqual({ value: 2021, foundIn: 'title' });
    expect(report.signatory).toBe('潘庄镇人民政府');
    expect(report.signDate).toBe('2022-01-21');
  });

  it('潘庄镇 2021: each subsection in its text box, the heading it came from beside it', () => {
    const report = imported(read('panzhuang-2021.txt'));
    const sources = Object.fromEntries(Object.entries(report.narratives).map(([id, n]) => [id, n.sources]));
    expect(sources).toEqual({
      's1-intro': ['一、总体情况'],
      's1-active': ['(一) 主动公开'],
      's1-request': ['(二) 依申请公开'],
      's1-management': ['(三) 政府信息管理'],
      's1-platform': ['(四) 平台建设'],
      's1-oversight': ['(五) 监督保障'],
      s5: ['五、存在的主要问题及改进情况'],
      s6: ['六、其他需要报告的事项'],
    });
    for (const [id, expected] of Object.entries(PANZHUANG_2021.narratives)) {
      expect(words(report.narratives[id]?.text ?? ''), id).toBe(words(expected ?? ''));
    }
    expect(report.preamble).toBe('');
    expect(report.unplaced).toEqual([]);
  });

  it('阁山镇 2021: figures as printed, headings numbered 1、 and 5、 and in the old wording found', () => {
    const report = imported(read('geshan-2021.txt'));
    expectFiguresOf(report, GESHAN_2021);
    expect(report.agencyName).toEqual({ value: '樟树市阁山镇', foundIn: 'title' });
    expect(report.title).toBe('樟树市阁山镇2021年政府信息公开工作年度报告');
    for (const [id, expected] of Object.entries(GESHAN_2021.narratives)) {
      expect(words(report.narratives[id]?.text ?? ''), id).toBe(words(expected ?? ''));
    }
    expect(report.narratives['s1-intro']?.sources).toEqual(['1、 总体情况']);
    expect(report.narratives['s1-oversight']?.sources).toEqual(['(五)监督保障']);
    expect(report.narratives.s5?.sources).toEqual(['5、 政府信息公开工作存在的主要问题及改进情况']);
    expect(report.preamble).toBe(GESHAN_2021.preamble);
    expect(report.notes).toEqual([]);
  });
});

describe('the published text reports as Reports', () => {
  it('阁山镇: the confirmed name, the figures without their totals, the findings the transcription has', () => {
    const report = imported(readPastedReport({ text: text('geshan-2021.txt') }));
    const converted = importedToReport(
      report,
      { agencyName: '阁山镇人民政府', year: 2021 },
      { today: TODAY },
    );
    if (!converted.ok) throw new Error(converted.reason);
    expect(converted.report.meta).toMatchObject({
      agencyName: '阁山镇人民政府',
      address: '樟树市阁山镇府前路1号',
      phone: '0795-7161260',
      postcode: '331200',
      publishUrl: 'http://www.zhangshu.gov.cn',
    });
    expect(converted.report.cells['t2:normative:issued']).toBe('28');
    expect(converted.report.cells['t3:new:total']).toBeUndefined();
    expect(converted.findings.map((f) => f.ruleId)).toEqual([
      'W-notice',
      'blank-text',
      'W-plan-year',
      'W-fee-silent',
    ]);
  });

  it('千户镇: the missing row is 未填, not 0', () => {
    const report = imported(readPastedReport({ text: text('qianhu-2021.txt') }));
    const converted = importedToReport(
      report,
      { agencyName: '千户镇人民政府', year: 2021 },
      { today: TODAY },
    );
    if (!converted.ok) throw new Error(converted.reason);
    const blank = converted.findings.find((f) => f.ruleId === 'blank');
    expect(blank?.cells).toEqual(
      ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'].map(
        (c) => `t3:other-handling-3:${c}`,
      ),
    );
    expect(converted.report.cells['t3:other-handling-3:natural']).toBeUndefined();
  });
});

interface Expected {
  readonly agency: string;
  readonly year: number;
  readonly t2: readonly (readonly number[])[];
  readonly t2Labels: readonly (readonly string[])[];
  readonly t3: readonly (readonly number[])[];
  readonly t3Labels: readonly (readonly string[])[];
  readonly t4: readonly number[];
  readonly headings: readonly string[];
}

describe.each([
  [
    'as a saved file',
    () => readReportFile('pingtan-2024.html', bytes('pingtan-2024.html'), { today: TODAY }),
  ],
  ['as pasted HTML', () => readPastedReport({ html: text('pingtan-2024.html'), text: '' }, { today: TODAY })],
] as const)('the real portal page (平潭 2024), %s', (_how, read) => {
  const expected = JSON.parse(text('pingtan-2024.expected.json')) as Expected;
  const report = imported(read());
  const table = (id: string) => {
    const found = formatTables(FORMAT_2021).find((t) => t.id === id);
    if (!found) throw new Error(`no table ${id}`);
    return found;
  };
  const figure = (id: string | undefined) => {
    const cell = id === undefined ? undefined : report.cells[id];
    return cell?.state === 'read' ? Number(cell.text) : cell?.state;
  };

  it('gives every figure of table 二, found by its row labels', () => {
    const cells = tableCells(table('t2'));
    expected.t2Labels.forEach((labels, i) => {
      const row = cells.filter((c) => c.rowPath.join('/') === labels.join('/'));
      expect(
        row.map((c) => figure(c.id)),
        labels.join('/'),
      ).toEqual(expected.t2[i]);
    });
  });

  it('gives every figure of table 三, found by its row labels, 总计 included', () => {
    const cells = tableCells(table('t3'));
    expected.t3Labels.forEach((labels, i) => {
      const row = cells.filter((c) => c.rowPath.join('/') === labels.join('/'));
      expect(
        row.map((c) => figure(c.id)),
        labels.join('/'),
      ).toEqual(expected.t3[i]);
    });
  });

  it('gives the 15 figures of table 四', () => {
    expect(tableCells(table('t4')).map((c) => figure(c.id))).toEqual(expected.t4);
  });

  it('finds the office, the year, every heading, and nothing left over', () => {
    expect(report.agencyName.value).toBe(expected.agency);
    expect(report.year.value).toBe(expected.year);
    const sources = Object.values(report.narratives).flatMap((n) => n.sources);
    for (const heading of expected.headings) {
      if (['二', '三', '四'].some((n) => heading.startsWith(`${n}、`))) continue; // table sections
      expect(sources.map((s) => s.trim())).toContain(heading);
    }
    expect(report.narratives['s1-active']?.text).toMatch(/^有序推进基层政务公开/);
    expect(report.unplaced).toEqual([]);
    expect(report.unrecognisedTables).toEqual([]);
    expect(report.totalsFindings).toEqual([]);
  });
});
