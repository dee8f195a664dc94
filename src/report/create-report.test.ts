import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { reportSchema } from './report-schema';

const NOW = new Date('2026-01-05T09:30:00Z');

describe('createReport', () => {
  const report = createReport({
    agencyName: ' 阁山镇人民政府 ',
    year: 2025,
    formatId: 'format-2021',
    now: NOW,
  });

  it('starts empty: no cell filled (未填, never a silent 0), no narrative, a draft', () => {
    expect(report.cells).toEqual({});
    expect(report.narratives).toEqual({});
    expect(report.review).toEqual({ status: 'draft', comments: [], history: [] });
    expect(report.preambleEdited).toBe(false);
    expect(report.createdAt).toBe('2026-01-05T09:30:00.000Z');
    expect(report.updatedAt).toBe(report.createdAt);
  });

  it('signs with the agency name, trimmed, unless a signatory is given', () => {
    expect(report.meta.agencyName).toBe('阁山镇人民政府');
    expect(report.meta.signatory).toBe('阁山镇人民政府');
    expect(report.meta.signDate).toBe('');
    const other = createReport({
      agencyName: '阁山镇人民政府',
      year: 2025,
      formatId: 'format-2021',
      meta: { signatory: '阁山镇人民政府办公室', region: '樟树市' },
    });
    expect(other.meta.signatory).toBe('阁山镇人民政府办公室');
    expect(other.meta.region).toBe('樟树市');
  });

  it('generates the preamble from its format and metadata', () => {
    expect(report.preamble).toContain('（国办公开办函〔2021〕30号）');
    expect(report.preamble).toContain('由阁山镇人民政府编制');
    expect(report.preamble).toContain('自2025年1月1日起至2025年12月31日止');
    const r2020 = createReport({
      agencyName: '某某镇人民政府',
      year: 2020,
      formatId: 'format-2019',
      now: NOW,
    });
    expect(r2020.preamble).toContain('（国办公开办函〔2019〕60号）');
  });

  it('gives every report its own id', () => {
    const again = createReport({
      agencyName: '阁山镇人民政府',
      year: 2025,
      formatId: 'format-2021',
      now: NOW,
    });
    expect(again.id).not.toBe(report.id);
    expect(report.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is a valid report for the schema', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
  });
});

describe('createReport with invisible characters pasted into the name', () => {
  it('drops direction overrides and controls from the name, the signatory and the preamble', () => {
    const r = createReport({
      agencyName: '\u202e阁山镇\u200b人民政府\u202c\n',
      year: 2025,
      formatId: 'format-2021',
      now: NOW,
      meta: { phone: '\ufeff0795-7161260\u2066' },
    });
    expect(r.meta.agencyName).toBe('阁山镇人民政府');
    expect(r.meta.signatory).toBe('阁山镇人民政府');
    expect(r.meta.phone).toBe('0795-7161260');
    expect(r.preamble).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  });
});
