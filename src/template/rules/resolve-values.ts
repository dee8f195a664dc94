import { parseValue, type ParsedValue } from '../parse-value';
import type { FormatSpec } from '../spec-types';
import { formatCells } from '../table-cells';

export type ResolvedValue = ParsedValue & {
  /** A computed cell whose value was written in the report (a transcribed published table). */
  readonly stated?: boolean;
  /** A computed cell whose parts are not all filled and valid: the figure is a partial sum. */
  readonly partial?: boolean;
};

/**
 * Every cell's value: input cells parsed as typed; computed cells summed from their parts, unless
 * the report states them (a table transcribed from a published report), in which case the stated
 * figure stands and R1/R2/R4 compare it with the sum.
 */
export function resolveValues(
  format: FormatSpec,
  cells: Readonly<Record<string, string | undefined>>,
): ReadonlyMap<string, ResolvedValue> {
  const specs = formatCells(format);
  const out = new Map<string, ResolvedValue>();
  const resolve = (id: string): ResolvedValue => {
    const hit = out.get(id);
    if (hit) return hit;
    const spec = specs.get(id);
    if (!spec) return { status: 'empty' };
    const raw = cells[id] ?? '';
    let value: ResolvedValue;
    if (!spec.computed) {
      value = parseValue(spec.kind, raw);
    } else if (raw.trim() !== '') {
      value = { ...parseValue(spec.kind, raw), stated: true };
    } else {
      value = sumOf(spec.parts.map(resolve));
    }
    out.set(id, value);
    return value;
  };
  for (const id of specs.keys()) resolve(id);
  return out;
}

export function sumOf(parts: readonly ResolvedValue[]): ResolvedValue {
  let sum = 0;
  let filled = 0;
  for (const p of parts) {
    if (p.status === 'ok') {
      sum += p.value;
      filled++;
    }
  }
  if (filled === 0) return { status: 'empty' };
  const partial = filled < parts.length || parts.some((p) => p.partial === true);
  return { status: 'ok', value: sum, ...(partial ? { partial } : {}) };
}
