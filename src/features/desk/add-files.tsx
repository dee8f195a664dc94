// Where reports come into the desk: a multi-file input (添加报告文件), a folder input, a drop zone
// for many files or whole folders, and the reports kept in this browser. While files are read, a
// progress bar with the file at hand and 取消.
import { useId, useState, type DragEvent } from 'react';
import { droppedFiles, isJunkFile } from './dropped-files';

export interface ReadingProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string;
}

const ACCEPT = '.docx,.html,.htm,.txt,.json,.doc,.wps,.mht,.pdf';

export function AddFiles({
  progress,
  browserReports,
  onFiles,
  onCancel,
  onAddBrowserReports,
}: {
  readonly progress: ReadingProgress | undefined;
  /** How many reports this browser keeps for the clerk (0: the offer is not shown). */
  readonly browserReports: number;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onCancel: () => void;
  readonly onAddBrowserReports: () => void;
}) {
  const [over, setOver] = useState(false);
  const hintId = useId();
  const busy = progress !== undefined;
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])].filter((f) => !isJunkFile(f.name));
    if (files.length > 0) onFiles(files);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (busy) return;
    droppedFiles(e.dataTransfer).then(
      (files) => files.length > 0 && onFiles(files),
      () => undefined,
    );
  };
  return (
    <section aria-label="添加报告" className="rounded-lg border border-slate-200 bg-white p-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`rounded-md border-2 border-dashed p-4 ${over ? 'border-blue-600 bg-blue-50' : 'border-slate-300'}`}
      >
        <div className="flex flex-wrap items-center gap-3">
          <label className={`btn btn-primary ${busy ? 'pointer-events-none opacity-50' : ''}`}>
            添加报告文件
            <input
              type="file"
              multiple
              accept={ACCEPT}
              disabled={busy}
              aria-describedby={hintId}
              className="sr-only"
              onChange={(e) => {
                take(e.target.files);
                e.target.value = '';
              }}
            />
          </label>
          <label className={`btn ${busy ? 'pointer-events-none opacity-50' : ''}`}>
            添加文件夹
            <input
              type="file"
              multiple
              disabled={busy}
              className="sr-only"
              // webkitdirectory is not in React's types; every browser the app supports knows it.
              {...{ webkitdirectory: '' }}
              onChange={(e) => {
                take(e.target.files);
                e.target.value = '';
              }}
            />
          </label>
          {browserReports > 0 ? (
            <button type="button" className="btn" disabled={busy} onClick={onAddBrowserReports}>
              添加本浏览器中的报告（{browserReports} 份）
            </button>
          ) : null}
        </div>
        <p id={hintId} className="mt-2 text-sm text-slate-600">
          可一次选择或拖入多个文件或整个文件夹：Word
          文件（.docx）、网页（.html）、文本（.txt）和本系统的草稿文件（.json）。文件只在本浏览器中读取，不会上传。
        </p>
      </div>
      {progress ? (
        <div className="mt-3 flex flex-wrap items-center gap-3" role="status">
          <progress
            aria-label="读取报告文件"
            className="h-3 w-64"
            max={progress.total}
            value={progress.done}
          />
          <span className="text-sm text-slate-700">
            已读取 {progress.done} / {progress.total}
            {progress.current ? `：${progress.current}` : ''}
          </span>
          <button type="button" className="btn btn-small" onClick={onCancel}>
            取消
          </button>
        </div>
      ) : null}
    </section>
  );
}
