import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { FormatSpec } from '../spec-types';
import { checkSums } from './check-sums';
import { resolveValues } from './resolve-values';

function sums(format: FormatSpec, cells: Readonly<Record<string, string>>) {
  return checkSums(format, resolveValues(format, zeroReport(format, { cells }).cells));
}

describe('checkSums', () => {
  it('finds nothing when no total is stated (the editor computes them)', () => {
    expect(sums(FORMAT_2021, { 't3:new:natural': '4', 't4:all:review-upheld': '1' })).toEqual([]);
  });

  it('finds nothing when the stated totals agree with their parts', () => {
    expect(
      sums(FORMAT_2021, {
        't3:new:natural': '1',
        't3:new:business': '2',
        't3:new:total': '3',
        't3:open:natural': '1',
        't3:outcomes-total:natural': '1',
        't4:all:after-pending': '2',
        't4:all:after-total': '2',
      }),
    ).toEqual([]);
  });

  it('R1: a stated 总计 of a row of table 三 that is not the sum of the six applicant columns', () => {
    const [f, ...rest] = sums(FORMAT_2021, {
      't3:new:natural': '1',
      't3:new:business': '2',
      't3:new:total': '5',
    });
    expect(rest).toEqual([]);
    expect(f?.ruleId).toBe('R1');
    expect(f?.severity).toBe('error');
    expect(f?.sectionId).toBe('s3');
    expect(f?.cells).toEqual([
      't3:new:total',
      't3:new:natural',
      't3:new:business',
      't3:new:research',
      't3:new:nonprofit',
      't3:new:legal',
      't3:new:other',
    ]);
    expect(f?.message).toBe(
      '一 行：总计（5）应等于自然人（1）＋商业企业（2）＋科研机构（0）＋社会公益组织（0）＋法律服务机构（0）＋其他（0）＝3',
    );
  });

  it('R2: a stated （七）总计 that is not the sum of （一）…（六）, naming only the rows that hold something', () => {
    const [f, ...rest] = sums(FORMAT_2021, {
      't3:open:natural': '1',
      't3:other-handling-3:natural': '2',
      't3:outcomes-total:natural': '4',
    });
    expect(rest).toEqual([]);
    expect(f?.ruleId).toBe('R2');
    expect(f?.cells[0]).toBe('t3:outcomes-total:natural');
    expect(f?.cells).toHaveLength(1 + 21);
    expect(f?.message).toBe('自然人列：（七）总计（4）应等于（一）（1）＋（六）3（2）＝3');
  });

  it('R2 in format 2019 counts the single （六） row', () => {
    const [f] = sums(FORMAT_2019, { 't3:other-handling:legal': '2', 't3:outcomes-total:legal': '1' });
    expect(f?.ruleId).toBe('R2');
    expect(f?.cells).toHaveLength(1 + 19);
    expect(f?.message).toBe('法律服务机构列：（七）总计（1）应等于（六）（2）＝2');
  });

  it('R4: each 总计 of table 四 is checked against its four outcomes, named by its group', () => {
    const found = sums(FORMAT_2021, {
      't4:all:review-upheld': '1',
      't4:all:review-total': '3',
      't4:all:after-corrected': '2',
      't4:all:after-total': '1',
      't4:all:direct-total': '0',
    });
    expect(found.map((f) => [f.ruleId, f.cells[0]])).toEqual([
      ['R4', 't4:all:review-total'],
      ['R4', 't4:all:after-total'],
    ]);
    expect(found[0]?.sectionId).toBe('s4');
    expect(found[0]?.cells).toEqual([
      't4:all:review-total',
      't4:all:review-upheld',
      't4:all:review-corrected',
      't4:all:review-other',
      't4:all:review-pending',
    ]);
    expect(found[0]?.message).toBe(
      '行政复议：总计（3）应等于结果维持（1）＋结果纠正（0）＋其他结果（0）＋尚未审结（0）＝1',
    );
    expect(found[1]?.message).toBe(
      '复议后起诉：总计（1）应等于结果维持（0）＋结果纠正（2）＋其他结果（0）＋尚未审结（0）＝2',
    );
  });

  it('leaves a total with a missing or invalid part to the 未填 and R6 findings', () => {
    expect(sums(FORMAT_2021, { 't3:new:natural': '', 't3:new:total': '9' })).toEqual([]);
    expect(sums(FORMAT_2021, { 't3:new:natural': 'x', 't3:new:total': '9' })).toEqual([]);
  });
});
