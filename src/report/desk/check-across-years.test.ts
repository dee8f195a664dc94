import { describe, expect, it } from 'vitest';
import { checkCarryAcrossYears } from './check-carry-across-years';
import { checkContinuity } from './check-continuity';
import type { DeskEntry } from './desk-entry';
import { deskOffices } from './desk-offices';
import { findDuplicates } from './find-duplicates';
import { entryOf, townReport } from './fixtures/desk-reports';

function across(entries: readonly DeskEntry[]) {
  const { officeOf, offices } = deskOffices(entries);
  const { kept } = findDuplicates(entries, officeOf, offices);
  return {
    r5: checkCarryAcrossYears(kept, officeOf, offices),
    continuity: checkContinuity(kept, officeOf, offices),
  };
}

// A balanced table 三: 一 + 二 = （一）予以公开 + 四, in the 自然人 column.
const t3 = (carried: string, open: string, forward: string) => ({
  't3:new:natural': '4',
  't3:carried:natural': carried,
  't3:open:natural': open,
  't3:carry-forward:natural': forward,
});

describe('checkCarryAcrossYears (R5 between an office’s consecutive years)', () => {
  it('finds nothing when this year’s 二 is last year’s 四, whatever the names look like', () => {
    const { r5 } = across([
      entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: t3('0', '2', '2') })),
      entryOf('a22', townReport('樟树市阁山镇', 2022, { cells: t3('2', '4', '2') })),
    ]);
    expect(r5).toEqual([]);
  });

  it('names both reports, both cells, the column and both figures when they differ', () => {
    const { r5 } = across([
      entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: t3('0', '1', '3') })),
      entryOf('a22', townReport('阁山镇', 2022, { cells: t3('1', '3', '2') })),
      entryOf('b22', townReport('潘庄镇人民政府', 2022, { cells: t3('1', '3', '2') })),
    ]);
    expect(r5).toHaveLength(1);
    expect(r5[0]).toMatchObject({
      ruleId: 'R5',
      severity: 'error',
      offices: [{ name: '阁山镇人民政府' }],
      places: [
        { entryId: 'a22', year: 2022, sectionId: 's3', cells: ['t3:carried:natural'] },
        { entryId: 'a21', year: 2021, sectionId: 's3', cells: ['t3:carry-forward:natural'] },
      ],
      message:
        '自然人列：二、上年结转政府信息公开申请数量（1）应等于2021年度报告的“四、结转下年度继续办理”（3）',
    });
  });

  it('carries a 2020 report in format 2019 into a 2021 report in format 2021', () => {
    const r2020 = townReport('阁山镇人民政府', 2020, {
      cells: { 't3:new:research': '3', 't3:carry-forward:research': '3' },
    });
    expect(r2020.formatId).toBe('format-2019');
    const r2021 = townReport('阁山镇人民政府', 2021, {
      cells: { 't3:carried:research': '2', 't3:open:research': '2' },
    });
    const { r5 } = across([entryOf('a20', r2020), entryOf('a21', r2021)]);
    expect(r5.map((f) => [f.places.map((p) => [p.entryId, p.cells]), f.message])).toEqual([
      [
        [
          ['a21', ['t3:carried:research']],
          ['a20', ['t3:carry-forward:research']],
        ],
        '科研机构列：二、上年结转政府信息公开申请数量（2）应等于2020年度报告的“四、结转下年度继续办理”（3）',
      ],
    ]);
  });

  it('skips a year the desk does not hold, and a cell left blank', () => {
    expect(
      across([
        entryOf('a20', townReport('阁山镇人民政府', 2020, { cells: t3('0', '1', '3') })),
        entryOf('a22', townReport('阁山镇人民政府', 2022, { cells: t3('1', '3', '2') })),
      ]).r5,
    ).toEqual([]);
    expect(
      across([
        entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: { 't3:carry-forward:natural': '' } })),
        entryOf('a22', townReport('阁山镇人民政府', 2022, { cells: t3('1', '3', '2') })),
      ]).r5,
    ).toEqual([]);
  });

  it('falls back on the figures a draft keeps from its last year, and says so', () => {
    const draft = {
      ...townReport('阁山镇人民政府', 2022, { cells: t3('1', '3', '2') }),
      lastYear: { year: 2021, formatId: 'format-2021' as const, cells: { 't3:carry-forward:natural': '5' } },
    };
    const { r5 } = across([entryOf('a22', draft, { source: { kind: 'draft', fileName: 'a.json' } })]);
    expect(r5.map((f) => [f.places.map((p) => p.entryId), f.message])).toEqual([
      [
        ['a22'],
        '自然人列：二、上年结转政府信息公开申请数量（1）应等于2021年度报告的“四、结转下年度继续办理”（5）（据本报告保存的上年数字）',
      ],
    ]);
    // the desk's own report of the year before takes precedence over the figures the draft keeps
    const { r5: withLast } = across([
      entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: t3('0', '3', '1') })),
      entryOf('a22', draft),
    ]);
    expect(withLast).toEqual([]);
  });

  it('compares against the copy counted when last year was brought in twice', () => {
    const { r5 } = across([
      entryOf('a21-text', townReport('阁山镇人民政府', 2021, { cells: t3('0', '2', '2') }), {
        source: { kind: 'text', fileName: 'a.txt' },
      }),
      entryOf('a21-word', townReport('阁山镇人民政府', 2021, { cells: t3('0', '1', '3') })),
      entryOf('a22', townReport('阁山镇人民政府', 2022, { cells: t3('2', '4', '2') })),
    ]);
    expect(r5.map((f) => f.places[1]?.entryId)).toEqual(['a21-word']);
  });
});

describe('checkContinuity (figures carried from last year’s report)', () => {
  const t2 = (inForce: string, issued: string, abolished: string) => ({
    't2:normative:in-force': inForce,
    't2:normative:issued': issued,
    't2:normative:abolished': abolished,
  });

  it('format 2021: 现行有效件数 = last year’s + 本年制发件数 − 本年废止件数, row by row', () => {
    const ok = across([
      entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: t2('10', '10', '0') })),
      entryOf('a22', townReport('阁山镇人民政府', 2022, { cells: t2('12', '3', '1') })),
    ]);
    expect(ok.continuity).toEqual([]);
    const { continuity } = across([
      entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: t2('10', '10', '0') })),
      entryOf(
        'a22',
        townReport('阁山镇人民政府', 2022, {
          cells: { ...t2('20', '3', '1'), 't2:regulation:in-force': '1' },
        }),
      ),
    ]);
    expect(
      continuity.map((f) => [f.ruleId, f.severity, f.places.map((p) => [p.entryId, p.sectionId, p.cells])]),
    ).toEqual([
      [
        'W-in-force-continuity',
        'warning',
        [
          ['a22', 's2', ['t2:regulation:in-force', 't2:regulation:issued', 't2:regulation:abolished']],
          ['a21', 's2', ['t2:regulation:in-force']],
        ],
      ],
      [
        'W-in-force-continuity',
        'warning',
        [
          ['a22', 's2', ['t2:normative:in-force', 't2:normative:issued', 't2:normative:abolished']],
          ['a21', 's2', ['t2:normative:in-force']],
        ],
      ],
    ]);
    expect(continuity[1]?.message).toBe(
      '行政规范性文件：现行有效件数（20）应等于2021年度报告的现行有效件数（10）＋本年制发件数（3）－本年废止件数（1）＝12。文件因有效期届满等原因失效而未计入本年废止件数的，会造成差异，请核对或在报告中说明',
    );
  });

  it('format 2019: 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减', () => {
    const cells19 = (lastYear: string, change: string) => ({
      't2:licensing:last-year': lastYear,
      't2:licensing:change': change,
    });
    expect(
      across([
        entryOf('a19', townReport('阁山镇人民政府', 2019, { cells: cells19('4', '-1') })),
        entryOf('a20', townReport('阁山镇人民政府', 2020, { cells: cells19('3', '2') })),
      ]).continuity,
    ).toEqual([]);
    const { continuity } = across([
      entryOf('a19', townReport('阁山镇人民政府', 2019, { cells: cells19('4', '2') })),
      entryOf('a20', townReport('阁山镇人民政府', 2020, { cells: cells19('4', '0') })),
    ]);
    expect(continuity.map((f) => f.message)).toEqual([
      '行政许可：上一年项目数量（4）应等于2019年度报告的上一年项目数量（4）＋本年增/减（2）＝6。本年的上一年项目数量应为上年末的项目数量，请核对两年的报告',
    ]);
  });

  it('does not compare across the change of format, nor a figure left blank', () => {
    expect(
      across([
        entryOf('a20', townReport('阁山镇人民政府', 2020)),
        entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: t2('9', '1', '0') })),
      ]).continuity,
    ).toEqual([]);
    expect(
      across([
        entryOf('a21', townReport('阁山镇人民政府', 2021, { cells: t2('', '10', '0') })),
        entryOf('a22', townReport('阁山镇人民政府', 2022, { cells: t2('20', '3', '1') })),
      ]).continuity,
    ).toEqual([]);
  });
});
