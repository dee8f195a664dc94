import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import { documentContent, gridCellText, type PrintableReport, type TableBlock } from './document-content';
import { TEXT_WIDTH_TWIPS } from './page-geometry';

function report(over: Partial<PrintableReport> = {}): PrintableReport {
  return {
    formatId: 'format-2021',
    year: 2025,
    meta: { agencyName: '阁山镇人民政府', signatory: '', signDate: '2026-01-21' },
    preamble: '根据条例编制本报告。\n\n本报告电子版可在门户网站查阅。',
    narratives: { 's1-intro': '第一段\u000B第二段', s5: '问题。' },
    cells: { 't3:new:natural': '3', 't3:new:business': '1', 't3:carry-forward:natural': 'x\u0007' },
    ...over,
  };
}

describe('documentContent', () => {
  it('orders title, preamble, each section with its headings, texts and table, then signature', () => {
    const blocks = documentContent(FORMAT_2021, report());
    expect(blocks[0]).toEqual({
      kind: 'title',
      text: '阁山镇人民政府2025年政府信息公开工作年度报告',
      lines: ['阁山镇人民政府2025年', '政府信息公开工作年度报告'],
    });
    expect(blocks[1]).toEqual({
      kind: 'text',
      field: 'preamble',
      paragraphs: ['根据条例编制本报告。', '本报告电子版可在门户网站查阅。'],
    });
    const sectionTitles = blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(sectionTitles).toEqual(FORMAT_2021.sections.map((s) => s.title));
    // Every narrative of the spec appears once, in the spec's order, right after its heading.
    const fields = blocks.flatMap((b) => (b.kind === 'text' ? [b.field] : []));
    expect(fields).toEqual([
      'preamble',
      ...FORMAT_2021.sections.flatMap((s) => s.narratives.map((n) => n.id)),
    ]);
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.sectionId] : []));
    expect(tables).toEqual(FORMAT_2021.sections.filter((s) => s.table).map((s) => s.id));
    expect(blocks.at(-1)).toEqual({ kind: 'signature', signatory: '阁山镇人民政府', date: '2026年1月21日' });
  });

  it('splits text into paragraphs at pasted line breaks, and prints computed totals and typed text', () => {
    const blocks = documentContent(FORMAT_2021, report());
    const intro = blocks.find((b) => b.kind === 'text' && b.field === 's1-intro');
    expect(intro?.kind === 'text' && intro.paragraphs).toEqual(['第一段', '第二段']);
    const t3 = blocks.find((b): b is TableBlock => b.kind === 'table' && b.sectionId === 's3');
    expect(t3?.texts.get('t3:new:total')).toBe('4');
    // A wrong entry is printed as typed, minus what a .docx cannot hold.
    expect(t3?.texts.get('t3:carry-forward:natural')).toBe('x');
    expect(t3?.texts.has('t3:carry-forward:business')).toBe(false);
    const corner = t3?.layout.rows[0]?.[0];
    expect(t3 && corner && gridCellText(t3, corner)).toMatch(/^（本列数据的勾稽关系为/);
  });

  it('gives every table columns adding up to the text width, table 四 in the smaller size', () => {
    for (const format of [FORMAT_2019, FORMAT_2021]) {
      const tables = documentContent(format, report({ formatId: format.id })).filter(
        (b): b is TableBlock => b.kind === 'table',
      );
      for (const t of tables) {
        expect(t.widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIPS);
        expect(t.widths).toHaveLength(t.layout.columnCount);
      }
      expect(tables.map((t) => t.small)).toEqual([false, false, true]);
    }
  });

  it('signs with the named signatory, and leaves an unset date empty', () => {
    const blocks = documentContent(
      FORMAT_2021,
      report({ meta: { agencyName: '阁山镇人民政府', signatory: ' 阁山镇党政办 ', signDate: '' } }),
    );
    expect(blocks.at(-1)).toEqual({ kind: 'signature', signatory: '阁山镇党政办', date: '' });
  });
});
