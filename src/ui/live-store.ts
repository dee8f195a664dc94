// One place where a report's figures and findings are computed as the clerk types, and from
// which every cell, total, step counter and findings list reads just the slice it shows.
// A keystroke recomputes once (checkReport over ~200 cells takes well under a millisecond) and
// re-renders only the components whose slice changed (useSyncExternalStore with selectors).
import { formatNumber } from '../template/format-number';
import type { Finding } from '../template/rules/finding';
import type { ResolvedValue } from '../template/rules/resolve-values';

export type StepId = 'meta' | 's1' | 's2' | 's3' | 's4' | 's5' | 's6';

export interface StepCounts {
  readonly errors: number;
  readonly warnings: number;
}

export interface LiveSnapshot {
  readonly findings: readonly Finding[];
  /** Findings that involve each cell (first listed cell or any other). */
  readonly byCell: ReadonlyMap<string, readonly Finding[]>;
  /** Findings about a non-cell field: `meta.signDate`, a narrative id, `preamble`. */
  readonly byField: ReadonlyMap<string, readonly Finding[]>;
  readonly bySection: Readonly<Record<StepId, StepCounts>>;
  /** What every cell shows: typed text for input cells, the computed figure for totals. */
  readonly display: ReadonlyMap<string, string>;
  readonly values: ReadonlyMap<string, ResolvedValue>;
}

const EMPTY: readonly Finding[] = [];
const ZERO: StepCounts = { errors: 0, warnings: 0 };

export const EMPTY_SNAPSHOT: LiveSnapshot = {
  findings: EMPTY,
  byCell: new Map(),
  byField: new Map(),
  bySection: { meta: ZERO, s1: ZERO, s2: ZERO, s3: ZERO, s4: ZERO, s5: ZERO, s6: ZERO },
  display: new Map(),
  values: new Map(),
};

function sameFindings(a: readonly Finding[] | undefined, b: readonly Finding[]): boolean {
  return (
    !!a && a.length === b.length && a.every((f, i) => f.key === b[i]?.key && f.message === b[i]?.message)
  );
}

function displayOf(v: ResolvedValue | undefined): string {
  return v?.status === 'ok' ? formatNumber(v.value) : '';
}

/** Builds the next snapshot, reusing the previous arrays where nothing changed (stable identities). */
export function buildSnapshot(
  prev: LiveSnapshot,
  findings: readonly Finding[],
  values: ReadonlyMap<string, ResolvedValue>,
): LiveSnapshot {
  const byCellLists = new Map<string, Finding[]>();
  const byFieldLists = new Map<string, Finding[]>();
  const counts: Record<StepId, { errors: number; warnings: number }> = {
    meta: { errors: 0, warnings: 0 },
    s1: { errors: 0, warnings: 0 },
    s2: { errors: 0, warnings: 0 },
    s3: { errors: 0, warnings: 0 },
    s4: { errors: 0, warnings: 0 },
    s5: { errors: 0, warnings: 0 },
    s6: { errors: 0, warnings: 0 },
  };
  for (const f of findings) {
    for (const id of f.cells) {
      let list = byCellLists.get(id);
      if (!list) byCellLists.set(id, (list = []));
      list.push(f);
    }
    if (f.field) {
      let list = byFieldLists.get(f.field);
      if (!list) byFieldLists.set(f.field, (list = []));
      list.push(f);
    }
    const c = counts[f.sectionId];
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
  }
  const share = (
    next: Map<string, Finding[]>,
    old: ReadonlyMap<string, readonly Finding[]>,
  ): ReadonlyMap<string, readonly Finding[]> => {
    const out = new Map<string, readonly Finding[]>();
    for (const [k, list] of next) {
      const before = old.get(k);
      out.set(k, before && sameFindings(before, list) ? before : list);
    }
    return out;
  };
  const display = new Map<string, string>();
  for (const [id, v] of values) display.set(id, displayOf(v));
  const bySection = Object.fromEntries(
    (Object.keys(counts) as StepId[]).map((k) => {
      const before = prev.bySection[k];
      const now = counts[k];
      return [k, before.errors === now.errors && before.warnings === now.warnings ? before : now];
    }),
  ) as Record<StepId, StepCounts>;
  return {
    findings: sameFindings(prev.findings, findings) ? prev.findings : findings,
    byCell: share(byCellLists, prev.byCell),
    byField: share(byFieldLists, prev.byField),
    bySection,
    display,
    values,
  };
}

export class LiveStore {
  private snapshot: LiveSnapshot = EMPTY_SNAPSHOT;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  update(findings: readonly Finding[], values: ReadonlyMap<string, ResolvedValue>): void {
    this.snapshot = buildSnapshot(this.snapshot, findings, values);
    for (const l of this.listeners) l();
  }
}

export const NO_FINDINGS = EMPTY;
