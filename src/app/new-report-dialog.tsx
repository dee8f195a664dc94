// 新建: the agency and the year, with the format that applies and why (formatForYear), refusing a
// year no format covers with that reason at the field.
import { useId, useState } from 'react';
import { ModalDialog } from '../ui/modal-dialog';
import { cleanLine } from '../report/clean-line';
import { metaMaxLength } from '../report/report-schema';
import { LimitMessage, useTextLimit } from '../ui/text-limit';
import { formatForYear } from '../template/format-for-year';
import { defaultReportYear } from './default-report-year';
import type { FormatId } from '../template/spec-types';

export function NewReportDialog({
  onCreate,
  onCancel,
  initialName = '',
}: {
  readonly onCreate: (input: { agencyName: string; year: number; formatId: FormatId }) => void;
  readonly onCancel: () => void;
  readonly initialName?: string;
}) {
  const [name, setName] = useState(initialName);
  const [yearText, setYearText] = useState(String(defaultReportYear()));
  const [tried, setTried] = useState(false);
  const nameId = useId();
  const nameLimit = useTextLimit('机关名称', metaMaxLength('agencyName'));
  const yearId = useId();
  const year = /^\s*\d{4}\s*$/.test(yearText) ? Number(yearText) : NaN;
  const choice = formatForYear(year);
  const nameError = name.trim() === '' ? '请填写机关名称，如“某某镇人民政府”' : undefined;
  const submit = () => {
    setTried(true);
    if (nameError || !choice.ok) return;
    onCreate({ agencyName: name.trim(), year, formatId: choice.format.id });
  };
  return (
    <ModalDialog title="新建年度报告" onClose={onCancel}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        className="space-y-4"
      >
        <div>
          <label htmlFor={nameId} className="mb-1 block text-sm font-medium text-slate-700">
            机关名称
          </label>
          <input
            id={nameId}
            className="field-input"
            value={name}
            placeholder="如：某某镇人民政府"
            aria-invalid={tried && !!nameError}
            aria-describedby={`${nameId}-msg${nameLimit.message ? ` ${nameId}-limit` : ''}`}
            {...nameLimit.limitProps}
            // Invisible direction characters pasted with a name would reverse the title (cleanLine).
            onChange={(e) => setName(cleanLine(e.target.value))}
          />
          <LimitMessage id={`${nameId}-limit`} message={nameLimit.message} />
          <p id={`${nameId}-msg`} className="mt-1 text-sm text-red-700">
            {tried ? nameError : ''}
          </p>
        </div>
        <div>
          <label htmlFor={yearId} className="mb-1 block text-sm font-medium text-slate-700">
            报告年度
          </label>
          <input
            id={yearId}
            className="field-input w-32"
            inputMode="numeric"
            value={yearText}
            aria-invalid={!choice.ok}
            aria-describedby={`${yearId}-msg`}
            onChange={(e) => setYearText(e.target.value)}
          />
          <p id={`${yearId}-msg`} className={`mt-1 text-sm ${choice.ok ? 'text-slate-600' : 'text-red-700'}`}>
            {choice.reason}
          </p>
        </div>
        <div className="flex justify-end gap-3 pt-2">
          <button type="button" className="btn" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="btn btn-primary">
            创建
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
