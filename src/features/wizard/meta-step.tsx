// 基本信息: the metadata with field checks as typed (checkMeta), rule findings at their field, the
// year with the format it follows, and the preamble generated from the metadata.
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { checkMeta } from '../../report/check-meta';
import { cleanLine } from '../../report/clean-line';
import { MAX_PREAMBLE_LENGTH, metaMaxLength, type Report, type ReportMeta } from '../../report/report-schema';
import { buildPreamble } from '../../template/build-preamble';
import { formatForYear } from '../../template/format-for-year';
import { getFormat } from '../../template/formats';
import { fieldDomId } from '../../ui/dom-ids';
import { useFieldFindings } from '../../ui/live-checks';
import { cleanInputText } from './clean-input-text';
import { FieldMessages } from './field-messages';
import { formPath } from './form-path';
import { ConfirmDialog } from '../../ui/modal-dialog';
import { LimitMessage, useTextLimit } from '../../ui/text-limit';

interface MetaFieldSpec {
  readonly key: keyof ReportMeta;
  readonly label: string;
  readonly type?: 'text' | 'date' | 'tel' | 'url' | 'email';
  readonly placeholder?: string;
  readonly inputMode?: 'numeric';
  /** What the field is for, under it, when its label alone does not say. */
  readonly hint?: string;
}

const FIELDS: readonly MetaFieldSpec[] = [
  { key: 'agencyName', label: '机关名称', placeholder: '如：某某镇人民政府' },
  {
    key: 'region',
    label: '所属地区/上级政府',
    placeholder: '如：某某县',
    // The preamble names the portal by it (buildPreamble); nothing else reads it.
    hint: '用于引言中的发布网站名称：“本报告电子版可在某某县人民政府门户网站查阅或下载”。不填则写“政府门户网站”。',
  },
  { key: 'publishUrl', label: '发布网址', type: 'url', placeholder: 'http://www.example.gov.cn' },
  { key: 'address', label: '联系地址' },
  { key: 'phone', label: '联系电话', type: 'tel', placeholder: '如：0795-7161260' },
  { key: 'postcode', label: '邮政编码', inputMode: 'numeric', placeholder: '6 位数字' },
  { key: 'email', label: '电子邮箱', type: 'email' },
  { key: 'signatory', label: '落款机关' },
  { key: 'signDate', label: '成文日期', type: 'date' },
];

function MetaField({ spec }: { readonly spec: MetaFieldSpec }) {
  const { register, control } = useFormContext<Report>();
  const meta = useWatch({ control, name: 'meta' });
  const findings = useFieldFindings(`meta.${spec.key}`);
  const error = meta ? checkMeta(meta)[spec.key] : undefined;
  const id = fieldDomId(`meta.${spec.key}`);
  const msgId = `${id}-msg`;
  const hintId = `${id}-hint`;
  const limit = useTextLimit(spec.label, metaMaxLength(spec.key));
  const describedBy = [
    spec.hint ? hintId : '',
    error || findings.length > 0 ? msgId : '',
    limit.message ? `${id}-limit` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const invalid = Boolean(error) || findings.some((f) => f.severity === 'error');
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {spec.label}
      </label>
      <input
        id={id}
        // A type="email"/"url" input would add the browser's own English-language checks.
        type={spec.type === 'date' ? 'date' : spec.type === 'tel' ? 'tel' : 'text'}
        inputMode={spec.inputMode}
        placeholder={spec.placeholder}
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        className="field-input"
        {...(spec.type === 'date' ? {} : limit.limitProps)}
        // Invisible direction characters pasted with a name would reverse the title (cleanLine).
        {...register(formPath(`meta.${spec.key}`), {
          setValueAs: (v: unknown) => (typeof v === 'string' ? cleanLine(v) : v),
          onChange: (e: { target: unknown }) => {
            if (e.target instanceof HTMLInputElement) cleanInputText(e.target);
          },
        })}
      />
      {spec.hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {spec.hint}
        </p>
      ) : null}
      <LimitMessage id={`${id}-limit`} message={limit.message} />
      <FieldMessages id={msgId} error={error} findings={findings} />
    </div>
  );
}

function YearDisplay() {
  const { control } = useFormContext<Report>();
  const year = useWatch({ control, name: 'year' });
  const findings = useFieldFindings('meta.year');
  const choice = formatForYear(year);
  return (
    <div className="col-span-full rounded-md bg-slate-50 p-3 text-sm">
      <div className="font-medium text-slate-700">报告年度</div>
      <div className="mt-1 text-slate-900">
        {year} 年度{choice.ok ? `，格式：${choice.format.notice}` : ''}
      </div>
      <p className="mt-1 text-slate-600">{choice.reason}</p>
      <FieldMessages id={fieldDomId('meta.year')} findings={findings} />
    </div>
  );
}

function PreambleField() {
  const { register, setValue, getValues } = useFormContext<Report>();
  const findings = useFieldFindings('preamble');
  const [asking, setAsking] = useState(false);
  const id = fieldDomId('preamble');
  const limit = useTextLimit('引言', MAX_PREAMBLE_LENGTH);
  const regenerate = () => {
    const r = getValues();
    setValue('preamble', buildPreamble(getFormat(r.formatId), { ...r.meta, year: r.year }), {
      shouldDirty: true,
    });
    setValue('preambleEdited', false, { shouldDirty: true });
    setAsking(false);
  };
  return (
    <section className="col-span-full">
      <div className="mb-1 flex items-center justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          引言
        </label>
        <button type="button" className="btn btn-small" onClick={() => setAsking(true)}>
          按基本信息重新生成引言
        </button>
      </div>
      <p className="mb-2 text-sm text-slate-600">
        引言根据上面的基本信息自动生成，并随基本信息更新。您修改引言后，它将保持您写的内容，不再自动更新。
      </p>
      <textarea
        id={id}
        rows={6}
        className="field-input leading-7"
        aria-describedby={
          [findings.length > 0 ? `${id}-msg` : '', limit.message ? `${id}-limit` : ''].join(' ').trim() ||
          undefined
        }
        {...limit.limitProps}
        {...register('preamble', {
          onChange: () => setValue('preambleEdited', true, { shouldDirty: true }),
        })}
      />
      <LimitMessage id={`${id}-limit`} message={limit.message} />
      <FieldMessages id={`${id}-msg`} findings={findings} />
      {asking ? (
        <ConfirmDialog
          title="重新生成引言"
          message="将按当前的基本信息重新生成引言，您对引言所做的修改会被替换。确定吗？"
          confirmLabel="重新生成"
          onConfirm={regenerate}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </section>
  );
}

/**
 * Keeps the preamble in step with the metadata while the clerk has not edited it. Renders
 * nothing; it re-renders only when the metadata changes.
 */
export function PreambleSync() {
  const { control, setValue, getValues } = useFormContext<Report>();
  const [meta, year, formatId, edited] = useWatch({
    control,
    name: ['meta', 'year', 'formatId', 'preambleEdited'],
  });
  // Runs after every render of this leaf, i.e. whenever the metadata changes (react-hook-form may
  // hand back the same mutated object, so no dependency list).
  useEffect(() => {
    if (edited || !meta) return;
    const next = buildPreamble(getFormat(formatId), { ...meta, year });
    if (next !== getValues('preamble')) setValue('preamble', next);
  });
  return null;
}

/** What the clerk should know about a report made from last year's (what could not be carried). */
function CarriedOverNotes() {
  const { control } = useFormContext<Report>();
  const carried = useWatch({ control, name: 'carriedOver' });
  if (!carried || carried.notes.length === 0) return null;
  return (
    <details
      open
      className="col-span-full rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950"
    >
      <summary className="cursor-pointer font-medium">
        本报告由 {carried.fromYear} 年度报告生成，请注意：
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {carried.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </details>
  );
}

export function MetaStep() {
  return (
    <div className="grid grid-cols-1 gap-x-6 gap-y-4 md:grid-cols-2">
      <CarriedOverNotes />
      <YearDisplay />
      {FIELDS.map((f) => (
        <MetaField key={f.key} spec={f} />
      ))}
      <PreambleField />
    </div>
  );
}
