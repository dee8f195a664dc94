import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import { formatCells } from '../table-cells';
import { caseVocabulary } from './case-vocabulary';
import { resolveChoice } from './resolve-choice';

describe('caseVocabulary', () => {
  it.each([FORMAT_2019, FORMAT_2021])('is table 四’s kinds of case and results in $id', (format) => {
    const { types, results, cellOf } = caseVocabulary(format);
    expect(types.choices.map((c) => c.name)).toEqual(['行政复议', '未经复议直接起诉', '复议后起诉']);
    expect(types.choices.map((c) => c.path.join(' / '))).toEqual([
      '行政复议',
      '行政诉讼 / 未经复议直接起诉',
      '行政诉讼 / 复议后起诉',
    ]);
    expect(results.choices.map((c) => c.name)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结']);
    const cells = formatCells(format);
    // Every kind × result is one input cell of table 四, named by the kind and the result.
    const named = types.choices.flatMap((t) =>
      results.choices.map((r) => {
        const cell = cells.get(cellOf(t.id, r.id));
        expect(cell?.computed).toBe(false);
        return [...(cell?.colPath ?? [])].join(' / ');
      }),
    );
    expect(named).toEqual(
      types.choices.flatMap((t) => results.choices.map((r) => [...t.path, r.name].join(' / '))),
    );
    expect(new Set(types.choices.flatMap((t) => results.choices.map((r) => cellOf(t.id, r.id)))).size).toBe(
      12,
    );
  });

  it('reads kinds and results, and refuses 行政诉讼 alone and 总计', () => {
    const { types, results } = caseVocabulary(FORMAT_2021);
    const id = (v: typeof types, text: string) => {
      const r = resolveChoice(v, text);
      return r.ok ? r.choice.id : r.reason;
    };
    expect(id(types, '行政复议')).toBe('review');
    expect(id(types, '未经复议直接起诉')).toBe('direct');
    expect(id(types, '行政诉讼 / 复议后起诉')).toBe('after');
    expect(id(types, '行政诉讼')).toMatch(/^“行政诉讼”下分 2 项/);
    expect(id(results, '结果维持')).toBe('upheld');
    expect(id(results, '维持')).toBe('upheld');
    expect(id(results, '尚未审结')).toBe('pending');
    expect(id(results, '其他')).toBe('other');
    expect(id(results, '总计')).toBe('“总计”是合计栏，不是案件的结果');
  });
});
