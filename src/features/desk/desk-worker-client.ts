// The page's side of the desk worker: one worker for the page's life, started when first needed.
// 取消 ends the worker (a file being read cannot be interrupted otherwise); the next request starts
// a new one.
import type { DeskEntry } from '../../report/desk/desk-entry';
import type { DeskFileResult } from '../../report/desk/read-desk-file';
import type { DeskReview } from '../../report/desk/review-desk';
import type { DeskRequest, DeskResponse } from './desk-protocol';

interface Reading {
  readonly onFile: (result: DeskFileResult, done: number, total: number) => void;
  readonly resolve: (finished: boolean) => void;
  readonly reject: (e: Error) => void;
}

const START_FAILED = '无法启动后台读取（Web Worker），请使用新版 Chrome、Edge 或 360 浏览器（极速模式）';

export class DeskWorkerClient {
  private worker: Worker | undefined;
  private reading: Reading | undefined;
  private seq = 0;
  private pendingReview:
    | {
        readonly seq: number;
        readonly resolve: (r: DeskReview | undefined) => void;
        readonly reject: (e: Error) => void;
      }
    | undefined;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./desk-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DeskResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(START_FAILED));
    };
    this.worker = worker;
    return worker;
  }

  private send(request: DeskRequest): void {
    this.start().postMessage(request);
  }

  private receive(message: DeskResponse): void {
    switch (message.type) {
      case 'file':
        this.reading?.onFile(message.result, message.done, message.total);
        return;
      case 'read-done': {
        const reading = this.reading;
        this.reading = undefined;
        reading?.resolve(true);
        return;
      }
      case 'reviewed':
        if (this.pendingReview?.seq === message.seq) {
          this.pendingReview.resolve(message.review);
          this.pendingReview = undefined;
        }
        return;
      case 'failed':
        this.fail(new Error(message.message));
        return;
    }
  }

  private fail(error: Error): void {
    this.reading?.reject(error);
    this.reading = undefined;
    this.pendingReview?.reject(error);
    this.pendingReview = undefined;
    this.worker?.terminate();
    this.worker = undefined;
  }

  /** Reads the files, handing over each result as it comes; resolves false when cancelled. */
  read(files: readonly File[], today: Date, onFile: Reading['onFile']): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.reading = { onFile, resolve, reject };
      this.send({ type: 'read', files, today: today.getTime() });
    });
  }

  /** Ends the reading under way: the files already read have been handed over. */
  cancel(): void {
    const reading = this.reading;
    const review = this.pendingReview;
    this.reading = undefined;
    this.pendingReview = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    reading?.resolve(false);
    review?.resolve(undefined);
  }

  /** The review of the entries; a review asked for later makes this one resolve undefined. */
  review(
    entries: readonly DeskEntry[],
    today: Date,
    expected?: { readonly names: readonly string[]; readonly year: number },
  ): Promise<DeskReview | undefined> {
    this.pendingReview?.resolve(undefined);
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pendingReview = { seq, resolve, reject };
      this.send({ type: 'review', seq, entries, today: today.getTime(), ...(expected ? { expected } : {}) });
    });
  }

  dispose(): void {
    this.cancel();
  }
}
