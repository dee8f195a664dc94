// An import read but not yet saved survives a reload of its tab: 导入检查 comes back with what was
// read and what the person corrected (机关名称, 报告年度), instead of sending them back to choose the
// file again. sessionStorage, not IndexedDB: it belongs to this tab only, and leaves with it.
import type { PendingImport } from './import-check';

const KEY = 'nianbao:pending-import';

export interface KeptImport {
  readonly pending: PendingImport;
  readonly agencyName: string;
  readonly yearText: string;
  /** The year the tables were last read in (see ImportCheck). */
  readonly readYear: number | undefined;
}

/** Keeps the import; false when the browser refused it (storage full), so the page must warn on reload. */
export function keepImport(kept: KeptImport): boolean {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(kept));
    return true;
  } catch {
    forgetImport();
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The import kept by this tab, when there is one and it still has the shape this version writes. */
export function keptImport(): KeptImport | undefined {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(KEY);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const kept: unknown = JSON.parse(raw);
    if (
      isRecord(kept) &&
      isRecord(kept.pending) &&
      typeof kept.pending.source === 'string' &&
      isRecord(kept.pending.imported) &&
      typeof kept.pending.imported.formatId === 'string' &&
      isRecord(kept.pending.imported.cells) &&
      isRecord(kept.pending.document) &&
      Array.isArray(kept.pending.document.blocks) &&
      typeof kept.agencyName === 'string' &&
      typeof kept.yearText === 'string' &&
      (kept.readYear === undefined || typeof kept.readYear === 'number')
    )
      return kept as unknown as KeptImport;
  } catch {
    // Not JSON: dropped below.
  }
  forgetImport();
  return undefined;
}

export function forgetImport(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: there is nothing kept to forget.
  }
}
