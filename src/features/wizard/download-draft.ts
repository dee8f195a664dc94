import { draftFileName, serializeDraft } from '../../report/draft-file';
import type { Report } from '../../report/report-schema';

/** Saves the report as a draft file: the way out when the browser's storage fails. */
export function downloadDraft(report: Report): void {
  const blob = new Blob([serializeDraft(report)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = draftFileName(report);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
