// The text steps (一 with its subsections, 五, 六): each text box named by its title, with the
// notice's guidance beside it, a live character count, the section's prompt and its findings.
import { useFormContext, useWatch } from 'react-hook-form';
import type { Report } from '../../report/report-schema';
import type { NarrativeSpec, SectionSpec } from '../../template/spec-types';
import { fieldDomId } from '../../ui/dom-ids';
import { useFieldFindings } from '../../ui/live-checks';
import { countChars } from './count-chars';
import { FieldMessages } from './field-messages';
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

function NarrativeField({ spec }: { readonly spec: NarrativeSpec }) {
  const { register, getValues, setValue } = useFormContext<Report>();
  const findings = useFieldFindings(spec.id);
  const id = fieldDomId(spec.id);
  const name = `narratives.${spec.id}`;
  const guidanceId = `${id}-guidance`;
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
            className="field-input leading-7"
            aria-describedby={`${guidanceId} ${id}-msg`}
            {...register(formPath(name), {
              onChange: () => {
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
          <FieldMessages id={`${id}-msg`} findings={findings} />
        </div>
        <aside id={guidanceId} className="rounded-md bg-slate-50 p-3 text-sm leading-6 text-slate-600">
          <div className="mb-1 font-medium text-slate-700">填写说明</div>
          <p>{spec.guidance}</p>
          {spec.prompt ? <p className="mt-2 rounded bg-sky-50 p-2 text-sky-900">{spec.prompt}</p> : null}
        </aside>
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
