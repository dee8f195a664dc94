import { APPEAL_RESULTS, appealColumnId } from '../common-parts';
import type { ColumnNode, FormatSpec } from '../spec-types';
import { cellId } from '../table-cells';
import { treeTableOf } from '../tree-table-of';
import type { LedgerVocabulary } from './ledger-choice';

interface CaseVocabulary {
  /** 案件类型: the kinds of case of table 四 (行政复议, 未经复议直接起诉, 复议后起诉). */
  readonly types: LedgerVocabulary;
  /** 结果: 结果维持, 结果纠正, 其他结果, 尚未审结 (the same for every kind). */
  readonly results: LedgerVocabulary;
  /** The table 四 cell a case of this kind and result counts in. */
  readonly cellOf: (typeId: string, resultId: string) => string;
}

// Short words a clerk's own list uses for a result.
const RESULT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  upheld: ['维持'],
  corrected: ['纠正'],
  other: ['其他'],
  pending: ['未审结', '审理中'],
};

/** Groups of table 四 whose children are its figures: the kinds of case, with their label paths. */
function caseGroups(
  nodes: readonly ColumnNode[],
  above: readonly string[] = [],
): { node: ColumnNode; path: readonly string[] }[] {
  return nodes.flatMap((node) => {
    const path = [...above, node.label];
    const children = node.children ?? [];
    if (children.length === 0) return [];
    return children.every((c) => !c.children?.length) ? [{ node, path }] : caseGroups(children, path);
  });
}

const cache = new WeakMap<FormatSpec, CaseVocabulary>();

/** The case list's vocabulary, read from table 四 of the format. */
export function caseVocabulary(format: FormatSpec): CaseVocabulary {
  const hit = cache.get(format);
  if (hit) return hit;
  const { casesTableId, casesRow } = format.ledger;
  const table = treeTableOf(format, casesTableId);
  const groups = caseGroups(table.columns);
  const totals = groups.flatMap((g) => (g.node.children ?? []).filter((c) => c.sumRule !== undefined));
  const vocabulary: CaseVocabulary = {
    types: {
      what: '案件类型',
      choices: groups.map((g) => ({ id: g.node.id ?? '', name: g.node.label, path: g.path })),
      context: [],
      excluded: [],
      aliases: {},
    },
    results: {
      what: '结果',
      choices: APPEAL_RESULTS.map((r) => ({ id: r.id, name: r.label, path: [r.label] })),
      context: [],
      excluded: [...new Set(totals.map((t) => t.label))].map((label) => ({
        path: [label],
        reason: `“${label}”是合计栏，不是案件的结果`,
      })),
      aliases: RESULT_ALIASES,
    },
    cellOf: (typeId, resultId) => cellId(casesTableId, casesRow, appealColumnId(typeId, resultId)),
  };
  cache.set(format, vocabulary);
  return vocabulary;
}
