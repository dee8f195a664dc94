// The desk's state: the entries kept in the desk's own store, files being read in the worker, the
// files that could not be read, and the review, recomputed in the worker after every change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createDeskEntry, type DeskEntry } from '../../report/desk/desk-entry';
import { addDeskEntries, clearDesk, listDeskEntries, removeDeskEntry } from '../../report/desk/desk-storage';
import type { DeskFileResult } from '../../report/desk/read-desk-file';
import type { DeskReview } from '../../report/desk/review-desk';
import { loadLatestReports } from '../../report/load-latest-report';
import type { Report } from '../../report/report-schema';
import type { ReadingProgress } from './add-files';
import { DeskWorkerClient } from './desk-worker-client';

export interface Unreadable {
  readonly fileName: string;
  readonly reason: string;
}

export interface Expected {
  readonly names: readonly string[];
  readonly year: number;
}

/** The id a report of this browser gets on the desk: adding it again replaces it. */
const browserEntryId = (r: Report) => `browser:${r.id}`;

export function useDesk() {
  const client = useRef<DeskWorkerClient | undefined>(undefined);
  const worker = useCallback(() => (client.current ??= new DeskWorkerClient()), []);
  useEffect(() => () => client.current?.dispose(), []);

  const [entries, setEntries] = useState<readonly DeskEntry[] | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [browserReports, setBrowserReports] = useState<readonly Report[]>([]);
  useEffect(() => {
    let live = true;
    listDeskEntries().then(
      (list) => live && setEntries(list),
      () => {
        if (!live) return;
        setLoadError('无法读取审查汇总中保存的报告（浏览器存储不可用）。新添加的报告只在本页有效。');
        setEntries([]);
      },
    );
    loadLatestReports().then(
      (list) => live && setBrowserReports(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const [progress, setProgress] = useState<ReadingProgress | undefined>();
  const [unreadable, setUnreadable] = useState<readonly Unreadable[]>([]);
  const [message, setMessage] = useState<string | undefined>();

  const keep = useCallback(async (added: readonly DeskEntry[]) => {
    if (added.length === 0) return;
    const ids = new Set(added.map((e) => e.id));
    setEntries((prev) => [...(prev ?? []).filter((e) => !ids.has(e.id)), ...added]);
    try {
      await addDeskEntries(added);
    } catch {
      setMessage('报告已读取，但未能保存到浏览器存储：关闭本页后需要重新添加。');
    }
  }, []);

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      // Results come back as the workers finish them; they are kept in the order of the files.
      const results: DeskFileResult[] = [];
      setUnreadable([]);
      setMessage(undefined);
      setProgress({ done: 0, total: files.length, current: '' });
      let finished = false;
      try {
        finished = await worker().read(files, new Date(), (result, index, done, total) => {
          results[index] = result;
          setProgress({ done, total, current: files[index]?.name ?? '' });
        });
      } catch (e) {
        setMessage(e instanceof Error ? e.message : String(e));
      }
      const read: DeskEntry[] = [];
      const failed: Unreadable[] = [];
      for (const result of results) {
        if (!result) continue;
        if (result.ok) read.push(result.entry);
        else failed.push({ fileName: result.fileName, reason: result.reason });
      }
      setProgress(undefined);
      setUnreadable(failed);
      await keep(read);
      const parts = [`已添加 ${read.length} 份报告`];
      if (failed.length > 0) parts.push(`${failed.length} 个文件未能读取`);
      if (!finished) parts.unshift(`已取消：${files.length - read.length - failed.length} 个文件未读取`);
      setMessage((m) => m ?? parts.join('；'));
    },
    [worker, keep],
  );

  const cancel = useCallback(() => worker().cancel(), [worker]);

  const addBrowserReports = useCallback(async () => {
    const now = new Date();
    await keep(
      browserReports.map((report) =>
        createDeskEntry({
          id: browserEntryId(report),
          report,
          source: { kind: 'browser', fileName: '' },
          now,
        }),
      ),
    );
    setMessage(`已添加本浏览器中的 ${browserReports.length} 份报告`);
  }, [browserReports, keep]);

  const remove = useCallback(async (id: string) => {
    setEntries((prev) => prev?.filter((e) => e.id !== id));
    await removeDeskEntry(id).catch(() => undefined);
  }, []);

  const clear = useCallback(async () => {
    setEntries([]);
    setUnreadable([]);
    await clearDesk().catch(() => undefined);
    setMessage('已清空审查汇总中的全部报告；本浏览器中编写的报告不受影响。');
  }, []);

  const [expected, setExpected] = useState<Expected | undefined>();
  const [review, setReview] = useState<DeskReview | undefined>();
  const [reviewError, setReviewError] = useState<string | undefined>();
  // While files are read the list grows at the end; the review waits for them all.
  const idle = progress === undefined;
  useEffect(() => {
    if (!entries || !idle) return;
    let live = true;
    worker()
      .review(entries, new Date(), expected)
      .then(
        (r) => {
          if (live && r) {
            setReview(r);
            setReviewError(undefined);
          }
        },
        (e: unknown) => live && setReviewError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      live = false;
    };
  }, [entries, expected, worker, idle]);

  return {
    entries,
    review,
    reviewError,
    loadError,
    progress,
    unreadable,
    message,
    browserReports: browserReports.length,
    expected,
    setExpected,
    addFiles,
    cancel,
    addBrowserReports,
    remove,
    clear,
  };
}
