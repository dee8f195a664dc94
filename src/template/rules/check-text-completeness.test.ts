import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import { zeroReport } from '../fixtures/zero-report';
import { checkTextCompleteness } from './check-text-completeness';

describe('checkTextCompleteness', () => {
  it('finds nothing when every text box and the date are filled', () => {
    expect(checkTextCompleteness(FORMAT_2021, zeroReport(FORMAT_2021))).toEqual([]);
    expect(checkTextCompleteness(FORMAT_2019, zeroReport(FORMAT_2019))).toEqual([]);
  });

  it('reports a wholly empty section as an error at its first text box, and 六 asks for “无”', () => {
    const base = zeroReport(FORMAT_2021);
    const found = checkTextCompleteness(FORMAT_2021, {
      ...base,
      narratives: { ...base.narratives, s6: '  ' },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'blank-text', severity: 'error', sectionId: 's6', field: 's6' });
    expect(found[0]?.message).toBe('“六、其他需要报告的事项”还没有填写内容；没有需要报告的事项也请写明“无”');
  });

  it('reports one empty subsection of 一 as a warning on that box', () => {
    const base = zeroReport(FORMAT_2021);
    const found = checkTextCompleteness(FORMAT_2021, {
      ...base,
      narratives: { ...base.narratives, 's1-oversight': '' },
    });
    expect(found.map((f) => [f.severity, f.field, f.message])).toEqual([
      ['warning', 's1-oversight', '“（五）监督保障”还没有填写内容'],
    ]);
  });

  it('reports all of 一 empty once, as an error, and a missing 成文日期 as a warning', () => {
    const base = zeroReport(FORMAT_2019);
    const s1Empty = Object.fromEntries(
      Object.keys(base.narratives).map((k) => [k, k.startsWith('s1') ? '' : 'x']),
    );
    const found = checkTextCompleteness(FORMAT_2019, {
      ...base,
      narratives: s1Empty,
      meta: { ...base.meta, signDate: '' },
    });
    expect(found.map((f) => [f.severity, f.sectionId, f.field])).toEqual([
      ['error', 's1', 's1-intro'],
      ['warning', 'meta', 'meta.signDate'],
    ]);
  });
});
