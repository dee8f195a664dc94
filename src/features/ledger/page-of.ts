/** Rows shown at once: a year's ledger is a few dozen rows; a county office's may be thousands. */
export const PAGE_SIZE = 100;

/** The rows of `page` (clamped to the pages there are), as a slice. */
export function pageOf(
  page: number,
  total: number,
): { readonly page: number; readonly from: number; readonly to: number } {
  const last = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
  const p = Math.min(Math.max(0, page), last);
  return { page: p, from: p * PAGE_SIZE, to: Math.min(total, (p + 1) * PAGE_SIZE) };
}
