// Draft files: the report as a versioned JSON file, to hand to a supervisor or keep as a backup.
// Reading one never changes anything by itself: it returns a report or a reason in Chinese.
import { condenseRawHistory } from './condense-history';
import { decodeText } from './decode-text';
import { describeSchemaIssues } from './describe-schema-issue';
import { migrateDraft } from './migrate-draft';
import { safeFileName } from './safe-file-name';
import { reportSchema, type Report } from './report-schema';
import { settleImportedReport } from './settle-imported-report';

export const DRAFT_KIND = 'nianbao-draft';
/**
 * 2 adds the optional request ledger, 3 the review's snapshot of what the last decision saw. An
 * older program would drop a field it does not know (unknown fields are dropped on reading), so it
 * must refuse a newer file instead.
 */
export const DRAFT_VERSION = 3;
/** A real draft is ~50 KB; anything far larger is not one of ours. */
export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;

export interface DraftFile {
  readonly kind: typeof DRAFT_KIND;
  readonly version: number;
  readonly exportedAt: string;
  readonly report: Report;
}

/**
 * `{机关名称}{年度}年报告草稿.json`, with characters no file system accepts replaced. A file sent
 * for review or back from it says so (`…年报告（送审）.json`), so that the person receiving it
 * sees which one it is among their downloads.
 */
export function draftFileName(report: Pick<Report, 'meta' | 'year'>, purpose?: '送审' | '审核结果'): string {
  const agency = report.meta.agencyName.trim() || '未命名机关';
  return safeFileName(`${agency}${report.year}年报告${purpose ? `（${purpose}）` : '草稿'}.json`);
}

export function serializeDraft(report: Report, now: Date = new Date()): string {
  const file: DraftFile = { kind: DRAFT_KIND, version: DRAFT_VERSION, exportedAt: now.toISOString(), report };
  return JSON.stringify(file, null, 2);
}

export type DraftReadResult =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly reason: string };

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that tells whether any key could reach an object's prototype. */
function parseJsonSafely(text: string): { json: unknown; tampered: boolean } {
  let tampered = false;
  const json: unknown = JSON.parse(text, function (this: unknown, key, value: unknown) {
    if (PROTOTYPE_KEYS.has(key)) {
      tampered = true;
      return undefined;
    }
    return value;
  });
  return { json, tampered };
}

/** Size of the text as a UTF-8 file: a Chinese character is 3 bytes, not the 1 that `length` counts. */
function utf8Length(text: string): number {
  // Past the limit in UTF-16 units it is past it in bytes too; no need to encode a huge string.
  return text.length > MAX_DRAFT_BYTES ? text.length : new TextEncoder().encode(text).byteLength;
}

export function readDraft(text: string, byteLength: number = utf8Length(text)): DraftReadResult {
  if (byteLength > MAX_DRAFT_BYTES) {
    return {
      ok: false,
      reason: `文件过大（${(byteLength / 1024 / 1024).toFixed(1)} MB），不是本系统导出的报告草稿`,
    };
  }
  if (text.trim() === '') return { ok: false, reason: '文件是空的' };
  let json: unknown;
  try {
    const parsed = parseJsonSafely(text.replace(/^\uFEFF/, ''));
    if (parsed.tampered)
      return { ok: false, reason: '文件含有不允许的字段名（如 __proto__），可能被篡改，已拒绝导入' };
    json = parsed.json;
  } catch {
    return { ok: false, reason: '文件已损坏或不完整（不是有效的 JSON），无法读取' };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== DRAFT_KIND) {
    return { ok: false, reason: '这不是本系统导出的报告草稿文件' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: '草稿文件缺少有效的版本号' };
  }
  if (version > DRAFT_VERSION) {
    return {
      ok: false,
      reason: `这个草稿由更新版本的程序导出（文件版本 ${version}，本程序支持到 ${DRAFT_VERSION}），请先更新本程序`,
    };
  }
  let migrated: { report?: unknown };
  try {
    migrated = migrateDraft(json as { version: number; report?: unknown }, DRAFT_VERSION);
  } catch {
    return { ok: false, reason: `无法把版本 ${version} 的草稿升级到当前版本` };
  }
  // A history past the cap (kept before there was one) is condensed as the app does when it grows.
  const parsed = reportSchema.safeParse(condenseRawHistory(migrated.report));
  if (!parsed.success) {
    return {
      ok: false,
      reason: `草稿内容不符合报告格式（${describeSchemaIssues(parsed.error.issues)}），文件可能已损坏或被修改`,
    };
  }
  return { ok: true, report: parsed.data };
}

export type DraftFileResult =
  | { readonly ok: true; readonly report: Report; readonly encoding: string }
  | { readonly ok: false; readonly reason: string };

/**
 * A draft file's bytes to a report ready to store. The bytes are decoded strictly (decodeText):
 * a draft re-saved by Notepad as GBK is read as GB18030, and anything that would still hold a
 * replacement character is refused, so mojibake never replaces a good report. The report is then
 * settled against this machine's clock and ids (settleImportedReport).
 */
export function readDraftFile(bytes: Uint8Array, now: Date = new Date()): DraftFileResult {
  if (bytes.byteLength > MAX_DRAFT_BYTES) {
    const refused = readDraft('', bytes.byteLength);
    return refused.ok ? { ok: false, reason: '文件过大' } : refused;
  }
  const decoded = decodeText(bytes);
  // A draft is text written by the app: bytes that are no text at all mean the file was damaged
  // or is not a draft, and the clerk should hear that first, then what the decoder found.
  if (!decoded.ok) return { ...decoded, reason: `文件已损坏或不完整：${decoded.reason}` };
  const result = readDraft(decoded.text, bytes.byteLength);
  if (!result.ok) return result;
  return { ok: true, report: settleImportedReport(result.report, now), encoding: decoded.encoding };
}
