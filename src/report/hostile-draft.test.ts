// Hostile draft files: corrupt, truncated, huge, from a newer version, or carrying
// keys that could reach Object.prototype. Reading one never throws, never changes anything
// outside its result, and always says why in Chinese.
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { DRAFT_KIND, DRAFT_VERSION, readDraft, serializeDraft } from './draft-file';

const report = createReport({
  agencyName: '阁山镇人民政府',
  year: 2025,
  formatId: 'format-2021',
  now: new Date('2026-01-10T08:00:00Z'),
});
const good = serializeDraft(report, new Date('2026-01-10T08:00:00Z'));

function expectRefused(text: string, why: RegExp, byteLength?: number) {
  const result = readDraft(text, byteLength);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(why);
}

const prototypeIsClean = () => {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin')).toBe(false);
  expect(typeof Object.prototype.toString).toBe('function');
};

afterEach(prototypeIsClean);

describe('readDraft on hostile files', () => {
  it('reads a good file back, with a byte-order mark too', () => {
    expect(readDraft(good)).toEqual({ ok: true, report });
    expect(readDraft(`\uFEFF${good}`)).toEqual({ ok: true, report });
  });

  it('refuses empty and whitespace-only files', () => {
    expectRefused('', /空/);
    expectRefused(' \n\t ', /空/);
  });

  it('refuses a file cut off at any point', () => {
    for (const cut of [1, 10, good.length / 3, good.length / 2, good.length - 2]) {
      expectRefused(good.slice(0, Math.floor(cut)), /损坏|不完整|不是本系统/);
    }
  });

  it('refuses corrupt bytes, other JSON, and other kinds of file', () => {
    expectRefused('\u0000\u0001PK\u0003\u0004', /损坏/);
    expectRefused('null', /不是本系统/);
    expectRefused('[]', /不是本系统/);
    expectRefused('"nianbao-draft"', /不是本系统/);
    expectRefused('42', /不是本系统/);
    expectRefused(JSON.stringify({ kind: 'other', version: 1 }), /不是本系统/);
    expectRefused(good.replace('"formatId": "format-2021"', '"formatId": "format-1999"'), /不符合报告格式/);
  });

  it('refuses a 50 MB file by its size before parsing it', () => {
    const big = `{"kind":"${DRAFT_KIND}","version":1,"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expectRefused(big, /过大/);
    // The byte length of a File is passed in; a small text claiming a large size is refused too.
    expectRefused(good, /50\.0 MB/, 50 * 1024 * 1024);
  });

  it('refuses a file from a newer version and names both versions', () => {
    const newer = JSON.stringify({ ...JSON.parse(good), version: DRAFT_VERSION + 1 });
    expectRefused(newer, new RegExp(`${DRAFT_VERSION + 1}.*${DRAFT_VERSION}`));
    expectRefused(JSON.stringify({ ...JSON.parse(good), version: 1.5 }), /版本/);
    expectRefused(JSON.stringify({ ...JSON.parse(good), version: '1' }), /版本/);
    expectRefused(JSON.stringify({ ...JSON.parse(good), version: 0 }), /版本/);
  });

  it.each([
    ['top level', (t: string) => t.replace('{', '{"__proto__":{"polluted":true},')],
    ['in the report', (t: string) => t.replace('"report": {', '"report": {"__proto__":{"isAdmin":true},')],
    ['in the cells', (t: string) => t.replace('"cells": {}', '"cells": {"__proto__":{"polluted":"1"}}')],
    [
      'constructor.prototype',
      (t: string) => t.replace('{', '{"constructor":{"prototype":{"polluted":true}},'),
    ],
    ['in the meta', (t: string) => t.replace('"meta": {', '"meta": {"constructor":{"polluted":1},')],
  ])('refuses __proto__ / constructor keys (%s) and leaves Object.prototype alone', (_where, tamper) => {
    const text = tamper(good);
    expect(text).not.toBe(good);
    expectRefused(text, /不允许的字段名/);
    prototypeIsClean();
  });

  it('refuses unknown cells and over-long cells instead of storing them', () => {
    const withUnknown = JSON.parse(good) as { report: { cells: Record<string, string> } };
    withUnknown.report.cells['t9:evil:cell'] = '1';
    expectRefused(JSON.stringify(withUnknown), /不符合报告格式/);
    const withLong = JSON.parse(good) as { report: { cells: Record<string, string> } };
    withLong.report.cells['t3:new:natural'] = '1'.repeat(1000);
    expectRefused(JSON.stringify(withLong), /不符合报告格式.*t3:new:natural/);
  });

  it('keeps hostile text in narratives exactly as written (shown later as plain text)', () => {
    const text = '<script>alert("x")</script>\u200B\u202Eabc\u202C😀\u0007';
    const hostile = {
      ...report,
      narratives: { s5: text },
      meta: { ...report.meta, agencyName: '<img src=x onerror=alert(1)>' },
    };
    const back = readDraft(serializeDraft(hostile as typeof report));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.report.narratives.s5).toBe(text);
      expect(back.report.meta.agencyName).toBe('<img src=x onerror=alert(1)>');
    }
  });

  test.prop([fc.string({ maxLength: 400 })])('never throws on any text', (text) => {
    const result = readDraft(text);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });

  test.prop([fc.jsonValue({ maxDepth: 4 })])('never throws on any JSON, and never pollutes', (value) => {
    const result = readDraft(JSON.stringify({ kind: DRAFT_KIND, version: 1, report: value }));
    expect(result.ok).toBe(false);
    prototypeIsClean();
  });
});
