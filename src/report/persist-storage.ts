// Asks the browser to keep this site's storage (drafts in IndexedDB) out of automatic eviction,
// and reads how much room is left. `navigator.storage.persist()` is only granted in secure
// contexts, and browsers may still say no (pitfalls: "Offline and storage"); on a plain-HTTP
// intranet the answer is often "best effort", so draft files stay the real backup.

export type PersistState =
  /** The browser promised not to evict this site's data. */
  | 'persisted'
  /** Asked and refused (or not granted yet): data may be evicted when the disk is full. */
  | 'best-effort'
  /** The API is missing (old browser, plain HTTP, file://). */
  | 'unsupported';

export interface StorageStatus {
  readonly persist: PersistState;
  /** Bytes used and available to this site, when the browser tells. */
  readonly usage?: number;
  readonly quota?: number;
  /** A sentence in plain Chinese for the clerk, or undefined when nothing needs saying. */
  readonly message?: string;
}

/** The part of `navigator.storage` used here, so tests can pass their own. */
export interface StorageManagerLike {
  readonly persisted?: () => Promise<boolean>;
  readonly persist?: () => Promise<boolean>;
  readonly estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/** Below this much free room, saving a report (≈50 KB each, plus history) may soon fail. */
export const LOW_SPACE_BYTES = 5 * 1024 * 1024;

function defaultStorage(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Reads usage and quota; never throws (an estimate is only a hint). */
export async function estimateStorage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<{ readonly usage?: number; readonly quota?: number }> {
  if (!storage?.estimate) return {};
  try {
    const { usage, quota } = await storage.estimate();
    return { usage, quota };
  } catch {
    return {};
  }
}

/**
 * Asks for persistent storage once (a no-op when already granted) and reports the outcome with
 * the space left. Never throws: a refusal is a message, not an error.
 */
export async function persistStorage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<StorageStatus> {
  if (!storage?.persist) {
    return {
      persist: 'unsupported',
      ...(await estimateStorage(storage)),
      message: '此浏览器不能保证长期保存本地数据，请定期使用“导出草稿”把报告存为文件。',
    };
  }
  let persist: PersistState;
  try {
    const already = (await storage.persisted?.()) ?? false;
    persist = already || (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    persist = 'best-effort';
  }
  const { usage, quota } = await estimateStorage(storage);
  const lowSpace = usage !== undefined && quota !== undefined && quota - usage < LOW_SPACE_BYTES;
  const message = lowSpace
    ? `浏览器可用的存储空间不足（剩余约 ${formatBytes(Math.max(0, (quota ?? 0) - (usage ?? 0)))}），请先“导出草稿”备份报告。`
    : persist === 'best-effort'
      ? '浏览器未同意长期保存本地数据（磁盘紧张时可能被清除），请定期使用“导出草稿”把报告存为文件。'
      : undefined;
  return { persist, usage, quota, ...(message ? { message } : {}) };
}

/** 1536 → "1.5 KB", for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
