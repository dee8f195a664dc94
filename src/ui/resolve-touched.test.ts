import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../template/format-2019';
import { FORMAT_2021 } from '../template/format-2021';
import { resolveValues } from '../template/rules/resolve-values';
import { formatCells } from '../template/table-cells';
import { resolveTouched } from './resolve-touched';

/** A report half filled: figures, blanks, words, a stated total, in a fixed pseudo-random pattern. */
function someCells(format: typeof FORMAT_2021): Record<string, string> {
  const out: Record<string, string> = {};
  let seed = 7;
  for (const spec of formatCells(format).values()) {
    seed = (seed * 48271) % 2147483647;
    const pick = seed % 7;
    if (spec.computed) {
      if (pick === 0) out[spec.id] = '999';
      continue;
    }
    if (pick === 1) continue;
    out[spec.id] = pick === 2 ? '无' : spec.kind === 'amount-with-unit' ? `${pick}万元` : String(seed % 50);
  }
  return out;
}

describe('resolveTouched', () => {
  it.each([FORMAT_2019, FORMAT_2021])(
    '%s: gives what resolveValues gives, for the cell and every total over it',
    (format) => {
      const cells = someCells(format);
      const all = resolveValues(format, cells);
      for (const spec of formatCells(format).values()) {
        if (spec.computed) continue;
        const touched = resolveTouched(format, cells, spec.id);
        expect(touched.get(spec.id)).toEqual(all.get(spec.id));
        for (const [id, value] of touched) expect(value, id).toEqual(all.get(id));
        // Every total listing the cell among its parts is there (and, through them, totals of totals).
        for (const total of formatCells(format).values())
          if (total.parts.includes(spec.id))
            expect(touched.has(total.id), `${spec.id} → ${total.id}`).toBe(true);
      }
    },
  );

  it('reaches the grand total of table 三 from one typed cell, and nothing of another row', () => {
    const touched = resolveTouched(FORMAT_2021, { 't3:open:natural': '3' }, 't3:open:natural');
    expect([...touched.keys()]).toEqual(
      expect.arrayContaining([
        't3:open:natural',
        't3:open:total',
        't3:outcomes-total:natural',
        't3:outcomes-total:total',
      ]),
    );
    expect(touched.has('t3:new:total')).toBe(false);
    expect(touched.get('t3:outcomes-total:total')).toEqual({ status: 'ok', value: 3, partial: true });
  });

  it('resolves every cell when the change is not one cell (the whole table set at once)', () => {
    expect(resolveTouched(FORMAT_2021, {}, 'cells').size).toBe(formatCells(FORMAT_2021).size);
  });
});
