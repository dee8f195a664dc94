import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { FormatSpec } from '../spec-types';
import { checkCarryOver } from './check-carry-over';
import type { LastYear } from './finding';
import { resolveValues } from './resolve-values';

function carry(
  format: FormatSpec,
  year: number,
  cells: Readonly<Record<string, string>>,
  lastYear?: LastYear,
) {
  return checkCarryOver(
    format,
    year,
    resolveValues(format, zeroReport(format, { year, cells }).cells),
    lastYear,
  );
}

const last2021: LastYear = {
  year: 2021,
  formatId: 'format-2021',
  cells: { 't3:carry-forward:natural': '2', 't3:carry-forward:legal': '1' },
};

describe('checkCarryOver (R5: 二 this year = 四 last year)', () => {
  it('finds nothing without last year, or when it is not the year before', () => {
    expect(carry(FORMAT_2021, 2022, { 't3:carried:natural': '5' })).toEqual([]);
    expect(carry(FORMAT_2021, 2023, { 't3:carried:natural': '5' }, last2021)).toEqual([]);
  });

  it('finds nothing when the carried figures agree', () => {
    expect(
      carry(FORMAT_2021, 2022, { 't3:carried:natural': '2', 't3:carried:legal': '1' }, last2021),
    ).toEqual([]);
  });

  it('names the column and both figures when they differ', () => {
    const found = carry(FORMAT_2021, 2022, { 't3:carried:natural': '1', 't3:carried:legal': '1' }, last2021);
    expect(found).toHaveLength(1);
    expect(found[0]?.ruleId).toBe('R5');
    expect(found[0]?.sectionId).toBe('s3');
    expect(found[0]?.cells).toEqual(['t3:carried:natural']);
    expect(found[0]?.message).toBe(
      '自然人列：二、上年结转政府信息公开申请数量（1）应等于2021年度报告的“四、结转下年度继续办理”（2）',
    );
  });

  it('carries a 2020 report (format 2019) into a 2021 report (format 2021)', () => {
    const last2020: LastYear = {
      year: 2020,
      formatId: 'format-2019',
      cells: { 't3:carry-forward:research': '3' },
    };
    expect(carry(FORMAT_2021, 2021, { 't3:carried:research': '3' }, last2020)).toEqual([]);
    const found = carry(FORMAT_2021, 2021, { 't3:carried:research': '0' }, last2020);
    expect(found.map((f) => f.cells)).toEqual([['t3:carried:research']]);
    expect(found[0]?.message).toContain('2020年度报告');
    expect(found[0]?.message).toContain('（0）');
    expect(found[0]?.message).toContain('（3）');
  });

  it('checks a 2020 report against 2019 in format 2019', () => {
    const last2019: LastYear = {
      year: 2019,
      formatId: 'format-2019',
      cells: { 't3:carry-forward:other': '4' },
    };
    expect(carry(FORMAT_2019, 2020, { 't3:carried:other': '1' }, last2019).map((f) => f.cells[0])).toEqual([
      't3:carried:other',
    ]);
  });

  it('does not compare a cell left empty in either year', () => {
    expect(carry(FORMAT_2021, 2022, { 't3:carried:natural': '', 't3:carried:legal': '1' }, last2021)).toEqual(
      [],
    );
    const lastEmpty: LastYear = { year: 2021, formatId: 'format-2021', cells: {} };
    expect(carry(FORMAT_2021, 2022, { 't3:carried:natural': '7' }, lastEmpty)).toEqual([]);
  });
});
