import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { FormatSpec } from '../spec-types';
import { checkNarrativeNumbers } from './check-narrative-numbers';
import { resolveValues } from './resolve-values';

function narrative(
  format: FormatSpec,
  texts: Readonly<Record<string, string>>,
  cells: Readonly<Record<string, string>> = {},
) {
  return checkNarrativeNumbers(
    format,
    Object.entries(texts).map(([field, text]) => ({
      field,
      sectionId: field === 'preamble' ? ('meta' as const) : ('s1' as const),
      label: format.sections.flatMap((s) => s.narratives).find((n) => n.id === field)?.label ?? '引言',
      text,
    })),
    resolveValues(format, zeroReport(format, { cells }).cells),
  );
}

describe('checkNarrativeNumbers (W-narrative)', () => {
  it('finds nothing when the narrative agrees with the tables', () => {
    expect(
      narrative(
        FORMAT_2021,
        {
          's1-request': '全年共收到政府信息公开申请十二件。',
          's1-oversight': '本年度发生行政复议1件，行政诉讼2起。',
          's1-active': '主动公开信息70条，制发行政规范性文件3件。',
          's1-intro': '全年主动公开信息70条。',
        },
        {
          't3:new:natural': '10',
          't3:new:business': '2',
          't4:all:review-pending': '1',
          't4:all:direct-upheld': '1',
          't4:all:after-corrected': '1',
          't2:normative:issued': '3',
        },
      ),
    ).toEqual([]);
  });

  it('applications: a stated count that table 三 contradicts', () => {
    const found = narrative(
      FORMAT_2021,
      { 's1-request': '本年共收到依申请公开0件。' },
      { 't3:new:natural': '3' },
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.ruleId).toBe('W-narrative');
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.field).toBe('s1-request');
    expect(found[0]?.cells).toEqual(['t3:new:total']);
    // The box and the words, which the editor selects when the finding is opened.
    expect(found[0]?.phrase).toBe('收到依申请公开0件');
    expect(found[0]?.message).toBe(
      '（二）依申请公开中“收到依申请公开0件”与第三部分表格不一致：表格中收到政府信息公开申请的件数是 3',
    );
  });

  it('applications in Chinese numerals and “未收到” forms', () => {
    expect(
      narrative(FORMAT_2021, { 's1-request': '收到政府信息公开申请十二件' }, { 't3:new:other': '11' })[0]
        ?.message,
    ).toContain('是 11');
    const found = narrative(
      FORMAT_2021,
      { 's1-request': '今年未收到依申请公开信息。' },
      { 't3:new:legal': '1' },
    );
    expect(found.map((f) => f.cells)).toEqual([['t3:new:total']]);
  });

  it('review: compares with table 四 行政复议 总计', () => {
    const found = narrative(
      FORMAT_2021,
      { 's1-oversight': '未发生因政府信息公开引起的行政复议。' },
      { 't4:all:review-upheld': '2' },
    );
    expect(found.map((f) => [f.cells, f.message])).toEqual([
      [
        ['t4:all:review-total'],
        '（五）监督保障中“未发生因政府信息公开引起的行政复议”与第四部分表格不一致：表格中行政复议件数是 2',
      ],
    ]);
  });

  it('litigation: compares with both 行政诉讼 总计 added up', () => {
    const found = narrative(
      FORMAT_2021,
      { 's1-oversight': '本年度行政诉讼1起。' },
      { 't4:all:direct-upheld': '1', 't4:all:after-pending': '1' },
    );
    expect(found.map((f) => f.cells)).toEqual([['t4:all:direct-total', 't4:all:after-total']]);
    expect(found[0]?.message).toContain('行政诉讼件数是 2');
  });

  it('normative: compares with 本年制发件数 (2021) / 本年新制作数量 (2019)', () => {
    expect(narrative(FORMAT_2021, { 's1-active': '制发行政规范性文件3件' }).map((f) => f.cells)).toEqual([
      ['t2:normative:issued'],
    ]);
    expect(
      narrative(FORMAT_2019, { 's1-active': '印发规范性文件两件' }, { 't2:normative:made': '1' }).map(
        (f) => f.cells,
      ),
    ).toEqual([['t2:normative:made']]);
  });

  it('proactive: the same count stated twice with different values', () => {
    const found = narrative(FORMAT_2021, {
      's1-intro': '全年主动公开信息70条。',
      's1-active': '通过门户网站主动公开政府信息七十一条。',
    });
    expect(found.map((f) => [f.ruleId, f.field, f.cells])).toEqual([['W-narrative', 's1-intro', []]]);
    expect(found[0]?.message).toBe(
      '正文中主动公开信息条数前后不一：总体情况概述“主动公开信息70条”、（一）主动公开“主动公开政府信息七十一条”',
    );
  });

  it('gives no verdict while the compared cells are empty', () => {
    expect(narrative(FORMAT_2021, { 's1-request': '收到依申请公开5件' }, { 't3:new:natural': '' })).toEqual(
      [],
    );
  });
});
