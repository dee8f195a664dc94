import type { DeskFinding } from './desk-finding';
import type { DeskReview } from './review-desk';
import { placeName, sectionName } from './place-names';
import type { SheetCell, SheetData } from './sheet-data';

const head = (value: string): SheetCell => ({ value, bold: true, align: 'center', boxed: true });
const cell = (value: string | number, wrap = false): SheetCell => ({
  value,
  boxed: true,
  ...(wrap ? { wrap } : {}),
});

/**
 * 问题: one row per finding — 机关, 部分, 单元格, 问题 — with its 年度 and whether it is an error or a
 * reminder. `findings` is allFindings(review), or any part of it the officer has filtered.
 */
export function findingsSheet(review: DeskReview, findings: readonly DeskFinding[]): SheetData {
  const formatOf = new Map(review.entries.map((r) => [r.entry.id, r.entry.report.formatId] as const));
  const header = ['机关', '年度', '部分', '单元格', '问题', '性质'];
  const rows = findings.map((f) => {
    const place = f.places[0];
    const formatId = place ? formatOf.get(place.entryId) : undefined;
    return [
      cell(f.offices.map((o) => o.name).join('、'), true),
      cell(place?.year ?? f.year ?? ''),
      cell(formatId ? sectionName(formatId, place?.sectionId) : ''),
      cell(formatId && place ? placeName(formatId, place) : '', true),
      cell(f.message, true),
      cell(f.severity === 'error' ? '错误' : '提醒'),
    ];
  });
  return {
    name: '问题',
    columnWidths: [22, 7, 26, 40, 70, 6],
    rows: [header.map(head), ...rows],
    stickyRows: 1,
    landscape: true,
  };
}
