// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { createReport } from './create-report';
import { writeJournal } from './edit-journal';
import { loadLatestReport, loadLatestEntries } from './load-latest-report';
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
  expect(latest).toMatchObject({
    fromJournal: true,
    revision: 0,
    report: { narratives: { s5: '刚打的字。' } },
  });
  expect(await loadLatestEntries()).toMatchObject([
    { kind: 'ok', report: { narratives: { s5: '刚打的字。' } } },
  ]);
});

test('keeps the stored copy over an older journal, and a journal alone opens nothing', async () => {
  const r = stored('千户镇人民政府', '2022-01-10T08:00:00.000Z');
  await putReport(r);
  writeJournal({ ...r, narratives: { s5: '旧的。' }, updatedAt: '2022-01-09T08:00:00.000Z' });
  expect(await loadLatestReport(r.id)).toEqual({ report: r, fromJournal: false, revision: 0 });
  const orphan = stored('阁山镇人民政府', '2022-01-11T08:00:00.000Z');
  writeJournal(orphan);
  expect(await loadLatestReport(orphan.id)).toBeUndefined();
  expect((await loadLatestEntries()).map((x) => x.kind === 'ok' && x.report.id)).toEqual([r.id]);
});

test('cleans invisible direction characters out of the metadata', async () => {
  const r = stored('千户镇人民政府', '2022-01-10T08:00:00.000Z');
  await putReport({ ...r, meta: { ...r.meta, agencyName: '\u202e千户镇\u200b人民政府\u202c' } });
  expect(await loadLatestReport(r.id)).toMatchObject({ report: { meta: { agencyName: '千户镇人民政府' } } });
  expect(await loadLatestEntries()).toMatchObject([{ report: { meta: { agencyName: '千户镇人民政府' } } }]);
});

test('a journal typed on a revision another tab has since saved over is not opened', async () => {
  const r = stored('千户镇人民政府', '2022-01-10T08:00:00.000Z');
  await putReport(r);
  writeJournal(
    { ...r, narratives: { s5: '冻结窗口的旧稿。' }, updatedAt: '2022-01-10T08:00:09.000Z' },
    undefined,
    0,
  );
  await putReport({ ...r, narratives: { s5: '另一窗口刚保存。' } }, { expectedRevision: 0 });
  expect(await loadLatestReport(r.id)).toMatchObject({
    fromJournal: false,
    revision: 1,
    report: { narratives: { s5: '另一窗口刚保存。' } },
  });
});
