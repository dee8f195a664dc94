// The app's own Word export read back by the importer: every cell and every paragraph of every
// sample report comes back as it was exported.
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../features/export-docx/build-report-document';
import { sampleReport } from '../../test-support/sample-reports';
import { GESHAN_2021 } from '../../template/fixtures/geshan-2021';
import { PANZHUANG_2021 } from '../../template/fixtures/panzhuang-2021';
import { QIANHU_2021 } from '../../template/fixtures/qianhu-2021';
import { storedReport } from '../../template/fixtures/stored-report';
import { zeroReport } from '../../template/fixtures/zero-report';
import { getFormat } from '../../template/formats';
import { normalizeFigure } from '../../template/normalize-figure';
import { textParagraphs } from '../../template/print-layout/safe-text';
import { formatCells } from '../../template/table-cells';
import { reportSchema, type Report } from '../report-schema';
import { importedToReport } from './imported-to-report';
import { readReportFile } from './read-report-file';

const TODAY = new Date(2026, 0, 15);

const asReport = (r: unknown): Report => reportSchema.parse(r);

const SAMPLES: readonly [string, Report][] = [
  ['the 2021 sample', sampleReport('format-2021')],
  ['the 2019 sample', sampleReport('format-2019')],
  ['千户镇 2021 as stored', asReport(storedReport(QIANHU_2021))],
  ['潘庄镇 2021 as stored', asReport(storedReport(PANZHUANG_2021))],
  ['阁山镇 2021 as stored', asReport(storedReport(GESHAN_2021))],
  ['a zero report of format 2019', asReport(zeroReport(getFormat('format-2019'), { year: 2020 }))],
];

describe.each(SAMPLES)('the Word export of %s, imported', (_name, original) => {
  it('gives back every cell, every paragraph, the office, the year, the signature', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(buildReportDocument(original)));
    const result = readReportFile('报告.docx', bytes, { today: TODAY });
    if (!result.ok) throw new Error(result.reason);
    const imported = result.report;
    expect(imported.sourceKind).toBe('docx');
    expect(imported.agencyName.value).toBe(original.meta.agencyName);
    expect(imported.year.value).toBe(original.year);
    expect(imported.formatId).toBe(original.formatId);
    expect(imported.notes).toEqual([]);
    expect(imported.unplaced).toEqual([]);
    expect(imported.unrecognisedTables).toEqual([]);
    expect(imported.tables.flatMap((t) => t.extras)).toEqual([]);

    const converted = importedToReport(
      imported,
      { agencyName: imported.agencyName.value, year: original.year },
      { today: TODAY },
    );
    if (!converted.ok) throw new Error(converted.reason);
    const back = converted.report;
    const cells: Readonly<Record<string, string | undefined>> = original.cells;
    const backCells: Readonly<Record<string, string | undefined>> = back.cells;
    for (const spec of formatCells(getFormat(original.formatId)).values()) {
      if (spec.computed) continue;
      const raw = cells[spec.id];
      expect(backCells[spec.id], spec.id).toBe(
        raw === undefined || raw.trim() === '' ? undefined : normalizeFigure(raw),
      );
    }
    const narratives: Readonly<Record<string, string | undefined>> = original.narratives;
    const backNarratives: Readonly<Record<string, string | undefined>> = back.narratives;
    for (const id of Object.keys({ ...narratives, ...backNarratives })) {
      const paragraphs = textParagraphs(narratives[id] ?? '').join('\n');
      expect(backNarratives[id] ?? '', id).toBe(paragraphs);
    }
    expect(back.preamble).toBe(textParagraphs(original.preamble).join('\n'));
    expect(back.meta.signatory).toBe(original.meta.signatory.trim() || original.meta.agencyName);
    expect(back.meta.signDate).toBe(original.meta.signDate);
    // the export prints computed totals: they agree with their parts
    expect(imported.totalsFindings).toEqual([]);
  });
});
