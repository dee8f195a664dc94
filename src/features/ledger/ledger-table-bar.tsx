import type { LedgerTableKey } from '../../report/ledger/ledger-schema';
import type { FormatSpec } from '../../template/spec-types';
import { LedgerTableMode } from './ledger-table-mode';
import { useLedger } from './use-ledger';

/** Above table 三 or 四: whether it follows the ledger, with 不使用台账 / 使用台账 at hand. */
export function LedgerTableBar({
  format,
  which,
}: {
  readonly format: FormatSpec;
  readonly which: LedgerTableKey;
}) {
  const { ledger, apply } = useLedger();
  return <LedgerTableMode format={format} ledger={ledger} which={which} apply={apply} />;
}
