// Loaded lazily by the export button, so the docx library stays out of the start-up bundle.
import { Packer } from 'docx';
import type { Report } from '../../report/report-schema';
import { buildReportDocument } from './build-report-document';
import { reportFontTable } from './report-font-table';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function packReportBlob(report: Report): Promise<Blob> {
  const blob = await Packer.toBlob(buildReportDocument(report), false, [reportFontTable()]);
  return blob.type === DOCX_MIME ? blob : new Blob([blob], { type: DOCX_MIME });
}
