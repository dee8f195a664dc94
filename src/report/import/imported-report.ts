// What the importer read from a report, before anything is saved: every cell of the format read,
// blank or unreadable, every narrative with the heading it came from, and everything that fitted
// nowhere. The check screen shows it; the county desk keeps it; importedToReport turns it into a
// Report once the person has confirmed 机关名称 and 年度. Plain data (no Map, no class), so it
// passes from a Web Worker to the page as it is.
import type { Finding } from '../../template/rules/finding';
import type { SectionId } from '../../template/section-ids';
import type { FormatId } from '../../template/spec-types';
import type { SourceDocument, SourceKind } from './source-document';

/** One official cell as read. */
export type ImportedCell =
  | {
      readonly state: 'read';
      /** The figure to store (`12`, `4万元`, `-3`). */
      readonly text: string;
      /** The cell as printed, spaces collapsed. */
      readonly source: string;
      /** Said when the figure is not the printed text read plainly (`原文为“１２”`, a unit converted). */
      readonly note?: string;
    }
  | {
      readonly state: 'blank';
      /**
       * Why nothing was read: the printed cell is empty, or the source table has no such row or
       * column, or no such table at all. A blank stays 未填, never 0.
       */
      readonly why: 'empty' | 'no-row' | 'no-column' | 'no-table';
    }
  | {
      readonly state: 'unreadable';
      /** What was there. */
      readonly source: string;
      readonly reason: string;
    };

/** Where a value proposed for the person to confirm was found. */
type FoundIn = 'title' | 'file-name' | 'signature' | 'statistics-period' | 'text' | 'none';

export interface Proposed<T> {
  readonly value: T;
  readonly foundIn: FoundIn;
}

export interface ImportedNarrative {
  readonly text: string;
  /** The headings (as printed) under which the text stood, e.g. `（一）主动公开方面。`. */
  readonly sources: readonly string[];
}

/** An official table and the source tables read as it. */
export interface ImportedTable {
  readonly tableId: string;
  readonly sectionId: SectionId;
  /** How many source tables were read as this one (2 for a table split at a page break). */
  readonly parts: number;
  /** Rows and figures of the source that the official table has no place for. */
  readonly extras: readonly {
    readonly label: string;
    readonly values: readonly string[];
    readonly reason: string;
  }[];
}

/** Text that fits no section or text box, with where it stood. */
export interface UnplacedText {
  readonly text: string;
  readonly where: string;
}

/** A source table that is none of the report's tables, cell texts row by row. */
export interface UnrecognisedTable {
  readonly where: string;
  readonly rows: readonly (readonly string[])[];
}

export interface ImportedReport {
  readonly sourceKind: SourceKind;
  readonly fileName?: string;
  /** The encoding a text file or page was read in. */
  readonly encoding?: string;
  /** The report's title as printed; empty when none was found. */
  readonly title: string;
  readonly agencyName: Proposed<string>;
  readonly year: Proposed<number | undefined>;
  /** The format the tables were read in: the year's, or the tables' own when no year was found. */
  readonly formatId: FormatId;
  /** The format the tables' shape matches best; differs from formatId when they disagree. */
  readonly formatOfTables?: FormatId;
  readonly preamble: string;
  /** Every narrative text box of the format, by id (empty text when nothing was found for it). */
  readonly narratives: Readonly<Record<string, ImportedNarrative>>;
  /** 落款 and 成文日期 (`YYYY-MM-DD`), empty when not found; `signDateText` as printed. */
  readonly signatory: string;
  readonly signDate: string;
  readonly signDateText: string;
  /** Every cell of the format by cell id, computed totals included (their printed figure). */
  readonly cells: Readonly<Record<string, ImportedCell>>;
  /** The format's tables 二, 三, 四, in order. */
  readonly tables: readonly ImportedTable[];
  readonly unplaced: readonly UnplacedText[];
  readonly unrecognisedTables: readonly UnrecognisedTable[];
  /** Printed totals that disagree with the sum of their parts (R1, R2, R4 on the figures as printed). */
  readonly totalsFindings: readonly Finding[];
  /** What the person should know about the reading as a whole, in Chinese. */
  readonly notes: readonly string[];
}

export type ImportResult =
  | { readonly ok: false; readonly reason: string }
  | {
      readonly ok: true;
      readonly report: ImportedReport;
      /** The blocks read: recogniseReport reads them again when the person changes the year. */
      readonly document: SourceDocument;
    };
