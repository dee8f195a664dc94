import { buildPreamble } from '../template/build-preamble';
import { getFormat } from '../template/formats';
import type { FormatId } from '../template/spec-types';
import { cleanLine } from './clean-line';
import { cleanMeta } from './clean-meta';
import type { Report, ReportMeta } from './report-schema';

export function newReportId(): string {
  return globalThis.crypto.randomUUID();
}

export const EMPTY_META: ReportMeta = {
  agencyName: '',
  region: '',
  publishUrl: '',
  address: '',
  phone: '',
  postcode: '',
  email: '',
  signatory: '',
  signDate: '',
};

/**
 * A new, empty report: every cell 未填 (an empty cell is never a silent 0), the signature set to
 * the agency, and the preamble generated from the metadata.
 */
export function createReport(input: {
  readonly agencyName: string;
  readonly year: number;
  readonly formatId: FormatId;
  readonly now?: Date;
  readonly meta?: Partial<ReportMeta>;
}): Report {
  const now = (input.now ?? new Date()).toISOString();
  // Invisible direction characters would reverse the title (cleanLine); they are never meant.
  const agencyName = cleanLine(input.agencyName).trim();
  const meta: ReportMeta = cleanMeta({
    ...EMPTY_META,
    ...input.meta,
    agencyName,
    signatory: input.meta?.signatory ?? agencyName,
  });
  const format = getFormat(input.formatId);
  return {
    id: newReportId(),
    formatId: input.formatId,
    year: input.year,
    meta,
    preamble: buildPreamble(format, { ...meta, year: input.year }),
    preambleEdited: false,
    narratives: {},
    cells: {},
    review: { status: 'draft', comments: [], history: [] },
    createdAt: now,
    updatedAt: now,
  };
}
