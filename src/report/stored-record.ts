// How a report is kept in IndexedDB: an envelope with the version of the stored shape and the
// report's revision, around the report itself. Reading never hides a record: one the format refuses
// (damaged, or written with limits this version does not have) or written by a newer version is
// returned as unreadable, with its reason and its raw value, so the start screen can list it, export
// it as it is and salvage what it can.
import { condenseRawHistory } from './condense-history';
import { describeSchemaIssues } from './describe-schema-issue';
import { addReviewSnapshot, migrateDraft, type Step } from './migrate-draft';
import { reportSchema, type Report } from './report-schema';

/**
 * 1: the report stored bare (no envelope, no revision). 2: `{ schemaVersion, revision, report }`;
 * the revision lets a save refuse to overwrite a newer copy written by another tab. 3: the review
 * keeps a snapshot of what each decision saw (migrate-draft.ts, the same step as for draft files).
 */
export const STORED_VERSION = 3;

/** Steps between stored versions, as for draft files (migrate-draft.ts): each a pure function. */
export const STORED_MIGRATIONS: Readonly<Record<number, Step>> = {
  // A bare report becomes the report of an envelope; its revision starts at 0 (readStoredRecord).
  2: (record) => record,
  3: addReviewSnapshot,
};

export interface StoredRecord {
  readonly schemaVersion: number;
  readonly revision: number;
  readonly report: Report;
}

export type StoredEntry =
  | { readonly kind: 'ok'; readonly report: Report; readonly revision: number }
  | {
      readonly kind: 'unreadable';
      readonly id: string;
      /** The record as stored, for 导出原始数据 and salvage. */
      readonly raw: unknown;
      /** The report inside the record (the record itself for version 1), when there is one. */
      readonly rawReport: unknown;
      readonly reason: string;
      readonly revision: number;
      /** What could be read of it, to name it in the list. */
      readonly agencyName: string;
      readonly year: number | undefined;
      readonly updatedAt: string;
    };

export function storedRecord(report: Report, revision: number): StoredRecord {
  return { schemaVersion: STORED_VERSION, revision, report };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function peek(report: unknown): { agencyName: string; year: number | undefined; updatedAt: string } {
  const r = isObject(report) ? report : {};
  const meta = isObject(r.meta) ? r.meta : {};
  return {
    agencyName: typeof meta.agencyName === 'string' ? meta.agencyName.slice(0, 100) : '',
    year: typeof r.year === 'number' ? r.year : undefined,
    updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt.slice(0, 40) : '',
  };
}

/** The stored value under key `report:<id>`, migrated to the current shape and validated. */
export function readStoredRecord(id: string, value: unknown): StoredEntry {
  const enveloped = isObject(value) && typeof value.schemaVersion === 'number';
  const version = enveloped ? (value.schemaVersion as number) : 1;
  const rawReport = enveloped ? value.report : value;
  const revision = enveloped && typeof value.revision === 'number' ? value.revision : 0;
  const unreadable = (reason: string): StoredEntry => ({
    kind: 'unreadable',
    id,
    raw: value,
    rawReport,
    reason,
    revision,
    ...peek(rawReport),
  });
  if (!Number.isInteger(version) || version < 1) return unreadable('数据版本无法识别');
  if (version > STORED_VERSION) {
    return unreadable(`由更新版本的本系统保存（数据版本 ${version}），请用新版本打开，或导出原始数据`);
  }
  let report: unknown;
  try {
    report = migrateDraft({ version, report: rawReport }, STORED_VERSION, STORED_MIGRATIONS).report;
  } catch {
    return unreadable(`数据版本 ${version} 无法升级`);
  }
  // A history past the cap (stored before there was one) opens condensed, as it grows in the app.
  const parsed = reportSchema.safeParse(condenseRawHistory(report));
  if (!parsed.success) return unreadable(describeSchemaIssues(parsed.error.issues));
  if (parsed.data.id !== id) return unreadable('报告编号与存储位置不一致');
  return { kind: 'ok', report: parsed.data, revision };
}
