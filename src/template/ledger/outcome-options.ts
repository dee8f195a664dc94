import type { FormatSpec, RowNode } from '../spec-types';
import { treeTableOf } from '../tree-table-of';
import type { LedgerVocabulary } from './ledger-choice';
import { walkLeaves } from './walk-leaves';

const cache = new WeakMap<FormatSpec, LedgerVocabulary>();

/**
 * The ledger's 办理结果: table 三's leaf rows under `三、本年度办理结果` except the computed
 * `（七）总计`, each named by its row path below `三、本年度办理结果` joined by ` / `
 * (`（一）予以公开`, `（三）不予公开 / 1.属于国家秘密`). Format 2019 has `（六）其他处理` as one
 * row, format 2021 its three items.
 */
export function outcomeOptions(format: FormatSpec): LedgerVocabulary {
  const hit = cache.get(format);
  if (hit) return hit;
  const rows = format.ledger;
  const table = treeTableOf(format, rows.requestsTableId);
  const parent = table.rows.find((r) => r.children?.some((c) => c.id === rows.outcomesTotalRow));
  if (!parent?.children) throw new Error(`${format.id}: no row holds ${rows.outcomesTotalRow}`);
  const leaves = walkLeaves<RowNode>(parent.children);
  const label = (id: string) => table.rows.find((r) => r.id === id)?.label ?? id;
  const notAnOutcome = `不是办理结果：尚未办结的申请，办理结果和办结日期留空`;
  const vocabulary: LedgerVocabulary = {
    what: '办理结果',
    choices: leaves
      .filter((l) => l.node.sumRule === undefined)
      .map((l) => ({ id: l.node.id ?? '', name: l.path.join(' / '), path: l.path })),
    context: [parent.label],
    excluded: [
      ...leaves
        .filter((l) => l.node.sumRule !== undefined)
        .map((l) => ({ path: l.path, reason: `“${l.path.join(' / ')}”是合计行，不是办理结果` })),
      // The other rows of the table, which a clerk may write for a request still open. They are
      // outside `三、本年度办理结果`, so they are given here without its label before them.
      ...[rows.newRow, rows.carriedRow, rows.carryForwardRow].map((id) => ({
        path: [label(id)],
        reason: `“${label(id)}”${notAnOutcome}`,
      })),
    ],
    aliases: {},
  };
  cache.set(format, vocabulary);
  return vocabulary;
}
