// The text steps (一 with its subsections, 五, 六): each text box named by its title, with the
// notice's guidance beside it, a live character count, the section's prompt and its findings.
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Report } from '../../report/report-schema';
import type { NarrativeSpec, SectionSpec } from '../../template/spec-types';
import { fieldDomId } from '../../ui/dom-ids';
import { useFieldFindings } from '../../ui/live-checks';
import { LimitMessage, useTextLimit } from '../../ui/text-limit';
import { MAX_NARRATIVE_LENGTH } from '../../template/content-schema';
import { countChars } from './count-chars';
import { FieldMessages } from './field-messages';
import { fitToText } from './fit-to-text';
import { formPath } from './form-path';

function CharCount({ name }: { readonly name: string }) {
  const { control } = useFormContext<Report>();
  const value = useWatch({ control, name: formPath(name) }) as unknown;
  const n = typeof value === 'string' ? countChars(value) : 0;
  return (
    <span className="text-xs text-slate-600" aria-live="off">
      {n} 字
    </span>
  );
}

function StaleNotice({ id }: { readonly id: string }) {
  const { control } = useFormContext<Report>();
  const stale = useWatch({ control, name: 'carriedOver.staleNarratives' });
  if (!stale?.includes(id)) return null;
  return (
    <p
      role="status"
      className="mb-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      以下内容沿用上一年度，请修改
    </p>
  );
}

/**
 * Last year's text of the box, read-only, when last year's report is known (a report made with
 * 新建下一年度报告 keeps it): section 五 must say how the problems it listed were handled.
 */
function LastYearText({ spec }: { readonly spec: NarrativeSpec }) {
  const { getValues } = useFormContext<Report>();
  // Read once: last year's report does not change while this one is written.
  const lastYear = getValues('lastYear');
  const year = getValues('year');
  const text = lastYear?.narratives?.[spec.id]?.trim();
  if (!lastYear || lastYear.year !== year - 1 || !text) return null;
  const headingId = `${fieldDomId(spec.id)}-last-year`;
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <h3 id={headingId} className="mb-1 font-medium text-slate-700">
        {lastYear.year}年度报告的“{spec.label}”（只读）
      </h3>
      {/* Focusable: a region that scrolls must be reachable from the keyboard (WCAG 2.1.1). */}
      <div
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
        className="max-h-80 overflow-y-auto leading-6 whitespace-pre-wrap text-slate-700"
      >
        {text}
      </div>
    </div>
  );
}

function NarrativeField({ spec }: { readonly spec: NarrativeSpec }) {
  const { register, getValues, setValue } = useFormContext<Report>();
  const findings = useFieldFindings(spec.id);
  const id = fieldDomId(spec.id);
  const name = `narratives.${spec.id}`;
  const guidanceId = `${id}-guidance`;
  const limit = useTextLimit(spec.label, MAX_NARRATIVE_LENGTH);
  // Once when shown (a step's text may be long already); typing measures it in onChange.
  useEffect(() => {
    const el = document.getElementById(id);
    if (el instanceof HTMLTextAreaElement) fitToText(el);
  }, [id]);
  // The guidance goes beside the text box when the step is wide enough for both (a container
  // query: the room depends on the panels beside the step, not on the screen), else below it.
  return (
    <section className="@container">
      <div className="grid grid-cols-1 gap-4 @2xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <div className="mb-1 flex items-baseline justify-between">
            <label htmlFor={id} className="font-medium text-slate-800">
              {spec.label}
            </label>
            <CharCount name={name} />
          </div>
          <StaleNotice id={spec.id} />
          <textarea
            id={id}
            rows={10}
            // Grows with the text (field-sizing), from ten lines; the page scrolls, not the box.
            className="field-input min-h-[18.5rem] leading-7 field-sizing-content"
            aria-describedby={`${guidanceId} ${id}-msg${limit.message ? ` ${id}-limit` : ''}`}
            {...limit.limitProps}
            {...register(formPath(name), {
              onChange: (e: { target: unknown }) => {
                if (e.target instanceof HTMLTextAreaElement) fitToText(e.target);
                // The clerk has revised last year's text: the notice goes.
                const stale = getValues('carriedOver.staleNarratives');
                if (stale?.includes(spec.id)) {
                  setValue(
                    'carriedOver.staleNarratives',
                    stale.filter((s) => s !== spec.id),
                    { shouldDirty: true },
                  );
                }
              },
            })}
          />
          <LimitMessage id={`${id}-limit`} message={limit.message} />
          <FieldMessages id={`${id}-msg`} findings={findings} />
        </div>
        <div className="space-y-3">
          <aside id={guidanceId} className="rounded-md bg-slate-50 p-3 text-sm leading-6 text-slate-600">
            <div className="mb-1 font-medium text-slate-700">填写说明</div>
            <p>{spec.guidance}</p>
            {spec.prompt ? <p className="mt-2 rounded bg-sky-50 p-2 text-sky-900">{spec.prompt}</p> : null}
          </aside>
          {spec.besideLastYear ? <LastYearText spec={spec} /> : null}
        </div>
      </div>
    </section>
  );
}

export function NarrativeStep({ section }: { readonly section: SectionSpec }) {
  return (
    <div className="space-y-8">
      {section.narratives.map((n) => (
        <NarrativeField key={n.id} spec={n} />
      ))}
    </div>
  );
}
