import { inputCellIds } from '../../template/content-schema';
import { getFormat } from '../../template/formats';
import type { Report } from '../report-schema';
import type { LedgerTableKey } from './ledger-schema';
import { tableOfMode } from './table-of-mode';

/**
 * 不使用台账: the table is typed by hand again; the ledger keeps its rows. With `restore`, the
 * figures typed before the ledger took the table over come back (and are no longer kept aside);
 * without it, the table starts from the counted figures, now editable, and the hand-typed ones
 * stay kept aside. Either way nothing is lost: the counted figures can always be counted again.
 */
export function stopFollowingLedger(
  report: Report,
  key: LedgerTableKey,
  options: { readonly restore: boolean },
): Report {
  const ledger = report.ledger;
  if (!ledger) return report;
  const mode = ledger[key];
  const restore = options.restore && mode.handTyped !== undefined;
  const cells: Record<string, string | undefined> = { ...report.cells };
  if (restore) {
    const format = getFormat(report.formatId);
    const tableId = tableOfMode(format, key);
    for (const id of inputCellIds(format)) {
      if (id.startsWith(`${tableId}:`)) cells[id] = mode.handTyped?.[id];
    }
  }
  return {
    ...report,
    cells,
    ledger: {
      ...ledger,
      [key]: {
        follows: false,
        typedByChoice: true,
        ...(!restore && mode.handTyped ? { handTyped: mode.handTyped } : {}),
      },
    },
  };
}
