import { draftFileName, serializeDraft } from '../../report/draft-file';
import type { Report } from '../../report/report-schema';
import { downloadBlob } from '../../ui/download-blob';

/** Saves the report as a draft file: the way out when the browser's storage fails. */
export function downloadDraft(report: Report): void {
  downloadBlob(new Blob([serializeDraft(report)], { type: 'application/json' }), draftFileName(report));
}
