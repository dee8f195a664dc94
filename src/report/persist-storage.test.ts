import { describe, expect, it } from 'vitest';
import { estimateStorage, formatBytes, persistStorage, type StorageManagerLike } from './persist-storage';

describe('persistStorage', () => {
  it('reports unsupported when the API is missing, and points to draft files', async () => {
    const status = await persistStorage(undefined);
    expect(status.persist).toBe('unsupported');
    expect(status.message).toContain('导出草稿');
  });

  it('does not ask again when already persisted', async () => {
    let asked = 0;
    const storage: StorageManagerLike = {
      persisted: async () => true,
      persist: async () => {
        asked++;
        return true;
      },
      estimate: async () => ({ usage: 1000, quota: 1e9 }),
    };
    const status = await persistStorage(storage);
    expect(status).toEqual({ persist: 'persisted', usage: 1000, quota: 1e9 });
    expect(asked).toBe(0);
  });

  it('reports best-effort with a message when the browser refuses (plain HTTP)', async () => {
    const status = await persistStorage({ persisted: async () => false, persist: async () => false });
    expect(status.persist).toBe('best-effort');
    expect(status.message).toMatch(/导出草稿/);
  });

  it('treats a throwing persist() as best-effort, never as a crash', async () => {
    const status = await persistStorage({
      persist: () => Promise.reject(new Error('SecurityError')),
      estimate: () => Promise.reject(new Error('nope')),
    });
    expect(status.persist).toBe('best-effort');
    expect(status.usage).toBeUndefined();
  });

  it('warns about low space even when persisted', async () => {
    const status = await persistStorage({
      persist: async () => true,
      estimate: async () => ({ usage: 99 * 1024 * 1024, quota: 100 * 1024 * 1024 }),
    });
    expect(status.persist).toBe('persisted');
    expect(status.message).toContain('1.0 MB');
  });
});

describe('estimateStorage / formatBytes', () => {
  it('returns nothing when estimate is missing', async () => {
    expect(await estimateStorage({})).toEqual({});
  });
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
