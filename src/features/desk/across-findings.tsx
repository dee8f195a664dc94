// What the desk finds across reports, by kind: 未提交 against the list of offices that must report,
// 重复, 结转 between an office's years (R5), figures carried from last year, late 成文日期, and
// 内容雷同 with both paragraphs side by side.
import type { DeskFinding, Passage } from '../../report/desk/desk-finding';
import { placeName } from '../../report/desk/place-names';
import type { DeskReview } from '../../report/desk/review-desk';
import { ruleName } from '../../template/rules/rule-names';
import { OfficeList } from './office-list';
import type { Expected } from './use-desk';

const KINDS: readonly { readonly id: string; readonly rules: readonly string[] }[] = [
  { id: 'missing', rules: ['D-missing', 'D-unlisted'] },
  { id: 'duplicate', rules: ['D-duplicate'] },
  { id: 'carry', rules: ['R5'] },
  { id: 'continuity', rules: ['W-in-force-continuity', 'W-item-count-continuity'] },
  { id: 'deadline', rules: ['W-deadline'] },
  { id: 'similar', rules: ['D-similar'] },
];

function PassageView({ review, p }: { readonly review: DeskReview; readonly p: Passage }) {
  const entry = review.entries.find((e) => e.entry.id === p.entryId);
  const office = review.offices.find((o) => o.id === p.officeId)?.name ?? '';
  const where = entry
    ? placeName(entry.entry.report.formatId, {
        entryId: p.entryId,
        officeId: p.officeId,
        year: p.year,
        sectionId: p.sectionId,
        cells: [],
        field: p.field,
      })
    : p.field;
  return (
    <figure className="rounded border border-slate-200 bg-slate-50 p-3">
      <figcaption className="mb-1 text-xs text-slate-600">
        {office} {p.year}年度 · {where} 第{p.paragraph}段
      </figcaption>
      <blockquote className="text-sm leading-relaxed">{p.text}</blockquote>
    </figure>
  );
}

function FindingItem({ review, f }: { readonly review: DeskReview; readonly f: DeskFinding }) {
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <p className={`text-sm ${f.severity === 'error' ? 'text-red-800' : 'text-amber-900'}`}>
        <span className="font-medium">{f.offices.map((o) => o.name).join('、')}：</span>
        {f.message}
      </p>
      {f.similar ? (
        <div aria-label="雷同段落对照" role="group" className="mt-2 grid gap-2 md:grid-cols-2">
          <PassageView review={review} p={f.similar.passages[0]} />
          <PassageView review={review} p={f.similar.passages[1]} />
        </div>
      ) : null}
    </li>
  );
}

export function AcrossFindings({
  review,
  expected,
  onExpected,
}: {
  readonly review: DeskReview;
  readonly expected: Expected | undefined;
  readonly onExpected: (e: Expected | undefined) => void;
}) {
  return (
    <div className="space-y-4">
      <OfficeList years={review.years} expected={expected} onExpected={onExpected} />
      {review.findings.length === 0 ? <p className="text-emerald-700">未发现跨报告的问题。</p> : null}
      {KINDS.map((kind) => {
        const found = review.findings.filter((f) => kind.rules.includes(f.ruleId));
        if (found.length === 0) return null;
        const title = kind.rules.map(ruleName).join('、');
        return (
          <section key={kind.id} aria-label={title}>
            <h3 className="mb-2 font-semibold text-slate-800">
              {title}（{found.length}）
            </h3>
            <ul className="space-y-2">
              {found.map((f) => (
                <FindingItem key={f.key} review={review} f={f} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
