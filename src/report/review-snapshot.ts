// What the supervisor saw at the last review decision, kept in the report so a resubmitted report
// shows what changed since: every figure as typed, and a short hash of each paragraph of the
// preamble and the narratives. Hashes rather than the text keep the snapshot a few kilobytes (a
// report's text is up to ~200 KB) while still telling a changed or new paragraph from one read
// before; the figures are kept as they are, since they are short and their old value helps.
import { getFormat } from '../template/formats';
import { textParagraphs } from '../template/print-layout/safe-text';
import type { Report, ReviewSnapshot } from './report-schema';

/** The fields whose paragraphs are compared: the preamble and every narrative of the format. */
function textFields(report: Report): Readonly<Record<string, string>> {
  const fields: Record<string, string> = { preamble: report.preamble };
  for (const section of getFormat(report.formatId).sections)
    for (const n of section.narratives)
      fields[n.id] = (report.narratives as Record<string, string>)[n.id] ?? '';
  return fields;
}

/**
 * 32-bit FNV-1a of the paragraph, in base 36 (at most 7 characters). A collision would leave one
 * changed paragraph unmarked, about once in four billion: a hint, never a record.
 */
export function paragraphHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The figures typed and the hashes of the paragraphs, as the report is when it is decided on. */
export function takeReviewSnapshot(report: Report, at: string): ReviewSnapshot {
  const cells: Record<string, string> = {};
  for (const [id, value] of Object.entries(report.cells as Record<string, string>))
    if (value.trim() !== '') cells[id] = value.trim();
  const paragraphs: Record<string, string[]> = {};
  for (const [field, text] of Object.entries(textFields(report))) {
    const hashes = textParagraphs(text).map(paragraphHash);
    if (hashes.length > 0) paragraphs[field] = hashes;
  }
  return { at, cells, paragraphs };
}

export interface ReviewChanges {
  /** When the snapshot was taken (the last review decision). */
  readonly since: string;
  /** Cells whose figure differs from the snapshot's (a blank and an absent figure are the same). */
  readonly cells: ReadonlySet<string>;
  /** Per text field, the indexes of its current paragraphs not read at the last review. */
  readonly paragraphs: ReadonlyMap<string, ReadonlySet<number>>;
  /** How many paragraphs read at the last review are no longer there. */
  readonly removed: number;
}

/**
 * What changed since the last review decision, or undefined when the report has none on record.
 * A paragraph counts as unchanged when a paragraph with the same text was there before, wherever
 * it was (moving paragraphs around is not a change of what they say); each old paragraph matches
 * one current paragraph at most, so a paragraph written twice is marked the second time.
 */
export function changesSinceReview(report: Report): ReviewChanges | undefined {
  const snapshot = report.review.snapshot;
  if (!snapshot) return undefined;
  const cells = new Set<string>();
  const current = report.cells as Record<string, string>;
  for (const id of new Set([...Object.keys(current), ...Object.keys(snapshot.cells)]))
    if ((current[id] ?? '').trim() !== (snapshot.cells[id] ?? '').trim()) cells.add(id);
  const paragraphs = new Map<string, Set<number>>();
  let removed = 0;
  const fields = textFields(report);
  for (const field of new Set([...Object.keys(fields), ...Object.keys(snapshot.paragraphs)])) {
    const left = new Map<string, number>();
    for (const h of snapshot.paragraphs[field] ?? []) left.set(h, (left.get(h) ?? 0) + 1);
    const changed = new Set<number>();
    textParagraphs(fields[field] ?? '').forEach((text, i) => {
      const h = paragraphHash(text);
      const n = left.get(h) ?? 0;
      if (n > 0) left.set(h, n - 1);
      else changed.add(i);
    });
    if (changed.size > 0) paragraphs.set(field, changed);
    for (const n of left.values()) removed += n;
  }
  return { since: snapshot.at, cells, paragraphs, removed };
}
