// 导入检查 (issue 12): what was read from a Word file, a page or pasted text, shown before anything
// is saved. The person confirms 机关名称 and 报告年度 (a corrected year reads the tables again in
// that year's format), sees every cell of the official tables marked 已读 / 空白 / 无法识别, each
// text box with the heading it came from, everything that fitted nowhere, and the rules' findings
// on the report as it would be created. Then 创建报告 opens it in the editor, or 作为上年报告保存
// keeps it as last year's report of the office (R5 and 新建下一年度报告 work from it).
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ImportedReport } from '../../report/import/imported-report';
import { importedToReport } from '../../report/import/imported-to-report';
import type { SourceDocument } from '../../report/import/source-document';
import { linkLastYear } from '../../report/last-year-of';
import type { Report } from '../../report/report-schema';
import { putReport } from '../../report/storage';
import { FIRST_YEAR } from '../../template/format-for-year';
import { getFormat } from '../../template/formats';
import { reportTitle } from '../../template/report-title';
import type { Finding } from '../../template/rules/finding';
import { tableCells } from '../../template/table-cells';
import { OfficialTable, type DataCellProps } from '../../ui/official-table';
import { cellMark, countMarks, type CellMarkState } from './cell-mark';
import { forgetImport, keepImport, type KeptImport } from './kept-import';
import { readInWorker, type ReadImport, type RunningRead } from './read-in-worker';

export interface PendingImport {
  readonly imported: ImportedReport;
  /** The blocks read, kept to read them again when the person corrects the year. */
  readonly document: SourceDocument;
  /** Where it came from, as the person knows it: `文件“x.docx”`, `粘贴的内容`. */
  readonly source: string;
}

const FOUND_IN: Readonly<Record<ImportedReport['year']['foundIn'], string>> = {
  title: '从标题读出',
  'file-name': '从文件名读出',
  signature: '从落款读出',
  'statistics-period': '从统计期限读出',
  text: '从正文读出',
  none: '原报告中没有找到，请填写',
};

const MARK_STYLE: Readonly<Record<CellMarkState, string>> = {
  read: 'bg-emerald-50 text-slate-900',
  blank: 'bg-slate-50 text-slate-500',
  unreadable: 'bg-red-50 text-red-900',
};

const MARK_WORD_STYLE: Readonly<Record<CellMarkState, string>> = {
  read: 'text-emerald-700',
  blank: 'text-slate-500',
  unreadable: 'font-semibold text-red-700',
};

const SEVERITY_WORD = { error: '错误', warning: '提示' } as const;

/** Findings shown before 显示全部. */
const FINDINGS_SHOWN = 12;

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
  const ids = { agency: useId(), year: useId(), yearHint: useId(), agencyHint: useId() };
  const [imported, setImported] = useState(pending.imported);
  const [agencyName, setAgencyName] = useState(resumed?.agencyName ?? pending.imported.agencyName.value);
  const [yearText, setYearText] = useState(resumed?.yearText ?? String(pending.imported.year.value ?? ''));
  /** The year the tables were last read in (undefined: the reader found none and used the tables' format). */
  const [readYear, setReadYear] = useState(resumed ? resumed.readYear : pending.imported.year.value);
  const [rereading, setRereading] = useState<{ year: number; run: RunningRead } | undefined>();
  const [rereadProblem, setRereadProblem] = useState<string | undefined>();
  const [saveProblem, setSaveProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [allFindings, setAllFindings] = useState(false);
  const thisYear = new Date().getFullYear();

  // What was read and corrected is kept for this tab, so a reload comes back here: written when
  // the reading changes and again as the page goes away (the corrections typed since). Where the
  // browser refuses to keep it (storage full), a reload or close would lose it: the browser asks
  // first. Leaving 导入检查 (创建报告, 作为上年报告保存, 放弃导入) forgets it.
  const latest = useRef<KeptImport>({ pending, agencyName, yearText, readYear });
  useEffect(() => {
    latest.current = { pending: { ...pending, imported }, agencyName, yearText, readYear };
  });
  useEffect(() => {
    keepImport({ ...latest.current, pending: { ...pending, imported } });
  }, [pending, imported]);
  useEffect(() => {
    const leave = (e: BeforeUnloadEvent) => {
      if (keepImport(latest.current)) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', leave);
    return () => {
      window.removeEventListener('beforeunload', leave);
      forgetImport();
    };
  }, []);

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
  const totalsCells = useMemo(
    () => new Set(imported.totalsFindings.flatMap((f) => f.cells)),
    [imported.totalsFindings],
  );
  const tables = format.sections.flatMap((s) => (s.table ? [{ section: s, table: s.table }] : []));
  const counts = countMarks(
    tables.flatMap(({ table }) => tableCells(table).map((c) => c.id)),
    imported.cells,
  );
  const existing = existingReports.find(
    (r) => r.year === year && agencyName.trim() !== '' && r.meta.agencyName.trim() === agencyName.trim(),
  );

  const renderCell = useCallback(
    ({ cell, label, rowSpan, colSpan }: DataCellProps) => {
      const mark = cellMark(imported.cells[cell.id]);
      const disagrees = totalsCells.has(cell.id);
      const detail = [
        cell.computed ? '合计栏：创建后按各项计算' : '',
        disagrees ? '印出的合计与各项之和不符' : '',
        mark.detail ?? '',
      ]
        .filter(Boolean)
        .join('；');
      return (
        <td
          rowSpan={rowSpan}
          colSpan={colSpan}
          aria-label={label}
          title={detail || undefined}
          data-mark={mark.state}
          className={`min-w-[4.5rem] border border-slate-300 px-2 py-1 text-right align-top tabular-nums ${MARK_STYLE[mark.state]} ${disagrees ? 'outline outline-2 -outline-offset-2 outline-red-600' : ''}`}
        >
          <span className="block min-h-5 break-all">{mark.shown}</span>
          <span className={`block text-[11px] leading-4 ${MARK_WORD_STYLE[mark.state]}`}>
            {disagrees ? '与合计不符' : mark.word}
          </span>
        </td>
      );
    },
    [imported.cells, totalsCells],
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

  const withHistory = (report: Report, note: string): Report => ({
    ...report,
    review: {
      ...report.review,
      history: [
        ...report.review.history,
        { status: report.review.status, at: report.createdAt, by: '', note },
      ],
    },
  });

  const create = async () => {
    const report = validate();
    if (!report) return;
    setSaving(true);
    const stored = withHistory(report, `从${pending.source}导入`);
    try {
      await putReport(stored);
    } catch {
      setSaving(false);
      setSaveProblem('报告没有保存成功（浏览器存储出错），请稍后再试；已有的报告没有改动');
      return;
    }
    onOpen(stored);
  };

  const saveAsLastYear = async () => {
    const report = validate();
    if (!report) return;
    setSaving(true);
    const stored = withHistory(report, `从${pending.source}导入，作为上年报告保存`);
    const now = new Date();
    const { linked, kept } = linkLastYear(existingReports, stored, now);
    try {
      await putReport(stored);
      for (const r of linked) await putReport(r);
    } catch {
      setSaving(false);
      setSaveProblem('报告没有保存成功（浏览器存储出错），请稍后再试');
      return;
    }
    const title = reportTitle(stored.meta.agencyName, stored.year);
    const parts = [`已保存“${title}”作为上年报告`];
    if (linked.length > 0) {
      parts.push(`${stored.year + 1}年度报告的“上年结转”将按它核对（R5）`);
    } else if (kept.length > 0) {
      parts.push(`${stored.year + 1}年度报告已带有上年数字，没有改动`);
    } else {
      parts.push(`可在列表中对它点“新建下一年度报告”`);
    }
    onSaved(parts.join('；'));
  };

  const sortedFindings = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const shownFindings = allFindings ? sortedFindings : sortedFindings.slice(0, FINDINGS_SHOWN);
  const narrativeSections = format.sections.filter((s) => s.narratives.length > 0);

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
            <div className="min-w-[18rem] flex-1">
              <label htmlFor={ids.agency} className="block text-sm font-medium text-slate-800">
                机关名称
              </label>
              <input
                id={ids.agency}
                className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
                value={agencyName}
                aria-describedby={ids.agencyHint}
                aria-invalid={agencyName.trim() === ''}
                onChange={(e) => {
                  setAgencyName(e.target.value);
                  setSaveProblem(undefined);
                }}
              />
              <p id={ids.agencyHint} className="mt-1 text-xs text-slate-600">
                {agencyName.trim() === '' ? '请填写机关名称' : FOUND_IN[imported.agencyName.foundIn]}
              </p>
            </div>
            <div className="w-48">
              <label htmlFor={ids.year} className="block text-sm font-medium text-slate-800">
                报告年度
              </label>
              <input
                id={ids.year}
                inputMode="numeric"
                className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
                value={yearText}
                aria-describedby={ids.yearHint}
                aria-invalid={yearProblem !== undefined}
                onChange={(e) => {
                  setYearText(e.target.value);
                  setSaveProblem(undefined);
                }}
              />
              <p
                id={ids.yearHint}
                className={`mt-1 text-xs ${yearProblem ? 'text-red-700' : 'text-slate-600'}`}
              >
                {yearProblem ??
                  (year === pending.imported.year.value ? FOUND_IN[pending.imported.year.foundIn] : '已改正')}
              </p>
            </div>
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
          <p className="text-sm text-slate-700">
            <span className="mr-4">
              <span className={MARK_WORD_STYLE.read}>已读</span> {counts.read} 格
            </span>
            <span className="mr-4">
              <span className={MARK_WORD_STYLE.blank}>空白</span> {counts.blank} 格
            </span>
            <span>
              <span className={MARK_WORD_STYLE.unreadable}>无法识别</span> {counts.unreadable} 格
            </span>
          </p>
        </section>

        <FindingsList
          findings={shownFindings}
          total={sortedFindings.length}
          waiting={conversion === undefined}
          failed={conversion && !conversion.ok ? conversion.reason : undefined}
          onShowAll={
            sortedFindings.length > FINDINGS_SHOWN && !allFindings ? () => setAllFindings(true) : undefined
          }
        />

        {tables.map(({ section, table }) => {
          const read = imported.tables.find((t) => t.tableId === table.id);
          return (
            <section key={table.id} aria-label={section.title} className="space-y-2">
              <h2 className="text-base font-semibold text-slate-900">{section.title}</h2>
              {read && read.parts > 1 ? (
                <p className="text-sm text-slate-600">原报告中此表分为 {read.parts} 段，已合并读取。</p>
              ) : null}
              <OfficialTable table={table} label={section.title} renderCell={renderCell} />
              {read && read.extras.length > 0 ? (
                <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900">
                  <h3 className="font-semibold">原表中放不进本表的行和数字</h3>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {read.extras.map((x, i) => (
                      <li key={i}>
                        “{x.label}”{x.values.length > 0 ? `：${x.values.join('、')}` : ''}（{x.reason}）
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </section>
          );
        })}

        <section aria-labelledby={`${ids.agency}-text`} className="space-y-4">
          <h2 id={`${ids.agency}-text`} className="text-base font-semibold text-slate-900">
            文字部分
          </h2>
          <TextBox label="前言" sources={[]} text={imported.preamble} />
          {narrativeSections.map((s) =>
            s.narratives.map((n) => {
              const box = imported.narratives[n.id];
              return (
                <TextBox
                  key={n.id}
                  label={
                    n.heading
                      ? `${s.title} ${n.label}`
                      : n.label === s.title
                        ? s.title
                        : `${s.title} ${n.label}`
                  }
                  sources={box?.sources ?? []}
                  text={box?.text ?? ''}
                />
              );
            }),
          )}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">落款</dt>
            <dd>{imported.signatory || '（没有找到）'}</dd>
            <dt className="text-slate-600">成文日期</dt>
            <dd>{imported.signDateText || '（没有找到）'}</dd>
          </dl>
        </section>

        <section aria-labelledby={`${ids.agency}-unplaced`} className="space-y-2">
          <h2 id={`${ids.agency}-unplaced`} className="text-base font-semibold text-slate-900">
            未归入任何部分的文字（{imported.unplaced.length} 段）
          </h2>
          {imported.unplaced.length === 0 ? (
            <p className="text-sm text-slate-600">没有：每段文字都已归入报告的某一部分。</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {imported.unplaced.map((u, i) => (
                <li key={i} className="rounded border border-amber-300 bg-amber-50 px-3 py-1.5">
                  <span className="text-slate-600">{u.where}：</span>
                  {u.text}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby={`${ids.agency}-other`} className="space-y-2">
          <h2 id={`${ids.agency}-other`} className="text-base font-semibold text-slate-900">
            未识别的表格（{imported.unrecognisedTables.length} 张）
          </h2>
          {imported.unrecognisedTables.length === 0 ? (
            <p className="text-sm text-slate-600">没有：原报告中的表格都已识别。</p>
          ) : (
            imported.unrecognisedTables.map((t, i) => (
              <div key={i} className="overflow-x-auto">
                <p className="text-sm text-slate-600">位于：{t.where}</p>
                <table aria-label={`未识别的表格 ${i + 1}`} className="border-collapse text-sm">
                  <tbody>
                    {t.rows.slice(0, 30).map((row, r) => (
                      <tr key={r}>
                        {row.map((c, k) => (
                          <td key={k} className="border border-slate-300 px-2 py-1">
                            {c}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {t.rows.length > 30 ? (
                  <p className="text-xs text-slate-600">（共 {t.rows.length} 行，只显示前 30 行）</p>
                ) : null}
              </div>
            ))
          )}
        </section>
      </main>

      <footer className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-6 py-3">
          <p role="alert" className="min-w-0 flex-1 text-sm text-red-700">
            {saveProblem ?? ''}
          </p>
          <button type="button" className="btn" onClick={onCancel} disabled={saving}>
            放弃导入
          </button>
          <button type="button" className="btn" onClick={() => void saveAsLastYear()} disabled={saving}>
            作为上年报告保存
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void create()} disabled={saving}>
            创建报告
          </button>
        </div>
      </footer>
    </div>
  );
}

function FindingsList({
  findings,
  total,
  waiting,
  failed,
  onShowAll,
}: {
  readonly findings: readonly Finding[];
  readonly total: number;
  readonly waiting: boolean;
  readonly failed: string | undefined;
  readonly onShowAll: (() => void) | undefined;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        规则检查（{total} 条）
      </h2>
      {waiting ? (
        <p className="text-sm text-slate-600">填写机关名称和报告年度后显示检查结果。</p>
      ) : failed ? (
        <p className="text-sm text-red-700">{failed}</p>
      ) : total === 0 ? (
        <p className="text-sm text-emerald-700">没有发现问题：各项数字符合勾稽关系。</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {findings.map((f) => (
            <li
              key={f.key}
              className={`rounded border px-3 py-1.5 ${f.severity === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-amber-300 bg-amber-50 text-amber-900'}`}
            >
              <span className="font-semibold">{SEVERITY_WORD[f.severity]}</span>
              {/^R\d/.test(f.ruleId) ? `（${f.ruleId}）` : ''}：{f.message}
            </li>
          ))}
        </ul>
      )}
      {onShowAll ? (
        <button type="button" className="btn btn-small" onClick={onShowAll}>
          显示全部 {total} 条
        </button>
      ) : null}
    </section>
  );
}

function TextBox({
  label,
  sources,
  text,
}: {
  readonly label: string;
  readonly sources: readonly string[];
  readonly text: string;
}) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="rounded border border-slate-200 bg-white p-3">
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">
        {label}
      </h3>
      <p className="mt-0.5 text-xs text-slate-600">
        {sources.length > 0
          ? `来自原报告的标题：${sources.map((s) => `“${s}”`).join('、')}`
          : text
            ? '来自标题与第一部分之间的文字'
            : '原报告中没有找到，创建后为空'}
      </p>
      {text ? (
        <div className="mt-2 max-h-48 overflow-y-auto whitespace-pre-wrap text-sm leading-6 text-slate-900">
          {text}
        </div>
      ) : null}
    </div>
  );
}
