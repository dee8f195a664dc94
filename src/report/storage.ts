// Reports kept in this browser, in IndexedDB through idb-keyval (a small, well-kept wrapper), plus
// the UI state that lets a reopened browser return to the same report and step.
// One object store holds both, under prefixed keys, so a single database is opened.
import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';
import { describeSchemaIssues } from './describe-schema-issue';
import { reportSchema, type Report } from './report-schema';
import { InvalidReportError, StaleRevisionError } from './save-refusal';
import { readStoredRecord, storedRecord, type StoredEntry } from './stored-record';

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
 * Every stored report, readable or not: a record the format refuses, or one written by a newer
 * version, is listed as unreadable with its reason instead of vanishing (stored-record.ts).
 * Readable ones first, the most recently saved first.
 */
export async function listStoredReports(): Promise<StoredEntry[]> {
  const all = await entries<string, unknown>(store());
  const out: StoredEntry[] = [];
  for (const [key, value] of all) {
    if (typeof key !== 'string' || !key.startsWith(REPORT_PREFIX)) continue;
    out.push(readStoredRecord(key.slice(REPORT_PREFIX.length), value));
  }
  const at = (e: StoredEntry) => (e.kind === 'ok' ? e.report.updatedAt : e.updatedAt);
  return out.sort((a, b) => at(b).localeCompare(at(a)));
}

/** Every stored report that reads as a report. */
export async function listReports(): Promise<Report[]> {
  return (await listStoredReports()).flatMap((e) => (e.kind === 'ok' ? [e.report] : []));
}

/** The stored record of report `id`, readable or not; undefined when there is none. */
export async function getStoredReport(id: string): Promise<StoredEntry | undefined> {
  const value = await get<unknown>(REPORT_PREFIX + id, store());
  return value === undefined ? undefined : readStoredRecord(id, value);
}

export async function getReport(id: string): Promise<Report | undefined> {
  const entry = await getStoredReport(id);
  return entry?.kind === 'ok' ? entry.report : undefined;
}

/**
 * Stores the report as given (the caller sets updatedAt) and returns its new revision. Refuses,
 * before anything is written, a report the format would refuse on reading (InvalidReportError),
 * and, when `expectedRevision` is given, a report whose stored copy has moved on since
 * (StaleRevisionError): the check and the write are one IndexedDB transaction. Rejects as well if
 * IndexedDB refuses it.
 */
export async function putReport(
  report: Report,
  options: { readonly expectedRevision?: number } = {},
): Promise<number> {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new InvalidReportError(describeSchemaIssues(parsed.error.issues));
  let revision = 0;
  await update<unknown>(
    REPORT_PREFIX + report.id,
    (old) => {
      const stored = old === undefined ? -1 : readStoredRecord(report.id, old).revision;
      if (options.expectedRevision !== undefined && stored !== options.expectedRevision) {
        throw new StaleRevisionError(options.expectedRevision, stored);
      }
      revision = stored + 1;
      return storedRecord(report, revision);
    },
    store(),
  );
  return revision;
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
 * the report, so the draft-file schema stays as it is (the backup reminder).
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
