// Finds which official label a printed one is, by the label keys of src/template: exactly by
// body first (words without number and punctuation), then allowing a typo or two in a long
// label (`行政法复议`, `补证` for `补正`, `本年度收费金额` for `本年收费金额`). Short labels (`其他`,
// `总计`, `规章`) must match exactly. Two different labels equally close is no match.
import { labelBody, splitUnit } from '../../template/reading/label-key';
import { LABEL_VARIANTS } from '../../template/reading/reading-vocabulary';

interface LabelCandidate<T> {
  readonly label: string;
  readonly value: T;
  /** Only an exact body counts: labels that differ in one character only (the items of table 二). */
  readonly exact?: boolean;
}

export interface LabelMatch<T> {
  /** Every candidate with the matched body (a label printed several times: `结果维持`). */
  readonly values: readonly T[];
  /** Edits between the printed body and the matched one; 0 for an exact or declared variant. */
  readonly distance: number;
}

/** Printed texts a matcher remembers its answer for; past this it starts again. */
const MEMO_LIMIT = 4000;

/** How many edits a body of `length` characters may differ by and still be that label. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 9) return 1;
  return Math.floor(length / 5);
}

/** Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit`. */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The body a printed label is compared by: its words, without a unit in brackets at its end. */
export function matchBody(text: string): string {
  return labelBody(splitUnit(text).label);
}

/** A matcher over `candidates`: give it a printed label, get the official one(s) or undefined. */
export function labelMatcher<T>(
  candidates: readonly LabelCandidate<T>[],
): (text: string) => LabelMatch<T> | undefined {
  const byBody = new Map<string, { values: T[]; exact: boolean }>();
  const add = (body: string, value: T, exact: boolean): void => {
    if (body === '') return;
    const entry = byBody.get(body);
    if (entry) entry.values.push(value);
    else byBody.set(body, { values: [value], exact });
  };
  for (const c of candidates) {
    const body = matchBody(c.label);
    add(body, c.value, c.exact === true);
    for (const variant of LABEL_VARIANTS[body] ?? []) add(matchBody(variant), c.value, true);
  }
  const fuzzy = [...byBody.entries()].filter(([, e]) => !e.exact);
  // Every cell of every source table is tried as each official table's rows and columns, and the
  // same labels come back in each report of a desk's folder: remembering the answer per printed
  // text spares the fuzzy comparison (the reading's main cost), within a bound on memory.
  const seen = new Map<string, LabelMatch<T> | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const match = find(text);
    if (seen.size >= MEMO_LIMIT) seen.clear();
    seen.set(text, match);
    return match;
  };
  function find(text: string): LabelMatch<T> | undefined {
    const body = matchBody(text);
    if (body === '') return undefined;
    const exact = byBody.get(body);
    if (exact) return { values: exact.values, distance: 0 };
    let best: { body: string; values: T[]; distance: number } | undefined;
    let tied = false;
    for (const [candidate, entry] of fuzzy) {
      const limit = allowedEdits(candidate.length);
      if (limit === 0) continue;
      const d = distanceWithin(body, candidate, limit);
      if (d > limit) continue;
      if (!best || d < best.distance) {
        best = { body: candidate, values: entry.values, distance: d };
        tied = false;
      } else if (d === best.distance) tied = true;
    }
    return best && !tied ? { values: best.values, distance: best.distance } : undefined;
  }
}
