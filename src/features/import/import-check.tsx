// 导入检查: what was read from a Word file, a page or pasted text, shown before anything
// is saved. The person confirms 机关名称 and 报告年度 (a corrected year reads the tables again in
// that year's format), sees every cell of the official tables marked 已读 / 空白 / 无法识别, each
// text box with the heading it came from, everything that fitted nowhere, and the rules' findings
// on the report as it would be created. Then 创建报告 opens it in the editor, or 作为上年报告保存
// keeps it as last year's report of the office (R5 and 新建下一年度报告 work from it).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ImportedReport } from '../../report/import/imported-report';
import { importedToReport } from '../../report/import/imported-to-report';
import type { SourceDocument } from '../../report/import/source-document';
import type { Report } from '../../report/report-schema';
import { FIRST_YEAR } from '../../template/format-for-year';
import { getFormat } from '../../template/formats';
import { reportTitle } from '../../template/report-title';
import type { Finding } from '../../template/rules/finding';
import { tableCells } from '../../template/table-cells';
import { countMarks } from './cell-mark';
import { FindingsList } from './import-findings';
import { ConfirmField, FOUND_IN } from './confirm-field';
import { CellCounts, ReadTables } from './import-tables';
import { ReadTexts } from './import-texts';
import type { KeptImport } from './kept-import';
import { storeAsLastYear, storeImported } from './store-imported';
import { useKeptImport } from './use-kept-import';
import { readInWorker, type ReadImport, type RunningRead } from './read-in-worker';

export interface PendingImport {
  readonly imported: ImportedReport;
  /** The blocks read, kept to read them again when the person corrects the year. */
  readonly document: SourceDocument;
  /** Where it came from, as the person knows it: `文件“x.docx”`, `粘贴的内容`. */
  readonly source: string;
}

function yearOf(text: string): number | undefined {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? Number(t) : undefined;
}

export function ImportCheck({
  pending,
  existingReports,
  onOpen,
  onSaved,
  onCancel,
  resumed,
  read = readInWorker,
}: {
  readonly pending: PendingImport;
  /** What the person had corrected before the tab was reloaded (see kept-import). */
  readonly resumed?: Omit<KeptImport, 'pending'>;
  readonly existingReports: readonly Report[];
  /** After 创建报告 stored the report: open it in the editor. */
  readonly onOpen: (report: Report) => void;
  /** After 作为上年报告保存 stored it: back to the list, saying what was done. */
  readonly onSaved: (message: string) => void;
  /** 放弃导入: nothing is stored. */
  readonly onCancel: () => void;
  readonly read?: ReadImport;
}) {
  const ids = { agency: useId(), year: useId() };
  const [imported, setImported] = useState(pending.imported);
  const [agencyName, setAgencyName] = useState(resumed?.agencyName ?? pending.imported.agencyName.value);
  const [yearText, setYearText] = useState(resumed?.yearText ?? String(pending.imported.year.value ?? ''));
  /** The year the tables were last read in (undefined: the reader found none and used the tables' format). */
  const [readYear, setReadYear] = useState(resumed ? resumed.readYear : pending.imported.year.value);
  const [rereading, setRereading] = useState<{ year: number; run: RunningRead } | undefined>();
  const [rereadProblem, setRereadProblem] = useState<string | undefined>();
  const [saveProblem, setSaveProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const thisYear = new Date().getFullYear();

  useKeptImport({ pending: { ...pending, imported }, agencyName, yearText, readYear });

  // A corrected year reads the same blocks again in that year's format (the tables of 2019–2020
  // and of 2021 on differ), a moment after the person stops typing.
  const year = yearOf(yearText);
  const yearProblem =
    yearText.trim() === ''
      ? '请填写报告年度'
      : year === undefined || year < FIRST_YEAR || year > thisYear
        ? `报告年度应是 ${FIRST_YEAR} 至 ${thisYear} 之间的四位数年份`
        : undefined;
  const running = useRef<RunningRead | undefined>(undefined);
  useEffect(() => {
    if (year === undefined || yearProblem || year === readYear) return;
    const timer = setTimeout(() => {
      running.current?.cancel();
      const run = read({ kind: 'recognise', document: pending.document, year });
      running.current = run;
      setRereading({ year, run });
      setRereadProblem(undefined);
      void run.result.then((result) => {
        if (running.current !== run) return;
        running.current = undefined;
        setRereading(undefined);
        if (result === 'cancelled') return;
        if (result.ok) {
          setImported(result.report);
          setReadYear(year);
        } else setRereadProblem(`按 ${year} 年度重新识别没有成功：${result.reason}`);
      });
    }, 400);
    return () => clearTimeout(timer);
  }, [year, yearProblem, readYear, read, pending.document]);
  useEffect(() => () => running.current?.cancel(), []);

  const format = getFormat(imported.formatId);
  const conversion = useMemo(
    () =>
      year !== undefined && !yearProblem && year === readYear && agencyName.trim() !== ''
        ? importedToReport(imported, { agencyName, year })
        : undefined,
    [imported, agencyName, year, yearProblem, readYear],
  );
  const findings: readonly Finding[] = conversion?.ok ? conversion.findings : [];
  const tables = format.sections.flatMap((s) => (s.table ? [{ section: s, table: s.table }] : []));
  const counts = countMarks(
    tables.flatMap(({ table }) => tableCells(table).map((c) => c.id)),
    imported.cells,
  );
  const existing = existingReports.find(
    (r) => r.year === year && agencyName.trim() !== '' && r.meta.agencyName.trim() === agencyName.trim(),
  );

  const validate = (): Report | undefined => {
    if (agencyName.trim() === '') {
      setSaveProblem('请填写机关名称');
      document.getElementById(ids.agency)?.focus();
      return undefined;
    }
    if (yearProblem || year === undefined) {
      setSaveProblem(yearProblem ?? '请填写报告年度');
      document.getElementById(ids.year)?.focus();
      return undefined;
    }
    if (rereading || year !== readYear) {
      setSaveProblem(`正在按 ${year} 年度重新识别，请稍候再保存`);
      return undefined;
    }
    if (!conversion) return undefined;
    if (!conversion.ok) {
      setSaveProblem(conversion.reason);
      return undefined;
    }
    return conversion.report;
  };

  const save = async (how: 'create' | 'last-year') => {
    const report = validate();
    if (!report) return;
    setSaving(true);
    try {
      if (how === 'create') onOpen(await storeImported(report, pending.source));
      else onSaved(await storeAsLastYear(report, pending.source, existingReports));
    } catch {
      setSaving(false);
      setSaveProblem('报告没有保存成功（浏览器存储出错），请稍后再试；已有的报告没有改动');
    }
  };

  return (
    <div className="min-h-screen pb-24">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-6 py-4">
          <h1 className="text-xl font-semibold text-slate-900">导入检查</h1>
          <p className="mt-1 text-sm text-slate-600">
            从{pending.source}
            读出的内容如下，尚未保存。请核对机关名称和报告年度，并查看每个单元格是“已读”“空白”还是“无法识别”；空白的单元格创建后为未填。
            {imported.encoding && imported.encoding !== 'UTF-8'
              ? ` 文件按 ${imported.encoding} 编码读取。`
              : ''}
          </p>
          {imported.title ? <p className="mt-1 text-sm text-slate-600">原标题：{imported.title}</p> : null}
        </div>
      </header>

      <main className="mx-auto max-w-6xl space-y-8 px-6 py-6">
        <section aria-labelledby={`${ids.agency}-h`} className="space-y-4">
          <h2 id={`${ids.agency}-h`} className="sr-only">
            机关和年度
          </h2>
          <div className="flex flex-wrap gap-6">
            <ConfirmField
              id={ids.agency}
              label="机关名称"
              className="min-w-[18rem] flex-1"
              value={agencyName}
              problem={agencyName.trim() === '' ? '请填写机关名称' : undefined}
              hint={FOUND_IN[imported.agencyName.foundIn]}
              onChange={(v) => {
                setAgencyName(v);
                setSaveProblem(undefined);
              }}
            />
            <ConfirmField
              id={ids.year}
              label="报告年度"
              numeric
              className="w-48"
              value={yearText}
              problem={yearProblem}
              hint={year === pending.imported.year.value ? FOUND_IN[pending.imported.year.foundIn] : '已改正'}
              onChange={(v) => {
                setYearText(v);
                setSaveProblem(undefined);
              }}
            />
            <div className="text-sm text-slate-700">
              <p className="font-medium text-slate-800">格式</p>
              <p className="mt-2">{format.notice}</p>
            </div>
          </div>
          {rereading ? (
            <p role="status" className="text-sm text-slate-700">
              正在按 {rereading.year} 年度重新识别…
            </p>
          ) : null}
          {rereadProblem ? (
            <p role="alert" className="text-sm text-red-700">
              {rereadProblem}
            </p>
          ) : null}
          {existing ? (
            <p className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900">
              本浏览器中已有“{reportTitle(existing.meta.agencyName, existing.year)}”（最后保存于{' '}
              {existing.updatedAt.slice(0, 10)}）：保存后两份并存，原有报告不会改动。
            </p>
          ) : null}
          {imported.notes.length > 0 ? (
            <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900">
              <h3 className="font-semibold">读取说明</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {imported.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>

        <section aria-labelledby={`${ids.agency}-cells`} className="space-y-2">
          <h2 id={`${ids.agency}-cells`} className="text-base font-semibold text-slate-900">
            表格读取情况
          </h2>
          <CellCounts counts={counts} />
        </section>

        <FindingsList
          findings={findings}
          waiting={conversion === undefined}
          failed={conversion && !conversion.ok ? conversion.reason : undefined}
        />

        <ReadTables format={format} imported={imported} />

        <ReadTexts format={format} imported={imported} />
      </main>

      <footer className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-6 py-3">
          <p role="alert" className="min-w-0 flex-1 text-sm text-red-700">
            {saveProblem ?? ''}
          </p>
          <button type="button" className="btn" onClick={onCancel} disabled={saving}>
            放弃导入
          </button>
          <button type="button" className="btn" onClick={() => void save('last-year')} disabled={saving}>
            作为上年报告保存
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void save('create')}
            disabled={saving}
          >
            创建报告
          </button>
        </div>
      </footer>
    </div>
  );
}
