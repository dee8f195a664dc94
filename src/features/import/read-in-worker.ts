// Runs import requests in a Web Worker. One worker serves the page while it imports: the first
// read pays for compiling the readers, a second file or a corrected year does not. 取消 terminates
// it: a reader stuck on a hostile file stops at once and nothing it read reaches the page; the next
// request starts a new worker. An idle worker is ended after a while, freeing its memory.
import type { ImportResult } from '../../report/import/imported-report';
import { getFormat } from '../../template/formats';
import { formatCells } from '../../template/table-cells';
import type { ImportRequest } from './import-request';

export interface RunningRead {
  readonly result: Promise<ImportResult | 'cancelled'>;
  readonly cancel: () => void;
}

export type ReadImport = (request: ImportRequest) => RunningRead;

/** What the page posts to the worker, and what comes back for it. */
export interface WorkerQuestion {
  readonly id: number;
  readonly request: ImportRequest;
}
export interface WorkerAnswer {
  readonly id: number;
  readonly result: ImportResult;
}

/** The performance entry each read leaves, for `npm run bench`. */
export const READ_MEASURE = 'nianbao:import-read';

const WORKER_FAILED =
  '读取程序没有启动或中途出错，没有导入任何内容：请刷新页面后再试；如仍不行，请换用新版浏览器';

const IDLE_MS = 60_000;

let worker: Worker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let lastId = 0;
const waiting = new Map<
  number,
  { readonly settle: (r: ImportResult | 'cancelled') => void; readonly started: number }
>();

function endWorker(outcome: ImportResult | 'cancelled'): void {
  worker?.terminate();
  worker = undefined;
  clearTimeout(idleTimer);
  const all = [...waiting.values()];
  waiting.clear();
  for (const w of all) w.settle(outcome);
}

function startWorker(): Worker {
  const w = new Worker(new URL('./read-report.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const { id, result } = event.data;
    const asked = waiting.get(id);
    if (!asked) return;
    waiting.delete(id);
    // Read by `npm run bench`: from handing the request over to the report read.
    performance.measure(READ_MEASURE, { start: asked.started, end: performance.now() });
    asked.settle(result);
    if (waiting.size === 0) idleTimer = setTimeout(() => endWorker('cancelled'), IDLE_MS);
  };
  w.onerror = (event) => {
    event.preventDefault();
    endWorker({ ok: false, reason: WORKER_FAILED });
  };
  w.onmessageerror = () => endWorker({ ok: false, reason: WORKER_FAILED });
  return w;
}

/**
 * Starts the worker ahead of a read, when the person points at or focuses the import (choosing a
 * file or pasting takes them a second or more): the readers are then fetched and compiled before
 * the file arrives, and the first read is as quick as the next. A small text is read to compile
 * the recogniser too; its answer is dropped. An unused worker ends after IDLE_MS as usual.
 */
export function warmReader(): void {
  if (worker) return;
  worker = startWorker();
  const id = ++lastId;
  waiting.set(id, { settle: () => undefined, started: performance.now() });
  worker.postMessage({ id, request: { kind: 'paste', text: warmUpText() } } satisfies WorkerQuestion);
}

/** Enough of a report for the recogniser to run through every heading and a row of table 三. */
function warmUpText(): string {
  const format = getFormat('format-2021');
  const row = [...formatCells(format).values()].find((c) => c.tableId === format.ledger.requestsTableId);
  const figures = Array.from({ length: 7 }, () => '0').join('\t');
  return [...format.sections.map((s) => s.title), `${row?.rowPath.join('') ?? ''}\t${figures}`].join('\n');
}

export const readInWorker: ReadImport = (request) => {
  clearTimeout(idleTimer);
  worker ??= startWorker();
  const id = ++lastId;
  const result = new Promise<ImportResult | 'cancelled'>((settle) => {
    waiting.set(id, { settle, started: performance.now() });
  });
  worker.postMessage({ id, request } satisfies WorkerQuestion);
  return {
    result,
    cancel: () => {
      if (waiting.has(id)) endWorker('cancelled');
    },
  };
};
