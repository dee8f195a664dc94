// The figures one typed cell can change: the cell itself and every total that adds it up, directly
// or through another total. A keystroke shows these at once; the full resolveValues and the rule
// check follow in a later task (keystroke → row total ≤ 16 ms at 4× CPU slowdown).
import { parseValue } from '../template/parse-value';
import { resolveValues, sumOf, type ResolvedValue } from '../template/rules/resolve-values';
import type { FormatSpec } from '../template/spec-types';
import { formatCells } from '../template/table-cells';

const dependentsCache = new WeakMap<FormatSpec, ReadonlyMap<string, readonly string[]>>();

/** For each cell, the totals that include it, transitively (a total of totals, e.g. 总计/总计). */
function dependentsOf(format: FormatSpec): ReadonlyMap<string, readonly string[]> {
  const hit = dependentsCache.get(format);
  if (hit) return hit;
  const specs = formatCells(format);
  const direct = new Map<string, string[]>();
  for (const spec of specs.values()) {
    for (const part of spec.parts) {
      let list = direct.get(part);
      if (!list) direct.set(part, (list = []));
      list.push(spec.id);
    }
  }
  const out = new Map<string, readonly string[]>();
  for (const id of specs.keys()) {
    const seen = new Set<string>();
    const queue = [...(direct.get(id) ?? [])];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(direct.get(next) ?? []));
    }
    out.set(id, [...seen]);
  }
  dependentsCache.set(format, out);
  return out;
}

/**
 * The values of `cellId` and of every total depending on it, computed exactly as resolveValues
 * computes them, reading only the parts those totals need. An id the format does not know
 * (a whole-object change) resolves every cell.
 */
export function resolveTouched(
  format: FormatSpec,
  cells: Readonly<Record<string, string | undefined>>,
  cellId: string,
): ReadonlyMap<string, ResolvedValue> {
  const specs = formatCells(format);
  if (!specs.has(cellId)) return resolveValues(format, cells);
  const memo = new Map<string, ResolvedValue>();
  const resolve = (id: string): ResolvedValue => {
    const hit = memo.get(id);
    if (hit) return hit;
    const spec = specs.get(id);
    if (!spec) return { status: 'empty' };
    const raw = cells[id] ?? '';
    let value: ResolvedValue;
    if (!spec.computed) value = parseValue(spec.kind, raw);
    else if (raw.trim() !== '') value = { ...parseValue(spec.kind, raw), stated: true };
    else value = sumOf(spec.parts.map(resolve));
    memo.set(id, value);
    return value;
  };
  const out = new Map<string, ResolvedValue>();
  for (const id of [cellId, ...(dependentsOf(format).get(cellId) ?? [])]) out.set(id, resolve(id));
  return out;
}
