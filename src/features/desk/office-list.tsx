// 应报单位: the offices that must report, pasted or taken from a file (one name a line, or a sheet),
// and the year they must report for; the desk then says which have not (未提交).
import { useId, useState } from 'react';
import {
  officeListFromRows,
  parseOfficeList,
  type OfficeList as Parsed,
} from '../../report/desk/parse-office-list';
import { decodeText } from '../../report/decode-text';
import type { Expected } from './use-desk';

async function listFromFile(file: File): Promise<Parsed | string> {
  if (/\.xlsx$/i.test(file.name)) {
    // Only a sheet needs the Excel reader: it is loaded then.
    const { default: readXlsx } = await import('read-excel-file/universal');
    try {
      const sheets = await readXlsx(await file.arrayBuffer());
      return officeListFromRows(sheets.flatMap((s) => s.data));
    } catch {
      return `无法读取 Excel 文件“${file.name}”`;
    }
  }
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  return decoded.ok ? parseOfficeList(decoded.text) : decoded.reason;
}

export function OfficeList({
  years,
  expected,
  onExpected,
}: {
  readonly years: readonly number[];
  readonly expected: Expected | undefined;
  readonly onExpected: (e: Expected | undefined) => void;
}) {
  const [text, setText] = useState(() => expected?.names.join('\n') ?? '');
  const [year, setYear] = useState(() => expected?.year ?? years[0] ?? new Date().getFullYear() - 1);
  const [note, setNote] = useState<string | undefined>();
  const textId = useId();
  const yearId = useId();
  const apply = (list: Parsed) => {
    setText(list.names.join('\n'));
    onExpected(list.names.length > 0 ? { names: list.names, year } : undefined);
    setNote(
      `名单共 ${list.names.length} 个单位` +
        (list.repeated.length > 0 ? `；重复的已去掉：${list.repeated.join('、')}` : ''),
    );
  };
  const yearChoices = [...new Set([...years, year])].sort((a, b) => b - a);
  return (
    <section aria-label="应报单位" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="mb-2 font-semibold text-slate-800">应报单位（核对未提交）</h3>
      <div className="flex flex-wrap items-start gap-4">
        <div className="min-w-72 flex-1">
          <label htmlFor={textId} className="mb-1 block text-sm text-slate-700">
            应报单位名单（每行一个，可从表格复制粘贴）
          </label>
          <textarea
            id={textId}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="w-full rounded border border-slate-300 p-2 text-sm"
          />
        </div>
        <div className="flex flex-col gap-2">
          <label htmlFor={yearId} className="text-sm text-slate-700">
            应报年度
          </label>
          <select
            id={yearId}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            className="rounded border border-slate-300 px-2 py-1"
          >
            {yearChoices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-primary" onClick={() => apply(parseOfficeList(text))}>
            核对未提交
          </button>
          <label className="btn">
            从文件导入名单
            <input
              type="file"
              accept=".txt,.csv,.xlsx"
              className="sr-only"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                void listFromFile(file).then((r) => (typeof r === 'string' ? setNote(r) : apply(r)));
              }}
            />
          </label>
        </div>
      </div>
      {note ? (
        <p role="status" className="mt-2 text-sm text-slate-600">
          {note}
        </p>
      ) : null}
    </section>
  );
}
