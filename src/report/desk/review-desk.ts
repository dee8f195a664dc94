// The whole review of the desk in one pure call, for the workspace (or its worker) to run after
// every change to the entries or the list: offices, 重复, each report's findings, and the findings
// across reports.
import { checkCarryAcrossYears } from './check-carry-across-years';
import { checkContinuity } from './check-continuity';
import { checkEntry, type EntryCheck } from './check-entry';
import { checkMissing } from './check-missing';
import { checkSignDates } from './check-sign-dates';
import { checkSimilarText } from './check-similar-text';
import type { DeskEntry } from './desk-entry';
import type { DeskFinding, OfficeRef } from './desk-finding';
import { deskOffices, officeOfEntry } from './desk-offices';
import { findDuplicates, type DuplicateGroup } from './find-duplicates';
import { findSimilarParagraphs } from './find-similar-paragraphs';

export interface EntryReview {
  readonly entry: DeskEntry;
  readonly office: OfficeRef;
  readonly check: EntryCheck;
  /** For a copy not counted (重复): the entry counted instead. */
  readonly duplicateOf?: string;
}

export interface DeskReview {
  readonly offices: readonly OfficeRef[];
  readonly officeOf: ReadonlyMap<string, string>;
  /** Every entry, in the order of the offices, then years (latest first), then as given. */
  readonly entries: readonly EntryReview[];
  /** One entry per office and year: what the cross-report checks and the roll-up read. */
  readonly kept: readonly DeskEntry[];
  readonly duplicates: readonly DuplicateGroup[];
  /** Findings across reports, grouped by kind: 未提交, 重复, R5, carried figures, 成文日期, 内容雷同. */
  readonly findings: readonly DeskFinding[];
  /** Years of the reports, latest first (the 年度 the workspace offers). */
  readonly years: readonly number[];
}

export interface ReviewOptions {
  /** The day of the review: the format-by-year check depends on it. */
  readonly today: Date;
  /** 应报单位 (see parseOfficeList) and the year they must report for: 未提交 is checked then. */
  readonly expected?: { readonly names: readonly string[]; readonly year: number };
}

const KIND_ORDER = [
  'D-missing',
  'D-unlisted',
  'D-duplicate',
  'R5',
  'W-in-force-continuity',
  'W-item-count-continuity',
  'W-deadline',
  'D-similar',
];

export function reviewDesk(entries: readonly DeskEntry[], options: ReviewOptions): DeskReview {
  const listed = options.expected?.names ?? [];
  const { offices, officeOf, byName } = deskOffices(entries, listed);
  const duplicates = findDuplicates(entries, officeOf, offices);
  const { kept } = duplicates;
  const duplicateOf = new Map<string, string>();
  for (const g of duplicates.groups) for (const o of g.others) duplicateOf.set(o.entryId, g.keptId);
  const officeRank = new Map(offices.map((o, i) => [o.id, i] as const));
  const given = new Map(entries.map((e, i) => [e.id, i] as const));
  const reviews = entries.map((entry) => {
    const kept = duplicateOf.get(entry.id);
    return {
      entry,
      office: officeOfEntry(entry, officeOf, offices),
      check: checkEntry(entry, options.today),
      ...(kept ? { duplicateOf: kept } : {}),
    };
  });
  reviews.sort(
    (a, b) =>
      (officeRank.get(a.office.id) ?? 0) - (officeRank.get(b.office.id) ?? 0) ||
      b.entry.report.year - a.entry.report.year ||
      (given.get(a.entry.id) ?? 0) - (given.get(b.entry.id) ?? 0),
  );
  const findings = [
    ...(options.expected
      ? checkMissing({ listed, year: options.expected.year, kept, officeOf, byName, offices })
      : []),
    ...duplicates.findings,
    ...checkCarryAcrossYears(kept, officeOf, offices),
    ...checkContinuity(kept, officeOf, offices),
    ...checkSignDates(kept, officeOf, offices),
    ...checkSimilarText(findSimilarParagraphs(kept, officeOf), offices),
  ];
  const kind = (f: DeskFinding) => KIND_ORDER.indexOf(f.ruleId);
  const byOffice = (f: DeskFinding) => officeRank.get(f.offices[0]?.id ?? '') ?? -1;
  findings.sort((a, b) => kind(a) - kind(b) || byOffice(a) - byOffice(b));
  return {
    offices,
    officeOf,
    entries: reviews,
    kept,
    duplicates: duplicates.groups,
    findings,
    years: [...new Set(kept.map((e) => e.report.year))].sort((a, b) => b - a),
  };
}
