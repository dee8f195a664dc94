// Runs one import request in a fresh Web Worker. 取消 terminates it: a reader stuck on a hostile
// file stops at once, and nothing it read reaches the page.
import type { ImportResult } from '../../report/import/imported-report';
import type { ImportRequest } from './import-request';

export interface RunningRead {
  readonly result: Promise<ImportResult | 'cancelled'>;
  readonly cancel: () => void;
}

export type ReadImport = (request: ImportRequest) => RunningRead;

const WORKER_FAILED =
  '读取程序没有启动或中途出错，没有导入任何内容：请刷新页面后再试；如仍不行，请换用新版浏览器';

export const readInWorker: ReadImport = (request) => {
  const worker = new Worker(new URL('./read-report.worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: ImportResult | 'cancelled') => void = () => undefined;
  const result = new Promise<ImportResult | 'cancelled'>((resolve) => {
    settle = resolve;
  });
  const finish = (value: ImportResult | 'cancelled') => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<ImportResult>) => finish(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, reason: WORKER_FAILED });
  };
  worker.onmessageerror = () => finish({ ok: false, reason: WORKER_FAILED });
  worker.postMessage(request);
  return { result, cancel: () => finish('cancelled') };
};
