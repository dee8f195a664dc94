import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, set } from 'idb-keyval';
import { beforeEach, expect, test } from 'vitest';
import { createReport } from './create-report';
import { InvalidReportError, StaleRevisionError } from './save-refusal';
import { STORED_VERSION } from './stored-record';
import {
  deleteReport,
  getDraftExports,
  getReport,
  getStoredReport,
  getUiState,
  listReports,
  listStoredReports,
  putReport,
  recordDraftExport,
  resetStorageForTests,
  setUiState,
} from './storage';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageForTests();
});

const report = (name: string, updatedAt: string) => ({
  ...createReport({ agencyName: name, year: 2021, formatId: 'format-2021' }),
  updatedAt,
});

test('a stored report reads back unchanged, typed cells and narratives included', async () => {
  const r = report('千户镇人民政府', '2022-01-10T08:00:00.000Z');
  const withContent = { ...r, cells: { 't3:new:natural': '3' }, narratives: { s5: '第一段\n\n第二段' } };
  await putReport(withContent);
  expect(await getReport(r.id)).toEqual(withContent);
});

test('the list holds every report, the most recently saved first, and not the UI state', async () => {
  const a = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  const b = report('乙镇人民政府', '2022-01-05T00:00:00.000Z');
  await putReport(a);
  await putReport(b);
  await setUiState({ route: `#/r/${a.id}/s3` });
  const list = await listReports();
  expect(list.map((r) => r.meta.agencyName)).toEqual(['乙镇人民政府', '甲镇人民政府']);
});

test('deleting removes the report; a missing report reads as undefined', async () => {
  const a = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  await putReport(a);
  await deleteReport(a.id);
  expect(await getReport(a.id)).toBeUndefined();
  expect(await listReports()).toEqual([]);
});

test('a damaged record is not fatal to the list, and reads as no report', async () => {
  const a = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  await putReport(a);
  await putRaw('broken', { ...a, id: 'broken', year: 1900 });
  expect((await listReports()).map((r) => r.id)).toEqual([a.id]);
  expect(await getReport('broken')).toBeUndefined();
  const broken = await getStoredReport('broken');
  expect(broken?.kind === 'unreadable' && broken.reason).toBe('报告年度不在允许的范围内');
});

test('the last route is remembered', async () => {
  expect(await getUiState()).toBeUndefined();
  await setUiState({ route: '#/r/abc/s4' });
  expect(await getUiState()).toEqual({ route: '#/r/abc/s4' });
});

test('the time of the last draft file is kept per report, apart from the reports', async () => {
  const a = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  const b = report('乙镇人民政府', '2022-01-05T00:00:00.000Z');
  await putReport(a);
  expect(await getDraftExports()).toEqual({});
  await recordDraftExport(a.id, new Date('2022-01-02T08:00:00.000Z'));
  await recordDraftExport(b.id, new Date('2022-01-06T08:00:00.000Z'));
  await recordDraftExport(a.id, new Date('2022-01-03T08:00:00.000Z'));
  expect(await getDraftExports()).toEqual({
    [a.id]: '2022-01-03T08:00:00.000Z',
    [b.id]: '2022-01-06T08:00:00.000Z',
  });
  expect((await listReports()).map((r) => r.id)).toEqual([a.id]);
  expect(await getReport(a.id)).toEqual(a);
});

// A record as an older or newer version, or a damaged one, would be stored: written straight
// into the same database.
async function putRaw(id: string, value: unknown): Promise<void> {
  await set(`report:${id}`, value, createStore('nianbao', 'kv'));
}

test('a report stored bare by the previous version is read, at revision 0, and saved in an envelope', async () => {
  const r = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  await putRaw(r.id, r);
  expect(await getStoredReport(r.id)).toEqual({ kind: 'ok', report: r, revision: 0 });
  expect(await putReport(r, { expectedRevision: 0 })).toBe(1);
  expect(await get(`report:${r.id}`, createStore('nianbao', 'kv'))).toEqual({
    schemaVersion: STORED_VERSION,
    revision: 1,
    report: r,
  });
});

test('a stored report the format refuses is listed as unreadable with its reason, not hidden', async () => {
  const good = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  const bad = { ...report('乙镇人民政府', '2022-01-05T00:00:00.000Z'), preamble: '字'.repeat(20_001) };
  await putReport(good);
  await putRaw(bad.id, bad);
  const list = await listStoredReports();
  expect(list.map((e) => e.kind)).toEqual(['unreadable', 'ok']);
  const [first] = list;
  expect(first).toMatchObject({ kind: 'unreadable', id: bad.id, agencyName: '乙镇人民政府', year: 2021 });
  expect(first?.kind === 'unreadable' && first.reason).toBe('引言超过 20,000 字');
  expect(first?.kind === 'unreadable' && first.raw).toEqual(bad);
  expect((await listReports()).map((r) => r.id)).toEqual([good.id]);
});

test('a record written by a newer version is listed as unreadable, saying so', async () => {
  const r = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  await putRaw(r.id, { schemaVersion: STORED_VERSION + 1, revision: 4, report: r });
  const entry = await getStoredReport(r.id);
  expect(entry?.kind).toBe('unreadable');
  expect(entry?.kind === 'unreadable' && entry.reason).toContain('更新版本');
});

test('a report the format refuses is never written', async () => {
  const r = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  await putReport(r);
  const long = { ...r, meta: { ...r.meta, agencyName: '镇'.repeat(105) } };
  await expect(putReport(long)).rejects.toThrow(InvalidReportError);
  await expect(putReport(long)).rejects.toMatchObject({ reason: '机关名称超过 100 字' });
  expect(await getReport(r.id)).toEqual(r);
});

test('a save at a stale revision is refused and leaves the newer copy', async () => {
  const r = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  const first = await putReport(r);
  const b = { ...r, cells: { 't3:new:natural': '5' } };
  expect(await putReport(b, { expectedRevision: first })).toBe(first + 1);
  const a = { ...r, cells: { 't3:new:natural': '4' } };
  await expect(putReport(a, { expectedRevision: first })).rejects.toThrow(StaleRevisionError);
  expect(await getReport(r.id)).toEqual(b);
});
