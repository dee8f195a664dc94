// One place where a report's figures and findings are computed as the clerk types, and from
// which every cell, total, step counter and findings list reads just the slice it shows.
// A keystroke first sets the figures it touches (setValues), which reaches only the totals that
// changed; the full rule check follows in a later task (update). Listeners subscribe per key
// (`cell:…`, `field:…`, `step:…`, `findings`), so a change wakes only the components whose
// slice changed, not ~300 selectors (no task over 50 ms while typing).
import { formatNumber } from '../template/format-number';
import type { Finding } from '../template/rules/finding';
import type { ResolvedValue } from '../template/rules/resolve-values';
import { PART_IDS, type PartId } from '../template/section-ids';

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
  readonly bySection: Readonly<Record<PartId, StepCounts>>;
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
  bySection: perPart(() => ZERO),
  display: new Map(),
  values: new Map(),
};

/** A record with one entry per part of the report. */
function perPart<T>(make: (part: PartId) => T): Record<PartId, T> {
  return Object.fromEntries(PART_IDS.map((p) => [p, make(p)])) as Record<PartId, T>;
}

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
  const counts = perPart(() => ({ errors: 0, warnings: 0 }));
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
  const bySection = perPart((k): StepCounts => {
    const before = prev.bySection[k];
    const now = counts[k];
    return before.errors === now.errors && before.warnings === now.warnings ? before : now;
  });
  return {
    findings: sameFindings(prev.findings, findings) ? prev.findings : findings,
    byCell: share(byCellLists, prev.byCell),
    byField: share(byFieldLists, prev.byField),
    bySection,
    display,
    values,
  };
}

/** The key a component subscribes to for one cell, one field, one step's counts or the whole list. */
export const liveKey = {
  cell: (id: string) => `cell:${id}`,
  field: (field: string) => `field:${field}`,
  step: (step: PartId) => `step:${step}`,
  findings: 'findings',
} as const;

/** The keys whose slice differs between two snapshots. */
export function changedKeys(prev: LiveSnapshot, next: LiveSnapshot): Set<string> {
  const keys = new Set<string>();
  const lists = (
    a: ReadonlyMap<string, readonly Finding[]>,
    b: ReadonlyMap<string, readonly Finding[]>,
    key: (id: string) => string,
  ) => {
    for (const [id, list] of b) if (a.get(id) !== list) keys.add(key(id));
    for (const id of a.keys()) if (!b.has(id)) keys.add(key(id));
  };
  lists(prev.byCell, next.byCell, liveKey.cell);
  lists(prev.byField, next.byField, liveKey.field);
  if (prev.display !== next.display || prev.values !== next.values) {
    for (const [id, shown] of next.display)
      if (prev.display.get(id) !== shown || prev.values.get(id)?.partial !== next.values.get(id)?.partial)
        keys.add(liveKey.cell(id));
    for (const id of prev.display.keys()) if (!next.display.has(id)) keys.add(liveKey.cell(id));
  }
  for (const step of PART_IDS)
    if (prev.bySection[step] !== next.bySection[step]) keys.add(liveKey.step(step));
  if (prev.findings !== next.findings) keys.add(liveKey.findings);
  return keys;
}

export class LiveStore {
  private snapshot: LiveSnapshot = EMPTY_SNAPSHOT;
  private readonly keyed = new Map<string, Set<() => void>>();

  /** Called only when the slice under `key` (see liveKey) changes. */
  subscribeKey(key: string, listener: () => void): () => void {
    let set = this.keyed.get(key);
    if (!set) this.keyed.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.keyed.get(key) === set) this.keyed.delete(key);
    };
  }

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  /** The figures one edit touched, shown at once; findings stay until the next full update. */
  setValues(touched: ReadonlyMap<string, ResolvedValue>): void {
    const prev = this.snapshot;
    let display: Map<string, string> | undefined;
    let values: Map<string, ResolvedValue> | undefined;
    for (const [id, v] of touched) {
      const before = prev.values.get(id);
      if (before === v) continue;
      values ??= new Map(prev.values);
      values.set(id, v);
      const shown = displayOf(v);
      if (prev.display.get(id) !== shown) {
        display ??= new Map(prev.display);
        display.set(id, shown);
      }
    }
    if (!values) return;
    this.commit({ ...prev, values, display: display ?? prev.display });
  }

  update(findings: readonly Finding[], values: ReadonlyMap<string, ResolvedValue>): void {
    this.commit(buildSnapshot(this.snapshot, findings, values));
  }

  private commit(next: LiveSnapshot): void {
    const keys = changedKeys(this.snapshot, next);
    this.snapshot = next;
    if (keys.size === 0) return;
    for (const key of keys) for (const l of this.keyed.get(key) ?? []) l();
  }
}

export const NO_FINDINGS = EMPTY;
