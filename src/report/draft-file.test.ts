import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import {
  DRAFT_KIND,
  DRAFT_VERSION,
  draftFileName,
  MAX_DRAFT_BYTES,
  readDraft,
  readDraftFile,
  serializeDraft,
} from './draft-file';
import { gb18030 } from './ledger/fixtures/gb18030';
import type { Report } from './report-schema';

const NOW = new Date('2026-01-10T08:00:00Z');

function filledReport(): Report {
  const base = createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021', now: NOW });
  return {
    ...base,
    meta: { ...base.meta, region: '樟树市', phone: '0795-7161260', signDate: '2026-01-20' },
    narratives: { 's1-intro': '概述。\n第二段', s6: '本年度没有产生信息处理费。' },
    cells: { 't3:new:natural': '3', 't2:fees:amount': '0.5', 't3:open:legal': '00' },
    review: {
      status: 'returned',
      comments: [
        {
          id: 'c1',
          sectionId: 's3',
          text: '请核对表三',
          author: '李主任',
          at: NOW.toISOString(),
          resolved: false,
        },
      ],
      history: [{ status: 'submitted', at: NOW.toISOString(), by: '王', note: '' }],
    },
    lastYear: { year: 2024, formatId: 'format-2021', cells: { 't3:carry-forward:natural': '1' } },
  };
}

function reason(text: string, byteLength?: number): string {
  const r = readDraft(text, byteLength);
  if (r.ok) throw new Error('the draft was read');
  return r.reason;
}

function draftWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeDraft(filledReport(), NOW)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('serializeDraft / readDraft', () => {
  it('writes a versioned file and reads back exactly the same report', () => {
    const report = filledReport();
    const text = serializeDraft(report, NOW);
    expect(JSON.parse(text)).toMatchObject({
      kind: DRAFT_KIND,
      version: DRAFT_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(readDraft(text)).toEqual({ ok: true, report });
  });

  it('round-trips a 2019-format report too', () => {
    const report = createReport({
      agencyName: '某某镇人民政府',
      year: 2020,
      formatId: 'format-2019',
      now: NOW,
    });
    const withAmount = {
      ...report,
      cells: { 't2:procurement:amount': '4万元', 't2:licensing:change': '-2' },
    };
    expect(readDraft(serializeDraft(withAmount, NOW))).toEqual({ ok: true, report: withAmount });
  });

  it('refuses an empty file', () => {
    expect(reason('')).toBe('文件是空的');
    expect(reason('  \n')).toBe('文件是空的');
  });

  it('refuses corrupt and truncated files', () => {
    expect(reason('{"kind": "nianbao-draft", ')).toBe('文件已损坏或不完整（不是有效的 JSON），无法读取');
    const text = serializeDraft(filledReport(), NOW);
    expect(reason(text.slice(0, Math.floor(text.length / 2)))).toBe(
      '文件已损坏或不完整（不是有效的 JSON），无法读取',
    );
  });

  it('refuses JSON that is not one of our drafts', () => {
    for (const foreign of ['{"name":"package"}', '[1,2]', '"text"', 'null', '{"kind":"other","version":1}']) {
      expect(reason(foreign)).toBe('这不是本系统导出的报告草稿文件');
    }
  });

  it('refuses a file without a valid version', () => {
    expect(reason(draftWith((f) => delete f.version))).toBe('草稿文件缺少有效的版本号');
    expect(reason(draftWith((f) => (f.version = 0)))).toBe('草稿文件缺少有效的版本号');
    expect(reason(draftWith((f) => (f.version = '1')))).toBe('草稿文件缺少有效的版本号');
  });

  it('refuses a file from a newer version of the program, saying what to do', () => {
    expect(reason(draftWith((f) => (f.version = DRAFT_VERSION + 1)))).toBe(
      `这个草稿由更新版本的程序导出（文件版本 ${DRAFT_VERSION + 1}，本程序支持到 ${DRAFT_VERSION}），请先更新本程序`,
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a file with a “%s” key anywhere', (key) => {
    const text = serializeDraft(filledReport(), NOW);
    const top = text.replace('"kind":', `"${key}": {"polluted": true}, "kind":`);
    const deep = text.replace('"t3:new:natural":', `"${key}": {"polluted": true}, "t3:new:natural":`);
    for (const t of [top, deep]) {
      expect(reason(t)).toBe('文件含有不允许的字段名（如 __proto__），可能被篡改，已拒绝导入');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before parsing it, counting UTF-8 bytes', () => {
    expect(reason('{}', MAX_DRAFT_BYTES + 1)).toBe('文件过大（5.0 MB），不是本系统导出的报告草稿');
    // 2 million Chinese characters are 6 MB on disk although their length is 2 million
    const big = '字'.repeat(2_000_000);
    expect(big.length).toBeLessThan(MAX_DRAFT_BYTES);
    expect(reason(big)).toMatch(/^文件过大（5\.7 MB）/);
  });

  it('refuses a report holding a cell of the other format, naming where', () => {
    const text = draftWith((f) => {
      (f.report as { cells: Record<string, string> }).cells['t2:procurement:amount'] = '4万元';
    });
    expect(reason(text)).toBe(
      '草稿内容不符合报告格式（表格含有本格式没有的项目（t2:procurement:amount）），文件可能已损坏或被修改',
    );
  });

  it('refuses a report holding a total (totals are computed, never stored)', () => {
    const text = draftWith((f) => {
      (f.report as { cells: Record<string, string> }).cells['t3:new:total'] = '3';
    });
    expect(reason(text)).toMatch(/^草稿内容不符合报告格式/);
  });

  it('refuses a report with a broken field, naming the field', () => {
    const text = draftWith((f) => {
      (f.report as { year: unknown }).year = '2025';
    });
    expect(reason(text)).toBe('草稿内容不符合报告格式（报告年度缺少或类型不对），文件可能已损坏或被修改');
  });
});

describe('draftFileName', () => {
  it('names the file after the agency and year, replacing characters file systems refuse', () => {
    expect(draftFileName({ meta: { ...filledReport().meta }, year: 2025 })).toBe(
      '阁山镇人民政府2025年报告草稿.json',
    );
    const meta = { ...filledReport().meta, agencyName: 'a/b:c*?"<>|\u0001' };
    expect(draftFileName({ meta, year: 2025 })).toBe('a_b_c_______2025年报告草稿.json');
    expect(draftFileName({ meta: { ...meta, agencyName: '某镇' }, year: 2025 }, '送审')).toBe(
      '某镇2025年报告（送审）.json',
    );
    expect(draftFileName({ meta: { ...meta, agencyName: '某镇' }, year: 2025 }, '审核结果')).toBe(
      '某镇2025年报告（审核结果）.json',
    );
    expect(draftFileName({ meta: { ...meta, agencyName: ' ' }, year: 2025 })).toBe(
      '未命名机关2025年报告草稿.json',
    );
  });
});

describe('readDraftFile', () => {
  const LATER = new Date('2026-02-01T00:00:00Z');

  it('reads a draft re-saved by Notepad as GBK (ANSI) as GB18030, every character intact, and says so', () => {
    const report = filledReport();
    const read = readDraftFile(gb18030(serializeDraft(report, NOW)), LATER);
    expect(read).toEqual({ ok: true, report, encoding: 'GB18030' });
  });

  it('reads UTF-8 and UTF-16 with a byte order mark, and names each', () => {
    const report = filledReport();
    const text = serializeDraft(report, NOW);
    const utf8 = readDraftFile(new TextEncoder().encode(text), LATER);
    expect(utf8.ok && utf8.encoding).toBe('UTF-8');
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const utf16 = readDraftFile(le, LATER);
    expect(utf16).toEqual({ ok: true, report, encoding: 'UTF-16LE' });
  });

  it('refuses a draft that already holds replacement characters, rather than storing mojibake', () => {
    const text = serializeDraft({ ...filledReport(), preamble: '\uFFFD\uFFFD镇' }, NOW);
    const read = readDraftFile(new TextEncoder().encode(text), LATER);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(/损坏的文字/);
  });

  it('never keeps an updatedAt later than now', () => {
    const text = serializeDraft({ ...filledReport(), updatedAt: '2099-01-01T00:00:00.000Z' }, NOW);
    const read = readDraftFile(new TextEncoder().encode(text), LATER);
    expect(read.ok && read.report.updatedAt).toBe(LATER.toISOString());
  });
});
