import type { FormatSpec } from '../../template/spec-types';
import type { LedgerTableKey } from './ledger-schema';

/** The id of the table a ledger mode governs: table 三 for the requests, table 四 for the cases. */
export function tableOfMode(format: FormatSpec, key: LedgerTableKey): string {
  return key === 'requestsTable' ? format.ledger.requestsTableId : format.ledger.casesTableId;
}
