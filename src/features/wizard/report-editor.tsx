// The clerk's editor for one open report: ONE react-hook-form form (defaultValues = the stored
// report), the live store its leaves read, autosave, the step list, the current step and the
// findings panel. Other features plug in through slots (tables, preview, header actions), since
// a feature never imports another; src/app composes them.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import type { Report } from '../../report/report-schema';
import { getFormat } from '../../template/formats';
import { reportTitle } from '../../template/report-title';
import { tableCells } from '../../template/table-cells';
import type { PartId } from '../../template/section-ids';
import type { SectionSpec, TableSpec, FormatSpec } from '../../template/spec-types';
import type { Finding } from '../../template/rules/finding';
import { fieldDomId, findingDomId } from '../../ui/dom-ids';
import { LiveChecks, LiveStoreProvider } from '../../ui/live-checks';
import { LiveStore } from '../../ui/live-store';
import { FindingsPanel } from './findings-panel';
import { focusLater, focusPending } from './focus-later';
import { MetaStep, PreambleSync } from './meta-step';
import { NarrativeStep } from './narrative-step';
import { SaveIndicator } from './save-indicator';
import { SaveStatus } from './save-status';
import { StepNav } from './step-nav';
import { useAutosave, type SaveReport } from './use-autosave';
import { wizardSteps, type WizardStepId } from './wizard-steps';
import { WordShortcuts } from './word-shortcuts';

/** Tables 三 and 四, with eight figure columns and more, need the room of the findings panel. */
function wideTable(table: TableSpec | undefined): boolean {
  return table !== undefined && new Set(tableCells(table).map((c) => c.colId)).size >= 8;
}

export interface PrintRequest {
  readonly pending: boolean;
  readonly onPrinted: () => void;
}

/** The DOM ids of the ledger's rows (`field-ledger-<row id>`), where their findings take the clerk. */
const LEDGER_ROW_DOM_PREFIX = fieldDomId('ledger.');

export interface EditorSlots {
  /** The grid of a table step. */
  readonly renderTable?: (format: FormatSpec, table: TableSpec, section: SectionSpec) => ReactNode;
  /** The 申请台账 step (the request ledger); the form's report is its own to read and change. */
  readonly renderLedger?: (format: FormatSpec) => ReactNode;
  /**
   * The 预览 step; `goTo` opens the step and cell of a finding. `print.pending` asks the preview to
   * print its pages once laid out (Ctrl+P pressed anywhere in the report), `print.onPrinted` says it did.
   */
  readonly renderPreview?: (
    getReport: () => Report,
    goTo: (finding: Finding) => void,
    print: PrintRequest,
  ) => ReactNode;
  /** Actions in the header (export, draft file, review). */
  readonly renderActions?: (getReport: () => Report) => ReactNode;
  /**
   * Shown above the current step (the review panel, the reviewer's comments). `report` is live in
   * its review part; `onChange` stores a changed review (any other change in `next` is ignored).
   */
  /** A notice under the header (e.g. a reminder to keep a backup file); `getReport` reads at the click. */
  readonly renderNotice?: (getReport: () => Report) => ReactNode;
  readonly renderAboveStep?: (
    report: Report,
    step: WizardStepId,
    onChange: (next: Report) => void,
  ) => ReactNode;
}

function EditorTitle() {
  const { control } = useFormContext<Report>();
  const [name, year] = useWatch({ control, name: ['meta.agencyName', 'year'] });
  return (
    <h1 className="truncate text-lg font-semibold text-slate-900">
      {name?.trim() ? reportTitle(name, year) : `${year}年报告（请填写机关名称）`}
    </h1>
  );
}

/** Re-renders when the review changes (and only then), so a review slot always shows its status. */
function AboveStep({
  step,
  render,
}: {
  readonly step: WizardStepId;
  readonly render: NonNullable<EditorSlots['renderAboveStep']>;
}) {
  const { control, getValues, setValue } = useFormContext<Report>();
  const review = useWatch({ control, name: 'review' });
  const report = { ...getValues(), review };
  return render(report, step, (next) => setValue('review', next.review, { shouldDirty: true }));
}

export function ReportEditor({
  initial,
  step,
  hrefFor,
  onStep,
  readOnly = false,
  slots = {},
  backHref,
  banner,
  save,
  unsavedAtStart = false,
  revision,
  onStale,
  onDraftExported,
}: {
  readonly initial: Report;
  readonly step: WizardStepId;
  readonly hrefFor: (step: WizardStepId) => string;
  readonly onStep: (step: WizardStepId) => void;
  readonly readOnly?: boolean;
  readonly slots?: EditorSlots;
  readonly backHref: string;
  readonly banner?: ReactNode;
  /** For tests: where the report is saved (IndexedDB by default). */
  readonly save?: SaveReport;
  /** `initial` came from the edit journal and is newer than the stored copy: save it at once. */
  readonly unsavedAtStart?: boolean;
  /** The stored revision `initial` was read at: a save refused as stale calls `onStale`. */
  readonly revision?: number;
  readonly onStale?: () => void;
  /** Told when the clerk saves a draft file from the editor (the save-failure 导出草稿). */
  readonly onDraftExported?: (report: Report) => void;
}) {
  const form = useForm<Report>({ defaultValues: initial, mode: 'onChange' });
  const [store] = useState(() => new LiveStore());
  const [status] = useState(() => new SaveStatus());
  const [returnedToDraft, setReturnedToDraft] = useState(false);
  const onReturnedToDraft = useCallback(() => setReturnedToDraft(true), []);
  useAutosave(form, status, {
    enabled: !readOnly,
    onReturnedToDraft,
    unsavedAtStart,
    revision,
    onStale,
    ...(save ? { save } : {}),
  });

  const format = getFormat(initial.formatId);
  const steps = wizardSteps(format);
  const index = steps.findIndex((s) => s.id === step);
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const current = steps[index] ?? steps[0];
  const { getValues } = form;
  const getReport = useCallback(() => getValues(), [getValues]);
  // Each step opens at its top: 下一步, 上一步, a step link, the browser's back button. Its heading
  // takes the focus, so a keyboard or screen-reader user starts there too; the page is not
  // scrolled or focused again while the same step re-renders. A finding opened in another step
  // leaves the focus to its cell.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (focusPending()) return;
    const h = heading.current;
    if (!h) return;
    h.scrollIntoView({ block: 'start' });
    h.focus({ preventScroll: true });
  }, [step]);
  const openFinding = useCallback(
    (target: PartId, domId: string | undefined, phrase?: string) => {
      // A ledger row that is not counted is a warning on the table's section, found on the
      // ledger's own step, where its row is.
      onStep(domId?.startsWith(LEDGER_ROW_DOM_PREFIX) ? 'ledger' : target);
      if (domId) focusLater(domId, phrase);
    },
    [onStep],
  );

  // Ctrl+P prints the A4 pages of the preview, never the editor's screen: it opens 预览 and asks it
  // to print once its pages are laid out.
  const [printPending, setPrintPending] = useState(false);
  const onPrinted = useCallback(() => setPrintPending(false), []);
  const onPrint = useCallback(() => {
    setPrintPending(true);
    if (step !== 'preview') onStep('preview');
  }, [step, onStep]);

  const section = format.sections.find((s) => s.id === step);
  let body: ReactNode;
  if (step === 'meta') body = <MetaStep />;
  else if (step === 'ledger') {
    body = slots.renderLedger ? (
      slots.renderLedger(format)
    ) : (
      <p className="text-slate-600">申请台账功能尚未安装。</p>
    );
  } else if (step === 'preview') {
    body = slots.renderPreview ? (
      slots.renderPreview(getReport, (f) => openFinding(f.sectionId, findingDomId(f), f.phrase), {
        pending: printPending,
        onPrinted,
      })
    ) : (
      <p className="text-slate-600">预览功能尚未安装。</p>
    );
  } else if (section?.table) {
    body = (
      <div className="space-y-6">
        {section.narratives.length > 0 ? <NarrativeStep section={section} /> : null}
        <div className="overflow-x-auto">
          {slots.renderTable ? (
            slots.renderTable(format, section.table, section)
          ) : (
            <p className="text-slate-600">表格功能尚未安装。</p>
          )}
        </div>
      </div>
    );
  } else if (section) body = <NarrativeStep section={section} />;

  return (
    <FormProvider {...form}>
      <LiveStoreProvider value={store}>
        <LiveChecks form={form} />
        <PreambleSync />
        <div className="flex h-screen flex-col bg-slate-100">
          <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
            <a href={backHref} className="text-sm text-sky-800 hover:underline">
              ← 我的报告
            </a>
            <div className="min-w-0 flex-1">
              <EditorTitle />
            </div>
            <SaveIndicator status={status} getReport={getReport} onDraftExported={onDraftExported} />
            <div className="flex flex-wrap items-center gap-2">{slots.renderActions?.(getReport)}</div>
          </header>
          {banner}
          <WordShortcuts status={status} onPrint={onPrint} />
          {slots.renderNotice?.(getReport)}
          {returnedToDraft ? (
            <div
              role="status"
              className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
            >
              这份报告已审核通过，您刚才做了修改，报告已回到“草稿”状态，修改完成后请重新提交审核。
            </div>
          ) : null}
          <div className="flex min-h-0 flex-1">
            {/* contain-strict: the step counts change with the checks; see FindingsPanel. */}
            <div className="w-64 shrink-0 overflow-y-auto border-r border-slate-200 bg-slate-50 p-2 contain-strict">
              <StepNav steps={steps} current={step} hrefFor={hrefFor} />
            </div>
            <main className="min-w-0 flex-1 overflow-y-auto">
              <div className="mx-auto max-w-6xl p-6">
                <h2
                  ref={heading}
                  tabIndex={-1}
                  className="mb-4 scroll-mt-6 text-xl font-semibold text-slate-900 focus:outline-none"
                >
                  {current?.title}
                </h2>
                <fieldset disabled={readOnly} className="min-w-0">
                  {slots.renderAboveStep ? <AboveStep step={step} render={slots.renderAboveStep} /> : null}
                  {body}
                </fieldset>
                <div className="mt-8 flex justify-between border-t border-slate-200 pt-4">
                  {prev ? (
                    <button type="button" className="btn" onClick={() => onStep(prev.id)}>
                      上一步
                    </button>
                  ) : (
                    <span />
                  )}
                  {next ? (
                    <button type="button" className="btn btn-primary" onClick={() => onStep(next.id)}>
                      下一步
                    </button>
                  ) : null}
                </div>
              </div>
            </main>
            <FindingsPanel steps={steps} onOpen={openFinding} wide={wideTable(section?.table)} />
          </div>
        </div>
      </LiveStoreProvider>
    </FormProvider>
  );
}
