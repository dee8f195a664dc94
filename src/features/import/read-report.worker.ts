// The import worker: reads one file or pasted content into an imported report off the page's
// thread. Pure relay, no React: the reading itself is runImportRequest.
import { runImportRequest, type ImportRequest } from './import-request';

const UNEXPECTED = '读取时出现意外错误，没有导入任何内容：请另存为 .docx 或复制网页内容后再试';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  runImportRequest(event.data).then(
    (result) => self.postMessage(result),
    () => self.postMessage({ ok: false, reason: UNEXPECTED }),
  );
};
