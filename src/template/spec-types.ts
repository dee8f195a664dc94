// The official format of 政府信息公开工作年度报告, described as data.
// Everything that shows or checks a report (the grids, the zod schema, the rules, the preview,
// the Word export) reads these types; no official label is written anywhere else.
// Reference: 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号, summarised in official-format.md.

import type { SectionId } from './section-ids';

export type FormatId = 'format-2019' | 'format-2021';

/**
 * What a data cell holds.
 * - count: a whole number ≥ 0 (R6).
 * - signed-count: a whole number that may be negative (2019 `本年增/减`).
 * - money-wan: an amount in 万元 with at most 4 decimals (2021 `本年收费金额（单位：万元）`).
 * - amount-with-unit: an amount followed by its unit, 元 or 万元 (2019 `采购总金额`, whose header
 *   has no unit, so published reports write it in the cell: `4万元`, `251000元`).
 */
export type ValueKind = 'count' | 'signed-count' | 'money-wan' | 'amount-with-unit';

/** A column of a table: a header label, and either children or (for a leaf) an id. */
export interface ColumnNode {
  readonly label: string;
  /**
   * Leaf columns carry a stable id, part of every cell id in that column. A group may carry one
   * too: table 四's three kinds of case, which the ledger's case list stores by id.
   */
  readonly id?: string;
  readonly children?: readonly ColumnNode[];
  /** Value kind of the leaf's cells; defaults to the table's kind. */
  readonly kind?: ValueKind;
  /**
   * A computed leaf: the sum of every leaf under its siblings (the `总计` column of table 三 sums
   * 自然人 and the five 法人或其他组织 columns: R1; each `总计` of table 四 sums its four outcomes:
   * R4). The value is the id of the rule that states the sum.
   */
  readonly sumRule?: string;
}

/** A row of a table: a label, and either children or (for a leaf) an id. */
export interface RowNode {
  readonly label: string;
  readonly id?: string;
  readonly children?: readonly RowNode[];
  /** How rule messages name the row, e.g. `一` or `（七）总计`. */
  readonly short?: string;
  /** A computed leaf: the sum of every leaf under its siblings (`（七）总计`: R2). */
  readonly sumRule?: string;
}

/**
 * A table with a header tree over its data columns and a row tree beside them, laid out as
 * printed: each parent label spans its leaves; a leaf that is shallower than the deepest branch
 * spans the remaining header rows or label columns.
 */
export interface TreeTable {
  readonly type: 'tree';
  readonly id: string;
  /** The top-left cell over the label columns and header rows, if it has text. */
  readonly corner?: string;
  readonly columns: readonly ColumnNode[];
  readonly rows: readonly RowNode[];
  readonly kind: ValueKind;
}

/** One band of the section 二 table: `第二十条第（X）项`, its `信息内容` header row, its rows. */
export interface Band {
  readonly id: string;
  /** The full-width row that opens the band, e.g. `第二十条第（一）项`. */
  readonly item: string;
  /** The label over the row labels, `信息内容`. */
  readonly head: string;
  readonly columns: readonly ColumnNode[];
  readonly rows: readonly RowNode[];
}

/**
 * Section 二 is printed as one table of bands sharing a grid of `dataColumns` columns after the
 * label column; a band with fewer columns lets its last column span the rest (as in the notice's
 * template, where `本年处理决定数量` spans all three).
 */
export interface BandTable {
  readonly type: 'bands';
  readonly id: string;
  readonly dataColumns: number;
  readonly bands: readonly Band[];
}

export type TableSpec = TreeTable | BandTable;

/** A narrative text box of a section, with the notice's guidance for what it should say. */
export interface NarrativeSpec {
  readonly id: string;
  /** Subsection heading printed before the text, e.g. `（一）主动公开`; none for a plain section. */
  readonly heading?: string;
  /** Name of the text box in the editor. */
  readonly label: string;
  readonly guidance: string;
  /** A prompt shown beside the text box (e.g. 信息处理费 under 国办函〔2020〕109号). */
  readonly prompt?: string;
  /**
   * Last year's text of this box is shown beside it, read-only, when last year's report is known:
   * section 五 reports how the problems it listed were handled.
   */
  readonly besideLastYear?: boolean;
}

export interface SectionSpec {
  readonly id: SectionId;
  /** The official heading, e.g. `一、总体情况`. */
  readonly title: string;
  /** The numeral the heading starts with, used in short references (`第一部分`). */
  readonly numeral: string;
  readonly narratives: readonly NarrativeSpec[];
  readonly table?: TableSpec;
}

/** Declarative rules the checker evaluates (see rules/). Sums (R1, R2, R4) come from the trees. */
export interface BalanceRule {
  readonly type: 'balance';
  readonly id: string;
  readonly tableId: string;
  /** For every data column: sum of `left` rows = sum of `right` rows. */
  readonly left: readonly string[];
  readonly right: readonly string[];
}

/** A warning when `cell` < sum(plus) − sum(minus), e.g. `现行有效件数` < 制发 − 废止. */
export interface AtLeastRule {
  readonly type: 'at-least';
  readonly id: string;
  readonly cell: string;
  readonly plus: readonly string[];
  readonly minus: readonly string[];
  readonly message: string;
}

/** A warning when a township reports a value > 0 in cells it has no power to fill. */
export interface TownshipZeroRule {
  readonly type: 'township-zero';
  readonly id: string;
  readonly cells: readonly string[];
  readonly message: string;
}

export type DeclaredRule = BalanceRule | AtLeastRule | TownshipZeroRule;

/** Cells that narrative numbers are compared with (the narrative-vs-table check). */
export interface NarrativeAnchors {
  /** Total of `一、本年新收政府信息公开申请数量`. */
  readonly applicationsReceived: string;
  /** The three `总计` cells of table 四: 行政复议, 未经复议直接起诉, 复议后起诉. */
  readonly reviewTotal: string;
  readonly litigationTotals: readonly string[];
  /** `本年制发件数` (2021) / `本年新制作数量` (2019) of (行政)规范性文件. */
  readonly normativeIssued: string;
}

/** Carry-over between years: this year's row `二` is last year's row `四` (R5). */
export interface CarryOver {
  readonly tableId: string;
  readonly fromRow: string;
  readonly toRow: string;
}

/**
 * Where the request ledger (依申请公开台账) counts: the rows of table 三 a request lands in, and the
 * row of table 四 its case list fills. The outcome rows are the leaves beside `outcomesTotalRow`
 * (`（七）总计`), and the applicant types are table 三's input columns, so both follow the format.
 */
export interface LedgerRows {
  readonly requestsTableId: string;
  /** `一、本年新收…`: requests received within the report's year. */
  readonly newRow: string;
  /** `二、上年结转…`: requests received before it. */
  readonly carriedRow: string;
  /** `（七）总计`, the computed row whose siblings are the outcomes. */
  readonly outcomesTotalRow: string;
  /** `四、结转下年度继续办理`: requests still open on 31 December. */
  readonly carryForwardRow: string;
  readonly casesTableId: string;
  readonly casesRow: string;
}

/**
 * A figure that follows from the same office's report of the year before: this year's `cell`
 * equals last year's `fromLastYear` cells plus this year's `plus` cells minus this year's `minus`
 * cells. It needs both years' reports in the same format, so the county review desk checks it over
 * the reports it holds. A warning, not an error: the notices state no such rule, and a document can
 * leave the stock without being counted this year (see `hint`).
 */
export interface ContinuityRule {
  readonly id: string;
  readonly cell: string;
  readonly fromLastYear: readonly string[];
  readonly plus: readonly string[];
  readonly minus: readonly string[];
  /** What can explain a difference, said after the figures. */
  readonly hint: string;
}

export interface FormatSpec {
  readonly id: FormatId;
  /** The notice that defines the format, e.g. `国办公开办函〔2021〕30号`. */
  readonly notice: string;
  /** The notice's full title, quoted in the preamble as the basis of the report. */
  readonly noticeTitle: string;
  readonly noticeDate: string;
  /** Report years this format applies to: [first, last]; last undefined = still in force. */
  readonly years: readonly [number, number | undefined];
  readonly sections: readonly SectionSpec[];
  readonly rules: readonly DeclaredRule[];
  readonly anchors: NarrativeAnchors;
  readonly carryOver: CarryOver;
  readonly ledger: LedgerRows;
  /** Figures carried from last year's report of the same format (checked across reports). */
  readonly continuity: readonly ContinuityRule[];
  /**
   * Where the report states 信息处理费 (format 2021 only: 《政府信息公开信息处理费管理办法》asks every
   * report to state it), and the table 三 cell counting requests dropped for an unpaid fee notice.
   */
  readonly feeStatement?: { readonly narrativeId: string; readonly unpaidCell: string };
}
