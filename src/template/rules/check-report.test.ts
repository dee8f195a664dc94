import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import { checkReport } from './check-report';

const TODAY = new Date(2026, 0, 15);

describe('checkReport', () => {
  it('finds nothing in a complete, consistent report of either format', () => {
    expect(checkReport(FORMAT_2021, zeroReport(FORMAT_2021), { today: TODAY })).toEqual([]);
    expect(checkReport(FORMAT_2019, zeroReport(FORMAT_2019), { today: TODAY })).toEqual([]);
  });

  it('lists findings in the order of the report, errors before warnings within a section', () => {
    const base = zeroReport(FORMAT_2021);
    const report = {
      ...base,
      meta: { ...base.meta, signDate: '2022-03-01' },
      narratives: { ...base.narratives, 's1-request': '本年共收到依申请公开0件。', 's1-platform': '' },
      cells: {
        ...base.cells,
        't3:new:natural': '1',
        't3:carry-forward:natural': '1',
        't2:regulation:issued': '1',
        't2:fees:amount': '',
        't4:all:review-upheld': 'x',
      },
    };
    const found = checkReport(FORMAT_2021, report, { today: TODAY });
    expect(found.map((f) => [f.sectionId, f.ruleId])).toEqual([
      ['meta', 'W-deadline'],
      ['s1', 'blank-text'],
      ['s1', 'W-narrative'],
      ['s2', 'blank'],
      ['s2', 'W-township-regulation'],
      ['s4', 'R6'],
    ]);
    // keys are unique, so a list can use them
    expect(new Set(found.map((f) => f.key)).size).toBe(found.length);
  });

  it('checks R5 only when last year is given', () => {
    const report = zeroReport(FORMAT_2021, {
      year: 2022,
      cells: { 't3:carried:natural': '1', 't3:open:natural': '1' },
    });
    expect(checkReport(FORMAT_2021, report, { today: TODAY })).toEqual([]);
    const lastYear = {
      year: 2021,
      formatId: 'format-2021',
      cells: { 't3:carry-forward:natural': '2' },
    } as const;
    expect(checkReport(FORMAT_2021, report, { today: TODAY, lastYear }).map((f) => f.ruleId)).toEqual(['R5']);
  });

  it('leaves a year no format covers to the wizard, which refuses it (formatForYear): no format finding', () => {
    const report = zeroReport(FORMAT_2021, { year: 2030 });
    expect(checkReport(FORMAT_2021, report, { today: TODAY }).map((f) => f.ruleId)).toEqual([]);
  });
});
