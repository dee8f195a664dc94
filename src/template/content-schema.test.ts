import { describe, expect, it } from 'vitest';
import { buildContentSchema, inputCellIds, MAX_CELL_LENGTH, narrativeIds } from './content-schema';
import { FORMAT_2019 } from './format-2019';
import { FORMAT_2021 } from './format-2021';

describe('buildContentSchema', () => {
  const schema2021 = buildContentSchema(FORMAT_2021);

  it('accepts the input cells and narratives of its format, kept as typed', () => {
    const parsed = schema2021.safeParse({
      formatId: 'format-2021',
      cells: { 't3:new:natural': '00', 't2:fees:amount': '0.5' },
      narratives: { 's1-intro': '概述', s6: '无' },
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses totals, cells of the other format and unknown narratives', () => {
    const bad = (cells: Record<string, string>, narratives: Record<string, string> = {}) =>
      schema2021.safeParse({ formatId: 'format-2021', cells, narratives }).success;
    expect(bad({ 't3:new:total': '0' })).toBe(false);
    expect(bad({ 't2:procurement:amount': '4万元' })).toBe(false);
    expect(bad({ 't3:other-handling:natural': '0' })).toBe(false);
    expect(bad({}, { s7: 'x' })).toBe(false);
    expect(bad({ 't3:new:natural': 'x'.repeat(MAX_CELL_LENGTH + 1) })).toBe(false);
  });

  it('lists the input cells: 25 rows less （七）总计 × 6 columns, plus section 二 and table 四', () => {
    expect(inputCellIds(FORMAT_2021)).toHaveLength(10 + 24 * 6 + 12);
    expect(inputCellIds(FORMAT_2019)).toHaveLength(22 + 22 * 6 + 12);
    expect(narrativeIds(FORMAT_2021)).toEqual([
      's1-intro',
      's1-active',
      's1-request',
      's1-management',
      's1-platform',
      's1-oversight',
      's5',
      's6',
    ]);
  });
});
