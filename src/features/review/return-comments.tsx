import { useId } from 'react';
import { MAX_COMMENT_LENGTH, MAX_REVIEW_COMMENTS } from '../../report/report-schema';
import type { FormatSpec } from '../../template/spec-types';
import { partTitles } from '../../template/part-titles';
import type { PartId } from '../../template/section-ids';
import { LimitMessage, useTextLimit } from '../../ui/text-limit';

/** A comment being written in the 退回修改 form, attached to one part of the report. */
export interface DraftComment {
  readonly key: number;
  readonly sectionId: PartId;
  readonly text: string;
}

/** One comment's text, within the format's limit, said at the field (text-limit.tsx). */
function CommentText(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
}) {
  const limit = useTextLimit('每条修改意见', MAX_COMMENT_LENGTH);
  return (
    <div className="flex-1">
      <label htmlFor={props.id} className="sr-only">
        {props.label}
      </label>
      <textarea
        id={props.id}
        className="min-h-16 w-full rounded border border-gray-400 px-2 py-1"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...(limit.message ? { 'aria-describedby': `${props.id}-limit` } : {})}
        {...limit.limitProps}
      />
      <LimitMessage id={`${props.id}-limit`} message={limit.message} />
    </div>
  );
}

/**
 * The comments of a return, one per part of the report, added and removed one by one; no more than
 * the report has room for (`room`, of MAX_REVIEW_COMMENTS), said before the supervisor writes them.
 */
export function ReturnComments(props: {
  readonly format: FormatSpec;
  readonly comments: readonly DraftComment[];
  readonly setComments: (update: (list: readonly DraftComment[]) => readonly DraftComment[]) => void;
  readonly room: number;
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
          <CommentText
            id={`${ids}-t-${c.key}`}
            label={`第 ${i + 1} 条修改意见`}
            value={c.text}
            onChange={(text) => updateComment(c.key, { text })}
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
      {comments.length >= props.room ? (
        <p className="text-sm text-amber-900">
          {props.room === 0
            ? `这份报告的审核意见已达上限 ${MAX_REVIEW_COMMENTS} 条，不能再添加意见。`
            : `每份报告最多保留 ${MAX_REVIEW_COMMENTS} 条审核意见：这次最多还能写 ${props.room} 条。`}
        </p>
      ) : (
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
      )}
    </fieldset>
  );
}
