import { getFormat } from '../../template/formats';
import { SOURCE_KIND_NAMES } from './desk-entry';
import type { DeskReview } from './review-desk';
import type { SheetCell, SheetData } from './sheet-data';

const head = (value: string): SheetCell => ({ value, bold: true, align: 'center', boxed: true });
const cell = (value: string | number, wrap = false): SheetCell => ({
  value,
  boxed: true,
  ...(wrap ? { wrap } : {}),
});

/** 报告: one row per report brought in, with its counts and its line of what is wrong. */
export function reportsSheet(review: DeskReview): SheetData {
  const byId = new Map(review.entries.map((r) => [r.entry.id, r.entry] as const));
  const header = ['机关', '年度', '格式', '来源', '文件名', '错误', '提醒', '无法识别', '问题摘要', '汇总'];
  const rows = review.entries.map(({ entry, office, check, duplicateOf }) => {
    const kept = duplicateOf === undefined ? undefined : byId.get(duplicateOf);
    const counted = kept
      ? `重复，按${kept.source.fileName === '' ? SOURCE_KIND_NAMES[kept.source.kind] : `“${kept.source.fileName}”`}计`
      : '计入';
    return [
      cell(office.name),
      cell(entry.report.year),
      cell(getFormat(entry.report.formatId).notice),
      cell(SOURCE_KIND_NAMES[entry.source.kind]),
      cell(entry.source.fileName),
      cell(check.errors),
      cell(check.warnings),
      cell(check.unreadable),
      cell(check.summary, true),
      cell(counted),
    ];
  });
  return {
    name: '报告',
    columnWidths: [22, 7, 24, 10, 28, 6, 6, 9, 60, 20],
    rows: [header.map(head), ...rows],
    stickyRows: 1,
    landscape: true,
  };
}
