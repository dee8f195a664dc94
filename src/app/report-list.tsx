// The reports kept in this browser, one row each: 机关, 年度, 格式, 状态, when it was last saved and
// backed up to a draft file, its errors, and 打开, 复制, 新建下一年度报告, 删除.
import { REVIEW_STATUS_NAMES, type Report } from '../report/report-schema';
import { getFormat } from '../template/formats';
import { ColumnHeads } from '../ui/column-heads';
import { countErrors } from './count-errors';
import { routeHash } from './hash-route';

function savedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function ReportList({
  reports,
  backups,
  onCopy,
  onNextYear,
  onDelete,
}: {
  readonly reports: readonly Report[];
  /** When a draft file of each report was last exported (report id → ISO time). */
  readonly backups: Readonly<Record<string, string>>;
  readonly onCopy: (report: Report) => void;
  readonly onNextYear: (report: Report) => void;
  readonly onDelete: (report: Report) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <ColumnHeads
            heads={['机关', '年度', '格式', '状态', '最后保存', '上次备份', '错误', { hidden: '操作' }]}
          />
        </thead>
        <tbody>
          {reports.map((r) => {
            const errors = countErrors(r);
            return (
              <tr key={r.id} className="border-t border-slate-100">
                <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                  {r.meta.agencyName || '（未填机关名称）'}
                </th>
                <td className="px-4 py-2">{r.year}</td>
                <td className="px-4 py-2 text-slate-600">{getFormat(r.formatId).notice}</td>
                <td className="px-4 py-2">{REVIEW_STATUS_NAMES[r.review.status]}</td>
                <td className="px-4 py-2 text-slate-600">{savedAt(r.updatedAt)}</td>
                <td className="px-4 py-2 text-slate-600">
                  {backups[r.id] ? savedAt(backups[r.id] ?? '') : '从未导出草稿'}
                </td>
                <td className={`px-4 py-2 ${errors > 0 ? 'text-red-700' : 'text-emerald-700'}`}>
                  {errors > 0 ? `${errors} 个` : '无'}
                </td>
                <td className="px-4 py-2">
                  <div className="flex justify-end gap-2">
                    <a
                      className="btn btn-small btn-primary"
                      href={routeHash({ name: 'editor', reportId: r.id, step: 'meta' })}
                    >
                      打开
                    </a>
                    <button type="button" className="btn btn-small" onClick={() => onCopy(r)}>
                      复制
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => onNextYear(r)}>
                      新建下一年度报告
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => onDelete(r)}>
                      删除
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
