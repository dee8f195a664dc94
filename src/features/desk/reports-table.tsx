// One row per report on the desk: office, year, format, the file it came from, the editor's error
// and warning counts and a short line of what is wrong. A copy counted elsewhere says 重复.
import { describeSource } from '../../report/desk/desk-entry';
import type { DeskReview, EntryReview } from '../../report/desk/review-desk';
import { getFormat } from '../../template/formats';

function Counts({ n, tone }: { readonly n: number; readonly tone: 'error' | 'warning' }) {
  if (n === 0) return <span className="text-slate-400">0</span>;
  return <span className={tone === 'error' ? 'font-medium text-red-700' : 'text-amber-700'}>{n}</span>;
}

function Row({
  r,
  keptName,
  onOpen,
  onRemove,
  onOpinion,
}: {
  readonly r: EntryReview;
  readonly keptName: string | undefined;
  readonly onOpen: (id: string) => void;
  readonly onRemove: (id: string) => void;
  readonly onOpinion: (officeId: string, year: number) => void;
}) {
  const { entry, office, check } = r;
  const title = `${office.name} ${entry.report.year}年度`;
  return (
    <tr className={`border-t border-slate-100 ${r.duplicateOf ? 'bg-slate-50 text-slate-500' : ''}`}>
      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
        {office.name}
        {r.duplicateOf ? (
          <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal text-slate-700">
            重复
          </span>
        ) : null}
      </th>
      <td className="px-3 py-2">{entry.report.year}</td>
      <td className="px-3 py-2 whitespace-nowrap text-slate-600">
        {getFormat(entry.report.formatId).notice}
      </td>
      <td className="max-w-48 truncate px-3 py-2 text-slate-600" title={describeSource(entry)}>
        {entry.source.fileName || describeSource(entry)}
      </td>
      <td className="px-3 py-2 text-right">
        <Counts n={check.errors} tone="error" />
      </td>
      <td className="px-3 py-2 text-right">
        <Counts n={check.warnings} tone="warning" />
      </td>
      <td className="px-3 py-2">{r.duplicateOf ? `重复，按“${keptName ?? ''}”计一次` : check.summary}</td>
      <td className="px-3 py-2">
        <div className="flex justify-end gap-2">
          <button
            type="button"
            className="btn btn-small btn-primary"
            aria-label={`查看 ${title}`}
            onClick={() => onOpen(entry.id)}
          >
            查看
          </button>
          {r.duplicateOf ? null : (
            <button
              type="button"
              className="btn btn-small"
              aria-label={`下载审查意见 ${title}`}
              onClick={() => onOpinion(office.id, entry.report.year)}
            >
              审查意见
            </button>
          )}
          <button
            type="button"
            className="btn btn-small"
            aria-label={`移除 ${title}`}
            onClick={() => onRemove(entry.id)}
          >
            移除
          </button>
        </div>
      </td>
    </tr>
  );
}

export function ReportsTable({
  review,
  onOpen,
  onRemove,
  onOpinion,
}: {
  readonly review: DeskReview;
  readonly onOpen: (id: string) => void;
  readonly onRemove: (id: string) => void;
  readonly onOpinion: (officeId: string, year: number) => void;
}) {
  const byId = new Map(review.entries.map((r) => [r.entry.id, r] as const));
  const nameOf = (id: string | undefined) => {
    const e = id ? byId.get(id)?.entry : undefined;
    return e ? e.source.fileName || describeSource(e) : undefined;
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" aria-label="报告列表">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {['机关', '年度', '格式', '来源文件', '错误', '警告', '问题'].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {h}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {review.entries.map((r) => (
            <Row
              key={r.entry.id}
              r={r}
              keptName={nameOf(r.duplicateOf)}
              onOpen={onOpen}
              onRemove={onRemove}
              onOpinion={onOpinion}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
