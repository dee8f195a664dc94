// Reports kept in this browser, in IndexedDB through idb-keyval (a small, well-kept wrapper), plus
// the UI state that lets a reopened browser return to the same report and step (issue 3).
// One object store holds both, under prefixed keys, so a single database is opened.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { reportSchema, type Report } from './report-schema';

const REPORT_PREFIX = 'report:';
const UI_KEY = 'ui:last';
const DRAFT_EXPORTS_KEY = 'ui:draft-exports';

export interface UiState {
  /** The last hash route, e.g. `#/r/<id>/s3`. */
  readonly route: string;
}

let defaultStore: UseStore | undefined;

/** Opened lazily: importing this module must not touch IndexedDB (tests, first paint). */
function store(): UseStore {
  defaultStore ??= createStore('nianbao', 'kv');
  return defaultStore;
}

/** For tests: use a fresh database. */
export function resetStorageForTests(): void {
  defaultStore = undefined;
}

/**
 * Every stored report that still reads as a report. A record that does not (written by a newer
 * version, or damaged) is skipped rather than breaking the whole list.
 */
export async function listReports(): Promise<Report[]> {
  const all = await entries<string, unknown>(store());
  const out: Report[] = [];
  for (const [key, value] of all) {
    if (typeof key !== 'string' || !key.startsWith(REPORT_PREFIX)) continue;
    const parsed = reportSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getReport(id: string): Promise<Report | undefined> {
  const value = await get<unknown>(REPORT_PREFIX + id, store());
  if (value === undefined) return undefined;
  const parsed = reportSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Stores the report as given (the caller sets updatedAt); rejects if IndexedDB refuses it. */
export async function putReport(report: Report): Promise<void> {
  await set(REPORT_PREFIX + report.id, report, store());
}

export async function deleteReport(id: string): Promise<void> {
  await del(REPORT_PREFIX + id, store());
}

export async function getUiState(): Promise<UiState | undefined> {
  const value = await get<unknown>(UI_KEY, store());
  if (typeof value === 'object' && value !== null && typeof (value as UiState).route === 'string') {
    return { route: (value as UiState).route };
  }
  return undefined;
}

export async function setUiState(state: UiState): Promise<void> {
  await set(UI_KEY, state, store());
}

/**
 * When a draft file was last exported, per report id (ISO time). Kept beside the UI state, not in
 * the report, so the draft-file schema stays as it is (issue 6: the backup reminder).
 */
export async function getDraftExports(): Promise<Readonly<Record<string, string>>> {
  const value = await get<unknown>(DRAFT_EXPORTS_KEY, store());
  if (typeof value !== 'object' || value === null) return {};
  const out: Record<string, string> = {};
  for (const [id, at] of Object.entries(value)) if (typeof at === 'string') out[id] = at;
  return out;
}

/** Records that a draft file of `reportId` was exported at `at`. */
export async function recordDraftExport(reportId: string, at: Date): Promise<void> {
  const all = await getDraftExports();
  await set(DRAFT_EXPORTS_KEY, { ...all, [reportId]: at.toISOString() }, store());
}
