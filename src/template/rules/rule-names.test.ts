import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMATS } from '../formats';
import { checkReport } from './check-report';
import { ruleName } from './rule-names';

describe('ruleName', () => {
  it('names every rule a format declares, and every rule the checks produce on a broken report', () => {
    for (const format of Object.values(FORMATS)) {
      const declared = [...format.rules.map((r) => r.id), ...format.continuity.map((r) => r.id)];
      for (const id of declared) expect(ruleName(id)).not.toBe(id);
      const broken = zeroReport(format, {
        year: 2021,
        cells: {
          't3:new:total': '5',
          't3:new:natural': '00',
          't4:all:review-total': '1',
          't3:open:other': '',
        },
        meta: { ...zeroReport(format).meta, signDate: '2023-03-01' },
        preamble: '国办公开办函〔2019〕60号 国办公开办函〔2021〕30号',
        narratives: { 's1-request': '本年共收到依申请公开9件' },
      });
      const found = checkReport(format, broken, {
        today: new Date(2026, 0, 1),
        lastYear: { year: 2020, formatId: 'format-2019', cells: { 't3:carry-forward:natural': '4' } },
      });
      expect(found.length).toBeGreaterThan(5);
      for (const f of found) expect(ruleName(f.ruleId), f.ruleId).not.toBe(f.ruleId);
    }
  });

  it('shows an unknown id as it is', () => {
    expect(ruleName('X-unknown')).toBe('X-unknown');
  });
});
