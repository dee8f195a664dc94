// The typographic figures of the exported report, in Word's units, from GB/T 9704-2012
// 《党政机关公文格式》 as summarised in official-format.md. Sizes are half-points, lengths twips
// (1 mm = 56.7 twips; 1 pt = 20 twips). The figures themselves are the shared page geometry
// (src/template/print-layout/page-geometry.ts) the preview lays its pages out with too.
import {
  BODY_LINE_PT,
  PAGE_MM,
  SIZE_PT,
  TABLE_LINE_RATIO,
  TEXT_WIDTH_TWIPS,
  mmToTwips as mm,
} from '../../template/print-layout/page-geometry';

export const PAGE = {
  /** A4, 210 × 297 mm. */
  width: 11906,
  height: 16838,
  /** Top 37 mm, bottom 35 mm, left 28 mm; right 26 mm makes the 156 mm text width. */
  marginTop: mm(PAGE_MM.top),
  marginBottom: mm(PAGE_MM.bottom),
  marginLeft: mm(PAGE_MM.left),
  marginRight: 11906 - mm(PAGE_MM.left) - TEXT_WIDTH_TWIPS,
  /**
   * The page number sits 7 mm below the text block; Word measures the footer from the page edge
   * to the bottom of its line (a 14 pt line is about 5 mm): 35 − 7 − 5 = 23 mm.
   */
  footer: mm(PAGE_MM.bottom - PAGE_MM.pageNumberGap - 5),
  header: mm(15),
} as const;

/** The text block is 156 mm wide: every table's columns add up to exactly this. */
export const TEXT_WIDTH = TEXT_WIDTH_TWIPS;

export const FONTS = {
  /** 2号 title: 小标宋 (方正小标宋简体 by common practice). */
  title: '方正小标宋简体',
  /** Body and `1.` / `（1）` headings: 仿宋 (仿宋_GB2312 by common practice). */
  body: '仿宋_GB2312',
  /** `一、` headings. */
  heading1: '黑体',
  /** `（一）` headings. */
  heading2: '楷体_GB2312',
  /** Page numbers: half-width 宋体. */
  pageNumber: '宋体',
} as const;

export const SIZES = {
  /** 2号 = 22 pt. */
  title: SIZE_PT.title * 2,
  /** 3号 = 16 pt. */
  body: SIZE_PT.body * 2,
  /** 4号 = 14 pt. */
  pageNumber: SIZE_PT.pageNumber * 2,
  /** 五号 = 10.5 pt: the tables of sections 二 and 三. */
  table: SIZE_PT.table * 2,
  /** 小五 = 9 pt: table 四, whose 15 numeric columns must fit the portrait page. */
  smallTable: SIZE_PT.smallTable * 2,
} as const;

/** The exact line of a table paragraph of the given size (half-points), in twips. */
export function tableLine(size: number): number {
  return Math.round(size * 10 * TABLE_LINE_RATIO);
}

/** 1 pt above and below the text in a table cell, the preview's cell padding. */
export const TABLE_CELL_MARGIN_Y = 20;

/**
 * How word/fontTable.xml declares each font the document names, so Word picks a close substitute
 * where it is not installed (仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 often are not): the GB2312
 * character set (86), a serif (roman) or sans (swiss) family, and the Windows font to use instead.
 */
export const FONT_DECLARATIONS: Readonly<
  Record<(typeof FONTS)[keyof typeof FONTS], { readonly altName: string; readonly family: 'roman' | 'swiss' }>
> = {
  [FONTS.title]: { altName: '宋体', family: 'roman' },
  [FONTS.body]: { altName: '仿宋', family: 'roman' },
  [FONTS.heading1]: { altName: 'SimHei', family: 'swiss' },
  [FONTS.heading2]: { altName: '楷体', family: 'roman' },
  [FONTS.pageNumber]: { altName: 'SimSun', family: 'roman' },
};

/** Exact line spacing of 28 pt: 22 lines on the 225 mm text block (GB/T 9704 §7.1). */
export const BODY_LINE = BODY_LINE_PT * 20;
/** Two characters of 3号 text: the first-line indent of body paragraphs. */
export const BODY_INDENT = SIZE_PT.body * 2 * 20;

/** The same font in every slot, so Word and WPS apply it to Chinese and Latin text alike (docx #549). */
export function fontSlots(name: string): {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
} {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}
