import { useWatch } from 'react-hook-form';
import { openCommentCounts } from '../../report/current-comments';
import type { Report } from '../../report/report-schema';
import { useStepCounts } from '../../ui/live-checks';
import type { PartId } from '../../template/section-ids';
import { CountBadges } from './count-badges';
import { isPartStep, type WizardStep, type WizardStepId } from './wizard-steps';

function StepBadges({ step, id }: { readonly step: PartId; readonly id: string }) {
  const { errors, warnings } = useStepCounts(step);
  const text = [errors > 0 ? `${errors} 个错误` : '', warnings > 0 ? `${warnings} 个提醒` : '']
    .filter(Boolean)
    .join('，');
  return (
    // Hidden from the link's name (which is its visible title). The description points at the
    // words alone: a described element's hidden descendants are read too (accname 1.2, step 2A),
    // so pointing at this whole span would add the badge digits and ✓ to them.
    <span aria-hidden="true" className="ml-auto flex shrink-0 gap-1 text-xs">
      <span id={id} className="sr-only">
        {text || '没有问题'}
      </span>
      <CountBadges errors={errors} warnings={warnings} />
      {errors === 0 && warnings === 0 ? (
        <span aria-hidden="true" className="text-emerald-700">
          ✓
        </span>
      ) : null}
    </span>
  );
}

/**
 * A step's open review comments: a mark the eye finds in the list, and words that join the link's
 * name (“三、… （2 条待处理意见）”), since a step to revisit is what the link is about.
 */
function CommentMark({ count }: { readonly count: number }) {
  return (
    <span
      aria-hidden="true"
      title={`${count} 条待处理的审核意见`}
      className="shrink-0 rounded border border-amber-500 bg-amber-50 px-1 text-xs text-amber-900"
    >
      意见 {count}
    </span>
  );
}

/**
 * The step list: links named by the step titles; each step's counts are its description. The name
 * comes from the visible title itself, not an aria-label, so what a speech-input user reads on the
 * screen is what names the link (WCAG 2.5.3, label in name); the number and the badges are hidden.
 */
export function StepNav({
  steps,
  current,
  hrefFor,
}: {
  readonly steps: readonly WizardStep[];
  readonly current: WizardStepId;
  readonly hrefFor: (step: WizardStepId) => string;
}) {
  const comments = useWatch<Report, 'review.comments'>({ name: 'review.comments' });
  const open = openCommentCounts(comments ?? []);
  return (
    <nav aria-label="填报步骤">
      <ol className="space-y-0.5">
        {steps.map((s, i) => {
          const countsId = `step-counts-${s.id}`;
          const active = s.id === current;
          const part = isPartStep(s.id) ? s.id : undefined;
          return (
            <li key={s.id}>
              <a
                href={hrefFor(s.id)}
                aria-current={active ? 'step' : undefined}
                aria-describedby={part ? countsId : undefined}
                className={`flex items-center gap-2 rounded-md px-3 py-2 text-sm ${
                  active ? 'bg-sky-700 font-medium text-white' : 'text-slate-700 hover:bg-slate-200'
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`w-4 text-xs ${active ? 'text-sky-100' : 'text-slate-400'}`}
                >
                  {i + 1}
                </span>
                {/* The words join the name after a space (“三、… （2 条待处理意见）”): the space is
                    written, since browsers add one around the hidden span and jsdom does not. */}
                <span className="min-w-0">
                  {s.title}
                  {part && open.get(part) ? (
                    <span className="sr-only"> （{open.get(part)} 条待处理意见）</span>
                  ) : null}
                </span>
                {part && open.get(part) ? <CommentMark count={open.get(part) ?? 0} /> : null}
                {part ? <StepBadges step={part} id={countsId} /> : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
