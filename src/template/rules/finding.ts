import type { PartId } from '../section-ids';
import type { FormatId } from '../spec-types';

export type Severity = 'error' | 'warning';

/**
 * What a rule found, addressed to the cells (or fields) involved so that the editor can mark them,
 * the preview can list them and the export can ask before writing a broken report.
 */
export interface Finding {
  /** Unique within one check: rule id plus where. */
  readonly key: string;
  /** R1–R6 (官方勾稽关系 and value kinds), `blank` (未填), or a `W-…` plausibility warning. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly sectionId: PartId;
  /** Cell ids involved; the first is where the editor takes the clerk. */
  readonly cells: readonly string[];
  /** A non-cell field involved: `meta.signDate`, a narrative id, `preamble`. */
  readonly field?: string;
  /** The words in that field the finding is about, for the editor to select them. */
  readonly phrase?: string;
  readonly message: string;
}

/** The parts of a report the rules read (the report model in src/report has these and more). */
export interface ReportContent {
  readonly formatId: FormatId;
  readonly year: number;
  readonly meta: { readonly agencyName: string; readonly signDate: string };
  readonly preamble: string;
  readonly narratives: Readonly<Record<string, string | undefined>>;
  readonly cells: Readonly<Record<string, string | undefined>>;
}

/** Last year's figures, for R5, and its text where known (to compare this year's with). */
export interface LastYear {
  readonly year: number;
  readonly formatId: FormatId;
  readonly cells: Readonly<Record<string, string | undefined>>;
  readonly narratives?: Readonly<Record<string, string | undefined>> | undefined;
}
