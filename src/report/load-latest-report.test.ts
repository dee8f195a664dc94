// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { createReport } from './create-report';
import { writeJournal } from './edit-journal';
import { loadLatestReport, loadLatestReports } from './load-latest-report';
import type { Report } from './report-schema';
import { putReport, resetStorageForTests } from './storage';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageForTests();
  localStorage.clear();
});

const stored = (name: string, updatedAt: string): Report => ({
  ...createReport({ agencyName: name, year: 2021, formatId: 'format-2021' }),
  updatedAt,
});

test('opens the journal when it is newer than the stored copy, and says so', async () => {
  const r = stored('千户镇人民政府', '2022-01-10T08:00:00.000Z');
  await putReport(r);
  writeJournal({ ...r, narratives: { s5: '刚打的字。' }, updatedAt: '2022-01-10T08:00:05.000Z' });
  const latest = await loadLatestReport(r.id);
  expect(latest?.fromJournal).toBe(true);
  expect(latest?.report.narratives.s5).toBe('刚打的字。');
  expect((await loadLatestReports())[0]?.narratives.s5).toBe('刚打的字。');
});

test('keeps the stored copy over an older journal, and a journal alone opens nothing', async () => {
  const r = stored('千户镇人民政府', '2022-01-10T08:00:00.000Z');
  await putReport(r);
  writeJournal({ ...r, narratives: { s5: '旧的。' }, updatedAt: '2022-01-09T08:00:00.000Z' });
  expect(await loadLatestReport(r.id)).toEqual({ report: r, fromJournal: false });
  const orphan = stored('阁山镇人民政府', '2022-01-11T08:00:00.000Z');
  writeJournal(orphan);
  expect(await loadLatestReport(orphan.id)).toBeUndefined();
  expect((await loadLatestReports()).map((x) => x.id)).toEqual([r.id]);
});

test('cleans invisible direction characters out of the metadata', async () => {
  const r = stored('千户镇人民政府', '2022-01-10T08:00:00.000Z');
  await putReport({ ...r, meta: { ...r.meta, agencyName: '\u202e千户镇\u200b人民政府\u202c' } });
  expect((await loadLatestReport(r.id))?.report.meta.agencyName).toBe('千户镇人民政府');
  expect((await loadLatestReports())[0]?.meta.agencyName).toBe('千户镇人民政府');
});
