// What the desk found, in the shape of the editor's findings (src/template/rules/finding.ts) with
// what a finding over many reports needs besides: the offices and the reports it concerns.
import type { Severity } from '../../template/rules/finding';
import type { PartId, SectionId } from '../../template/section-ids';

/** One office as the desk knows it: the id from matchOffices and the name it shows. */
export interface OfficeRef {
  readonly id: string;
  readonly name: string;
}

/** Where in one report a finding points: the cells (ids of that report's format) or a field. */
export interface DeskPlace {
  readonly entryId: string;
  readonly officeId: string;
  readonly year: number;
  readonly sectionId?: PartId;
  readonly cells: readonly string[];
  /** A non-cell field, as in the editor's findings: a narrative id, `meta.signDate`, `preamble`. */
  readonly field?: string;
}

/** One paragraph of a report, as the 内容雷同 finding shows it side by side with its twin. */
export interface Passage {
  readonly entryId: string;
  readonly officeId: string;
  readonly year: number;
  readonly sectionId: SectionId;
  /** The narrative (text box) id, e.g. `s1-active`. */
  readonly field: string;
  /** Paragraph number within the text box, from 1. */
  readonly paragraph: number;
  readonly text: string;
}

export interface DeskFinding {
  /** Unique within one review. */
  readonly key: string;
  /**
   * The editor's rule ids for findings on one report (R1–R6, `blank`, `W-…`); across reports: `R5`
   * (结转 between years), `W-in-force-continuity` / `W-item-count-continuity` (figures carried
   * from last year), `D-similar` (内容雷同), `D-missing` (未提交), `D-unlisted` (not on the list),
   * `W-deadline` (成文日期 after the deadline), `D-duplicate` (重复).
   */
  readonly ruleId: string;
  readonly severity: Severity;
  /** The offices concerned, the one the finding is about first. */
  readonly offices: readonly OfficeRef[];
  /** The reports concerned, the one the finding is about first; empty for an office with none. */
  readonly places: readonly DeskPlace[];
  /** The year concerned, where no report says it (未提交). */
  readonly year?: number;
  readonly message: string;
  /** For 内容雷同: the two paragraphs, this report's first, and how alike they are (0–1). */
  readonly similar?: {
    readonly passages: readonly [Passage, Passage];
    readonly score: number;
    readonly identical: boolean;
  };
}
