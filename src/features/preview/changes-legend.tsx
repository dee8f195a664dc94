import type { ReviewChanges } from '../../report/review-snapshot';
import { reviewTime } from '../../ui/review-time';
import { CHANGED_NOTE_ID } from './changed-cells';

/**
 * For the supervisor reviewing a resubmitted report: what the marks on the pages mean and how many
 * there are. Its first words are the description every marked cell and paragraph carries.
 */
export function ChangesLegend({ changes }: { readonly changes: ReviewChanges }) {
  const paragraphs = [...changes.paragraphs.values()].reduce((n, s) => n + s.size, 0);
  const cells = changes.cells.size;
  const parts = [
    cells > 0 ? `${cells} 个单元格` : '',
    paragraphs > 0 ? `${paragraphs} 段文字` : '',
    changes.removed > 0 ? `删除了 ${changes.removed} 段` : '',
  ].filter(Boolean);
  return (
    <aside aria-label="自上次审核后的修改" className="rp-screen-only rp-changes">
      {parts.length === 0 ? (
        <p>自上次审核（{reviewTime(changes.since)}）以来，报告的数字和文字都没有修改。</p>
      ) : (
        <p>
          <span className="rp-changed rp-changes-swatch" aria-hidden="true" />
          <span id={CHANGED_NOTE_ID}>自上次审核后已修改</span>（上次审核：{reviewTime(changes.since)}）：
          {parts.join('，')}。页面上以黄底标出。
        </p>
      )}
    </aside>
  );
}
