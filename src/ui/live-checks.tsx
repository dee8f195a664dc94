import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { Report } from '../report/report-schema';
import { getFormat } from '../template/formats';
import { checkReport } from '../template/rules/check-report';
import type { Finding } from '../template/rules/finding';
import { resolveValues } from '../template/rules/resolve-values';
import { LiveStore, NO_FINDINGS, type LiveSnapshot, type StepCounts, type StepId } from './live-store';

const LiveStoreContext = createContext<LiveStore | null>(null);

export const LiveStoreProvider = LiveStoreContext.Provider;

export function useLiveStore(): LiveStore {
  const store = useContext(LiveStoreContext);
  if (!store) throw new Error('useLiveStore outside LiveStoreProvider');
  return store;
}

/** Reads one slice of the live snapshot; the component re-renders only when that slice changes. */
export function useLive<T>(select: (s: LiveSnapshot) => T): T {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}

export function useCellFindings(cellId: string): readonly Finding[] {
  return useLive((s) => s.byCell.get(cellId) ?? NO_FINDINGS);
}

export function useFieldFindings(field: string): readonly Finding[] {
  return useLive((s) => s.byField.get(field) ?? NO_FINDINGS);
}

/** The figure a computed cell shows ('' while all its parts are empty). */
export function useDisplayValue(cellId: string): string {
  return useLive((s) => s.display.get(cellId) ?? '');
}

export function useStepCounts(step: StepId): StepCounts {
  return useLive((s) => s.bySection[step]);
}

export function useAllFindings(): readonly Finding[] {
  return useLive((s) => s.findings);
}

/**
 * Renders nothing: watches the form and recomputes figures and findings on every change (not on
 * blur or submit), through the same pure checkReport the preview and the export use.
 */
export function LiveChecks({
  control,
  today,
}: {
  readonly control: Control<Report>;
  readonly today?: Date;
}): null {
  const store = useLiveStore();
  const [formatId, year, meta, preamble, narratives, cells, lastYear] = useWatch({
    control,
    name: ['formatId', 'year', 'meta', 'preamble', 'narratives', 'cells', 'lastYear'],
  });
  // This component re-renders exactly when a watched field changes; react-hook-form may hand back
  // the same (mutated) objects, so the check runs on every render rather than on changed deps.
  useEffect(() => {
    const format = getFormat(formatId);
    const input = {
      formatId,
      year: Number(year),
      meta: meta ?? { agencyName: '', signDate: '' },
      preamble: preamble ?? '',
      narratives: (narratives ?? {}) as Readonly<Record<string, string>>,
      cells: (cells ?? {}) as Readonly<Record<string, string>>,
    };
    const findings = checkReport(format, input, {
      ...(lastYear ? { lastYear } : {}),
      ...(today ? { today } : {}),
    });
    store.update(findings, resolveValues(format, input.cells));
  });
  return null;
}
