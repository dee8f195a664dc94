import { describe, expect, test } from 'vitest';
import { createReport } from './create-report';
import {
  clearJournal,
  journalKey,
  newerOfStoredAndJournal,
  readJournal,
  readJournalEntry,
  writeJournal,
  type JournalStorage,
} from './edit-journal';
import type { Report } from './report-schema';

function memory(): JournalStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const report = (updatedAt: string, phone = ''): Report => ({
  ...createReport({
    agencyName: '阁山镇人民政府',
    year: 2025,
    formatId: 'format-2021',
    now: new Date('2026-01-05'),
  }),
  id: 'r1',
  updatedAt,
  meta: {
    ...createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021' }).meta,
    phone,
  },
});

describe('the edit journal', () => {
  test('reads back what was written, per report', () => {
    const s = memory();
    const r = { ...report('2026-01-05T10:00:00.000Z', '0795'), cells: { 't3:new:natural': '42' } };
    expect(writeJournal(r, s)).toBe('written');
    expect(readJournal('r1', s)).toEqual(r);
    expect(readJournal('other', s)).toBeUndefined();
  });

  test('a damaged or foreign journal is ignored rather than opened', () => {
    const s = memory();
    s.setItem(journalKey('r1'), '{"id":"r1","cells":');
    expect(readJournal('r1', s)).toBeUndefined();
    s.setItem(journalKey('r1'), JSON.stringify({ ...report('2026-01-05T10:00:00.000Z'), id: 'r2' }));
    expect(readJournal('r1', s)).toBeUndefined();
  });

  test('a full or disabled localStorage is reported, not thrown', () => {
    const full: JournalStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writeJournal(report('2026-01-05T10:00:00.000Z'), full)).toBe('full');
    expect(writeJournal(report('2026-01-05T10:00:00.000Z'), undefined)).toBe('unavailable');
  });

  test('when space runs out, the journal frees its entries for other reports, the oldest first', () => {
    const s = memory();
    const other = (id: string, at: string) => ({ ...report(at), id });
    writeJournal(other('old', '2026-01-01T00:00:00.000Z'), s);
    writeJournal(other('newer', '2026-01-03T00:00:00.000Z'), s);
    s.map.set('unrelated', 'x');
    // Room for the unrelated item and two journal entries: a third fails until one goes.
    const limited: JournalStorage = {
      ...s,
      get length() {
        return s.map.size;
      },
      key: (i) => [...s.map.keys()][i] ?? null,
      setItem: (k, v) => {
        if (!s.map.has(k) && s.map.size >= 3) throw new DOMException('full', 'QuotaExceededError');
        s.map.set(k, v);
      },
    };
    expect(writeJournal(report('2026-01-05T10:00:00.000Z', '1'), limited, 3)).toBe('written');
    expect([...s.map.keys()].sort()).toEqual([journalKey('newer'), journalKey('r1'), 'unrelated']);
    expect(readJournalEntry('r1', s)).toEqual({
      report: report('2026-01-05T10:00:00.000Z', '1'),
      revision: 3,
    });
  });

  test('is cleared once the store holds a save at least as new, and kept for a later keystroke', () => {
    const s = memory();
    writeJournal(report('2026-01-05T10:00:01.000Z'), s);
    clearJournal('r1', '2026-01-05T10:00:00.500Z', s);
    expect(readJournal('r1', s)).toBeDefined();
    clearJournal('r1', '2026-01-05T10:00:01.000Z', s);
    expect(readJournal('r1', s)).toBeUndefined();
    writeJournal(report('2026-01-05T10:00:01.000Z'), s);
    clearJournal('r1', undefined, s);
    expect(s.map.size).toBe(0);
  });

  test('the journal is opened only when it is newer than the stored copy', () => {
    const stored = report('2026-01-05T10:00:00.000Z', 'old');
    const newer = report('2026-01-05T10:00:02.000Z', 'new');
    const older = report('2026-01-05T09:00:00.000Z', 'older');
    const entry = (r: Report) => ({ report: r });
    expect(newerOfStoredAndJournal(stored, entry(newer))).toEqual({ report: newer, fromJournal: true });
    expect(newerOfStoredAndJournal(stored, entry(older))).toEqual({ report: stored, fromJournal: false });
    expect(newerOfStoredAndJournal(stored, undefined)).toEqual({ report: stored, fromJournal: false });
    // A deleted report does not come back from its journal.
    expect(newerOfStoredAndJournal(undefined, entry(newer))).toEqual({
      report: undefined,
      fromJournal: false,
    });
  });

  test('a journal typed on an older revision than the stored copy is not opened', () => {
    const stored = report('2026-01-05T10:00:00.000Z', 'saved by the other tab');
    const stale = { report: report('2026-01-05T10:00:02.000Z', 'stale tab'), revision: 4 };
    expect(newerOfStoredAndJournal(stored, stale, 5)).toEqual({ report: stored, fromJournal: false });
    expect(newerOfStoredAndJournal(stored, stale, 4)).toEqual({ report: stale.report, fromJournal: true });
  });
});
