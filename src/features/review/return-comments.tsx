import { useId } from 'react';
import type { FormatSpec } from '../../template/spec-types';
import { partTitles } from '../../template/part-titles';
import type { PartId } from '../../template/section-ids';

/** A comment being written in the 退回修改 form, attached to one part of the report. */
export interface DraftComment {
  readonly key: number;
  readonly sectionId: PartId;
  readonly text: string;
}

/** The comments of a return, one per part of the report, added and removed one by one. */
export function ReturnComments(props: {
  readonly format: FormatSpec;
  readonly comments: readonly DraftComment[];
  readonly setComments: (update: (list: readonly DraftComment[]) => readonly DraftComment[]) => void;
}) {
  const ids = useId();
  const { comments, setComments } = props;
  const choices = partTitles(props.format);
  const updateComment = (key: number, patch: Partial<DraftComment>) =>
    setComments((list) => list.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">修改意见（每条意见对应报告的一个部分）</legend>
      {comments.map((c, i) => (
        <div key={c.key} className="flex flex-wrap items-start gap-2">
          <label htmlFor={`${ids}-s-${c.key}`} className="sr-only">
            第 {i + 1} 条意见所在部分
          </label>
          <select
            id={`${ids}-s-${c.key}`}
            className="rounded border border-gray-400 px-2 py-1"
            value={c.sectionId}
            onChange={(e) => updateComment(c.key, { sectionId: e.target.value as PartId })}
          >
            {choices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-t-${c.key}`} className="sr-only">
            第 {i + 1} 条修改意见
          </label>
          <textarea
            id={`${ids}-t-${c.key}`}
            className="min-h-16 flex-1 rounded border border-gray-400 px-2 py-1"
            value={c.text}
            maxLength={5000}
            onChange={(e) => updateComment(c.key, { text: e.target.value })}
          />
          {comments.length > 1 && (
            <button
              type="button"
              className="btn"
              onClick={() => setComments((list) => list.filter((x) => x.key !== c.key))}
            >
              删除这条
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="btn"
        onClick={() =>
          setComments((list) => [
            ...list,
            { key: Math.max(0, ...list.map((x) => x.key)) + 1, sectionId: 's1', text: '' },
          ])
        }
      >
        再加一条意见
      </button>
    </fieldset>
  );
}
