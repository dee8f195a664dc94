// What the page asks the import worker to do, and the pure function that does it. The worker
// (read-report.worker.ts) only relays messages to runImportRequest, so the reading is tested
// here without a worker, and the page never parses a file on its own thread.
import type { ImportResult } from '../../report/import/imported-report';
import { readPastedReport } from '../../report/import/read-pasted-report';
import { readReportFile, refuseBySize } from '../../report/import/read-report-file';
import { recogniseReport } from '../../report/import/recognise-report';
import type { SourceDocument } from '../../report/import/source-document';

export type ImportRequest =
  /** A file the person chose or dropped; read in the worker, so a large file never blocks the page. */
  | { readonly kind: 'file'; readonly file: Blob; readonly name: string }
  /** What was pasted into 报告内容: the clipboard's `text/html` when it had some, and its text. */
  | { readonly kind: 'paste'; readonly html?: string; readonly text: string }
  /** The blocks already read, again in the format of the year the person corrected. */
  | { readonly kind: 'recognise'; readonly document: SourceDocument; readonly year: number };

const READ_FAILED = '无法读取这个文件（浏览器没有读出文件内容）：请确认文件没有被移动或占用，再选择一次';

export async function runImportRequest(request: ImportRequest): Promise<ImportResult> {
  switch (request.kind) {
    case 'file': {
      const bySize = refuseBySize(request.file.size);
      if (bySize) return bySize;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await request.file.arrayBuffer());
      } catch {
        return { ok: false, reason: READ_FAILED };
      }
      return readReportFile(request.name, bytes);
    }
    case 'paste':
      return readPastedReport({ ...(request.html ? { html: request.html } : {}), text: request.text });
    case 'recognise':
      return recogniseReport(request.document, { year: request.year });
  }
}
