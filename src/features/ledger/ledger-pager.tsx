import { PAGE_SIZE, pageOf } from './page-of';

export function LedgerPager({
  label,
  page,
  total,
  onPage,
}: {
  readonly label: string;
  readonly page: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
}) {
  if (total <= PAGE_SIZE) return null;
  const { from, to } = pageOf(page, total);
  const pages = Math.ceil(total / PAGE_SIZE);
  return (
    <nav aria-label={`${label}分页`} className="ml-auto flex items-center gap-2 text-sm">
      <button type="button" className="btn btn-small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        上一页
      </button>
      <span>
        第 {from + 1}–{to} 条（共 {total} 条）
      </span>
      <button
        type="button"
        className="btn btn-small"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        下一页
      </button>
    </nav>
  );
}
