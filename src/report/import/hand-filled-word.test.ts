// Word files filled by hand from the official template (built with the docx library to carry the
// traits of real files: fixtures/hand-filled-docx.ts), both formats.
import { describe, expect, it } from 'vitest';
import { SECTION_ONE_NARRATIVES } from '../../template/common-parts';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import { handFilledDocx, type HandFilledReport } from './fixtures/hand-filled-docx';
import { SAMPLE_NARRATIVES, zeroFigures } from './fixtures/printed-report';
import type { ImportedReport } from './imported-report';
import { readReportFile } from './read-report-file';

const TODAY = new Date(2026, 0, 15);

async function read(report: HandFilledReport): Promise<ImportedReport> {
  const result = readReportFile('手工填写.docx', await handFilledDocx(report), { today: TODAY });
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

const state = (r: ImportedReport, id: string) => {
  const c = r.cells[id];
  return c?.state === 'read' ? c.text : c?.state === 'blank' ? `blank:${c.why}` : `unreadable:${c?.source}`;
};

describe('a hand-filled Word file of format 2021', () => {
  const report: HandFilledReport = {
    format: FORMAT_2021,
    agencyName: '示例镇人民政府',
    year: 2022,
    preamble: '本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
    narratives: SAMPLE_NARRATIVES,
    signatory: '示例镇人民政府',
    signDate: '二〇二三年一月十六日',
    printed: {
      ...zeroFigures(FORMAT_2021),
      't2:normative:issued': '３',
      't2:normative:in-force': '1,012',
      't2:licensing:decisions': '1,234',
      't2:fees:amount': '1.25',
      't2:penalty:decisions': '',
      't3:new:natural': '１２',
      't3:new:business': '2',
      't3:new:total': '14',
      't3:open:natural': '10',
      't3:withheld-3:natural': '',
      't3:other-handling-3:natural': '1',
      't3:outcomes-total:natural': '12',
      't3:carry-forward:natural': '2',
      't4:all:review-upheld': '1',
      't4:all:review-total': '2',
      't4:all:after-pending': '１',
    },
    splitTableThreeAt: 'unavailable-1',
    bandsApart: { itemAbove: 'item-6' },
  };

  it('reads every figure where it was typed: full-width digits, separators, blanks left blank', async () => {
    const r = await read(report);
    expect(
      [
        't2:normative:issued',
        't2:normative:in-force',
        't2:licensing:decisions',
        't2:fees:amount',
        't2:penalty:decisions',
        't2:enforcement:decisions',
        't3:new:natural',
        't3:new:total',
        't3:withheld-3:natural',
        't3:unavailable-1:natural',
        't3:other-handling-3:natural',
        't3:carry-forward:natural',
        't4:all:review-total',
        't4:all:after-pending',
        't4:all:after-total',
      ].map((id) => state(r, id)),
    ).toEqual([
      '3',
      '1012',
      '1234',
      '1.25',
      'blank:empty',
      '0',
      '12',
      '14',
      'blank:empty',
      '0',
      '1',
      '2',
      '2',
      '1',
      'blank:empty',
    ]);
    const states = Object.values(r.cells).map((c) => c.state);
    expect(states.filter((s) => s === 'unreadable')).toEqual([]);
  });

  it('reads table 二 from four small tables and table 三 from the two halves of a page break', async () => {
    const r = await read(report);
    expect(r.tables.map((t) => [t.tableId, t.parts])).toEqual([
      ['t2', 4],
      ['t3', 2],
      ['t4', 1],
    ]);
    expect(r.unrecognisedTables).toEqual([]);
    expect(r.tables.flatMap((t) => t.extras)).toEqual([]);
  });

  it('finds the auto-numbered headings, the title, the signature and its date in Chinese numerals', async () => {
    const r = await read(report);
    expect(r.agencyName).toEqual({ value: '示例镇人民政府', foundIn: 'title' });
    expect(r.year).toEqual({ value: 2022, foundIn: 'title' });
    expect(r.signatory).toBe('示例镇人民政府');
    expect(r.signDate).toBe('2023-01-16');
    expect(r.narratives['s1-intro']?.sources).toEqual(['一、总体情况']);
    expect(r.narratives['s1-platform']?.sources).toEqual([SECTION_ONE_NARRATIVES[4]?.heading]);
    for (const [id, text] of Object.entries(SAMPLE_NARRATIVES)) expect(r.narratives[id]?.text, id).toBe(text);
    expect(r.preamble).toBe(report.preamble);
    expect(r.notes).toEqual([]);
  });

  it('compares the totals typed by hand with their parts', async () => {
    const r = await read({ ...report, printed: { ...report.printed, 't4:all:review-total': '3' } });
    expect(r.totalsFindings.map((f) => [f.ruleId, f.cells[0]])).toEqual([['R4', 't4:all:review-total']]);
  });
});

describe('a hand-filled Word file of format 2019', () => {
  it('reads the 2019 tables: negative 本年增/减, 采购总金额 with its unit, the single （六） row', async () => {
    const r = await read({
      format: FORMAT_2019,
      agencyName: '示例乡人民政府',
      year: 2020,
      preamble: '',
      narratives: SAMPLE_NARRATIVES,
      signatory: '示例乡人民政府',
      signDate: '2021年1月20日',
      printed: {
        ...zeroFigures(FORMAT_2019),
        't2:licensing:last-year': '38',
        't2:licensing:change': '－3',
        't2:fees:change': '-1',
        't2:procurement:amount': '251,000元',
        't2:procurement:projects': '5',
        't3:other-handling:natural': '1',
        't3:new:natural': '1',
      },
      splitTableThreeAt: 'withheld-5',
    });
    expect(r.formatId).toBe('format-2019');
    expect(
      [
        't2:licensing:last-year',
        't2:licensing:change',
        't2:fees:change',
        't2:procurement:amount',
        't3:other-handling:natural',
      ].map((id) => state(r, id)),
    ).toEqual(['38', '-3', '-1', '251000元', '1']);
    expect(
      Object.values(r.cells).filter((c) => c.state !== 'read' && !(c.state === 'blank' && c.why === 'empty')),
    ).toEqual([]);
    expect(r.signDate).toBe('2021-01-20');
    expect(r.notes).toEqual([]);
  });
});
