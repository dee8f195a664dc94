// Why the report format refuses a stored report, in words a clerk can act on: the field by the name
// the editor shows, and what is wrong with it. Used where a stored report cannot be opened and where
// a save is refused, so the reason names the place the clerk would fix.
import type { z } from 'zod';
import { FORMATS } from '../template/formats';
import { META_LABELS } from './meta-labels';

const NARRATIVE_LABELS: ReadonlyMap<string, string> = new Map(
  Object.values(FORMATS).flatMap((f) => f.sections.flatMap((s) => s.narratives.map((n) => [n.id, n.label]))),
);

const PLACES: Readonly<Record<string, string>> = {
  preamble: '引言',
  'review.history': '审核记录',
  'review.comments': '审核意见',
  cells: '表格',
  narratives: '正文',
  lastYear: '上一年度数据',
  ledger: '申请台账',
  year: '报告年度',
  formatId: '报告格式',
};

/** The field an issue concerns, by the name the clerk knows it. */
export function placeOf(path: readonly PropertyKey[]): string {
  const [head, second] = path.map(String);
  if (head === 'meta' && second && second in META_LABELS)
    return META_LABELS[second as keyof typeof META_LABELS];
  if (head === 'narratives' && second) return NARRATIVE_LABELS.get(second) ?? '正文';
  // A cell by its id, which draft-format.md lists with its row and column.
  if (head === 'cells' && second) return `表格单元格 ${second} `;
  const two = `${head}.${second}`;
  return PLACES[two] ?? PLACES[head ?? ''] ?? path.map(String).join('.');
}

function what(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum).toLocaleString('en-US');
    if (issue.origin === 'array') return `超过 ${max} 条`;
    if (issue.origin === 'string') return `超过 ${max} 字`;
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') return '不在允许的范围内';
  if (issue.code === 'invalid_type') return '缺少或类型不对';
  if (issue.code === 'unrecognized_keys')
    return `含有本格式没有的项目（${issue.keys.slice(0, 3).join('、')}）`;
  return '内容不符合报告格式';
}

/** `引言超过 20,000 字；审核记录超过 1,000 条`: at most three issues, the first the one to fix. */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = [...new Set(issues.map((i) => `${placeOf(i.path)}${what(i)}`))];
  const shown = parts.slice(0, 3).join('；');
  return parts.length > 3 ? `${shown} 等 ${parts.length} 处` : shown;
}
