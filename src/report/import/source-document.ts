// The one block model every source is read into before recognition: a Word file, a web page and
// copied text all become paragraphs and tables, so that one recogniser reads them all by label.

/** A paragraph as printed, heading numbers included. */
interface ParagraphBlock {
  readonly kind: 'paragraph';
  /**
   * The paragraph's text with an automatic number put back in front (Word keeps `一、` or `（一）`
   * of a numbered heading in the numbering definitions, not in the text). Line breaks inside the
   * paragraph are `\n`.
   */
  readonly text: string;
  /** The number Word generated for the paragraph, when it was not in its text. */
  readonly autoNumber?: string;
}

/** A table cell at its place on the table's grid, merges resolved. */
export interface SourceCell {
  /** Grid row and column of the cell's top-left corner. */
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** The cell's text; its paragraphs and line breaks joined by `\n`. */
  readonly text: string;
}

export interface TableBlock {
  readonly kind: 'table';
  /** The cells that start in each row, left to right. */
  readonly rows: readonly (readonly SourceCell[])[];
  /**
   * True when the columns come from the source's own grid (Word's gridSpan/vMerge, HTML's
   * colspan/rowspan); false for a table rebuilt from copied text, where a cell's column is only
   * its place in the line and merged cells may be missing.
   */
  readonly positioned: boolean;
}

export type SourceBlock = ParagraphBlock | TableBlock;

export type SourceKind = 'docx' | 'html' | 'text';

export interface SourceDocument {
  readonly kind: SourceKind;
  readonly blocks: readonly SourceBlock[];
  /** A title kept outside the text: a page's `<title>`, a Word file's title property. */
  readonly titleHint?: string;
  /** The name of the file read, without folders; absent for pasted content. */
  readonly fileName?: string;
  /** For text and web pages read from bytes: the encoding they were read in. */
  readonly encoding?: string;
}
