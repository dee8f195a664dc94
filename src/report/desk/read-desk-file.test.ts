import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../template/format-2021';
import { serializeDraft } from '../draft-file';
import { handFilledDocx } from '../import/fixtures/hand-filled-docx';
import { portalPage } from '../import/fixtures/portal-page';
import { SAMPLE_NARRATIVES, zeroFigures } from '../import/fixtures/printed-report';
import { townReport } from './fixtures/desk-reports';
import { readDeskFile } from './read-desk-file';

const NOW = new Date(2026, 0, 15);
const utf8 = (s: string) => new TextEncoder().encode(s);

const printed = (agencyName: string, year: number, changes: Record<string, string> = {}) => ({
  format: FORMAT_2021,
  agencyName,
  year,
  printed: { ...zeroFigures(FORMAT_2021), ...changes },
  narratives: SAMPLE_NARRATIVES,
  preamble: `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  signatory: agencyName,
  signDate: `${year + 1}年1月20日`,
});

describe('readDeskFile', () => {
  it('reads a Word report into an entry with its office, year, figures and printed totals', async () => {
    const bytes = await handFilledDocx(
      printed('阁山镇人民政府', 2024, { 't3:new:natural': '7', 't3:new:total': '9' }),
    );
    const r = readDeskFile('2024/阁山镇.docx', bytes, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.entry.source).toEqual({ kind: 'docx', fileName: '阁山镇.docx' });
    expect(r.entry.report.meta.agencyName).toBe('阁山镇人民政府');
    expect(r.entry.report.year).toBe(2024);
    expect(r.entry.report.formatId).toBe(FORMAT_2021.id);
    expect(r.entry.report.cells['t3:new:natural']).toBe('7');
    expect(r.entry.report.meta.signDate).toBe('2025-01-20');
    // the printed total is kept beside the report, never in its cells
    expect(r.entry.printedTotals?.['t3:new:total']).toBe('9');
    expect(r.entry.report.cells['t3:new:total']).toBeUndefined();
  });

  it('reads a portal page as a web page', () => {
    const r = readDeskFile('page.html', utf8(portalPage(printed('店下镇人民政府', 2023))), NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.entry.source.kind).toBe('html');
    expect(r.entry.report.meta.agencyName).toBe('店下镇人民政府');
    expect(r.entry.report.year).toBe(2023);
  });

  it('takes a draft file as the report itself', () => {
    const report = townReport('溪南镇人民政府', 2023);
    const r = readDeskFile('溪南镇.json', utf8(serializeDraft(report)), NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.entry.source).toEqual({ kind: 'draft', fileName: '溪南镇.json' });
    expect(r.entry.report.cells).toEqual(report.cells);
    expect(r.entry.readNotes).toEqual([]);
  });

  it('refuses a damaged file or draft with the file name and the reason', () => {
    const bad = readDeskFile('folder/坏文件.docx', utf8('not a zip'), NOW);
    expect(bad).toMatchObject({ ok: false, fileName: '坏文件.docx' });
    expect(bad.ok ? '' : bad.reason).toContain('损坏');
    const draft = readDeskFile('草稿.json', utf8('{"kind":'), NOW);
    expect(draft.ok).toBe(false);
  });

  it('refuses a text with no year to be found, rather than guessing one', () => {
    const r = readDeskFile('说明.txt', utf8('今天天气很好。'), NOW);
    expect(r.ok).toBe(false);
  });
});
