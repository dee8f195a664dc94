// One editing tab per report ("a second tab opening the same report is told and cannot
// silently overwrite the first"). The tab that opens a report first holds it; a later tab opens
// read-only, and may take over explicitly, which turns the first tab read-only.
//
// Two channels, because either may be missing: BroadcastChannel tells the other tabs at once, and
// a localStorage record refreshed by a heartbeat lets a tab see a holder even where
// BroadcastChannel is unavailable (older embedded browsers) or the holder's message was missed.
// A holder that stops beating (its tab crashed or was killed) is ignored after STALE_MS.

export type LockState = 'owner' | 'readonly';

export const HEARTBEAT_MS = 2000;
export const STALE_MS = 6000;

interface LockRecord {
  readonly tabId: string;
  /** Last heartbeat. */
  readonly at: number;
  /** When the tab became the editor. */
  readonly since: number;
  /** Written by an explicit 在此窗口编辑: the tab holding the report yields to it. */
  readonly takeover?: boolean;
}

type LockMessage =
  | { readonly type: 'hello'; readonly reportId: string; readonly tabId: string }
  | { readonly type: 'held'; readonly reportId: string; readonly tabId: string; readonly since: number }
  | { readonly type: 'takeover'; readonly reportId: string; readonly tabId: string };

/** The part of BroadcastChannel the lock uses. */
export interface LockChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** The part of localStorage the lock uses. */
export interface LockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface TabLockDeps {
  readonly tabId: string;
  readonly channel?: LockChannel | undefined;
  readonly storage?: LockStorage | undefined;
  readonly now: () => number;
  readonly setInterval: (fn: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
}

export interface TabLock {
  state(): LockState;
  /** Makes this tab the editor of the report; the tab holding it becomes read-only. */
  takeOver(): void;
  /** Lets the report go (the editor closes); idempotent. */
  release(): void;
  /** Re-reads the shared record: call on a `storage` event. */
  recheck(): void;
}

export function lockKey(reportId: string): string {
  return `nianbao-lock:${reportId}`;
}

function readRecord(storage: LockStorage | undefined, key: string): LockRecord | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<LockRecord>;
    return typeof v.tabId === 'string' && typeof v.at === 'number'
      ? {
          tabId: v.tabId,
          at: v.at,
          since: typeof v.since === 'number' ? v.since : 0,
          takeover: v.takeover === true,
        }
      : undefined;
  } catch {
    return undefined;
  }
}

function isMessage(data: unknown, reportId: string): data is LockMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as LockMessage).reportId === reportId &&
    typeof (data as LockMessage).tabId === 'string'
  );
}

/**
 * Claims `reportId` for this tab, or opens it read-only when another live tab holds it.
 * `onChange` is called whenever the state changes after creation.
 */
export function createTabLock(
  reportId: string,
  deps: TabLockDeps,
  onChange: (state: LockState) => void,
): TabLock {
  const key = lockKey(reportId);
  let state: LockState;
  let released = false;
  let timer: unknown;
  /** When this tab became the editor: of two tabs that both think they hold it, the later yields. */
  let since = deps.now();

  let tookOver = false;
  const write = () => {
    try {
      const rec: LockRecord = {
        tabId: deps.tabId,
        at: deps.now(),
        since,
        ...(tookOver ? { takeover: true } : {}),
      };
      deps.storage?.setItem(key, JSON.stringify(rec));
    } catch {
      // Storage full or disabled: BroadcastChannel alone still tells the other tabs.
    }
  };
  const post = (type: LockMessage['type']) => {
    try {
      deps.channel?.postMessage({ type, reportId, tabId: deps.tabId, since });
    } catch {
      // A closed channel: nothing to tell.
    }
  };
  const setState = (next: LockState) => {
    if (next === state || released) return;
    state = next;
    if (next === 'owner') {
      since = deps.now();
      write();
      timer = deps.setInterval(beat, HEARTBEAT_MS);
    } else if (timer !== undefined) {
      deps.clearInterval(timer);
      timer = undefined;
    }
    onChange(next);
  };
  function beat() {
    if (state !== 'owner') return;
    const rec = readRecord(deps.storage, key);
    if (rec && rec.tabId !== deps.tabId && deps.now() - rec.at < STALE_MS) {
      // Another tab wrote the record. It took over (our message was missed), or it claimed the
      // report while our heartbeat was late (a throttled background tab): the earlier claim stays.
      const yieldToIt = rec.takeover || rec.since < since || (rec.since === since && rec.tabId < deps.tabId);
      if (yieldToIt) {
        setState('readonly');
        return;
      }
    }
    write();
  }

  const held = readRecord(deps.storage, key);
  state = held && held.tabId !== deps.tabId && deps.now() - held.at < STALE_MS ? 'readonly' : 'owner';
  if (state === 'owner') {
    write();
    timer = deps.setInterval(beat, HEARTBEAT_MS);
  }

  deps.channel?.addEventListener('message', (event) => {
    const msg = event.data;
    if (released || !isMessage(msg, reportId) || msg.tabId === deps.tabId) return;
    if (msg.type === 'hello' && state === 'owner') post('held');
    // Two tabs both think they hold the report (no shared storage, or they opened at once): the
    // one that claimed it later yields; a tie is broken by tab id so that exactly one yields.
    if (msg.type === 'held' && state === 'owner') {
      const theirs = typeof (msg as { since?: unknown }).since === 'number' ? msg.since : 0;
      if (theirs < since || (theirs === since && msg.tabId < deps.tabId)) setState('readonly');
    }
    if (msg.type === 'takeover') setState('readonly');
  });
  post('hello');

  return {
    state: () => state,
    takeOver() {
      if (released) return;
      tookOver = true;
      post('takeover');
      setState('owner');
      write();
    },
    release() {
      if (released) return;
      if (timer !== undefined) deps.clearInterval(timer);
      if (state === 'owner' && readRecord(deps.storage, key)?.tabId === deps.tabId) {
        try {
          deps.storage?.removeItem(key);
        } catch {
          // Nothing to undo: the record goes stale by itself.
        }
      }
      released = true;
      deps.channel?.close();
    },
    recheck() {
      if (!released && state === 'owner') beat();
    },
  };
}

/** The lock with the browser's own BroadcastChannel, localStorage and timers. */
export function createBrowserTabLock(reportId: string, onChange: (state: LockState) => void): TabLock {
  let storage: LockStorage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined;
  }
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel('nianbao-tab-lock') : undefined;
  return createTabLock(
    reportId,
    {
      tabId: globalThis.crypto.randomUUID(),
      channel,
      storage,
      now: () => Date.now(),
      setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
      clearInterval: (h) => globalThis.clearInterval(h as ReturnType<typeof setInterval>),
    },
    onChange,
  );
}
