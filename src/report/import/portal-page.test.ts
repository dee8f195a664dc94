// Word pasted into a portal's editor (fixtures/portal-page.ts carries the traits of real pages),
// both formats, read as a saved page and as HTML pasted from the page.
import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import { formatCells } from '../../template/table-cells';
import { portalPage } from './fixtures/portal-page';
import { SAMPLE_NARRATIVES, zeroFigures, type PrintedReport } from './fixtures/printed-report';
import type { ImportedReport } from './imported-report';
import { readPastedReport } from './read-pasted-report';
import { readReportFile } from './read-report-file';

const TODAY = new Date(2026, 0, 15);

const REPORT_2021: PrintedReport = {
  format: FORMAT_2021,
  agencyName: '示例镇人民政府',
  year: 2024,
  preamble: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
  narratives: SAMPLE_NARRATIVES,
  signatory: '示例镇人民政府',
  signDate: '2025年1月20日',
  printed: {
    ...zeroFigures(FORMAT_2021),
    't2:normative:issued': '62',
    't2:normative:in-force': '440',
    't2:licensing:decisions': '4529',
    't2:fees:amount': '12500.00元',
    't2:penalty:decisions': '',
    't3:new:natural': '217',
    't3:new:business': '1',
    't3:new:total': '218',
    't3:open:natural': '71',
    't3:open:total': '71',
    't3:unavailable-1:natural': '146',
    't3:unavailable-1:total': '146',
    't3:other-handling-3:business': '1',
    't3:other-handling-3:total': '1',
    't3:outcomes-total:natural': '217',
    't3:outcomes-total:business': '1',
    't3:outcomes-total:total': '218',
    't4:all:review-upheld': '2',
    't4:all:review-corrected': '1',
    't4:all:review-total': '3',
  },
};

const value = (r: ImportedReport, id: string) => {
  const c = r.cells[id];
  return c?.state === 'read' ? c.text : c?.state === 'blank' ? `blank:${c.why}` : `unreadable:${c?.source}`;
};

describe.each([
  [
    'as a saved page',
    (html: string) => readReportFile('年报.html', new TextEncoder().encode(html), { today: TODAY }),
  ],
  ['as HTML pasted from the page', (html: string) => readPastedReport({ html, text: '' }, { today: TODAY })],
] as const)('a Word-pasted portal page of format 2021, %s', (_how, read) => {
  const result = read(portalPage(REPORT_2021));
  if (!result.ok) throw new Error(result.reason);
  const r = result.report;

  it('reads every figure under its label, through split runs, &nbsp; and stray colspans', () => {
    expect(
      [
        't2:normative:issued',
        't2:normative:in-force',
        't2:licensing:decisions',
        't2:penalty:decisions',
        't3:new:natural',
        't3:new:business',
        't3:new:research',
        't3:new:total',
        't3:unavailable-1:natural',
        't3:other-handling-3:business',
        't3:outcomes-total:total',
        't3:carry-forward:other',
        't4:all:review-total',
        't4:all:after-total',
      ].map((id) => value(r, id)),
    ).toEqual([
      '62',
      '440',
      '4529',
      'blank:empty',
      '217',
      '1',
      '0',
      '218',
      '146',
      '1',
      '218',
      '0',
      '3',
      'blank:empty',
    ]);
    for (const c of formatCells(FORMAT_2021).values()) {
      if (!c.computed) expect(r.cells[c.id]?.state, c.id).not.toBe('unreadable');
    }
  });

  it('converts the fee printed in 元 to the table’s 万元, and says so', () => {
    expect(r.cells['t2:fees:amount']).toEqual({
      state: 'read',
      text: '1.25',
      source: '12500.00元',
      note: '原文为“12500.00元”，已换算为万元',
    });
  });

  it('finds every heading, the typo in 四 included, and each subsection run into its paragraph', () => {
    expect(r.agencyName.value).toBe('示例镇人民政府');
    expect(r.year.value).toBe(2024);
    for (const [id, text] of Object.entries(SAMPLE_NARRATIVES)) expect(r.narratives[id]?.text, id).toBe(text);
    expect(r.narratives['s1-active']?.sources).toEqual(['（一）主动公开方面。']);
    expect(r.notes).toEqual([]);
    expect(r.signDate).toBe('2025-01-20');
    expect(r.preamble).toBe(REPORT_2021.preamble);
  });

  it('lists nothing as left over: the empty trailing rows are not content', () => {
    expect(r.unplaced).toEqual([]);
    expect(r.unrecognisedTables).toEqual([]);
    expect(r.tables.flatMap((t) => t.extras)).toEqual([]);
    expect(r.totalsFindings).toEqual([]);
  });
});

describe('a Word-pasted portal page of format 2019', () => {
  it('reads negative 本年增/减, 采购总金额 with its unit, and the single （六） row', () => {
    const result = readPastedReport(
      {
        html: portalPage({
          format: FORMAT_2019,
          agencyName: '示例乡人民政府',
          year: 2020,
          preamble: '',
          narratives: SAMPLE_NARRATIVES,
          signatory: '示例乡人民政府',
          signDate: '2021年1月18日',
          printed: {
            ...zeroFigures(FORMAT_2019),
            't2:licensing:change': '-3',
            't2:other-services:change': '－12',
            't2:procurement:amount': '4万元',
            't3:other-handling:natural': '2',
            't3:outcomes-total:natural': '2',
          },
        }),
        text: '',
      },
      { today: TODAY },
    );
    if (!result.ok) throw new Error(result.reason);
    const r = result.report;
    expect(r.formatId).toBe('format-2019');
    expect(
      [
        't2:licensing:change',
        't2:other-services:change',
        't2:procurement:amount',
        't3:other-handling:natural',
        't3:outcomes-total:natural',
      ].map((id) => value(r, id)),
    ).toEqual(['-3', '-12', '4万元', '2', '2']);
    expect(Object.values(r.cells).filter((c) => c.state === 'unreadable')).toEqual([]);
    expect(r.notes).toEqual([]);
  });
});
