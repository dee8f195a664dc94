// Opening what can be saved of a stored report the format refuses: every part that the
// format accepts is kept as it is; a text longer than its limit keeps what fits; a list longer than
// its limit keeps the latest entries; any other refused part goes back to a new report's value.
// Each change is listed, so the clerk is told what was left out (and the raw record stays stored,
// to be exported as it is).
import type { z } from 'zod';
import { createReport, newReportId } from './create-report';
import { placeOf } from './describe-schema-issue';
import { reportSchema, type Report } from './report-schema';

export interface Salvaged {
  readonly report: Report;
  /** What was changed to make it open, one line per field. */
  readonly notes: readonly string[];
}

type Json = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Json {
  return typeof v === 'object' && v !== null;
}

function clone(v: unknown): unknown {
  return v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const k of path) node = isContainer(node) ? (node as Record<PropertyKey, unknown>)[k] : undefined;
  return node;
}

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown): void {
  const parent = at(root, path.slice(0, -1));
  const key = path.at(-1);
  if (!isContainer(parent) || key === undefined) return;
  const p = parent as Record<PropertyKey, unknown>;
  if (value === undefined && !Array.isArray(parent)) delete p[key];
  else p[key] = value;
}

function fix(draft: unknown, fresh: Report, issue: z.core.$ZodIssue, notes: Set<string>): void {
  const place = placeOf(issue.path);
  const value = at(draft, issue.path);
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    const max = issue.maximum;
    if (typeof value === 'string') {
      setAt(draft, issue.path, value.slice(0, max));
      notes.add(
        `${place}：只保留了前 ${max.toLocaleString('en-US')} 字，其余 ${(value.length - max).toLocaleString('en-US')} 字未能打开`,
      );
      return;
    }
    if (Array.isArray(value)) {
      setAt(draft, issue.path, value.slice(value.length - max));
      notes.add(
        `${place}：只保留了最近的 ${max.toLocaleString('en-US')} 条，较早的 ${(value.length - max).toLocaleString('en-US')} 条未能打开`,
      );
      return;
    }
  }
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) setAt(draft, [...issue.path, key], undefined);
    notes.add(`${place}：去掉了本格式没有的 ${issue.keys.length} 项`);
    return;
  }
  setAt(draft, issue.path, clone(at(fresh, issue.path)));
  notes.add(`${place}：内容无法读取，已按新报告的空白内容打开`);
}

/**
 * What can be opened of `raw`, a stored report the format refuses, as a new report (a new id: the
 * unreadable record stays as it is). Undefined when nothing identifies its format.
 */
export function salvageReport(raw: unknown, now: Date = new Date()): Salvaged | undefined {
  if (!isContainer(raw) || Array.isArray(raw)) return undefined;
  const formatId = raw.formatId;
  if (formatId !== 'format-2019' && formatId !== 'format-2021') return undefined;
  const year =
    typeof raw.year === 'number' && raw.year >= 2019 && raw.year <= 2100 ? raw.year : now.getFullYear() - 1;
  const fresh = createReport({ agencyName: '', year, formatId, now });
  const draft = clone(raw) as Record<string, unknown>;
  const notes = new Set<string>();
  // Each pass fixes what zod reports; a fix can reveal a deeper issue (a missing object replaced).
  for (let pass = 0; pass < 20; pass++) {
    const parsed = reportSchema.safeParse(draft);
    if (parsed.success) {
      const id = newReportId();
      return { report: { ...parsed.data, id, updatedAt: now.toISOString() }, notes: [...notes] };
    }
    for (const issue of parsed.error.issues) fix(draft, fresh, issue, notes);
  }
  return undefined;
}
