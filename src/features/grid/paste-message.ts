// What the status line says after a paste: what was written, what was skipped and why, and
// what to do when nothing could be written.
import type { TableSpec } from '../../template/spec-types';
import type { CellSpec } from '../../template/table-cells';
import type { PastePlan } from './map-paste-block';

/** How a message names a cell: its row and column labels (section 二 without its 第二十条 item). */
export function cellPlace(cell: CellSpec, table: TableSpec): string {
  const rows = table.type === 'bands' ? cell.rowPath.slice(1) : cell.rowPath;
  return [...rows, ...cell.colPath].join(' / ');
}

export function pasteMessage(plan: PastePlan, table: TableSpec): string {
  if (plan.misplaced) {
    return `复制的行标题“${plan.misplaced.label}”与表格中的这一行（${cellPlace(plan.misplaced.cell, table)}）对不上，这次粘贴没有写入任何单元格。请点中与复制内容第一行相同的那一行的第一个格再粘贴`;
  }
  if (plan.refused) {
    return `“${plan.refused.text}”不是数字，这次粘贴没有写入任何单元格。表格只填数字，没有发生的请填 0，改好后再粘贴（${cellPlace(plan.refused.cell, table)}）`;
  }
  const parts: string[] = [];
  parts.push(plan.writes.length > 0 ? `已粘贴 ${plan.writes.length} 个单元格。` : '没有可粘贴的单元格。');
  if (plan.droppedLabels > 0) parts.push(`复制的行标题与表格一致，已略去。`);
  if (plan.dashesAsZero > 0) parts.push(`“-”按 0 填入 ${plan.dashesAsZero} 个单元格。`);
  if (plan.skippedTotals.length > 0) {
    parts.push(`总计由系统自动计算，落在总计格的 ${plan.skippedTotals.length} 个数值已跳过。`);
  }
  for (const t of plan.totalsDisagree) {
    parts.push(`注意：粘贴的${cellPlace(t.cell, table)}为 ${t.pasted}，但各项相加为 ${t.sum}，请核对原表。`);
  }
  if (plan.droppedRows > 0 || plan.droppedColumns > 0) {
    const dropped = [
      plan.droppedRows > 0 ? `${plan.droppedRows} 行` : '',
      plan.droppedColumns > 0 ? `${plan.droppedColumns} 列` : '',
    ]
      .filter((s) => s !== '')
      .join('、');
    parts.push(`粘贴内容超出表格，已舍去 ${dropped}。`);
  }
  return parts.join('');
}
