import type { DeskEntry } from './desk-entry';
import type { OfficeRef } from './desk-finding';
import { matchOffices } from './office-key';

export interface DeskOffices {
  /** Offices in the order of their names (zh-CN collation), each with the name it shows. */
  readonly offices: readonly OfficeRef[];
  /** Office id by entry id. */
  readonly officeOf: ReadonlyMap<string, string>;
  /** Office id by every name seen (the entries' 机关名称 and any `extraNames`). */
  readonly byName: ReadonlyMap<string, string>;
}

/**
 * The offices behind the entries, matched by name (matchOffices). An office shows the name its
 * reports use most often, the longer on a tie (阁山镇人民政府 rather than 阁山镇). `extraNames` (the
 * officer's list of offices that must report) take part in the matching, so a listed 阁山镇 and a
 * report of 樟树市阁山镇人民政府 are seen as one office, but they name no office by themselves.
 */
export function deskOffices(entries: readonly DeskEntry[], extraNames: readonly string[] = []): DeskOffices {
  const names = entries.map((e) => e.report.meta.agencyName);
  const byName = matchOffices([...names, ...extraNames]);
  // A report without a name is an office of its own: two of them are not the same office.
  const officeOf = new Map(
    entries.map((e) => {
      const name = e.report.meta.agencyName;
      return [e.id, name.trim() === '' ? `unnamed:${e.id}` : (byName.get(name) ?? name)] as const;
    }),
  );
  const counts = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const id = officeOf.get(e.id) ?? '';
    const shown = e.report.meta.agencyName.trim();
    const byShown = counts.get(id) ?? new Map<string, number>();
    byShown.set(shown, (byShown.get(shown) ?? 0) + 1);
    counts.set(id, byShown);
  }
  const offices = [...counts].map(([id, byShown]) => {
    const [name] = [...byShown].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0] ?? [''];
    return { id, name: name === '' ? '（未写机关名称）' : name };
  });
  offices.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { offices, officeOf, byName };
}

/** The office of an entry, as the desk shows it (its own name if the office is not listed). */
export function officeOfEntry(
  entry: DeskEntry,
  officeOf: ReadonlyMap<string, string>,
  offices: readonly OfficeRef[],
): OfficeRef {
  const id = officeOf.get(entry.id) ?? '';
  return offices.find((o) => o.id === id) ?? { id, name: entry.report.meta.agencyName };
}
