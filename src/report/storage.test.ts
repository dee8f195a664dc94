import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { createReport } from './create-report';
import {
  deleteReport,
  getDraftExports,
  getReport,
  getUiState,
  listReports,
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

test('a damaged record is skipped, not fatal to the list', async () => {
  const a = report('甲镇人民政府', '2022-01-01T00:00:00.000Z');
  await putReport(a);
  await putReport({ ...a, id: 'broken', year: 1900 } as typeof a);
  expect((await listReports()).map((r) => r.id)).toEqual([a.id]);
  expect(await getReport('broken')).toBeUndefined();
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
