import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { checkStoredReport } from '../report/check-stored-report';
import type { Report } from '../report/report-schema';
import { getFormat } from '../template/formats';
import type { Finding } from '../template/rules/finding';
import { resolveValues } from '../template/rules/resolve-values';
import type { PartId } from '../template/section-ids';
import { liveKey, LiveStore, NO_FINDINGS, type LiveSnapshot, type StepCounts } from './live-store';
import { resolveTouched } from './resolve-touched';

const LiveStoreContext = createContext<LiveStore | null>(null);

export const LiveStoreProvider = LiveStoreContext.Provider;

export function useLiveStore(): LiveStore {
  const store = useContext(LiveStoreContext);
  if (!store) throw new Error('useLiveStore outside LiveStoreProvider');
  return store;
}

/**
 * Reads one slice of the live snapshot, woken only when the slice under `key` changes (see
 * liveKey): a keystroke then runs the selectors of the few cells it touched, not those of every
 * cell on the page.
 */
export function useLiveKey<T>(key: string, select: (s: LiveSnapshot) => T): T {
  const store = useLiveStore();
  const subscribe = useCallback((listener: () => void) => store.subscribeKey(key, listener), [store, key]);
  return useSyncExternalStore(subscribe, () => select(store.getSnapshot()));
}

/**
 * Like useLiveKey, for what the rule check found (marks, messages, counts, the findings list):
 * the component re-renders in a transition, which React time-slices, so a change that marks many
 * cells and rewrites the findings panel does not become one long task (no task over
 * 50 ms while typing). Figures (useDisplayValue) stay immediate.
 */
export function useLiveKeyDeferred<T>(
  key: string,
  select: (s: LiveSnapshot) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useLiveStore();
  const [value, setValue] = useState(() => select(store.getSnapshot()));
  const selectRef = useRef(select);
  const sameRef = useRef(same);
  // The last value handed to React: an unchanged slice (a blank cell when only the 未填 count
  // changed) schedules nothing, so the component is not even called.
  const last = useRef(value);
  useLayoutEffect(() => {
    selectRef.current = select;
    sameRef.current = same;
  });
  useEffect(() => {
    const sync = () => {
      const next = selectRef.current(store.getSnapshot());
      if (sameRef.current(next, last.current)) return;
      last.current = next;
      startTransition(() => setValue(() => next));
    };
    sync(); // what changed between this render and the subscription
    return store.subscribeKey(key, sync);
  }, [store, key]);
  return value;
}

/** One cell's figure (immediate): what a total shows, whether it is a partial sum. */
export function useCellLive<T>(cellId: string, select: (s: LiveSnapshot) => T): T {
  return useLiveKey(liveKey.cell(cellId), select);
}

/** One cell's findings, as a derived value compared with `same` (see useLiveKeyDeferred). */
export function useCellFindingsDeferred<T>(
  cellId: string,
  select: (s: LiveSnapshot) => T,
  same?: (a: T, b: T) => boolean,
): T {
  return useLiveKeyDeferred(liveKey.cell(cellId), select, same);
}

export function useFieldFindings(field: string): readonly Finding[] {
  return useLiveKeyDeferred(liveKey.field(field), (s) => s.byField.get(field) ?? NO_FINDINGS);
}

/** The figure a computed cell shows ('' while all its parts are empty). */
export function useDisplayValue(cellId: string): string {
  return useCellLive(cellId, (s) => s.display.get(cellId) ?? '');
}

export function useStepCounts(step: PartId): StepCounts {
  return useLiveKeyDeferred(liveKey.step(step), (s) => s.bySection[step]);
}

export function useAllFindings(): readonly Finding[] {
  return useLiveKeyDeferred(liveKey.findings, (s) => s.findings);
}

/**
 * Renders nothing: recomputes figures and findings on every change of the form (not on blur or
 * submit), through the same pure checkReport the preview and the export use. It listens to the
 * form without re-rendering (react-hook-form's public `subscribe`). A change
 * of one cell sets that cell's totals at once; the full check runs in a transition, so it leaves
 * the keystroke's task (React renders a transition in a task of its own, and several keystrokes
 * in a row share one check) and still follows every change within a frame or two. Under React's
 * act() in tests the transition is flushed with the change, so checks read as immediate there.
 */
export function LiveChecks({
  form,
  today,
}: {
  /** The form's public subscribe and getValues (react-hook-form 7.55+). */
  readonly form: Pick<UseFormReturn<Report>, 'subscribe' | 'getValues'>;
  readonly today?: Date;
}): null {
  const store = useLiveStore();
  const [version, setVersion] = useState(0);
  const { subscribe, getValues } = form;

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, values }) => {
          if (name?.startsWith('cells.') && values.formatId) {
            const cells = (values.cells ?? {}) as Readonly<Record<string, string | undefined>>;
            store.setValues(resolveTouched(getFormat(values.formatId), cells, name.slice('cells.'.length)));
          }
          startTransition(() => setVersion((v) => v + 1));
        },
      }),
    [subscribe, store],
  );

  // Computed while rendering the transition (on the values as they are then, so a check that
  // waited behind several keystrokes reads the last one) and published in its commit: both in
  // the transition's own task. A passive effect would not do: React may leave it pending until
  // the next keystroke, which then runs it inside its input event.
  const checked = useMemo(() => {
    void version; // only says that something changed; the values are read below
    const { formatId, year, meta, preamble, narratives, cells, lastYear, ledger } = getValues();
    const input = {
      formatId,
      year: Number(year),
      meta: meta ?? { agencyName: '', signDate: '' },
      preamble: preamble ?? '',
      narratives: (narratives ?? {}) as Readonly<Record<string, string>>,
      cells: (cells ?? {}) as Readonly<Record<string, string>>,
      lastYear,
      ledger,
    };
    const findings = checkStoredReport(input, today);
    return { findings, values: resolveValues(getFormat(formatId), input.cells) };
  }, [getValues, today, version]);
  useLayoutEffect(() => store.update(checked.findings, checked.values), [store, checked]);
  return null;
}
