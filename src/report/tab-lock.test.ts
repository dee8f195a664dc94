import { describe, expect, test } from 'vitest';
import {
  createTabLock,
  HEARTBEAT_MS,
  lockKey,
  STALE_MS,
  type LockChannel,
  type LockState,
  type LockStorage,
  type TabLockDeps,
} from './tab-lock';

/** Tabs of one browser: a shared clock, shared storage, a channel hub and manual timers. */
function browser({ withChannel = true, withStorage = true } = {}) {
  let time = 1_000_000;
  const data = new Map<string, string>();
  const storage: LockStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  const listeners = new Set<(e: { data: unknown }) => void>();
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const channel = (): LockChannel => {
    let mine: ((e: { data: unknown }) => void) | undefined;
    return {
      postMessage: (m) => {
        for (const l of [...listeners]) if (l !== mine) l({ data: structuredClone(m) });
      },
      addEventListener: (_t, l) => {
        mine = l;
        listeners.add(l);
      },
      close: () => {
        if (mine) listeners.delete(mine);
      },
    };
  };
  const open = (tabId: string, reportId = 'r1') => {
    const states: LockState[] = [];
    const deps: TabLockDeps = {
      tabId,
      channel: withChannel ? channel() : undefined,
      storage: withStorage ? storage : undefined,
      now: () => time,
      setInterval: (fn) => {
        const id = nextTimer++;
        timers.set(id, fn);
        return id;
      },
      clearInterval: (h) => void timers.delete(h as number),
    };
    const lock = createTabLock(reportId, deps, (s) => states.push(s));
    return { lock, states };
  };
  const advance = (ms: number) => {
    time += ms;
    for (const fn of [...timers.values()]) fn();
  };
  return { open, advance, data, silenceTimers: () => timers.clear() };
}

describe('one editing tab per report', () => {
  test('the first tab edits; a second tab on the same report opens read-only', () => {
    const b = browser();
    const first = b.open('tab-a');
    const second = b.open('tab-b');
    expect(first.lock.state()).toBe('owner');
    expect(second.lock.state()).toBe('readonly');
    expect(first.states).toEqual([]);
  });

  test('a tab on another report is not affected', () => {
    const b = browser();
    b.open('tab-a', 'r1');
    expect(b.open('tab-b', 'r2').lock.state()).toBe('owner');
  });

  test('taking over makes the other tab read-only, and it is told', () => {
    const b = browser();
    const first = b.open('tab-a');
    const second = b.open('tab-b');
    second.lock.takeOver();
    expect(second.lock.state()).toBe('owner');
    expect(first.lock.state()).toBe('readonly');
    expect(first.states).toEqual(['readonly']);
    expect(second.states).toEqual(['owner']);
  });

  test('without BroadcastChannel, the heartbeat record still keeps a second tab read-only and passes a takeover on', () => {
    const b = browser({ withChannel: false });
    const first = b.open('tab-a');
    b.advance(HEARTBEAT_MS);
    const second = b.open('tab-b');
    expect(second.lock.state()).toBe('readonly');
    second.lock.takeOver();
    b.advance(HEARTBEAT_MS);
    expect(first.lock.state()).toBe('readonly');
    expect(first.states).toEqual(['readonly']);
  });

  test('without shared storage, the channel alone settles it: the earlier holder keeps the report', () => {
    const b = browser({ withStorage: false });
    const first = b.open('tab-z');
    b.advance(10);
    const second = b.open('tab-a');
    expect(first.lock.state()).toBe('owner');
    expect(second.lock.state()).toBe('readonly');
  });

  test('a holder that stopped beating (crashed tab) is ignored once stale', () => {
    const b = browser({ withChannel: false });
    b.open('tab-a');
    b.silenceTimers();
    b.advance(STALE_MS + 1);
    expect(b.open('tab-b').lock.state()).toBe('owner');
  });

  test("a claim made while the holder's heartbeat was late loses to the earlier holder", () => {
    const b = browser({ withChannel: false });
    const first = b.open('tab-z');
    b.silenceTimers(); // the holder's tab is throttled in the background
    b.advance(STALE_MS + 1);
    const second = b.open('tab-a');
    expect(second.lock.state()).toBe('owner');
    first.lock.recheck(); // the holder's heartbeat resumes
    second.lock.recheck();
    expect(first.lock.state()).toBe('owner');
    expect(second.lock.state()).toBe('readonly');
  });

  test('releasing frees the report for the next tab at once', () => {
    const b = browser();
    const first = b.open('tab-a');
    first.lock.release();
    expect(b.data.has(lockKey('r1'))).toBe(false);
    expect(b.open('tab-b').lock.state()).toBe('owner');
  });
});
