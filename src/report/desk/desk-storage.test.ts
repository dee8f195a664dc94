import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { set, createStore } from 'idb-keyval';
import { beforeEach, expect, test } from 'vitest';
import { listReports, putReport, resetStorageForTests } from '../storage';
import {
  addDeskEntries,
  clearDesk,
  listDeskEntries,
  removeDeskEntry,
  resetDeskStorageForTests,
} from './desk-storage';
import { entryOf, townReport } from './fixtures/desk-reports';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDeskStorageForTests();
  resetStorageForTests();
});

const a = entryOf('a', townReport('阁山镇人民政府', 2021, { cells: { 't3:new:natural': '3' } }), {
  addedAt: '2026-01-15T08:00:00.000Z',
  printedTotals: { 't3:new:total': '3' },
  readNotes: [{ kind: 'unreadable', cell: 't3:open:natural', printed: '▇', message: '无法识别' }],
});
const b = entryOf('b', townReport('潘庄镇人民政府', 2021), {
  addedAt: '2026-01-15T07:00:00.000Z',
  source: { kind: 'browser', fileName: '' },
});

test('entries read back unchanged, in the order they were added', async () => {
  await addDeskEntries([a, b]);
  expect(await listDeskEntries()).toEqual([b, a]);
});

test('one entry is removed, then all; an entry added again replaces itself', async () => {
  await addDeskEntries([a, b]);
  await addDeskEntries([{ ...a, source: { kind: 'html', fileName: 'x.html' } }]);
  expect((await listDeskEntries()).map((e) => [e.id, e.source.kind])).toEqual([
    ['b', 'browser'],
    ['a', 'html'],
  ]);
  await removeDeskEntry('b');
  expect((await listDeskEntries()).map((e) => e.id)).toEqual(['a']);
  await clearDesk();
  expect(await listDeskEntries()).toEqual([]);
});

test('the desk is kept apart from the clerk’s reports: neither sees nor clears the other', async () => {
  const own = townReport('千户镇人民政府', 2022);
  await putReport(own);
  await addDeskEntries([a]);
  expect((await listReports()).map((r) => r.id)).toEqual([own.id]);
  await clearDesk();
  expect((await listReports()).map((r) => r.id)).toEqual([own.id]);
});

test('a damaged record, or a total that is not one of the format, is skipped, not fatal', async () => {
  await addDeskEntries([a]);
  const raw = createStore('nianbao-desk', 'entries');
  await set('broken', { ...b, id: 'broken', report: { ...b.report, year: 1900 } }, raw);
  await set('tampered', { ...b, id: 'tampered', printedTotals: { 't3:new:natural': '1' } }, raw);
  expect((await listDeskEntries()).map((e) => e.id)).toEqual(['a']);
});
