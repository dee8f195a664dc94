// The ledger stays in the report and its draft file; the Word file and the preview never hold it.
import { strFromU8, unzipSync } from 'fflate';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../features/export-docx/build-report-document';
import { getFormat } from '../../template/formats';
import { documentContent } from '../../template/print-layout/document-content';
import { createReport } from '../create-report';
import { readDraft, serializeDraft } from '../draft-file';
import { applyLedgerImport } from './apply-ledger-import';
import { ledgerCase, request } from './fixtures/ledger-rows';

const SECRET_REQUEST = '关于王某某宅基地审批材料的申请';
const SECRET_CASE = '李某某诉镇政府信息公开案';
const NARRATIVE = '本年度共收到政府信息公开申请2件。';

function reportWithLedger() {
  const base = createReport({
    agencyName: '阁山镇人民政府',
    year: 2023,
    formatId: 'format-2021',
    now: new Date(0),
  });
  const applied = applyLedgerImport(
    { ...base, narratives: { 's1-request': NARRATIVE } },
    {
      requests: [
        request({ content: SECRET_REQUEST, outcome: 'open', done: '2023-04-01' }),
        request({ content: SECRET_REQUEST, applicant: 'legal' }),
      ],
      cases: [ledgerCase({ note: SECRET_CASE })],
    },
    'replace',
  );
  if (!applied.ok) throw new Error(applied.reason);
  return applied.report;
}

describe('the ledger and the printed report', () => {
  it('the .docx holds the narratives, and none of the ledger’s text', async () => {
    const report = reportWithLedger();
    const parts = unzipSync(new Uint8Array(await Packer.toBuffer(buildReportDocument(report))));
    const text = Object.values(parts)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    // The search works: the narrative is in the file.
    expect(text).toContain(NARRATIVE);
    for (const secret of [SECRET_REQUEST, SECRET_CASE, '王某某', '李某某'])
      expect(text).not.toContain(secret);
  });

  it('the preview’s document model holds none of it either', () => {
    const report = reportWithLedger();
    const blocks = JSON.stringify(documentContent(getFormat(report.formatId), report));
    expect(blocks).toContain(NARRATIVE);
    expect(blocks).not.toContain(SECRET_REQUEST);
    expect(blocks).not.toContain(SECRET_CASE);
  });

  it('the draft file keeps the ledger, and reads it back', () => {
    const report = reportWithLedger();
    const text = serializeDraft(report);
    expect(text).toContain(SECRET_REQUEST);
    const read = readDraft(text);
    expect(read.ok && read.report.ledger).toEqual(report.ledger);
  });
});
