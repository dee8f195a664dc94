// Stored reports the format refuses (damaged, or stored with limits this version does not have, or
// by a newer version) stay listed, marked 无法打开 with their reason: the record can be
// exported exactly as stored, opened with what can be salvaged (as a new report, the record
// itself untouched), or deleted once the clerk has what they need.
import { useState } from 'react';
import { safeFileName } from '../report/safe-file-name';
import type { Report } from '../report/report-schema';
import { salvageReport } from '../report/salvage-report';
import type { StoredEntry } from '../report/stored-record';
import { ColumnHeads } from '../ui/column-heads';
import { downloadBlob } from '../ui/download-blob';
import { ConfirmDialog } from '../ui/modal-dialog';
import { routeHash } from './hash-route';

export type UnreadableEntry = Extract<StoredEntry, { kind: 'unreadable' }>;

function exportRaw(e: UnreadableEntry): void {
  const name = safeFileName(`${e.agencyName.trim() || '未命名机关'}${e.year ?? ''}年报告原始数据.json`);
  downloadBlob(new Blob([JSON.stringify(e.raw, null, 2)], { type: 'application/json' }), name);
}

export function UnreadableReports({
  entries,
  onSalvage,
  onDelete,
}: {
  readonly entries: readonly UnreadableEntry[];
  /** Stores the salvaged copy as a new report; false when the store refused it. */
  readonly onSalvage: (report: Report) => Promise<boolean>;
  readonly onDelete: (entry: UnreadableEntry) => void;
}) {
  const [deleting, setDeleting] = useState<UnreadableEntry | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<{ report: Report; notes: readonly string[] } | undefined>();
  if (entries.length === 0 && !done) return null;
  const salvage = async (e: UnreadableEntry) => {
    setProblem(undefined);
    setDone(undefined);
    const out = salvageReport(e.rawReport);
    if (!out) {
      setProblem(
        `“${e.agencyName || e.id}”中没有可恢复的内容（无法确定报告格式），请导出原始数据后联系技术人员。`,
      );
    } else if (await onSalvage(out.report)) {
      setDone(out);
    } else {
      setProblem('恢复的内容没有保存成功（浏览器存储出错），请稍后再试。');
    }
  };
  return (
    <section aria-labelledby="unreadable-title" className="mt-6">
      <h2 id="unreadable-title" className="mb-2 text-base font-semibold text-red-800">
        无法打开的报告
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        以下报告仍保存在本浏览器中，但内容不符合报告格式，不能直接打开。可先“导出原始数据”留存原样文件，再“打开可恢复的内容”：能读取的部分会复制成一份新报告，原记录保持不变。
      </p>
      {problem ? (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {problem}
        </p>
      ) : null}
      {done ? (
        <div role="status" className="mb-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          <p>
            已把可恢复的内容另存为一份新报告（见上方列表），原记录保持不变。
            <a
              className="ml-2 underline"
              href={routeHash({ name: 'editor', reportId: done.report.id, step: 'meta' })}
            >
              打开恢复的报告
            </a>
          </p>
          {done.notes.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {done.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {entries.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-red-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-red-50 text-slate-600">
              <ColumnHeads heads={['机关', '年度', '状态', '原因', { hidden: '操作' }]} />
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-t border-slate-100">
                  <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                    {e.agencyName || '（未填机关名称）'}
                  </th>
                  <td className="px-4 py-2">{e.year ?? ''}</td>
                  <td className="px-4 py-2 font-medium text-red-700">无法打开</td>
                  <td className="px-4 py-2 text-slate-700">{e.reason}</td>
                  <td className="px-4 py-2">
                    <div className="flex justify-end gap-2">
                      <button type="button" className="btn btn-small" onClick={() => exportRaw(e)}>
                        导出原始数据
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-primary"
                        onClick={() => void salvage(e)}
                      >
                        打开可恢复的内容
                      </button>
                      <button type="button" className="btn btn-small" onClick={() => setDeleting(e)}>
                        删除
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="删除无法打开的报告"
          danger
          message={`确定删除“${deleting.agencyName || '未填机关名称'}”的原始记录吗？删除前请先导出原始数据。`}
          confirmLabel="删除"
          onConfirm={() => {
            onDelete(deleting);
            setDeleting(undefined);
          }}
          onCancel={() => setDeleting(undefined)}
        />
      ) : null}
    </section>
  );
}
