// @vitest-environment jsdom
// The 申请台账 step as the clerk uses it: rows typed in the step become table 三's figures in the
// form the editor saves (so autosave, checks, preview and Word read them), 不使用台账 hands the
// table back to typing without losing a row, and the step says the ledger stays out of Word.
import { screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { createReport } from '../../report/create-report';
import type { Report } from '../../report/report-schema';
import { applicantTypes } from '../../template/ledger/applicant-types';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import type { FormatSpec } from '../../template/spec-types';
import { formatCells } from '../../template/table-cells';
import { renderUi } from '../../test-support/render';
import { LedgerStep } from './ledger-step';

/** The harness's form, to read what the step wrote into the report. */
const shown: { form?: UseFormReturn<Report> } = {};

function Harness({ format, year }: { readonly format: FormatSpec; readonly year: number }) {
  const form = useForm<Report>({
    defaultValues: createReport({ agencyName: '千户镇人民政府', year, formatId: format.id }),
  });
  useEffect(() => {
    shown.form = form;
  }, [form]);
  return (
    <FormProvider {...form}>
      <LedgerStep format={format} />
    </FormProvider>
  );
}

const cells = (): Readonly<Record<string, string>> =>
  (shown.form?.getValues('cells') ?? {}) as Readonly<Record<string, string>>;

/** The id of table 三's input cell where a request of `applicant` with `outcome` counts. */
function cellOf(format: FormatSpec, rowId: string, colId: string): string {
  const spec = [...formatCells(format).values()].find(
    (c) => c.tableId === format.ledger.requestsTableId && c.rowId === rowId && c.colId === colId,
  );
  if (!spec) throw new Error(`no cell ${rowId}/${colId}`);
  return spec.id;
}

describe.each([
  { format: FORMAT_2021, year: 2023, name: '2021 format' },
  { format: FORMAT_2019, year: 2020, name: '2019 format' },
])('LedgerStep, $name', ({ format, year }) => {
  const natural = applicantTypes(format).choices[0];
  const secret = outcomeOptions(format).choices.find((c) => c.path.length === 2);
  if (!natural || !secret) throw new Error('the template has no applicant or outcome');

  it('counts typed requests into table 三, open ones into 结转下年度, and keeps the table read as the ledger', async () => {
    const { user } = await renderUi(<Harness format={format} year={year} />);
    expect(screen.getByText(/台账只保存在本报告和它的草稿文件中，不会写入导出的 Word/)).toBeTruthy();
    expect(screen.getByText('台账中还没有申请。可逐条添加，或从 Excel 文件导入。')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '添加一条申请' }));
    await user.type(screen.getByLabelText('第 1 条 收到日期'), `${year}-03-02`);
    await user.selectOptions(screen.getByLabelText('第 1 条 申请人类型'), natural.id);
    await user.selectOptions(screen.getByLabelText('第 1 条 办理结果'), secret.id);
    await user.type(screen.getByLabelText('第 1 条 办结日期'), `${year}-03-20`);

    await user.click(screen.getByRole('button', { name: '添加一条申请' }));
    await user.type(screen.getByLabelText('第 2 条 收到日期'), `${year}-12-28`);
    await user.selectOptions(screen.getByLabelText('第 2 条 申请人类型'), natural.id);

    expect(screen.getByRole('status').textContent).toBe('共 2 条：计入表格 2 条，尚未办结 1 条。');
    const { ledger } = format;
    expect(cells()[cellOf(format, ledger.newRow, natural.id)]).toBe('2');
    expect(cells()[cellOf(format, secret.id, natural.id)]).toBe('1');
    expect(cells()[cellOf(format, ledger.carryForwardRow, natural.id)]).toBe('1');
    expect(cells()[cellOf(format, ledger.carriedRow, natural.id)]).toBe('0');

    const mode = screen.getByRole('group', { name: /的表格与申请台账$/ });
    expect(mode.textContent).toMatch(/按申请台账计算，不能直接修改/);
    await user.click(within(mode).getByRole('button', { name: '不使用台账' }));
    expect(mode.textContent).toMatch(/由手工填写；申请台账中的 2 条没有计入表格/);
    // The ledger keeps its rows and the table keeps the figures it showed, now typed by hand.
    expect(shown.form?.getValues('ledger')?.requests).toHaveLength(2);
    expect(cells()[cellOf(format, secret.id, natural.id)]).toBe('1');
  }, 30_000);

  it('names a request of another year and leaves it out of the table, with the reason at the row', async () => {
    const { user } = await renderUi(<Harness format={format} year={year} />);
    await user.click(screen.getByRole('button', { name: '添加一条申请' }));
    await user.type(screen.getByLabelText('第 1 条 收到日期'), `${year + 1}-01-05`);
    await user.selectOptions(screen.getByLabelText('第 1 条 申请人类型'), natural.id);
    expect(screen.getByRole('status').textContent).toMatch(/1 条因填写不全或不属本年度未计入/);
    expect(screen.getByLabelText('第 1 条 收到日期').getAttribute('aria-invalid')).toBe('true');
    expect(cells()[cellOf(format, format.ledger.newRow, natural.id)]).toBe('0');
  }, 30_000);
});
