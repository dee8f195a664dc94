import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../template/format-2021';
import { documentContent, type PrintableReport } from '../../template/print-layout/document-content';
import { previewUnits } from './preview-units';

const report: PrintableReport = {
  formatId: 'format-2021',
  year: 2025,
  meta: { agencyName: '阁山镇人民政府', signatory: '', signDate: '' },
  preamble: '',
  narratives: { 's1-active': '第一段。\n第二段。', s5: '上年的问题。' },
  cells: {},
};

describe('previewUnits', () => {
  const units = previewUnits(documentContent(FORMAT_2021, report), new Set(['s5']));

  it('has one unit per paragraph and no unit for an unwritten text', () => {
    const paragraphs = units.flatMap((u) => (u.kind === 'paragraph' ? [u.text] : []));
    expect(paragraphs).toEqual(['第一段。', '第二段。', '上年的问题。']);
  });

  it('puts the note for an unwritten narrative on the heading above it, taking no unit of its own', () => {
    const s6 = FORMAT_2021.sections[5];
    const heading = units.find((u) => u.kind === 'heading' && u.text === s6?.title);
    expect(heading).toMatchObject({ note: `${s6?.narratives[0]?.label}尚未填写` });
    const s1Active = FORMAT_2021.sections[0]?.narratives.find((n) => n.id === 's1-active');
    const written = units.find((u) => u.kind === 'heading' && u.text === s1Active?.heading);
    expect(written).not.toHaveProperty('note');
  });

  it("marks the first paragraph of last year's text", () => {
    expect(
      units.filter((u) => u.kind === 'paragraph' && u.stale).map((u) => u.kind === 'paragraph' && u.text),
    ).toEqual(['上年的问题。']);
  });
});
