// The page's side of the desk workers: started when first needed and kept for the page's life.
// Files are read by a few workers at once, each handed the next file as it finishes one, so a
// folder of a hundred Word files takes the time of the slowest share rather than of them all; the
// review across reports runs in the first worker. 取消 ends the workers (a file being read cannot
// be interrupted otherwise); the next request starts new ones.
import type { DeskEntry } from '../../report/desk/desk-entry';
import type { DeskFileResult } from '../../report/desk/read-desk-file';
import type { DeskReview } from '../../report/desk/review-desk';
import type { DeskRequest, DeskResponse } from './desk-protocol';

interface Reading {
  readonly files: readonly File[];
  readonly today: number;
  /** The next file to hand to a worker that is free. */
  next: number;
  done: number;
  /** Which file each busy worker is reading. */
  readonly busy: Map<Worker, number>;
  readonly onFile: (result: DeskFileResult, index: number, done: number, total: number) => void;
  readonly resolve: (finished: boolean) => void;
  readonly reject: (e: Error) => void;
}

const START_FAILED = '无法启动后台读取（Web Worker），请使用新版 Chrome、Edge 或 360 浏览器（极速模式）';

/**
 * How many workers read at once. Two even on a two-core PC: while they read, the page only moves
 * its progress bar, so both cores are put to work and the page still draws. More cores, more
 * workers, up to four (each holds its own copy of the readers).
 */
function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.min(4, Math.max(2, cores - 1));
}

export class DeskWorkerClient {
  private workers: Worker[] = [];
  private reading: Reading | undefined;
  private seq = 0;
  private pendingReview:
    | {
        readonly seq: number;
        readonly resolve: (r: DeskReview | undefined) => void;
        readonly reject: (e: Error) => void;
      }
    | undefined;

  private worker(i: number): Worker {
    const existing = this.workers[i];
    if (existing) return existing;
    const worker = new Worker(new URL('./desk-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DeskResponse>) => this.receive(worker, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(START_FAILED));
    };
    this.workers[i] = worker;
    return worker;
  }

  private send(worker: Worker, request: DeskRequest): void {
    worker.postMessage(request);
  }

  /** Gives the worker the next file not yet handed out; resolves the reading when all are done. */
  private feed(worker: Worker): void {
    const reading = this.reading;
    if (!reading) return;
    const index = reading.next;
    const file = reading.files[index];
    if (file === undefined) {
      if (reading.busy.size === 0) {
        this.reading = undefined;
        reading.resolve(true);
      }
      return;
    }
    reading.next++;
    reading.busy.set(worker, index);
    this.send(worker, { type: 'read', files: [file], today: reading.today });
  }

  private receive(worker: Worker, message: DeskResponse): void {
    switch (message.type) {
      case 'file': {
        const reading = this.reading;
        const index = reading?.busy.get(worker);
        if (!reading || index === undefined) return;
        reading.done++;
        reading.onFile(message.result, index, reading.done, reading.files.length);
        return;
      }
      case 'read-done':
        this.reading?.busy.delete(worker);
        this.feed(worker);
        return;
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

  private stop(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }

  private fail(error: Error): void {
    this.reading?.reject(error);
    this.reading = undefined;
    this.pendingReview?.reject(error);
    this.pendingReview = undefined;
    this.stop();
  }

  /**
   * Reads the files, handing over each result as it comes with the file's place in `files` (they
   * finish out of order); resolves false when cancelled.
   */
  read(files: readonly File[], today: Date, onFile: Reading['onFile']): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.reading = {
        files,
        today: today.getTime(),
        next: 0,
        done: 0,
        busy: new Map(),
        onFile,
        resolve,
        reject,
      };
      const size = Math.min(poolSize(), Math.max(1, files.length));
      for (let i = 0; i < size; i++) this.feed(this.worker(i));
    });
  }

  /** Ends the reading under way: the files already read have been handed over. */
  cancel(): void {
    const reading = this.reading;
    const review = this.pendingReview;
    this.reading = undefined;
    this.pendingReview = undefined;
    this.stop();
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
      this.send(this.worker(0), {
        type: 'review',
        seq,
        entries,
        today: today.getTime(),
        ...(expected ? { expected } : {}),
      });
    });
  }

  dispose(): void {
    this.cancel();
  }
}
