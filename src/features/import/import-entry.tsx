// The start screen's way in for existing reports: 导入 Word 或网页 (a file chosen or
// dropped: .docx, .html/.htm, .txt) and 粘贴报告内容 (a box that keeps the clipboard's HTML, so
// a page copied from the portal keeps its tables). Reading runs in a Web Worker with a progress
// line and 取消; a refused file says why here, and nothing is stored until 导入检查.
import { useEffect, useId, useRef, useState, type ClipboardEvent } from 'react';
import type { ImportResult } from '../../report/import/imported-report';
import { FileDropZone, FilePickButton } from '../../ui/file-drop-zone';
import { ModalDialog } from '../../ui/modal-dialog';
import type { PendingImport } from './import-check';
import type { ImportRequest } from './import-request';
import { readInWorker, warmReader, type ReadImport, type RunningRead } from './read-in-worker';

export type { PendingImport } from './import-check';

const ACCEPT =
  '.docx,.html,.htm,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain';

type Reading = { readonly what: string; readonly run: RunningRead };

/** Reads one request, keeping the running read so 取消 can end it. */
function useReader(read: ReadImport) {
  const [reading, setReading] = useState<Reading | undefined>();
  const current = useRef<RunningRead | undefined>(undefined);
  useEffect(() => () => current.current?.cancel(), []);
  const start = async (what: string, request: ImportRequest): Promise<ImportResult | 'cancelled'> => {
    current.current?.cancel();
    // 导入检查 is its own chunk: fetch it while the worker reads, so it opens as soon as the report is read.
    void import('./import-check').catch(() => undefined);
    const run = read(request);
    current.current = run;
    setReading({ what, run });
    const result = await run.result;
    if (current.current === run) {
      current.current = undefined;
      setReading(undefined);
    }
    return result;
  };
  const cancel = () => {
    current.current?.cancel();
    current.current = undefined;
    setReading(undefined);
  };
  return { reading, start, cancel };
}

function Progress({ what, onCancel }: { readonly what: string; readonly onCancel: () => void }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-md border border-blue-300 bg-blue-50 p-2 text-sm"
    >
      <span>正在读取{what}…</span>
      <progress aria-label={`读取${what}`} className="h-2 w-40" />
      <button type="button" className="btn btn-small" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}

export function ImportEntry({
  onRead,
  read = readInWorker,
  warm = warmReader,
}: {
  /** A report was read: show 导入检查. */
  readonly onRead: (pending: PendingImport) => void;
  readonly read?: ReadImport;
  readonly warm?: () => void;
}) {
  const { reading, start, cancel } = useReader(read);
  const [refused, setRefused] = useState<{ readonly what: string; readonly reason: string } | undefined>();
  const [pasting, setPasting] = useState(false);

  const readFile = async (file: File) => {
    setRefused(undefined);
    const what = `“${file.name}”`;
    const result = await start(what, { kind: 'file', file, name: file.name });
    if (result === 'cancelled') return;
    if (!result.ok) setRefused({ what, reason: result.reason });
    else onRead({ imported: result.report, document: result.document, source: `文件“${file.name}”` });
  };

  return (
    <section
      aria-label="导入已有的报告"
      className="space-y-2"
      // Pointing at the import, focusing it or dragging a file over it starts the readers, so the
      // file chosen a moment later is read by code already compiled.
      onPointerEnter={warm}
      onFocus={warm}
      onDragEnter={warm}
    >
      <FileDropZone
        disabled={reading !== undefined}
        onDrop={(data) => {
          const file = data.files[0];
          if (file) void readFile(file);
        }}
        className="flex flex-wrap items-center gap-3 p-3 text-sm"
      >
        <FilePickButton
          label="导入 Word 或网页"
          accept={ACCEPT}
          disabled={reading !== undefined}
          onFiles={([file]) => {
            if (file) void readFile(file);
          }}
        />
        <button
          type="button"
          className="btn"
          onClick={() => setPasting(true)}
          disabled={reading !== undefined}
        >
          粘贴报告内容
        </button>
        <span className="text-gray-600">
          选择或把已有的年度报告拖到这里：Word 文件（.docx）、网页（.html）或文本（.txt），读出后先核对再保存
        </span>
      </FileDropZone>
      {reading && !pasting ? <Progress what={reading.what} onCancel={cancel} /> : null}
      {refused ? (
        <div role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-sm text-red-900">
          没有导入{refused.what}：{refused.reason}。已有的报告没有任何改动。
        </div>
      ) : null}
      {pasting ? (
        <PasteDialog
          reading={reading}
          onCancelRead={cancel}
          onClose={() => {
            cancel();
            setPasting(false);
          }}
          onRecognise={async (content) => {
            const result = await start('粘贴的内容', { kind: 'paste', ...content });
            if (result === 'cancelled') return undefined;
            if (!result.ok) return result.reason;
            setPasting(false);
            onRead({ imported: result.report, document: result.document, source: '粘贴的内容' });
            return undefined;
          }}
        />
      ) : null}
    </section>
  );
}

function PasteDialog({
  reading,
  onCancelRead,
  onClose,
  onRecognise,
}: {
  readonly reading: Reading | undefined;
  readonly onCancelRead: () => void;
  readonly onClose: () => void;
  /** Resolves to the reason when the content was refused. */
  readonly onRecognise: (content: { html?: string; text: string }) => Promise<string | undefined>;
}) {
  const boxId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  /** The clipboard's HTML of the last paste: a page keeps its tables there. */
  const [html, setHtml] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  /** Pasted HTML whose text was then changed by hand: the text is read, and the box says so. */
  const [edited, setEdited] = useState(false);

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = e.clipboardData.getData('text/html');
    const pastedText = e.clipboardData.getData('text/plain');
    // Read both flavours ourselves: the box shows the text, the HTML is kept for 识别.
    e.preventDefault();
    const box = e.currentTarget;
    const before = text.slice(0, box.selectionStart);
    const after = text.slice(box.selectionEnd);
    const whole = before === '' && after === '';
    setText(before + pastedText + after);
    // HTML only stands for the whole report when it is all that is in the box.
    setHtml(pastedHtml.trim() !== '' && whole ? pastedHtml : undefined);
    setEdited(false);
    setProblem(undefined);
  };

  return (
    <ModalDialog title="粘贴报告内容" wide onClose={onClose}>
      <div className="space-y-3 text-sm">
        <label htmlFor={boxId} className="block font-medium text-slate-800">
          报告内容
        </label>
        <p id={hintId} className="text-slate-600">
          在网页或 Word 中选中整篇报告（连同表格）复制，再粘贴到下面。
        </p>
        <textarea
          id={boxId}
          aria-describedby={hintId}
          rows={10}
          className="w-full rounded border border-slate-300 px-3 py-2 font-mono text-xs"
          value={text}
          onPaste={onPaste}
          onChange={(e) => {
            setText(e.target.value);
            // What is read is what the box shows: once the pasted text is changed by hand, the
            // HTML pasted with it no longer says the same, and the box's text is read instead.
            if (html !== undefined) {
              setHtml(undefined);
              setEdited(e.target.value.trim() !== '');
            }
            setProblem(undefined);
          }}
        />
        {html ? (
          <p className="text-emerald-700">已粘贴网页内容（含表格结构），将按网页读取。</p>
        ) : edited ? (
          <p className="text-amber-800">
            粘贴后改动了内容，将按框中的文字读取，网页的表格结构不再使用；要按网页读取，请清空后重新粘贴。
          </p>
        ) : null}
        {reading ? <Progress what={reading.what} onCancel={onCancelRead} /> : null}
        {problem ? (
          <p role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-red-900">
            没有识别出报告：{problem}。已有的报告没有任何改动。
          </p>
        ) : null}
        <div className="flex justify-end gap-3">
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={reading !== undefined}
            onClick={() => {
              if (text.trim() === '' && !html) {
                setProblem('没有粘贴任何内容：请先复制报告全文（连同表格），再粘贴到“报告内容”中');
                return;
              }
              void onRecognise({ ...(html ? { html } : {}), text }).then(setProblem);
            }}
          >
            识别
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
