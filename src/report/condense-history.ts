// The review history of a report is capped (MAX_REVIEW_HISTORY), and a report past a cap could not
// be saved. The history only grows, by steps the clerk and the supervisor take without a thought
// for it (an edit of an approved report adds one), so reaching the cap must never stop a save: the
// oldest entries are merged into one that says how many it stands for and from when. Every entry
// is written by the app (status, time, name, a generated note); merging drops only the detail of
// the oldest steps, never text anyone typed. The current approval lives in review.approvedBy/At.
import { z } from 'zod';
import { MAX_REVIEW_HISTORY, reviewEventSchema, type ReviewEvent } from './report-schema';

const day = (iso: string) => iso.slice(0, 10);

/** `history` with at most `max` entries: the oldest merged into one where there are more. */
export function condenseHistory(
  history: readonly ReviewEvent[],
  max: number = MAX_REVIEW_HISTORY,
): ReviewEvent[] {
  if (history.length <= max) return [...history];
  // The merged entry takes one place, so one more than the excess goes into it.
  const merging = history.slice(0, history.length - max + 1);
  const last = merging[merging.length - 1];
  const first = merging[0];
  if (!last || !first) return [...history];
  const count = merging.reduce((n, e) => n + (e.merged?.count ?? 1), 0);
  const since = first.merged?.since ?? first.at;
  const summary: ReviewEvent = {
    status: last.status,
    at: last.at,
    by: '',
    note: `更早的 ${count.toLocaleString('en-US')} 条审核记录已合并为这一条（${day(since)} 至 ${day(last.at)}）：每份报告最多保留 ${max.toLocaleString('en-US')} 条审核记录`,
    merged: { count, since },
  };
  return [summary, ...history.slice(merging.length)];
}

/** `history` with `event` added, within the cap. */
export function appendReviewEvent(history: readonly ReviewEvent[], event: ReviewEvent): ReviewEvent[] {
  return condenseHistory([...history, event]);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A report as read from a file or from the store, before it is validated, with a history over the
 * cap condensed, so that a report written before the cap was kept (or by hand) still opens. Anything
 * else wrong is left for the schema to name.
 */
export function condenseRawHistory(report: unknown): unknown {
  if (!isObject(report) || !isObject(report.review)) return report;
  const { history } = report.review;
  if (!Array.isArray(history) || history.length <= MAX_REVIEW_HISTORY) return report;
  const events = z.array(reviewEventSchema).safeParse(history);
  if (!events.success) return report;
  return { ...report, review: { ...report.review, history: condenseHistory(events.data) } };
}
