import { describe, expect, it } from 'vitest';
import { GESHAN_2021, GESHAN_2021_EXPECTED } from '../../template/fixtures/geshan-2021';
import { PANZHUANG_2021, PANZHUANG_2021_EXPECTED } from '../../template/fixtures/panzhuang-2021';
import { QIANHU_2021, QIANHU_2021_EXPECTED } from '../../template/fixtures/qianhu-2021';
import { FORMAT_2021 } from '../../template/format-2021';
import { checkReport } from '../../template/rules/check-report';
import { checkEntry } from './check-entry';
import { TODAY, entryOf, importedEntry, townReport } from './fixtures/desk-reports';

describe('checkEntry', () => {
  it.each([
    ['千户镇', QIANHU_2021, QIANHU_2021_EXPECTED],
    ['潘庄镇', PANZHUANG_2021, PANZHUANG_2021_EXPECTED],
    ['阁山镇', GESHAN_2021, GESHAN_2021_EXPECTED],
  ] as const)('gives the editor’s findings on the published report of %s', (_name, published, expected) => {
    const check = checkEntry(importedEntry('e1', published), TODAY);
    expect(check.findings.map((f) => ({ ruleId: f.ruleId, cells: f.cells }))).toEqual(
      expected.map((e) => ({ ruleId: e.ruleId, cells: e.cells })),
    );
    expect(check.findings).toEqual(checkReport(FORMAT_2021, published, { today: TODAY }));
    expect(check.errors + check.warnings).toBe(expected.length);
  });

  it('counts errors and warnings and says in one line what is wrong', () => {
    const check = checkEntry(importedEntry('q', QIANHU_2021), TODAY);
    expect([check.errors, check.warnings]).toEqual([2, 4]);
    expect(check.summary).toBe('数字不符合要求；有单元格未填（6处）；有内容未填写（3处）；未报告信息处理费');
  });

  it('checks a printed total as printed: a table that does not add up is found', () => {
    const entry = importedEntry('p', {
      ...PANZHUANG_2021,
      cells: { ...PANZHUANG_2021.cells, 't4:all:review-total': '3' },
    });
    const check = checkEntry(entry, TODAY);
    expect(check.findings.filter((f) => f.ruleId === 'R4').map((f) => f.cells[0])).toEqual([
      't4:all:review-total',
    ]);
    expect(check.summary).toContain('复议诉讼总计与各项之和不符');
  });

  it('says nothing is wrong with a sound report, and leaves R5 to the check across years', () => {
    const report = { ...townReport('阁山镇人民政府', 2022, { cells: { 't3:carried:natural': '5' } }) };
    const withLastYear = {
      ...report,
      lastYear: { year: 2021, formatId: 'format-2021' as const, cells: { 't3:carry-forward:natural': '1' } },
    };
    const check = checkEntry(entryOf('g', withLastYear), TODAY);
    // One slip in a column of table 三 is one R3 finding; its 总计 is not reported a second time.
    expect(check.findings.map((f) => f.ruleId)).toEqual(['R3']);
    expect(checkEntry(entryOf('g', townReport('阁山镇人民政府', 2022)), TODAY)).toEqual({
      entryId: 'g',
      findings: [],
      errors: 0,
      warnings: 0,
      unreadable: 0,
      summary: '未发现问题',
    });
  });

  it('names the unreadable cells first, and shortens a long line', () => {
    const report = townReport('阁山镇人民政府', 2022, {
      cells: {
        't3:new:natural': '',
        't3:open:other': 'x',
        't2:normative:in-force': '0',
        't2:normative:issued': '3',
      },
      signDate: '2023-03-01',
      narratives: { s6: '' },
    });
    const entry = entryOf('u', report, {
      readNotes: [
        { kind: 'unreadable', cell: 't3:new:natural', printed: '〇', message: '“〇”无法识别为数字' },
        { kind: 'unreadable', cell: 't3:new:natural', printed: '〇', message: '“〇”无法识别为数字' },
        { kind: 'note', message: '表格后的一段文字不属于任何部分' },
      ],
    });
    const check = checkEntry(entry, TODAY);
    expect(check.unreadable).toBe(1);
    expect(check.summary).toBe('1 个单元格无法识别；数字不符合要求；有单元格未填；有内容未填写等 6 类问题');
  });
});
