import type { ImportedReport } from '../../report/import/imported-report';

/** Where the reader found 机关名称 or 报告年度, said under the field. */
export const FOUND_IN: Readonly<Record<ImportedReport['year']['foundIn'], string>> = {
  title: '从标题读出',
  'file-name': '从文件名读出',
  signature: '从落款读出',
  'statistics-period': '从统计期限读出',
  text: '从正文读出',
  none: '原报告中没有找到，请填写',
};

/**
 * A field 导入检查 asks the person to confirm (机关名称, 报告年度): what was read, editable, with
 * where it was found or, in red and as the field's description, what is wrong with it.
 */
export function ConfirmField({
  id,
  label,
  value,
  problem,
  hint,
  numeric = false,
  className,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly hint: string;
  readonly numeric?: boolean;
  readonly className: string;
  readonly onChange: (value: string) => void;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        inputMode={numeric ? 'numeric' : undefined}
        className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        value={value}
        aria-describedby={hintId}
        aria-invalid={problem !== undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={hintId} className={`mt-1 text-xs ${problem ? 'text-red-700' : 'text-slate-600'}`}>
        {problem ?? hint}
      </p>
    </div>
  );
}
