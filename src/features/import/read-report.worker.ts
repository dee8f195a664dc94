// The import worker: reads files and pasted content into imported reports off the page's thread.
// Pure relay, no React: the reading itself is runImportRequest. Each answer carries the id of its
// request; the worker stays up between requests, so a second file or a corrected year is read by
// code the engine has already compiled.
import { runImportRequest } from './import-request';
import type { WorkerAnswer, WorkerQuestion } from './read-in-worker';

const UNEXPECTED = '读取时出现意外错误，没有导入任何内容：请另存为 .docx 或复制网页内容后再试';

self.onmessage = (event: MessageEvent<WorkerQuestion>) => {
  const { id, request } = event.data;
  const answer = (result: WorkerAnswer['result']) => self.postMessage({ id, result } satisfies WorkerAnswer);
  runImportRequest(request).then(answer, () => answer({ ok: false, reason: UNEXPECTED }));
};
