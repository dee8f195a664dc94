// The desk's Web Worker: reads the dropped files one after another (posting each as it is done,
// so the page moves its progress bar and stays drawn) and runs the review across reports. No React
// and no DOM here: the readers are pure (htmlparser2 and fflate, not DOMParser).
import { readDeskFile } from '../../report/desk/read-desk-file';
import { reviewDesk } from '../../report/desk/review-desk';
import type { DeskRequest, DeskResponse } from './desk-protocol';

const scope = globalThis as unknown as {
  postMessage(message: DeskResponse): void;
  onmessage: ((event: MessageEvent<DeskRequest>) => void) | null;
};

async function readFiles(files: readonly File[], today: Date): Promise<void> {
  let done = 0;
  for (const file of files) {
    let result;
    try {
      result = readDeskFile(file.name, new Uint8Array(await file.arrayBuffer()), today);
    } catch (e) {
      // A reader that throws is a defect, but it must not stop the other files.
      const why = e instanceof Error ? e.message : String(e);
      result = { ok: false as const, fileName: file.name, reason: `读取时出错：${why}` };
    }
    done++;
    scope.postMessage({ type: 'file', done, total: files.length, result });
  }
  scope.postMessage({ type: 'read-done' });
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'read') {
    readFiles(request.files, new Date(request.today)).catch((e: unknown) =>
      scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return;
  }
  try {
    const review = reviewDesk(request.entries, {
      today: new Date(request.today),
      ...(request.expected ? { expected: request.expected } : {}),
    });
    scope.postMessage({ type: 'reviewed', seq: request.seq, review });
  } catch (e) {
    scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
