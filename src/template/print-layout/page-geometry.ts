// The printed page of the report, in millimetres and points: GB/T 9704-2012《党政机关公文格式》
// as summarised in official-format.md. The Word export turns these into twips and the preview into
// CSS lengths, so the two lay the report out on the same page.

/** A4 and the GB/T 9704 margins: top 37, bottom 35, left 28, right 26, text block 156 × 225 mm. */
export const PAGE_MM = {
  width: 210,
  height: 297,
  top: 37,
  bottom: 35,
  left: 28,
  right: 26,
  textWidth: 156,
  textHeight: 225,
  /** The page number's line starts 7 mm below the text block (GB/T 9704 §7.5). */
  pageNumberGap: 7,
} as const;

/** Type sizes in points: 2号 title, 3号 body, 4号 page numbers, 五号 and 小五 tables. */
export const SIZE_PT = {
  title: 22,
  body: 16,
  pageNumber: 14,
  table: 10.5,
  smallTable: 9,
} as const;

/**
 * Table lines are 1.25 × their type size (the preview's `.rp-table` line-height), exact in the
 * .docx too, so a row is as tall on screen as in Word, WPS and LibreOffice whatever font is found.
 */
export const TABLE_LINE_RATIO = 1.25;

/** Exact line spacing of the body: 28 pt makes 22 lines on the 225 mm text block (GB/T 9704 §7.1). */
export const BODY_LINE_PT = 28;

/** Word's unit: 1 mm = 56.7 twips (1 pt = 20 twips). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * 56.7);
}

/** The 156 mm text width in twips; every table's columns add up to exactly this. */
export const TEXT_WIDTH_TWIPS = 8845;

/** A table with this many grid columns or more (table 四's 15 figures) prints in 小五 to fit. */
export const SMALL_TABLE_COLUMNS = 12;
