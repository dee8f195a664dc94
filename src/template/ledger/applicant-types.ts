import type { FormatSpec } from '../spec-types';
import { treeTableOf } from '../tree-table-of';
import type { LedgerVocabulary } from './ledger-choice';
import { walkLeaves } from './walk-leaves';

// Words a clerk's own ledger uses for a natural person; no other applicant type has a common
// second name that could not also mean another column.
const NATURAL_PERSON_ALIASES = ['个人', '公民'];

const cache = new WeakMap<FormatSpec, LedgerVocabulary>();

/**
 * The ledger's 申请人类型: table 三's input columns (自然人, then the five kinds of 法人或其他组织),
 * each named by its own label as the table prints it. `总计` is the sum column, not a type.
 */
export function applicantTypes(format: FormatSpec): LedgerVocabulary {
  const hit = cache.get(format);
  if (hit) return hit;
  const table = treeTableOf(format, format.ledger.requestsTableId);
  // `申请人情况` spans every column: a typed value may start with it, choices are named below it.
  const spanning = table.columns.length === 1 && table.columns[0]?.children ? table.columns[0] : undefined;
  const context = spanning ? [spanning.label] : [];
  const leaves = walkLeaves(spanning?.children ?? table.columns);
  const inputs = leaves.filter((l) => l.node.sumRule === undefined);
  const natural = inputs[0]?.node.id;
  const vocabulary: LedgerVocabulary = {
    what: '申请人类型',
    choices: inputs.map((l) => ({ id: l.node.id ?? '', name: l.node.label, path: l.path })),
    context,
    excluded: leaves
      .filter((l) => l.node.sumRule !== undefined)
      .map((l) => ({ path: l.path, reason: `“${l.node.label}”是合计栏，不是申请人类型` })),
    aliases: natural ? { [natural]: NATURAL_PERSON_ALIASES } : {},
  };
  cache.set(format, vocabulary);
  return vocabulary;
}
