import { buildPreamble } from '../template/build-preamble';
import { getFormat } from '../template/formats';
import type { FormatId } from '../template/spec-types';
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
  const meta: ReportMeta = {
    ...EMPTY_META,
    ...input.meta,
    agencyName: input.agencyName.trim(),
    signatory: input.meta?.signatory ?? input.agencyName.trim(),
  };
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
  } as Report;
}
