// What published reports print instead of the official wording, for the importers to read them
// by: older section headings (the outline of the 2008 条例's reports is still copied), shorter
// names of section 一's five aspects, and words used for a table label. Matching itself is
// tolerant of spaces, widths, numbering and one typo in a few characters (label-key.ts and the
// importer's matcher); what is listed here differs by more than that.
import type { SectionId } from '../section-ids';

/** Headings of the six sections as reports print them besides the official titles. */
export const SECTION_TITLE_VARIANTS: Readonly<Record<SectionId, readonly string[]>> = {
  s1: ['总体工作情况', '基本情况'],
  s2: ['行政机关主动公开政府信息情况', '主动公开政府信息的情况'],
  s3: ['行政机关收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请的情况'],
  s4: [
    '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
    '政府信息公开行政复议和行政诉讼情况',
    '因政府信息公开申请行政复议、提起行政诉讼的情况',
  ],
  s5: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况', '存在的问题及改进情况'],
  s6: ['其他需要报告的事情', '其它需要报告的事项'],
};

/**
 * Section 一's subsections by the words that name their aspect: a subheading whose first clause
 * holds one of them (`（四）信息公开平台建设方面。`, `(四) 平台建设`) belongs to that text box. The
 * official heading's own words (without its number) always count; these are added to them.
 */
export const ASPECT_HEADING_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  's1-management': ['信息管理'],
  's1-platform': ['平台建设'],
  's1-oversight': ['监督和保障', '监督与保障'],
};

/**
 * Other words a table prints for a row or column label, by the label's body (its words without
 * number and punctuation, label-key.ts): `合计` for `总计`, and the other format's name of the
 * same row of section 二 (the 2021 format renamed `规范性文件` to `行政规范性文件`).
 */
export const LABEL_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  总计: ['合计'],
  行政规范性文件: ['规范性文件'],
  规范性文件: ['行政规范性文件'],
  法人或其他组织: ['法人或者其他组织'],
  其他: ['其它'],
  其他处理: ['其它处理'],
  其他结果: ['其它结果'],
};
